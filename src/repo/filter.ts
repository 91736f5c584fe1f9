// Filtering and collection rules shared by the git, worktree and directory readers.

import { matchesGlobs } from './globs.js'
import { DEFAULT_MAX_BYTES, IGNORED_DIRS, type ReadOptions, type RepoFile, type RepoSide, type SkippedFile } from './side.js'

/** Bytes inspected for a NUL when deciding whether a file is binary (the same heuristic as git). */
export const BINARY_SNIFF_BYTES = 8000

const ignored = new Set(IGNORED_DIRS)

/** True when any directory on the path (not the file name itself) is one of IGNORED_DIRS. */
export function isUnderIgnoredDir(path: string): boolean {
  const segs = path.split('/')
  for (let i = 0; i < segs.length - 1; i++) if (ignored.has(segs[i])) return true
  return false
}

/** Whether a repository-relative path is a candidate at all (size and content are checked later). */
export function isWantedPath(path: string, opts: ReadOptions): boolean {
  return !isUnderIgnoredDir(path) && matchesGlobs(path, opts.paths)
}

export function effectiveMaxBytes(opts: ReadOptions): number {
  const n = opts.maxBytes
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : DEFAULT_MAX_BYTES
}

export function looksBinary(content: Uint8Array): boolean {
  return content.subarray(0, BINARY_SNIFF_BYTES).includes(0)
}

// Not fatal: invalid sequences become U+FFFD rather than failing the whole read. The BOM is dropped.
const decoder = new TextDecoder('utf-8')

export function decodeText(content: Uint8Array): string {
  return decoder.decode(content)
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}

/** Accumulates files and skips, then produces a RepoSide sorted by path. */
export class SideCollector {
  private readonly files: RepoFile[] = []
  private readonly skipped: SkippedFile[] = []

  /** Adds file content, or records it as binary. */
  addContent(path: string, content: Uint8Array): void {
    if (looksBinary(content)) this.skip(path, 'binary')
    else this.files.push({ path, text: decodeText(content) })
  }

  skip(path: string, reason: SkippedFile['reason']): void {
    this.skipped.push({ path, reason })
  }

  build(ref: string): RepoSide {
    return { ref, files: [...this.files].sort(byPath), skipped: [...this.skipped].sort(byPath) }
  }
}

/** Runs `fn` over `items` with at most `limit` calls in flight; results keep input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
