// Bundles the two entry points with ncc into dist/action and dist/cli (ESM), deterministically.
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
for (const [entry, out] of [['src/action.ts', 'dist/action'], ['src/cli.ts', 'dist/cli']]) {
  rmSync(out, { recursive: true, force: true })
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--target', 'es2022', '-q'], { stdio: 'inherit' })
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
  for (const f of readdirSync(out)) if (f.endsWith('.map')) rmSync(join(out, f))
}
