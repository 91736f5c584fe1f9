// Benchmark: `check --format json` on generated repositories (N clusters × 8 instance groups, base and head,
// kOps 1.28.1 → 1.30.0) against the floor of reading and YAML-parsing the same files in the same process; the
// peak memory of one check in a child process; and the cold start of the bundled CLI against bare `node -e 0`.
// Run through scripts/bench.mjs, which bundles this file and the CLI into a temporary directory.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseAllDocuments } from 'yaml'
import { runCheck } from '../src/check.js'
import { readDirSide } from '../src/repo/fs.js'
import { render } from '../src/report/index.js'

const IGS = Number(process.env.BENCH_IGS ?? 8)
const SIZES = (process.env.BENCH_SIZES ?? '300,3000').split(',').map(Number)
const RUNS: Record<number, number> = { 300: Number(process.env.BENCH_RUNS ?? 3) }
const BIG_RUNS = Number(process.env.BENCH_BIG_RUNS ?? 1)
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 10)

function clusterYaml(i: number): string {
  const bundle = i % 10 === 0
  const lines = [
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: Cluster',
    'metadata:',
    `  name: c${i}.example.com`,
    'spec:',
    '  cloudProvider: aws',
    `  kubernetesVersion: 1.28.${i % 15}`,
    '  networking:',
    `    ${i % 3 === 0 ? 'calico' : 'cilium'}: {}`,
    '  subnets:',
    `  - name: eu-west-1a`,
    // Inside kOps's default network range, 172.20.0.0/16.
    `    cidr: 172.20.${(i % 8) * 32}.0/19`,
    '    type: Public',
    '    zone: eu-west-1a',
    // The etcd clusters kOps's validation requires, on the control-plane group.
    '  etcdClusters:',
    '  - etcdMembers: [{instanceGroup: ig-0, name: a}]',
    '    name: main',
    '  - etcdMembers: [{instanceGroup: ig-0, name: a}]',
    '    name: events',
  ]
  if (bundle)
    lines.push('  containerd:', '    packages:', '      urlAmd64: https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz', `      hashAmd64: ${'ab'.repeat(32)}`)
  const docs = [lines.join('\n')]
  for (let g = 0; g < IGS; g++)
    docs.push(
      [
        'apiVersion: kops.k8s.io/v1alpha2',
        'kind: InstanceGroup',
        'metadata:',
        `  name: ig-${g}`,
        '  labels:',
        `    kops.k8s.io/cluster: c${i}.example.com`,
        'spec:',
        `  role: ${g === 0 ? 'Master' : g === IGS - 1 ? 'Bastion' : 'Node'}`,
        `  machineType: ${g % 4 === 3 ? 'm6g.large' : 'm5.large'}`,
        // kOps requires a control-plane group of exactly one machine.
        `  minSize: ${g === 0 ? 1 : 1 + (i % 3)}`,
        `  maxSize: ${g === 0 ? 1 : 3 + (i % 5)}`,
        '  subnets: [eu-west-1a]',
      ].join('\n'),
    )
  return docs.join('\n---\n') + '\n'
}

function generate(root: string, clusters: number, kops: string): void {
  mkdirSync(root, { recursive: true })
  writeFileSync(join(root, '.tool-versions'), `kops ${kops}\n`)
  for (let i = 0; i < clusters; i++) {
    const dir = join(root, 'clusters', `c${i}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'cluster.yaml'), clusterYaml(i))
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

const opts = { paths: [], maxBytes: 1 << 20 }

/** One check as the CLI runs it: read both sides, analyse, render JSON. */
async function check(base: string, head: string): Promise<{ findings: number; bytes: number }> {
  const [b, h] = [await readDirSide(base, opts), await readDirSide(head, opts)]
  const { result } = runCheck({ base: { ref: 'base', files: b.files }, head: { ref: 'head', files: h.files } })
  return { findings: result.findings.length, bytes: render('json', result).length }
}

async function floor(base: string, head: string): Promise<void> {
  for (const dir of [base, head]) for (const f of (await readDirSide(dir, opts)).files) parseAllDocuments(f.text)
}

interface SizeRow {
  clusters: number
  runs: number
  floorMs: number
  checkMs: number
  findings: number
  jsonBytes: number
  peakMiB: number
}

async function measureSize(root: string, clusters: number): Promise<SizeRow> {
  const base = join(root, `base-${clusters}`)
  const head = join(root, `head-${clusters}`)
  generate(base, clusters, '1.28.1')
  generate(head, clusters, '1.30.0')
  const runs = RUNS[clusters] ?? BIG_RUNS
  const floors: number[] = []
  const checks: number[] = []
  let last = { findings: 0, bytes: 0 }
  // Interleaved, so both see the same machine load.
  for (let r = 0; r < runs; r++) {
    let t = performance.now()
    await floor(base, head)
    floors.push(performance.now() - t)
    t = performance.now()
    last = await check(base, head)
    checks.push(performance.now() - t)
  }
  // Peak memory of a fresh process doing one check.
  const child = spawnSync(process.execPath, [process.argv[1], 'peak', base, head], { encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`peak-memory child failed: ${child.stderr}`)
  const peakKiB = Number(child.stdout.trim())
  return { clusters, runs, floorMs: median(floors), checkMs: median(checks), findings: last.findings, jsonBytes: last.bytes, peakMiB: peakKiB / 1024 }
}

/** Median of `runs` paired wall times (ms) of `node args` and `node -e 0`. */
function coldStart(args: string[], runs: number): { ms: number; bareMs: number; ratio: number } {
  const time = (a: string[]) => {
    const t = performance.now()
    // Exit code 1 (findings) is a normal run of check.
    const r = spawnSync(process.execPath, a, { stdio: 'ignore' })
    if (r.status !== 0 && r.status !== 1) throw new Error(`node ${a.join(' ')} exited ${r.status}`)
    return performance.now() - t
  }
  const pairs: [number, number][] = []
  time(args)
  time(['-e', '0'])
  for (let i = 0; i < runs; i++) pairs.push([time(args), time(['-e', '0'])])
  const ms = median(pairs.map((p) => p[0]))
  const bareMs = median(pairs.map((p) => p[1]))
  return { ms, bareMs, ratio: median(pairs.map(([a, b]) => a / b)) }
}

async function main(): Promise<void> {
  if (process.argv[2] === 'peak') {
    await check(process.argv[3], process.argv[4])
    process.stdout.write(`${process.resourceUsage().maxRSS}\n`)
    return
  }
  const cli = process.env.BENCH_CLI
  const root = mkdtempSync(join(tmpdir(), 'kops-preflight-bench-'))
  const rows: SizeRow[] = []
  try {
    for (const n of SIZES) {
      const row = await measureSize(root, n)
      rows.push(row)
      rmSync(join(root, `base-${n}`), { recursive: true, force: true })
      rmSync(join(root, `head-${n}`), { recursive: true, force: true })
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  console.log(`check --format json on N clusters × ${IGS} instance groups, base and head, kOps 1.28.1 → 1.30.0`)
  console.log('| size | runs | check (median) | read + parse floor | ratio | peak memory (child) | findings | JSON |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const r of rows)
    console.log(
      `| ${r.clusters} × ${IGS} | ${r.runs} | ${(r.checkMs / 1000).toFixed(2)} s | ${(r.floorMs / 1000).toFixed(2)} s | ${(r.checkMs / r.floorMs).toFixed(2)}× | ${r.peakMiB.toFixed(0)} MiB | ${r.findings} | ${(r.jsonBytes / 1048576).toFixed(1)} MiB |`,
    )
  if (rows.length >= 2) {
    const [a, b] = [rows[0], rows[rows.length - 1]]
    console.log(`scaling: time(${b.clusters}) / time(${a.clusters}) = ${(b.checkMs / a.checkMs).toFixed(2)} for ${(b.clusters / a.clusters).toFixed(0)}× the clusters (floor: ${(b.floorMs / a.floorMs).toFixed(2)})`)
  }
  if (cli) {
    const example = ['check', '--base-path', 'examples/seed/base', '--head-path', 'examples/seed/head', '--format', 'json']
    const run = coldStart([cli, ...example], COLD_RUNS)
    const help = coldStart([cli, '--help'], COLD_RUNS)
    console.log(`cold start, bundled CLI, median of ${COLD_RUNS} paired runs against node -e 0 (${run.bareMs.toFixed(0)} ms):`)
    console.log(`  check on examples/seed: ${run.ms.toFixed(0)} ms, ${run.ratio.toFixed(2)}×`)
    console.log(`  --help:                 ${help.ms.toFixed(0)} ms, ${help.ratio.toFixed(2)}×`)
  }
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
