// GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array with one issue per open finding.
import type { CheckResult } from '../result.js'
import type { Finding, Severity } from '../types.js'
import { sortedFindings } from './common.js'
import { fingerprintOf } from './sarif.js'

/** GitLab's scale is info, minor, major, critical, blocker. */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker'

/**
 * An error means `kops update cluster` or nodeup of the release would fail (nodes do not join), so
 * critical; a warning (a changed or unverifiable asset, a deprecation) is major; a notice is info.
 * Blocker is left for the reviewer's own policy: GitLab does not gate merges on severity.
 */
export const CODE_QUALITY_SEVERITY: Record<Severity, CodeQualitySeverity> = { error: 'critical', warning: 'major', notice: 'info' }

/** GitLab shows descriptions in one line of the merge request widget; longer ones are cut here. */
export const MAX_CODE_QUALITY_DESCRIPTION = 4096

/** Where a finding without a file position (a repository-wide problem) is placed: the repository root. */
export const REPOSITORY_PATH = '.'

export interface CodeQualityIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: CodeQualitySeverity
  location: { path: string; lines: { begin: number } }
}

function truncate(s: string, max: number): string {
  const chars = [...s]
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`
}

/**
 * The head side's findings (new and unchanged; fixed and suppressed ones are not on the head) in
 * report order. The fingerprint is the finding's identity (rule, file, cluster, instance group, arch,
 * subject; never its line or message, as in SARIF), so GitLab matches the same problem between the
 * merge request's base and head pipelines; repeats of one identity get `-2`, `-3`… appended.
 */
export function codeQualityIssues(result: CheckResult): CodeQualityIssue[] {
  const seen = new Map<string, number>()
  return sortedFindings(result.findings)
    .filter((f) => f.status !== 'fixed')
    .map((f: Finding) => {
      const id = fingerprintOf(f)
      const n = (seen.get(id) ?? 0) + 1
      seen.set(id, n)
      return {
        description: truncate(f.message, MAX_CODE_QUALITY_DESCRIPTION),
        check_name: f.ruleId,
        fingerprint: n === 1 ? id : `${id}-${n}`,
        severity: CODE_QUALITY_SEVERITY[f.severity],
        location: f.file === '' ? { path: REPOSITORY_PATH, lines: { begin: 1 } } : { path: f.file, lines: { begin: f.line } },
      }
    })
}

export function renderCodeQuality(result: CheckResult): string {
  return `${JSON.stringify(codeQualityIssues(result), null, 2)}\n`
}
