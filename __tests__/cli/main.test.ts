// The command line: exit codes, formats, flag errors, git sides and plan output.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { main } from '../../src/cli/main.js'

async function run(args: string[], cwd = process.cwd()) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd })
  return { code, stdout, stderr }
}

const SEED = ['check', '--base-path', 'examples/seed/base', '--head-path', 'examples/seed/head']
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, stdio: 'pipe' }).toString().trim()

describe('kops-preflight check', () => {
  it('exits 1 on the seed case and prints text lines in the interface format', async () => {
    const r = await run(SEED)
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n')[0]).toBe(
      'clusters/prod/cluster.yaml:13:17: error nodeup of kOps 1.29.0-beta.1 would fail on instance group "control-plane-eu-west-1a" (amd64) and retry every 30s, installing nothing. nodeup: error building loader: building *model.CrictlBuilder: unable to locate asset "crictl": found multiple matching assets for key: "crictl". The crictl inside the bundle clashes with the one kOps installs. The archive comes from spec.containerd.packages.urlAmd64: point it at the release tarball containerd-1.7.6-linux-amd64.tar.gz (https://github.com/containerd/containerd/releases/download/v1.7.6/containerd-1.7.6-linux-amd64.tar.gz) with its SHA-256 in spec.containerd.packages.hashAmd64, or remove spec.containerd.packages so that kOps downloads containerd-1.7.13-linux-amd64.tar.gz, or go to kOps 1.30.0 or later, where nodeup only warns. [nodeup-fails] (new)',
    )
    expect(r.stderr).toBe('')
  })

  it('honours --fail-on and version overrides', async () => {
    expect((await run([...SEED, '--fail-on', 'never'])).code).toBe(0)
    expect((await run([...SEED, '--kops-version', '1.30.0', '--fail-on', 'error'])).code).toBe(0)
    expect((await run([...SEED, '--kops-version', '1.30.0', '--fail-on', 'warning'])).code).toBe(1)
    expect((await run([...SEED, '--base-kops-version', '1.29.2', '--kops-version', '1.30.0'])).code).toBe(0)
  })

  it('prints the interface JSON', async () => {
    const r = await run([...SEED, '--format', 'json'])
    const doc = JSON.parse(r.stdout)
    expect(doc.schemaVersion).toBe(1)
    expect(doc.mode).toBe('pull-request')
    expect(doc.base).toEqual({ ref: 'examples/seed/base', kopsVersion: '1.28.1' })
    expect(doc.head).toEqual({ ref: 'examples/seed/head', kopsVersion: '1.29.0-beta.1' })
    expect(doc.summary).toMatchObject({ errors: 2, warnings: 1, new: 8, unchanged: 1, fixed: 0 })
    expect(doc.clusters.filter((c: { side: string }) => c.side === 'head').map((c: { name: string; evaluated: string; instanceGroups: string[] }) => [c.name, c.evaluated, c.instanceGroups])).toEqual([
      ['prod.example.com', 'full', ['control-plane-eu-west-1a', 'nodes', 'nodes-graviton', 'bastions']],
      ['staging.example.com', 'full', ['control-plane', 'nodes']],
    ])
  })

  it('writes --output and renders markdown and sarif', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-cli-'))
    const out = join(dir, 'r.sarif')
    expect((await run([...SEED, '--format', 'sarif', '--output', out])).code).toBe(1)
    const sarif = JSON.parse(readFileSync(out, 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(13)
    expect((await run([...SEED, '--format', 'markdown'])).stdout).toContain('nodeup-fails')
  })

  it('drift mode simulates the head under the target release', async () => {
    const r = await run(['check', '--head-path', 'examples/seed/base', '--target-kops-version', '1.29.0', '--format', 'json'])
    const doc = JSON.parse(r.stdout)
    expect(r.code).toBe(1)
    expect([doc.mode, doc.base, doc.head.kopsVersion, doc.target.kopsVersion]).toEqual(['drift', null, '1.28.1', '1.29.0'])
    expect(doc.findings.filter((f: { ruleId: string }) => f.ruleId === 'nodeup-fails').map((f: { status: string }) => f.status)).toEqual(['new', 'new'])
  })

  it.each([
    [['check', '--format', 'yaml'], "invalid --format 'yaml'"],
    [['check', '--fail-on', 'fatal'], "invalid --fail-on 'fatal'"],
    [['check', '--bogus'], "Unknown option '--bogus'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['plan', 'x.yaml'], 'plan needs --kops-version V'],
    [['plan', '--kops-version', '1.29.0', 'missing.yaml'], 'cannot read missing.yaml: ENOENT'],
  ])('exits 2 with a message for %j', async (args, message) => {
    const r = await run(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  describe('on a git repository', () => {
    let repo: string
    beforeAll(() => {
      repo = mkdtempSync(join(tmpdir(), 'kp-cli-git-'))
      git(repo, 'init', '-q', '-b', 'main')
      cpSync(resolve('examples/seed/base'), repo, { recursive: true })
      git(repo, 'add', '-A')
      git(repo, 'commit', '-qm', 'base')
      git(repo, 'checkout', '-qb', 'bump')
      writeFileSync(join(repo, '.tool-versions'), 'kops 1.29.0-beta.1\n')
      git(repo, 'commit', '-qam', 'bump kops')
    })

    it('compares --base with the working tree and with --head', async () => {
      expect((await run(['check', '--repo', repo, '--base', 'main'])).code).toBe(1)
      expect((await run(['check', '--repo', repo, '--base', 'main', '--head', 'main'])).code).toBe(0)
      writeFileSync(join(repo, '.tool-versions'), 'kops 1.30.0\n')
      expect((await run(['check', '--repo', repo, '--base', 'main', '--format', 'json'])).stdout).toContain('"kopsVersion": "1.30.0"')
      git(repo, 'checkout', '-q', '--', '.tool-versions')
    })

    it('exits 2 for an unknown ref and for a directory that is not a repository', async () => {
      const r = await run(['check', '--repo', repo, '--base', 'nope'])
      expect([r.code, r.stderr.trim()]).toEqual([2, `kops-preflight: unknown git ref "nope" in ${repo}`])
      const plain = mkdtempSync(join(tmpdir(), 'kp-cli-plain-'))
      const r2 = await run(['check', '--repo', plain])
      expect(r2.code).toBe(2)
      expect(r2.stderr).toContain('not a git repository')
    })
  })
})

describe('kops-preflight plan', () => {
  it('prints the asset plan and the nodeup outcome per group and arch', async () => {
    const r = await run(['plan', '--kops-version', '1.29.0', '--arch', 'amd64', 'examples/seed/base/clusters/prod/cluster.yaml', 'examples/seed/base/clusters/prod/instancegroups.yaml'])
    expect(r.code).toBe(0)
    const plan = JSON.parse(r.stdout)
    const nodes = plan.clusters[0].instanceGroups.find((g: { name: string }) => g.name === 'nodes')
    expect(Object.keys(nodes.architectures)).toEqual(['amd64'])
    const a = nodes.architectures.amd64
    expect(a.assets.map((x: { urls: string[] }) => x.urls[0].split('/').pop())).toEqual([
      'kubelet',
      'kubectl',
      'ecr-credential-provider-linux-amd64',
      'cni-plugins-linux-amd64-v1.2.0.tgz',
      'cri-containerd-cni-1.7.6-linux-amd64.tar.gz',
      'runc.amd64',
      'nerdctl-1.7.4-linux-amd64.tar.gz',
      'crictl-v1.29.0-linux-amd64.tar.gz',
    ])
    // The hash is kOps's own (kubernetes/kops:pkg/assets/assetdata/k8s-1.28.yaml@v1.35.2), valid for 1.29.0 too.
    expect(a.assets[0]).toEqual({
      urls: ['https://dl.k8s.io/release/v1.28.5/bin/linux/amd64/kubelet', 'https://cdn.dl.k8s.io/release/v1.28.5/bin/linux/amd64/kubelet'],
      hash: 'bf37335da58182783a8c63866ec1f895b4c436e3ed96bdd87fe3f8ae8004ba1d',
    })
    expect(a.nodeup).toEqual({ outcome: 'fail', error: 'error building loader: building *model.CrictlBuilder: unable to locate asset "crictl": found multiple matching assets for key: "crictl"', warnings: [] })
    const bastion = plan.clusters[0].instanceGroups.find((g: { name: string }) => g.name === 'bastions')
    // kOps writes the node list into a bastion's nodeup config too; nothing runs nodeup there.
    expect(bastion.architectures.amd64.assets).toEqual(a.assets)
    expect(bastion.architectures.amd64.nodeup).toEqual({ outcome: 'ok', error: null, warnings: [] })
    expect(bastion.architectures.amd64.files).toEqual([])
  })

  it('prints a readable text plan', async () => {
    const r = await run(['plan', '--kops-version', '1.30.0', '--format', 'text', 'examples/seed/base/clusters/staging/staging.yaml'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('nodes [Node] amd64: nodeup ok')
  })
})
