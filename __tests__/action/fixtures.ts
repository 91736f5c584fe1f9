// Temporary git repositories shaped like a pull request checkout: a merge commit whose first parent is the base.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** sha256 of the text `kops-preflight test archive`; any 64 hex characters would do. */
export const CONTAINERD_HASH = 'a5c976f61b8761d62fa88ac49b53e91eafba6059e017932d1f846d4847be29a4'

export const CLUSTER_FILE = 'clusters/prod.yaml'

export const CLUSTER_YAML = `apiVersion: kops.k8s.io/v1alpha2
kind: Cluster
metadata:
  name: prod.example.com
spec:
  cloudProvider: aws
  kubernetesVersion: 1.28.5
  configBase: s3://example-kops-state/prod.example.com
  containerd:
    packages:
      urlAmd64: https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz
      hashAmd64: ${CONTAINERD_HASH}
  networking:
    calico: {}
  networkCIDR: 172.20.0.0/16
  nonMasqueradeCIDR: 100.64.0.0/10
  subnets:
  - name: eu-west-1a
    type: Private
    zone: eu-west-1a
    cidr: 172.20.32.0/19
  etcdClusters:
  - name: main
    etcdMembers:
    - name: a
      instanceGroup: control-plane-a
  - name: events
    etcdMembers:
    - name: a
      instanceGroup: control-plane-a
---
apiVersion: kops.k8s.io/v1alpha2
kind: InstanceGroup
metadata:
  name: control-plane-a
  labels:
    kops.k8s.io/cluster: prod.example.com
spec:
  role: ControlPlane
  machineType: m5.large
  minSize: 1
  maxSize: 1
  subnets:
  - eu-west-1a
---
apiVersion: kops.k8s.io/v1alpha2
kind: InstanceGroup
metadata:
  name: nodes
  labels:
    kops.k8s.io/cluster: prod.example.com
spec:
  role: Node
  machineType: m5.large
  minSize: 2
  maxSize: 6
  subnets:
  - eu-west-1a
`

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle))
  if (index < 0) throw new Error(`${JSON.stringify(needle)} not found`)
  return index + 1
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim()
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

/** A new empty directory under the system temp directory, symlinks resolved. */
export function tempDir(prefix: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)))
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

export interface PullRequestRepo {
  dir: string
  /** The base commit: HEAD^1. */
  base: string
  /** The pull request's own head commit: HEAD^2. */
  prHead: string
  /** The merge commit GitHub checks out: HEAD. */
  merge: string
}

/**
 * Base commit: the cluster spec and `.tool-versions` pinning `baseKops`. The branch changes the pin
 * to `headKops`; HEAD is a `--no-ff` merge of it into main, so HEAD^1 is the base.
 */
export function pullRequestRepo(baseKops: string, headKops: string): PullRequestRepo {
  const dir = tempDir('kops-preflight-pr-')
  git(dir, 'init', '-q')
  write(dir, { '.tool-versions': `kops ${baseKops}\n`, [CLUSTER_FILE]: CLUSTER_YAML })
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  const base = git(dir, 'rev-parse', 'HEAD')
  git(dir, 'checkout', '-q', '-b', 'bump-kops')
  write(dir, { '.tool-versions': `kops ${headKops}\n` })
  git(dir, 'commit', '-q', '-am', `kops ${headKops}`)
  const prHead = git(dir, 'rev-parse', 'HEAD')
  git(dir, 'checkout', '-q', 'main')
  git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge bump-kops into main', 'bump-kops')
  const merge = git(dir, 'rev-parse', 'HEAD')
  return { dir, base, prHead, merge }
}

/** One commit holding the head side only, as a `fetch-depth: 1` checkout of a pull request sees it. */
export function singleCommitRepo(kops: string): { dir: string; head: string } {
  const dir = tempDir('kops-preflight-shallow-')
  git(dir, 'init', '-q')
  write(dir, { '.tool-versions': `kops ${kops}\n`, [CLUSTER_FILE]: CLUSTER_YAML })
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'head')
  return { dir, head: git(dir, 'rev-parse', 'HEAD') }
}

export function pullRequestPayload(base: string, head: string): Record<string, any> {
  return { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'bump-kops' } } }
}
