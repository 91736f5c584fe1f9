// The kOps releases kops-preflight models, and how a pinned version maps onto one of them.
import semver from 'semver'
import { KOPS_RELEASES } from './data/releases.js'
import type { KopsResolution } from '../rules/rule.js'
import { compareVersions, normaliseVersion } from './version.js'

export const RELEASE_VERSIONS: readonly string[] = KOPS_RELEASES.map((r) => r.version)
export const OLDEST_RELEASE = RELEASE_VERSIONS[0]

/** The newest final (non-prerelease) release; what `latest` means. */
export function latestRelease(): string {
  return [...RELEASE_VERSIONS].reverse().find((v) => semver.prerelease(v) === null) ?? RELEASE_VERSIONS[RELEASE_VERSIONS.length - 1]
}

export function newestTag(): string {
  return RELEASE_VERSIONS[RELEASE_VERSIONS.length - 1]
}

/** Maps a pinned version onto the release whose behaviour is simulated. */
export function resolveVersion(raw: string): Pick<KopsResolution, 'version' | 'release' | 'status'> {
  const trimmed = raw.trim()
  if (trimmed === 'latest') return { version: latestRelease(), release: latestRelease(), status: 'known' }
  const v = normaliseVersion(trimmed)
  if (!v) return { version: null, release: null, status: 'invalid' }
  if (RELEASE_VERSIONS.includes(v)) return { version: v, release: v, status: 'known' }
  if (compareVersions(v, newestTag()) > 0) return { version: v, release: newestTag(), status: 'newer' }
  if (compareVersions(v, OLDEST_RELEASE) < 0) return { version: v, release: null, status: 'unsupported' }
  // Not a tag: the nearest earlier release of the same line behaves most alike.
  const earlier = [...RELEASE_VERSIONS].reverse().find((r) => compareVersions(r, v) < 0) ?? null
  return { version: v, release: earlier, status: 'unreleased' }
}
