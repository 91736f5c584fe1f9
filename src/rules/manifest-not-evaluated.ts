// manifest-not-evaluated: part of a manifest could not be evaluated (Go templates, shell variables), so results are incomplete.
import { isUnresolved } from '../manifests/templates.js'
import { defineRule } from './rule.js'

/** A cluster's name for a message: a templated name is not shown masked. */
function shown(name: string | undefined): string {
  if (name === undefined) return '(unnamed)'
  return isUnresolved(name) ? '(templated name)' : name
}

export default defineRule({
  id: 'manifest-not-evaluated',
  defaultSeverity: 'warning',
  summary: 'Part of a kOps manifest could not be evaluated (template expression or variable), so results for it are incomplete.',
  remediation: 'Commit the rendered manifest (e.g. the output of kops toolbox template) next to the template so it can be checked, or ignore this finding with a reason.',
  messages: {
    templated: 'This file is a {engine}{evidence}: kOps never reads it as it is{reason}, so only its literal parts were checked. To check it, {remedy}.',
    templateExpression: 'The template expression {expression} was not evaluated; values that depend on it were not checked.',
    variable: 'The value "{value}" of {field} depends on a variable and was not evaluated.',
    notSimulated: 'Cluster "{cluster}" was not simulated: {reason}.',
  },
  scope: 'side',
  check({ side }, report) {
    for (const p of side.manifests.problems) {
      if (p.ruleId !== 'manifest-not-evaluated') continue
      report({ messageId: p.messageId, data: p.data, place: { file: p.file, pos: p.pos }, cluster: null, instanceGroup: null, arch: null, kopsVersion: null, subject: `${p.messageId}:${p.data.expression ?? p.data.field ?? p.data.engine ?? ''}` })
    }
    for (const c of side.clusters) {
      if (c.evaluated !== 'none' || !c.reason || !c.group.cluster) continue
      report({
        messageId: 'notSimulated',
        data: { cluster: shown(c.group.cluster.name?.value), reason: c.reason },
        place: { file: c.group.cluster.doc.file, pos: (c.group.cluster.kubernetesVersion ?? c.group.cluster.name)?.pos ?? c.group.cluster.doc.at },
        cluster: c.group.cluster.name?.value ?? null,
        instanceGroup: null,
        arch: null,
        kopsVersion: c.kops.version,
        subject: 'not-simulated',
      })
    }
  },
})
