// Plain-text report for terminals and logs: one line per finding, then a one-line summary.
import type { CheckResult } from '../result.js'
import type { Finding } from '../types.js'
import { comparesSides, countsLabel, kopsLabel, mergeAssetChanges, sortedFindings, stopNotes } from './common.js'
import { escapeTextLine } from './escape.js'

/*
 * Format (one finding per line, then a blank line and the summary):
 *
 *   clusters/prod.yaml:14:7: error nodeup of kOps 1.29.0 would fail … [nodeup-fails] (new)
 *   .tool-versions:1:6: warning kOps 1.29.0-beta.1 is not a kOps release; … [kops-version-unknown] (unchanged)
 *   clusters/prod.yaml:30:5: warning The template expression … [manifest-not-evaluated] (fixed)
 *
 *   1 error, 2 warnings, 0 notices (1 new, 1 unchanged, 1 fixed); kOps 1.28.1 → 1.29.0-beta.1
 *   2 suppressed
 *   cluster prod.example.com (head, kOps 1.29.0-beta.1): kops update cluster refuses the spec in API validation. kOps stops here; later steps were not simulated.
 *
 * - `path:line:col: severity message [rule-id]` exactly as the interface specifies (compilers and
 *   actionlint print the same), so line-oriented tools keep working; the status follows in parentheses.
 * - The status is printed only when two sides were compared (pull-request and drift modes); in a
 *   snapshot every finding is simply present, and the summary has no status counts either.
 * - Open findings come first (errors, warnings, notices; new before unchanged; then by position),
 *   fixed findings last in the same order.
 * - A finding with no file is shown at `(repository)`.
 * - Findings removed by a suppression are not listed; a line counts them, when there are any.
 * - A cluster where kOps stops before nodeup (evaluated `stopped`) gets a last line saying where.
 * - The same asset change in several clusters is one line, at its first place, naming the clusters.
 * - Every line is printable: line breaks and control characters from the repository are shown escaped.
 */
function findingLine(f: Finding, withStatus: boolean, message = f.message): string {
  const where = f.file === '' ? '(repository)' : `${escapeTextLine(f.file)}:${f.line}:${f.column}`
  const status = withStatus ? ` (${f.status})` : ''
  const line = `${where}: ${f.severity} ${escapeTextLine(message)} [${escapeTextLine(f.ruleId)}]${status}`
  if (f.fix) return `${line}\n    fix (kops-preflight fix --write): ${escapeTextLine(f.fix.description)}`
  if (f.alternativeFixes?.length) return `${line}\n${f.alternativeFixes.map((x) => `    possible fix: ${escapeTextLine(x.description)}`).join('\n')}`
  return line
}

export function renderText(result: CheckResult): string {
  const withStatus = comparesSides(result)
  const sorted = sortedFindings(result.findings)
  const ordered = [...sorted.filter((f) => f.status !== 'fixed'), ...sorted.filter((f) => f.status === 'fixed')]
  const { merged, absorbed } = mergeAssetChanges(sorted)
  const lines = ordered.filter((f) => !absorbed.has(f)).map((f) => findingLine(f, withStatus, merged.get(f)?.message))
  if (lines.length > 0) lines.push('')
  lines.push(`${countsLabel(result.summary, withStatus)}; ${escapeTextLine(kopsLabel(result))}`)
  const suppressed = result.suppressed?.length ?? 0
  if (suppressed > 0) lines.push(`${suppressed} suppressed`)
  for (const note of stopNotes(result)) lines.push(escapeTextLine(note))
  return `${lines.join('\n')}\n`
}
