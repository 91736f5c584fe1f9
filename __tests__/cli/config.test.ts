// The command line's suppression config: --config FILE, the default path, and what the reports show.
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'

async function run(args: string[], cwd = process.cwd()) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd })
  return { code, stdout, stderr }
}

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

/** A copy of the seed's head side, with extra files. */
function headWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-config-'))
  dirs.push(dir)
  cpSync('examples/seed/head', dir, { recursive: true })
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const IGNORE_NODEUP = ['ignore:', '  - rule: nodeup-fails', '    cluster: prod.example.com', '    path: clusters/prod/**', '    reason: "Rolled out with the containerd fix (PLAT-9)"', '    expires: 2999-12-31', ''].join('\n')
const SEED_BASE = ['--base-path', 'examples/seed/base']

describe('kops-preflight check --config', () => {
  it('suppresses with the given file: exit 0, counts and lists in every format', async () => {
    const dir = headWith({ 'ci/kops-ignores.yaml': IGNORE_NODEUP })
    const args = ['check', ...SEED_BASE, '--head-path', dir, '--config', 'ci/kops-ignores.yaml']
    const json = await run([...args, '--format', 'json'])
    expect(json.code).toBe(0)
    expect(json.stderr).toBe('')
    const doc = JSON.parse(json.stdout)
    expect(doc.summary).toMatchObject({ errors: 0, warnings: 1, suppressed: 2 })
    expect(doc.findings.filter((f: { ruleId: string }) => f.ruleId === 'nodeup-fails')).toEqual([])
    expect(doc.suppressed.map((s: { finding: { ruleId: string; instanceGroup: string }; by: unknown }) => [s.finding.ruleId, s.finding.instanceGroup, s.by])).toEqual([
      ['nodeup-fails', 'control-plane-eu-west-1a', { kind: 'config', file: 'ci/kops-ignores.yaml', line: 2, reason: 'Rolled out with the containerd fix (PLAT-9)', expires: '2999-12-31' }],
      ['nodeup-fails', 'nodes', { kind: 'config', file: 'ci/kops-ignores.yaml', line: 2, reason: 'Rolled out with the containerd fix (PLAT-9)', expires: '2999-12-31' }],
    ])

    const text = await run(args)
    expect(text.code).toBe(0)
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('2 suppressed')

    const md = await run([...args, '--format', 'markdown'])
    expect(md.stdout).toContain('<details><summary>2 suppressed findings</summary>')
    expect(md.stdout).toContain('**Reason:** Rolled out with the containerd fix (PLAT-9) · config <code>ci/kops-ignores.yaml:2</code> · expires 2999-12-31')
  })

  it('uses .github/kops-preflight.yaml without --config, and reads it despite --paths', async () => {
    const dir = headWith({ '.github/kops-preflight.yaml': IGNORE_NODEUP })
    const r = await run(['check', ...SEED_BASE, '--head-path', dir, '--format', 'json', '--paths', 'clusters/**', '--paths', '.tool-versions'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).summary.suppressed).toBe(2)
  })

  it('a --config file that is absent is a config-invalid error at its path', async () => {
    const dir = headWith({})
    const r = await run(['check', '--head-path', dir, '--config', './ci/none.yaml'])
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n')[0]).toBe('ci/none.yaml:1:1: error The suppression config ci/none.yaml does not exist on the head side. [config-invalid]')
  })

  it('an invalid config fails the check at the exact position', async () => {
    const dir = headWith({ '.github/kops-preflight.yaml': 'ignore:\n  - rule: nodeup-fails\n    reason: ""\n' })
    const r = await run(['check', '--head-path', dir, '--fail-on', 'never'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('.github/kops-preflight.yaml:3:13: error The suppression of nodeup-fails has no reason')
    // Nothing was suppressed, so the text report has no suppressed line.
    expect(r.stdout).not.toMatch(/suppressed\n$/)
  })

  it('accepts an absolute --config path inside the repository root', async () => {
    const dir = headWith({ '.github/kops-preflight.yaml': IGNORE_NODEUP })
    const r = await run(['check', '--head-path', dir, '--config', join(dir, '.github/kops-preflight.yaml'), '--format', 'json'])
    expect(JSON.parse(r.stdout).summary.suppressed).toBe(2)
  })

  it.each([
    [['--config', '../outside.yaml'], "--config '../outside.yaml' is not a file inside the repository root"],
    [['--config', ''], '--config needs a file path'],
  ])('exits 2 for %j', async (flags, message) => {
    const dir = headWith({})
    const r = await run(['check', '--head-path', dir, ...flags])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
  })
})
