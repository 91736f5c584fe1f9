// The bundled action run as the runner runs it: node dist/action/index.js with INPUT_* and GITHUB_* against a fake GitHub API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { CONTAINERD_HASH, git, lineOf, removeDir, tempDir } from '../action/fixtures.js'
import { FakeGitHub } from './fake-github.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const COMMITTED_BUNDLE = join(ROOT, 'dist', 'action', 'index.js')
const REPOSITORY = 'acme/infra'
const TOKEN = 'ghs_e2eFakeToken0123456789'
const CLUSTER_FILE = 'clusters/prod.yaml'
const COMMENT_MARKER = '<!-- kops-preflight:comment -->'
const ISSUE_MARKER = '<!-- kops-preflight:issue -->'
const CRICTL_ERROR = 'unable to locate asset "crictl": found multiple matching assets for key: "crictl"'
const RUN_TIMEOUT_MS = 90_000

function clusterYaml(fileRepository?: string, kubernetesVersion = '1.28.5'): string {
  const assets = fileRepository ? `  assets:\n    fileRepository: ${fileRepository}\n` : ''
  return `apiVersion: kops.k8s.io/v1alpha2
kind: Cluster
metadata:
  name: prod.example.com
spec:
  cloudProvider: aws
  kubernetesVersion: ${kubernetesVersion}
${assets}  containerd:
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
  - etcdMembers:
    - instanceGroup: control-plane-a
      name: a
    name: main
  - etcdMembers:
    - instanceGroup: control-plane-a
      name: a
    name: events
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
}

const URL_LINE = lineOf(clusterYaml(), 'urlAmd64:')
const K8S_LINE = lineOf(clusterYaml(), 'kubernetesVersion:')

const created: string[] = []
const fake = new FakeGitHub()
let bundle = COMMITTED_BUNDLE
let runCounter = 0

/** Newest modification time under `dir` of files matching `keep`. */
function newestMtime(dir: string, keep: (path: string) => boolean): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path, keep))
    else if (keep(path)) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

/**
 * The committed bundle when it is at least as new as the sources; otherwise a fresh bundle of the
 * same sources, built with the project's ncc settings into a temporary directory (the committed
 * dist is left alone).
 */
function ensureBundle(): string {
  const sources = Math.max(newestMtime(join(ROOT, 'src'), (p) => p.endsWith('.ts')), statSync(join(ROOT, 'package-lock.json')).mtimeMs)
  if (existsSync(COMMITTED_BUNDLE) && statSync(COMMITTED_BUNDLE).mtimeMs >= sources) return COMMITTED_BUNDLE
  const out = join(tempDir('kops-preflight-bundle-'), 'action')
  created.push(dirname(out))
  const ncc = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  execFileSync(process.execPath, [ncc, 'build', join(ROOT, 'src', 'action.ts'), '-o', out, '--target', 'es2022', '-q'], { cwd: ROOT, stdio: 'pipe' })
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
  return join(out, 'index.js')
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

interface Checkout {
  dir: string
  base: string
  prHead: string
  merge: string
}

/**
 * A pull request as actions/checkout with fetch-depth 2 leaves it: the upstream repository has a
 * base commit (kOps `baseKops`), the pull request commit (kOps `headKops`) and GitHub's merge commit
 * under refs/pull/N/merge; the workspace fetched that ref with depth 2 and checked it out detached.
 */
function pullRequestCheckout(number: number, baseKops: string, headKops: string, yaml = clusterYaml(), baseYaml = yaml): Checkout {
  const upstream = tempDir('kops-preflight-upstream-')
  const dir = tempDir('kops-preflight-workspace-')
  created.push(upstream, dir)
  git(upstream, 'init', '-q')
  write(upstream, { '.tool-versions': `kops ${baseKops}\n`, [CLUSTER_FILE]: baseYaml })
  git(upstream, 'add', '-A')
  git(upstream, 'commit', '-q', '-m', 'base')
  const base = git(upstream, 'rev-parse', 'HEAD')
  git(upstream, 'checkout', '-q', '-b', 'bump-kops')
  write(upstream, { '.tool-versions': `kops ${headKops}\n`, [CLUSTER_FILE]: yaml })
  git(upstream, 'commit', '-q', '-am', `kops ${headKops}`)
  const prHead = git(upstream, 'rev-parse', 'HEAD')
  git(upstream, 'checkout', '-q', '--detach', base)
  git(upstream, 'merge', '-q', '--no-ff', '-m', `Merge ${prHead} into ${base}`, prHead)
  const merge = git(upstream, 'rev-parse', 'HEAD')
  git(upstream, 'update-ref', `refs/pull/${number}/merge`, merge)
  git(upstream, 'checkout', '-q', 'main')

  git(dir, 'init', '-q')
  git(dir, 'remote', 'add', 'origin', `file://${upstream}`)
  git(dir, '-c', 'protocol.version=2', 'fetch', '-q', '--no-tags', '--prune', '--depth=2', 'origin', `+refs/pull/${number}/merge:refs/remotes/pull/${number}/merge`)
  git(dir, 'checkout', '-q', '--force', `refs/remotes/pull/${number}/merge`)
  expect(git(dir, 'rev-parse', 'HEAD^1')).toBe(base)
  return { dir, base, prHead, merge }
}

/** The default branch pinned at `kops`, as a scheduled run checks it out. */
function defaultBranchCheckout(kops: string, yaml = clusterYaml()): { dir: string; head: string } {
  const dir = tempDir('kops-preflight-default-')
  created.push(dir)
  git(dir, 'init', '-q')
  write(dir, { '.tool-versions': `kops ${kops}\n`, [CLUSTER_FILE]: yaml })
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'clusters')
  return { dir, head: git(dir, 'rev-parse', 'HEAD') }
}

function pullRequestPayload(number: number, co: Checkout): Record<string, unknown> {
  const repo = { id: 1, name: 'infra', full_name: REPOSITORY, private: true, fork: false, owner: { login: 'acme', type: 'Organization' }, default_branch: 'main' }
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      draft: false,
      title: 'Bump kOps',
      user: { login: 'octocat', type: 'User' },
      head: { label: 'acme:bump-kops', ref: 'bump-kops', sha: co.prHead, repo, user: { login: 'acme' } },
      base: { label: 'acme:main', ref: 'main', sha: co.base, repo, user: { login: 'acme' } },
      merge_commit_sha: co.merge,
    },
    before: co.base,
    after: co.prHead,
    repository: repo,
    organization: { login: 'acme' },
    sender: { login: 'octocat', type: 'User' },
  }
}

/** Every input of action.yml with its default, as the runner passes them, `${{ github.token }}` included. */
function defaultInputs(): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries<any>(action.inputs)) out[name] = String(spec.default ?? '').replace('${{ github.token }}', TOKEN)
  return out
}

interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  ms: number
}

/** Parses `name<<delimiter … delimiter` blocks of a GITHUB_OUTPUT file. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    let j = i + 1
    while (j < lines.length && lines[j] !== m[2]) value.push(lines[j++])
    out[m[1]] = value.join('\n')
    i = j
  }
  return out
}

async function runAction(opts: { workspace: string; event: string; payload: Record<string, unknown>; inputs?: Record<string, string>; sha: string; ref: string }): Promise<RunResult> {
  runCounter++
  const runner = tempDir('kops-preflight-runner-')
  created.push(runner)
  const eventPath = join(runner, 'event.json')
  const outputPath = join(runner, 'output')
  const summaryPath = join(runner, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(opts.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const inputs = { ...defaultInputs(), ...opts.inputs }
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: runner,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_GRAPHQL_URL: `${fake.url}/graphql`,
    GITHUB_RUN_ID: String(4200 + runCounter),
    GITHUB_RUN_NUMBER: String(runCounter),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: opts.sha,
    GITHUB_REF: opts.ref,
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'kops-preflight',
    GITHUB_JOB: 'check',
    GITHUB_ACTION: 'kops-preflight',
    RUNNER_TEMP: runner,
    RUNNER_OS: 'Linux',
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value

  const started = Date.now()
  const child = spawn(process.execPath, [bundle], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS)
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
  clearTimeout(timer)
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8'), ms: Date.now() - started }
}

function prRun(number: number, co: Checkout, inputs: Record<string, string> = {}): Promise<RunResult> {
  return runAction({ workspace: co.dir, event: 'pull_request', payload: pullRequestPayload(number, co), inputs, sha: co.merge, ref: `refs/pull/${number}/merge` })
}

function scheduleRun(co: { dir: string; head: string }, inputs: Record<string, string>, event = 'schedule'): Promise<RunResult> {
  const payload = event === 'schedule' ? { schedule: '17 4 * * *', repository: { full_name: REPOSITORY } } : { inputs: {}, ref: 'refs/heads/main', repository: { full_name: REPOSITORY } }
  return runAction({ workspace: co.dir, event, payload, inputs, sha: co.head, ref: 'refs/heads/main' })
}

function markerComments(issue: number) {
  return fake.commentsOn(issue).filter((c) => c.body.startsWith(COMMENT_MARKER))
}

function noticeLines(r: RunResult): string[] {
  return r.stdout.split('\n').filter((l) => l.startsWith('::notice'))
}

function report(r: RunResult): any {
  return JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'))
}

/** A run that did not crash: no stack trace, no bug message. */
function expectNoCrash(r: RunResult): void {
  expect(r.stdout).not.toMatch(/failed unexpectedly|This is a bug/)
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
}

let bump: Checkout
let fixed: Checkout

beforeAll(async () => {
  bundle = ensureBundle()
  await fake.start()
  bump = pullRequestCheckout(7, '1.28.1', '1.29.0-beta.1')
  fixed = pullRequestCheckout(7, '1.28.1', '1.30.0')
}, 300_000)

afterAll(async () => {
  await fake.stop()
  for (const dir of created) removeDir(dir)
})

describe('pull request bumping kOps 1.28.1 → 1.29.0-beta.1', () => {
  let first: RunResult

  it('fails with the nodeup error annotated at the urlAmd64 line, writes outputs and the summary, and posts one comment', async () => {
    fake.setMode('ok')
    fake.addOtherComments(7, 120)
    first = await prRun(7, bump)
    expectNoCrash(first)
    expect(first.code).toBe(1)

    const errors = first.stdout.split('\n').filter((l) => l.startsWith('::error '))
    const atUrl = errors.filter((l) => l.includes(`file=${CLUSTER_FILE},line=${URL_LINE},`))
    expect(atUrl).toHaveLength(1)
    expect(atUrl[0]).toMatch(/^::error title=kops-preflight%3A nodeup-fails,file=clusters\/prod\.yaml,line=\d+,/)
    expect(atUrl[0]).toContain(CRICTL_ERROR)
    expect(first.stdout).toMatch(/^::error::\d+ findings? at or above fail-on 'error' on the head side\./m)

    expect(first.outputs['base-kops-version']).toBe('1.28.1')
    expect(first.outputs['head-kops-version']).toBe('1.29.0-beta.1')
    expect(Number(first.outputs['errors'])).toBeGreaterThanOrEqual(1)
    expect(Number(first.outputs['new'])).toBeGreaterThanOrEqual(1)
    expect(first.outputs['target-kops-version']).toBe('')
    expect(first.outputs['comment-url']).toMatch(/^https:\/\/github\.example\/acme\/infra\/pull\/7#issuecomment-\d+$/)

    expect(first.summary).toContain('### ❌ kOps 1.28.1 → 1.29.0-beta.1 would break 1 instance group')
    expect(first.summary).toContain('found multiple matching assets for key: &quot;crictl&quot;')

    const json = report(first)
    expect(json).toMatchObject({ schemaVersion: 1, mode: 'pull-request', base: { ref: bump.base, kopsVersion: '1.28.1' }, head: { ref: bump.merge } })
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'nodeup-fails', status: 'new', file: CLUSTER_FILE, line: URL_LINE, instanceGroup: 'nodes', arch: 'amd64' }))
    expect(json).not.toHaveProperty('mirror')

    const ours = markerComments(7)
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toContain('would break 1 instance group')
    expect(ours[0].body).toContain('/actions/runs/')
    expect(ours[0].body.length).toBeLessThanOrEqual(65_536)
    // The listing followed the Link header to the second page, where a new comment would be.
    expect(fake.log.filter((r) => r.method === 'GET' && r.path === '/repos/acme/infra/issues/7/comments').map((r) => r.query['page'] ?? '1')).toEqual(['1', '2'])
    expect(fake.log.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
  }, 120_000)

  it('updates the same comment in place on later runs instead of adding one', async () => {
    const id = markerComments(7)[0].id
    for (let i = 0; i < 2; i++) {
      fake.setMode('ok')
      const r = await prRun(7, bump)
      expectNoCrash(r)
      expect(r.code).toBe(1)
      expect(fake.writes().map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH /repos/acme/infra/issues/comments/${id}`])
    }
    const ours = markerComments(7)
    expect(ours).toHaveLength(1)
    expect(ours[0].id).toBe(id)
    expect(ours[0].body).toContain(`/actions/runs/${4200 + runCounter})`)
    expect(fake.commentsOn(7)).toHaveLength(121)
  }, 240_000)

  it('turns the comment into an all-clear note and passes once the head moves to kOps 1.30.0', async () => {
    const id = markerComments(7)[0].id
    fake.setMode('ok')
    const r = await prRun(7, fixed)
    expectNoCrash(r)
    expect(r.code).toBe(0)
    expect(r.outputs['errors']).toBe('0')
    expect(r.outputs['head-kops-version']).toBe('1.30.0')
    expect(r.stdout).not.toContain(CRICTL_ERROR)
    const ours = markerComments(7)
    expect(ours).toHaveLength(1)
    expect(ours[0].id).toBe(id)
    expect(ours[0].body).toContain('### ✅ kOps 1.28.1 → 1.30.0: nothing at or above error any more')
    expect(ours[0].body).not.toContain('crictl')
    expect(r.outputs['comment-url']).toContain(`#issuecomment-${id}`)
  }, 120_000)

  it('posts no comment at all on a clean pull request', async () => {
    fake.setMode('ok')
    const r = await prRun(12, pullRequestCheckout(12, '1.28.1', '1.30.0'))
    expect(r.code).toBe(0)
    expect(fake.commentsOn(12)).toEqual([])
    expect(fake.writes()).toEqual([])
    expect(r.outputs['comment-url']).toBe('')
  }, 120_000)
})

describe('pull request comment when the API is not cooperating', () => {
  it('with a read-only token: same exit code, one notice saying why, no crash', async () => {
    fake.setMode('read-only')
    const r = await prRun(8, pullRequestCheckout(8, '1.28.1', '1.29.0-beta.1'))
    expectNoCrash(r)
    expect(r.code).toBe(1)
    const notes = noticeLines(r).filter((l) => l.includes('No pull request comment was posted'))
    expect(notes).toHaveLength(1)
    expect(notes[0]).toContain('HTTP 403: Resource not accessible by integration')
    expect(notes[0]).toContain('pull-requests: write')
    expect(noticeLines(r).length).toBeLessThanOrEqual(10)
    expect(r.stdout).toMatch(/^::error title=kops-preflight%3A nodeup-fails,file=clusters\/prod\.yaml,line=\d+,/m)
    expect(r.outputs['errors']).not.toBe('0')
    expect(r.outputs['comment-url']).toBe('')
    expect(markerComments(8)).toEqual([])
    // A 403 is not retried.
    expect(fake.log.filter((l) => l.status === 403)).toHaveLength(1)
  }, 120_000)

  it('skips the comment with one notice on a pull request from a fork in auto mode, without calling the API', async () => {
    fake.setMode('ok')
    const co = pullRequestCheckout(13, '1.28.1', '1.29.0-beta.1')
    const payload: any = pullRequestPayload(13, co)
    payload.pull_request.head.repo = { ...payload.pull_request.head.repo, full_name: 'someone/infra', fork: true, owner: { login: 'someone' } }
    const r = await runAction({ workspace: co.dir, event: 'pull_request', payload, sha: co.merge, ref: 'refs/pull/13/merge' })
    expect(r.code).toBe(1)
    const notes = noticeLines(r).filter((l) => l.includes('No pull request comment was posted'))
    expect(notes).toHaveLength(1)
    expect(notes[0]).toContain('forks get a read-only GITHUB_TOKEN')
    expect(fake.log).toEqual([])
  }, 120_000)

  it('retries after one 5xx and then posts the comment', async () => {
    fake.setMode('flaky')
    const r = await prRun(9, pullRequestCheckout(9, '1.28.1', '1.29.0-beta.1'))
    expectNoCrash(r)
    expect(r.code).toBe(1)
    expect(fake.log[0].status).toBe(502)
    expect(fake.log[1]).toMatchObject({ method: 'GET', path: fake.log[0].path, status: 200 })
    expect(markerComments(9)).toHaveLength(1)
    expect(noticeLines(r).filter((l) => l.includes('comment'))).toEqual([])
  }, 120_000)

  it.each([
    ['a secondary rate limit', 'rate-limited', 10],
    ['a bare 429', 'bare-429', 11],
  ] as const)('waits out %s with retry-after: 1 and then posts the comment', async (_label, mode, number) => {
    const co = pullRequestCheckout(number, '1.28.1', '1.29.0-beta.1')
    fake.setMode(mode)
    const r = await prRun(number, co)
    expectNoCrash(r)
    expect(r.code).toBe(1)
    expect(fake.log[0].status).toBe(429)
    expect(fake.log[1].status).toBe(200)
    expect(r.stdout).toMatch(/retrying in 1s/)
    expect(markerComments(number)).toHaveLength(1)
    expect(noticeLines(r).filter((l) => l.includes('comment'))).toEqual([])
  }, 120_000)
})

/** Structural checks of a SARIF 2.1.0 log as code scanning reads it. */
function expectValidSarif(sarif: any): void {
  expect(sarif.version).toBe('2.1.0')
  expect(sarif.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/)
  expect(sarif.runs).toHaveLength(1)
  const run = sarif.runs[0]
  expect(run.tool.driver.name).toBe('kops-preflight')
  const rules: any[] = run.tool.driver.rules
  expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length)
  for (const r of rules) {
    expect(typeof r.shortDescription.text).toBe('string')
    expect(['error', 'warning', 'note']).toContain(r.defaultConfiguration.level)
  }
  for (const res of run.results) {
    expect(rules[res.ruleIndex].id).toBe(res.ruleId)
    expect(['error', 'warning', 'note']).toContain(res.level)
    expect(res.message.text.length).toBeGreaterThan(0)
    const loc = res.locations[0].physicalLocation
    expect(loc.artifactLocation.uri).not.toMatch(/^\/|^[a-z]+:/)
    expect(loc.region.startLine).toBeGreaterThanOrEqual(1)
    expect(loc.region.endLine).toBeGreaterThanOrEqual(loc.region.startLine)
    expect(res.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:\d+$/)
  }
}

describe('fix suggestions on a pull request that brings in a cri-containerd bundle under kOps 1.29.0', () => {
  // The base installs the containerd 1.7.5 release tarball; the pull request switches to the 1.7.6 bundle and kOps 1.29.0.
  const baseYaml = clusterYaml()
    .replace('v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz', 'v1.7.5/containerd-1.7.5-linux-amd64.tar.gz')
    .replace(CONTAINERD_HASH, 'aa'.repeat(32))
  const tarball = 'https://github.com/containerd/containerd/releases/download/v1.7.6/containerd-1.7.6-linux-amd64.tar.gz'
  const tarballHash = '58408cfa025003e671b0af72183b963363d519543d0d0ba186037e9c57489ffe'
  let co: Checkout

  beforeAll(() => {
    co = pullRequestCheckout(21, '1.28.1', '1.29.0', clusterYaml(), baseYaml)
  })

  it('posts one review with a suggestion at the urlAmd64 line, kept single across three runs', async () => {
    fake.setMode('ok')
    for (let i = 0; i < 3; i++) {
      const r = await prRun(21, co, { comment: 'false' })
      expect(r.code).toBe(1)
      expectNoCrash(r)
    }
    expect(fake.reviews.filter((r) => r.pull === 21).map((r) => [r.commit_id, r.event])).toEqual([[co.prHead, 'COMMENT']])
    const comments = fake.reviewComments.filter((c) => c.pull === 21)
    expect(comments.map((c) => [c.path, c.start_line, c.line, c.side])).toEqual([[CLUSTER_FILE, URL_LINE, URL_LINE + 1, 'RIGHT']])
    expect(comments[0].body.split('\n').slice(1)).toEqual([
      '**kops-preflight** (`nodeup-fails`): Replace the cri-containerd bundle in spec.containerd.packages with the containerd release tarball containerd-1.7.6-linux-amd64.tar.gz (sha256 as kOps embeds it).',
      '',
      '```suggestion',
      `      urlAmd64: ${tarball}`,
      `      hashAmd64: ${tarballHash}`,
      '```',
    ])
    // Only the first run wrote: one review; the later runs listed and kept it.
    expect(fake.writes().filter((w) => w.path.includes('/pulls/'))).toEqual([expect.objectContaining({ method: 'POST', path: '/repos/acme/infra/pulls/21/reviews' })])
  }, 300_000)

  it('with a read-only token: no review, one notice, the fix in the job summary, same exit code', async () => {
    fake.setMode('read-only')
    const before = fake.reviews.length
    const r = await prRun(22, pullRequestCheckout(22, '1.28.1', '1.29.0', clusterYaml(), baseYaml), { comment: 'false' })
    expect(r.code).toBe(1)
    expectNoCrash(r)
    expect(fake.reviews.length).toBe(before)
    const notes = noticeLines(r).filter((l) => l.includes('fix suggestions'))
    expect(notes).toEqual([expect.stringContaining('No fix suggestions were posted: the token cannot review pull request #22')])
    expect(r.summary).toContain('### Fixes kops-preflight can apply')
    expect(r.summary).toContain(`  \`\`\`yaml\n        urlAmd64: ${tarball}\n        hashAmd64: ${tarballHash}\n  \`\`\``)
  }, 120_000)
})

describe('scheduled drift scan of a repository pinned at kOps 1.28.1', () => {
  let repo: { dir: string; head: string }

  beforeAll(() => {
    repo = defaultBranchCheckout('1.28.1')
  })

  it('against latest: reports that the newest release refuses Kubernetes 1.28 and stops there, writes SARIF and opens one tracking issue', async () => {
    fake.setMode('ok')
    const r = await scheduleRun(repo, { 'target-kops-version': 'latest', 'sarif-file': 'out/kops-preflight.sarif', issue: 'true' })
    expectNoCrash(r)
    const json = report(r)
    const latest = r.outputs['target-kops-version']
    expect(latest).toMatch(/^\d+\.\d+\.\d+$/)
    expect(json).toMatchObject({ mode: 'drift', base: null, head: { kopsVersion: '1.28.1' }, target: { kopsVersion: latest } })
    // Kubernetes 1.28 is below the newest release's oldest supported version: kops update cluster stops at its version
    // window, before the asset plan, so neither nodeup nor the bundle (warned about under 1.28.1) is reached there.
    expect(json.findings.filter((f: any) => f.ruleId === 'nodeup-fails' || f.ruleId === 'cri-containerd-bundle')).toEqual([])
    expect(json.findings.find((f: any) => f.ruleId === 'kubernetes-version-unsupported')).toMatchObject({ severity: 'error', status: 'new', messageId: 'tooOld', file: CLUSTER_FILE, line: K8S_LINE })
    expect(json.clusters.map((c: any) => [c.side, c.evaluated, c.stoppedAt])).toEqual([
      ['base', 'full', null],
      ['head', 'stopped', 'version'],
    ])
    expect(r.summary).toContain(`kOps 1.28.1 → ${latest}`)
    expect(r.summary).toContain('kOps stops here; later steps were not simulated')
    expect(json.mirror).toBeNull()
    expect(r.outputs['assets-to-mirror']).toBe('')

    const sarifPath = join(repo.dir, 'out', 'kops-preflight.sarif')
    expect(r.outputs['sarif-file']).toBe(sarifPath)
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'))
    expectValidSarif(sarif)
    expect(sarif.runs[0].results.map((x: any) => x.ruleId)).toContain('kubernetes-version-unsupported')

    const open = fake.issues.filter((i) => i.state === 'open' && i.body.startsWith(ISSUE_MARKER))
    if (json.summary.errors > 0) {
      expect(r.code).toBe(1)
      expect(open).toHaveLength(1)
      expect(open[0].labels).toEqual([{ name: 'kops-preflight' }])
      expect(open[0].title).toContain(`kOps 1.28.1 → ${latest}`)
      expect(r.outputs['issue-url']).toBe(`https://github.example/acme/infra/issues/${open[0].number}`)
    } else {
      expect(r.code).toBe(0)
      expect(open).toEqual([])
    }
  }, 120_000)

  it('against 1.29.0: the crictl failure is new, and the tracking issue is updated rather than duplicated', async () => {
    fake.setMode('ok')
    const before = fake.issues.length
    const r = await scheduleRun(repo, { 'target-kops-version': '1.29.0', issue: 'true' }, 'workflow_dispatch')
    expectNoCrash(r)
    expect(r.code).toBe(1)
    expect(r.outputs['target-kops-version']).toBe('1.29.0')
    expect(report(r).findings).toContainEqual(expect.objectContaining({ ruleId: 'nodeup-fails', status: 'new', line: URL_LINE, kopsVersion: '1.29.0' }))
    expect(r.stdout).toContain(CRICTL_ERROR)
    // The drift report plans the path to the target: one kOps step, with the crictl clash fixed by the tarball edit.
    expect(report(r).path.clusters.map((c: any) => c.steps.map((s: any) => [s.kopsVersion, s.blocked, s.changes.map((x: any) => [x.ruleId, x.line, x.fix?.edits.length])]))).toEqual([
      [[{ from: '1.28.1', to: '1.29.0' }, false, [['nodeup-fails', URL_LINE, 2]]], [{ from: '1.29.0', to: '1.29.0' }, false, []]],
    ])
    expect(r.summary).toContain('## kops-preflight upgrade path')
    expect(r.summary).toContain('```mermaid')
    const open = fake.issues.filter((i) => i.state === 'open' && i.body.startsWith(ISSUE_MARKER))
    expect(open).toHaveLength(1)
    expect(open[0].body).toContain(CRICTL_ERROR.replaceAll('"', '&quot;'))
    expect(fake.issues.length).toBe(Math.max(before, 1))
  }, 120_000)

  it('closes the tracking issue with a comment once a scan is clean', async () => {
    fake.setMode('ok')
    const issue = fake.issues.find((i) => i.state === 'open' && i.body.startsWith(ISSUE_MARKER))!
    const r = await scheduleRun(repo, { 'target-kops-version': '1.28.1', issue: 'true' })
    expectNoCrash(r)
    expect(r.code).toBe(0)
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(fake.commentsOn(issue.number).map((c) => c.body)).toEqual([expect.stringMatching(/^✅ The \[drift scan\]\(https:\/\/github\.example\/acme\/infra\/actions\/runs\/\d+\) is clean/)])
    expect(r.outputs['issue-url']).toBe(`https://github.example/acme/infra/issues/${issue.number}`)
  }, 120_000)

  it('a read-only token on the issue: one notice, same exit code', async () => {
    fake.setMode('read-only')
    const r = await scheduleRun(repo, { 'target-kops-version': '1.29.0', issue: 'true' })
    expectNoCrash(r)
    expect(r.code).toBe(1)
    const notes = noticeLines(r).filter((l) => l.includes('No tracking issue was updated'))
    expect(notes).toHaveLength(1)
    expect(notes[0]).toContain('issues: write')
  }, 120_000)
})

describe('drift scan of clusters with spec.assets.fileRepository', () => {
  const MIRROR = 'https://mirror.example.com/kops-assets'
  // Kubernetes 1.31 is in the window of both kOps 1.33.2 and the newest release, so both plan their assets.
  const PIN = '1.33.2'
  const K8S = '1.31.4'

  it('lists the target release assets to mirror, using a newer release published on GitHub', async () => {
    const repo = defaultBranchCheckout(PIN, clusterYaml(MIRROR, K8S))
    fake.setMode('ok')
    fake.releases = [
      { tag_name: 'v1.38.0', draft: true, prerelease: false },
      { tag_name: 'v1.37.0-beta.1', draft: false, prerelease: true },
      { tag_name: 'v1.36.9', draft: false, prerelease: false },
      ...Array.from({ length: 130 }, (_, i) => ({ tag_name: `v1.${20 + (i % 16)}.${i}`, draft: false, prerelease: false })),
    ]
    const r = await scheduleRun(repo, { 'target-kops-version': 'latest', 'refresh-releases': 'true', 'fail-on': 'never' })
    expectNoCrash(r)
    expect(r.code).toBe(0)
    expect(r.outputs['target-kops-version']).toBe('1.36.9')
    expect(fake.log.filter((l) => l.path === '/repos/kubernetes/kops/releases').map((l) => l.query['page'] ?? '1')).toEqual(['1', '2'])

    const json = report(r)
    expect(json.mirror).toMatchObject({ kopsVersion: '1.36.9', pinnedKopsVersion: PIN })
    const assets: any[] = json.mirror.assets
    expect(assets.length).toBeGreaterThan(0)
    expect(Number(r.outputs['assets-to-mirror'])).toBe(assets.length)
    for (const a of assets) {
      expect(a.url.startsWith(`${MIRROR}/`)).toBe(true)
      expect(a).toMatchObject({ cluster: 'prod.example.com', file: CLUSTER_FILE, fileRepository: MIRROR, instanceGroups: ['nodes'] })
    }
    // The containerd bundle and kubelet are the same under both releases: nothing to copy for them.
    expect(assets.map((a) => a.component)).not.toContain('kubelet')
    expect(assets.some((a) => a.url.includes('cri-containerd-cni'))).toBe(false)
    const runc = assets.find((a) => a.component === 'runc' && a.arches.includes('amd64'))
    expect(runc.source).toMatch(/^https:\/\/github\.com\/opencontainers\/runc\/releases\/download\//)

    expect(r.summary).toContain(`#### Assets to mirror for kOps 1.36.9 (${assets.length})`)
    expect(r.summary).toContain(runc.url.replaceAll('_', '\\_'))
  }, 120_000)

  it('falls back to the built-in release list with one notice when GitHub cannot be reached', async () => {
    const repo = defaultBranchCheckout(PIN, clusterYaml(MIRROR, K8S))
    fake.setMode('releases-down')
    const r = await scheduleRun(repo, { 'target-kops-version': 'latest', 'refresh-releases': 'true', 'fail-on': 'never' })
    expectNoCrash(r)
    expect(r.code).toBe(0)
    const notes = noticeLines(r).filter((l) => l.includes('Could not look up the newest kOps release'))
    expect(notes).toHaveLength(1)
    expect(notes[0]).toContain('HTTP 500')
    expect(r.outputs['target-kops-version']).toMatch(/^1\.\d+\.\d+$/)
    expect(r.outputs['target-kops-version']).not.toBe('1.36.9')
    // 500 is retried twice before giving up.
    expect(fake.log.filter((l) => l.path === '/repos/kubernetes/kops/releases')).toHaveLength(3)
    expect(r.summary).toContain('#### Assets to mirror for kOps')
  }, 120_000)
})

it('keeps every temporary path outside the repository', () => {
  for (const dir of created) expect(relative(ROOT, dir).startsWith('..')).toBe(true)
})
