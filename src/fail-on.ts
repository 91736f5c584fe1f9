// The `fail-on` threshold: which head-side findings make the action step or the CLI fail.
import type { FailOn, Finding, Severity } from './types.js'

/** Every accepted `fail-on` value, strictest first. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'notice', 'never']

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/** Whether `value` is one of FAIL_ON_VALUES. */
export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON_VALUES as readonly string[]).includes(value)
}

/**
 * The findings that count against `failOn`: present on the head side (status `new` or
 * `unchanged`; `fixed` findings exist only on the base) and at or above the threshold.
 * `never` selects none.
 */
export function failingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'never') return []
  const limit = RANK[failOn]
  return findings.filter((f) => f.status !== 'fixed' && RANK[f.severity] <= limit)
}

/** True when at least one head-side finding is at or above `failOn`. */
export function shouldFail(findings: readonly Finding[], failOn: FailOn): boolean {
  return failingFindings(findings, failOn).length > 0
}
