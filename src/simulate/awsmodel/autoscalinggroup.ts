// Mirrors the instance metadata options of the launch template kubernetes/kops builds per AWS instance group
// (pkg/model/awsmodel/autoscalinggroup.go buildLaunchTemplateTask):
//   hop limit: spec.instanceMetadata.httpPutResponseHopLimit, else 1 (every tag);
//   tokens: spec.instanceMetadata.httpTokens when set, else
//     … v1.27.0-alpha.1: optional;
//     v1.27.0-alpha.2 … v1.34.0-alpha.x: required for Kubernetes ≥ 1.27, optional below;
//     v1.34.0-beta.1 …: required.
import type { InstanceGroupModel } from '../../manifests/model.js'
import { inTagRanges, k8sGte, type TagRanges } from '../../releases/version.js'

const REQUIRED_FROM_127: TagRanges = [['1.27.0-alpha.2', '1.34.0-beta.1']]
const ALWAYS_REQUIRED: TagRanges = [['1.34.0-beta.1']]

export interface InstanceMetadataOptions {
  httpTokens: string
  /** True when the spec sets httpTokens (so kOps's default does not apply). */
  tokensSet: boolean
  hopLimit: number | string
}

export function instanceMetadataOptions(release: string, k8sVersion: string, ig: InstanceGroupModel): InstanceMetadataOptions {
  const tokens = ig.doc.string(['spec', 'instanceMetadata', 'httpTokens'])
  const hop = ig.doc.scalar(['spec', 'instanceMetadata', 'httpPutResponseHopLimit'])
  const hopLimit = hop && (typeof hop.value === 'number' || typeof hop.value === 'string') ? hop.value : 1
  if (tokens) return { httpTokens: tokens.value, tokensSet: true, hopLimit }
  const required = inTagRanges(release, ALWAYS_REQUIRED) || (inTagRanges(release, REQUIRED_FROM_127) && k8sGte(k8sVersion, '1.27'))
  return { httpTokens: required ? 'required' : 'optional', tokensSet: false, hopLimit }
}
