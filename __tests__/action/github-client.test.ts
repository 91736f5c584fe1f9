// The GitHub client against a local fake API: base URL, retries, rate limits, timeouts and error descriptions.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as core from '../mocks/core.js'
import { FakeGitHub } from '../e2e/fake-github.js'

jest.unstable_mockModule('@actions/core', () => core)

const { apiBaseUrl, createClient, describeApiError, fetchWithTimeout, isRateLimit, statusOf } = await import('../../src/github/client.js')

const fake = new FakeGitHub()
/** Accepts connections and never answers. */
let silent: Server
let silentUrl = ''
const savedApiUrl = process.env['GITHUB_API_URL']

beforeAll(async () => {
  await fake.start()
  silent = createServer(() => {})
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
})

afterAll(async () => {
  await fake.stop()
  silent.closeAllConnections()
  await new Promise<void>((resolve) => silent.close(() => resolve()))
  if (savedApiUrl === undefined) delete process.env['GITHUB_API_URL']
  else process.env['GITHUB_API_URL'] = savedApiUrl
})

beforeEach(() => {
  core.resetCore()
  process.env['GITHUB_API_URL'] = fake.url
})

const list = (client: ReturnType<typeof createClient>) => client.rest.issues.listComments({ owner: 'acme', repo: 'infra', issue_number: 1 })

describe('apiBaseUrl', () => {
  it('uses GITHUB_API_URL without a trailing slash, else api.github.com', () => {
    expect(apiBaseUrl({ GITHUB_API_URL: 'https://ghe.example.com/api/v3/' })).toBe('https://ghe.example.com/api/v3')
    expect(apiBaseUrl({})).toBe('https://api.github.com')
  })
})

describe('createClient', () => {
  it('sends requests to GITHUB_API_URL with the token', async () => {
    fake.setMode('ok')
    fake.addComment(1, 'hello')
    const { data } = await list(createClient('t0ken'))
    expect(data.map((c) => c.body)).toEqual(['hello'])
    expect(fake.log).toEqual([expect.objectContaining({ method: 'GET', path: '/repos/acme/infra/issues/1/comments', status: 200, authorization: 'token t0ken' })])
  })

  it('retries a 5xx and succeeds', async () => {
    fake.setMode('flaky')
    await list(createClient('t', { retryAfterBaseMs: 10 }))
    expect(fake.log.map((l) => l.status)).toEqual([502, 200])
  })

  it('gives up after the configured number of retries', async () => {
    fake.setMode('releases-down')
    const client = createClient('t', { retries: 2, retryAfterBaseMs: 10 })
    const err = await client.rest.repos.listReleases({ owner: 'kubernetes', repo: 'kops' }).catch((e: unknown) => e)
    expect(statusOf(err)).toBe(500)
    expect(fake.log.map((l) => l.status)).toEqual([500, 500, 500])
  })

  it('does not retry a 403', async () => {
    fake.setMode('read-only')
    const err = await createClient('t', { retryAfterBaseMs: 10 })
      .rest.issues.createComment({ owner: 'acme', repo: 'infra', issue_number: 1, body: 'x' })
      .catch((e: unknown) => e)
    expect(statusOf(err)).toBe(403)
    expect(describeApiError(err)).toBe('HTTP 403: Resource not accessible by integration')
    expect(fake.log).toHaveLength(1)
  })

  it.each(['rate-limited', 'bare-429'] as const)('waits out retry-after on a %s answer', async (mode) => {
    fake.setMode(mode)
    const started = Date.now()
    await list(createClient('t'))
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(fake.log.map((l) => l.status)).toEqual([429, 200])
    expect(core.info.mock.calls.some(([m]) => /rate limit|429/.test(m) && m.includes('retrying in 1s'))).toBe(true)
  })

  it('gives up on a rate limit whose retry-after is too long', async () => {
    fake.setMode('rate-limited')
    const err = await list(createClient('t', { maxRetryAfterSeconds: 0 })).catch((e: unknown) => e)
    expect(isRateLimit(err)).toBe(true)
    expect(describeApiError(err)).toMatch(/^rate limited by the GitHub API \(HTTP 429: You have exceeded a secondary rate limit/)
    expect(fake.log).toHaveLength(1)
  })

  it('aborts an attempt that gets no answer in time, and retries a bounded number of times', async () => {
    process.env['GITHUB_API_URL'] = silentUrl
    const started = Date.now()
    const err = await list(createClient('t', { timeoutMs: 200, retries: 1, retryAfterBaseMs: 10 })).catch((e: unknown) => e)
    const elapsed = Date.now() - started
    expect(describeApiError(err)).toBe('no answer within 0.2 s (timeout)')
    expect(elapsed).toBeGreaterThanOrEqual(380)
    expect(elapsed).toBeLessThan(5000)
  })
})

describe('fetchWithTimeout', () => {
  it('keeps the caller’s signal working alongside the timeout', async () => {
    const seen: AbortSignal[] = []
    const base = (async (_url: unknown, init?: RequestInit) => {
      seen.push(init?.signal as AbortSignal)
      return new Response('{}')
    }) as typeof fetch
    const caller = new AbortController()
    await fetchWithTimeout(base, 10_000)('http://x', { signal: caller.signal })
    caller.abort()
    expect(seen[0].aborted).toBe(true)
  })
})

describe('describeApiError', () => {
  it('describes a network error by its message', () => {
    expect(describeApiError(new Error('connect ECONNREFUSED 127.0.0.1:1'))).toBe('connect ECONNREFUSED 127.0.0.1:1')
  })

  it('recognises a primary rate limit by its headers', () => {
    const err = { status: 403, message: 'API rate limit exceeded for installation', response: { headers: { 'x-ratelimit-remaining': '0' } } }
    expect(isRateLimit(err)).toBe(true)
    expect(isRateLimit({ status: 403, message: 'Resource not accessible by integration', response: { headers: {} } })).toBe(false)
  })
})
