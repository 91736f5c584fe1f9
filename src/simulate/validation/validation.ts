// Mirrors kubernetes/kops:pkg/apis/kops/validation/validation.go (v1.26.0 … newest tag): ValidateCluster's checks of
// the Cluster spec. Each check names the tag range it holds for.
//   validateContainerRuntime / validateContainerdConfig (all tags): runtime name, containerd version and packages.
//   Docker: refused for Kubernetes ≥ 1.24 before 1.29.0-alpha.1, always after (a non-nil spec.docker too,
//   reported after the containerd errors).
import semver from 'semver'
import type { ContainerdSpec } from '../../manifests/model.js'
import { inTagRanges, k8sGte, type TagRanges } from '../../releases/version.js'
import { goSemverParseTolerant } from '../go/semver.js'
import { goUrlParseError } from '../go/url.js'
import type { ValidationContext } from './context.js'
import type { FieldError } from './field.js'

const SOURCE = 'kubernetes/kops:pkg/apis/kops/validation/validation.go'
const DOCKER_ALWAYS_REFUSED: TagRanges = [['1.29.0-alpha.1']]
const DOCKER_REMOVED = 'Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq'
const RUNTIMES = ['containerd', 'docker']

/** validateContainerdConfig's version and package checks, for the cluster or an instance group (`base` is the path). */
export function containerdErrors(c: ContainerdSpec, base: string): FieldError[] {
  const out: FieldError[] = []
  if (c.version) {
    const raw = c.version.value
    const parsed = goSemverParseTolerant(raw)
    const invalid = (detail: string): FieldError => ({ field: `${base}.version`, type: 'Invalid value', value: raw, detail, at: c.version!, source: SOURCE })
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
      if (urlError) out.push({ field: `${base}.${uf}`, type: 'Invalid value', value: url.value, detail: `cannot parse package URL: ${urlError}`, at: url, source: SOURCE })
      if (hash.value.length > 64) out.push({ field: `${base}.${hf}`, type: 'Invalid value', value: hash.value, detail: 'Package hash must be 64 characters long', at: hash, source: SOURCE })
    } else if (url) out.push({ field: `${base}.${uf}`, type: 'Invalid value', value: null, detail: 'Package hash must also be set', at: url, source: SOURCE })
    else if (hash) out.push({ field: `${base}.${hf}`, type: 'Invalid value', value: hash.value, detail: 'Package URL must also be set', at: hash, source: SOURCE })
  }
  return out
}

/** The container-runtime part of validateClusterSpec. */
export function validateContainerRuntime(ctx: ValidationContext): FieldError[] {
  const { cluster, release, k8sVersion } = ctx
  const out: FieldError[] = []
  const runtime = cluster.containerRuntime
  const alwaysRefused = inTagRanges(release, DOCKER_ALWAYS_REFUSED)
  if (runtime && !RUNTIMES.includes(runtime.value))
    out.push({ field: 'spec.containerRuntime', type: 'Unsupported value', value: runtime.value, detail: 'supported values: "containerd", "docker"', at: runtime, source: SOURCE })
  if (runtime?.value === 'docker' && (alwaysRefused || k8sGte(k8sVersion, '1.24')))
    out.push({ field: 'spec.containerRuntime', type: 'Forbidden', value: null, detail: DOCKER_REMOVED, at: cluster.doc.keyAt(['spec', 'containerRuntime']) ?? runtime, source: SOURCE })
  out.push(...containerdErrors(cluster.containerd, 'spec.containerd'))
  const dockerKey = cluster.doc.keyAt(['spec', 'docker'])
  if (alwaysRefused && cluster.docker) out.push({ field: 'spec.docker', type: 'Forbidden', value: null, detail: DOCKER_REMOVED, at: dockerKey ?? cluster.docker, source: SOURCE })
  return out
}

/** validateClusterSpec, in kOps's order of checks. */
export function validateClusterSpec(ctx: ValidationContext): FieldError[] {
  return [...validateContainerRuntime(ctx)]
}
