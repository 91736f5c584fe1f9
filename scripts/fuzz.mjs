// Bundles scripts/fuzz.ts into a temporary directory and runs it from the repository root (no build output is kept).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const out = mkdtempSync(join(tmpdir(), 'kops-preflight-fuzz-build-'))
try {
  execFileSync(process.execPath, [join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'), 'build', 'scripts/fuzz.ts', '-o', out, '--target', 'es2022', '-q'], { stdio: 'inherit' })
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
  execFileSync(process.execPath, [join(out, 'index.js')], { stdio: 'inherit' })
} catch (e) {
  process.exitCode = typeof e.status === 'number' ? e.status : 1
} finally {
  rmSync(out, { recursive: true, force: true })
}
