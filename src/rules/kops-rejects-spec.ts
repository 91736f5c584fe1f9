// kops-rejects-spec: `kops update cluster` of the pinned release would refuse the spec (validation or asset resolution).
import { renderFieldError, validateCluster } from '../simulate/validation/index.js'
import { completedClusterFailure, kubeDnsServerIpOutsideRange } from '../simulate/cloudup/populate-cluster-spec.js'
import { defineRule, placeOf } from './rule.js'

export default defineRule({
  id: 'kops-rejects-spec',
  defaultSeverity: 'error',
  summary: '`kops update cluster` of this kOps release would refuse the spec.',
  remediation: 'Fix the field the finding points at so kOps accepts it, or pin a kOps release that does.',
  messages: {
    invalid: 'kOps {kops} would refuse this spec in validation: {error}',
    assets: 'kops update cluster of kOps {kops} would fail while planning assets for {arch}: "{error}".',
  },
  scope: 'side',
  check({ side }, report) {
    for (const c of side.clusters) {
      const kops = c.kops.version ?? ''
      const cluster = c.group.cluster
      const name = cluster?.name?.value ?? null
      let reported = false
      if (cluster && c.k8sVersion && c.kops.release)
        for (const v of validateCluster({ release: c.kops.release, k8sVersion: c.k8sVersion, cluster, instanceGroups: c.group.instanceGroups, strict: false })) {
          reported = true
          report({ messageId: 'invalid', data: { kops, field: v.field, detail: v.detail, error: renderFieldError(v) }, place: { file: v.at.file, pos: v.at.pos }, cluster: name, instanceGroup: v.instanceGroup, arch: null, kopsVersion: c.kops.version, subject: `${v.field}:${v.detail}` })
        }
      // The completed spec (populate_cluster_spec.go): a pinned kubeDNS.serverIP outside the service range kOps assigned.
      const completed = cluster && c.kops.release && !reported ? kubeDnsServerIpOutsideRange(c.kops.release, cluster) : null
      if (completed) report({ messageId: 'invalid', data: { kops, field: completed.field, detail: completed.detail, error: completedClusterFailure(renderFieldError(completed)) }, place: { file: completed.at.file, pos: completed.at.pos }, cluster: name, instanceGroup: null, arch: null, kopsVersion: c.kops.version, subject: `${completed.field}:completed` })
      // kOps plans every architecture for every group, so one failing arch refuses the whole update: report each distinct failure once.
      const seen = new Set<string>()
      for (const { results } of c.igs)
        for (const [arch, r] of Object.entries(results)) {
          if (!r || r.nodeup.outcome !== 'rejected' || !r.nodeup.error) continue
          const key = `${arch}:${r.nodeup.error}`
          if (seen.has(key)) continue
          seen.add(key)
          report({ messageId: 'assets', data: { kops, arch, error: r.nodeup.error }, place: placeOf(r.failureOrigin, side, c.group, c.kops), cluster: name, instanceGroup: null, arch: arch as 'amd64' | 'arm64', kopsVersion: c.kops.version, subject: r.nodeup.error.replace(/\d+\.\d+\.\d+\S*/g, 'V') })
        }
    }
  },
})
