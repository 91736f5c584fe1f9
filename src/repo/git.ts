// Reads a side from git: a committed tree at a ref, or the working tree with uncommitted edits.

import { spawn } from 'node:child_process'
import { stat } from 'node:fs/promises'
import { effectiveMaxBytes, isWantedPath, SideCollector } from './filter.js'
import { readCandidates } from './fs.js'
import type { ReadOptions, RepoSide } from './side.js'

export interface GitRunOptions {
  cwd: string
  /** Written to git's stdin, which is then closed. */
  input?: string | Buffer
}

/** Runs git with `args` and resolves with its stdout; rejects with a GitError on a non-zero exit. */
export type GitRunner = (args: readonly string[], opts: GitRunOptions) => Promise<Buffer>

export class GitError extends Error {
  constructor(
    message: string,
    readonly args: readonly string[],
    readonly cwd: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(message)
    this.name = 'GitError'
  }
}

export const WORKTREE_REF = 'WORKTREE'

// Variables that would point git at a different repository than `cwd` (set, for example, while
// running inside a git hook) are dropped; messages are forced to English so they can be recognised.
const REPO_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR', 'GIT_PREFIX', 'GIT_NAMESPACE']

// GIT_NO_LAZY_FETCH=1: in a partial clone, an absent blob is reported missing instead of being fetched from the
// promisor remote over the network (honoured by git 2.39.4, 2.40.2, … and 2.44+; older git ignores it).
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LANGUAGE: 'C', GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' }
  for (const name of REPO_ENV) delete env[name]
  return env
}

function describe(args: readonly string[]): string {
  return ['git', ...args].map((a) => (/^[\w@%+=:,./^{}-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')
}

/**
 * Spawns git directly (never through a shell). A configured `core.fsmonitor` names a program git
 * would run, so it is switched off; the empty value means "off" to both old and new git versions.
 */
export const runGit: GitRunner = (args, opts) =>
  new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.fsmonitor=', ...args], {
      cwd: opts.cwd,
      shell: false,
      env: gitEnv(),
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (e) => {
      reject(new GitError(`${describe(args)} could not be started in ${opts.cwd}: ${e.message}`, args, opts.cwd, null, ''))
    })
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(out))
      const stderr = Buffer.concat(err).toString('utf8').trim()
      const status = code === null ? `signal ${signal}` : `exit ${code}`
      reject(new GitError(`${describe(args)} failed in ${opts.cwd} (${status})${stderr ? `: ${stderr}` : ''}`, args, opts.cwd, code, stderr))
    })
    if (child.stdin) {
      // git may exit before reading all input (e.g. on a bad argument); the exit code reports that.
      child.stdin.on('error', () => {})
      child.stdin.end(opts.input)
    }
  })

function isNotARepository(err: unknown): boolean {
  return err instanceof GitError && /not a git repository/i.test(err.stderr)
}

async function assertDirectory(dir: string): Promise<void> {
  let isDir = false
  try {
    isDir = (await stat(dir)).isDirectory()
  } catch {
    // Reported below.
  }
  if (!isDir) throw new Error(`not a git repository: ${dir} (no such directory)`)
}

/** Resolves `ref` to a full commit SHA in `repoDir`, with clear errors for a missing repository or ref. */
export async function resolveCommit(repoDir: string, ref: string, git: GitRunner = runGit): Promise<string> {
  // A leading `-` would be read as an option.
  if (ref === '' || ref.startsWith('-')) throw new Error(`unknown git ref "${ref}" in ${repoDir}`)
  let out: Buffer
  try {
    out = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: repoDir })
  } catch (err) {
    if (isNotARepository(err)) throw new Error(`not a git repository: ${repoDir}`)
    // `--quiet` makes an unknown ref exit 1 without output; anything else is unexpected.
    if (err instanceof GitError && err.exitCode === 1 && err.stderr === '') throw new Error(`unknown git ref "${ref}" in ${repoDir}`)
    throw err
  }
  const sha = out.toString('utf8').trim()
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new Error(`unknown git ref "${ref}" in ${repoDir}`)
  return sha
}

interface TreeEntry {
  path: string
  mode: string
  oid: string
  /** Bytes; null when git could not size the blob (`BAD`: absent from the object store) or was not asked to. */
  size: number | null
}

const REGULAR_FILE_MODES = new Set(['100644', '100755', '100664'])
const SYMLINK_MODE = '120000'

/**
 * Parses `git ls-tree -r -z [--long]` output, keeping blobs (regular files and symlinks; submodules are commits).
 * With `--long`, a blob git cannot find prints `BAD` as its size (a mirror or partial clone without it).
 */
export function parseLsTree(out: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = []
  for (const record of out.toString('utf8').split('\0')) {
    if (record === '') continue
    const tab = record.indexOf('\t')
    const m = tab < 0 ? null : /^(\d+) (\w+) ([0-9a-f]+)(?: +(-|\d+|BAD))?$/.exec(record.slice(0, tab))
    if (!m) throw new Error(`unexpected git ls-tree output: ${JSON.stringify(record.slice(0, 200))}`)
    const [, mode, type, oid, size] = m
    if (type !== 'blob' || (!REGULAR_FILE_MODES.has(mode) && mode !== SYMLINK_MODE)) continue
    entries.push({ path: record.slice(tab + 1), mode, oid, size: size === undefined || size === 'BAD' || size === '-' ? null : Number(size) })
  }
  return entries
}

/** Parses `git cat-file --batch` output into object id → content; objects reported `missing` are left out. */
export function parseCatFileBatch(out: Buffer): Map<string, Buffer> {
  const objects = new Map<string, Buffer>()
  let pos = 0
  while (pos < out.length) {
    const nl = out.indexOf(0x0a, pos)
    if (nl < 0) throw new Error('truncated git cat-file output: header without newline')
    const header = out.toString('latin1', pos, nl)
    const parts = header.split(' ')
    if (parts.length === 2 && parts[1] === 'missing') {
      // Absent objects (e.g. a partial clone) are reported as missing by the caller.
      pos = nl + 1
      continue
    }
    if (parts.length !== 3) throw new Error(`git cat-file could not read object: ${header}`)
    const [oid, , sizeText] = parts
    const size = Number(sizeText)
    if (!Number.isSafeInteger(size) || size < 0) throw new Error(`unexpected git cat-file header: ${header}`)
    const start = nl + 1
    const end = start + size
    if (end >= out.length || out[end] !== 0x0a) throw new Error(`truncated git cat-file output for object ${oid}`)
    objects.set(oid, out.subarray(start, end))
    pos = end + 1
  }
  return objects
}

/** Parses `git cat-file --batch-check` output (`<oid> <type> <size>` or `<oid> missing`) into object id → size. */
export function parseBatchCheck(out: Buffer): Map<string, number> {
  const sizes = new Map<string, number>()
  for (const line of out.toString('latin1').split('\n')) {
    const parts = line.split(' ')
    if (parts.length === 3 && /^\d+$/.test(parts[2])) sizes.set(parts[0], Number(parts[2]))
  }
  return sizes
}

/** Parses `git rev-list --objects --missing=print` output: the ids printed as `?<oid>`. */
export function parseMissing(out: Buffer): Set<string> {
  const missing = new Set<string>()
  for (const line of out.toString('latin1').split('\n')) if (line.startsWith('?')) missing.add(line.slice(1).split(' ')[0])
  return missing
}

/** git's refusal to size a blob it would have to fetch from the promisor remote of a partial clone. */
function isPromisorRefusal(err: unknown): boolean {
  return err instanceof GitError && /from promisor remote|lazy fetching disabled/i.test(err.stderr)
}

/**
 * The tree of `sha` with blob sizes. One `ls-tree --long` in a complete repository. In a partial clone git cannot
 * size an absent blob without fetching it, so the tree is listed without sizes, the absent blobs are found with
 * `rev-list --missing=print` (which never fetches) and the present ones are sized with `cat-file --batch-check`.
 */
async function listTree(repoDir: string, sha: string, git: GitRunner): Promise<TreeEntry[]> {
  try {
    return parseLsTree(await git(['ls-tree', '-r', '-z', '--long', '--full-tree', sha], { cwd: repoDir }))
  } catch (err) {
    if (!isPromisorRefusal(err)) throw err
  }
  const entries = parseLsTree(await git(['ls-tree', '-r', '-z', '--full-tree', sha], { cwd: repoDir }))
  const missing = parseMissing(await git(['rev-list', '--objects', '--missing=print', '--no-walk', sha], { cwd: repoDir }))
  const present = [...new Set(entries.filter((e) => !missing.has(e.oid)).map((e) => e.oid))]
  const sizes = present.length > 0 ? parseBatchCheck(await git(['cat-file', '--batch-check'], { cwd: repoDir, input: present.join('\n') + '\n' })) : new Map<string, number>()
  return entries.map((e) => ({ ...e, size: sizes.get(e.oid) ?? null }))
}

/**
 * Reads the wanted files of the commit `ref` points to: rev-parse, one tree listing and one cat-file batch for
 * every kept blob, regardless of the number of files (two more git calls in a partial clone). Symlinks are never
 * followed (git stores the target path as the blob); blobs absent from the clone are recorded as `missing` and
 * never fetched. Paths are relative to the repository's top level even when `repoDir` is a subdirectory.
 */
export async function readGitSide(repoDir: string, ref: string, opts: ReadOptions, git: GitRunner = runGit): Promise<RepoSide> {
  await assertDirectory(repoDir)
  const sha = await resolveCommit(repoDir, ref, git)
  const maxBytes = effectiveMaxBytes(opts)
  const collector = new SideCollector()
  const kept: TreeEntry[] = []
  for (const entry of await listTree(repoDir, sha, git)) {
    if (!isWantedPath(entry.path, opts)) continue
    if (entry.mode === SYMLINK_MODE) collector.skip(entry.path, 'symlink')
    else if (entry.size === null) collector.skip(entry.path, 'missing', { oid: entry.oid })
    else if (entry.size > maxBytes) collector.skip(entry.path, 'too-large', { size: entry.size, limit: maxBytes })
    else kept.push(entry)
  }
  if (kept.length > 0) {
    // Identical content at several paths is requested once.
    const oids = [...new Set(kept.map((e) => e.oid))]
    const out = await git(['cat-file', '--batch', '--buffer'], { cwd: repoDir, input: oids.join('\n') + '\n' })
    const objects = parseCatFileBatch(out)
    for (const entry of kept) {
      const content = objects.get(entry.oid)
      if (content === undefined) collector.skip(entry.path, 'missing', { oid: entry.oid })
      else collector.addContent(entry.path, content)
    }
  }
  return collector.build(sha)
}

/**
 * Reads the working tree as it is on disk, uncommitted edits and untracked (not ignored) files
 * included; files deleted from disk are absent. The side's ref is `WORKTREE`.
 */
export async function readWorktreeSide(repoDir: string, opts: ReadOptions, git: GitRunner = runGit): Promise<RepoSide> {
  await assertDirectory(repoDir)
  let top: string
  try {
    top = (await git(['rev-parse', '--show-toplevel'], { cwd: repoDir })).toString('utf8').replace(/\n$/, '')
  } catch (err) {
    if (isNotARepository(err)) throw new Error(`not a git repository: ${repoDir}`)
    throw err
  }
  const listing = await git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: top })
  const seen = new Set<string>()
  const candidates: string[] = []
  for (const path of listing.toString('utf8').split('\0')) {
    // Unmerged paths are listed once per stage; untracked nested repositories end with `/`.
    if (path === '' || path.endsWith('/') || seen.has(path)) continue
    seen.add(path)
    if (isWantedPath(path, opts)) candidates.push(path)
  }
  const collector = new SideCollector()
  await readCandidates(top, candidates, opts, collector)
  return collector.build(WORKTREE_REF)
}
