// Runs the CLI in snapshot mode over every repository in a directory, as a new user would: once with the
// repository's own pins and once with --target-kops-version latest, and tallies the findings per rule.
//
//   node scripts/corpus-run.mjs --cli dist/cli/index.js --repos DIR [--out DIR] [--errors]
//
// DIR holds one checked-out repository per subdirectory. With --out, each run's JSON is kept as
// <out>/<repo>.<pinned|latest>.json; with --errors, every error is listed (repo, rule, file:line, message) so each
// can be classified as true or false by hand.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

function arg(name, fallback = null) {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : process.argv[i + 1]
}

const cli = resolve(arg('--cli', 'dist/cli/index.js'))
const repos = arg('--repos')
const out = arg('--out')
const listErrors = process.argv.includes('--errors')
if (!repos) {
  console.error('usage: node scripts/corpus-run.mjs --cli dist/cli/index.js --repos DIR [--out DIR] [--errors]')
  process.exit(2)
}
if (out) mkdirSync(out, { recursive: true })

const tally = new Map()
const errors = []
const failures = []
for (const repo of readdirSync(repos).sort()) {
  const dir = join(repos, repo)
  if (!statSync(dir).isDirectory()) continue
  for (const [mode, extra] of [['pinned', []], ['latest', ['--target-kops-version', 'latest']]]) {
    let text
    try {
      text = execFileSync(process.execPath, [cli, 'check', '--head-path', dir, '--format', 'json', '--fail-on', 'never', ...extra], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 300_000 })
    } catch (e) {
      failures.push(`${repo} (${mode}): exit ${e.status ?? '?'}: ${String(e.stderr ?? e.message).split('\n')[0]}`)
      continue
    }
    if (out) writeFileSync(join(out, `${repo}.${mode}.json`), text)
    for (const f of JSON.parse(text).findings) {
      if (f.status === 'fixed') continue
      const key = `${f.ruleId} ${f.severity}`
      tally.set(key, (tally.get(key) ?? 0) + 1)
      if (f.severity === 'error') errors.push(`${repo} ${mode} ${f.ruleId} ${f.file}:${f.line} ${f.message.slice(0, 200)}`)
    }
  }
}
for (const [key, n] of [...tally.entries()].sort()) console.log(`${String(n).padStart(6)} ${key}`)
console.log(`errors: ${errors.length}, runs that did not complete: ${failures.length}`)
for (const f of failures) console.log(`  ${f}`)
if (listErrors) for (const e of errors) console.log(e)
