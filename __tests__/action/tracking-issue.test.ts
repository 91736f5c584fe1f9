// The drift scan's tracking issue against a local fake API: open once, update, close when clean, find it without its label.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'

// The throttling plugin spaces API writes a second apart, so a test with several writes takes seconds; on a
// loaded CI machine the default 5 s would cut it off and leave its requests to the next test.
jest.setTimeout(60_000)
import * as core from '../mocks/core.js'
import { FakeGitHub } from '../e2e/fake-github.js'
import { cleanDriftResult, hugeResult, prResult } from '../report/fixture.js'
import type { CheckResult } from '../../src/result.js'

jest.unstable_mockModule('@actions/core', () => core)

const { createClient } = await import('../../src/github/client.js')
const { ISSUE_LABEL, ISSUE_MARKER, closingComment, issueBody, issueTitle, syncTrackingIssue } = await import('../../src/github/tracking-issue.js')

const fake = new FakeGitHub()
const savedApiUrl = process.env['GITHUB_API_URL']

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
  fake.issues.length = 0
  fake.comments.length = 0
})

const client = () => createClient('t', { retryAfterBaseMs: 10 })
const target = { owner: 'acme', repo: 'infra', runUrl: 'https://github.example/acme/infra/actions/runs/9', failOn: 'error' as const, appendix: '#### Assets to mirror for kOps 1.36.2 (1)\n\n| a |\n' }

/** A drift result with the pull request fixture's findings. */
const drift: CheckResult = { ...prResult, mode: 'drift', base: null, head: { ref: 'WORKTREE', kopsVersion: '1.28.1' }, target: { kopsVersion: '1.36.2' } }
const open = () => fake.issues.filter((i) => i.state === 'open')

describe('syncTrackingIssue', () => {
  it('opens one labelled issue with the report and the appendix', async () => {
    const outcome = await syncTrackingIssue(client(), target, drift)
    expect(outcome).toMatchObject({ action: 'created', url: expect.stringMatching(/\/issues\/\d+$/) })
    expect(open()).toHaveLength(1)
    expect(open()[0]).toMatchObject({ title: issueTitle(drift, 'error'), body: issueBody(drift, target), labels: [{ name: ISSUE_LABEL }] })
    expect(open()[0].title).toBe('kops-preflight: kOps 1.28.1 → 1.36.2 has 4 findings at or above error')
    expect(open()[0].body).toMatch(/^<!-- kops-preflight:issue -->\n### ❌ /)
    expect(open()[0].body).toContain('#### Assets to mirror for kOps 1.36.2 (1)')
  })

  it('updates the open issue instead of opening another, and leaves it alone when nothing changed', async () => {
    await syncTrackingIssue(client(), target, drift)
    const again = await syncTrackingIssue(client(), { ...target, runUrl: 'https://github.example/acme/infra/actions/runs/10' }, drift)
    const same = await syncTrackingIssue(client(), { ...target, runUrl: 'https://github.example/acme/infra/actions/runs/10' }, drift)
    expect(again.action).toBe('updated')
    expect(same.action).toBe('unchanged')
    expect(open()).toHaveLength(1)
    expect(open()[0].body).toContain('actions/runs/10')
  })

  it('finds the issue by its marker when the label was not set', async () => {
    const existing = fake.addIssue({ title: 'old', body: `${ISSUE_MARKER}\nold`, state: 'open', labels: [] })
    fake.addIssue({ title: 'a pull request', body: `${ISSUE_MARKER}\n`, state: 'open', labels: [], pull_request: { url: 'x' } })
    fake.addIssue({ title: 'quoting', body: `> ${ISSUE_MARKER}`, state: 'open', labels: [] })
    const outcome = await syncTrackingIssue(client(), target, drift)
    expect(outcome).toMatchObject({ action: 'updated', number: existing.number })
    expect(fake.issues).toHaveLength(3)
  })

  it('closes the issue with a comment once the scan is clean', async () => {
    await syncTrackingIssue(client(), target, drift)
    const issue = open()[0]
    const outcome = await syncTrackingIssue(client(), target, cleanDriftResult)
    expect(outcome).toMatchObject({ action: 'closed', number: issue.number })
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(fake.commentsOn(issue.number).map((c) => c.body)).toEqual([closingComment(cleanDriftResult, target)])
    expect(closingComment(cleanDriftResult, target)).toMatch(/^✅ The \[drift scan\]\(https:\/\/github\.example\/acme\/infra\/actions\/runs\/9\) is clean: kOps .* has nothing at or above error \(.*\)\. Closing\.\n$/)
  })

  it('does nothing when the scan is clean and no issue is open', async () => {
    expect(await syncTrackingIssue(client(), target, cleanDriftResult)).toEqual({ action: 'none', reason: 'the scan is clean and no tracking issue is open' })
    expect(fake.writes()).toEqual([])
  })

  it('keeps a huge report with its appendix under the issue limit', async () => {
    await syncTrackingIssue(client(), target, { ...hugeResult({ errors: 300, warnings: 3000, notices: 3000, assets: 1000, fixed: 10 }), mode: 'drift', target: { kopsVersion: '1.36.2' } })
    const body = open()[0].body
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(65_000)
    expect(body).toContain('#### Assets to mirror')
  })

  it('returns a notice naming the permission on a 403', async () => {
    fake.setMode('read-only')
    const outcome = await syncTrackingIssue(client(), target, drift)
    expect(outcome).toEqual({
      action: 'failed',
      notice:
        'No tracking issue was updated: the token cannot open a tracking issue in acme/infra (HTTP 403: Resource not accessible by integration). ' +
        'Give the job `permissions: issues: write`, or set `issue: false`. The job summary and the report file have the full drift report; the check result is unchanged.',
    })
  })
})
