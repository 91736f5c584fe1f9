// service-cidr-default-changes: the service range kOps assigns when the spec leaves it unset changes between the
// sides (kOps crossing v1.28.0-beta.2: 100.64.0.0/13 instead of the derivation from nonMasqueradeCIDR).
import { kubeDnsServerIpOutsideRange, serviceClusterIPRange } from '../simulate/cloudup/populate-cluster-spec.js'
import { defineRule, pairedClusters } from './rule.js'

export default defineRule({
  id: 'service-cidr-default-changes',
  defaultSeverity: 'warning',
  summary: 'The service CIDR kOps assigns when none is set changes between the kOps releases (100.64.0.0/13 from 1.28), under a running cluster.',
  remediation: 'Pin serviceClusterIPRange (spec.networking.serviceClusterIPRange, or spec.serviceClusterIPRange in v1alpha2) to the range the cluster runs with today, named in the message.',
  source: 'kubernetes/kops:upup/pkg/fi/cloudup/populate_cluster_spec.go@v1.28.0-beta.2 (assignSubnets, commit c654b5b32c) against @v1.27.0',
  messages: {
    changes:
      'serviceClusterIPRange is unset: kOps {baseKops} derives {from} from nonMasqueradeCIDR {nonMasqueradeCIDR}, kOps {kops} assigns {to}. The running cluster would get a new service CIDR (kube-apiserver, kube-dns and every existing ClusterIP live in {from}).',
  },
  scope: 'change',
  check({ base, head }, report) {
    if (!base) return
    for (const { name, base: bc, head: hc } of pairedClusters(base, head)) {
      // Each cluster runs the kOps its own pins give it (pins/scope.ts).
      if (!bc.kops.release || !hc.kops.release) continue
      const before = serviceClusterIPRange(bc.kops.release, bc.group.cluster!)
      const after = serviceClusterIPRange(hc.kops.release, hc.group.cluster!)
      const nm = after.nonMasqueradeCIDR
      if (after.explicit || !after.range || !before.range || before.range === after.range || after.range.includes(':') || !nm) continue
      // A pinned kubeDNS.serverIP outside the new range: kOps refuses instead (kops-rejects-spec).
      if (kubeDnsServerIpOutsideRange(hc.kops.release, hc.group.cluster!)) continue
      report({
        messageId: 'changes',
        data: { baseKops: bc.kops.version ?? '', kops: hc.kops.version ?? '', from: before.range, to: after.range, nonMasqueradeCIDR: nm.value },
        place: { file: nm.file, pos: nm.pos },
        cluster: name,
        instanceGroup: null,
        arch: null,
        kopsVersion: hc.kops.version,
        subject: 'service-cidr-default',
      })
    }
  },
})
