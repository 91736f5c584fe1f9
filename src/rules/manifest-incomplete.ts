// manifest-incomplete: a kOps fragment (a Cluster without metadata.name, instance groups without the cluster label or
// without a Cluster) that something outside the repository completes; it is checked as far as it goes.
import { defineRule } from './rule.js'

export default defineRule({
  id: 'manifest-incomplete',
  defaultSeverity: 'notice',
  summary: 'A kOps manifest is a fragment (no metadata.name, no kops.k8s.io/cluster label, or no Cluster): it was checked as far as it goes.',
  remediation: 'Nothing to fix if a script completes the fragment; otherwise add what is missing so kOps can read the file as it is.',
  messages: {
    fragment: 'This is a fragment: {missing}. It was checked as it is; its findings name no cluster.',
    noCluster: 'These instance groups are a fragment: {missing}.',
  },
  scope: 'side',
  check({ side }, report) {
    for (const p of side.manifests.problems) {
      if (p.ruleId !== 'manifest-incomplete') continue
      report({ messageId: p.messageId, data: p.data, place: { file: p.file, pos: p.pos }, cluster: null, instanceGroup: null, arch: null, kopsVersion: null, subject: `${p.messageId}:${p.file}` })
    }
  },
})
