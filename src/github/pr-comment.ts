// The sticky pull request comment: one per pull request, found by its marker, created once and then edited in place.
import { failingFindings } from '../fail-on.js'
import { countsLabel, kopsLabel } from '../report/common.js'
import { escapeMarkdown } from '../report/escape.js'
import { renderMarkdown } from '../report/markdown.js'
import type { CheckResult } from '../result.js'
import type { FailOn, Severity } from '../types.js'
import { VERSION } from '../version.js'
import { describeApiError, isRateLimit, statusOf, type GitHubClient } from './client.js'

/** First line of every comment this action writes; how later runs find it. */
export const COMMENT_MARKER = '<!-- kops-preflight:comment -->'
/** GitHub rejects comment bodies over 65,536 characters; a UTF-8 byte budget below that is always safe. */
export const COMMENT_MAX_BYTES = 65_000
/** Comments are listed 100 a page; a pull request with more than this many pages is not searched further. */
export const MAX_COMMENT_PAGES = 30

export interface CommentTarget {
  owner: string
  repo: string
  number: number
  /** Link to the workflow run, shown in the footer. */
  runUrl: string | null
  failOn: FailOn
}

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url: string; allClear: boolean; removedDuplicates: number }
  | { action: 'none'; reason: string }
  | { action: 'failed'; notice: string }

interface ListedComment {
  id: number
  body?: string | null
  html_url: string
  user?: { login?: string } | null
}

/**
 * The severity at or above which findings are worth a comment: the `fail-on` threshold, and
 * `error` for `fail-on: never` (a non-blocking check still tells about errors).
 */
export function commentThreshold(failOn: FailOn): Exclude<FailOn, 'never'> {
  return failOn === 'never' ? 'error' : failOn
}

function footer(runUrl: string | null, extra = ''): string {
  const run = runUrl ? ` · [workflow run](${runUrl})` : ''
  return `<sub>kops-preflight ${escapeMarkdown(VERSION)}${run}${extra}</sub>\n`
}

/** The comment for a result with findings at or above the threshold: the Markdown report under the comment limit. */
export function reportBody(result: CheckResult, target: Pick<CommentTarget, 'runUrl'>): string {
  const tail = footer(target.runUrl, ' · this comment is updated on every run')
  const head = `${COMMENT_MARKER}\n`
  const budget = COMMENT_MAX_BYTES - Buffer.byteLength(head + tail + '\n', 'utf8')
  return `${head}${renderMarkdown(result, { maxBytes: budget, detail: true })}\n${tail}`
}

/** The short body that replaces the report once nothing at or above the threshold is left. */
export function allClearBody(result: CheckResult, target: Pick<CommentTarget, 'runUrl' | 'failOn'>): string {
  const threshold: Severity = commentThreshold(target.failOn)
  const label = escapeMarkdown(kopsLabel(result))
  const counts = escapeMarkdown(countsLabel(result.summary, result.mode !== 'snapshot'))
  const where = target.runUrl ? `the job summary of the [workflow run](${target.runUrl})` : 'the job summary'
  return [
    COMMENT_MARKER,
    `### ✅ ${label}: nothing at or above ${threshold} any more`,
    '',
    `The problems this comment reported earlier are gone. Now: ${counts}; see ${where}.`,
    '',
    footer(target.runUrl),
  ].join('\n')
}

function isOurs(c: ListedComment): boolean {
  return (c.body ?? '').trimStart().startsWith(COMMENT_MARKER)
}

async function findComments(client: GitHubClient, t: CommentTarget): Promise<ListedComment[]> {
  const found: ListedComment[] = []
  let pages = 0
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, { owner: t.owner, repo: t.repo, issue_number: t.number, per_page: 100 })) {
    for (const c of page.data as ListedComment[]) if (isOurs(c)) found.push(c)
    if (++pages >= MAX_COMMENT_PAGES) break
  }
  return found
}

/**
 * Creates, updates or leaves the sticky comment:
 * - findings at or above the threshold: the comment holds the report (created on the first such run);
 * - none left and a comment exists: it is edited to a short all-clear note, so reviewers see the
 *   earlier problems were fixed (the comment is never deleted: it only exists because it once
 *   reported something);
 * - none and no comment: nothing is posted, so clean pull requests get no comment at all.
 * Extra marked comments by the same author (two runs racing) are deleted. Any API failure ends in a
 * `failed` outcome with the notice to show; it never throws.
 */
export async function upsertPullRequestComment(client: GitHubClient, target: CommentTarget, result: CheckResult): Promise<CommentOutcome> {
  const problems = failingFindings(result.findings, commentThreshold(target.failOn))
  let step = 'list the comments of'
  try {
    const existing = await findComments(client, target)
    const [first, ...rest] = existing
    if (!first && problems.length === 0) return { action: 'none', reason: `nothing at or above ${commentThreshold(target.failOn)} and no earlier comment` }

    const allClear = problems.length === 0
    const body = allClear ? allClearBody(result, target) : reportBody(result, target)
    let outcome: CommentOutcome
    if (!first) {
      step = 'comment on'
      const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body })
      outcome = { action: 'created', id: data.id, url: data.html_url, allClear, removedDuplicates: 0 }
    } else if ((first.body ?? '') === body) {
      outcome = { action: 'unchanged', id: first.id, url: first.html_url, allClear, removedDuplicates: 0 }
    } else {
      step = 'update the comment on'
      const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: first.id, body })
      outcome = { action: 'updated', id: data.id, url: data.html_url, allClear, removedDuplicates: 0 }
    }

    step = 'remove a duplicate comment from'
    for (const extra of rest) {
      if (extra.user?.login !== first?.user?.login) continue
      await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: extra.id })
      outcome.removedDuplicates++
    }
    return outcome
  } catch (err) {
    return { action: 'failed', notice: commentFailureNotice(err, step, target.number) }
  }
}

/** The one notice for a comment that could not be written; the report itself is still in the annotations and summary. */
export function commentFailureNotice(err: unknown, step: string, number: number): string {
  const status = statusOf(err)
  const why = describeApiError(err)
  const rest = 'The annotations and the job summary have the full report; the check result is unchanged.'
  if (!isRateLimit(err) && status !== 429 && (status === 401 || status === 403 || status === 404)) {
    return (
      `No pull request comment was posted: the token cannot ${step} pull request #${number} (${why}). ` +
      'Give the job `permissions: pull-requests: write`, or set `comment: false`; pull_request runs from forks and Dependabot always get a read-only token. ' +
      rest
    )
  }
  return `No pull request comment was posted: could not ${step} pull request #${number} (${why}). ${rest}`
}
