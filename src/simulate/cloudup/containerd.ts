// Mirrors kubernetes/kops:upup/pkg/fi/cloudup/containerd.go (v1.26 … v1.29) and pkg/nodemodel/wellknownassets/containerd.go (v1.30 …).
//   spec.containerd.packages wins per arch when both URL and hash are set; otherwise the version decides:
//   ≥ 1.6.0 → containerd-<v>-linux-<arch>.tar.gz; amd64 < 1.6 → cri-containerd-cni-<v>-linux-amd64.tar.gz.
//   1.26 … 1.28.0-alpha.2: only versions in kOps's URL+hash table (`unknown url and hash for containerd version`),
//     amd64 < 1.3.8 → the legacy GCS bundle, arm64 < 1.6 → a Docker static tgz; versions only in the Docker
//     mapping → the Docker static tgz on both arches (upup/pkg/fi/cloudup/containerd.go@v1.26.0).
//   1.28.0-beta.1 …: any version (hash from <url>.sha256); < 1.4.0 `unsupported legacy containerd version`,
//     arm64 < 1.6 `unknown url for containerd version` (7c2481c51d).
import semver from 'semver'
import { CONTAINERD_HASH_TABLE } from '../../releases/data/known-versions.js'
import { maybeRowFor } from '../../releases/rows.js'
import type { PackagesSpec } from '../../manifests/model.js'
import type { Arch, Located } from '../../types.js'
import { CloudupError } from '../errors.js'
import type { PlannedAsset } from '../types.js'
import { planned, type CloudupContext } from './context.js'

const RELEASE = (v: string, arch: string) => `https://github.com/containerd/containerd/releases/download/v${v}/containerd-${v}-linux-${arch}.tar.gz`
const BUNDLE = (v: string) => `https://github.com/containerd/containerd/releases/download/v${v}/cri-containerd-cni-${v}-linux-amd64.tar.gz`
const LEGACY = (v: string) => `https://storage.googleapis.com/cri-containerd-release/cri-containerd-${v}.linux-amd64.tar.gz`
const DOCKER = (arch: string, dv: string) => `https://download.docker.com/linux/static/stable/${arch === 'amd64' ? 'x86_64' : 'aarch64'}/docker-${dv}.tgz`

/** The package override for one arch: kOps uses it only when both URL and hash are set. */
export function packageFor(p: PackagesSpec, arch: Arch): { url: Located<string>; hash: Located<string> } | null {
  const url = arch === 'amd64' ? p.urlAmd64 : p.urlArm64
  const hash = arch === 'amd64' ? p.hashAmd64 : p.hashArm64
  return url && hash ? { url, hash } : null
}

export function containerdAsset(ctx: CloudupContext): PlannedAsset {
  const pkg = packageFor(ctx.cluster.containerd.packages, ctx.arch)
  if (pkg) return planned(ctx, 'containerd', pkg.url.value, pkg.hash.value.replace(/^sha256:/, ''), pkg.url)
  const version = ctx.containerd.version
  const origin = ctx.containerd.versionOrigin
  if (!version) throw new CloudupError('unable to find containerd version', origin)
  const sv = semver.coerce(version) && semver.valid(semver.coerce(version))
  if (!sv) throw new CloudupError(`unable to parse version string: ${JSON.stringify(version)}`, origin)
  const table = maybeRowFor(CONTAINERD_HASH_TABLE, ctx.release)
  if (table) {
    // Built-in table era: a version in the amd64 hash table gets its URL by version; one only in the Docker
    // mapping is served from a Docker static tarball on both arches; anything else is unknown.
    const docker = table.dockerMappings ?? {}
    if (!table.versions.includes(version)) {
      const dv = docker[version]
      if (!dv) throw new CloudupError(`unknown url and hash for containerd version: ${ctx.arch} - ${version}`, origin)
      return planned(ctx, 'containerd', DOCKER(ctx.arch, dv), null, origin)
    }
    if (semver.lt(sv, '1.3.4')) throw new CloudupError(`unsupported legacy containerd version: ${JSON.stringify(version)}`, origin)
    if (ctx.arch === 'amd64') {
      const url = semver.gte(sv, '1.6.0') ? RELEASE(version, 'amd64') : semver.gte(sv, '1.3.8') ? BUNDLE(version) : LEGACY(version)
      return planned(ctx, 'containerd', url, null, origin)
    }
    if (semver.gte(sv, '1.6.0')) {
      if (!(table.arm64Versions ?? []).includes(version)) throw new CloudupError(`unknown hash for containerd version: ${ctx.arch} - ${version}`, origin)
      return planned(ctx, 'containerd', RELEASE(version, 'arm64'), null, origin)
    }
    return planned(ctx, 'containerd', DOCKER('arm64', docker[version] ?? docker['1.4.13']), null, origin)
  }
  if (semver.lt(sv, '1.4.0')) throw new CloudupError(`unsupported legacy containerd version: ${JSON.stringify(version)}`, origin)
  if (ctx.arch === 'amd64') return planned(ctx, 'containerd', semver.gte(sv, '1.6.0') ? RELEASE(version, 'amd64') : BUNDLE(version), null, origin)
  if (semver.gte(sv, '1.6.0')) return planned(ctx, 'containerd', RELEASE(version, 'arm64'), null, origin)
  throw new CloudupError(`unknown url for containerd version: ${ctx.arch} - ${version}`, origin)
}
