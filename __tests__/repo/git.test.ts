// Reads committed trees and working trees from real temporary git repositories.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GitError, parseCatFileBatch, parseLsTree, readGitSide, readWorktreeSide, runGit, type GitRunner } from '../../src/repo/git.js'
import type { RepoSide } from '../../src/repo/side.js'
import { cleanupTempDirs, commitAll, git, initRepo, tempDir, write } from './git-fixtures.js'

const opts = { paths: [], maxBytes: 100 }
const BIG = 'x: ' + 'y'.repeat(200) + '\n'
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])

let repo: string
let first: string
let feature: string
let merge: string

beforeAll(() => {
  repo = initRepo()
  write(repo, 'README.md', '# infra\n')
  write(repo, 'clusters/prod/cluster.yaml', 'kind: Cluster\nname: prod\n')
  write(repo, 'clusters/prod/ig-nodes.yaml', 'kind: InstanceGroup\n')
  // Same content as another path: one blob, two files.
  write(repo, 'clusters/dev/ig-nodes.yaml', 'kind: InstanceGroup\n')
  write(repo, 'clusters/dev/old.yaml', 'obsolete: true\n')
  write(repo, 'node_modules/pkg/index.js', 'module.exports = 1\n')
  write(repo, 'vendor/mod/x.yaml', 'vendored: true\n')
  write(repo, 'deep/a/third_party/y.yaml', 'vendored: true\n')
  write(repo, 'deep/a/b/c/d.yaml', 'deep: true\n')
  write(repo, 'docs/vendor', 'a file named like an ignored directory\n')
  write(repo, 'assets/logo.png', BINARY)
  write(repo, 'big.yaml', BIG)
  write(repo, 'bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: ü\n')]))
  write(repo, 'scripts/run.sh', '#!/bin/sh\necho hi\n')
  chmodSync(join(repo, 'scripts/run.sh'), 0o755)
  symlinkSync('README.md', join(repo, 'link.md'))
  first = commitAll(repo, 'initial')
  // A submodule entry without a checked-out submodule (an empty directory, as after a plain clone).
  mkdirSync(join(repo, 'sub'))
  git(repo, 'update-index', '--add', '--cacheinfo', `160000,${first},sub`)
  git(repo, 'commit', '-q', '-m', 'add submodule entry')
  first = git(repo, 'rev-parse', 'HEAD')

  git(repo, 'checkout', '-q', '-b', 'feature')
  write(repo, 'clusters/prod/cluster.yaml', 'kind: Cluster\nname: prod\nversion: 2\n')
  rmSync(join(repo, 'clusters/dev/old.yaml'))
  feature = commitAll(repo, 'update prod')
  git(repo, 'checkout', '-q', 'main')
  write(repo, 'README.md', '# infra (main)\n')
  commitAll(repo, 'main moves on')
  git(repo, 'merge', '-q', '--no-ff', '-m', 'merge feature', 'feature')
  merge = git(repo, 'rev-parse', 'HEAD')
})

afterAll(cleanupTempDirs)

const firstFiles = [
  { path: 'README.md', text: '# infra\n' },
  { path: 'bom.yaml', text: 'a: ü\n' },
  { path: 'clusters/dev/ig-nodes.yaml', text: 'kind: InstanceGroup\n' },
  { path: 'clusters/dev/old.yaml', text: 'obsolete: true\n' },
  { path: 'clusters/prod/cluster.yaml', text: 'kind: Cluster\nname: prod\n' },
  { path: 'clusters/prod/ig-nodes.yaml', text: 'kind: InstanceGroup\n' },
  { path: 'deep/a/b/c/d.yaml', text: 'deep: true\n' },
  { path: 'docs/vendor', text: 'a file named like an ignored directory\n' },
  { path: 'scripts/run.sh', text: '#!/bin/sh\necho hi\n' },
]
const firstSkipped: RepoSide['skipped'] = [
  { path: 'assets/logo.png', reason: 'binary' },
  { path: 'big.yaml', reason: 'too-large', size: BIG.length, limit: 100 },
  { path: 'link.md', reason: 'symlink' },
]

/** Wraps the real runner, recording every git invocation. */
function spyRunner(): { runner: GitRunner; calls: string[][] } {
  const calls: string[][] = []
  const runner: GitRunner = (args, o) => {
    calls.push([...args])
    return runGit(args, o)
  }
  return { runner, calls }
}

describe('readGitSide', () => {
  it('reads the whole tree at a commit, filtered and sorted by path', async () => {
    const side = await readGitSide(repo, first, opts)
    const expected: RepoSide = { ref: first, files: firstFiles, skipped: firstSkipped }
    expect(side).toEqual(expected)
  })

  it('resolves branch names to the commit SHA and reflects deletions', async () => {
    const side = await readGitSide(repo, 'feature', opts)
    expect(side.ref).toBe(feature)
    expect(side.files.map((f) => f.path)).not.toContain('clusters/dev/old.yaml')
    expect(side.files.find((f) => f.path === 'clusters/prod/cluster.yaml')?.text).toBe('kind: Cluster\nname: prod\nversion: 2\n')
  })

  it('resolves revision expressions such as HEAD^1', async () => {
    const side = await readGitSide(repo, 'HEAD^1', opts)
    expect(side.ref).toBe(git(repo, 'rev-parse', 'HEAD^1'))
    expect(side.files.find((f) => f.path === 'README.md')?.text).toBe('# infra (main)\n')
    expect((await readGitSide(repo, 'HEAD', opts)).ref).toBe(merge)
  })

  it('applies path globs', async () => {
    const side = await readGitSide(repo, first, { paths: ['clusters/prod', '**/*.png', 'big.yaml'], maxBytes: 100 })
    expect(side).toEqual({
      ref: first,
      files: [
        { path: 'clusters/prod/cluster.yaml', text: 'kind: Cluster\nname: prod\n' },
        { path: 'clusters/prod/ig-nodes.yaml', text: 'kind: InstanceGroup\n' },
      ],
      skipped: firstSkipped.filter((s) => s.path !== 'link.md'),
    })
  })

  it('reads large files when maxBytes allows and uses the default for a missing limit', async () => {
    const side = await readGitSide(repo, first, { paths: ['big.yaml'], maxBytes: Number.NaN })
    expect(side.files).toEqual([{ path: 'big.yaml', text: BIG }])
    expect(side.skipped).toEqual([])
  })

  it('works from a subdirectory, with paths relative to the repository root', async () => {
    const side = await readGitSide(join(repo, 'clusters'), first, opts)
    expect(side.files).toEqual(firstFiles)
  })

  it('spawns exactly one ls-tree and one cat-file process', async () => {
    const { runner, calls } = spyRunner()
    const side = await readGitSide(repo, first, opts, runner)
    expect(side.files).toHaveLength(firstFiles.length)
    expect(calls.map((c) => c[0])).toEqual(['rev-parse', 'ls-tree', 'cat-file'])
    expect(calls.filter((c) => c[0] === 'cat-file')).toHaveLength(1)
    expect(calls[2]).toEqual(['cat-file', '--batch', '--buffer'])
  })

  it('skips cat-file entirely when nothing is selected', async () => {
    const { runner, calls } = spyRunner()
    const side = await readGitSide(repo, first, { paths: ['nothing/here'], maxBytes: 100 }, runner)
    expect(side).toEqual({ ref: first, files: [], skipped: [] })
    expect(calls.map((c) => c[0])).toEqual(['rev-parse', 'ls-tree'])
  })

  it('reports an unknown ref', async () => {
    await expect(readGitSide(repo, 'no-such-branch', opts)).rejects.toThrow(`unknown git ref "no-such-branch" in ${repo}`)
    await expect(readGitSide(repo, '--output=/tmp/x', opts)).rejects.toThrow(`unknown git ref "--output=/tmp/x" in ${repo}`)
    await expect(readGitSide(repo, '0'.repeat(40), opts)).rejects.toThrow(/unknown git ref/)
  })

  it('reports a directory that is not a git repository', async () => {
    const dir = tempDir()
    await expect(readGitSide(dir, 'HEAD', opts)).rejects.toThrow(`not a git repository: ${dir}`)
    await expect(readGitSide(join(dir, 'missing'), 'HEAD', opts)).rejects.toThrow(`not a git repository: ${join(dir, 'missing')}`)
  })

  it('handles an empty repository as an unknown ref', async () => {
    const empty = initRepo()
    await expect(readGitSide(empty, 'HEAD', opts)).rejects.toThrow(`unknown git ref "HEAD" in ${empty}`)
  })
})

describe('readWorktreeSide', () => {
  let wt: string

  beforeAll(() => {
    wt = initRepo()
    write(wt, '.gitignore', '*.log\nbuild/\n')
    write(wt, 'clusters/prod/cluster.yaml', 'kind: Cluster\n')
    write(wt, 'clusters/prod/gone.yaml', 'deleted: soon\n')
    write(wt, 'clusters/prod/unchanged.yaml', 'same: true\n')
    write(wt, 'vendor/v.yaml', 'v: 1\n')
    commitAll(wt, 'initial')
    // Uncommitted edit, deletion from disk, staged and untracked files, ignored files.
    write(wt, 'clusters/prod/cluster.yaml', 'kind: Cluster\nedited: true\n')
    rmSync(join(wt, 'clusters/prod/gone.yaml'))
    write(wt, 'clusters/prod/staged.yaml', 'staged: true\n')
    git(wt, 'add', 'clusters/prod/staged.yaml')
    write(wt, 'clusters/new/untracked.yaml', 'untracked: true\n')
    write(wt, 'debug.log', 'ignored\n')
    write(wt, 'build/out.yaml', 'ignored: true\n')
    write(wt, 'node_modules/m/index.js', 'x\n')
    write(wt, 'data.bin', BINARY)
    write(wt, 'huge.yaml', BIG)
    symlinkSync('clusters/prod/cluster.yaml', join(wt, 'alias.yaml'))
    // An untracked nested repository is listed as a directory, not as files.
    mkdirSync(join(wt, 'nested'))
    initRepo(join(wt, 'nested'))
    write(wt, 'nested/inside.yaml', 'nested: true\n')
  }, 30_000)

  const expected: RepoSide = {
    ref: 'WORKTREE',
    files: [
      { path: '.gitignore', text: '*.log\nbuild/\n' },
      { path: 'clusters/new/untracked.yaml', text: 'untracked: true\n' },
      { path: 'clusters/prod/cluster.yaml', text: 'kind: Cluster\nedited: true\n' },
      { path: 'clusters/prod/staged.yaml', text: 'staged: true\n' },
      { path: 'clusters/prod/unchanged.yaml', text: 'same: true\n' },
    ],
    skipped: [
      { path: 'alias.yaml', reason: 'symlink' },
      { path: 'data.bin', reason: 'binary' },
      { path: 'huge.yaml', reason: 'too-large', size: BIG.length, limit: 100 },
    ],
  }

  it('reads the working tree with uncommitted edits and untracked files', async () => {
    expect(await readWorktreeSide(wt, opts)).toEqual(expected)
  })

  it('uses the repository root from a subdirectory', async () => {
    expect(await readWorktreeSide(join(wt, 'clusters/prod'), opts)).toEqual(expected)
  })

  it('applies path globs and lists files with a single git call', async () => {
    const { runner, calls } = spyRunner()
    const side = await readWorktreeSide(wt, { paths: ['clusters/**/*.yaml'], maxBytes: 100 }, runner)
    expect(side.files.map((f) => f.path)).toEqual(['clusters/new/untracked.yaml', 'clusters/prod/cluster.yaml', 'clusters/prod/staged.yaml', 'clusters/prod/unchanged.yaml'])
    expect(side.skipped).toEqual([])
    expect(calls).toEqual([
      ['rev-parse', '--show-toplevel'],
      ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    ])
  })

  it('reports unreadable files', async () => {
    if (process.getuid?.() === 0) return // root reads any file regardless of mode
    const dir = initRepo()
    write(dir, 'secret.yaml', 'a: 1\n')
    chmodSync(join(dir, 'secret.yaml'), 0o000)
    try {
      expect(await readWorktreeSide(dir, opts)).toEqual({ ref: 'WORKTREE', files: [], skipped: [{ path: 'secret.yaml', reason: 'unreadable' }] })
    } finally {
      chmodSync(join(dir, 'secret.yaml'), 0o644)
    }
  })

  it('reports a directory that is not a git repository', async () => {
    const dir = tempDir()
    await expect(readWorktreeSide(dir, opts)).rejects.toThrow(`not a git repository: ${dir}`)
  })
})

describe('runGit', () => {
  it('returns stdout as a Buffer and feeds stdin', async () => {
    const out = await runGit(['hash-object', '--stdin'], { cwd: repo, input: 'hello\n' })
    expect(Buffer.isBuffer(out)).toBe(true)
    expect(out.toString().trim()).toBe('ce013625030ba8dba906f756967f9e9ca394464a')
  })

  it('rejects with the command and git stderr', async () => {
    const err = await runGit(['rev-parse', '--verify', 'nope-nope'], { cwd: repo }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(GitError)
    expect((err as GitError).message).toContain('git rev-parse --verify nope-nope failed')
    expect((err as GitError).message).toContain('fatal: Needed a single revision')
    expect((err as GitError).exitCode).toBe(128)
  })

  it('does not run through a shell', async () => {
    const out = await runGit(['hash-object', '--stdin', '--path', '$(touch pwned); *'], { cwd: repo, input: 'x' })
    expect(out.toString().trim()).toMatch(/^[0-9a-f]{40}$/)
    expect(existsSync(join(repo, 'pwned'))).toBe(false)
  })

  it('does not run a configured fsmonitor program', async () => {
    const dir = initRepo()
    write(dir, 'a.yaml', 'a: 1\n')
    commitAll(dir, 'initial')
    const marker = join(tempDir(), 'ran')
    const hook = join(tempDir(), 'fsmonitor.sh')
    writeFileSync(hook, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`, { mode: 0o755 })
    git(dir, 'config', 'core.fsmonitor', hook)
    // Sanity check: git itself does run it.
    git(dir, 'status', '--porcelain')
    expect(existsSync(marker)).toBe(true)
    rmSync(marker)
    await runGit(['status', '--porcelain'], { cwd: dir })
    expect((await readWorktreeSide(dir, opts)).files).toEqual([{ path: 'a.yaml', text: 'a: 1\n' }])
    expect(existsSync(marker)).toBe(false)
  })

  it('ignores GIT_DIR inherited from the environment', async () => {
    const other = initRepo()
    const saved = process.env.GIT_DIR
    process.env.GIT_DIR = join(other, '.git')
    try {
      expect((await runGit(['rev-parse', 'HEAD'], { cwd: repo })).toString().trim()).toBe(merge)
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR
      else process.env.GIT_DIR = saved
    }
  })
})

describe('output parsers', () => {
  it('parses ls-tree records, keeping regular files and symlinks', () => {
    const oid = 'a'.repeat(40)
    const out = Buffer.from(
      [
        `100644 blob ${oid}      12\tdir/with space.yaml`,
        `100755 blob ${oid}       3\trun.sh`,
        `120000 blob ${oid}       9\tlink`,
        `160000 commit ${oid}       -\tsub`,
        `100644 blob ${oid}       0\tname\twith\ttabs`,
      ].join('\0') + '\0',
    )
    expect(parseLsTree(out)).toEqual([
      { path: 'dir/with space.yaml', mode: '100644', oid, size: 12 },
      { path: 'run.sh', mode: '100755', oid, size: 3 },
      { path: 'link', mode: '120000', oid, size: 9 },
      { path: 'name\twith\ttabs', mode: '100644', oid, size: 0 },
    ])
    expect(() => parseLsTree(Buffer.from('garbage\0'))).toThrow(/unexpected git ls-tree output/)
  })

  it('parses cat-file batch output, content may contain newlines and NULs', () => {
    const a = 'a'.repeat(40)
    const b = 'b'.repeat(40)
    const c = 'c'.repeat(40)
    const body = Buffer.from('x\n\0y\n')
    const out = Buffer.concat([Buffer.from(`${a} blob ${body.length}\n`), body, Buffer.from(`\n${c} missing\n${b} blob 0\n\n`)])
    const parsed = parseCatFileBatch(out)
    expect([...parsed.keys()]).toEqual([a, b])
    expect(parsed.get(a)).toEqual(body)
    expect(parsed.get(b)).toEqual(Buffer.alloc(0))
    expect(() => parseCatFileBatch(Buffer.from(`${a} blob 10\nshort\n`))).toThrow(/truncated/)
  })
})

describe('directory handling in the worktree', () => {
  it('ignores tracked paths that became directories', async () => {
    const dir = initRepo()
    write(dir, 'a.yaml', 'a: 1\n')
    commitAll(dir, 'initial')
    rmSync(join(dir, 'a.yaml'))
    mkdirSync(join(dir, 'a.yaml'))
    writeFileSync(join(dir, 'a.yaml', 'inner.yaml'), 'inner: 1\n')
    expect(await readWorktreeSide(dir, opts)).toEqual({ ref: 'WORKTREE', files: [{ path: 'a.yaml/inner.yaml', text: 'inner: 1\n' }], skipped: [] })
  })
})
