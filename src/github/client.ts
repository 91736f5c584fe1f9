// The GitHub REST client: @actions/github's Octokit with retries, rate-limit handling and a timeout on every request.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { defaults as actionsDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof github.getOctokit>

export interface ClientOptions {
  /** Per attempt, headers and body included; default 15 s. */
  timeoutMs?: number
  /** Retries after a 5xx or a network error (not after 4xx); default 2. */
  retries?: number
  /** How often a rate limit's `retry-after` is waited out before giving up; default 2. */
  rateLimitRetries?: number
  /** A rate limit asking for a longer wait than this is not waited out; default 60 s. */
  maxRetryAfterSeconds?: number
  /** Base of the retry back-off (1 s, then 4 s with the default); tests shorten it. */
  retryAfterBaseMs?: number
}

export const DEFAULT_TIMEOUT_MS = 15_000
export const DEFAULT_RETRIES = 2
export const DEFAULT_RATE_LIMIT_RETRIES = 2
export const DEFAULT_MAX_RETRY_AFTER_SECONDS = 60

/** 4xx answers that another attempt would not change; 429 is left to the rate-limit handling. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

/** `GITHUB_API_URL` (GitHub Enterprise Server sets it), else api.github.com; no trailing slash. */
export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, '')
}

type Fetch = typeof globalThis.fetch

/** Wraps fetch so each attempt is aborted after `ms`, also while the body is read. */
export function fetchWithTimeout(base: Fetch, ms: number): Fetch {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(ms)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    try {
      return await base(input, { ...init, signal })
    } catch (err) {
      if (!timeout.aborted || init?.signal?.aborted) throw err
      const e = new Error(`no answer within ${ms / 1000} s (timeout)`, { cause: err })
      e.name = 'TimeoutError'
      throw e
    }
  }
}

interface LimitOptions {
  method?: string
  url?: string
}

/**
 * An Octokit for `token` against `GITHUB_API_URL`, with the proxy settings of @actions/github.
 * 5xx answers and network errors are retried `retries` times with back-off; rate limits (primary,
 * secondary, or a bare 429) are waited out as `retry-after` says at most `rateLimitRetries` times,
 * then the request fails with the rate-limit error for the caller to report.
 */
export function createClient(token: string, opts: ClientOptions = {}): GitHubClient {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const rateLimitRetries = opts.rateLimitRetries ?? DEFAULT_RATE_LIMIT_RETRIES
  const maxRetryAfter = opts.maxRetryAfterSeconds ?? DEFAULT_MAX_RETRY_AFTER_SECONDS
  const baseFetch = ((actionsDefaults.request as { fetch?: Fetch } | undefined)?.fetch ?? globalThis.fetch) as Fetch

  const onLimit = (kind: string) => (retryAfter: number, options: LimitOptions, _octokit: unknown, retryCount: number) => {
    const what = `${options.method ?? 'GET'} ${options.url ?? ''}`.trim()
    if (retryCount < rateLimitRetries && retryAfter <= maxRetryAfter) {
      core.info(`GitHub API ${kind} rate limit on ${what}; retrying in ${retryAfter}s.`)
      return true
    }
    core.info(`GitHub API ${kind} rate limit on ${what}; giving up after ${retryCount} ${retryCount === 1 ? 'retry' : 'retries'} (retry-after ${retryAfter}s).`)
    return false
  }

  const client = github.getOctokit(
    token,
    {
      baseUrl: apiBaseUrl(),
      request: { fetch: fetchWithTimeout(baseFetch, timeoutMs), agent: (actionsDefaults.request as { agent?: unknown } | undefined)?.agent },
      retry: { retries: opts.retries ?? DEFAULT_RETRIES, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: opts.retryAfterBaseMs ?? 1000 },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary'), retryAfterBaseValue: 1000 },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => core.debug(m), error: (m: string) => core.debug(m) },
    } as Parameters<typeof github.getOctokit>[1],
    retry,
    throttling,
  )

  // A 429 that is neither a primary nor a secondary limit to the throttling plugin (no such message,
  // no exhausted quota header) still carries `retry-after`: honour it the same bounded number of times.
  client.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options)
      } catch (err) {
        const wait = bareRetryAfter(err)
        if (wait === null || attempt >= rateLimitRetries || wait > maxRetryAfter) throw err
        core.info(`GitHub API answered 429 to ${options.method} ${options.url}; retrying in ${wait}s.`)
        await new Promise((r) => setTimeout(r, wait * 1000))
      }
    }
  })
  return client
}

interface ErrorLike {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown }
}

function asErrorLike(err: unknown): ErrorLike {
  return typeof err === 'object' && err !== null ? (err as ErrorLike) : {}
}

/** Seconds to wait for a 429 the throttling plugin does not handle; null for any other error. */
function bareRetryAfter(err: unknown): number | null {
  const e = asErrorLike(err)
  if (e.status !== 429 || isRateLimit(err)) return null
  const raw = e.response?.headers?.['retry-after']
  const seconds = Number(raw)
  return raw !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds : null
}

/** A primary or secondary rate limit as GitHub signals it. */
export function isRateLimit(err: unknown): boolean {
  const e = asErrorLike(err)
  if (e.status !== 403 && e.status !== 429) return false
  return /\b(secondary )?rate limit/i.test(e.message ?? '') || String(e.response?.headers?.['x-ratelimit-remaining']) === '0'
}

/** The HTTP status of a failed request, when there was an answer. */
export function statusOf(err: unknown): number | null {
  const status = asErrorLike(err).status
  return typeof status === 'number' && status > 0 ? status : null
}

/** One sentence about why a request failed, without a stack: status and GitHub's message, or the network error. */
export function describeApiError(err: unknown): string {
  const e = asErrorLike(err)
  const message = (e.message ?? String(err)).split('\n')[0].replace(/\s*-\s*https:\/\/docs\.github\.com\S*$/, '').trim()
  if (e.status === 429 || isRateLimit(err)) return `rate limited by the GitHub API (HTTP ${e.status}: ${message})`
  // Octokit reports a request that got no answer (network error, timeout) as status 500 without a response.
  if (e.status && e.status >= 400 && e.status < 600 && e.response !== undefined) return `HTTP ${e.status}: ${message}`
  return message
}
