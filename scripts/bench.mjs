// Bundles scripts/bench.ts and the CLI (as scripts/bundle.mjs does for dist/cli) into a temporary directory and runs
// the benchmark there; no build output is kept. BENCH_SIZES=300 measures one size only.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const out = mkdtempSync(join(tmpdir(), 'kops-preflight-bench-build-'))
try {
  for (const [entry, dir] of [['scripts/bench.ts', 'bench'], ['src/cli.ts', 'cli']]) {
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', join(out, dir), '--target', 'es2022', '-q'], { stdio: 'inherit' })
    writeFileSync(join(out, dir, 'package.json'), '{ "type": "module" }\n')
    for (const f of readdirSync(join(out, dir))) if (f.endsWith('.map')) rmSync(join(out, dir, f))
  }
  execFileSync(process.execPath, [join(out, 'bench', 'index.js')], { stdio: 'inherit', env: { ...process.env, BENCH_CLI: join(out, 'cli', 'index.js') } })
} finally {
  rmSync(out, { recursive: true, force: true })
}
