// run() end to end on real git repositories shaped like pull request checkouts, with @actions/* faked.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as core from '../mocks/core.js'
import * as github from '../mocks/github.js'
import { CLUSTER_FILE, CLUSTER_YAML, lineOf, pullRequestPayload, pullRequestRepo, removeDir, singleCommitRepo, tempDir, type PullRequestRepo } from './fixtures.js'

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => github)

const { run } = await import('../../src/main.js')

const URL_LINE = lineOf(CLUSTER_YAML, 'urlAmd64:')
const CRICTL_ERROR = 'unable to locate asset "crictl": found multiple matching assets for key: "crictl"'

const runnerTemp = tempDir('kops-preflight-runner-')
const created: string[] = [runnerTemp]
const savedEnv = { GITHUB_WORKSPACE: process.env['GITHUB_WORKSPACE'], RUNNER_TEMP: process.env['RUNNER_TEMP'] }

let bump: PullRequestRepo
let clean: PullRequestRepo

beforeAll(() => {
  bump = pullRequestRepo('1.28.1', '1.29.0-beta.1')
  clean = pullRequestRepo('1.28.1', '1.30.0')
  created.push(bump.dir, clean.dir)
})

afterAll(() => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  for (const dir of created) removeDir(dir)
})

beforeEach(() => {
  core.resetCore()
  process.env['RUNNER_TEMP'] = runnerTemp
})

/** Runs the action as a pull_request run on `repo`'s merge commit. */
async function runOnPullRequest(repo: PullRequestRepo, inputs: Record<string, string> = {}): Promise<void> {
  process.env['GITHUB_WORKSPACE'] = repo.dir
  core.setInputs({ 'fail-on': 'error', 'working-directory': '.', ...inputs })
  github.setEvent('pull_request', pullRequestPayload(repo.base, repo.prHead))
  await run()
}

function report(): any {
  const path = core.output('report-file')
  expect(path).toBeDefined()
  return JSON.parse(readFileSync(path as string, 'utf8'))
}

describe('run on a pull request that bumps kOps 1.28.1 → 1.29.0-beta.1', () => {
  it('fails the step with the nodeup error at the urlAmd64 line', async () => {
    await runOnPullRequest(bump)

    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed.mock.calls[0][0]).toMatch(/^\d+ findings? at or above fail-on 'error' on the head side\. See the annotations and the job summary\.$/)

    expect(Number(core.output('errors'))).toBeGreaterThanOrEqual(1)
    expect(Number(core.output('new'))).toBeGreaterThanOrEqual(1)
    expect(core.output('warnings')).toMatch(/^\d+$/)
    expect(core.output('notices')).toMatch(/^\d+$/)
    expect(core.output('base-kops-version')).toBe('1.28.1')
    expect(core.output('head-kops-version')).toBe('1.29.0-beta.1')
    expect(core.output('report-file')).toBe(join(runnerTemp, 'kops-preflight-report.json'))

    const atUrl = core.error.mock.calls.filter(([, props]) => props?.file === CLUSTER_FILE && props.startLine === URL_LINE)
    expect(atUrl).toHaveLength(1)
    expect(String(atUrl[0][0])).toContain(CRICTL_ERROR)
    expect(atUrl[0][1]?.title).toContain('nodeup-fails')

    expect(core.summaryWrites).toHaveLength(1)
    expect(core.summaryWrites[0]).toContain('1.29.0-beta.1')

    const json = report()
    expect(json).toMatchObject({
      schemaVersion: 1,
      mode: 'pull-request',
      base: { ref: bump.base, kopsVersion: '1.28.1' },
      head: { ref: bump.merge, kopsVersion: '1.29.0-beta.1' },
    })
    expect(json.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'nodeup-fails', severity: 'error', status: 'new', file: CLUSTER_FILE, line: URL_LINE, cluster: 'prod.example.com', instanceGroup: 'nodes', arch: 'amd64' }),
    )
    expect(json.summary.errors).toBe(Number(core.output('errors')))
  })

  it('keeps error annotations within the runner limit, leaving a slot for setFailed', async () => {
    await runOnPullRequest(bump)
    expect(core.error.mock.calls.length).toBeLessThanOrEqual(9)
    expect(core.warning.mock.calls.length).toBeLessThanOrEqual(10)
    expect(core.notice.mock.calls.length).toBeLessThanOrEqual(10)
  })

  it('reports but does not fail with fail-on never', async () => {
    await runOnPullRequest(bump, { 'fail-on': 'never' })
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(Number(core.output('errors'))).toBeGreaterThanOrEqual(1)
    expect(core.error.mock.calls.some(([, props]) => props?.startLine === URL_LINE)).toBe(true)
    expect(core.summaryWrites).toHaveLength(1)
  })

  it('simulates the head with kops-version instead of its pin', async () => {
    await runOnPullRequest(bump, { 'kops-version': 'v1.30.0' })
    expect(core.output('head-kops-version')).toBe('1.30.0')
    expect(core.output('errors')).toBe('0')
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('simulates the base with base-kops-version instead of its pin', async () => {
    await runOnPullRequest(bump, { 'base-kops-version': '1.29.0-beta.1' })
    expect(core.output('base-kops-version')).toBe('1.29.0-beta.1')
    expect(core.output('new')).toBe('0')
    // The nodeup failure is now on both sides: unchanged, and still failing the step.
    expect(report().findings).toContainEqual(expect.objectContaining({ ruleId: 'nodeup-fails', status: 'unchanged', line: URL_LINE }))
    expect(core.setFailed).toHaveBeenCalledTimes(1)
  })

  it('writes the report where report-file says', async () => {
    await runOnPullRequest(bump, { 'report-file': 'out/kops.json' })
    const path = join(bump.dir, 'out', 'kops.json')
    expect(core.output('report-file')).toBe(path)
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(1)
    removeDir(join(bump.dir, 'out'))
  })
})

describe('run on a pull request that bumps kOps 1.28.1 → 1.30.0', () => {
  it('passes: kOps 1.30 installs crictl alongside the bundle without failing', async () => {
    await runOnPullRequest(clean)
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.output('errors')).toBe('0')
    expect(core.output('base-kops-version')).toBe('1.28.1')
    expect(core.output('head-kops-version')).toBe('1.30.0')
    expect(core.error.mock.calls.filter(([, props]) => props?.file === CLUSTER_FILE && props.startLine === URL_LINE)).toEqual([])
    expect(core.summaryWrites).toHaveLength(1)
    expect(report()).toMatchObject({ mode: 'pull-request', summary: { errors: 0 } })
  })
})

describe('run outside pull requests', () => {
  it('checks the working tree alone on a push', async () => {
    process.env['GITHUB_WORKSPACE'] = bump.dir
    core.setInputs({ 'base-kops-version': '1.28.1' })
    github.setEvent('push', { after: bump.merge })
    await run()
    expect(core.output('base-kops-version')).toBe('')
    expect(core.output('head-kops-version')).toBe('1.29.0-beta.1')
    expect(report()).toMatchObject({ mode: 'snapshot', base: null, head: { ref: 'WORKTREE' } })
    expect(core.info).toHaveBeenCalledWith("base-kops-version '1.28.1' is not used: only pull_request and merge_group events have a base side.")
    // Every head-side finding is new in a snapshot, and the nodeup failure fails the step.
    expect(core.setFailed).toHaveBeenCalledTimes(1)
  })
})

describe('run when it cannot', () => {
  it('explains a missing base commit and points at fetch-depth', async () => {
    const shallow = singleCommitRepo('1.29.0-beta.1')
    created.push(shallow.dir)
    process.env['GITHUB_WORKSPACE'] = shallow.dir
    const missingBase = '0123456789abcdef0123456789abcdef01234567'
    github.setEvent('pull_request', pullRequestPayload(missingBase, shallow.head))
    await run()

    expect(core.setFailed).toHaveBeenCalledTimes(1)
    const message = String(core.setFailed.mock.calls[0][0])
    expect(message).toContain(`base commit ${missingBase} is not available`)
    expect(message).toContain('fetch-depth: 2')
    expect(message).not.toMatch(/bug|report/i)
    expect(core.setOutput).not.toHaveBeenCalled()
    expect(core.summaryWrites).toEqual([])
  })

  it('says to check out the repository when the workspace is not one', async () => {
    const empty = tempDir('kops-preflight-empty-')
    created.push(empty)
    process.env['GITHUB_WORKSPACE'] = empty
    github.setEvent('pull_request', pullRequestPayload(bump.base, bump.prHead))
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(`not a git repository: ${empty}. Run actions/checkout (with fetch-depth: 2) before this step, or point working-directory at the checkout.`)
  })

  it('reports an invalid input as it is, before reading anything', async () => {
    process.env['GITHUB_WORKSPACE'] = bump.dir
    core.setInputs({ 'fail-on': 'fatal' })
    github.setEvent('pull_request', pullRequestPayload(bump.base, bump.prHead))
    await run()
    expect(core.setFailed).toHaveBeenCalledWith("Invalid fail-on 'fatal'. Expected one of: error, warning, notice, never.")
    expect(core.setOutput).not.toHaveBeenCalled()
  })
})
