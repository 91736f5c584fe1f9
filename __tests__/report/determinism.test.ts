// Deterministic output: the same repository gives byte-identical reports, whatever the order files are read in,
// with no timestamps and no absolute paths.
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCheck } from '../../src/check.js'
import { main } from '../../src/cli/main.js'
import { render, REPORT_FORMATS } from '../../src/report/index.js'

function tree(root: string, rel = ''): { path: string; text: string }[] {
  return readdirSync(join(root, rel)).flatMap((name) => {
    const path = rel === '' ? name : `${rel}/${name}`
    return statSync(join(root, path)).isDirectory() ? tree(root, path) : [{ path, text: readFileSync(join(root, path), 'utf8') }]
  })
}

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

describe('deterministic reports', () => {
  const base = tree('examples/seed/base')
  const head = tree('examples/seed/head')
  const now = new Date('2030-01-01T00:00:00Z')

  it('are byte-identical across runs and input orders, in every format', () => {
    const once = runCheck({ base: { ref: 'b', files: base }, head: { ref: 'h', files: head }, now }).result
    const again = runCheck({ base: { ref: 'b', files: [...base].reverse() }, head: { ref: 'h', files: [...head].reverse() }, now }).result
    for (const format of REPORT_FORMATS) expect({ format, out: render(format, again) }).toEqual({ format, out: render(format, once) })
  })

  it('name no absolute path and no time, from the command line on a copy in a temporary directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kops-preflight-determinism-'))
    dirs.push(dir)
    cpSync('examples/seed', join(dir, 'seed'), { recursive: true })
    const outputs: string[] = []
    for (const format of ['json', 'sarif', 'markdown', 'text']) {
      let out = ''
      await main(['check', '--base-path', 'seed/base', '--head-path', 'seed/head', '--format', format], { stdout: (s) => (out += s), stderr: () => {}, cwd: dir })
      expect(out).not.toContain(dir)
      expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
      outputs.push(out)
    }
    expect(JSON.parse(outputs[0]).base.ref).toBe('seed/base')
  })
})
