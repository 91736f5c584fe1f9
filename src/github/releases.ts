// What `target-kops-version: latest` means: the embedded catalogue's newest release, or a newer one published on GitHub.
import semver from 'semver'
import { latestRelease } from '../releases/catalog.js'
import { describeApiError, type GitHubClient } from './client.js'

export const KOPS_REPOSITORY = { owner: 'kubernetes', repo: 'kops' } as const
/** Releases are listed newest first, 100 a page; the newest final release is always within these. */
export const MAX_RELEASE_PAGES = 3

interface ListedRelease {
  tag_name: string
  draft: boolean
  prerelease: boolean
}

/** The newest final release among `releases` (drafts, prereleases and non-version tags skipped), without `v`. */
export function newestFinal(releases: readonly ListedRelease[]): string | null {
  let best: string | null = null
  for (const r of releases) {
    if (r.draft || r.prerelease) continue
    const v = semver.valid(r.tag_name.replace(/^v/, ''))
    if (v === null || semver.prerelease(v) !== null) continue
    if (best === null || semver.gt(v, best)) best = v
  }
  return best
}

export type LatestOutcome =
  | { version: string; source: 'catalogue' | 'github'; notice: null; info: string }
  | { version: string; source: 'catalogue'; notice: string; info: null }

/**
 * `latest` from the catalogue, or, with `client`, the newest final release of kubernetes/kops on
 * GitHub when that is newer. Any failure falls back to the catalogue with a notice.
 */
export async function resolveLatest(client: GitHubClient | null): Promise<LatestOutcome> {
  const known = latestRelease()
  if (client === null) return { version: known, source: 'catalogue', notice: null, info: `latest is kOps ${known}, the newest release kops-preflight models.` }
  try {
    const seen: ListedRelease[] = []
    let pages = 0
    for await (const page of client.paginate.iterator(client.rest.repos.listReleases, { ...KOPS_REPOSITORY, per_page: 100 })) {
      seen.push(...(page.data as ListedRelease[]))
      if (++pages >= MAX_RELEASE_PAGES) break
    }
    const published = newestFinal(seen)
    if (published === null) throw new Error(`no final release among the ${seen.length} newest releases`)
    if (semver.gt(published, known)) {
      return {
        version: published,
        source: 'github',
        notice: null,
        info: `latest is kOps ${published}, published on GitHub and newer than the newest release kops-preflight models (${known}); it is simulated with the behaviour of the nearest release kops-preflight knows.`,
      }
    }
    return { version: known, source: 'catalogue', notice: null, info: `latest is kOps ${known}; GitHub has no newer final release (newest published: ${published}).` }
  } catch (err) {
    return {
      version: known,
      source: 'catalogue',
      notice: `Could not look up the newest kOps release on GitHub (${describeApiError(err)}); using kOps ${known}, the newest release kops-preflight models.`,
      info: null,
    }
  }
}
