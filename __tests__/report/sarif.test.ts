// Tests for the SARIF 2.1.0 report: structure code scanning requires, stable fingerprints and limits.
import { describe, expect, test } from '@jest/globals'
import { RULES } from '../../src/rules/index.js'
import { MAX_SARIF_RESULTS, fingerprintOf, renderSarif } from '../../src/report/sarif.js'
import type { Finding } from '../../src/types.js'
import { HOSTILE_FILE, finding, prResult, summaryOf } from './fixture.js'
import { expectGolden } from './golden.js'

const parse = (s: string): any => JSON.parse(s)

describe('renderSarif: structure', () => {
  const out = renderSarif(prResult)
  const doc = parse(out)
  const run = doc.runs[0]

  test('pull request (golden)', () => expectGolden('pr.sarif.json', out))

  test('top level: $schema, version 2.1.0, one run', () => {
    expect(doc.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json')
    expect(doc.version).toBe('2.1.0')
    expect(doc.runs).toHaveLength(1)
    expect(out.endsWith('}\n')).toBe(true)
  })

  test('driver: name, informationUri and every registry rule', () => {
    const { driver } = run.tool
    expect(driver.name).toBe('kops-preflight')
    expect(driver.informationUri).toMatch(/^https:\/\//)
    expect(driver.rules.map((r: any) => r.id)).toEqual(RULES.map((r) => r.id).sort())
    expect(driver.rules.length).toBeLessThanOrEqual(25_000)
  })

  test('each rule has the descriptors code scanning reads', () => {
    for (const r of run.tool.driver.rules) {
      const rule = RULES.find((x) => x.id === r.id)
      if (!rule) throw new Error(`unknown rule ${r.id}`)
      expect(r.shortDescription.text).toBe(rule.summary)
      expect(r.fullDescription.text).toContain(rule.summary)
      expect(r.help.text).toContain(rule.remediation)
      expect(r.help.markdown).toContain("**Fix:** ")
      expect(r.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', notice: 'note' }[rule.defaultSeverity])
      expect(Array.isArray(r.properties.tags)).toBe(true)
      expect(r.properties.tags.length).toBeLessThanOrEqual(20)
    }
  })

  test('results: open findings only, each pointing at its rule', () => {
    expect(run.results).toHaveLength(prResult.findings.filter((f) => f.status !== 'fixed').length)
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId)
      expect(['error', 'warning', 'note']).toContain(r.level)
      expect(typeof r.message.text).toBe('string')
      expect(r.message.text.length).toBeGreaterThan(0)
    }
    expect(run.results.map((r: any) => r.level)).toEqual(['error', 'error', 'error', 'error', 'warning', 'warning', 'warning', 'warning', 'note', 'note', 'note'])
  })

  test('locations: repository-relative URI under %SRCROOT% and a real region', () => {
    for (const r of run.results) {
      expect(r.locations).toHaveLength(1)
      const { artifactLocation, region } = r.locations[0].physicalLocation
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%')
      expect(artifactLocation.uri).not.toMatch(/^\/|^[a-z]+:/i)
      for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) expect(Number.isInteger(region[k]) && region[k] >= 1).toBe(true)
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine)
    }
    const first = run.results[0].locations[0].physicalLocation
    expect(first).toEqual({ artifactLocation: { uri: 'clusters/prod.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 14, startColumn: 7, endLine: 14, endColumn: 98 } })
  })

  test('file names are percent-encoded', () => {
    const uris = run.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri)
    expect(uris).toContain('clusters/lab%20%231.yaml')
    expect(uris).not.toContain(HOSTILE_FILE)
  })

  test('fingerprints: primaryLocationLineHash, distinct per finding', () => {
    const hashes = run.results.map((r: any) => r.partialFingerprints.primaryLocationLineHash)
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{16}:1$/)
    expect(new Set(hashes).size).toBe(hashes.length)
  })

  test('automationDetails.id defaults to kops-preflight/ and can be set', () => {
    expect(run.automationDetails).toEqual({ id: 'kops-preflight/' })
    expect(parse(renderSarif(prResult, { automationId: 'kops-preflight/drift/' })).runs[0].automationDetails).toEqual({ id: 'kops-preflight/drift/' })
  })

  test('columns are counted in UTF-16 code units, as the positions are', () => {
    expect(run.columnKind).toBe('utf16CodeUnits')
  })

  test('deterministic and independent of the input order', () => {
    expect(renderSarif({ ...prResult, findings: [...prResult.findings].reverse() })).toBe(out)
  })
})

describe('fingerprintOf', () => {
  const f = prResult.findings[0]
  const same = (g: Finding) => fingerprintOf(g) === fingerprintOf(f)

  test.each<[string, Partial<Finding>, boolean]>([
    ['moved to another line', { line: 99, endLine: 99, column: 1, endColumn: 5 }, true],
    ['message reworded', { message: 'different words' }, true],
    ['other kOps version', { kopsVersion: '1.30.0' }, true],
    ['status changed', { status: 'unchanged' }, true],
    ['other rule', { ruleId: 'kops-rejects-spec' }, false],
    ['other file', { file: 'clusters/other.yaml' }, false],
    ['other cluster', { cluster: 'other.example.com' }, false],
    ['other instance group', { instanceGroup: 'spot' }, false],
    ['other arch', { arch: 'arm64' }, false],
    ['other subject', { subject: 'RuncBuilder' }, false],
  ])('%s → same fingerprint: %s', (_name, change, expected) => {
    expect(same({ ...f, ...change })).toBe(expected)
  })

  test('equal identities get numbered occurrences', () => {
    const findings = [f, { ...f, line: 50, endLine: 50 }]
    const doc = parse(renderSarif({ ...prResult, findings, summary: summaryOf(findings) }))
    expect(doc.runs[0].results.map((r: any) => r.partialFingerprints.primaryLocationLineHash.split(':')[1])).toEqual(['1', '2'])
  })
})

describe('renderSarif: limits', () => {
  test(`at most ${MAX_SARIF_RESULTS} results, with a notification saying how many were left out`, () => {
    const findings = Array.from({ length: MAX_SARIF_RESULTS + 7 }, (_, i) =>
      finding({ ruleId: 'asset-changed', status: 'new', message: `change ${i}`, file: 'a.yaml', line: i + 1, column: 1, subject: `s${i}` }),
    )
    const doc = parse(renderSarif({ ...prResult, findings, summary: summaryOf(findings) }))
    expect(doc.runs[0].results).toHaveLength(MAX_SARIF_RESULTS)
    expect(doc.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe('7 findings were left out: code scanning accepts at most 25000 results per run.')
  })

  test('long messages are cut', () => {
    const findings = [finding({ ruleId: 'nodeup-fails', status: 'new', message: 'y'.repeat(10_000), file: 'a.yaml', line: 1, column: 1 })]
    const doc = parse(renderSarif({ ...prResult, findings, summary: summaryOf(findings) }))
    expect([...doc.runs[0].results[0].message.text]).toHaveLength(4096)
  })

  test('findings without a file are left out and reported', () => {
    const findings = [finding({ ruleId: 'kops-version-unknown', status: 'new', message: 'm', file: '', line: 1, column: 1 })]
    const run = parse(renderSarif({ ...prResult, findings, summary: summaryOf(findings) })).runs[0]
    expect(run.results).toEqual([])
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^1 finding without a file position is not in this SARIF file/)
  })

  test('a finding from a rule outside the registry still gets a descriptor', () => {
    const findings = [finding({ ruleId: 'zz-future-rule', status: 'new', message: 'm', file: 'a.yaml', line: 1, column: 1 })]
    const run = parse(renderSarif({ ...prResult, findings, summary: summaryOf(findings) })).runs[0]
    expect(run.tool.driver.rules.at(-1).id).toBe('zz-future-rule')
    expect(run.results[0].ruleIndex).toBe(run.tool.driver.rules.length - 1)
  })
})
