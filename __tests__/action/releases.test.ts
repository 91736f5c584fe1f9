// What `target-kops-version: latest` resolves to: the catalogue, a newer GitHub release, or the catalogue after a failed lookup.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'

// The throttling plugin spaces API writes a second apart, so a test with several writes takes seconds; on a
// loaded CI machine the default 5 s would cut it off and leave its requests to the next test.
jest.setTimeout(60_000)
import * as core from '../mocks/core.js'
import { FakeGitHub } from '../e2e/fake-github.js'

jest.unstable_mockModule('@actions/core', () => core)

const { createClient } = await import('../../src/github/client.js')
const { newestFinal, resolveLatest } = await import('../../src/github/releases.js')
const { latestRelease } = await import('../../src/releases/catalog.js')

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
})

const release = (tag_name: string, over: Partial<{ draft: boolean; prerelease: boolean }> = {}) => ({ tag_name, draft: false, prerelease: false, ...over })

describe('newestFinal', () => {
  it('picks the highest final version, skipping drafts, prereleases and other tags', () => {
    expect(
      newestFinal([
        release('v1.40.0', { draft: true }),
        release('v1.39.0-beta.1', { prerelease: true }),
        release('v1.39.0-rc.1'),
        release('nightly'),
        release('v1.35.4'),
        release('v1.36.1'),
        release('1.36.2'),
      ]),
    ).toBe('1.36.2')
    expect(newestFinal([release('v1.30.0', { prerelease: true })])).toBeNull()
  })
})

describe('resolveLatest', () => {
  it('uses the catalogue without a client', async () => {
    expect(await resolveLatest(null)).toMatchObject({ version: latestRelease(), source: 'catalogue', notice: null })
    expect(fake.log).toEqual([])
  })

  it('uses a newer release published on GitHub', async () => {
    fake.releases = [release('v1.99.0-alpha.1', { prerelease: true }), release('v1.99.1'), release('v1.20.0')]
    const latest = await resolveLatest(createClient('t'))
    expect(latest).toMatchObject({ version: '1.99.1', source: 'github', notice: null })
    expect(latest.info).toContain(`newer than the newest release kops-preflight models (${latestRelease()})`)
  })

  it('keeps the catalogue when GitHub has nothing newer', async () => {
    fake.releases = [release('v1.20.0')]
    expect(await resolveLatest(createClient('t'))).toMatchObject({ version: latestRelease(), source: 'catalogue', notice: null })
  })

  it('reads a bounded number of pages', async () => {
    fake.releases = Array.from({ length: 450 }, (_, i) => release(`v1.${i % 30}.${i}`))
    await resolveLatest(createClient('t'))
    expect(fake.log.filter((l) => l.path === '/repos/kubernetes/kops/releases')).toHaveLength(3)
  })

  it('falls back to the catalogue with a notice when the lookup fails', async () => {
    fake.setMode('releases-down')
    const latest = await resolveLatest(createClient('t', { retries: 0 }))
    expect(latest).toEqual({
      version: latestRelease(),
      source: 'catalogue',
      info: null,
      notice: `Could not look up the newest kOps release on GitHub (HTTP 500: Server Error); using kOps ${latestRelease()}, the newest release kops-preflight models.`,
    })
  })

  it('falls back when no final release is listed', async () => {
    fake.releases = [release('v1.99.0-beta.1', { prerelease: true })]
    expect((await resolveLatest(createClient('t'))).notice).toContain('no final release among the 1 newest releases')
  })
})
