// Fix suggestions as one pull request review: each suggestion is a review comment carrying a marker with its identity,
// so later runs keep the comments that still apply, delete those that no longer do, and add only what is missing
// (in one new review). Never throws: a failure is an outcome with the one notice to show.
import { escapeMarkdown } from '../report/escape.js'
import { SUGGESTION_MARKER, suggestionBody, type Suggestion } from '../fixes/suggestions.js'
import { describeApiError, isRateLimit, statusOf, type GitHubClient } from './client.js'

export const REVIEW_MARKER = '<!-- kops-preflight:review -->'
const MAX_PAGES = 30

export interface ReviewTarget {
  owner: string
  repo: string
  number: number
  /** The pull request's head commit, which review comments are placed on. */
  commitId: string
}

export type ReviewOutcome =
  | { action: 'created'; url: string; added: number; kept: number; removed: number }
  | { action: 'kept'; kept: number; removed: number }
  | { action: 'none'; removed: number }
  | { action: 'failed'; notice: string }

interface ListedReviewComment {
  id: number
  body?: string | null
}

function keyOf(body: string | null | undefined): string | null {
  const m = new RegExp(`^<!-- ${SUGGESTION_MARKER} ([0-9a-f]+) -->`).exec(body ?? '')
  return m ? m[1] : null
}

export async function syncSuggestions(client: GitHubClient, target: ReviewTarget, suggestions: Suggestion[]): Promise<ReviewOutcome> {
  let step = 'list the review comments of'
  try {
    const ours: { id: number; key: string }[] = []
    let pages = 0
    for await (const page of client.paginate.iterator(client.rest.pulls.listReviewComments, { owner: target.owner, repo: target.repo, pull_number: target.number, per_page: 100 })) {
      for (const c of page.data as ListedReviewComment[]) {
        const key = keyOf(c.body)
        if (key) ours.push({ id: c.id, key })
      }
      if (++pages >= MAX_PAGES) break
    }
    const wanted = new Set(suggestions.map((s) => s.key))
    const present = new Set<string>()
    let removed = 0
    step = 'remove an outdated suggestion from'
    for (const c of ours) {
      if (wanted.has(c.key) && !present.has(c.key)) {
        present.add(c.key)
        continue
      }
      await client.rest.pulls.deleteReviewComment({ owner: target.owner, repo: target.repo, comment_id: c.id })
      removed++
    }
    const missing = suggestions.filter((s) => !present.has(s.key))
    if (missing.length === 0) return present.size > 0 ? { action: 'kept', kept: present.size, removed } : { action: 'none', removed }
    step = 'review'
    const { data } = await client.rest.pulls.createReview({
      owner: target.owner,
      repo: target.repo,
      pull_number: target.number,
      commit_id: target.commitId,
      event: 'COMMENT',
      body: `${REVIEW_MARKER}\nkops-preflight can fix ${missing.length === 1 ? 'this finding' : `these ${missing.length} findings`} mechanically; each suggestion below can be committed as it is.`,
      comments: missing.map((s) => ({
        path: s.path,
        line: s.line,
        side: 'RIGHT' as const,
        ...(s.startLine < s.line ? { start_line: s.startLine, start_side: 'RIGHT' as const } : {}),
        body: suggestionBody(s, escapeMarkdown),
      })),
    })
    return { action: 'created', url: data.html_url, added: missing.length, kept: present.size, removed }
  } catch (err) {
    return { action: 'failed', notice: reviewFailureNotice(err, step, target.number) }
  }
}

export function reviewFailureNotice(err: unknown, step: string, number: number): string {
  const status = statusOf(err)
  const why = describeApiError(err)
  const rest = 'The fixes are in the job summary; the check result is unchanged.'
  if (!isRateLimit(err) && (status === 401 || status === 403 || status === 404))
    return `No fix suggestions were posted: the token cannot ${step} pull request #${number} (${why}). Give the job \`permissions: pull-requests: write\`, or set \`comment-suggestions: false\`. ${rest}`
  return `No fix suggestions were posted: could not ${step} pull request #${number} (${why}). ${rest}`
}

/** The job summary section with the suggestions, for runs that cannot post them. */
export function renderSuggestionsMarkdown(suggestions: Suggestion[]): string {
  if (suggestions.length === 0) return ''
  const out = ['### Fixes kops-preflight can apply', '', 'Run `kops-preflight fix --write` locally, or apply these edits:', '']
  for (const s of suggestions) {
    const where = s.startLine === s.line ? `${s.line}` : `${s.startLine}-${s.line}`
    const fence = s.replacement.some((l) => l.startsWith('```')) ? '````' : '```'
    out.push(`- \`${escapeMarkdown(s.path)}\` line ${where} (\`${s.ruleId}\`): ${escapeMarkdown(s.description)}`, '', `  ${fence}yaml`, ...s.replacement.map((l) => `  ${l}`), `  ${fence}`, '')
  }
  return out.join('\n')
}
