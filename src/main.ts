// The action's run(): inputs → the two sides of the event → the check → annotations, summary, report and outputs.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { runCheck, type CheckInput } from './check.js'
import { failingFindings } from './fail-on.js'
import { getInputs, UsageError, type ActionInputs } from './inputs.js'
import { readGitSide, readWorktreeSide } from './repo/git.js'
import { resolvePullRequestRefs } from './repo/pr-refs.js'
import { DEFAULT_MAX_BYTES, type ReadOptions, type RepoSide } from './repo/side.js'
import type { CheckResult } from './result.js'
import { emitAnnotations, setOutputs, writeReport, writeSummary } from './sinks/github.js'
import { VERSION } from './version.js'

/** Runs the check for the current workflow event; every failure ends in one `core.setFailed`. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    const input = await readSides(inputs)
    const { result } = runCheck(input)
    logResult(result)

    emitAnnotations(result)
    await writeSummary(result)
    await writeReport(result, inputs.reportFile)
    setOutputs(result, inputs.reportFile)

    const failing = failingFindings(result.findings, inputs.failOn)
    if (failing.length > 0) {
      const noun = failing.length === 1 ? 'finding' : 'findings'
      core.setFailed(`${failing.length} ${noun} at or above fail-on '${inputs.failOn}' on the head side. See the annotations and the job summary.`)
    }
  } catch (err) {
    core.setFailed(failureMessage(err))
  }
}

/**
 * Pull request and merge queue events compare the merge's base with its head, both read from git;
 * any other event checks the working tree alone. Failures here come from the checkout (no
 * repository, too shallow a clone), so they are reported as the workflow's to fix.
 */
async function readSides(inputs: ActionInputs): Promise<CheckInput> {
  const dir = inputs.workingDirectory
  const opts: ReadOptions = { paths: inputs.paths, maxBytes: DEFAULT_MAX_BYTES }
  try {
    const refs = await resolvePullRequestRefs(dir, { name: github.context.eventName, payload: github.context.payload })
    if (refs.mode === 'pull-request') {
      core.info(`Comparing base ${refs.base} (${refs.how}) with head ${refs.head}.`)
      const [base, head] = await Promise.all([readGitSide(dir, refs.base, opts), readGitSide(dir, refs.head, opts)])
      logSkipped('base', base)
      logSkipped('head', head)
      return {
        base: { ref: base.ref, files: base.files, kopsVersion: inputs.baseKopsVersion },
        head: { ref: head.ref, files: head.files, kopsVersion: inputs.kopsVersion },
      }
    }
    core.info(`Checking the working tree at ${refs.head} (${github.context.eventName} event: no base to compare with).`)
    if (inputs.baseKopsVersion !== null) {
      core.info(`base-kops-version '${inputs.baseKopsVersion}' is not used: only pull_request and merge_group events have a base side.`)
    }
    const head = await readWorktreeSide(dir, opts)
    logSkipped('head', head)
    return { base: null, head: { ref: head.ref, files: head.files, kopsVersion: inputs.kopsVersion } }
  } catch (err) {
    if (isProgrammingError(err)) throw err
    const message = errorMessage(err)
    if (!/not a git repository/i.test(message)) throw new UsageError(message, { cause: err })
    throw new UsageError(`${message.replace(/\.?$/, '.')} Run actions/checkout (with fetch-depth: 2) before this step, or point working-directory at the checkout.`, { cause: err })
  }
}

function logSkipped(side: 'base' | 'head', read: RepoSide): void {
  for (const s of read.skipped) core.debug(`${side}: skipped ${s.path} (${s.reason})`)
  if (read.skipped.length > 0) core.info(`${side}: ${read.skipped.length} file(s) were not read (too large, binary or unreadable); run with debug logging to list them.`)
}

function logResult(result: CheckResult): void {
  const base = result.base ? `base kOps ${result.base.kopsVersion ?? 'unknown'}, ` : ''
  const s = result.summary
  core.info(`${base}head kOps ${result.head.kopsVersion ?? 'unknown'}: ${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s); ${s.new} new, ${s.unchanged} unchanged, ${s.fixed} fixed.`)
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
