// Bundles scripts/bench.ts with ncc into a temporary directory and runs it (no build output is kept).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const out = mkdtempSync(join(tmpdir(), 'kops-preflight-bench-build-'))
try {
  execFileSync(process.execPath, [join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'), 'build', 'scripts/bench.ts', '-o', out, '-q'], { stdio: 'inherit' })
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
  execFileSync(process.execPath, [join(out, 'index.js')], { stdio: 'inherit' })
} finally {
  rmSync(out, { recursive: true, force: true })
}
