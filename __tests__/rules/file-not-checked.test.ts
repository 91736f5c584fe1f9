import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCheck } from '../../src/check.js'
import { main } from '../../src/cli/main.js'
import { readDirSide } from '../../src/repo/fs.js'
import rule, { couldHoldKopsInput } from '../../src/rules/file-not-checked.js'
import { cluster, ig, runRule, side } from '../helpers/rule-tester.js'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 }

describe('file-not-checked', () => {
  it('judges by path whether a file could hold kOps input', () => {
    expect(['clusters/a.yaml', 'x.YML', 'c.json', 'templates/c.tmpl', '.tool-versions', 'mise.toml', '.github/workflows/ci.yml', 'Dockerfile'].filter(couldHoldKopsInput)).toEqual([
      'clusters/a.yaml',
      'x.YML',
      'c.json',
      'templates/c.tmpl',
      '.tool-versions',
      'mise.toml',
      '.github/workflows/ci.yml',
      'Dockerfile',
    ])
    expect(['docs/logo.png', 'README.md', 'main.go'].filter(couldHoldKopsInput)).toEqual([])
  })

  it('reports each skipped file that could hold kOps input at its first line, and nothing for the others', () => {
    const s = side({ '.tool-versions': 'kops 1.28.1\n' })
    s.skipped = [
      { path: 'clusters/big/ig.yaml', reason: 'too-large', size: 4194400, limit: 1048576 },
      { path: 'clusters/lazy.yaml', reason: 'missing', oid: 'ab'.repeat(20) },
      { path: 'docs/logo.png', reason: 'missing', oid: 'cd'.repeat(20) },
      { path: 'secret.yaml', reason: 'unreadable' },
      { path: 'crypt.yaml', reason: 'binary' },
      { path: 'shared.yaml', reason: 'symlink' },
      { path: 'img.png', reason: 'binary' },
    ]
    const found = runRule(rule, s)
    expect(found.map((f) => [f.place.file, f.place.pos, f.severity, f.messageId, f.subject])).toEqual([
      ['clusters/big/ig.yaml', START, 'warning', 'tooLarge', 'too-large'],
      ['clusters/lazy.yaml', START, 'warning', 'missing', 'missing'],
      ['secret.yaml', START, 'warning', 'unreadable', 'unreadable'],
      ['crypt.yaml', START, 'notice', 'binary', 'binary'],
      ['shared.yaml', START, 'notice', 'symlink', 'symlink'],
    ])
    expect(found[0].message).toBe(
      'clusters/big/ig.yaml is 4194400 bytes, over the limit of 1048576 bytes on files read, so its kOps manifests and version pins were not checked. Raise the limit with --max-file-size (CLI) or the max-file-size input (Action).',
    )
    expect(found[1].message).toBe(
      `clusters/lazy.yaml is not in this clone (blob ${'ab'.repeat(20)} is absent, as in a partial clone), so its kOps manifests and version pins were not checked; nothing is fetched from the network. Fetch it with \`git cat-file blob ${'ab'.repeat(20)} >/dev/null\` in the clone, or check out without \`filter: blob:none\`.`,
    )
  })

  it('points at the first byte that is not UTF-8 in a kOps manifest', () => {
    const s = side({ 'c.yaml': cluster('') })
    s.files[0] = { ...s.files[0], invalidUtf8: { line: 4, column: 9 } }
    expect(runRule(rule, s)).toEqual([
      {
        ruleId: 'file-not-checked',
        severity: 'warning',
        messageId: 'invalidUtf8',
        data: { file: 'c.yaml', line: 4, column: 9 },
        message: 'c.yaml is not valid UTF-8 (line 4, column 9): the YAML parser kOps uses rejects such a file. The rest was checked with the invalid bytes read as U+FFFD.',
        remediation: rule.remediation,
        place: { file: 'c.yaml', pos: { line: 4, column: 9, endLine: 4, endColumn: 10 } },
        cluster: null,
        instanceGroup: null,
        arch: null,
        kopsVersion: null,
        subject: 'invalid-utf8',
      },
    ])
  })

  it('a 4 MB instance-group file is a finding at the file naming the limit, and --max-file-size reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kops-preflight-large-'))
    dirs.push(dir)
    mkdirSync(join(dir, 'clusters'))
    writeFileSync(join(dir, '.tool-versions'), 'kops 1.28.1\n')
    writeFileSync(join(dir, 'clusters/cluster.yaml'), cluster('') + '\n')
    // A real instance group, padded with a long comment to 4 MB.
    const igText = ig('nodes', 'Node').slice(4) + '\n# ' + 'x'.repeat(4 * 1024 * 1024) + '\n'
    writeFileSync(join(dir, 'clusters/ig.yaml'), igText)
    const read = await readDirSide(dir, { paths: [], maxBytes: 1024 * 1024 })
    const { result } = runCheck({ head: { ref: '.', files: read.files, skipped: read.skipped } })
    const found = result.findings.filter((f) => f.ruleId === 'file-not-checked')
    expect(found.map((f) => [f.file, f.line, f.column, f.severity, f.data])).toEqual([
      ['clusters/ig.yaml', 1, 1, 'warning', { file: 'clusters/ig.yaml', size: Buffer.byteLength(igText), limit: 1048576 }],
    ])

    const run = async (...extra: string[]) => {
      let out = ''
      const code = await main(['check', '--head-path', dir, '--format', 'json', ...extra], { stdout: (s) => (out += s), stderr: () => {}, cwd: dir })
      return { code, json: JSON.parse(out) }
    }
    const small = await run()
    expect(small.json.findings.filter((f: { ruleId: string }) => f.ruleId === 'file-not-checked').map((f: { file: string }) => f.file)).toEqual(['clusters/ig.yaml'])
    expect(small.json.clusters.map((c: { instanceGroups: string[] }) => c.instanceGroups)).toEqual([[]])
    const raised = await run('--max-file-size', '8MiB')
    expect(raised.json.findings.filter((f: { ruleId: string }) => f.ruleId === 'file-not-checked')).toEqual([])
    expect(raised.json.clusters.map((c: { instanceGroups: string[] }) => c.instanceGroups)).toEqual([['nodes']])
    const bad = await main(['check', '--head-path', dir, '--max-file-size', 'huge'], { stdout: () => {}, stderr: () => {}, cwd: dir })
    expect(bad).toBe(2)
  })
})
