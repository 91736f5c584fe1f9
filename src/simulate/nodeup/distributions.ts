// Mirrors kubernetes/kops:util/pkg/distributions/identify.go FindDistribution (v1.26.0-alpha.1 … v1.37.0-alpha.1) and
// its call in upup/pkg/fi/nodeup/command.go (NodeUpCommand.Run, every modelled tag): nodeup joins /etc/os-release's
// ID and VERSION_ID as `<ID>-<VERSION_ID>`, accepts the distributions of the release's list (data/distributions.ts)
// and otherwise stops with `error determining OS distribution: <FindDistribution's error>` before it adds a single
// asset or runs a builder. The refusal is `unsupported distro: %s` to v1.31.0-alpha.1, `unsupported distro %q` from
// v1.31.0-beta.1.
import type { ClusterModel, InstanceGroupModel } from '../../manifests/model.js'
import { isUnresolved } from '../../manifests/templates.js'
import { NODEUP_DISTRIBUTIONS } from '../../releases/data/distributions.js'
import { osOfImage, type OsRelease } from '../../releases/images.js'
import { rowFor } from '../../releases/rows.js'

export type DistributionVerdict = 'accepted' | 'rejected' | 'unknown'

/** Whether the release's nodeup accepts the OS; `unknown` when the image leaves VERSION_ID open either way. */
export function distributionVerdict(release: string, os: OsRelease): DistributionVerdict {
  const row = rowFor(NODEUP_DISTRIBUTIONS, release, 'nodeup distributions')
  const known = `${os.id}-${os.versionPrefix}`
  if (os.versionId !== null) return row.exact.includes(known) || row.prefixes.some((p) => known.startsWith(p)) ? 'accepted' : 'rejected'
  if (row.prefixes.some((p) => known.startsWith(p))) return 'accepted'
  if (row.exact.some((e) => e.startsWith(known)) || row.prefixes.some((p) => p.startsWith(known))) return 'unknown'
  return 'rejected'
}

/** FindDistribution's error for the string nodeup built. */
export function unsupportedDistro(release: string, distro: string): string {
  const row = rowFor(NODEUP_DISTRIBUTIONS, release, 'nodeup distributions')
  return row.message === 'quoted' ? `unsupported distro ${JSON.stringify(distro)}` : `unsupported distro: ${distro}`
}

/** The OS of the instance group's image, when the image reference fixes it (a template or variable never does). */
export function imageOs(cluster: ClusterModel, ig: InstanceGroupModel): OsRelease | null {
  const image = ig.image?.value
  if (!image || isUnresolved(image)) return null
  return osOfImage(image, cluster.cloudProvider?.value ?? null)
}

/**
 * nodeup's whole error when it refuses the instance group's OS (`error determining OS distribution: unsupported
 * distro "ubuntu-20.04"`); null when it accepts it or the image does not tell exactly which string nodeup would build.
 */
export function distributionError(release: string, cluster: ClusterModel, ig: InstanceGroupModel): string | null {
  const os = imageOs(cluster, ig)
  if (!os || os.versionId === null || distributionVerdict(release, os) !== 'rejected') return null
  return `error determining OS distribution: ${unsupportedDistro(release, `${os.id}-${os.versionId}`)}`
}
