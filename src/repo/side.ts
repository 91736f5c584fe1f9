// One side of a comparison (base or head): the repository's candidate text files at one ref.

export interface RepoFile {
  path: string
  text: string
  /**
   * Where the first byte that is not UTF-8 was (1-based line and column of the text, in which such bytes read as
   * U+FFFD); absent for valid UTF-8.
   */
  invalidUtf8?: { line: number; column: number }
}

/**
 * A candidate file that was not read: over the size limit, binary (a NUL in its first 8000 bytes), unreadable,
 * absent from a partial clone (`missing`), or a symlink (never followed, in every mode).
 */
export interface SkippedFile {
  path: string
  reason: 'too-large' | 'binary' | 'unreadable' | 'missing' | 'symlink'
  /** too-large: the file's size and the limit it is over, in bytes. */
  size?: number
  limit?: number
  /** missing: the blob's object id. */
  oid?: string
}

export interface RepoSide {
  /** A commit SHA, `WORKTREE` for the working tree, or a directory path for directory sides. */
  ref: string
  files: RepoFile[]
  skipped: SkippedFile[]
}

export interface ReadOptions {
  /** Glob patterns (repo-relative, `**` and `*` supported); empty means every file. */
  paths: string[]
  /** Files larger than this are not read (default 1 MiB). */
  maxBytes: number
}

export const DEFAULT_MAX_BYTES = 1024 * 1024

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 }

/** `4194304`, `4MiB`, `4M`, `512k` (binary units) → bytes; null when not such a size. */
export function parseByteSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text)
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined
  if (!m || unit === undefined) return null
  const bytes = Math.floor(Number(m[1]) * unit)
  return Number.isSafeInteger(bytes) ? bytes : null
}

/** Directories never scanned: VCS metadata, dependencies and vendored trees. */
export const IGNORED_DIRS = ['.git', 'node_modules', 'vendor', 'third_party', '.terraform']
