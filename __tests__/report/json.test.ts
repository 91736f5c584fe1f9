// Tests for the JSON report: the documented interface, in the documented key order.
import { describe, expect, test } from '@jest/globals'
import { renderJson } from '../../src/report/json.js'
import { cleanDriftResult, prResult } from './fixture.js'
import { expectGolden } from './golden.js'

describe('renderJson', () => {
  test('pull request (golden)', () => expectGolden('pr.json', renderJson(prResult)))
  test('clean drift scan (golden)', () => expectGolden('drift-clean.json', renderJson(cleanDriftResult)))

  test('pretty-printed with two spaces and a trailing newline', () => {
    const out = renderJson(prResult)
    expect(out.endsWith('}\n')).toBe(true)
    expect(out.split('\n')[1]).toBe('  "schemaVersion": 1,')
  })

  test('keys in the interface order, additions after them', () => {
    const doc = JSON.parse(renderJson(prResult))
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'mode', 'base', 'head', 'findings', 'clusters', 'summary', 'target', 'suppressed'])
    expect(Object.keys(doc.base)).toEqual(['ref', 'kopsVersion'])
    expect(Object.keys(doc.findings[0])).toEqual([
      'ruleId', 'severity', 'status', 'message', 'file', 'line', 'column', 'endLine', 'endColumn',
      'cluster', 'instanceGroup', 'arch', 'kopsVersion', 'remediation', 'messageId', 'data', 'subject',
    ])
    expect(Object.keys(doc.clusters[0])).toEqual(['side', 'name', 'file', 'kopsVersion', 'kubernetesVersion', 'instanceGroups', 'evaluated', 'stoppedAt', 'containerdVersion'])
    expect(Object.keys(doc.summary)).toEqual(['errors', 'warnings', 'notices', 'new', 'unchanged', 'fixed', 'suppressed'])
  })

  test('round-trips every finding and the summary', () => {
    const doc = JSON.parse(renderJson(prResult))
    expect(doc.findings).toHaveLength(prResult.findings.length)
    expect(doc.summary).toEqual({ ...prResult.summary, suppressed: 0 })
    expect(doc.findings.map((f: { message: string }) => f.message).sort()).toEqual(prResult.findings.map((f) => f.message).sort())
  })

  test('findings in report order whatever the input order', () => {
    const reversed = { ...prResult, findings: [...prResult.findings].reverse() }
    expect(renderJson(reversed)).toBe(renderJson(prResult))
    const doc = JSON.parse(renderJson(prResult))
    expect(doc.findings.slice(0, 4).map((f: { severity: string }) => f.severity)).toEqual(['error', 'error', 'error', 'error'])
  })

  test('outside pull-request mode base is null', () => {
    const doc = JSON.parse(renderJson(cleanDriftResult))
    expect(doc.base).toBeNull()
    expect(doc.mode).toBe('drift')
    expect(doc.target).toEqual({ kopsVersion: '1.29.0' })
  })
})
