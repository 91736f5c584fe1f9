// Tests for the plain-text report.
import { describe, expect, test } from '@jest/globals'
import { renderText } from '../../src/report/text.js'
import { cleanDriftResult, prResult, snapshotResult } from './fixture.js'
import { expectGolden } from './golden.js'

describe('renderText', () => {
  test('pull request (golden)', () => expectGolden('pr.txt', renderText(prResult)))
  test('snapshot (golden)', () => expectGolden('snapshot.txt', renderText(snapshotResult)))
  test('clean drift scan (golden)', () => expectGolden('drift-clean.txt', renderText(cleanDriftResult)))

  test('one line per finding, a blank line, then the summary', () => {
    const lines = renderText(prResult).split('\n')
    expect(lines).toHaveLength(prResult.findings.length + 3)
    expect(lines.at(-3)).toBe('')
    expect(lines.at(-2)).toBe('4 errors, 4 warnings, 3 notices (8 new, 3 unchanged, 2 fixed); kOps 1.28.1 → 1.29.0-beta.1')
    expect(lines.at(-1)).toBe('')
  })

  test('fixed findings come after every open one', () => {
    const lines = renderText(prResult).split('\n').slice(0, prResult.findings.length)
    const firstFixed = lines.findIndex((l) => l.endsWith(' (fixed)'))
    expect(firstFixed).toBe(prResult.findings.length - 2)
    expect(lines.slice(firstFixed).every((l) => l.endsWith(' (fixed)'))).toBe(true)
  })

  test('lines follow path:line:col: severity message [rule-id] (status)', () => {
    const lines = renderText(prResult).split('\n').slice(0, prResult.findings.length)
    for (const l of lines) expect(l).toMatch(/^.+:\d+:\d+: (error|warning|notice) .+ \[[a-z-]+\] \((new|unchanged|fixed)\)$/)
  })

  test('repository line breaks are escaped, not printed', () => {
    const out = renderText(prResult)
    expect(out).toContain('100% }}\\n::error::injected')
    expect(out).not.toContain('\n::error::')
  })

  test('a snapshot has no statuses', () => {
    expect(renderText(snapshotResult)).not.toMatch(/\((new|unchanged|fixed)\)/)
  })

  test('the input order does not matter', () => {
    const reversed = { ...prResult, findings: [...prResult.findings].reverse() }
    expect(renderText(reversed)).toBe(renderText(prResult))
  })
})
