// Mirrors the parts of kubernetes/kops:pkg/apis/kops/validation/validation.go (validateContainerdConfig,
// validateContainerRuntime; v1.26.0 … newest tag) and instancegroup.go that decide whether `kops update cluster`
// accepts a spec's container runtime settings. Docker: refused for Kubernetes ≥ 1.24 before 1.29.0-alpha.1, always after
// (a non-nil spec.docker too, reported after the containerd errors). Errors render as apimachinery's field.Error does.
import semver from 'semver'
import type { ClusterModel, ContainerdSpec, InstanceGroupModel } from '../../manifests/model.js'
import type { Located } from '../../types.js'
import { inTagRanges, k8sGte, type TagRanges } from '../../releases/version.js'
import { goSemverParseTolerant } from '../go/semver.js'
import { goUrlParseError } from '../go/url.js'

const DOCKER_ALWAYS_REFUSED: TagRanges = [['1.29.0-alpha.1']]
const DOCKER_REMOVED = 'Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq'
const RUNTIMES = ['containerd', 'docker']

export interface ValidationError {
  /** kOps's field path as it prints it, e.g. `spec.containerd.packageUrl`. */
  field: string
  /** field.ErrorType: Invalid, Forbidden or Unsupported. */
  type: 'Invalid value' | 'Forbidden' | 'Unsupported value'
  /** The bad value as kOps prints it (null prints as "null"); unused for Forbidden. */
  value: string | null
  /** kOps's own detail text. */
  detail: string
  at: Located<unknown>
}

/** field.Error.Error(): `<field>: <type>[: <value>]: <detail>`. */
export function renderValidationError(e: ValidationError): string {
  if (e.type === 'Forbidden') return `${e.field}: Forbidden: ${e.detail}`
  return `${e.field}: ${e.type}: ${JSON.stringify(e.value ?? 'null')}: ${e.detail}`
}

function containerdErrors(c: ContainerdSpec, base: string): ValidationError[] {
  const out: ValidationError[] = []
  if (c.version) {
    const raw = c.version.value
    const parsed = goSemverParseTolerant(raw)
    const invalid = (detail: string): ValidationError => ({ field: `${base}.version`, type: 'Invalid value', value: raw, detail, at: c.version as Located<string> })
    // A parse failure leaves the zero version, so the legacy-version error follows it.
    if (!parsed.ok) out.push(invalid(`unable to parse version string: ${parsed.error}`))
    if (!parsed.ok || semver.lt(parsed.version, '1.3.4')) out.push(invalid('unsupported legacy version'))
  }
  const p = c.packages
  for (const [url, hash, uf, hf] of [
    [p.urlAmd64, p.hashAmd64, 'packageUrl', 'packageHash'],
    [p.urlArm64, p.hashArm64, 'packageUrlArm64', 'packageHashArm64'],
  ] as const) {
    if (url && hash) {
      const urlError = goUrlParseError(url.value)
      if (urlError) out.push({ field: `${base}.${uf}`, type: 'Invalid value', value: url.value, detail: `cannot parse package URL: ${urlError}`, at: url })
      if (hash.value.length > 64) out.push({ field: `${base}.${hf}`, type: 'Invalid value', value: hash.value, detail: 'Package hash must be 64 characters long', at: hash })
    } else if (url) out.push({ field: `${base}.${uf}`, type: 'Invalid value', value: null, detail: 'Package hash must also be set', at: url })
    else if (hash) out.push({ field: `${base}.${hf}`, type: 'Invalid value', value: hash.value, detail: 'Package URL must also be set', at: hash })
  }
  return out
}

export function validateCluster(release: string, cluster: ClusterModel, k8sVersion: string): ValidationError[] {
  const out: ValidationError[] = []
  const runtime = cluster.containerRuntime
  const alwaysRefused = inTagRanges(release, DOCKER_ALWAYS_REFUSED)
  if (runtime && !RUNTIMES.includes(runtime.value))
    out.push({ field: 'spec.containerRuntime', type: 'Unsupported value', value: runtime.value, detail: 'supported values: "containerd", "docker"', at: runtime })
  if (runtime?.value === 'docker' && (alwaysRefused || k8sGte(k8sVersion, '1.24'))) out.push({ field: 'spec.containerRuntime', type: 'Forbidden', value: null, detail: DOCKER_REMOVED, at: runtime })
  out.push(...containerdErrors(cluster.containerd, 'spec.containerd'))
  if (alwaysRefused && cluster.docker) out.push({ field: 'spec.docker', type: 'Forbidden', value: null, detail: DOCKER_REMOVED, at: cluster.docker })
  return out
}

export function validateInstanceGroup(ig: InstanceGroupModel): ValidationError[] {
  return containerdErrors(ig.containerd, 'spec.containerd')
}
