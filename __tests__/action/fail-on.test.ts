// shouldFail / failingFindings: the fail-on threshold over head-side findings.
import { describe, expect, it } from '@jest/globals'
import { failingFindings, FAIL_ON_VALUES, isFailOn, shouldFail } from '../../src/fail-on.js'
import type { FailOn, Finding, FindingStatus, Severity } from '../../src/types.js'

function finding(severity: Severity, status: FindingStatus): Finding {
  return {
    ruleId: 'nodeup-fails',
    severity,
    status,
    message: 'm',
    remediation: '',
    messageId: 'm',
    data: {},
    file: 'clusters/prod.yaml',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    cluster: null,
    instanceGroup: null,
    arch: null,
    kopsVersion: null,
    subject: `${severity}-${status}`,
  }
}

describe('shouldFail', () => {
  it.each<[FailOn, Severity, boolean]>([
    ['error', 'error', true],
    ['error', 'warning', false],
    ['error', 'notice', false],
    ['warning', 'error', true],
    ['warning', 'warning', true],
    ['warning', 'notice', false],
    ['notice', 'error', true],
    ['notice', 'warning', true],
    ['notice', 'notice', true],
    ['never', 'error', false],
    ['never', 'notice', false],
  ])('fail-on %s with a new %s finding: %s', (failOn, severity, expected) => {
    expect(shouldFail([finding(severity, 'new')], failOn)).toBe(expected)
  })

  it('counts unchanged findings: they are still on the head side', () => {
    expect(shouldFail([finding('error', 'unchanged')], 'error')).toBe(true)
  })

  it('never counts fixed findings', () => {
    for (const failOn of FAIL_ON_VALUES) expect(shouldFail([finding('error', 'fixed'), finding('notice', 'fixed')], failOn)).toBe(false)
  })

  it('does not fail without findings', () => {
    expect(shouldFail([], 'notice')).toBe(false)
  })
})

describe('failingFindings', () => {
  it('keeps the head-side findings at or above the threshold, in order', () => {
    const list = [finding('error', 'fixed'), finding('warning', 'new'), finding('notice', 'unchanged'), finding('error', 'unchanged')]
    expect(failingFindings(list, 'warning').map((f) => f.subject)).toEqual(['warning-new', 'error-unchanged'])
  })
})

describe('isFailOn', () => {
  it('accepts exactly the documented values', () => {
    expect(FAIL_ON_VALUES).toEqual(['error', 'warning', 'notice', 'never'])
    expect(FAIL_ON_VALUES.every(isFailOn)).toBe(true)
    expect(isFailOn('fatal')).toBe(false)
    expect(isFailOn('Error')).toBe(false)
  })
})
