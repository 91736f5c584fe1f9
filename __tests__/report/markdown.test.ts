// Tests for the Markdown report (job summary and PR comment): layout, escaping and the byte budget.
import { describe, expect, test } from '@jest/globals'
import { renderMarkdown } from '../../src/report/markdown.js'
import { HOSTILE_CLUSTER, cleanDriftResult, hugeResult, prResult, snapshotResult } from './fixture.js'
import { expectGolden } from './golden.js'

const bytes = (s: string) => Buffer.byteLength(s, 'utf8')
const lastLine = (s: string) => s.trimEnd().split('\n').at(-1) as string

describe('renderMarkdown: layout', () => {
  test('pull request (golden)', () => expectGolden('pr.md', renderMarkdown(prResult)))
  test('snapshot (golden)', () => expectGolden('snapshot.md', renderMarkdown(snapshotResult)))
  test('clean drift scan (golden)', () => expectGolden('drift-clean.md', renderMarkdown(cleanDriftResult)))
  test('without detail sections (golden)', () => expectGolden('pr-no-detail.md', renderMarkdown(prResult, { detail: false })))

  test('the verdict comes first and counts broken instance groups once each', () => {
    const first = renderMarkdown(prResult).split('\n')[0]
    expect(first).toBe('### ❌ kOps 1.28.1 → 1.29.0-beta.1 would break 2 instance groups, plus 1 other error')
  })

  test('verdicts without broken instance groups', () => {
    const onlyPin = { ...prResult, findings: prResult.findings.filter((f) => f.ruleId === 'kops-version-pins-disagree'), summary: { ...prResult.summary, errors: 1, warnings: 0 } }
    expect(renderMarkdown(onlyPin).split('\n')[0]).toBe('### ❌ kOps 1.28.1 → 1.29.0-beta.1: 1 error')
    const warningsOnly = { ...prResult, findings: [], summary: { ...prResult.summary, errors: 0, warnings: 2 } }
    expect(renderMarkdown(warningsOnly).split('\n')[0]).toBe('### ⚠️ kOps 1.28.1 → 1.29.0-beta.1: no errors, 2 warnings')
    expect(renderMarkdown(cleanDriftResult).split('\n')[0]).toBe('### ✅ kOps 1.28.1 → 1.29.0: no errors or warnings')
  })

  test('sections in order, fixed last, asset changes collapsed per cluster', () => {
    const out = renderMarkdown(prResult)
    const order = ['| Cluster |', '#### Errors (4)', '#### Warnings (4)', '#### Notices (1)', '#### Fixed (2)', '<details><summary>Asset changes in cluster lab', '<details><summary>Asset changes in cluster prod.example.com (1)']
    const positions = order.map((s) => out.indexOf(s))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(out.match(/<\/details>/g)).toHaveLength(2)
  })

  test('every open finding outside the asset changes carries its rule remediation', () => {
    const out = renderMarkdown(prResult)
    expect(out).toContain('**Fix:** Change the spec value the finding points at, or pin a kOps release whose nodeup accepts it.')
    expect(out.match(/\*\*Fix:\*\*/g)).toHaveLength(9)
  })

  test('the cluster table shows base → head only where they differ', () => {
    const out = renderMarkdown(prResult)
    expect(out).toContain('| prod.example.com | clusters/prod.yaml | 1.28.1 → 1.29.0-beta.1 | 1.28.5 | 1.7.13 → 1.7.16 | full |')
    expect(out).toContain('| _(instance groups without a Cluster)_ (added) | clusters/orphans.yaml | 1.29.0-beta.1 | — | — | none |')
  })
})

describe('renderMarkdown: escaping', () => {
  const out = renderMarkdown(prResult)

  test('no raw HTML from the repository', () => {
    expect(out).not.toContain('<script>')
    expect(out).not.toContain('<b>')
    expect(out).toContain('&lt;script&gt;')
  })

  test('mentions are neutralised everywhere', () => {
    expect(out).not.toMatch(/@octocat/)
    expect(out).toContain('@\u200doctocat')
  })

  test('the hostile cluster name stays on one table row', () => {
    const rows = out.split('\n').filter((l) => l.startsWith('| lab'))
    expect(rows).toHaveLength(1)
    expect(rows[0].split(/(?<!\\)\|/).length - 2).toBe(6)
  })

  test('the hostile cluster name is HTML-escaped in the details summary', () => {
    expect(HOSTILE_CLUSTER).toContain('\n')
    expect(out).toContain('<details><summary>Asset changes in cluster lab_*x*&lt;b&gt;|@\u200doctocat%25:: error (1)</summary>\n\n')
  })

  test('a message line break does not start a new Markdown line', () => {
    expect(out).not.toMatch(/^::error::/m)
  })
})

describe('renderMarkdown: byte budget', () => {
  test('a small budget drops details, then fixed, notices and warnings (golden)', () => {
    const out = renderMarkdown(prResult, { maxBytes: 4500 })
    expect(bytes(out)).toBeLessThanOrEqual(4500)
    expectGolden('pr-4500.md', out)
  })

  test('details go first', () => {
    const full = bytes(renderMarkdown(prResult))
    const out = renderMarkdown(prResult, { maxBytes: full - 1 })
    expect(out).not.toContain('<details>')
    expect(out).toContain('#### Fixed (2)')
    expect(lastLine(out)).toBe('_2 of 13 findings (2 asset changes) were left out to keep this report under ' + (full - 1).toLocaleString('en-US') + ' bytes; the text, JSON and SARIF reports have every finding._')
  })

  test('the default budget keeps a huge report under 1,000,000 bytes with every error', () => {
    const result = hugeResult({ errors: 300, warnings: 2500, notices: 2500, assets: 600, fixed: 400 })
    const full = renderMarkdown(result, { maxBytes: Number.MAX_SAFE_INTEGER })
    expect(bytes(full)).toBeGreaterThan(2_000_000)
    const out = renderMarkdown(result)
    expect(bytes(out)).toBeLessThanOrEqual(1_000_000)
    expect(bytes(out)).toBeGreaterThan(900_000)
    expect(out.split('\n')[0]).toMatch(/^### ❌ /)
    for (let i = 0; i < 300; i++) expect(out).toContain(`Error number ${i}.`)
    expect(out).not.toContain('<details>')
    expect(out).not.toContain('Fixed number')
    expect(out).not.toContain('Notice number')
    expect(out).toContain('#### Warnings (2500, ')
    expect(lastLine(out)).toMatch(/^_\d{1,3}(,\d{3})* of 6,300 findings \(600 asset changes, 400 fixed, 2,500 notices, [\d,]+ warnings\) were left out to keep this report under 1,000,000 bytes;/)
  })

  test('a PR comment budget of 65,536 bytes', () => {
    const result = hugeResult({ errors: 40, warnings: 500, notices: 500, assets: 100, fixed: 50 })
    const out = renderMarkdown(result, { maxBytes: 65_536 })
    expect(bytes(out)).toBeLessThanOrEqual(65_536)
    for (let i = 0; i < 40; i++) expect(out).toContain(`Error number ${i}.`)
    expect(out).toContain('| Cluster |')
  })

  test('when the errors alone do not fit, the table and then the last errors go, the verdict stays', () => {
    const result = hugeResult({ errors: 400, warnings: 10, notices: 10, assets: 10, fixed: 10 })
    const out = renderMarkdown(result, { maxBytes: 65_536 })
    expect(bytes(out)).toBeLessThanOrEqual(65_536)
    expect(out.split('\n')[0]).toBe('### ❌ kOps 1.28.1 → 1.29.0-beta.1 would break 400 instance groups')
    expect(out).not.toContain('| Cluster |')
    expect(out).toMatch(/#### Errors \(400, \d+ shown\)/)
    expect(out).toContain('Error number 1.')
    expect(lastLine(out)).toMatch(/errors\) and the cluster table were left out/)
  })

  test('a budget below the verdict cuts on a character boundary', () => {
    const out = renderMarkdown(prResult, { maxBytes: 20 })
    expect(bytes(out)).toBeLessThanOrEqual(20)
    expect(out.endsWith('…\n')).toBe(true)
    expect(out.startsWith('### ❌')).toBe(true)
  })

  test('deterministic and independent of the input order', () => {
    const reversed = { ...prResult, findings: [...prResult.findings].reverse(), clusters: [...prResult.clusters].reverse() }
    expect(renderMarkdown(reversed)).toBe(renderMarkdown(prResult))
    expect(renderMarkdown(reversed, { maxBytes: 4500 })).toBe(renderMarkdown(prResult, { maxBytes: 4500 }))
  })
})
