// Decides which commits a GitHub Actions run compares: a pull request's base and head, or a single snapshot.

import { GitError, resolveCommit, runGit, type GitRunner } from './git.js'

export type PullRequestRefs =
  | { mode: 'pull-request'; base: string; head: string; how: string }
  | { mode: 'snapshot'; head: string }

export interface GitHubEvent {
  /** `GITHUB_EVENT_NAME`. */
  name: string
  /** The parsed `GITHUB_EVENT_PATH` file. */
  payload: any
}

export const HOW_FIRST_PARENT = 'first parent of merge commit'
export const HOW_PAYLOAD_BASE = 'payload base sha'
export const HOW_FETCHED_BASE = 'fetched base sha'

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group'])

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/**
 * For pull request and merge queue events: head is `HEAD`; base is the first parent when `HEAD`
 * is the merge commit GitHub builds (present with `fetch-depth: 2`), else the base commit named
 * in the event payload, fetched from `origin` if the clone is too shallow to contain it.
 * Every other event is a snapshot of `HEAD`.
 */
export async function resolvePullRequestRefs(repoDir: string, event: GitHubEvent, git: GitRunner = runGit): Promise<PullRequestRefs> {
  const head = await resolveCommit(repoDir, 'HEAD', git)
  if (!PULL_REQUEST_EVENTS.has(event.name)) return { mode: 'snapshot', head }

  const parents = await commitParents(repoDir, head, git)
  if (parents.length >= 2 && isPullRequestMerge(event, parents)) {
    return { mode: 'pull-request', base: parents[0], head, how: HOW_FIRST_PARENT }
  }

  const base = payloadBaseSha(event)
  if (base === undefined) {
    throw new Error(`the ${event.name} event payload names no base commit (expected ${event.name === 'merge_group' ? 'merge_group.base_sha' : 'pull_request.base.sha'})`)
  }
  if (await hasCommit(repoDir, base, git)) return { mode: 'pull-request', base, head, how: HOW_PAYLOAD_BASE }

  let reason = 'the fetched history does not contain it'
  try {
    await git(['fetch', '--no-tags', '--depth=1', 'origin', base], { cwd: repoDir })
  } catch (err) {
    reason = err instanceof GitError && err.stderr ? err.stderr : err instanceof Error ? err.message : String(err)
  }
  if (await hasCommit(repoDir, base, git)) return { mode: 'pull-request', base, head, how: HOW_FETCHED_BASE }
  throw new Error(
    `base commit ${base} is not available: it is not in the clone at ${repoDir} and fetching it from origin failed (${reason}). ` +
      'actions/checkout needs `fetch-depth: 2` (or `0`) for this action, so that the pull request merge commit and its base are both present.',
  )
}

/**
 * Whether HEAD is GitHub's merge of the pull request rather than some other merge commit (for
 * example the tip of the base branch, which `pull_request_target` checks out, is often a merge).
 * GitHub's merge commit has the pull request head as its second parent.
 */
function isPullRequestMerge(event: GitHubEvent, parents: readonly string[]): boolean {
  if (event.name === 'merge_group') return true
  const prHead: unknown = event.payload?.pull_request?.head?.sha
  if (typeof prHead !== 'string' || !SHA.test(prHead)) return true
  return parents.slice(1).includes(prHead)
}

function payloadBaseSha(event: GitHubEvent): string | undefined {
  const candidate: unknown = event.name === 'merge_group' ? event.payload?.merge_group?.base_sha : event.payload?.pull_request?.base?.sha
  if (candidate === undefined || candidate === null || candidate === '') return undefined
  // Validated before it reaches a git command line.
  if (typeof candidate !== 'string' || !SHA.test(candidate)) throw new Error(`the ${event.name} event payload has an invalid base commit sha: ${JSON.stringify(candidate)}`)
  return candidate
}

/** Parents present in the clone; a shallow boundary commit reports none. */
async function commitParents(repoDir: string, sha: string, git: GitRunner): Promise<string[]> {
  try {
    const out = await git(['rev-list', '--parents', '-n', '1', sha], { cwd: repoDir })
    return out.toString('utf8').trim().split(/\s+/).slice(1)
  } catch {
    return []
  }
}

async function hasCommit(repoDir: string, sha: string, git: GitRunner): Promise<boolean> {
  try {
    await git(['cat-file', '-e', `${sha}^{commit}`], { cwd: repoDir })
    return true
  } catch {
    return false
  }
}
