// Mirrors the size defaults of kubernetes/kops:upup/pkg/fi/cloudup/populate_instancegroup_spec.go
// (PopulateInstanceGroupSpec, v1.26.0-alpha.1 … v1.37.0-alpha.1): a control-plane or bastion group without
// minSize/maxSize gets 1, any other group 2; from 1.36.0 Karpenter-managed node groups keep them unset.
// DeepValidate later validates the populated group, so these defaults take part in its size checks.

import { inTagRanges } from '../../releases/version.js'

export function populatedSizes(release: string, role: string | null, manager: string, minSize: number | null, maxSize: number | null): { min: number | null; max: number | null } {
  const one = role === 'ControlPlane' || role === 'Master' || role === 'Bastion'
  if (!one && manager === 'Karpenter' && inTagRanges(release, [['1.36.0']])) return { min: minSize, max: maxSize }
  const d = one ? 1 : 2
  return { min: minSize ?? d, max: maxSize ?? d }
}
