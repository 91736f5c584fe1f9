// Mirrors kubernetes/kops:upup/pkg/fi/cloudup/runc.go (v1.26 … v1.29) and pkg/nodemodel/wellknownassets/runc.go (v1.30 …).
//   Added when the containerd version is ≥ 1.6.0 (containerd < 1.6 bundles its own runc); always from 1.36.0-alpha.1 (b0cfa5050d).
//   spec.containerd.runc must exist (`unable to find runc config`): kOps's defaults fill it only when containerd.version is empty.
//   1.26 … 1.29: the version must be in kOps's URL+hash table; 1.30 …: any version.
import semver from 'semver'
import { RUNC_HASH_TABLE } from '../../releases/data/known-versions.js'
import { maybeRowFor } from '../../releases/rows.js'
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import { CloudupError } from '../errors.js'
import type { PlannedAsset } from '../types.js'
import { goSemverParseTolerant } from '../go/semver.js'
import { isPlainVersion } from './asset-builder.js'
import { packageAsset, packageFor } from './containerd.js'
import { planned, type CloudupContext } from './context.js'

const ALWAYS: TagRanges = [['1.36.0-alpha.1']]

export function runcAsset(ctx: CloudupContext): PlannedAsset | null {
  const cv = ctx.containerd.version
  if (!inTagRanges(ctx.release, ALWAYS)) {
    const parsed = goSemverParseTolerant(cv ?? '')
    if (!parsed.ok) throw new CloudupError(`unable to parse version string: ${JSON.stringify(cv ?? '')}`, ctx.containerd.versionOrigin)
    if (semver.lt(parsed.version, '1.6.0')) return null
  }
  const runc = ctx.containerd.runc
  if (!runc) throw new CloudupError('unable to find runc config', ctx.containerd.versionOrigin)
  const pkg = runc.packages ? packageFor(runc.packages, ctx.arch) : null
  if (pkg) return packageAsset(ctx, 'runc', pkg)
  const version = runc.version
  if (!version) throw new CloudupError('unable to find runc version', ctx.cluster.containerd.runc.at)
  const table = maybeRowFor(RUNC_HASH_TABLE, ctx.release)
  if (table && !table.versions.includes(version)) throw new CloudupError(`unknown url and hash for runc version: ${ctx.arch} - ${version}`, runc.origin)
  const parsed = goSemverParseTolerant(version)
  if (!parsed.ok) throw new CloudupError(`unable to parse version string: ${JSON.stringify(version)}`, runc.origin)
  if (semver.lt(parsed.version, '1.1.0')) throw new CloudupError(`unsupported runc version: ${JSON.stringify(version)}`, runc.origin)
  const url = `https://github.com/opencontainers/runc/releases/download/v${version}/runc.${ctx.arch}`
  if (!isPlainVersion(version)) throw new CloudupError(ctx.builder.hashNotFound(url), runc.origin)
  return planned(ctx, 'runc', url, null, runc.origin)
}
