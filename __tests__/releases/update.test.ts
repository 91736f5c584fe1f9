// npm run releases:update on a small kOps-shaped git repository built here: reproduction, a new tag, a flagged change.
import { beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const SCRIPT = resolve('scripts/releases-update.mjs')

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

/** A kubernetes/kops look-alike: one commit per tag, dated so that `git log --format=%cs` is fixed. */
class KopsRepo {
  readonly dir = mkdtempSync(join(tmpdir(), 'kp-kops-'))
  private day = 1
  constructor() {
    this.git('init', '-q', '-b', 'master')
  }
  git(...args: string[]): string {
    const date = `2030-01-${String(this.day).padStart(2, '0')}T12:00:00Z`
    return execFileSync('git', ['-c', 'user.name=k', '-c', 'user.email=k@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
      cwd: this.dir,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: 'pipe',
    }).toString()
  }
  release(version: string, files: Record<string, string>, from?: string): void {
    if (from) this.git('checkout', '-q', '-B', `release-${version}`, `v${from}`)
    write(this.dir, { 'kops-version.go': `package kops\n\nconst (\n\tKOPS_RELEASE_VERSION = "${version}"\n)\n`, ...files })
    this.git('add', '-A')
    this.git('commit', '-q', '-m', `Release ${version}`)
    this.git('tag', '-a', `v${version}`, '-m', `v${version}`)
    this.day++
  }
}

const APPLY_CLUSTER = (supported: string, recommended: string) =>
  `package cloudup\n\nconst (\n\tOldestSupportedKubernetesVersion = "${supported}"\n\tOldestRecommendedKubernetesVersion = "${recommended}"\n)\n`
const DATA_GO = 'package assetdata\n\n//go:embed *.yaml\nvar content embed.FS\n\n// if strings.HasPrefix(canonicalURL, fileStore.Base) {\n// relativePath := strings.TrimPrefix(canonicalURL, fileStore.Base)\n'
const HASH_A = 'a'.repeat(64)
const HASH_B = 'b'.repeat(64)
const crictlYaml = (entries: [string, string][]) =>
  `filestores:\n- base: https://github.com/kubernetes-sigs/cri-tools/releases/download/\nfiles:\n${entries.map(([n, h]) => `- name: ${n}\n  sha256: ${h}\n`).join('')}`
const CONTAINERD_GO = (newest: string) => `package components

func (b *ContainerdOptionsBuilder) BuildOptions(o *kops.Cluster) error {
\tcontainerd := o.Spec.Containerd

\t// Set the version based on Kubernetes version
\tif fi.ValueOf(containerd.Version) == "" {
\t\tswitch {
\t\tcase b.IsKubernetesLT("1.30"):
\t\t\tfallthrough
\t\tcase b.IsKubernetesGTE("1.31") && b.IsKubernetesLT("1.31.2"):
\t\t\tcontainerd.Version = new("1.7.30")
\t\tdefault:
\t\t\tcontainerd.Version = new("${newest}")
\t\t\tcontainerd.Runc = &kops.Runc{
\t\t\t\tVersion: new("1.4.0"),
\t\t\t}
\t\t}
\t}
\treturn nil
}
`
const CRICTL_GO = (text: string) => `package model\n\nfunc (b *CrictlBuilder) Build() error {\n\treturn fmt.Errorf("${text}")\n}\n`

/** The project side: data tables in the shape of src/releases/data/ and one simulator file citing kOps. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-proj-'))
  write(dir, {
    'src/releases/data/releases.ts': `// Releases.\nimport type { KopsReleaseRow } from './types.js'\n\nexport const KOPS_RELEASES: KopsReleaseRow[] = [\n  { version: '1.40.0', date: '2030-01-01', source: 'kubernetes/kops:kops-version.go@v1.40.0' },\n  { version: '1.40.1', date: '2030-01-02', source: 'kubernetes/kops:kops-version.go@v1.40.1' },\n]\n`,
    'src/releases/data/hashes.ts': '// Generated.\n',
    'src/releases/data/kubernetes-window.ts': [
      '// Windows.',
      "import type { KubernetesWindowRow } from './types.js'",
      '',
      'export const KUBERNETES_WINDOW: KubernetesWindowRow[] = [',
      ']',
      '',
      'export const KUBERNETES_WINDOW_MESSAGES = [',
      '  {',
      "    check: 'tooOld',",
      "    tags: ['1.40.0', '1.40.1'],",
      "    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.40.0',",
      '  },',
      ']',
      '',
    ].join('\n'),
    'src/releases/data/containerd-defaults.ts': `// Defaults.\nimport type { ContainerdDefaultsRow } from './types.js'\n\nexport const CONTAINERD_DEFAULTS: ContainerdDefaultsRow[] = [\n]\n`,
    'src/releases/data/errors.ts': [
      '// Texts.',
      'export const KOPS_TEXTS = [',
      '  {',
      "    id: 'nodeup.crictl',",
      "    text: 'crictl failed',",
      "    tags: ['1.40.0', '1.40.1'],",
      "    source: 'kubernetes/kops:nodeup/pkg/model/crictl.go@v1.40.0',",
      '  },',
      '  {',
      "    id: 'nodeup.crictl.old',",
      "    text: 'crictl broke',",
      "    tags: ['1.39.0'],",
      "    source: 'kubernetes/kops:nodeup/pkg/model/crictl.go@v1.39.0',",
      '  },',
      ']',
      '',
    ].join('\n'),
    'src/simulate/nodeup/crictl.ts': [
      '// The crictl builder, kubernetes/kops:nodeup/pkg/model/crictl.go@v1.40.0.',
      "import type { TagRanges } from '../../releases/version.js'",
      "const EXACT_KEY: TagRanges = [['1.40.0', '1.40.3']]",
      '',
    ].join('\n'),
  })
  return dir
}

function update(repo: KopsRepo, root: string, ...extra: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, repo.dir, '--root', root, ...extra], { encoding: 'utf8' })
  return { code: r.status, out: r.stdout + r.stderr }
}
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8')
const TABLES = ['releases.ts', 'hashes.ts', 'kubernetes-window.ts', 'containerd-defaults.ts', 'errors.ts']

describe('releases:update', () => {
  const repo = new KopsRepo()
  let root: string

  beforeAll(() => {
    const base = {
      'upup/pkg/fi/cloudup/apply_cluster.go': APPLY_CLUSTER('1.35.0', '1.37.0'),
      'nodeup/pkg/model/crictl.go': CRICTL_GO('crictl failed'),
      'pkg/assets/assetdata/data.go': DATA_GO,
      'pkg/model/components/containerd.go': CONTAINERD_GO('2.2.0'),
      'pkg/assets/assetdata/crictl.yaml': crictlYaml([['v1.34.0/crictl-v1.34.0-linux-amd64.tar.gz', HASH_A]]),
      'README.md': 'kops\n',
    }
    repo.release('1.40.0', base)
    repo.release('1.40.1', { 'README.md': 'kops 1.40.1\n' })
    root = project()
    // The first run fills the generated tables from the two modelled tags.
    expect(update(repo, root).code).toBe(0)
  }, 60_000)

  test('a second run reproduces every table byte for byte', () => {
    const before = TABLES.map((f) => read(root, `src/releases/data/${f}`))
    const r = update(repo, root, '--check')
    expect(r).toEqual({ code: 0, out: expect.stringContaining('2 modelled, 0 new.\n\nEvery table is up to date.') })
    expect(TABLES.map((f) => read(root, `src/releases/data/${f}`))).toEqual(before)
    expect(read(root, 'src/releases/data/kubernetes-window.ts')).toContain(
      "export const KUBERNETES_WINDOW: KubernetesWindowRow[] = [\n  {\n    tags: ['1.40.0', '1.40.1'],\n    oldestSupported: '1.35.0',\n    oldestRecommended: '1.37.0',\n    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.40.0',\n  },\n]\n",
    )
    expect(read(root, 'src/releases/data/hashes.ts')).toContain("'v1.34.0/': 'crictl-v1.34.0-linux-amd64.tar.gz=")
    expect(read(root, 'src/releases/data/containerd-defaults.ts')).toBe(
      `// Defaults.\nimport type { ContainerdDefaultsRow } from './types.js'\n\nexport const CONTAINERD_DEFAULTS: ContainerdDefaultsRow[] = [\n  {\n    tags: ['1.40.0', '1.40.1'],\n    appliesOnlyForContainerdRuntime: false,\n    rules: [\n      { k8s: [{ to: '1.30' }, { from: '1.31', to: '1.31.2' }], containerd: '1.7.30', runc: '' },\n      { k8s: [], containerd: '2.2.0', runc: '1.4.0' },\n    ],\n    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.40.0',\n  },\n]\n`,
    )
  }, 60_000)

  test('a new tag that changes only generated inputs joins its predecessor\'s rows and is reported', () => {
    repo.release('1.40.2', {
      'pkg/model/components/containerd.go': CONTAINERD_GO('2.2.1'),
      'pkg/assets/assetdata/crictl.yaml': crictlYaml([
        ['v1.34.0/crictl-v1.34.0-linux-amd64.tar.gz', HASH_A],
        ['v1.35.0/crictl-v1.35.0-linux-amd64.tar.gz', HASH_B],
      ]),
    })
    expect(update(repo, root, '--check').code).toBe(1)
    const r = update(repo, root)
    expect(r.code).toBe(0)
    expect(r.out).toContain('3 tags from v1.40.0 to v1.40.2; 2 modelled, 1 new.')
    expect(r.out).toContain('v1.40.2 (new) — predecessor v1.40.1\n')
    expect(r.out).toContain('  regenerated  kubernetes/kops:pkg/assets/assetdata/crictl.yaml (+2 −0) — cited by src/releases/data/hashes.ts\n')
    expect(r.out).toContain('  joins 2 hand-kept rows of its predecessor:\n    src/releases/data/errors.ts:6 (nodeup/pkg/model/crictl.go@v1.40.0)\n    src/releases/data/kubernetes-window.ts:16 (upup/pkg/fi/cloudup/apply_cluster.go@v1.40.0)\n')
    expect(r.out).toContain("src/releases/data/releases.ts:\n  +   { version: '1.40.2', date: '2030-01-03', source: 'kubernetes/kops:kops-version.go@v1.40.2' },\n")
    expect(r.out).toContain(`src/releases/data/hashes.ts: 1 hashes added, 0 removed\n  + https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.35.0/crictl-v1.35.0-linux-amd64.tar.gz sha256:${HASH_B}\n`)
    expect(r.out).toContain('  regenerated  kubernetes/kops:pkg/model/components/containerd.go (+1 −1) — cited by src/releases/data/containerd-defaults.ts\n')
    expect(r.out).toContain(
      [
        'src/releases/data/containerd-defaults.ts: CONTAINERD_DEFAULTS regenerated',
        '  +   {',
        "  +     tags: ['1.40.2'],",
        '  +     appliesOnlyForContainerdRuntime: false,',
        '  +     rules: [',
        "  +       { k8s: [{ to: '1.30' }, { from: '1.31', to: '1.31.2' }], containerd: '1.7.30', runc: '' },",
        "  +       { k8s: [], containerd: '2.2.1', runc: '1.4.0' },",
        '  +     ],',
        "  +     source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.40.2',",
        '  +   },',
        '',
      ].join('\n'),
    )
    expect(r.out).toContain('Wrote 5 table(s).')
    expect(read(root, 'src/releases/data/containerd-defaults.ts')).toContain(
      "  {\n    tags: ['1.40.2'],\n    appliesOnlyForContainerdRuntime: false,\n    rules: [\n      { k8s: [{ to: '1.30' }, { from: '1.31', to: '1.31.2' }], containerd: '1.7.30', runc: '' },\n      { k8s: [], containerd: '2.2.1', runc: '1.4.0' },\n    ],\n    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.40.2',\n  },\n]\n",
    )
    expect(read(root, 'src/releases/data/errors.ts')).toContain("    tags: ['1.40.0', '1.40.1', '1.40.2'],\n    source: 'kubernetes/kops:nodeup/pkg/model/crictl.go@v1.40.0',")
    expect(read(root, 'src/releases/data/errors.ts')).toContain("    tags: ['1.39.0'],")
    expect(read(root, 'src/releases/data/kubernetes-window.ts')).toContain("    check: 'tooOld',\n    tags: ['1.40.0', '1.40.1', '1.40.2'],")
    expect(read(root, 'src/releases/data/kubernetes-window.ts')).toContain("  {\n    tags: ['1.40.0', '1.40.1', '1.40.2'],\n    oldestSupported: '1.35.0',")
    expect(update(repo, root, '--check')).toEqual({ code: 0, out: expect.stringContaining('Every table is up to date.') })
  }, 60_000)

  test('a new tag that changes a hand-modelled kOps file or crosses a tag gate fails, names both and writes nothing', () => {
    repo.release('1.40.3', { 'nodeup/pkg/model/crictl.go': CRICTL_GO('crictl failed badly'), 'upup/pkg/fi/cloudup/apply_cluster.go': APPLY_CLUSTER('1.36.0', '1.38.0') })
    const before = TABLES.map((f) => read(root, `src/releases/data/${f}`))
    const r = update(repo, root)
    expect(r.code).toBe(1)
    expect(r.out).toContain('  NOT MODELLED kubernetes/kops:nodeup/pkg/model/crictl.go (+1 −1) — cited by src/releases/data/errors.ts, src/simulate/nodeup/crictl.ts\n')
    expect(r.out).toContain('  GATE          src/simulate/nodeup/crictl.ts:3 [[\'1.40.0\', \'1.40.3\']]\n')
    expect(r.out).toContain('  Kubernetes window: oldest supported 1.36.0, oldest recommended 1.38.0\n')
    expect(r.out).toContain(
      '  - v1.40.3: kubernetes/kops:nodeup/pkg/model/crictl.go changed since v1.40.2 (+1 −1); modelled by hand in src/releases/data/errors.ts (line 7, 13); src/simulate/nodeup/crictl.ts (line 1)\n',
    )
    expect(r.out).toContain("  - v1.40.3: the tag gate [['1.40.0', '1.40.3']] at src/simulate/nodeup/crictl.ts:3 puts it outside, its predecessor v1.40.2 inside\n")
    expect(r.out).toMatch(/Not written: 3 problem\(s\)/)
    expect(TABLES.map((f) => read(root, `src/releases/data/${f}`))).toEqual(before)
  }, 60_000)

  test('--reviewed lets a read change through; the window table gets a row of its own', () => {
    const r = update(repo, root, '--reviewed', 'v1.40.3')
    expect(r.code).toBe(0)
    expect(r.out).toContain('v1.40.3 (new) — predecessor v1.40.2 — reviewed: flagged changes accepted, check the rows it joins\n')
    expect(read(root, 'src/releases/data/kubernetes-window.ts')).toContain(
      "  {\n    tags: ['1.40.3'],\n    oldestSupported: '1.36.0',\n    oldestRecommended: '1.38.0',\n    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.40.3',\n  },\n]",
    )
    expect(read(root, 'src/releases/data/errors.ts')).toContain("    tags: ['1.40.0', '1.40.1', '1.40.2', '1.40.3'],")
  }, 60_000)

  test('a patch on a release branch takes the branch\'s previous patch as predecessor, not the newest tag', () => {
    repo.release('1.41.0-alpha.1', { 'README.md': 'main\n' })
    repo.release('1.40.4', { 'README.md': 'branch\n' }, '1.40.3')
    const r = update(repo, root)
    expect(r.code).toBe(0)
    expect(r.out).toContain('v1.41.0-alpha.1 (new) — predecessor v1.40.3\n')
    expect(r.out).toContain('v1.40.4 (new) — predecessor v1.40.3\n')
    expect(read(root, 'src/releases/data/releases.ts').split('\n').filter((l) => l.startsWith('  {')).map((l) => /version: '([^']+)'/.exec(l)![1])).toEqual([
      '1.40.0', '1.40.1', '1.40.2', '1.40.3', '1.40.4', '1.41.0-alpha.1',
    ])
  }, 60_000)

  test('a change to comments only is no change; a build directive is', () => {
    const commented = CRICTL_GO('crictl failed badly').replace('func (b', '// Build installs crictl next to containerd.\nfunc (b')
    repo.release('1.41.0-alpha.2', { 'nodeup/pkg/model/crictl.go': commented }, '1.41.0-alpha.1')
    const r = update(repo, root)
    expect(r.code).toBe(0)
    expect(r.out).toContain('v1.41.0-alpha.2 (new) — predecessor v1.41.0-alpha.1\n')
    expect(r.out).toContain('  comments only kubernetes/kops:nodeup/pkg/model/crictl.go (+1 −0) — cited by src/releases/data/errors.ts, src/simulate/nodeup/crictl.ts\n')
    expect(read(root, 'src/releases/data/errors.ts')).toContain("    tags: ['1.40.0', '1.40.1', '1.40.2', '1.40.3', '1.40.4', '1.41.0-alpha.1', '1.41.0-alpha.2'],")

    repo.release('1.41.0-alpha.3', { 'nodeup/pkg/model/crictl.go': `//go:build linux\n\n${commented}` })
    const flagged = update(repo, root)
    expect(flagged.code).toBe(1)
    expect(flagged.out).toContain('  NOT MODELLED kubernetes/kops:nodeup/pkg/model/crictl.go (+2 −0) — cited by src/releases/data/errors.ts, src/simulate/nodeup/crictl.ts\n')
    repo.git('tag', '-d', 'v1.41.0-alpha.3')
  }, 60_000)

  test('a containerd.go the generator cannot read stops the run with the branch it did not understand', () => {
    const go = CONTAINERD_GO('2.2.1').replace('case b.IsKubernetesLT("1.30"):', 'case b.IsKubernetesLT("1.30") && b.IsIPv6Only():')
    repo.release('1.40.5', { 'pkg/model/components/containerd.go': go }, '1.40.4')
    const r = update(repo, root)
    expect(r.code).toBe(1)
    expect(r.out).toContain(
      '  - v1.40.5: pkg/model/components/containerd.go: case "b.IsKubernetesLT(\\"1.30\\") && b.IsIPv6Only()" is not a Kubernetes version test; the containerd defaults table cannot be generated\n',
    )
  }, 60_000)

  test('a clone without a modelled tag is refused', () => {
    repo.git('tag', '-d', 'v1.40.0')
    const r = update(repo, root, '--check')
    expect(r.code).toBe(1)
    expect(r.out).toContain('the clone lacks modelled tags v1.40.0; fetch its tags (git fetch --tags) or use a full clone')
  }, 60_000)
})
