// What the event tells the action: repository, pull request number, a read-only token and the run link.
import { describe, expect, it } from '@jest/globals'
import { pullRequestNumber, readOnlyReason, repositoryOf, runUrl } from '../../src/github/event.js'

const repo = (full_name: string) => ({ full_name })
const pr = (head: unknown, base = repo('acme/infra'), user = 'octocat') => ({ pull_request: { number: 7, head: { repo: head }, base: { repo: base }, user: { login: user } } })

describe('repositoryOf', () => {
  it('reads GITHUB_REPOSITORY, else the payload', () => {
    expect(repositoryOf({}, { GITHUB_REPOSITORY: 'acme/infra' })).toEqual({ owner: 'acme', repo: 'infra' })
    expect(repositoryOf({ repository: repo('acme/other') }, {})).toEqual({ owner: 'acme', repo: 'other' })
    expect(repositoryOf({}, {})).toBeNull()
    expect(repositoryOf({}, { GITHUB_REPOSITORY: 'acme' })).toBeNull()
  })
})

describe('pullRequestNumber', () => {
  it('is the pull request of pull_request and pull_request_target events only', () => {
    expect(pullRequestNumber('pull_request', { pull_request: { number: 7 } })).toBe(7)
    expect(pullRequestNumber('pull_request_target', { number: 8 })).toBe(8)
    expect(pullRequestNumber('merge_group', { pull_request: { number: 7 } })).toBeNull()
    expect(pullRequestNumber('push', {})).toBeNull()
    expect(pullRequestNumber('pull_request', {})).toBeNull()
  })
})

describe('readOnlyReason', () => {
  it('names forks and Dependabot on pull_request events', () => {
    expect(readOnlyReason('pull_request', pr(repo('someone/infra')), {})).toBe('pull_request runs from forks get a read-only GITHUB_TOKEN')
    expect(readOnlyReason('pull_request', pr(null), {})).toBe('pull_request runs from forks get a read-only GITHUB_TOKEN')
    expect(readOnlyReason('pull_request', pr(repo('acme/infra'), repo('acme/infra'), 'dependabot[bot]'), {})).toBe(
      'pull_request runs started by Dependabot get a read-only GITHUB_TOKEN',
    )
    expect(readOnlyReason('pull_request', pr(repo('acme/infra')), { GITHUB_ACTOR: 'dependabot[bot]' })).toContain('Dependabot')
  })

  it('assumes a token that may write otherwise', () => {
    expect(readOnlyReason('pull_request', pr(repo('acme/infra')), {})).toBeNull()
    expect(readOnlyReason('pull_request', pr({ full_name: 'acme/infra', fork: true }, { full_name: 'acme/infra' }), {})).toBeNull()
    expect(readOnlyReason('pull_request_target', pr(repo('someone/infra')), {})).toBeNull()
  })
})

describe('runUrl', () => {
  it('links the run, and the attempt after the first', () => {
    const env = { GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_REPOSITORY: 'acme/infra', GITHUB_RUN_ID: '123' }
    expect(runUrl(env)).toBe('https://ghe.example.com/acme/infra/actions/runs/123')
    expect(runUrl({ ...env, GITHUB_RUN_ATTEMPT: '2' })).toBe('https://ghe.example.com/acme/infra/actions/runs/123/attempts/2')
    expect(runUrl({ GITHUB_REPOSITORY: 'acme/infra', GITHUB_RUN_ID: '5' })).toBe('https://github.com/acme/infra/actions/runs/5')
    expect(runUrl({ GITHUB_REPOSITORY: 'acme/infra' })).toBeNull()
  })
})
