// imds-tokens-required: an AWS instance group that leaves spec.instanceMetadata.httpTokens to kOps, whose default
// moves from optional to required between the sides (Kubernetes crossing 1.27, or kOps crossing 1.27.0-alpha.2).
import { instanceMetadataOptions } from '../simulate/awsmodel/autoscalinggroup.js'
import { defineRule, pairedClusters, pairedIgs } from './rule.js'

export default defineRule({
  id: 'imds-tokens-required',
  defaultSeverity: 'warning',
  summary: 'An AWS instance group without instanceMetadata.httpTokens switches from IMDS tokens optional to required (hop limit 1), so pods lose the instance metadata service.',
  remediation: 'Set spec.instanceMetadata.httpTokens on the instance group: optional to keep IMDSv1, or required once workloads use IMDSv2 (with httpPutResponseHopLimit: 2 for pods that need it).',
  source: 'kubernetes/kops:pkg/model/awsmodel/autoscalinggroup.go@v1.27.0 (HTTPTokens required unless Kubernetes < 1.27; HTTPPutResponseHopLimit 1)',
  messages: {
    hopLimitOne:
      'Instance group "{ig}" does not set spec.instanceMetadata.httpTokens, so kOps {kops} with Kubernetes {k8s} launches it with IMDS tokens required and hop limit 1 (kOps {baseKops} with Kubernetes {baseK8s}: optional): pods without host networking can no longer reach the instance metadata service, and IMDSv1-only clients fail.',
    hopLimit:
      'Instance group "{ig}" does not set spec.instanceMetadata.httpTokens, so kOps {kops} with Kubernetes {k8s} launches it with IMDS tokens required (kOps {baseKops} with Kubernetes {baseK8s}: optional): clients that only speak IMDSv1 can no longer reach the instance metadata service.',
  },
  scope: 'change',
  check({ base, head }, report) {
    if (!base) return
    for (const { name, base: bc, head: hc } of pairedClusters(base, head)) {
      // Each cluster runs the kOps its own pins give it (pins/scope.ts).
      if (!bc.kops.release || !hc.kops.release) continue
      if ((hc.group.cluster?.cloudProvider?.value ?? '').toLowerCase() !== 'aws' || !bc.k8sVersion || !hc.k8sVersion) continue
      for (const { name: igName, base: b, head: h } of pairedIgs(bc, hc)) {
        if (h.ig.role === 'Bastion') continue
        const before = instanceMetadataOptions(bc.kops.release, bc.k8sVersion, b.ig)
        const after = instanceMetadataOptions(hc.kops.release, hc.k8sVersion, h.ig)
        if (after.tokensSet || after.httpTokens !== 'required' || before.httpTokens !== 'optional') continue
        const at = h.ig.doc.keyAt(['spec', 'instanceMetadata']) ?? h.ig.doc.keyAt(['spec'])
        if (!at) continue
        report({
          messageId: String(after.hopLimit) === '1' ? 'hopLimitOne' : 'hopLimit',
          data: { ig: igName, kops: hc.kops.version ?? '', k8s: hc.k8sVersion, baseKops: bc.kops.version ?? '', baseK8s: bc.k8sVersion, hopLimit: after.hopLimit },
          place: { file: at.file, pos: at.pos },
          cluster: name,
          instanceGroup: igName,
          arch: null,
          kopsVersion: hc.kops.version,
          subject: 'imds-tokens-default',
        })
      }
    }
  },
})
