// Hostile repositories: never a crash, never silent. Alias bombs, deep nesting, prototype keys, thousands of documents,
// CRLF and BOM, renamed and deleted files, hostile names in every format; and, property-tested over mutations of our
// own fixtures, a broken file never changes the findings of the other files (`npm run fuzz` runs the big sample).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { runCheck } from '../../src/check.js'
import { formatWorkflowCommand, planAnnotations, render } from '../../src/report/index.js'
import type { Finding } from '../../src/types.js'
import { cluster, ig } from '../helpers/rule-tester.js'
import { caseArb, directoryFixture, independentClusters, mutatedHead, runCase, unrelated, type Fixture } from './mutations.js'

const PIN = { path: '.tool-versions', text: 'kops 1.28.1\n' }

function check(files: { path: string; text: string }[]) {
  return runCheck({ head: { ref: 'h', files: [PIN, ...files] } }).result
}

const brief = (f: Finding) => [f.ruleId, f.messageId, f.file, f.line, f.column]

function readTree(root: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {}
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel))) {
      const path = rel === '' ? name : `${rel}/${name}`
      if (statSync(join(root, path)).isDirectory()) walk(path)
      else out[path] = readFileSync(join(root, path))
    }
  }
  walk('')
  return out
}

describe('hostile manifests', () => {
  it('an alias bomb is manifest-invalid at its document and never expanded; the other file is still checked', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]']
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`)
    const text = cluster('  additionalSans:\n' + bomb.map((l) => `    ${l}`).join('\n'), { name: 'bomb.example.com' }) + '\n'
    const result = check([
      { path: 'bomb.yaml', text },
      { path: 'ok.yaml', text: cluster('', { name: 'ok.example.com', k8s: '1.99.0' }) + '\n' },
    ])
    expect(result.findings.filter((f) => f.file === 'bomb.yaml').map(brief)).toEqual([['manifest-invalid', 'yamlError', 'bomb.yaml', 1, 1]])
    expect(result.findings.find((f) => f.file === 'bomb.yaml')?.data).toEqual({ detail: 'Excessive alias count indicates a resource exhaustion attack' })
    expect(result.findings.filter((f) => f.file === 'ok.yaml').map((f) => f.ruleId)).toContain('kubernetes-version-unsupported')
  })

  it('nesting thousands of levels deep is manifest-invalid, not a stack overflow', () => {
    const text = cluster('  x: ' + '['.repeat(5000) + ']'.repeat(5000)) + '\n'
    const found = check([{ path: 'deep.yaml', text }]).findings.filter((f) => f.ruleId === 'manifest-invalid')
    expect(found.map((f) => [f.file, f.line, f.messageId])).toEqual([['deep.yaml', 8, 'yamlError']])
  })

  it('__proto__ and constructor keys are plain keys: no prototype pollution, the cluster is still simulated', () => {
    const spec = '  __proto__:\n    polluted: true\n  constructor:\n    prototype: {}\n  containerd:\n    __proto__: {version: 1.7.0}\n'
    const result = check([{ path: 'c.yaml', text: cluster(spec) + '\n' + ig('nodes', 'Node') + '\n' }])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('version')
    expect(result.clusters.map((c) => [c.name, c.evaluated, c.instanceGroups])).toEqual([['c.example.com', 'full', ['nodes']]])
  })

  it('thousands of documents in one file: every instance group is grouped with its cluster', () => {
    const igs = Array.from({ length: 3000 }, (_, i) => ig(`ig-${i}`, 'Node')).join('\n')
    const result = check([{ path: 'many.yaml', text: cluster('') + '\n' + igs + '\n' }])
    expect(result.clusters).toHaveLength(1)
    expect(result.clusters[0].instanceGroups).toHaveLength(3000)
    expect(result.clusters[0].instanceGroups[2999]).toBe('ig-2999')
  })

  it('CRLF line ends and a BOM give the same findings at the same places as LF', () => {
    const lf = cluster('', { k8s: '1.99.0' }) + '\n' + ig('nodes', 'Node') + '\n'
    const crlf = '\ufeff' + lf.replace(/\n/g, '\r\n')
    const a = check([{ path: 'c.yaml', text: lf }]).findings.map(brief)
    const b = check([{ path: 'c.yaml', text: crlf }]).findings.map(brief)
    expect(a.length).toBeGreaterThan(0)
    expect(b).toEqual(a)
  })
})

describe('files deleted or renamed in the pull request', () => {
  const text = cluster('', { k8s: '1.99.0' }) + '\n' + ig('nodes', 'Node') + '\n'
  it('a renamed file: its findings are fixed at the old path and new at the new one', () => {
    const { result } = runCheck({ base: { ref: 'b', files: [PIN, { path: 'old.yaml', text }] }, head: { ref: 'h', files: [PIN, { path: 'new.yaml', text }] } })
    const byStatus = (s: string) => [...new Set(result.findings.filter((f) => f.status === s).map((f) => f.file))]
    expect(byStatus('fixed')).toEqual(['old.yaml'])
    expect(byStatus('new')).toEqual(['new.yaml'])
    expect(byStatus('unchanged')).toEqual([])
  })
  it('a deleted file: only fixed findings, and its cluster is listed on the base side only', () => {
    const { result } = runCheck({ base: { ref: 'b', files: [PIN, { path: 'gone.yaml', text }] }, head: { ref: 'h', files: [PIN] } })
    expect(new Set(result.findings.filter((f) => f.file === 'gone.yaml').map((f) => f.status))).toEqual(new Set(['fixed']))
    expect(result.clusters.map((c) => [c.side, c.file])).toEqual([['base', 'gone.yaml']])
  })
})

describe('hostile names and values in every output format', () => {
  const name = 'x*y*_z_<img src=x onerror=alert(1)>|@octocat\n::error::owned%0A::warning::x'
  const text = cluster('', { name: JSON.stringify(name), k8s: '1.99.0' }) + '\n' + ig(JSON.stringify('ig\n::error::ig'), 'Node', 'm5.large', JSON.stringify(name)) + '\n'
  const result = check([{ path: 'clusters/a <b>.yaml', text }])

  it('the check sees the names as they are', () => {
    expect(result.clusters.map((c) => c.name)).toEqual([name])
    expect(result.findings.length).toBeGreaterThan(0)
  })

  it('text: one line per finding, no raw newline or workflow command at a line start', () => {
    const out = render('text', result)
    for (const line of out.split('\n')) expect(line).not.toMatch(/^::/)
    expect(out).not.toContain('\n::error::')
  })

  it('Markdown: no raw HTML, no mention, no newline-started command', () => {
    const out = render('markdown', result)
    expect(out).not.toContain('<img')
    expect(out).not.toContain('@octocat')
    expect(out).not.toContain('\n::error::')
  })

  it('JSON and SARIF round-trip the names exactly', () => {
    expect(JSON.parse(render('json', result)).clusters[0].name).toBe(name)
    const sarif = JSON.parse(render('sarif', result))
    expect(sarif.runs[0].results.map((r: { properties: { cluster: string } }) => r.properties.cluster)).toContain(name)
  })

  it('workflow annotations: %, CR, LF and :: are escaped in data and properties', () => {
    const plan = planAnnotations(result)
    const lines = plan.annotations.map((a) => formatWorkflowCommand(a))
    expect(lines.length).toBeGreaterThan(0)
    for (const l of lines) {
      expect(l.split('\n')).toHaveLength(1)
      expect(l).not.toContain('%0A::')
      expect(l.indexOf('::', 2)).toBe(l.indexOf('::', l.indexOf(' ') + 1))
    }
  })
})

describe('a broken file never changes the findings of the other files (property)', () => {
  const fixture: Fixture = independentClusters()
  const clean = runCase(fixture, fixture.head)

  it('over mutations of one cluster file: no crash, findings only in files read, the other clusters unchanged', () => {
    expect(clean.problems).toEqual([])
    fc.assert(
      fc.property(
        caseArb([fixture], (p) => p.startsWith('clusters/')),
        (c) => {
          const outcome = runCase(fixture, mutatedHead(fixture, c))
          expect(outcome.problems).toEqual([])
          expect(unrelated(outcome.findings, c.target, fixture)).toEqual(unrelated(clean.findings, c.target, fixture))
        },
      ),
      { numRuns: 150, seed: 11 },
    )
  })

  it('over mutations of any file of the bundled example: no crash, findings only in files read', () => {
    const seed = directoryFixture('seed', (side) => readTree(join('examples', 'seed', side)))
    fc.assert(
      fc.property(caseArb([seed]), (c) => {
        expect(runCase(seed, mutatedHead(seed, c)).problems).toEqual([])
      }),
      { numRuns: 100, seed: 5 },
    )
  })

  it('removed assets point into the head, not at the base position (found by the fuzzer)', () => {
    // The head stops installing containerd for bravo, whose base plans it from the bundle URL in its own file: the
    // removals are the head's, at the head's pin, never at the base's line.
    const text = fixture.head['clusters/bravo.yaml'].toString('utf8')
    const at = text.indexOf('  containerd:\n') + '  containerd:\n'.length
    const c = { fixture: fixture.name, target: 'clusters/bravo.yaml', mutations: [{ op: 'insert' as const, at, bytes: Buffer.from('    skipInstall: true\n') }] }
    const outcome = runCase(fixture, mutatedHead(fixture, c))
    expect(outcome.problems).toEqual([])
    const removed = outcome.findings.filter((f) => f.ruleId === 'asset-changed' && f.messageId === 'removed')
    expect(removed.map((f) => [f.cluster, f.data.component, f.data.from, f.file, f.line, f.column]).sort()).toEqual([
      ['bravo.example.com', 'containerd', 'containerd-1.7.7-linux-<arch>.tar.gz', '.tool-versions', 1, 6],
      ['bravo.example.com', 'containerd', 'cri-containerd-cni-1.7.6-linux-<arch>.tar.gz', '.tool-versions', 1, 6],
      ['bravo.example.com', 'runc', 'runc.<arch>', '.tool-versions', 1, 6],
    ])
  })
})
