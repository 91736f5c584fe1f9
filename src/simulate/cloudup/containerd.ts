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
import { goSemverParseTolerant } from '../go/semver.js'
import { hashParseError } from '../go/hashing.js'
import { goUrlParseError } from '../go/url.js'
import { isPlainVersion } from './asset-builder.js'
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

/** findAssetsUrlHash: a package URL and hash used verbatim, after kOps parses both. */
export function packageAsset(ctx: CloudupContext, component: string, pkg: { url: Located<string>; hash: Located<string> }): PlannedAsset {
  const urlError = goUrlParseError(pkg.url.value)
  if (urlError) throw new CloudupError(`unable to parse asset URL ${JSON.stringify(pkg.url.value)}: ${urlError}`, pkg.url)
  const hashError = hashParseError(pkg.hash.value)
  if (hashError) throw new CloudupError(`unable to parse asset hash ${JSON.stringify(pkg.hash.value)}: ${hashError}`, pkg.hash)
  return planned(ctx, component, pkg.url.value, pkg.hash.value.replace(/^(md5|sha1|sha256):/, ''), pkg.url)
}

/** A version-derived URL whose hash kOps must find; a version not written as kOps's URLs expect names no real file. */
function derived(ctx: CloudupContext, component: string, url: string, version: string, origin: Located<unknown> | null): PlannedAsset {
  if (!isPlainVersion(version)) throw new CloudupError(ctx.builder.hashNotFound(url), origin)
  return planned(ctx, component, url, null, origin)
}

export function containerdAsset(ctx: CloudupContext): PlannedAsset {
  const pkg = packageFor(ctx.cluster.containerd.packages, ctx.arch)
  if (pkg) return packageAsset(ctx, 'containerd', pkg)
  const version = ctx.containerd.version
  const origin = ctx.containerd.versionOrigin
  if (!version) throw new CloudupError('unable to find containerd version', origin)
  const parsed = goSemverParseTolerant(version)
  if (!parsed.ok) throw new CloudupError(`unable to parse version string: ${JSON.stringify(version)}`, origin)
  const sv = parsed.version
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
  if (ctx.arch === 'amd64') return derived(ctx, 'containerd', semver.gte(sv, '1.6.0') ? RELEASE(version, 'amd64') : BUNDLE(version), version, origin)
  if (semver.gte(sv, '1.6.0')) return derived(ctx, 'containerd', RELEASE(version, 'arm64'), version, origin)
  throw new CloudupError(`unknown url for containerd version: ${ctx.arch} - ${version}`, origin)
}
