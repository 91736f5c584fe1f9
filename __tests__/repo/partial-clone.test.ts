// Partial clones and mirrors without some blobs: absent blobs are recorded as missing, never fetched, never fatal.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { readGitSide, readWorktreeSide, runGit, type GitRunner } from '../../src/repo/git.js'
import { cleanupTempDirs, commitAll, git, initRepo, tempDir, write } from './git-fixtures.js'

const opts = { paths: [], maxBytes: 1 << 20 }
const CLUSTER = 'apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: a.example.com\nspec:\n  kubernetesVersion: 1.28.5\n'

let origin: string
let head: string
let oids: Record<string, string>

beforeAll(() => {
  origin = initRepo()
  write(origin, 'clusters/a.yaml', CLUSTER)
  write(origin, '.tool-versions', 'kops 1.28.1\n')
  write(origin, 'docs/diagram.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]))
  head = commitAll(origin, 'initial')
  git(origin, 'config', 'uploadpack.allowFilter', 'true')
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true')
  oids = Object.fromEntries(['clusters/a.yaml', '.tool-versions', 'docs/diagram.png'].map((p) => [p, git(origin, 'rev-parse', `HEAD:${p}`)]))
}, 30_000)

afterAll(cleanupTempDirs)

/** A blob:none clone of the origin: it has the commits and trees, and no blob until one is fetched. */
function partialClone(): string {
  const dir = join(tempDir(), 'clone')
  git(tempDir(), 'clone', '-q', '--filter=blob:none', '--no-local', '--no-checkout', `file://${origin}`, dir)
  return dir
}

function objectCount(dir: string): string {
  return git(dir, 'count-objects', '-v')
}

function spy(): { runner: GitRunner; calls: string[][] } {
  const calls: string[][] = []
  return {
    calls,
    runner: (args, o) => {
      calls.push([...args])
      return runGit(args, o)
    },
  }
}

describe('partial clone (filter blob:none)', () => {
  it('records every absent blob as missing with its object id, and fetches nothing', async () => {
    const clone = partialClone()
    const before = objectCount(clone)
    const { runner, calls } = spy()
    const side = await readGitSide(clone, head, opts, runner)
    expect(side).toEqual({
      ref: head,
      files: [],
      skipped: [
        { path: '.tool-versions', reason: 'missing', oid: oids['.tool-versions'] },
        { path: 'clusters/a.yaml', reason: 'missing', oid: oids['clusters/a.yaml'] },
        { path: 'docs/diagram.png', reason: 'missing', oid: oids['docs/diagram.png'] },
      ],
    })
    // No lazy fetch from the promisor remote: the object store is as it was.
    expect(objectCount(clone)).toBe(before)
    expect(calls.map((c) => c[0])).toEqual(['rev-parse', 'ls-tree', 'ls-tree', 'rev-list'])
  })

  it('reads the blobs that are present and records the others', async () => {
    const clone = partialClone()
    // Fetch one blob on purpose, the way a user following the finding would.
    git(clone, 'cat-file', 'blob', oids['clusters/a.yaml'])
    const side = await readGitSide(clone, head, opts)
    expect(side).toEqual({
      ref: head,
      files: [{ path: 'clusters/a.yaml', text: CLUSTER }],
      skipped: [
        { path: '.tool-versions', reason: 'missing', oid: oids['.tool-versions'] },
        { path: 'docs/diagram.png', reason: 'missing', oid: oids['docs/diagram.png'] },
      ],
    })
  })

  it('a mirror whose blobs are absent and that has no promisor remote: ls-tree prints BAD, the blob is missing', async () => {
    const clone = partialClone()
    git(clone, 'config', '--unset', 'remote.origin.promisor')
    git(clone, 'config', '--unset', 'remote.origin.partialclonefilter')
    expect(git(clone, 'ls-tree', '-l', 'HEAD', 'clusters/a.yaml')).toMatch(/ BAD\tclusters\/a\.yaml$/)
    const side = await readGitSide(clone, head, opts)
    expect(side.files).toEqual([])
    expect(side.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['.tool-versions', 'missing'],
      ['clusters/a.yaml', 'missing'],
      ['docs/diagram.png', 'missing'],
    ])
  })
})

describe('symlinks are never followed', () => {
  it('git mode records a symlink blob, and the working tree does not leave the repository through a linked directory', async () => {
    const outside = tempDir()
    write(outside, 'secret.yaml', CLUSTER)
    const repo = initRepo()
    write(repo, 'clusters/a.yaml', CLUSTER)
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'clusters/outside.yaml'))
    const sha = commitAll(repo, 'initial')
    const committed = await readGitSide(repo, sha, opts)
    expect(committed.files.map((f) => f.path)).toEqual(['clusters/a.yaml'])
    expect(committed.skipped).toEqual([{ path: 'clusters/outside.yaml', reason: 'symlink' }])

    // A tracked directory replaced by a symlink to a directory outside the repository.
    git(repo, 'rm', '-q', '--cached', 'clusters/outside.yaml')
    commitAll(repo, 'drop link')
    rmSync(join(repo, 'clusters'), { recursive: true })
    mkdirSync(join(outside, 'a-dir'))
    write(outside, 'a-dir/a.yaml', CLUSTER)
    symlinkSync(join(outside, 'a-dir'), join(repo, 'clusters'))
    const worktree = await readWorktreeSide(repo, opts)
    // The tracked path behind the link, and the link itself (an untracked file to git), are both symlinks.
    expect(worktree).toEqual({
      ref: 'WORKTREE',
      files: [],
      skipped: [
        { path: 'clusters', reason: 'symlink' },
        { path: 'clusters/a.yaml', reason: 'symlink' },
      ],
    })
  })
})
