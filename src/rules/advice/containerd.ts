// The fix for a containerd asset follows what brought it in: spec.containerd.packages (the user's archive), an old
// spec.containerd.version for which kOps itself picks the cri-containerd bundle, or kOps's own default. The advice names
// the files and versions kOps would use instead (the URLs of kubernetes/kops:upup/pkg/fi/cloudup/containerd.go).
import type { ClusterModel } from '../../manifests/model.js'
import { containerdDefaults } from '../../simulate/components/containerd.js'
import type { Arch, Located } from '../../types.js'
import semver from 'semver'

export type ContainerdCause = 'packages' | 'version' | 'default'

export interface ContainerdAdviceInput {
  release: string
  cluster: ClusterModel
  k8sVersion: string
  arch: Arch
  /** The spec value behind the asset (null: kOps's default). */
  origin: Located<unknown> | null
  /** The archive's file name and the containerd version it carries, when known. */
  file: string
  version: string | null
}

export function causeOf(origin: Located<unknown> | null): ContainerdCause {
  if (!origin) return 'default'
  if (origin.path.startsWith('spec.containerd.packages')) return 'packages'
  return origin.path === 'spec.containerd.version' ? 'version' : 'default'
}

export function releaseTarball(version: string, arch: Arch): { file: string; url: string } {
  const file = `containerd-${version}-linux-${arch}.tar.gz`
  return { file, url: `https://github.com/containerd/containerd/releases/download/v${version}/${file}` }
}

/**
 * kOps's containerd (and runc) for the cluster once the user's packages (and, for `withoutVersion`, the version) are
 * gone; null when that is no release tarball (below 1.6, kOps picks a bundle again) or kOps finds none.
 */
function kopsContainerd(input: ContainerdAdviceInput, withoutVersion: boolean): { version: string; runc: string | null } | null {
  const c = input.cluster.containerd
  const cluster: ClusterModel = { ...input.cluster, containerd: { ...c, version: withoutVersion ? null : c.version, packages: { urlAmd64: null, hashAmd64: null, urlArm64: null, hashArm64: null } } }
  try {
    const d = containerdDefaults(input.release, cluster, input.k8sVersion)
    const v = d.version ? semver.coerce(d.version) : null
    return d.version && v && semver.gte(v, '1.6.0') ? { version: d.version, runc: d.runc?.version ?? null } : null
  } catch {
    return null
  }
}

/** The package field's hash partner: `…urlAmd64` → `…hashAmd64`. */
function hashField(path: string): string {
  return path.replace(/url(Amd64|Arm64)$/, 'hash$1')
}

/**
 * How to replace a cri-containerd bundle with the containerd release tarball, for the cause that brought it in.
 * `tail` closes the sentence (e.g. the kOps release where nodeup stops failing).
 */
export function replaceBundle(input: ContainerdAdviceInput, tail = ''): string {
  const end = tail ? `, ${tail}.` : '.'
  const cause = causeOf(input.origin)
  if (cause === 'packages') {
    const path = input.origin!.path
    const own = input.version ? releaseTarball(input.version, input.arch) : null
    const dflt = kopsContainerd(input, false)?.version
    const parts = [
      own
        ? `point it at the release tarball ${own.file} (${own.url}) with its SHA-256 in ${hashField(path)}`
        : `point it at a containerd-<version>-linux-${input.arch}.tar.gz release tarball with its SHA-256 in ${hashField(path)}`,
    ]
    if (dflt) parts.push(`remove spec.containerd.packages so that kOps downloads ${releaseTarball(dflt, input.arch).file}`)
    return `The archive comes from ${path}: ${parts.join(', or ')}${end}`
  }
  // An explicit version leaves spec.containerd.runc to the user: kOps fills runc only when it picks containerd itself.
  const dflt = kopsContainerd(input, true)
  const withRunc = 'set spec.containerd.version to 1.6.0 or later together with spec.containerd.runc.version'
  if (cause === 'version') {
    const head = `For spec.containerd.version ${String(input.origin!.value)}, kOps ${input.release} picks ${input.file}`
    if (dflt)
      return `${head}: remove spec.containerd.version so that kOps uses its default for Kubernetes ${minorOf(input.k8sVersion)}, containerd ${dflt.version}${dflt.runc ? ` with runc ${dflt.runc}` : ''} (${releaseTarball(dflt.version, input.arch).file}), or ${withRunc}${end}`
    return `${head}: ${withRunc}${end}`
  }
  return `With no spec.containerd.version, kOps ${input.release} picks ${input.file} for Kubernetes ${minorOf(input.k8sVersion)}: ${withRunc}${end}`
}

function minorOf(k8s: string): string {
  return `${semver.major(k8s)}.${semver.minor(k8s)}`
}
