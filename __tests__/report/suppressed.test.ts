// Suppressed findings in the reports: a collapsed Markdown section, a last text line, the JSON list and SARIF suppressions, all escaped.
import { describe, expect, test } from '@jest/globals'
import { renderJson } from '../../src/report/json.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { fingerprintOf, renderSarif } from '../../src/report/sarif.js'
import { renderText } from '../../src/report/text.js'
import type { CheckResult } from '../../src/result.js'
import type { SuppressedFinding } from '../../src/types.js'
import { HOSTILE_FILE, prResult, summaryOf } from './fixture.js'
import { expectGolden } from './golden.js'

const HOSTILE_REASON = 'Accepted <b>for now</b> | see @octocat #12 *soon*\n::error::injected'

/** The pull request with the spot nodeup failure and the arm64 bundle warning suppressed. */
const suppressedResult: CheckResult = (() => {
  const isSpot = (f: CheckResult['findings'][number]) => f.ruleId === 'nodeup-fails' && f.instanceGroup === 'spot'
  const isArmBundle = (f: CheckResult['findings'][number]) => f.ruleId === 'cri-containerd-bundle' && f.arch === 'arm64'
  const suppressed: SuppressedFinding[] = [
    { finding: prResult.findings.find(isArmBundle)!, by: { kind: 'inline', file: 'clusters/prod.yaml', line: 21, reason: HOSTILE_REASON, expires: null } },
    { finding: prResult.findings.find(isSpot)!, by: { kind: 'config', file: '.github/kops-preflight.yaml', line: 2, reason: 'Spot pool is drained before the upgrade (PLAT-77)', expires: '2027-01-31' } },
  ]
  const findings = prResult.findings.filter((f) => !isSpot(f) && !isArmBundle(f))
  return { ...prResult, findings, summary: { ...summaryOf(findings), suppressed: suppressed.length }, suppressed }
})()

describe('suppressed findings', () => {
  test('Markdown (golden)', () => expectGolden('pr-suppressed.md', renderMarkdown(suppressedResult)))
  test('text (golden)', () => expectGolden('pr-suppressed.txt', renderText(suppressedResult)))

  test('Markdown: one collapsed section after the findings, in report order, escaped', () => {
    const out = renderMarkdown(suppressedResult)
    const start = out.indexOf('<details><summary>2 suppressed findings</summary>')
    expect(start).toBeGreaterThan(out.indexOf('#### Fixed'))
    const section = out.slice(start, out.indexOf('</details>', start))
    expect(section.indexOf('<code>nodeup-fails</code>')).toBeLessThan(section.indexOf('<code>cri-containerd-bundle</code>'))
    expect(section).toContain('**Reason:** Spot pool is drained before the upgrade (PLAT-77) · config <code>.github/kops-preflight.yaml:2</code> · expires 2027-01-31')
    expect(section).toContain('**Reason:** Accepted &lt;b&gt;for now&lt;/b&gt; \\| see @\u200doctocat \\#12 \\*soon\\* ::error::injected · comment at <code>clusters/prod.yaml:21</code> · no expiry')
    expect(section).not.toMatch(/^::error::/m)
    expect(renderMarkdown({ ...suppressedResult, suppressed: [{ ...suppressedResult.suppressed![0], by: { ...suppressedResult.suppressed![0].by, file: HOSTILE_FILE } }] })).toContain(
      '<code>clusters/lab \\#1.yaml:21</code>',
    )
  })

  test('Markdown: a single one, and a count only without detail', () => {
    const one = { ...suppressedResult, suppressed: suppressedResult.suppressed!.slice(0, 1) }
    expect(renderMarkdown(one)).toContain('<details><summary>1 suppressed finding</summary>')
    expect(renderMarkdown(suppressedResult, { detail: false })).toContain('\n_2 suppressed findings not listed._\n')
  })

  test('Markdown: the section is the first thing left out over the byte budget', () => {
    const full = renderMarkdown(suppressedResult)
    const out = renderMarkdown(suppressedResult, { maxBytes: Buffer.byteLength(full) - 10 })
    expect(out).not.toContain('suppressed findings</summary>')
    expect(out).toContain('<details><summary>Asset changes in cluster prod.example.com')
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      `_The list of 2 suppressed findings was left out to keep this report under ${(Buffer.byteLength(full) - 10).toLocaleString('en-US')} bytes; the text, JSON and SARIF reports have every finding._`,
    )
  })

  test('Markdown: nothing suppressed, no section', () => {
    expect(renderMarkdown({ ...suppressedResult, suppressed: [] })).not.toContain('suppressed')
    expect(renderMarkdown({ ...suppressedResult, suppressed: undefined })).not.toContain('suppressed')
  })

  test('text: a last line counts them, only when there are some', () => {
    const lines = renderText(suppressedResult).split('\n')
    expect(lines.at(-2)).toBe('2 suppressed')
    expect(lines.at(-3)).toMatch(/^3 errors, 3 warnings/)
    expect(renderText({ ...suppressedResult, suppressed: [] })).not.toContain('suppressed')
  })

  test('JSON: the list with what suppressed each, and the count in the summary', () => {
    const doc = JSON.parse(renderJson(suppressedResult))
    expect(Object.keys(doc).slice(-2)).toEqual(['target', 'suppressed'])
    expect(doc.summary.suppressed).toBe(2)
    expect(doc.suppressed.map((s: { finding: { ruleId: string }; by: { kind: string } }) => [s.finding.ruleId, s.by.kind])).toEqual([
      ['nodeup-fails', 'config'],
      ['cri-containerd-bundle', 'inline'],
    ])
    expect(Object.keys(doc.suppressed[0])).toEqual(['finding', 'by'])
    expect(Object.keys(doc.suppressed[0].finding)).toEqual(Object.keys(doc.findings[0]))
    expect(doc.suppressed[0].by).toEqual({ kind: 'config', file: '.github/kops-preflight.yaml', line: 2, reason: 'Spot pool is drained before the upgrade (PLAT-77)', expires: '2027-01-31' })
    expect(doc.suppressed[1].by.reason).toBe(HOSTILE_REASON)
  })

  test('JSON: results without the field give an empty list and a zero count', () => {
    const doc = JSON.parse(renderJson({ ...prResult, suppressed: undefined }))
    expect(doc.suppressed).toEqual([])
    expect(doc.summary.suppressed).toBe(0)
  })

  test('SARIF: each suppressed finding is a result with its suppression after the open ones', () => {
    const run = JSON.parse(renderSarif(suppressedResult)).runs[0]
    const open = JSON.parse(renderSarif({ ...suppressedResult, suppressed: [] })).runs[0]
    expect(run.results.slice(0, open.results.length)).toEqual(open.results)
    expect(open.results.every((r: { suppressions?: unknown }) => r.suppressions === undefined)).toBe(true)
    const extra = run.results.slice(open.results.length)
    const [spot, arm] = [suppressedResult.suppressed![1].finding, suppressedResult.suppressed![0].finding]
    const ruleIndex = (id: string) => run.tool.driver.rules.findIndex((r: { id: string }) => r.id === id)
    expect(extra).toEqual([
      {
        ruleId: 'nodeup-fails',
        ruleIndex: ruleIndex('nodeup-fails'),
        level: 'error',
        message: { text: spot.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'clusters/prod.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 14, startColumn: 7, endLine: 14, endColumn: 98 } } }],
        partialFingerprints: { primaryLocationLineHash: `${fingerprintOf(spot)}:1` },
        properties: { status: 'new', cluster: 'prod.example.com', instanceGroup: 'spot', arch: 'amd64', kopsVersion: '1.29.0-beta.1' },
        suppressions: [
          {
            kind: 'external',
            status: 'accepted',
            justification: 'Spot pool is drained before the upgrade (PLAT-77)',
            location: { physicalLocation: { artifactLocation: { uri: '.github/kops-preflight.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 2 } } },
            properties: { expires: '2027-01-31' },
          },
        ],
      },
      {
        ruleId: 'cri-containerd-bundle',
        ruleIndex: ruleIndex('cri-containerd-bundle'),
        level: 'warning',
        message: { text: arm.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'clusters/prod.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 22, startColumn: 9, endLine: 22, endColumn: 101 } } }],
        partialFingerprints: { primaryLocationLineHash: `${fingerprintOf(arm)}:1` },
        properties: { status: 'new', cluster: 'prod.example.com', instanceGroup: null, arch: 'arm64', kopsVersion: null },
        suppressions: [
          {
            kind: 'inSource',
            status: 'accepted',
            justification: HOSTILE_REASON,
            location: { physicalLocation: { artifactLocation: { uri: 'clusters/prod.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 21 } } },
            properties: { expires: null },
          },
        ],
      },
    ])
  })

  test('SARIF: a suppressed finding of a rule the registry does not list still gets a descriptor', () => {
    const odd = { ...suppressedResult.suppressed![1], finding: { ...suppressedResult.suppressed![1].finding, ruleId: 'retired-rule' } }
    const run = JSON.parse(renderSarif({ ...suppressedResult, suppressed: [odd] })).runs[0]
    const last = run.results.at(-1)
    expect([last.ruleId, run.tool.driver.rules[last.ruleIndex].id, last.suppressions[0].kind]).toEqual(['retired-rule', 'retired-rule', 'external'])
  })
})
