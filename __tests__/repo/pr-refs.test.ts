// Base/head selection for GitHub Actions events, against fake git output and real (shallow) clones.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitError, type GitRunner } from '../../src/repo/git.js'
import { resolvePullRequestRefs, type GitHubEvent } from '../../src/repo/pr-refs.js'
import { cleanupTempDirs, commitAll, git, initRepo, tempDir, write } from './git-fixtures.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const H = 'c'.repeat(40)
const M = 'd'.repeat(40)
const X = 'e'.repeat(40)

function fail(stderr = 'fatal: failed', exitCode = 128): GitError {
  return new GitError(`git failed: ${stderr}`, [], '/repo', exitCode, stderr)
}

/** A runner answering from a table keyed by the joined arguments; records every call. */
function fakeGit(table: Record<string, string | GitError>): { runner: GitRunner; calls: string[] } {
  const calls: string[] = []
  const runner: GitRunner = async (args) => {
    const key = args.join(' ')
    calls.push(key)
    const answer = table[key]
    if (answer === undefined) throw fail(`unexpected call: ${key}`)
    if (answer instanceof GitError) throw answer
    return Buffer.from(answer)
  }
  return { runner, calls }
}

const headIs = (sha: string) => ({ 'rev-parse --verify --quiet HEAD^{commit}': `${sha}\n` })
const prEvent = (name = 'pull_request', base: string = B, head: string = H): GitHubEvent => ({
  name,
  payload: { pull_request: { base: { sha: base }, head: { sha: head } } },
})

describe('resolvePullRequestRefs with a fake runner', () => {
  it.each(['push', 'schedule', 'workflow_dispatch', 'release', ''])('%j is a snapshot of HEAD', async (name) => {
    const { runner, calls } = fakeGit(headIs(M))
    expect(await resolvePullRequestRefs('/repo', { name, payload: {} }, runner)).toEqual({ mode: 'snapshot', head: M })
    expect(calls).toEqual(['rev-parse --verify --quiet HEAD^{commit}'])
  })

  it.each(['pull_request', 'pull_request_target'])('%s on the merge commit uses its first parent', async (name) => {
    const { runner } = fakeGit({ ...headIs(M), [`rev-list --parents -n 1 ${M}`]: `${M} ${B} ${H}\n` })
    expect(await resolvePullRequestRefs('/repo', prEvent(name), runner)).toEqual({ mode: 'pull-request', base: B, head: M, how: 'first parent of merge commit' })
  })

  it('uses the first parent when the payload names no head', async () => {
    const { runner } = fakeGit({ ...headIs(M), [`rev-list --parents -n 1 ${M}`]: `${M} ${B} ${H}\n` })
    const event = { name: 'pull_request', payload: { pull_request: { base: { sha: A } } } }
    expect(await resolvePullRequestRefs('/repo', event, runner)).toMatchObject({ base: B, how: 'first parent of merge commit' })
  })

  it('ignores a merge commit that is not the merge of this pull request', async () => {
    const { runner } = fakeGit({
      ...headIs(M),
      [`rev-list --parents -n 1 ${M}`]: `${M} ${A} ${X}\n`,
      [`cat-file -e ${B}^{commit}`]: '',
    })
    expect(await resolvePullRequestRefs('/repo', prEvent('pull_request_target'), runner)).toEqual({ mode: 'pull-request', base: B, head: M, how: 'payload base sha' })
  })

  it('merge_group uses the first parent of a merge commit', async () => {
    const { runner } = fakeGit({ ...headIs(M), [`rev-list --parents -n 1 ${M}`]: `${M} ${A} ${X}\n` })
    const event = { name: 'merge_group', payload: { merge_group: { base_sha: B, head_sha: M } } }
    expect(await resolvePullRequestRefs('/repo', event, runner)).toEqual({ mode: 'pull-request', base: A, head: M, how: 'first parent of merge commit' })
  })

  it('merge_group without a merge commit uses base_sha', async () => {
    const { runner } = fakeGit({ ...headIs(M), [`rev-list --parents -n 1 ${M}`]: `${M} ${A}\n`, [`cat-file -e ${B}^{commit}`]: '' })
    const event = { name: 'merge_group', payload: { merge_group: { base_sha: B, head_sha: M } } }
    expect(await resolvePullRequestRefs('/repo', event, runner)).toEqual({ mode: 'pull-request', base: B, head: M, how: 'payload base sha' })
  })

  it('fetches a missing base commit with depth 1', async () => {
    let fetched = false
    const { runner: inner, calls } = fakeGit({ ...headIs(H), [`rev-list --parents -n 1 ${H}`]: `${H}\n`, [`fetch --no-tags --depth=1 origin ${B}`]: '' })
    const runner: GitRunner = async (args, o) => {
      if (args[0] === 'cat-file') {
        calls.push(args.join(' '))
        if (!fetched) throw fail('', 1)
        return Buffer.alloc(0)
      }
      if (args[0] === 'fetch') fetched = true
      return inner(args, o)
    }
    expect(await resolvePullRequestRefs('/repo', prEvent(), runner)).toEqual({ mode: 'pull-request', base: B, head: H, how: 'fetched base sha' })
    expect(calls).toEqual([
      'rev-parse --verify --quiet HEAD^{commit}',
      `rev-list --parents -n 1 ${H}`,
      `cat-file -e ${B}^{commit}`,
      `fetch --no-tags --depth=1 origin ${B}`,
      `cat-file -e ${B}^{commit}`,
    ])
  })

  it('explains how to fix a failed fetch', async () => {
    const { runner } = fakeGit({
      ...headIs(H),
      [`rev-list --parents -n 1 ${H}`]: fail('fatal: bad object'),
      [`cat-file -e ${B}^{commit}`]: fail('', 1),
      [`fetch --no-tags --depth=1 origin ${B}`]: fail("fatal: couldn't find remote ref"),
    })
    const err = (await resolvePullRequestRefs('/repo', prEvent(), runner).catch((e: unknown) => e)) as Error
    expect(err.message).toContain(`base commit ${B} is not available`)
    expect(err.message).toContain("couldn't find remote ref")
    expect(err.message).toContain('actions/checkout needs `fetch-depth: 2` (or `0`)')
  })

  it.each<[string, unknown, RegExp]>([
    ['missing', undefined, /payload names no base commit \(expected pull_request\.base\.sha\)/],
    ['not a sha', '--upload-pack=evil', /invalid base commit sha: "--upload-pack=evil"/],
    ['a number', 42, /invalid base commit sha: 42/],
  ])('rejects a payload base sha that is %s', async (_label, base, message) => {
    const { runner, calls } = fakeGit({ ...headIs(H), [`rev-list --parents -n 1 ${H}`]: `${H} ${A}\n` })
    const event = { name: 'pull_request', payload: { pull_request: { base: { sha: base }, head: { sha: H } } } }
    await expect(resolvePullRequestRefs('/repo', event, runner)).rejects.toThrow(message)
    expect(calls.some((c) => c.startsWith('fetch'))).toBe(false)
  })

  it('reports a missing repository', async () => {
    const { runner } = fakeGit({ 'rev-parse --verify --quiet HEAD^{commit}': fail('fatal: not a git repository (or any of the parent directories): .git') })
    await expect(resolvePullRequestRefs('/nowhere', prEvent(), runner)).rejects.toThrow('not a git repository: /nowhere')
  })
})

describe('resolvePullRequestRefs against real clones', () => {
  let origin: string
  let base: string
  let prHead: string
  let mergeSha: string
  let mainMerge: string

  beforeAll(() => {
    origin = initRepo()
    write(origin, 'cluster.yaml', 'version: 1\n')
    commitAll(origin, 'first')
    write(origin, 'cluster.yaml', 'version: 2\n')
    base = commitAll(origin, 'base')
    git(origin, 'checkout', '-q', '-b', 'feature')
    write(origin, 'cluster.yaml', 'version: 3\n')
    prHead = commitAll(origin, 'pull request change')
    // What GitHub publishes as refs/pull/N/merge: base as first parent, the pull request head second.
    git(origin, 'checkout', '-q', '-b', 'pr-merge', base)
    git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature')
    mergeSha = git(origin, 'rev-parse', 'HEAD')
    // The base branch tip itself is a merge of an earlier pull request.
    git(origin, 'checkout', '-q', 'main')
    git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #1', 'feature')
    mainMerge = git(origin, 'rev-parse', 'HEAD')
  }, 30_000)

  afterAll(cleanupTempDirs)

  function clone(branch: string, depth?: number): string {
    const dir = tempDir()
    git(dir, 'clone', '-q', ...(depth ? ['--depth', String(depth)] : []), '--branch', branch, `file://${origin}`, 'c')
    return `${dir}/c`
  }

  const event = (): GitHubEvent => prEvent('pull_request', base, prHead)

  it('depth 2: first parent of the merge commit, no fetch', async () => {
    const dir = clone('pr-merge', 2)
    expect(await resolvePullRequestRefs(dir, event())).toEqual({ mode: 'pull-request', base, head: mergeSha, how: 'first parent of merge commit' })
  })

  it('depth 1: fetches the payload base commit from origin', async () => {
    const dir = clone('pr-merge', 1)
    expect(git(dir, 'rev-list', '--count', 'HEAD')).toBe('1')
    expect(() => git(dir, 'cat-file', '-e', `${base}^{commit}`)).toThrow()
    expect(await resolvePullRequestRefs(dir, event())).toEqual({ mode: 'pull-request', base, head: mergeSha, how: 'fetched base sha' })
    expect(git(dir, 'cat-file', '-t', base)).toBe('commit')
    // Once fetched it is found locally.
    expect(await resolvePullRequestRefs(dir, event())).toMatchObject({ base, how: 'payload base sha' })
  })

  it('head checked out directly: payload base sha already present', async () => {
    const dir = clone('feature')
    expect(await resolvePullRequestRefs(dir, event())).toEqual({ mode: 'pull-request', base, head: prHead, how: 'payload base sha' })
  })

  it('a base branch tip that merged another pull request is not mistaken for the merge commit', async () => {
    const dir = clone('main')
    const other = prEvent('pull_request_target', mainMerge, 'f'.repeat(40))
    expect(await resolvePullRequestRefs(dir, other)).toEqual({ mode: 'pull-request', base: mainMerge, head: mainMerge, how: 'payload base sha' })
  })

  it('fails with guidance when the base commit cannot be fetched', async () => {
    const dir = clone('pr-merge', 1)
    const missing = '0123456789abcdef0123456789abcdef01234567'
    const err = (await resolvePullRequestRefs(dir, prEvent('pull_request', missing, prHead)).catch((e: unknown) => e)) as Error
    expect(err).toBeInstanceOf(Error)
    expect(err.message).toContain(`base commit ${missing} is not available`)
    expect(err.message).toContain('actions/checkout needs `fetch-depth: 2` (or `0`)')
  })

  it('push events are snapshots', async () => {
    const dir = clone('main', 1)
    expect(await resolvePullRequestRefs(dir, { name: 'push', payload: { after: mainMerge } })).toEqual({ mode: 'snapshot', head: mainMerge })
  })

  it('reports a directory that is not a git repository', async () => {
    const dir = tempDir()
    await expect(resolvePullRequestRefs(dir, event())).rejects.toThrow(`not a git repository: ${dir}`)
  })
})
