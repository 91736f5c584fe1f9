// run() with the GitHub API: the sticky comment, drift scans with the tracking issue, SARIF, and when the API is left alone.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'

// The throttling plugin spaces API writes a second apart, so a test with several writes takes seconds; on a
// loaded CI machine the default 5 s would cut it off and leave its requests to the next test.
jest.setTimeout(60_000)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as core from '../mocks/core.js'
import { context, setEvent } from '../mocks/github.js'
import { FakeGitHub } from '../e2e/fake-github.js'
import { pullRequestPayload, pullRequestRepo, removeDir, singleCommitRepo, tempDir, type PullRequestRepo } from './fixtures.js'

const { GitHub, getOctokitOptions } = await import('@actions/github/lib/utils')

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => ({
  context,
  getOctokit: (token: string, options: object, ...plugins: Parameters<typeof GitHub.plugin>) => new (GitHub.plugin(...plugins))(getOctokitOptions(token, options)),
}))

const { run } = await import('../../src/main.js')

const fake = new FakeGitHub()
const runnerTemp = tempDir('kops-preflight-runner-')
const created: string[] = [runnerTemp]
const saved = Object.fromEntries(['GITHUB_WORKSPACE', 'RUNNER_TEMP', 'GITHUB_API_URL', 'GITHUB_REPOSITORY', 'GITHUB_RUN_ID', 'GITHUB_SERVER_URL', 'GITHUB_ACTOR'].map((k) => [k, process.env[k]]))
let bump: PullRequestRepo
let pinned: { dir: string; head: string }
let prNumber = 40

beforeAll(async () => {
  await fake.start()
  bump = pullRequestRepo('1.28.1', '1.29.0-beta.1')
  pinned = singleCommitRepo('1.28.1')
  created.push(bump.dir, pinned.dir)
})

afterAll(async () => {
  await fake.stop()
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  for (const dir of created) removeDir(dir)
})

beforeEach(() => {
  core.resetCore()
  fake.setMode('ok')
  prNumber++
  Object.assign(process.env, { RUNNER_TEMP: runnerTemp, GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/infra', GITHUB_RUN_ID: '77', GITHUB_SERVER_URL: 'https://github.example', GITHUB_ACTOR: 'octocat' })
})

function prPayload(): Record<string, any> {
  const payload = pullRequestPayload(bump.base, bump.prHead)
  payload.pull_request.number = prNumber
  payload.pull_request.head.repo = { full_name: 'acme/infra' }
  payload.pull_request.base.repo = { full_name: 'acme/infra' }
  return payload
}

async function onPullRequest(inputs: Record<string, string>, payload = prPayload()): Promise<void> {
  process.env['GITHUB_WORKSPACE'] = bump.dir
  core.setInputs({ 'github-token': 'ghs_test', 'fail-on': 'error', comment: 'auto', ...inputs })
  setEvent('pull_request', payload)
  await run()
}

async function onSchedule(inputs: Record<string, string>, event = 'schedule'): Promise<void> {
  process.env['GITHUB_WORKSPACE'] = pinned.dir
  core.setInputs({ 'github-token': 'ghs_test', 'fail-on': 'error', ...inputs })
  setEvent(event, {})
  await run()
}

const notices = () => core.notice.mock.calls.filter(([, p]) => p?.file === undefined).map(([m]) => String(m))
const report = () => JSON.parse(readFileSync(core.output('report-file') as string, 'utf8'))

describe('the sticky comment', () => {
  it('is posted on a pull request with findings, and the step still fails', async () => {
    await onPullRequest({})
    const comments = fake.commentsOn(prNumber)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('https://github.example/acme/infra/actions/runs/77')
    expect(core.output('comment-url')).toBe(`https://github.example/acme/infra/pull/${prNumber}#issuecomment-${comments[0].id}`)
    expect(core.setFailed).toHaveBeenCalledTimes(1)
  })

  it('is not attempted with comment: false', async () => {
    await onPullRequest({ comment: 'false' })
    expect(fake.log).toEqual([])
    expect(core.output('comment-url')).toBe('')
  })

  it('is skipped with one notice on a fork in auto mode, and attempted with comment: true', async () => {
    const fork = prPayload()
    fork.pull_request.head.repo = { full_name: 'someone/infra' }
    await onPullRequest({}, fork)
    expect(fake.log).toEqual([])
    expect(notices().filter((n) => n.includes('No pull request comment was posted'))).toEqual([
      'No pull request comment was posted: pull_request runs from forks get a read-only GITHUB_TOKEN. The annotations and the job summary have the full report; the check result is unchanged. Set comment: false to leave this note out.',
    ])

    core.resetCore()
    fake.setMode('read-only')
    await onPullRequest({ comment: 'true' }, fork)
    expect(fake.log.some((l) => l.method === 'POST')).toBe(true)
    expect(notices().filter((n) => n.includes('No pull request comment was posted'))).toHaveLength(1)
    expect(core.setFailed).toHaveBeenCalledTimes(1)
  })

  it('needs a token: silent in auto mode, a notice with comment: true', async () => {
    await onPullRequest({ 'github-token': '' })
    expect(notices()).toEqual([])
    expect(core.info).toHaveBeenCalledWith('No pull request comment: github-token is empty.')
    core.resetCore()
    await onPullRequest({ 'github-token': '', comment: 'true' })
    expect(notices()).toEqual([
      'No pull request comment was posted: github-token is empty, so the GitHub API cannot be used. The annotations and the job summary have the full report; the check result is unchanged.',
    ])
    expect(fake.log).toEqual([])
  })

  it('keeps every notice within the runner limit when the comment fails', async () => {
    fake.setMode('read-only')
    await onPullRequest({ 'fail-on': 'never' })
    expect(core.notice.mock.calls.length).toBeLessThanOrEqual(10)
    expect(notices().filter((n) => n.includes('No pull request comment was posted'))).toHaveLength(1)
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('is not attempted outside pull requests', async () => {
    await onSchedule({ comment: 'true' }, 'push')
    expect(fake.log).toEqual([])
    expect(core.info).toHaveBeenCalledWith('comment: true has no effect on push events: there is no pull request to comment on.')
  })
})

describe('drift scans', () => {
  it('simulates the target release, writes SARIF and opens the tracking issue', async () => {
    const sarif = join(runnerTemp, 'drift.sarif')
    await onSchedule({ 'target-kops-version': 'v1.29.0', issue: 'true', 'sarif-file': sarif })
    expect(core.output('target-kops-version')).toBe('1.29.0')
    expect(core.output('base-kops-version')).toBe('')
    expect(core.output('head-kops-version')).toBe('1.28.1')
    expect(core.output('sarif-file')).toBe(sarif)
    expect(core.output('assets-to-mirror')).toBe('')
    const json = report()
    expect(json).toMatchObject({ mode: 'drift', target: { kopsVersion: '1.29.0' }, mirror: null })
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'nodeup-fails', status: 'new', kopsVersion: '1.29.0' }))
    expect(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results.some((r: any) => r.ruleId === 'nodeup-fails')).toBe(true)
    const issue = fake.issues.find((i) => i.state === 'open')!
    expect(core.output('issue-url')).toBe(`https://github.example/acme/infra/issues/${issue.number}`)
    expect(core.info).toHaveBeenCalledWith(expect.stringMatching(/^pinned kOps 1\.28\.1, target kOps 1\.29\.0: \d+ error/))
    expect(core.setFailed).toHaveBeenCalledTimes(1)
  })

  it('resolves latest from the built-in catalogue without calling GitHub', async () => {
    await onSchedule({ 'target-kops-version': 'latest' }, 'workflow_dispatch')
    expect(core.output('target-kops-version')).toMatch(/^\d+\.\d+\.\d+$/)
    expect(fake.log).toEqual([])
  })

  it('is not a drift scan on a pull request event', async () => {
    await onPullRequest({ 'target-kops-version': '1.30.0', issue: 'true', 'refresh-releases': 'true', comment: 'false' })
    expect(report().mode).toBe('pull-request')
    expect(core.output('target-kops-version')).toBe('')
    expect(core.info).toHaveBeenCalledWith("target-kops-version '1.30.0' is not used on pull_request events: they compare the pull request's base and head.")
    expect(core.info).toHaveBeenCalledWith('issue: true only applies to drift scans: target-kops-version on a run without a pull request (schedule, workflow_dispatch).')
    expect(core.info).toHaveBeenCalledWith('refresh-releases only applies to drift scans with target-kops-version: latest.')
    expect(fake.log).toEqual([])
  })

  it('says so when refresh-releases has no token to ask GitHub with', async () => {
    await onSchedule({ 'github-token': '', 'target-kops-version': 'latest', 'refresh-releases': 'true' })
    expect(notices()).toEqual(['refresh-releases needs github-token to look up the newest kOps release; using the newest release kops-preflight models.'])
    expect(fake.log).toEqual([])
  })

  it('reports a missing token for the issue with one notice', async () => {
    await onSchedule({ 'github-token': '', 'target-kops-version': '1.29.0', issue: 'true' })
    expect(notices()).toEqual(['No tracking issue was updated: github-token is empty. The job summary and the report file have the full drift report; the check result is unchanged.'])
  })
})

describe('the suppression config', () => {
  const IGNORE = ['ignore:', '  - rule: nodeup-fails', '    cluster: prod.example.com', '    reason: "Rolled out with the containerd fix (PLAT-9)"', ''].join('\n')

  it('is read from .github/kops-preflight.yaml even when paths selects only the manifests and pins', async () => {
    const repo = singleCommitRepo('1.29.0-beta.1')
    created.push(repo.dir)
    mkdirSync(join(repo.dir, '.github'))
    writeFileSync(join(repo.dir, '.github', 'kops-preflight.yaml'), IGNORE)
    process.env['GITHUB_WORKSPACE'] = repo.dir
    core.setInputs({ paths: 'clusters/**\n.tool-versions' })
    setEvent('push', {})
    await run()
    const json = report()
    expect(json.findings.filter((f: any) => f.ruleId === 'nodeup-fails')).toEqual([])
    expect(json.suppressed.map((x: any) => x.finding.ruleId)).toContain('nodeup-fails')
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('must exist when the workflow names it', async () => {
    const repo = singleCommitRepo('1.30.0')
    created.push(repo.dir)
    process.env['GITHUB_WORKSPACE'] = repo.dir
    core.setInputs({ config: 'ops/missing.yaml' })
    setEvent('push', {})
    await run()
    expect(report().findings).toContainEqual(expect.objectContaining({ ruleId: 'config-invalid', severity: 'error' }))
    expect(core.setFailed).toHaveBeenCalledTimes(1)
  })
})
