// The action's run(): inputs → the two sides of the event → the check → annotations, summary, reports, comment, issue and outputs.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { runCheck, type CheckInput } from './check.js'
import { failingFindings } from './fail-on.js'
import { createClient, type GitHubClient } from './github/client.js'
import { PULL_REQUEST_EVENTS, pullRequestNumber, readOnlyReason, repositoryOf, runUrl, type Repository } from './github/event.js'
import { upsertPullRequestComment } from './github/pr-comment.js'
import { resolveLatest } from './github/releases.js'
import { syncTrackingIssue } from './github/tracking-issue.js'
import { renderSuggestionsMarkdown, syncSuggestions } from './github/review.js'
import { suggestionsFor, type Suggestion } from './fixes/suggestions.js'
import { PathError, planPath, type PathResult } from './path/index.js'
import { renderPathJson, renderPathMarkdown } from './path/render.js'
import { getInputs, UsageError, type ActionInputs } from './inputs.js'
import { mirrorAssets, mirrorJson, renderMirrorMarkdown, type MirrorPlan } from './report/mirror.js'
import { readGitSide, readWorktreeSide } from './repo/git.js'
import { resolvePullRequestRefs } from './repo/pr-refs.js'
import type { ReadOptions, RepoSide } from './repo/side.js'
import type { CheckResult } from './result.js'
import { appendSummary, emitAnnotations, setOutputs, writeReport, writeSarif, writeSummary, type ExtraOutputs } from './sinks/github.js'
import { VERSION } from './version.js'

interface Event {
  name: string
  payload: any
}

/** Runs the check for the current workflow event; every failure ends in one `core.setFailed`. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    const event: Event = { name: github.context.eventName, payload: github.context.payload }
    const api = lazyClient(inputs.token)
    const drift = isDriftRun(inputs, event)
    const commentPlan = planComment(inputs, event)
    const issueWanted = planIssue(inputs, drift)
    const refresh = drift && inputs.targetKopsVersion === 'latest' && inputs.refreshReleases

    let targetKopsVersion: string | null = null
    const pending: string[] = []
    if (drift) {
      const client = refresh ? api.get() : null
      if (refresh && client === null) pending.push('refresh-releases needs github-token to look up the newest kOps release; using the newest release kops-preflight models.')
      const latest = inputs.targetKopsVersion === 'latest' ? await resolveLatest(client) : null
      if (latest?.notice) pending.push(latest.notice)
      if (latest?.info) core.info(latest.info)
      targetKopsVersion = latest ? latest.version : inputs.targetKopsVersion
    } else if (inputs.refreshReleases) {
      core.info('refresh-releases only applies to drift scans with target-kops-version: latest.')
    }

    const input = await readSides(inputs, event, targetKopsVersion)
    const analysis = runCheck({ ...input, config: inputs.config })
    const result = analysis.result
    logResult(result)

    const mirror: MirrorPlan | null = drift && analysis.base ? mirrorAssets(analysis.base, analysis.head) : null
    if (mirror) core.info(`${mirror.assets.length} asset(s) of kOps ${mirror.kopsVersion ?? 'unknown'} are not in use yet and need mirroring to spec.assets.fileRepository.`)

    const suggestionPlan = planSuggestions(inputs, event)
    const suggestions = suggestionPlan.kind !== 'skip' && input.base ? suggestionsFor(result.findings, input.head.files, input.base.files) : []
    const reserved =
      (commentPlan.kind === 'post' || commentPlan.kind === 'notice' ? 1 : 0) + (issueWanted ? 1 : 0) + (refresh ? 1 : 0) + (suggestions.length > 0 && suggestionPlan.kind !== 'skip' ? 1 : 0)
    emitAnnotations(result, { reservedNotices: reserved })
    for (const n of pending) core.notice(n, { title: 'kops-preflight' })

    const path = drift ? upgradePath(input, targetKopsVersion) : null
    const mirrorSection = renderMirrorMarkdown(mirror) + (path ? `\n${renderPathMarkdown(path)}` : '')
    await writeSummary(result, mirrorSection)
    await writeReport(result, inputs.reportFile, drift ? { mirror: mirrorJson(mirror), ...(path ? { path: JSON.parse(renderPathJson(path)) } : {}) } : {})
    if (inputs.sarifFile) await writeSarif(result, inputs.sarifFile)

    const extra: ExtraOutputs = { targetKopsVersion, sarifFile: inputs.sarifFile, assetsToMirror: mirror ? mirror.assets.length : null }
    extra.commentUrl = await publishComment(commentPlan, api, inputs, result)
    await publishSuggestions(suggestionPlan, api, suggestions)
    if (issueWanted) extra.issueUrl = await publishIssue(api, inputs, event, result, mirrorSection)
    setOutputs(result, inputs.reportFile, extra)

    const failing = failingFindings(result.findings, inputs.failOn)
    if (failing.length > 0) {
      const noun = failing.length === 1 ? 'finding' : 'findings'
      core.setFailed(`${failing.length} ${noun} at or above fail-on '${inputs.failOn}' on the head side. See the annotations and the job summary.`)
    }
  } catch (err) {
    core.setFailed(failureMessage(err))
  }
}

/** Drift scans also plan the upgrade path from the pinned release to the target, every step simulated. */
function upgradePath(input: CheckInput, target: string | null): PathResult | null {
  try {
    return planPath(input.head.files, { to: target, kopsVersion: input.head.kopsVersion ?? null })
  } catch (err) {
    if (!(err instanceof PathError)) throw err
    core.info(`No upgrade path in the report: ${err.message}.`)
    return null
  }
}

/** The API client, created on first use; null without a token. */
function lazyClient(token: string): { get(): GitHubClient | null } {
  let client: GitHubClient | null | undefined
  return {
    get() {
      if (client === undefined) client = token === '' ? null : createClient(token)
      return client
    },
  }
}

/** A drift scan: a target release is set and the event has no pull request to compare. */
function isDriftRun(inputs: ActionInputs, event: Event): boolean {
  if (inputs.targetKopsVersion === null) return false
  if (PULL_REQUEST_EVENTS.has(event.name)) {
    core.info(`target-kops-version '${inputs.targetKopsVersion}' is not used on ${event.name} events: they compare the pull request's base and head.`)
    return false
  }
  return true
}

type CommentPlan = { kind: 'skip' } | { kind: 'notice'; text: string } | { kind: 'post'; repository: Repository; number: number }

/** Whether to post the sticky comment, and if not, whether the workflow should hear why. */
function planComment(inputs: ActionInputs, event: Event): CommentPlan {
  if (inputs.comment === 'false') return { kind: 'skip' }
  const number = pullRequestNumber(event.name, event.payload)
  if (number === null) {
    if (inputs.comment === 'true') core.info(`comment: true has no effect on ${event.name} events: there is no pull request to comment on.`)
    return { kind: 'skip' }
  }
  const fullReport = 'The annotations and the job summary have the full report; the check result is unchanged.'
  if (inputs.token === '') {
    if (inputs.comment === 'auto') {
      core.info('No pull request comment: github-token is empty.')
      return { kind: 'skip' }
    }
    return { kind: 'notice', text: `No pull request comment was posted: github-token is empty, so the GitHub API cannot be used. ${fullReport}` }
  }
  const repository = repositoryOf(event.payload)
  if (repository === null) return { kind: 'notice', text: `No pull request comment was posted: GITHUB_REPOSITORY is not set. ${fullReport}` }
  if (inputs.comment === 'auto') {
    const reason = readOnlyReason(event.name, event.payload)
    if (reason !== null) return { kind: 'notice', text: `No pull request comment was posted: ${reason}. ${fullReport} Set comment: false to leave this note out.` }
  }
  return { kind: 'post', repository, number }
}

type SuggestionPlan = { kind: 'skip' } | { kind: 'summary'; text: string } | { kind: 'post'; repository: Repository; number: number; commitId: string }

/** Whether the fix suggestions go to a pull request review, or (read-only token) to the job summary with a notice. */
function planSuggestions(inputs: ActionInputs, event: Event): SuggestionPlan {
  if (inputs.commentSuggestions === 'false') return { kind: 'skip' }
  const number = pullRequestNumber(event.name, event.payload)
  const commitId = event.payload?.pull_request?.head?.sha
  if (number === null || typeof commitId !== 'string') return { kind: 'skip' }
  const toSummary = 'The fixes are in the job summary.'
  if (inputs.token === '') return { kind: 'summary', text: `No fix suggestions were posted: github-token is empty. ${toSummary}` }
  const repository = repositoryOf(event.payload)
  if (repository === null) return { kind: 'summary', text: `No fix suggestions were posted: GITHUB_REPOSITORY is not set. ${toSummary}` }
  if (inputs.commentSuggestions === 'auto') {
    const reason = readOnlyReason(event.name, event.payload)
    if (reason !== null) return { kind: 'summary', text: `No fix suggestions were posted: ${reason}. ${toSummary}` }
  }
  return { kind: 'post', repository, number, commitId }
}

/**
 * Posts or keeps the suggestions. Without any, the API is not called: suggestions of earlier runs whose lines have
 * changed since are shown as outdated by GitHub itself.
 */
async function publishSuggestions(plan: SuggestionPlan, api: { get(): GitHubClient | null }, suggestions: Suggestion[]): Promise<void> {
  if (plan.kind === 'skip' || suggestions.length === 0) return
  if (plan.kind === 'post') {
    const client = api.get() as GitHubClient
    const outcome = await syncSuggestions(client, { ...plan.repository, number: plan.number, commitId: plan.commitId }, suggestions)
    switch (outcome.action) {
      case 'created':
        core.info(`Fix suggestions: review with ${outcome.added} new suggestion(s), ${outcome.kept} kept, ${outcome.removed} removed: ${outcome.url}`)
        return
      case 'kept':
        core.info(`Fix suggestions: ${outcome.kept} kept, ${outcome.removed} removed.`)
        return
      case 'none':
        if (outcome.removed > 0) core.info(`Fix suggestions: ${outcome.removed} outdated suggestion(s) removed.`)
        return
      case 'failed':
        core.notice(outcome.notice, { title: 'kops-preflight' })
        await appendSummary(renderSuggestionsMarkdown(suggestions))
        return
    }
  }
  core.notice(plan.text, { title: 'kops-preflight' })
  await appendSummary(renderSuggestionsMarkdown(suggestions))
}

function planIssue(inputs: ActionInputs, drift: boolean): boolean {
  if (!inputs.issue) return false
  if (!drift) {
    core.info('issue: true only applies to drift scans: target-kops-version on a run without a pull request (schedule, workflow_dispatch).')
    return false
  }
  return true
}

async function publishComment(plan: CommentPlan, api: { get(): GitHubClient | null }, inputs: ActionInputs, result: CheckResult): Promise<string | null> {
  if (plan.kind === 'skip') return null
  if (plan.kind === 'notice') {
    core.notice(plan.text, { title: 'kops-preflight' })
    return null
  }
  const client = api.get() as GitHubClient
  const outcome = await upsertPullRequestComment(client, { ...plan.repository, number: plan.number, runUrl: runUrl(), failOn: inputs.failOn }, result)
  switch (outcome.action) {
    case 'failed':
      core.notice(outcome.notice, { title: 'kops-preflight' })
      return null
    case 'none':
      core.info(`No pull request comment: ${outcome.reason}.`)
      return null
    default: {
      const what = outcome.allClear ? 'all-clear' : 'report'
      core.info(`Pull request comment ${outcome.action} (${what}): ${outcome.url}`)
      if (outcome.removedDuplicates > 0) core.info(`Removed ${outcome.removedDuplicates} duplicate comment(s).`)
      return outcome.url
    }
  }
}

async function publishIssue(api: { get(): GitHubClient | null }, inputs: ActionInputs, event: Event, result: CheckResult, appendix: string): Promise<string | null> {
  const fullReport = 'The job summary and the report file have the full drift report; the check result is unchanged.'
  const client = api.get()
  const repository = repositoryOf(event.payload)
  if (client === null || repository === null) {
    const why = client === null ? 'github-token is empty' : 'GITHUB_REPOSITORY is not set'
    core.notice(`No tracking issue was updated: ${why}. ${fullReport}`, { title: 'kops-preflight' })
    return null
  }
  const outcome = await syncTrackingIssue(client, { ...repository, runUrl: runUrl(), failOn: inputs.failOn, appendix }, result)
  switch (outcome.action) {
    case 'failed':
      core.notice(outcome.notice, { title: 'kops-preflight' })
      return null
    case 'none':
      core.info(`No tracking issue: ${outcome.reason}.`)
      return null
    default:
      core.info(`Tracking issue #${outcome.number} ${outcome.action}: ${outcome.url}`)
      return outcome.url
  }
}

/**
 * Pull request and merge queue events compare the merge's base with its head, both read from git;
 * any other event checks the working tree alone. Failures here come from the checkout (no
 * repository, too shallow a clone), so they are reported as the workflow's to fix.
 */
async function readSides(inputs: ActionInputs, event: Event, targetKopsVersion: string | null): Promise<CheckInput> {
  const dir = inputs.workingDirectory
  // A `paths` selection must not leave out the suppression config the check reads from the same files.
  const paths = inputs.paths.length > 0 && !inputs.paths.includes(inputs.config.path) ? [...inputs.paths, inputs.config.path] : inputs.paths
  const opts: ReadOptions = { paths, maxBytes: inputs.maxFileSize }
  try {
    const refs = await resolvePullRequestRefs(dir, event)
    if (refs.mode === 'pull-request') {
      core.info(`Comparing base ${refs.base} (${refs.how}) with head ${refs.head}.`)
      const [base, head] = await Promise.all([readGitSide(dir, refs.base, opts), readGitSide(dir, refs.head, opts)])
      logSkipped('base', base)
      logSkipped('head', head)
      return {
        base: { ref: base.ref, files: base.files, skipped: base.skipped, kopsVersion: inputs.baseKopsVersion },
        head: { ref: head.ref, files: head.files, skipped: head.skipped, kopsVersion: inputs.kopsVersion },
      }
    }
    if (targetKopsVersion !== null) core.info(`Drift scan of the working tree at ${refs.head}: the pinned kOps release against kOps ${targetKopsVersion}.`)
    else core.info(`Checking the working tree at ${refs.head} (${event.name} event: no base to compare with).`)
    if (inputs.baseKopsVersion !== null) {
      core.info(`base-kops-version '${inputs.baseKopsVersion}' is not used: only pull_request and merge_group events have a base side.`)
    }
    const head = await readWorktreeSide(dir, opts)
    logSkipped('head', head)
    return { base: null, head: { ref: head.ref, files: head.files, skipped: head.skipped, kopsVersion: inputs.kopsVersion }, targetKopsVersion }
  } catch (err) {
    if (isProgrammingError(err)) throw err
    const message = errorMessage(err)
    if (!/not a git repository/i.test(message)) throw new UsageError(message, { cause: err })
    throw new UsageError(`${message.replace(/\.?$/, '.')} Run actions/checkout (with fetch-depth: 2) before this step, or point working-directory at the checkout.`, { cause: err })
  }
}

function logSkipped(side: 'base' | 'head', read: RepoSide): void {
  for (const s of read.skipped) core.debug(`${side}: skipped ${s.path} (${s.reason})`)
  if (read.skipped.length > 0)
    core.info(`${side}: ${read.skipped.length} file(s) were not read (too large, binary, unreadable, symlinks or absent from a partial clone); those that could hold kOps input are file-not-checked findings, debug logging lists all.`)
}

function logResult(result: CheckResult): void {
  const v = (x: string | null | undefined) => x ?? 'unknown'
  const sides = result.target
    ? `pinned kOps ${v(result.head.kopsVersion)}, target kOps ${v(result.target.kopsVersion)}`
    : `${result.base ? `base kOps ${v(result.base.kopsVersion)}, ` : ''}head kOps ${v(result.head.kopsVersion)}`
  const s = result.summary
  core.info(`${sides}: ${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s); ${s.new} new, ${s.unchanged} unchanged, ${s.fixed} fixed.`)
}

function failureMessage(err: unknown): string {
  if (err instanceof UsageError) return err.message
  if (err instanceof Error && err.stack) core.info(err.stack)
  return `kops-preflight ${VERSION} failed unexpectedly: ${errorMessage(err).replace(/\.$/, '')}. This is a bug; please report it with the step log.`
}

function isProgrammingError(err: unknown): boolean {
  return err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError || err instanceof SyntaxError
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
