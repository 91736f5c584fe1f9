// Mirrors kubernetes/kops:pkg/model/components/awscloudcontrollermanager.go (AWSCloudControllerManagerOptionsBuilder,
// v1.26.0-alpha.1 … v1.37.0-alpha.1): on AWS, with the external cloud-controller-manager in use (always from
// 1.29.0-alpha.1; before, when spec.externalCloudControllerManager is set or Kubernetes is 1.24 or newer), a networking
// mode that is none of kubenet, external, a CNI (UsesCNI is !UsesKubenet) or kopeio is `no networking mode set`: that
// is GCP networking, which validation.go already refuses off GCE.
import { inTagRanges, k8sGte } from '../../releases/version.js'
import type { Located } from '../../types.js'
import { cloudOf } from '../validation/legacy.js'
import type { ValidationContext } from '../validation/context.js'
import { has, keyOf } from '../validation/spec-view.js'

export function awsCloudControllerManagerOptionsError(ctx: ValidationContext): { error: string; at: Located<unknown> } | null {
  if (cloudOf(ctx) !== 'aws') return null
  const doc = ctx.cluster.doc
  const inUse = inTagRanges(ctx.release, [['1.29.0-alpha.1']]) || has(doc, ['spec', 'externalCloudControllerManager']) || k8sGte(ctx.k8sVersion, '1.24')
  if (!inUse) return null
  const gcp = keyOf(doc, ['spec', 'networking', 'gcp']) ?? keyOf(doc, ['spec', 'networking', 'gce'])
  return gcp ? { error: 'no networking mode set', at: gcp } : null
}
