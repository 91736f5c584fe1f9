// Reads plain directories (no git involved) with the shared filters.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { SideCollector } from '../../src/repo/filter.js'
import { readCandidates, readDirSide } from '../../src/repo/fs.js'
import { cleanupTempDirs, tempDir, write } from './git-fixtures.js'

const opts = { paths: [], maxBytes: 64 }
let dir: string

beforeAll(() => {
  dir = tempDir()
  write(dir, 'z.yaml', 'z: 1\n')
  write(dir, 'a/b/c/deep.yaml', 'deep: 1\n')
  write(dir, 'a/readme.txt', 'text\n')
  write(dir, '.git/config', '[core]\n')
  write(dir, 'node_modules/x/package.json', '{}\n')
  write(dir, 'a/vendor/v.yaml', 'v: 1\n')
  write(dir, 'a/.terraform/state', 's\n')
  write(dir, 'img.png', Buffer.from([1, 2, 0, 3]))
  write(dir, 'large.yaml', 'l'.repeat(65))
  write(dir, 'exact.yaml', 'e'.repeat(64))
  write(dir, 'utf8.yaml', 'name: Grüße 🚀\n')
  mkdirSync(join(dir, 'empty'))
  symlinkSync('z.yaml', join(dir, 'link.yaml'))
  symlinkSync('a', join(dir, 'linked-dir'))
})

afterAll(cleanupTempDirs)

describe('readDirSide', () => {
  it('walks the directory recursively and returns a sorted side', async () => {
    expect(await readDirSide(dir, opts)).toEqual({
      ref: dir,
      files: [
        { path: 'a/b/c/deep.yaml', text: 'deep: 1\n' },
        { path: 'a/readme.txt', text: 'text\n' },
        { path: 'exact.yaml', text: 'e'.repeat(64) },
        { path: 'utf8.yaml', text: 'name: Grüße 🚀\n' },
        { path: 'z.yaml', text: 'z: 1\n' },
      ],
      skipped: [
        { path: 'img.png', reason: 'binary' },
        { path: 'large.yaml', reason: 'too-large', size: 65, limit: 64 },
        { path: 'link.yaml', reason: 'symlink' },
        { path: 'linked-dir', reason: 'symlink' },
      ],
    })
  })

  it('keeps the ref exactly as given', async () => {
    const side = await readDirSide(`${dir}/a/`, opts)
    expect(side.ref).toBe(`${dir}/a/`)
    expect(side.files.map((f) => f.path)).toEqual(['b/c/deep.yaml', 'readme.txt'])
  })

  it('applies path globs', async () => {
    const side = await readDirSide(dir, { paths: ['**/*.yaml', '!nothing'], maxBytes: 64 })
    expect(side.files.map((f) => f.path)).toEqual(['a/b/c/deep.yaml', 'exact.yaml', 'utf8.yaml', 'z.yaml'])
    expect(side.skipped).toEqual([
      { path: 'large.yaml', reason: 'too-large', size: 65, limit: 64 },
      { path: 'link.yaml', reason: 'symlink' },
    ])
  })

  it('fails clearly for a missing directory or a file', async () => {
    await expect(readDirSide(join(dir, 'missing'), opts)).rejects.toThrow(`directory not found: ${join(dir, 'missing')}`)
    await expect(readDirSide(join(dir, 'z.yaml'), opts)).rejects.toThrow(`not a directory: ${join(dir, 'z.yaml')}`)
  })
})

describe('readCandidates', () => {
  it('ignores vanished paths and directories, and records symlinks and unreadable files', async () => {
    const collector = new SideCollector()
    await readCandidates(dir, ['gone.yaml', 'empty', 'z.yaml/inside', 'link.yaml', `${'n'.repeat(300)}.yaml`, 'z.yaml'], opts, collector)
    expect(collector.build('x')).toEqual({
      ref: 'x',
      files: [{ path: 'z.yaml', text: 'z: 1\n' }],
      skipped: [
        { path: 'link.yaml', reason: 'symlink' },
        { path: `${'n'.repeat(300)}.yaml`, reason: 'unreadable' },
      ],
    })
  })
})
