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
const strict = new TextDecoder('utf-8', { fatal: true })

export function decodeText(content: Uint8Array): string {
  return decoder.decode(content)
}

/** Byte offset where the first ill-formed UTF-8 sequence starts (the first U+FFFD of the decoded text); -1 when none. */
export function firstInvalidUtf8(content: Uint8Array): number {
  try {
    strict.decode(content)
    return -1
  } catch {
    // Located below.
  }
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < content.length && content[i] >= lo && content[i] <= hi
  for (let i = 0; i < content.length; ) {
    const b = content[i]
    let n: number
    if (b < 0x80) n = 1
    else if (b >= 0xc2 && b <= 0xdf) n = cont(i + 1) ? 2 : 0
    else if (b === 0xe0) n = cont(i + 1, 0xa0) && cont(i + 2) ? 3 : 0
    else if (b === 0xed) n = cont(i + 1, 0x80, 0x9f) && cont(i + 2) ? 3 : 0
    else if (b >= 0xe1 && b <= 0xef) n = cont(i + 1) && cont(i + 2) ? 3 : 0
    else if (b === 0xf0) n = cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0
    else if (b === 0xf4) n = cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3) ? 4 : 0
    else if (b >= 0xf1 && b <= 0xf3) n = cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
    else n = 0
    if (n === 0) return i
    i += n
  }
  return -1
}

/** The 1-based line and column of the text position that byte `offset` of `content` decodes to. */
function textPositionOf(content: Uint8Array, offset: number): { line: number; column: number } {
  const before = decodeText(content.subarray(0, offset))
  const nl = before.lastIndexOf('\n')
  let line = 1
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++
  return { line, column: before.length - nl }
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
    if (looksBinary(content)) return this.skip(path, 'binary')
    const file: RepoFile = { path, text: decodeText(content) }
    const bad = firstInvalidUtf8(content)
    if (bad >= 0) file.invalidUtf8 = textPositionOf(content, bad)
    this.files.push(file)
  }

  skip(path: string, reason: SkippedFile['reason'], detail: Omit<SkippedFile, 'path' | 'reason'> = {}): void {
    this.skipped.push({ path, reason, ...detail })
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
