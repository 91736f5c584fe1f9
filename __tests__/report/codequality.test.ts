// GitLab Code Quality report: one issue per head-side finding, severities mapped, fingerprints stable across edits.
import { describe, expect, test } from '@jest/globals'
import { CODE_QUALITY_SEVERITY, codeQualityIssues, renderCodeQuality } from '../../src/report/codequality.js'
import { render, REPORT_FORMATS } from '../../src/report/index.js'
import { fingerprintOf } from '../../src/report/sarif.js'
import type { CheckResult } from '../../src/result.js'
import { cleanDriftResult, finding, prResult, summaryOf } from './fixture.js'
import { expectGolden } from './golden.js'

function resultOf(findings: CheckResult['findings']): CheckResult {
  return { ...prResult, findings, summary: summaryOf(findings), suppressed: [] }
}

describe('renderCodeQuality', () => {
  test('pull request (golden)', () => expectGolden('pr.codequality.json', renderCodeQuality(prResult)))

  test('is a registered format', () => {
    expect(REPORT_FORMATS).toContain('codequality')
    expect(render('codequality', prResult)).toBe(renderCodeQuality(prResult))
  })

  test('a clean result is an empty array', () => {
    expect(renderCodeQuality(cleanDriftResult)).toBe('[]\n')
  })

  test('every open finding once, in report order; fixed ones are not on the head', () => {
    const issues = codeQualityIssues(prResult)
    const open = prResult.findings.filter((f) => f.status !== 'fixed')
    expect(open.length).toBeLessThan(prResult.findings.length)
    expect(issues).toHaveLength(open.length)
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length)
    expect(issues.map((i) => i.severity)).toEqual([...issues.map((i) => i.severity)].sort((a, b) => ['critical', 'major', 'info'].indexOf(a) - ['critical', 'major', 'info'].indexOf(b)))
  })

  test('one whole issue per severity', () => {
    const error = finding({ ruleId: 'nodeup-fails', status: 'new', message: 'nodeup fails.', file: 'clusters/a.yaml', line: 13, column: 17, cluster: 'a', instanceGroup: 'nodes', arch: 'amd64', subject: 'crictl' })
    const warning = finding({ ruleId: 'asset-changed', severity: 'warning', status: 'unchanged', message: 'containerd changes.', file: 'clusters/a.yaml', line: 20, column: 5, subject: 'containerd' })
    const notice = finding({ ruleId: 'kops-version-unknown', severity: 'notice', status: 'new', message: 'Unknown release.', file: '.tool-versions', line: 1, column: 6, subject: 'pin' })
    expect(codeQualityIssues(resultOf([notice, warning, error]))).toEqual([
      { description: 'nodeup fails.', check_name: 'nodeup-fails', fingerprint: fingerprintOf(error), severity: 'critical', location: { path: 'clusters/a.yaml', lines: { begin: 13 } } },
      { description: 'containerd changes.', check_name: 'asset-changed', fingerprint: fingerprintOf(warning), severity: 'major', location: { path: 'clusters/a.yaml', lines: { begin: 20 } } },
      { description: 'Unknown release.', check_name: 'kops-version-unknown', fingerprint: fingerprintOf(notice), severity: 'info', location: { path: '.tool-versions', lines: { begin: 1 } } },
    ])
    expect(CODE_QUALITY_SEVERITY).toEqual({ error: 'critical', warning: 'major', notice: 'info' })
  })

  test('the fingerprint survives a moved line and a new message, and repeats of one identity are told apart', () => {
    const base = finding({ ruleId: 'nodeup-fails', status: 'new', message: 'A.', file: 'c.yaml', line: 3, column: 1, subject: 's' })
    const moved = { ...base, line: 40, message: 'B.' }
    expect(codeQualityIssues(resultOf([base]))[0].fingerprint).toBe(codeQualityIssues(resultOf([moved]))[0].fingerprint)
    expect(codeQualityIssues(resultOf([base, moved])).map((i) => i.fingerprint)).toEqual([fingerprintOf(base), `${fingerprintOf(base)}-2`])
    const other = { ...base, subject: 't' }
    expect(codeQualityIssues(resultOf([other]))[0].fingerprint).not.toBe(fingerprintOf(base))
  })

  test('a repository-wide finding sits at the repository root, line 1', () => {
    const f = finding({ ruleId: 'kops-manifests-missing', status: 'new', message: 'No manifests.', file: '', line: 1, column: 1, subject: 'repo' })
    expect(codeQualityIssues(resultOf([f]))[0].location).toEqual({ path: '.', lines: { begin: 1 } })
  })

  test('long messages are cut to 4096 characters', () => {
    const f = finding({ ruleId: 'nodeup-fails', status: 'new', message: 'x'.repeat(5000), file: 'c.yaml', line: 1, column: 1 })
    const d = codeQualityIssues(resultOf([f]))[0].description
    expect([...d]).toHaveLength(4096)
    expect(d.endsWith('x…')).toBe(true)
  })

  test('suppressed findings are left out', () => {
    const f = finding({ ruleId: 'nodeup-fails', status: 'new', message: 'A.', file: 'c.yaml', line: 3, column: 1 })
    const r: CheckResult = { ...resultOf([]), suppressed: [{ finding: f, by: { kind: 'config', file: '.github/kops-preflight.yaml', line: 2, reason: 'ok', expires: null } }] }
    expect(codeQualityIssues(r)).toEqual([])
  })
})
