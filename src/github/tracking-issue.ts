// The drift scan's tracking issue: one open issue found by its marker, kept up to date, closed with a comment once clean.
import { failingFindings } from '../fail-on.js'
import { countsLabel, kopsLabel, plural } from '../report/common.js'
import { escapeMarkdown } from '../report/escape.js'
import { renderMarkdown } from '../report/markdown.js'
import type { CheckResult } from '../result.js'
import type { FailOn } from '../types.js'
import { VERSION } from '../version.js'
import { describeApiError, isRateLimit, statusOf, type GitHubClient } from './client.js'
import { commentThreshold } from './pr-comment.js'

/** First line of the issue body; how later scans find the issue. */
export const ISSUE_MARKER = '<!-- kops-preflight:issue -->'
/** Put on the issue when the token may set labels; narrows the search. The marker alone still finds it. */
export const ISSUE_LABEL = 'kops-preflight'
/** Issue bodies have the same 65,536-character limit as comments. */
export const ISSUE_MAX_BYTES = 65_000
/** Open issues are listed 100 a page; at most this many pages are searched for the marker. */
export const MAX_ISSUE_PAGES = 10

export interface IssueTarget {
  owner: string
  repo: string
  runUrl: string | null
  failOn: FailOn
  /** Markdown appended after the report (the assets to mirror), already escaped. */
  appendix?: string
}

export type IssueOutcome =
  | { action: 'created' | 'updated' | 'unchanged' | 'closed'; number: number; url: string }
  | { action: 'none'; reason: string }
  | { action: 'failed'; notice: string }

interface ListedIssue {
  number: number
  title: string
  body?: string | null
  html_url: string
  pull_request?: unknown
}

function isOurs(i: ListedIssue): boolean {
  return i.pull_request === undefined && (i.body ?? '').trimStart().startsWith(ISSUE_MARKER)
}

export function issueTitle(result: CheckResult, failOn: FailOn): string {
  const problems = failingFindings(result.findings, commentThreshold(failOn)).length
  return `kops-preflight: ${kopsLabel(result)} has ${plural(problems, 'finding')} at or above ${commentThreshold(failOn)}`
}

export function issueBody(result: CheckResult, target: Pick<IssueTarget, 'runUrl' | 'appendix'>): string {
  const run = target.runUrl ? ` · [workflow run](${target.runUrl})` : ''
  const tail = `<sub>kops-preflight ${escapeMarkdown(VERSION)}${run} · updated by every drift scan, closed when a scan is clean</sub>\n`
  const head = `${ISSUE_MARKER}\n`
  const appendix = target.appendix ? `${target.appendix.replace(/\n*$/, '\n')}\n` : ''
  const budget = ISSUE_MAX_BYTES - Buffer.byteLength(head + appendix + tail + '\n', 'utf8')
  return `${head}${renderMarkdown(result, { maxBytes: budget, detail: true })}\n${appendix}${tail}`
}

export function closingComment(result: CheckResult, target: Pick<IssueTarget, 'runUrl' | 'failOn'>): string {
  const run = target.runUrl ? `The [drift scan](${target.runUrl})` : 'The latest drift scan'
  const counts = escapeMarkdown(countsLabel(result.summary, true))
  return `✅ ${run} is clean: ${escapeMarkdown(kopsLabel(result))} has nothing at or above ${commentThreshold(target.failOn)} (${counts}). Closing.\n`
}

async function search(client: GitHubClient, t: IssueTarget, labels: string | undefined): Promise<ListedIssue[]> {
  const found: ListedIssue[] = []
  let pages = 0
  const params = { owner: t.owner, repo: t.repo, state: 'open' as const, per_page: 100, sort: 'updated' as const, direction: 'desc' as const, ...(labels ? { labels } : {}) }
  for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, params)) {
    for (const i of page.data as ListedIssue[]) if (isOurs(i)) found.push(i)
    if (++pages >= MAX_ISSUE_PAGES) break
  }
  return found.sort((a, b) => a.number - b.number)
}

/**
 * Findings at or above the threshold: the open tracking issue is created or updated with the report.
 * None: the open issue, if any, gets a closing comment and is closed as completed; with no issue,
 * nothing happens. Never throws; a failure is returned with the notice to show.
 */
export async function syncTrackingIssue(client: GitHubClient, target: IssueTarget, result: CheckResult): Promise<IssueOutcome> {
  const problems = failingFindings(result.findings, commentThreshold(target.failOn))
  let step = 'search the open issues of'
  try {
    let found = await search(client, target, ISSUE_LABEL)
    if (found.length === 0) found = await search(client, target, undefined)
    const issue = found[0]
    const repo = { owner: target.owner, repo: target.repo }

    if (problems.length === 0) {
      if (!issue) return { action: 'none', reason: 'the scan is clean and no tracking issue is open' }
      step = 'close the tracking issue in'
      await client.rest.issues.createComment({ ...repo, issue_number: issue.number, body: closingComment(result, target) })
      await client.rest.issues.update({ ...repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' })
      return { action: 'closed', number: issue.number, url: issue.html_url }
    }

    const title = issueTitle(result, target.failOn)
    const body = issueBody(result, target)
    if (!issue) {
      step = 'open a tracking issue in'
      const { data } = await client.rest.issues.create({ ...repo, title, body, labels: [ISSUE_LABEL] })
      return { action: 'created', number: data.number, url: data.html_url }
    }
    if (issue.title === title && (issue.body ?? '') === body) return { action: 'unchanged', number: issue.number, url: issue.html_url }
    step = 'update the tracking issue in'
    const { data } = await client.rest.issues.update({ ...repo, issue_number: issue.number, title, body })
    return { action: 'updated', number: data.number, url: data.html_url }
  } catch (err) {
    return { action: 'failed', notice: issueFailureNotice(err, step, `${target.owner}/${target.repo}`) }
  }
}

export function issueFailureNotice(err: unknown, step: string, repository: string): string {
  const status = statusOf(err)
  const why = describeApiError(err)
  const rest = 'The job summary and the report file have the full drift report; the check result is unchanged.'
  if (status === 410) return `No tracking issue was updated: issues are disabled in ${repository} (${why}). ${rest}`
  if (!isRateLimit(err) && (status === 401 || status === 403 || status === 404)) {
    return `No tracking issue was updated: the token cannot ${step} ${repository} (${why}). Give the job \`permissions: issues: write\`, or set \`issue: false\`. ${rest}`
  }
  return `No tracking issue was updated: could not ${step} ${repository} (${why}). ${rest}`
}
