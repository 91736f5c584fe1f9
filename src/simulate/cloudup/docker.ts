// Mirrors kubernetes/kops:upup/pkg/fi/cloudup/docker.go findDockerAsset (v1.26.0 … v1.29.0-alpha.0; the Docker runtime
// is gone from 1.29.0-alpha.1) with the default of pkg/model/components/docker.go (20.10.17):
//   spec.docker.packages wins per arch when URL and hash are both set;
//   < 17.3.0 → `unsupported legacy Docker version`; ≥ 18.9.0 → docker-<v>.tgz; older → docker-<v>-ce.tgz
//   (arm64 below 17.9.0 falls back to 17.09.0); the version must be in kOps's Docker hash table.
import semver from 'semver'
import { readPackages } from '../../manifests/model.js'
import { knownHash } from '../../releases/hashes.js'
import { CloudupError } from '../errors.js'
import { goSemverParseTolerant } from '../go/semver.js'
import type { PlannedAsset } from '../types.js'
import { packageAsset, packageFor } from './containerd.js'
import { planned, type CloudupContext } from './context.js'

const DEFAULT_VERSION = '20.10.17'
const ARM64_FALLBACK = '17.09.0'

export function dockerAsset(ctx: CloudupContext): PlannedAsset {
  const pkg = packageFor(readPackages(ctx.cluster.doc, ['spec', 'docker', 'packages']), ctx.arch)
  if (pkg) return packageAsset(ctx, 'docker', pkg)
  const v = ctx.cluster.doc.string(['spec', 'docker', 'version'])
  const version = v?.value ?? DEFAULT_VERSION
  const parsed = goSemverParseTolerant(version)
  if (!parsed.ok) throw new CloudupError(`unable to parse version string: ${JSON.stringify(version)}`, v)
  const sv = parsed.version
  if (semver.lt(sv, '17.3.0')) throw new CloudupError(`unsupported legacy Docker version: ${JSON.stringify(version)}`, v)
  const dir = ctx.arch === 'amd64' ? 'x86_64' : 'aarch64'
  const file = semver.gte(sv, '18.9.0') ? `docker-${version}.tgz` : ctx.arch === 'arm64' && semver.lt(sv, '17.9.0') ? `docker-${ARM64_FALLBACK}-ce.tgz` : `docker-${version}-ce.tgz`
  const url = `https://download.docker.com/linux/static/stable/${dir}/${file}`
  // The hash comes from kOps's own table; a version outside it is refused.
  if (!knownHash(url)) throw new CloudupError(`unknown hash for Docker version: ${ctx.arch} - ${version}`, v)
  return planned(ctx, 'docker', url, null, v)
}
