// One side of a comparison (base or head): the repository's candidate text files at one ref.

export interface RepoFile {
  /** Path relative to the repository root, forward slashes. */
  path: string
  text: string
}

export interface SkippedFile {
  path: string
  reason: 'too-large' | 'binary' | 'unreadable'
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

/** Directories never scanned: VCS metadata, dependencies and vendored trees. */
export const IGNORED_DIRS = ['.git', 'node_modules', 'vendor', 'third_party', '.terraform']
