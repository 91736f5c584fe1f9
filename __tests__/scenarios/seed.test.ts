// The seed case end to end: kOps 1.28.1 → 1.29.0-beta.1 with a cri-containerd-cni package, and its neighbours.
import { describe, expect, it } from '@jest/globals'
import { runCheck } from '../../src/check.js'
import { readDirSide } from '../../src/repo/fs.js'
import type { RepoFile } from '../../src/repo/side.js'
import type { Finding } from '../../src/types.js'

const opts = { paths: [], maxBytes: 1 << 20 }
const URL = 'https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz'
const CRICTL_ERROR = 'error building loader: building *model.CrictlBuilder: unable to locate asset "crictl": found multiple matching assets for key: "crictl"'

async function sides(): Promise<{ base: RepoFile[]; head: RepoFile[] }> {
  return { base: (await readDirSide('examples/seed/base', opts)).files, head: (await readDirSide('examples/seed/head', opts)).files }
}

function edit(files: RepoFile[], path: string, f: (t: string) => string): RepoFile[] {
  return files.map((x) => (x.path === path ? { ...x, text: f(x.text) } : x))
}

const pin = (v: string) => (t: string) => t.replace(/^kops .*$/m, `kops ${v}`)
const only = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId)

describe('seed: kOps 1.28.1 → 1.29.0-beta.1 with cri-containerd-cni-1.7.6', () => {
  it('fails nodeup on every amd64 group, at the urlAmd64 value, quoting kOps and saying how to fix it', async () => {
    const { base, head } = await sides()
    const { result } = runCheck({ base: { ref: 'base', files: base }, head: { ref: 'head', files: head } })
    expect(result.mode).toBe('pull-request')
    expect(result.base).toEqual({ ref: 'base', kopsVersion: '1.28.1' })
    expect(result.head).toEqual({ ref: 'head', kopsVersion: '1.29.0-beta.1' })
    const fails = only(result.findings, 'nodeup-fails')
    expect(fails.map((f) => [f.instanceGroup, f.arch, f.status])).toEqual([
      ['control-plane-eu-west-1a', 'amd64', 'new'],
      ['nodes', 'amd64', 'new'],
    ])
    expect(fails[1]).toEqual({
      ruleId: 'nodeup-fails',
      severity: 'error',
      status: 'new',
      messageId: 'fails',
      message:
        'nodeup of kOps 1.29.0-beta.1 would fail on instance group "nodes" (amd64) and retry every 30s, installing nothing. nodeup: ' +
        CRICTL_ERROR +
        '. Use the containerd release tarball containerd-1.7.6-linux-amd64.tar.gz instead of the cri-containerd bundle, drop spec.containerd.packages, or go to kOps 1.30 or later, where nodeup only warns.',
      remediation: 'Change the spec value the finding points at, or pin a kOps release whose nodeup accepts it.',
      data: {
        kops: '1.29.0-beta.1',
        ig: 'nodes',
        arch: 'amd64',
        error: CRICTL_ERROR,
        advice: 'Use the containerd release tarball containerd-1.7.6-linux-amd64.tar.gz instead of the cri-containerd bundle, drop spec.containerd.packages, or go to kOps 1.30 or later, where nodeup only warns.',
      },
      file: 'clusters/prod/cluster.yaml',
      line: 13,
      column: 17,
      endLine: 13,
      endColumn: 17 + URL.length,
      cluster: 'prod.example.com',
      instanceGroup: 'nodes',
      arch: 'amd64',
      kopsVersion: '1.29.0-beta.1',
      subject: '*model.CrictlBuilder',
      fix: {
        description: 'Replace the cri-containerd bundle in spec.containerd.packages with the containerd release tarball containerd-1.7.6-linux-amd64.tar.gz (sha256 as kOps embeds it).',
        edits: [
          { file: 'clusters/prod/cluster.yaml', line: 13, column: 17, endLine: 13, endColumn: 17 + URL.length, replacement: URL.replace('cri-containerd-cni-', 'containerd-') },
          { file: 'clusters/prod/cluster.yaml', line: 14, column: 18, endLine: 14, endColumn: 82, replacement: '58408cfa025003e671b0af72183b963363d519543d0d0ba186037e9c57489ffe' },
        ],
      },
    })
    const bundle = only(result.findings, 'cri-containerd-bundle')
    expect(bundle.map((f) => [f.status, f.severity, f.file, f.line, f.column, f.arch, f.instanceGroup])).toEqual([['unchanged', 'warning', 'clusters/prod/cluster.yaml', 13, 17, 'amd64', null]])
    expect(result.summary.errors).toBe(2)
    expect(result.summary.new).toBeGreaterThanOrEqual(2)
    expect(result.findings.filter((f) => f.instanceGroup === 'bastions' || f.instanceGroup === 'nodes-graviton')).toEqual([])
    expect(result.findings.filter((f) => f.cluster === 'staging.example.com' && f.severity !== 'notice')).toEqual([])
  })

  it('shows the failure fixed from kOps 1.29.2 to 1.30.0', async () => {
    const { base, head } = await sides()
    const { result } = runCheck({ base: { ref: 'base', files: edit(base, '.tool-versions', pin('1.29.2')) }, head: { ref: 'head', files: edit(head, '.tool-versions', pin('1.30.0')) } })
    const fails = only(result.findings, 'nodeup-fails')
    expect(fails.map((f) => [f.instanceGroup, f.arch, f.status, f.kopsVersion])).toEqual([
      ['control-plane-eu-west-1a', 'amd64', 'fixed', '1.29.2'],
      ['nodes', 'amd64', 'fixed', '1.29.2'],
    ])
    expect(result.findings.filter((f) => f.status !== 'fixed' && f.severity === 'error')).toEqual([])
    expect(only(result.findings, 'cri-containerd-bundle').map((f) => f.status)).toEqual(['unchanged'])
  })

  it.each([
    ['a standard containerd release tarball', (t: string) => t.replace(URL, 'https://github.com/containerd/containerd/releases/download/v1.7.6/containerd-1.7.6-linux-amd64.tar.gz')],
    ['containerd.skipInstall', (t: string) => t.replace('  containerd:\n', '  containerd:\n    skipInstall: true\n')],
    ['the bundle only for arm64 while every group is amd64', (t: string) => t.replace('urlAmd64', 'urlArm64').replace('hashAmd64', 'hashArm64').replace('linux-amd64', 'linux-arm64')],
  ])('does not report nodeup-fails with %s', async (_what, change) => {
    const { base, head } = await sides()
    const headFiles = edit(edit(head, 'clusters/prod/cluster.yaml', change), 'clusters/prod/instancegroups.yaml', (t) => t.replace(/machineType: m6g\.xlarge/, 'machineType: m5.xlarge'))
    const { result } = runCheck({ base: { ref: 'base', files: base }, head: { ref: 'head', files: headFiles } })
    expect(only(result.findings, 'nodeup-fails')).toEqual([])
  })

  it('does not report nodeup-fails for an arm64-only group even with the amd64 bundle', async () => {
    const { base, head } = await sides()
    const headFiles = edit(head, 'clusters/prod/instancegroups.yaml', (t) => t.replace(/machineType: m5\.(x?large)/g, 'machineType: m6g.$1'))
    const { result } = runCheck({ base: { ref: 'base', files: base }, head: { ref: 'head', files: headFiles } })
    expect(only(result.findings, 'nodeup-fails')).toEqual([])
  })
})
