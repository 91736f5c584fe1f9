// The sticky pull request comment against a local fake API: create once, edit in place, all-clear, duplicates, failures.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'

// The throttling plugin spaces API writes a second apart, so a test with several writes takes seconds; on a
// loaded CI machine the default 5 s would cut it off and leave its requests to the next test.
jest.setTimeout(60_000)
import * as core from '../mocks/core.js'
import { FakeGitHub } from '../e2e/fake-github.js'
import { cleanDriftResult, finding, hugeResult, prResult, summaryOf } from '../report/fixture.js'
import type { CheckResult } from '../../src/result.js'

jest.unstable_mockModule('@actions/core', () => core)

const { createClient } = await import('../../src/github/client.js')
const { COMMENT_MARKER, allClearBody, commentThreshold, reportBody, upsertPullRequestComment } = await import('../../src/github/pr-comment.js')

const fake = new FakeGitHub()
const savedApiUrl = process.env['GITHUB_API_URL']
let number = 100

beforeAll(async () => {
  await fake.start()
  process.env['GITHUB_API_URL'] = fake.url
})

afterAll(async () => {
  await fake.stop()
  if (savedApiUrl === undefined) delete process.env['GITHUB_API_URL']
  else process.env['GITHUB_API_URL'] = savedApiUrl
})

beforeEach(() => {
  core.resetCore()
  fake.setMode('ok')
  number++
})

const client = () => createClient('t', { retryAfterBaseMs: 10 })
const target = (over: Partial<{ failOn: 'error' | 'warning' | 'notice' | 'never'; runUrl: string | null }> = {}) => ({ owner: 'acme', repo: 'infra', number, runUrl: 'https://github.example/acme/infra/actions/runs/1', failOn: 'error' as const, ...over })

/** prResult without its errors: warnings and notices only. */
const warningsOnly: CheckResult = (() => {
  const findings = prResult.findings.filter((f) => f.severity !== 'error')
  return { ...prResult, findings, summary: summaryOf(findings) }
})()

const ours = () => fake.commentsOn(number).filter((c) => c.body.startsWith(COMMENT_MARKER))

describe('commentThreshold', () => {
  it('follows fail-on, with error for never', () => {
    expect(commentThreshold('warning')).toBe('warning')
    expect(commentThreshold('never')).toBe('error')
  })
})

describe('upsertPullRequestComment', () => {
  it('creates the comment when there are findings at or above the threshold', async () => {
    const outcome = await upsertPullRequestComment(client(), target(), prResult)
    expect(outcome).toMatchObject({ action: 'created', allClear: false, removedDuplicates: 0 })
    expect(ours()).toHaveLength(1)
    expect(ours()[0].body).toBe(reportBody(prResult, target()))
  })

  it('edits its own comment in place and leaves an identical one alone', async () => {
    fake.addOtherComments(number, 150)
    const first = await upsertPullRequestComment(client(), target(), prResult)
    const second = await upsertPullRequestComment(client(), target({ runUrl: 'https://github.example/acme/infra/actions/runs/2' }), prResult)
    const third = await upsertPullRequestComment(client(), target({ runUrl: 'https://github.example/acme/infra/actions/runs/2' }), prResult)
    expect(first.action).toBe('created')
    expect(second).toMatchObject({ action: 'updated', id: (first as { id: number }).id })
    expect(third).toMatchObject({ action: 'unchanged', id: (first as { id: number }).id })
    expect(ours()).toHaveLength(1)
    expect(ours()[0].body).toContain('actions/runs/2')
  })

  it('posts nothing when there is nothing to report and no earlier comment', async () => {
    const outcome = await upsertPullRequestComment(client(), target(), warningsOnly)
    expect(outcome).toEqual({ action: 'none', reason: 'nothing at or above error and no earlier comment' })
    expect(fake.writes()).toEqual([])
  })

  it('turns an earlier report into an all-clear note', async () => {
    await upsertPullRequestComment(client(), target(), prResult)
    const outcome = await upsertPullRequestComment(client(), target(), warningsOnly)
    expect(outcome).toMatchObject({ action: 'updated', allClear: true })
    expect(ours()).toHaveLength(1)
    expect(ours()[0].body).toBe(allClearBody(warningsOnly, target()))
    expect(ours()[0].body).toContain('### ✅ kOps 1.28.1 → 1.29.0-beta.1: nothing at or above error any more')
  })

  it('reports warnings too with fail-on warning', async () => {
    const outcome = await upsertPullRequestComment(client(), target({ failOn: 'warning' }), warningsOnly)
    expect(outcome.action).toBe('created')
  })

  it('ignores comments that only quote the marker, and removes duplicates of its own', async () => {
    fake.addComment(number, `> ${COMMENT_MARKER}\n> quoted`, { login: 'octocat', type: 'User' })
    const a = fake.addComment(number, `${COMMENT_MARKER}\nold`)
    const b = fake.addComment(number, `${COMMENT_MARKER}\nracing run`)
    const foreign = fake.addComment(number, `${COMMENT_MARKER}\nby someone else`, { login: 'octocat', type: 'User' })
    const outcome = await upsertPullRequestComment(client(), target(), prResult)
    expect(outcome).toMatchObject({ action: 'updated', id: a.id, removedDuplicates: 1 })
    const ids = fake.commentsOn(number).map((c) => c.id)
    expect(ids).not.toContain(b.id)
    expect(ids).toContain(foreign.id)
  })

  it('keeps a huge report under the comment limit with the verdict and errors first', async () => {
    const huge = hugeResult({ errors: 400, warnings: 2000, notices: 2000, assets: 2000, fixed: 500 })
    await upsertPullRequestComment(client(), target(), huge)
    const body = ours()[0].body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(65_000)
    expect(body.split('\n')[1]).toMatch(/^### ❌ /)
    expect(body).toContain('#### Errors')
    expect(body).toMatch(/left out to keep this report under/)
    expect(body).toMatch(/<sub>kops-preflight .*workflow run.*<\/sub>\n$/)
  })

  it('returns one notice naming the permission on a 403', async () => {
    fake.setMode('read-only')
    const outcome = await upsertPullRequestComment(client(), target(), prResult)
    expect(outcome.action).toBe('failed')
    const notice = (outcome as { notice: string }).notice
    expect(notice).toBe(
      `No pull request comment was posted: the token cannot comment on pull request #${number} (HTTP 403: Resource not accessible by integration). ` +
        'Give the job `permissions: pull-requests: write`, or set `comment: false`; pull_request runs from forks and Dependabot always get a read-only token. ' +
        'The annotations and the job summary have the full report; the check result is unchanged.',
    )
  })

  it('returns a notice instead of throwing when the API keeps failing', async () => {
    fake.setMode('releases-down')
    process.env['GITHUB_API_URL'] = 'http://127.0.0.1:1'
    try {
      const outcome = await upsertPullRequestComment(createClient('t', { retries: 0 }), target(), prResult)
      expect(outcome.action).toBe('failed')
      expect((outcome as { notice: string }).notice).toMatch(/^No pull request comment was posted: could not list the comments of pull request #\d+ \(.+\)\. The annotations/)
    } finally {
      process.env['GITHUB_API_URL'] = fake.url
    }
  })

  it('writes no run link when the run is unknown', () => {
    expect(allClearBody(cleanDriftResult, { runUrl: null, failOn: 'error' })).toContain('see the job summary.')
    expect(reportBody(prResult, { runUrl: null })).not.toContain('workflow run')
  })

  it('escapes repository text in the all-clear note', () => {
    const hostile = { ...warningsOnly, head: { ...warningsOnly.head, kopsVersion: '1.29.0 <img src=x>' } }
    expect(allClearBody(hostile, { runUrl: null, failOn: 'error' })).toContain('1.29.0 &lt;img src=x&gt;')
  })

  it('counts fixed findings as nothing to report', async () => {
    const onlyFixed = [finding({ ruleId: 'nodeup-fails', status: 'fixed', message: 'gone', file: 'c.yaml', line: 1, column: 1 })]
    const outcome = await upsertPullRequestComment(client(), target(), { ...prResult, findings: onlyFixed, summary: summaryOf(onlyFixed) })
    expect(outcome.action).toBe('none')
  })
})
