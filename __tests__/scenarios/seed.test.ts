// The seed case end to end: kOps 1.28.1 → 1.29.0-beta.1 with a cri-containerd-cni package.
import { describe, expect, it } from '@jest/globals'
import { runCheck } from '../../src/check.js'
import { readDirSide } from '../../src/repo/fs.js'

const opts = { paths: [], maxBytes: 1 << 20 }

async function seed(baseKops?: string, headKops?: string) {
  const base = await readDirSide('examples/seed/base', opts)
  const head = await readDirSide('examples/seed/head', opts)
  return runCheck({ base: { ref: 'base', files: base.files, kopsVersion: baseKops }, head: { ref: 'head', files: head.files, kopsVersion: headKops } }).result
}

describe('seed scenario', () => {
  it('reports nodeup-fails at the urlAmd64 line for 1.28.1 → 1.29.0-beta.1', async () => {
    const r = await seed()
    const fails = r.findings.filter((f) => f.ruleId === 'nodeup-fails')
    console.log(JSON.stringify(r.findings.map((f) => [f.ruleId, f.status, f.file, f.line, f.column, f.instanceGroup, f.arch, f.message]), null, 1))
    expect(fails.length).toBeGreaterThan(0)
  })
})
