// Benchmark: `check` on a generated repository (300 clusters × 8 instance groups, base and head) against the
// floor of reading and YAML-parsing the same files, both in this process; prints medians and their ratio.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseAllDocuments } from 'yaml'
import { runCheck } from '../src/check.js'
import { readDirSide } from '../src/repo/fs.js'

const CLUSTERS = Number(process.env.BENCH_CLUSTERS ?? 300)
const IGS = Number(process.env.BENCH_IGS ?? 8)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

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
        '  minSize: 1',
        '  maxSize: 3',
      ].join('\n'),
    )
  return docs.join('\n---\n') + '\n'
}

function generate(root: string, kops: string): void {
  writeFileSync(join(root, '.tool-versions'), `kops ${kops}\n`)
  for (let i = 0; i < CLUSTERS; i++) {
    const dir = join(root, 'clusters', `c${i}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'cluster.yaml'), clusterYaml(i))
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'kops-preflight-bench-'))
  const base = join(root, 'base')
  const head = join(root, 'head')
  generate((mkdirSync(base), base), '1.28.1')
  generate((mkdirSync(head), head), '1.29.0-beta.1')
  const opts = { paths: [], maxBytes: 1 << 20 }
  const floor: number[] = []
  const check: number[] = []
  let findings = 0
  for (let r = 0; r < RUNS; r++) {
    let t = performance.now()
    for (const dir of [base, head]) for (const f of (await readDirSide(dir, opts)).files) parseAllDocuments(f.text)
    floor.push(performance.now() - t)
    t = performance.now()
    const [b, h] = [await readDirSide(base, opts), await readDirSide(head, opts)]
    const { result } = runCheck({ base: { ref: 'base', files: b.files }, head: { ref: 'head', files: h.files } })
    check.push(performance.now() - t)
    findings = result.findings.length
  }
  rmSync(root, { recursive: true, force: true })
  const f = median(floor)
  const c = median(check)
  console.log(`repository: ${CLUSTERS} clusters × ${IGS} instance groups, base and head (${CLUSTERS * IGS * 2 * 2} instance-group × arch results per check), ${RUNS} runs`)
  console.log(`read + parse floor: ${f.toFixed(1)} ms (median)`)
  console.log(`check:              ${c.toFixed(1)} ms (median), ${findings} findings`)
  console.log(`ratio check / floor: ${(c / f).toFixed(2)}`)
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
