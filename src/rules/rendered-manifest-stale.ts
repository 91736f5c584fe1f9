// rendered-manifest-stale: the committed output of a `kops toolbox template` invocation differs from what the
// template renders today, so what is applied and what is reviewed are not the same spec.
import { defineRule } from './rule.js'

export default defineRule({
  id: 'rendered-manifest-stale',
  defaultSeverity: 'warning',
  summary: 'The committed output of a kops toolbox template invocation differs from a fresh render of its template.',
  remediation: 'Run the kops toolbox template invocation again and commit its output, or remove the output file if the template is the source of truth.',
  source: 'kubernetes/kops:cmd/kops/toolbox_template.go@v1.26.0-alpha.1',
  messages: {
    stale: '{out} differs from a fresh render of {template} by kops toolbox template at {at}, first at line {line}; kops-preflight checked the template.',
  },
  scope: 'side',
  check({ side }, report) {
    for (const p of side.manifests.problems) {
      if (p.ruleId !== 'rendered-manifest-stale') continue
      report({ messageId: p.messageId, data: p.data, place: { file: p.file, pos: p.pos }, cluster: null, instanceGroup: null, arch: null, kopsVersion: null, subject: `stale:${p.data.out}` })
    }
  },
})
