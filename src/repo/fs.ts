// Reads a side from the file system: a plain directory walk, plus the per-file reader the worktree side shares.

import { constants } from 'node:fs'
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises'
import { dirname, join, sep } from 'node:path'
import { effectiveMaxBytes, isWantedPath, mapLimit, SideCollector } from './filter.js'
import { IGNORED_DIRS, type ReadOptions, type RepoSide } from './side.js'

/** Concurrent file reads; enough to hide latency without exhausting file descriptors. */
export const READ_CONCURRENCY = 16

const ignoredDirs = new Set(IGNORED_DIRS)

/**
 * Reads every wanted regular file under `dir` (which need not be a git repository).
 * Symlinks are never followed. The side's ref is `dir` exactly as given.
 */
export async function readDirSide(dir: string, opts: ReadOptions): Promise<RepoSide> {
  let info
  try {
    info = await stat(dir)
  } catch (err) {
    if (errorCode(err) === 'ENOENT') throw new Error(`directory not found: ${dir}`)
    throw new Error(`cannot read directory ${dir}: ${errorMessage(err)}`)
  }
  if (!info.isDirectory()) throw new Error(`not a directory: ${dir}`)

  const collector = new SideCollector()
  const candidates: string[] = []
  await walk(dir, '', opts, candidates, collector)
  // The walk never enters a symlinked directory, so its paths need no check that they stay inside the tree.
  await readCandidates(dir, candidates, opts, collector, { walked: true })
  return collector.build(dir)
}

async function walk(root: string, rel: string, opts: ReadOptions, out: string[], collector: SideCollector): Promise<void> {
  let entries
  try {
    entries = await readdir(rel === '' ? root : join(root, rel), { withFileTypes: true })
  } catch (err) {
    if (rel === '') throw new Error(`cannot read directory ${root}: ${errorMessage(err)}`)
    collector.skip(rel, 'unreadable')
    return
  }
  const subdirs: string[] = []
  for (const entry of entries) {
    const path = rel === '' ? entry.name : `${rel}/${entry.name}`
    if (entry.isDirectory()) {
      if (!ignoredDirs.has(entry.name)) subdirs.push(path)
    } else if (entry.isFile() && isWantedPath(path, opts)) {
      out.push(path)
    } else if (entry.isSymbolicLink() && isWantedPath(path, opts)) {
      // Never followed (it may point out of the repository); recorded, as git mode records symlink blobs.
      collector.skip(path, 'symlink')
    }
    // Sockets, devices and the like are not content of the configuration.
  }
  for (const sub of subdirs) await walk(root, sub, opts, out, collector)
}

/**
 * Reads repository-relative `paths` under `root` into `collector`. Paths that no longer exist and directories are
 * ignored silently: they are not files of this side. Symlinks are recorded as skipped and never followed.
 */
export async function readCandidates(root: string, paths: readonly string[], opts: ReadOptions, collector: SideCollector, how: { walked?: boolean } = {}): Promise<void> {
  const maxBytes = effectiveMaxBytes(opts)
  const inside = how.walked ? async () => true : insideRoot(root)
  await mapLimit(paths, READ_CONCURRENCY, async (path) => {
    const full = join(root, path)
    let info
    try {
      info = await lstat(full)
      // A directory on the way that is a symlink would lead out of the tree: such a path is a symlink too.
      if (!(await inside(dirname(full)))) return collector.skip(path, 'symlink')
    } catch (err) {
      if (isGone(err)) return
      collector.skip(path, 'unreadable')
      return
    }
    if (info.isSymbolicLink()) return collector.skip(path, 'symlink')
    if (!info.isFile()) return
    if (info.size > maxBytes) return collector.skip(path, 'too-large', { size: info.size, limit: maxBytes })
    let content: Buffer
    try {
      content = await readNoFollow(full, maxBytes)
    } catch (err) {
      if (isGone(err)) return
      collector.skip(path, errorCode(err) === 'ELOOP' ? 'symlink' : 'unreadable')
      return
    }
    // The file may have grown between lstat and read.
    if (content.length > maxBytes) collector.skip(path, 'too-large', { size: content.length, limit: maxBytes })
    else collector.addContent(path, content)
  })
}

/** Reads a file without following a symlink in its last component (swapped in after lstat), at most `max + 1` bytes. */
async function readNoFollow(full: string, max: number): Promise<Buffer> {
  const handle = await open(full, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
  try {
    const size = (await handle.stat()).size
    const buffer = Buffer.alloc(Math.min(size, max + 1))
    let read = 0
    while (read < buffer.length) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, read)
      if (bytesRead === 0) break
      read += bytesRead
    }
    return buffer.subarray(0, read)
  } finally {
    await handle.close()
  }
}

/** Whether a directory resolves to a place inside `root` (cached per directory). */
function insideRoot(root: string): (dir: string) => Promise<boolean> {
  const cache = new Map<string, Promise<boolean>>()
  const real = realpath(root)
  return (dir) => {
    let hit = cache.get(dir)
    if (!hit) {
      hit = Promise.all([real, realpath(dir)]).then(([r, d]) => d === r || d.startsWith(r.endsWith(sep) ? r : r + sep))
      cache.set(dir, hit)
    }
    return hit
  }
}

function isGone(err: unknown): boolean {
  const code = errorCode(err)
  return code === 'ENOENT' || code === 'ENOTDIR'
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
