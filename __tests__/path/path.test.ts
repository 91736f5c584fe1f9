// The upgrade path of the bundled seed example, every step simulated: the crictl failure at the 1.29 step is fixed by
// the bundle → tarball edit, and every later step is clean up to the newest release.
import { describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { planPath } from '../../src/path/index.js'
import { readDirSide } from '../../src/repo/fs.js'

async function run(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: process.cwd() })
  return { code, stdout, stderr }
}

describe('path on the seed example (kOps 1.28.1)', () => {
  it('plans 16 steps to 1.36.2 / 1.36.3 with the crictl failure fixed at the 1.29 step', async () => {
    const { files } = await readDirSide('examples/seed/base', { paths: [], maxBytes: 1 << 20 })
    const result = planPath(files, { to: 'latest' })
    const prod = result.clusters.find((c) => c.name === 'prod.example.com')!
    expect(prod.from).toEqual({ kopsVersion: '1.28.1', kubernetesVersion: '1.28.5' })
    expect(prod.to).toEqual({ kopsVersion: '1.36.2', kubernetesVersion: '1.36.3' })
    expect(prod.steps.map((s) => [s.kopsVersion.to, s.kubernetesVersion.to, s.blocked])).toEqual([
      ['1.29.2', '1.28.5', false], ['1.29.2', '1.29.15', false], ['1.30.4', '1.29.15', false], ['1.30.4', '1.30.14', false],
      ['1.31.0', '1.30.14', false], ['1.31.0', '1.31.14', false], ['1.32.4', '1.31.14', false], ['1.32.4', '1.32.13', false],
      ['1.33.2', '1.32.13', false], ['1.33.2', '1.33.13', false], ['1.34.3', '1.33.13', false], ['1.34.3', '1.34.10', false],
      ['1.35.2', '1.34.10', false], ['1.35.2', '1.35.7', false], ['1.36.2', '1.35.7', false], ['1.36.2', '1.36.3', false],
    ])
    const first = prod.steps[0]
    expect(first.changes).toEqual([
      {
        ruleId: 'nodeup-fails',
        description: expect.stringContaining('unable to locate asset "crictl": found multiple matching assets for key: "crictl"'),
        file: 'clusters/prod/cluster.yaml',
        line: 13,
        fix: {
          description: 'Replace the cri-containerd bundle in spec.containerd.packages with the containerd release tarball containerd-1.7.6-linux-amd64.tar.gz (sha256 as kOps embeds it).',
          edits: [
            { file: 'clusters/prod/cluster.yaml', line: 13, column: 17, endLine: 13, endColumn: 126, replacement: 'https://github.com/containerd/containerd/releases/download/v1.7.6/containerd-1.7.6-linux-amd64.tar.gz' },
            { file: 'clusters/prod/cluster.yaml', line: 14, column: 18, endLine: 14, endColumn: 82, replacement: '58408cfa025003e671b0af72183b963363d519543d0d0ba186037e9c57489ffe' },
          ],
        },
      },
    ])
    expect(first.findings.filter((f) => f.severity === 'error')).toEqual([])
    // Once fixed, the bundle is gone from every later step.
    expect(prod.steps.slice(1).flatMap((s) => s.findings.map((f) => f.ruleId)).filter((r) => r === 'cri-containerd-bundle' || r === 'nodeup-fails')).toEqual([])
  })

  it('renders text, JSON and Markdown with a Mermaid flowchart; exits 0 when no step is blocked', async () => {
    const text = await run(['path', '--head-path', 'examples/seed/base', '--to', '1.30.4'])
    expect(text.code).toBe(0)
    expect(text.stdout.split('\n').slice(0, 7)).toEqual([
      'prod.example.com (clusters/prod/cluster.yaml): kOps 1.28.1, Kubernetes 1.28.5 → kOps 1.30.4, Kubernetes 1.30.14',
      '  1. kOps 1.28.1 → 1.29.2: clean after fixes; containerd 1.7.7 → 1.7.16',
      expect.stringMatching(/^ {5}- clusters\/prod\/cluster\.yaml:13 \[nodeup-fails\] nodeup of kOps 1\.29\.2 would fail/),
      '       fixed by: Replace the cri-containerd bundle in spec.containerd.packages with the containerd release tarball containerd-1.7.6-linux-amd64.tar.gz (sha256 as kOps embeds it).',
      '  2. Kubernetes 1.28.5 → 1.29.15 (kOps 1.29.2): clean',
      '  3. kOps 1.29.2 → 1.30.4: clean; containerd 1.7.16 → 1.7.22',
      '  4. Kubernetes 1.29.15 → 1.30.14 (kOps 1.30.4): clean',
    ])
    const json = JSON.parse((await run(['path', '--head-path', 'examples/seed/base', '--to', '1.29.2', '--format', 'json'])).stdout)
    expect(json.schemaVersion).toBe(1)
    expect(json.target).toEqual({ kopsVersion: '1.29.2', kubernetesVersion: null })
    expect(json.clusters.map((c: { name: string; steps: unknown[] }) => [c.name, c.steps.length])).toEqual([
      ['prod.example.com', 2],
      ['staging.example.com', 2],
    ])
    expect(Object.keys(json.clusters[0].steps[0])).toEqual(['kind', 'kopsVersion', 'kubernetesVersion', 'containerdVersion', 'reason', 'changes', 'findings', 'blocked'])
    const md = (await run(['path', '--head-path', 'examples/seed/base', '--to', '1.29.2', '--format', 'markdown'])).stdout
    expect(md).toContain(
      [
        '```mermaid',
        'flowchart LR',
        '  s0["kOps 1.28.1<br/>Kubernetes 1.28.5"]',
        '  s1["kOps 1.29.2<br/>Kubernetes 1.28.5"]',
        '  s0 -- "1 change" --> s1',
        '  class s1 fixed',
        '  s2["kOps 1.29.2<br/>Kubernetes 1.29.15"]',
        '  s1 --> s2',
        '  classDef blocked fill:#fdd,stroke:#c00',
        '  classDef fixed fill:#ffd,stroke:#aa0',
        '```',
      ].join('\n'),
    )
    expect(md).toContain('| 1 | kOps 1.28.1 → 1.29.2 | 1.7.7 → 1.7.16 | clean after fixes | `nodeup-fails` clusters/prod/cluster.yaml:13 (fixed: Replace the cri-containerd bundle in spec.containerd.packages with the containerd release tarball containerd-1.7.6-linux-amd64.tar.gz (sha256 as kOps embeds it).) |')
  })

  it('exits 2 for a target older than the pin', async () => {
    const r = await run(['path', '--head-path', 'examples/seed/base', '--to', '1.27.3'])
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')[0]).toBe('kops-preflight: prod.example.com: the target kOps 1.27.3 is older than the pinned kOps 1.28.1; kOps does not support downgrades')
  })

  it('marks a step blocked when an error has no mechanical fix, and exits 1', async () => {
    const { files } = await readDirSide('examples/seed/base', { paths: [], maxBytes: 1 << 20 })
    const mirrored = files.map((f) => ({ ...f, text: f.text.replace('https://github.com/containerd/containerd/releases/download/v1.7.6/', 'https://mirror.example.com/containerd/') }))
    const prod = planPath(mirrored, { to: '1.29.2' }).clusters.find((c) => c.name === 'prod.example.com')!
    expect(prod.steps[0].blocked).toBe(true)
    expect(prod.steps[0].changes.map((c) => [c.ruleId, c.line, c.fix])).toEqual([['nodeup-fails', 13, undefined]])
  })
})
