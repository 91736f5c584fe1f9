// `npm run fuzz`: fast-check over mutations of our own realistic repositories (the bundled example and three
// independent clusters), FUZZ_RUNS cases (default 100,000) from FUZZ_SEED. Each case checks the fixture's base against
// its mutated head and requires: no crash, no finding outside the files read or outside its file's text, every
// format renders, and a mutated cluster file leaves the other clusters' findings unchanged. Prints the counts and
// up to five failing cases (reproducible from their seed and index); exits 1 when any case failed.
import fc from 'fast-check'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { caseArb, directoryFixture, independentClusters, mutatedHead, runCase, unrelated, type Case, type Fixture } from '../__tests__/properties/mutations.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000)
const SEED = Number(process.env.FUZZ_SEED ?? 1)
const CHUNK = 1000

function readTree(root: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {}
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const path = rel === '' ? name : `${rel}/${name}`
      if (statSync(join(root, path)).isDirectory()) walk(path)
      else out[path] = readFileSync(join(root, path))
    }
  }
  walk('')
  return out
}

function main(): void {
  const independent = independentClusters()
  const fixtures: Fixture[] = [directoryFixture('seed', (side) => readTree(join('examples', 'seed', side))), independent]
  const byName = new Map(fixtures.map((f) => [f.name, f]))
  const clean = runCase(independent, independent.head)
  if (clean.problems.length > 0) throw new Error(`the unmutated fixture fails: ${clean.problems.join('; ')}`)
  const arb = caseArb(fixtures)
  const counts = { cases: 0, crashes: 0, outside: 0, leaked: 0, findings: 0 }
  const failures: { index: number; c: Case; problems: string[] }[] = []
  const start = performance.now()
  for (let done = 0; done < RUNS; done += CHUNK) {
    const batch = fc.sample(arb, { numRuns: Math.min(CHUNK, RUNS - done), seed: SEED + done })
    batch.forEach((c, i) => {
      const fixture = byName.get(c.fixture) as Fixture
      const outcome = runCase(fixture, mutatedHead(fixture, c))
      const problems = [...outcome.problems]
      counts.cases++
      counts.findings += outcome.findings.length
      counts.crashes += problems.filter((p) => p.startsWith('crash')).length
      counts.outside += problems.filter((p) => p.startsWith('finding outside')).length
      if (fixture === independent && c.target.startsWith('clusters/')) {
        const before = unrelated(clean.findings, c.target, independent)
        const after = unrelated(outcome.findings, c.target, independent)
        if (JSON.stringify(before) !== JSON.stringify(after)) {
          counts.leaked++
          problems.push(`other clusters' findings changed: -${before.filter((x) => !after.includes(x)).length} +${after.filter((x) => !before.includes(x)).length}`)
        }
      }
      if (problems.length > 0 && failures.length < 5) failures.push({ index: done + i, c, problems })
    })
    const s = (performance.now() - start) / 1000
    process.stderr.write(`\r${counts.cases} cases, ${(counts.cases / s).toFixed(0)}/s, ${counts.crashes + counts.outside + counts.leaked} failing`)
  }
  process.stderr.write('\n')
  const seconds = (performance.now() - start) / 1000
  console.log(`fuzz: ${counts.cases} cases (seed ${SEED}) in ${seconds.toFixed(0)} s: ${counts.crashes} crashes, ${counts.outside} findings outside the files read, ${counts.leaked} cases where a broken file changed other clusters' findings; ${counts.findings} findings checked`)
  for (const f of failures) console.log(`case ${f.index} (batch seed ${SEED + f.index - (f.index % CHUNK)}): ${JSON.stringify(f.c)}\n  ${f.problems.join('\n  ')}`)
  if (failures.length > 0) process.exitCode = 1
}

main()
