// Mirrors kubernetes/kops:pkg/model/components/containerd.go (v1.26.0-alpha.1 … newest tag):
// when spec.containerd.version is empty, kOps fills containerd AND runc versions from the cluster's
// Kubernetes version; an explicit containerd version leaves runc unset. In 1.26–1.28 this defaulting
// runs only when containerRuntime is containerd.
import { CONTAINERD_DEFAULTS } from '../../releases/data/containerd-defaults.js'
import { rowFor } from '../../releases/rows.js'
import { k8sInRanges } from '../../releases/version.js'
import type { ClusterModel, PackagesSpec } from '../../manifests/model.js'
import type { Located } from '../../types.js'
import { isUnresolved } from '../../manifests/templates.js'
import { goSemverParseTolerant } from '../go/semver.js'
import { componentText } from './context.js'

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

// ContainerdOptionsBuilder with containerRuntime docker (kubernetes/kops:pkg/model/components/containerd.go,
// v1.26.0-alpha.1 … v1.29.0-alpha.1 exclusive): the docker version (20.10.17 when unset, from the docker options
// builder that runs first) must parse as a tolerant semver, else `unable to parse version string: %q`.
export function containerdOptionsError(release: string, cluster: ClusterModel): { error: string; at: Located<unknown> } | null {
  if (cluster.containerRuntime?.value !== 'docker') return null
  const text = componentText(release, 'containerd.dockerVersion')
  const v = cluster.doc.string(['spec', 'docker', 'version'])
  if (!text || !v || v.value === '' || isUnresolved(v.value) || goSemverParseTolerant(v.value).ok) return null
  return { error: text.replace('%q', JSON.stringify(v.value)), at: v }
}
