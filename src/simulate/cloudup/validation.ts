// Mirrors the parts of kubernetes/kops:pkg/apis/kops/validation/validation.go (validateContainerdConfig,
// validateContainerRuntime; v1.26.0 … newest tag) and instancegroup.go that decide whether `kops update cluster`
// accepts a spec's container runtime settings. Docker: refused for Kubernetes ≥ 1.24 before 1.29.0-alpha.1, always after
// (a non-nil spec.docker too).
import semver from 'semver'
import type { ClusterModel, ContainerdSpec, InstanceGroupModel } from '../../manifests/model.js'
import type { Located } from '../../types.js'
import { inTagRanges, k8sGte, type TagRanges } from '../../releases/version.js'

const DOCKER_ALWAYS_REFUSED: TagRanges = [['1.29.0-alpha.1']]
const DOCKER_REMOVED = 'Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq'

export interface ValidationError {
  /** kOps's field path as it prints it, e.g. `spec.containerd.packageUrl`. */
  field: string
  /** kOps's own detail text. */
  detail: string
  at: Located<unknown>
}

function containerdErrors(c: ContainerdSpec, base: string): ValidationError[] {
  const out: ValidationError[] = []
  if (c.version) {
    const raw = c.version.value
    const sv = semver.valid(semver.coerce(raw.replace(/^v/, ''))) && /^v?\d+(\.\d+){0,2}([-+].*)?$/.test(raw.trim()) ? semver.coerce(raw)!.version : null
    if (!sv) out.push({ field: `${base}.version`, detail: `unable to parse version string: ${raw}`, at: c.version })
    if (!sv || semver.lt(sv, '1.3.4')) out.push({ field: `${base}.version`, detail: 'unsupported legacy version', at: c.version })
  }
  const p = c.packages
  for (const [arch, url, hash, uf, hf] of [
    ['amd64', p.urlAmd64, p.hashAmd64, 'packageUrl', 'packageHash'],
    ['arm64', p.urlArm64, p.hashArm64, 'packageUrlArm64', 'packageHashArm64'],
  ] as const) {
    void arch
    if (url && hash) {
      if (hash.value.length > 64) out.push({ field: `${base}.${hf}`, detail: 'Package hash must be 64 characters long', at: hash })
    } else if (url) out.push({ field: `${base}.${uf}`, detail: 'Package hash must also be set', at: url })
    else if (hash) out.push({ field: `${base}.${hf}`, detail: 'Package URL must also be set', at: hash })
  }
  return out
}

export function validateCluster(release: string, cluster: ClusterModel, k8sVersion: string): ValidationError[] {
  const out: ValidationError[] = []
  const runtime = cluster.containerRuntime
  const alwaysRefused = inTagRanges(release, DOCKER_ALWAYS_REFUSED)
  if (runtime?.value === 'docker' && (alwaysRefused || k8sGte(k8sVersion, '1.24'))) out.push({ field: 'spec.containerRuntime', detail: DOCKER_REMOVED, at: runtime })
  else if (alwaysRefused && cluster.docker) out.push({ field: 'spec.docker', detail: DOCKER_REMOVED, at: cluster.docker })
  out.push(...containerdErrors(cluster.containerd, 'spec.containerd'))
  return out
}

export function validateInstanceGroup(ig: InstanceGroupModel): ValidationError[] {
  return containerdErrors(ig.containerd, 'spec.containerd')
}
