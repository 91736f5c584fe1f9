// Publishes a check result to GitHub Actions: annotations, the job summary, the JSON report file and step outputs.
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { planAnnotations, type Annotation } from '../report/annotations.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'
import type { CheckResult } from '../result.js'
import { UsageError } from '../inputs.js'
import { VERSION } from '../version.js'

/**
 * The runner shows at most 10 annotations of each level per step and drops the rest. One error
 * slot is left for `core.setFailed`, which annotates too; the planner itself keeps a notice slot
 * for the overflow note.
 */
export const ANNOTATION_BUDGET_PER_LEVEL = 9

/** The runner's limit of notices per step. */
export const NOTICES_PER_STEP = 10

/** The runner rejects a step summary over 1 MiB; the margin leaves room for the rest of the step. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 64 * 1024

/**
 * Emits the planned annotations and, when some findings did not fit, one notice saying how many.
 * `reservedNotices` keeps that many notice slots free for notices the step writes later (a
 * comment or issue that could not be written, a release lookup that failed): the lowest-ranked
 * finding notices make way and are counted in the overflow instead.
 */
export function emitAnnotations(result: CheckResult, opts: { reservedNotices?: number } = {}): { emitted: number; overflow: number } {
  const plan = planAnnotations(result, { perLevel: ANNOTATION_BUDGET_PER_LEVEL })
  let annotations = plan.annotations
  let overflow = plan.overflow
  const room = NOTICES_PER_STEP - Math.max(0, opts.reservedNotices ?? 0)
  let notices = annotations.filter((a) => a.level === 'notice').length
  while (notices > 0 && notices + (overflow > 0 ? 1 : 0) > room) {
    const last = annotations.map((a) => a.level).lastIndexOf('notice')
    annotations = [...annotations.slice(0, last), ...annotations.slice(last + 1)]
    notices--
    overflow++
  }
  for (const a of annotations) core[a.level](a.message, annotationProperties(a))
  if (overflow > 0) {
    const noun = overflow === 1 ? 'finding is' : 'findings are'
    core.notice(`${overflow} more ${noun} in the job summary`, { title: 'kops-preflight' })
  }
  return { emitted: annotations.length, overflow }
}

/** An annotation without a file has no position; columns are only valid on a single-line annotation. */
function annotationProperties(a: Annotation): core.AnnotationProperties {
  if (a.file === '') return { title: a.title }
  const props: core.AnnotationProperties = { title: a.title, file: a.file, startLine: a.startLine }
  if (a.endLine !== undefined) props.endLine = a.endLine
  if (a.endLine === undefined || a.endLine === a.startLine) {
    if (a.startColumn !== undefined) props.startColumn = a.startColumn
    if (a.endColumn !== undefined) props.endColumn = a.endColumn
  }
  return props
}

/**
 * Appends the Markdown report to the job summary, followed by `appendix` (more sections, already
 * Markdown) within the same budget. A runner without a summary file is not a reason to fail the
 * check: it is reported as a warning and false is returned.
 */
/** Appends a section to the job summary already written; false (with a warning) when it cannot be written. */
export async function appendSummary(markdown: string): Promise<boolean> {
  if (markdown === '') return true
  try {
    await core.summary.addRaw(`\n${markdown}`, true).write()
    return true
  } catch (err) {
    core.summary.emptyBuffer()
    core.warning(`The job summary could not be extended (${errorMessage(err)}).`)
    return false
  }
}

export async function writeSummary(result: CheckResult, appendix = ''): Promise<boolean> {
  const extra = appendix === '' ? '' : `\n${appendix}`
  const report = renderMarkdown(result, { maxBytes: SUMMARY_MAX_BYTES - Buffer.byteLength(extra, 'utf8') })
  const markdown = report + extra
  try {
    await core.summary.addRaw(markdown, true).write()
    return true
  } catch (err) {
    core.summary.emptyBuffer()
    core.warning(`The job summary could not be written (${errorMessage(err)}), so the full list of findings is only in the report file and the outputs.`)
    return false
  }
}

/**
 * Writes the JSON report to `path`, creating its directory. `extra` fields (the action's additions,
 * such as `mirror`) follow the interface's fields.
 */
export async function writeReport(result: CheckResult, path: string, extra: Record<string, unknown> = {}): Promise<void> {
  let text = renderJson(result)
  if (Object.keys(extra).length > 0) text = `${JSON.stringify({ ...JSON.parse(text), ...extra }, null, 2)}\n`
  try {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text)
  } catch (err) {
    throw new UsageError(`Could not write report-file '${path}': ${errorMessage(err)}`, { cause: err })
  }
}

/** Writes the SARIF report (for github/codeql-action/upload-sarif) to `path`, creating its directory. */
export async function writeSarif(result: CheckResult, path: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, renderSarif(result, { toolVersion: VERSION }))
  } catch (err) {
    throw new UsageError(`Could not write sarif-file '${path}': ${errorMessage(err)}`, { cause: err })
  }
}

/** Outputs that only some runs produce; empty when not produced. */
export interface ExtraOutputs {
  targetKopsVersion?: string | null
  sarifFile?: string | null
  commentUrl?: string | null
  issueUrl?: string | null
  assetsToMirror?: number | null
}

/** Sets every output declared in action.yml. */
export function setOutputs(result: CheckResult, reportFile: string, extra: ExtraOutputs = {}): void {
  core.setOutput('errors', String(result.summary.errors))
  core.setOutput('warnings', String(result.summary.warnings))
  core.setOutput('notices', String(result.summary.notices))
  core.setOutput('new', String(result.summary.new))
  core.setOutput('base-kops-version', result.base?.kopsVersion ?? '')
  core.setOutput('head-kops-version', result.head.kopsVersion ?? '')
  core.setOutput('report-file', reportFile)
  core.setOutput('target-kops-version', extra.targetKopsVersion ?? result.target?.kopsVersion ?? '')
  core.setOutput('sarif-file', extra.sarifFile ?? '')
  core.setOutput('comment-url', extra.commentUrl ?? '')
  core.setOutput('issue-url', extra.issueUrl ?? '')
  core.setOutput('assets-to-mirror', extra.assetsToMirror === null || extra.assetsToMirror === undefined ? '' : String(extra.assetsToMirror))
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
