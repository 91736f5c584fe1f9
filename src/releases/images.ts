// Reads the operating system off an instance group's image reference (data/images.ts) and whether that OS boots
// cgroup v1. Nothing is guessed: an image id, a bare name or an unlisted owner gives null (templates are the caller's
// to rule out first).
import { CGROUP_V1, IMAGE_OS } from './data/images.js'
import type { ImageOsRow } from './data/types.js'

/** The `/etc/os-release` an image boots with. */
export interface OsRelease {
  /** ID, e.g. `ubuntu`, `amzn`, `rhel`. */
  id: string
  /** VERSION_ID when the reference spells it in full (`20.04`, `2`, `8.9`); null when only its start is known. */
  versionId: string | null
  /** What VERSION_ID is known to start with (the whole VERSION_ID when that is known). */
  versionPrefix: string
  row: ImageOsRow
}

/** `<owner>/<name>` of an image reference as kOps splits it for the cloud; null when it names no publisher. */
function ownerAndName(image: string, cloud: 'aws' | 'gce'): [string, string] | null {
  if (cloud === 'aws') {
    if (image.startsWith('ssm:')) return ['ssm', image.slice(4)]
    if (image.startsWith('ami-')) return null
    const slash = image.indexOf('/')
    return slash <= 0 ? null : [image.slice(0, slash), image.slice(slash + 1)]
  }
  const m = /^(?:https:\/\/www\.googleapis\.com\/compute\/v1\/)?projects\/([^/]+)\/global\/images\/(.+)$/.exec(image)
  if (m) return [m[1], m[2]]
  const slash = image.indexOf('/')
  return slash <= 0 ? null : [image.slice(0, slash), image.slice(slash + 1)]
}

function fill(template: string, groups: RegExpExecArray): string {
  return template.replace(/\$(\d)/g, (_, n: string) => groups[Number(n)] ?? '')
}

export function osOfImage(image: string, cloudProvider: string | null): OsRelease | null {
  const cloud = (cloudProvider ?? '').toLowerCase()
  if (cloud !== 'aws' && cloud !== 'gce') return null
  const split = ownerAndName(image.trim(), cloud)
  if (!split) return null
  const [owner, name] = split
  for (const row of IMAGE_OS) {
    if (row.cloud !== cloud || !row.owners.includes(owner)) continue
    const m = row.name.exec(name)
    if (!m) continue
    const versionId = row.versionId !== undefined ? fill(row.versionId, m) : null
    return { id: row.id, versionId, versionPrefix: versionId ?? fill(row.versionPrefix ?? '', m), row }
  }
  return null
}

/** Dotted numeric comparison (`21.10` vs `9`); non-numeric parts compare as 0. */
export function compareDotted(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number.parseInt(x, 10) || 0)
  const pb = b.split('.').map((x) => Number.parseInt(x, 10) || 0)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d < 0 ? -1 : 1
  }
  return 0
}

/** True when the OS boots cgroup v1 by default, false when cgroup v2, null when the version is not known enough. */
export function bootsCgroupV1(os: OsRelease): boolean | null {
  const row = CGROUP_V1.find((r) => r.id === os.id)
  if (!row) return null
  const version = os.versionId ?? os.versionPrefix.replace(/\.$/, '')
  if (version === '') return null
  // A major version alone decides only when every range boundary is a whole major.
  if (os.versionId === null && row.v1.some((r) => [r.from, r.to].some((b) => b !== undefined && b.includes('.')))) return null
  return row.v1.some((r) => (r.from === undefined || compareDotted(version, r.from) >= 0) && (r.to === undefined || compareDotted(version, r.to) < 0))
}

/** A readable OS name for messages, e.g. `Ubuntu 20.04`, `Amazon Linux 2`, `RHEL 8`. */
export function osName(os: OsRelease): string {
  const names: Record<string, string> = { ubuntu: 'Ubuntu', amzn: 'Amazon Linux', debian: 'Debian', rhel: 'RHEL', rocky: 'Rocky Linux', flatcar: 'Flatcar', cos: 'Container-Optimized OS', centos: 'CentOS Stream', fedora: 'Fedora' }
  const version = os.versionId ?? os.versionPrefix.replace(/\.$/, '')
  return `${names[os.id] ?? os.id}${version ? ' ' + version : ''}`
}
