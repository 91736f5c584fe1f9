// Reads a side from the file system: a plain directory walk, plus the per-file reader the worktree side shares.

import { lstat, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
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
  await readCandidates(dir, candidates, opts, collector)
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
    }
    // Symlinks, sockets, devices and the like are not content of the configuration.
  }
  for (const sub of subdirs) await walk(root, sub, opts, out, collector)
}

/**
 * Reads repository-relative `paths` under `root` into `collector`. Paths that no longer exist,
 * symlinks and directories are ignored silently: they are not files of this side.
 */
export async function readCandidates(root: string, paths: readonly string[], opts: ReadOptions, collector: SideCollector): Promise<void> {
  const maxBytes = effectiveMaxBytes(opts)
  await mapLimit(paths, READ_CONCURRENCY, async (path) => {
    const full = join(root, path)
    let info
    try {
      info = await lstat(full)
    } catch (err) {
      if (isGone(err)) return
      collector.skip(path, 'unreadable')
      return
    }
    if (!info.isFile()) return
    if (info.size > maxBytes) {
      collector.skip(path, 'too-large')
      return
    }
    let content: Buffer
    try {
      content = await readFile(full)
    } catch (err) {
      if (isGone(err)) return
      collector.skip(path, 'unreadable')
      return
    }
    // The file may have grown between lstat and read.
    if (content.length > maxBytes) collector.skip(path, 'too-large')
    else collector.addContent(path, content)
  })
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
