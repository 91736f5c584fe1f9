// manifest-invalid: a kOps manifest cannot be parsed, or is not a valid Cluster / InstanceGroup document.
import { defineRule } from './rule.js'

export default defineRule({
  id: 'manifest-invalid',
  defaultSeverity: 'error',
  summary: 'A kOps manifest cannot be parsed or is not a valid Cluster / InstanceGroup.',
  remediation: 'Fix the YAML at the position given; kOps rejects the file as it is.',
  messages: {
    yamlError: 'This kOps manifest is not valid YAML: {detail}',
    duplicateKey: 'This kOps manifest repeats a key, which kOps rejects: {detail}',
    missingSeparator: 'A second kOps object starts here without a "---" separator, so the file is one document with repeated keys, which kOps rejects; it was checked as if separated.',
    noSpec: 'This {kind} has no spec mapping.',
    templateFails: 'kops toolbox template (invoked at {at}) fails here, so it writes no manifest: "{detail}".',
  },
  scope: 'side',
  check({ side }, report) {
    for (const p of side.manifests.problems) {
      if (p.ruleId !== 'manifest-invalid') continue
      report({ messageId: p.messageId, data: p.data, place: { file: p.file, pos: p.pos }, cluster: null, instanceGroup: null, arch: null, kopsVersion: null, subject: `${p.messageId}:${p.data.detail ?? ''}` })
    }
  },
})
