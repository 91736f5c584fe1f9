// `kops-preflight fix [--write] [--rule ID ...]`: the mechanical fixes of the check's findings as a unified diff;
// with --write, applies them and checks again, printing what is left.
import { writeFile } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { runCheck } from '../check.js'
import { DEFAULT_CONFIG_PATH } from '../findings/suppress.js'
import { shouldFail } from '../fail-on.js'
import { applyEdits, type TextEdit } from '../fixes/index.js'
import { unifiedDiff } from '../fixes/diff.js'
import { readDirSide } from '../repo/fs.js'
import { readWorktreeSide } from '../repo/git.js'
import { DEFAULT_MAX_BYTES, type RepoFile } from '../repo/side.js'
import { render } from '../report/index.js'
import type { Finding } from '../types.js'

export interface FixIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
}

export interface PlannedEdits {
  /** Edits per file, deduplicated (several findings often share one fix), in file order. */
  byFile: Map<string, TextEdit[]>
  /** Fixes left out because their edits overlap another fix's in the same file. */
  conflicts: string[]
  /** Findings whose fix is planned. */
  fixed: Finding[]
}

const key = (e: TextEdit) => `${e.line}:${e.column}:${e.endLine}:${e.endColumn}:${e.replacement}`
const overlaps = (a: TextEdit, b: TextEdit) =>
  !(a.endLine < b.line || (a.endLine === b.line && a.endColumn <= b.column) || b.endLine < a.line || (b.endLine === a.line && b.endColumn <= a.column))

/** The edits of every open finding's certain fix, restricted to `rules` when given. */
export function planEdits(findings: Finding[], rules: string[]): PlannedEdits {
  const byFile = new Map<string, TextEdit[]>()
  const conflicts: string[] = []
  const fixed: Finding[] = []
  for (const f of findings) {
    if (!f.fix || f.status === 'fixed' || (rules.length > 0 && !rules.includes(f.ruleId))) continue
    const edits = f.fix.edits
    const clash = edits.some((e) => (byFile.get(e.file) ?? []).some((o) => overlaps(o, e) && key(o) !== key(e)))
    if (clash) {
      conflicts.push(`${f.file}:${f.line}:${f.column} [${f.ruleId}] ${f.fix.description}`)
      continue
    }
    for (const e of edits) {
      const list = byFile.get(e.file) ?? []
      if (!list.some((o) => key(o) === key(e))) list.push(e)
      byFile.set(e.file, list)
    }
    fixed.push(f)
  }
  for (const list of byFile.values()) list.sort((a, b) => a.line - b.line || a.column - b.column)
  return { byFile: new Map([...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), conflicts, fixed }
}

export async function fix(args: string[], io: FixIo, UsageError: new (m: string) => Error): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      repo: { type: 'string' },
      'head-path': { type: 'string' },
      'kops-version': { type: 'string' },
      'target-kops-version': { type: 'string' },
      rule: { type: 'string', multiple: true },
      write: { type: 'boolean' },
      config: { type: 'string' },
      'fail-on': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.repo && values['head-path']) throw new UsageError('use either --repo or --head-path, not both')
  const root = resolve(io.cwd, values['head-path'] ?? values.repo ?? '.')
  const read = async (): Promise<RepoFile[]> =>
    (values['head-path'] ? await readDirSide(root, { paths: [], maxBytes: DEFAULT_MAX_BYTES }) : await readWorktreeSide(root, { paths: [], maxBytes: DEFAULT_MAX_BYTES })).files
  const checkFiles = (files: RepoFile[]) =>
    runCheck({
      head: { ref: 'WORKTREE', files, kopsVersion: values['kops-version'] ?? null },
      targetKopsVersion: values['target-kops-version'] ?? null,
      config: values.config ? { path: values.config, required: true } : { path: DEFAULT_CONFIG_PATH, required: false },
    }).result
  const files = await read()
  const result = checkFiles(files)
  const plan = planEdits(result.findings, values.rule ?? [])
  const texts = new Map(files.map((f) => [f.path, f.text]))
  let diff = ''
  for (const [file, edits] of plan.byFile) diff += unifiedDiff(file, texts.get(file) ?? '', edits)
  for (const c of plan.conflicts) io.stderr(`kops-preflight: not applied, it overlaps another fix: ${c}\n`)
  if (!values.write) {
    io.stdout(diff === '' ? 'No mechanical fixes for the findings.\n' : diff)
    return 0
  }
  if (diff === '') {
    io.stdout('No mechanical fixes for the findings.\n')
  } else {
    for (const [file, edits] of plan.byFile) {
      const target = resolve(root, file)
      if (!target.startsWith(root + sep)) throw new UsageError(`refusing to write outside the repository: ${file}`)
      await writeFile(target, applyEdits(texts.get(file) ?? '', edits))
    }
    io.stdout(diff)
    io.stdout(`\nApplied ${plan.fixed.length === 1 ? '1 fix' : `${plan.fixed.length} fixes`} to ${plan.byFile.size === 1 ? '1 file' : `${plan.byFile.size} files`}. Checking again:\n\n`)
  }
  const after = checkFiles(await read())
  io.stdout(render('text', after))
  const failOn = (values['fail-on'] ?? 'error') as 'error' | 'warning' | 'notice' | 'never'
  return shouldFail(after.findings, failOn) ? 1 : 0
}
