// Publishes a check result to GitHub Actions: annotations, the job summary, the JSON report file and step outputs.
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { planAnnotations, type Annotation } from '../report/annotations.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import type { CheckResult } from '../result.js'
import { UsageError } from '../inputs.js'

/**
 * The runner shows at most 10 annotations of each level per step and drops the rest. One error
 * slot is left for `core.setFailed`, which annotates too; the planner itself keeps a notice slot
 * for the overflow note.
 */
export const ANNOTATION_BUDGET_PER_LEVEL = 9

/** The runner rejects a step summary over 1 MiB; the margin leaves room for the rest of the step. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 64 * 1024

/** Emits the planned annotations and, when some findings did not fit, one notice saying how many. */
export function emitAnnotations(result: CheckResult): { emitted: number; overflow: number } {
  const { annotations, overflow } = planAnnotations(result, { perLevel: ANNOTATION_BUDGET_PER_LEVEL })
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
 * Appends the Markdown report to the job summary. A runner without a summary file is not a
 * reason to fail the check: it is reported as a warning and false is returned.
 */
export async function writeSummary(result: CheckResult): Promise<boolean> {
  const markdown = renderMarkdown(result, { maxBytes: SUMMARY_MAX_BYTES })
  try {
    await core.summary.addRaw(markdown, true).write()
    return true
  } catch (err) {
    core.summary.emptyBuffer()
    core.warning(`The job summary could not be written (${errorMessage(err)}), so the full list of findings is only in the report file and the outputs.`)
    return false
  }
}

/** Writes the JSON report to `path`, creating its directory. */
export async function writeReport(result: CheckResult, path: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, renderJson(result))
  } catch (err) {
    throw new UsageError(`Could not write report-file '${path}': ${errorMessage(err)}`, { cause: err })
  }
}

/** Sets every output declared in action.yml. */
export function setOutputs(result: CheckResult, reportFile: string): void {
  core.setOutput('errors', String(result.summary.errors))
  core.setOutput('warnings', String(result.summary.warnings))
  core.setOutput('notices', String(result.summary.notices))
  core.setOutput('new', String(result.summary.new))
  core.setOutput('base-kops-version', result.base?.kopsVersion ?? '')
  core.setOutput('head-kops-version', result.head.kopsVersion ?? '')
  core.setOutput('report-file', reportFile)
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
