// Mirrors kubernetes/kops:pkg/model/components/containerd.go (v1.26.0-alpha.1 … newest tag):
// when spec.containerd.version is empty, kOps fills containerd AND runc versions from the cluster's
// Kubernetes version; an explicit containerd version leaves runc unset. In 1.26–1.28 this defaulting
// runs only when containerRuntime is containerd.
import { CONTAINERD_DEFAULTS } from '../../releases/data/containerd-defaults.js'
import { rowFor } from '../../releases/rows.js'
import { k8sInRanges } from '../../releases/version.js'
import type { ClusterModel, PackagesSpec } from '../../manifests/model.js'
import type { Located } from '../../types.js'

export interface ContainerdDefaults {
  /** The containerd version after defaulting, and where it came from (null = kOps's default). */
  version: string | null
  versionOrigin: Located<unknown> | null
  /** spec.containerd.runc after defaulting; null when kOps leaves it unset (`unable to find runc config`). */
  runc: { version: string | null; origin: Located<unknown> | null; packages: PackagesSpec | null } | null
}

export function containerdDefaults(release: string, cluster: ClusterModel, k8sVersion: string): ContainerdDefaults {
  const c = cluster.containerd
  const explicit = c.version?.value ?? null
  const row = rowFor(CONTAINERD_DEFAULTS, release, 'containerd defaults')
  const runtime = cluster.containerRuntime?.value ?? 'containerd'
  const userRunc = c.runc.at ? { version: c.runc.version?.value ?? null, origin: c.runc.version, packages: c.runc.packages } : null
  if (explicit !== null || (row.appliesOnlyForContainerdRuntime && runtime !== 'containerd'))
    return { version: explicit, versionOrigin: c.version, runc: userRunc }
  const rule = row.rules.find((r) => k8sInRanges(k8sVersion, r.k8s))
  if (!rule) return { version: null, versionOrigin: null, runc: userRunc }
  // Defaulting replaces spec.containerd.runc as a whole (a user's runc block is dropped), except in the branch
  // that sets no runc (`runc: ''`, containerd 1.4.13 for Kubernetes < 1.23), which leaves it as it was.
  if (rule.runc === '') return { version: rule.containerd, versionOrigin: null, runc: userRunc }
  return { version: rule.containerd, versionOrigin: null, runc: { version: rule.runc, origin: null, packages: null } }
}
