// The kops-preflight command line: `check`, `plan`, `path`, `fix` and `render`, with exit codes 0 (clean), 1 (findings), 2 (could not run).
import { readFile, writeFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { shouldFail } from '../fail-on.js'
import { DEFAULT_MAX_BYTES, parseByteSize, type ReadOptions, type RepoFile } from '../repo/side.js'
import type { Arch, FailOn } from '../types.js'
import { VERSION } from '../version.js'

export interface Io {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
}

export class UsageError extends Error {}

/** The analysis, loaded only by a command that runs it: usage and version output start as fast as bare Node. */
const loadAnalysis = () => import('./analysis.js')

const USAGE = `Usage:
  kops-preflight check [--repo DIR] [--base REF] [--head REF]
                       [--kops-version V] [--base-kops-version V] [--target-kops-version V|latest]
                       [--format text|json|sarif|markdown|codequality] [--output FILE]
                       [--fail-on error|warning|notice|never] [--config FILE]
                       [--base-path DIR] [--head-path DIR] [--paths GLOB ...] [--max-file-size BYTES]
  kops-preflight plan --kops-version V [--arch amd64|arm64|all] [--format json|text] FILE...
  kops-preflight path [--to V|latest] [--kubernetes-to V] [--format text|json|markdown] [--repo DIR | --head-path DIR]
  kops-preflight fix [--write] [--rule ID ...] [--repo DIR | --head-path DIR] [--kops-version V] [--target-kops-version V]
  kops-preflight render [--repo DIR] [--kops-version V] [--format text|json] [--config FILE]

check compares the kOps version pins and kOps manifests of two sides of a change (base and head)
and reports what kOps's update cluster and nodeup would do differently. Without --base it checks
one snapshot; with --target-kops-version it simulates the head as if its pin were bumped.
--base-path / --head-path read a side from a plain directory instead of git.
--max-file-size (default 1MiB; units KiB, MiB) is the size above which a file is not read.
render prints what each kops toolbox template invocation renders (the templates: list of the config
file), or why kOps could not render it.
--config names the suppression file (relative to the repository root, read from the head side);
without it .github/kops-preflight.yaml is used when present.

path plans the upgrade from the pinned kOps and each cluster's Kubernetes to the target, one minor at
a time inside each release's window, and simulates every step (exit 1 when a step is blocked).
fix prints the mechanical fixes of the check's findings as a unified diff; --write applies them
and checks again.

Exit codes: 0 no finding at or above --fail-on on the head side, 1 findings, 2 could not run.`

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`invalid ${flag} '${value}'; expected one of: ${allowed.join(', ')}`)
}

/**
 * The suppression config as a path relative to the head's root. `--config` is relative to the
 * repository root (an absolute path must lie inside it) and must exist; without it the default
 * path is used when the head has it.
 */
async function configPath(flag: string | undefined, root: string, cwd: string): Promise<{ path: string; required: boolean }> {
  const { DEFAULT_CONFIG_PATH, normaliseConfigPath } = await loadAnalysis()
  if (flag === undefined) return { path: DEFAULT_CONFIG_PATH, required: false }
  if (flag.trim() === '') throw new UsageError('--config needs a file path')
  const rel = isAbsolute(flag) ? relative(root, flag) : flag
  const path = normaliseConfigPath(rel)
  if (path === '' || path === '.' || path === '..' || path.startsWith('../') || isAbsolute(path))
    throw new UsageError(`--config '${flag}' is not a file inside the repository root ${relative(cwd, root) || '.'}`)
  return { path, required: true }
}

async function check(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      repo: { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      'base-path': { type: 'string' },
      'head-path': { type: 'string' },
      'kops-version': { type: 'string' },
      'base-kops-version': { type: 'string' },
      'target-kops-version': { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'fail-on': { type: 'string' },
      config: { type: 'string' },
      paths: { type: 'string', multiple: true },
      'max-file-size': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  const format = oneOf('--format', values.format, ['text', 'json', 'sarif', 'markdown', 'codequality'] as const, 'text')
  const failOn = oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'notice', 'never'] as const, 'error') as FailOn
  if (values.base && values['base-path']) throw new UsageError('use either --base or --base-path, not both')
  if (values.head && values['head-path']) throw new UsageError('use either --head or --head-path, not both')
  if (values['target-kops-version'] && (values.base || values['base-path'])) throw new UsageError('--target-kops-version checks one snapshot; drop --base/--base-path')
  const repo = resolve(io.cwd, values.repo ?? '.')
  const { runCheck, readDirSide, readGitSide, readWorktreeSide, render, mirrorAssets } = await loadAnalysis()
  const config = await configPath(values.config, values['head-path'] ? resolve(io.cwd, values['head-path']) : repo, io.cwd)
  // --paths narrows what is read; the suppression config is read all the same.
  const paths = values.paths && values.paths.length > 0 ? [...values.paths, config.path] : []
  const maxBytes = values['max-file-size'] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(values['max-file-size'])
  if (maxBytes === null || maxBytes <= 0) throw new UsageError(`invalid --max-file-size '${values['max-file-size']}'; expected bytes, optionally with a unit (4194304, 4MiB)`)
  const opts: ReadOptions = { paths, maxBytes }
  const head = values['head-path']
    ? await readDirSide(resolve(io.cwd, values['head-path']), opts)
    : values.head
      ? await readGitSide(repo, values.head, opts)
      : await readWorktreeSide(repo, opts)
  const base = values['base-path'] ? await readDirSide(resolve(io.cwd, values['base-path']), opts) : values.base ? await readGitSide(repo, values.base, opts) : null
  if (process.env.KOPS_PREFLIGHT_DEBUG)
    for (const [name, side] of [['base', base], ['head', head]] as const) for (const s of side?.skipped ?? []) io.stderr(`debug: ${name}: not read: ${JSON.stringify(s.path)} (${s.reason})\n`)
  const relRef = (side: { ref: string }, isPath: boolean) => (isPath ? relative(io.cwd, side.ref) || '.' : side.ref)
  const { result, base: pinned, head: checked } = runCheck({
    head: { ref: relRef(head, !!values['head-path']), files: head.files, skipped: head.skipped, kopsVersion: values['kops-version'] ?? null },
    base: base ? { ref: relRef(base, !!values['base-path']), files: base.files, skipped: base.skipped, kopsVersion: values['base-kops-version'] ?? null } : null,
    targetKopsVersion: values['target-kops-version'] ?? null,
    config,
  })
  // Drift scans carry the assets to mirror into spec.assets.fileRepository, as the Action's report does.
  const out = render(format, result, format === 'json' && result.mode === 'drift' && pinned ? { mirror: mirrorAssets(pinned, checked) } : {})
  if (values.output) await writeFile(resolve(io.cwd, values.output), out)
  else io.stdout(out)
  return shouldFail(result.findings, failOn) ? 1 : 0
}

async function plan(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'kops-version': { type: 'string' }, arch: { type: 'string' }, format: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  })
  if (!values['kops-version']) throw new UsageError('plan needs --kops-version V')
  if (positionals.length === 0) throw new UsageError('plan needs at least one FILE')
  const arch = oneOf('--arch', values.arch, ['amd64', 'arm64', 'all'] as const, 'all')
  const format = oneOf('--format', values.format, ['json', 'text'] as const, 'json')
  const files: RepoFile[] = []
  for (const p of positionals) {
    let text: string
    try {
      text = await readFile(resolve(io.cwd, p), 'utf8')
    } catch (e) {
      throw new UsageError(`cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
    }
    files.push({ path: p.replace(/\\/g, '/'), text })
  }
  const arches: Arch[] = arch === 'all' ? ['amd64', 'arm64'] : [arch]
  const { renderPlanText, runPlan } = await loadAnalysis()
  const result = runPlan(files, values['kops-version'], arches)
  io.stdout(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : renderPlanText(result))
  return 0
}

async function renderTemplates(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { repo: { type: 'string' }, 'kops-version': { type: 'string' }, format: { type: 'string' }, config: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  })
  const format = oneOf('--format', values.format, ['text', 'json'] as const, 'text')
  const repo = resolve(io.cwd, values.repo ?? '.')
  const config = await configPath(values.config, repo, io.cwd)
  const { discoverInvocations, readDirSide, readWorktreeSide, renderReportText, runRender } = await loadAnalysis()
  const opts: ReadOptions = { paths: [], maxBytes: DEFAULT_MAX_BYTES }
  let side
  try {
    side = await readWorktreeSide(repo, opts)
  } catch (e) {
    if (!/not a git repository/.test((e as Error).message)) throw e
    side = await readDirSide(repo, opts)
  }
  // Makefiles, scripts, workflows, Taskfiles and package.json scripts; the config file's entries are read by runRender.
  const discovered = discoverInvocations(side.files, { config: config.path }).filter((i) => i.kind !== 'config')
  const report = runRender({ files: side.files, configPath: config.path, kopsVersion: values['kops-version'], discovered })
  io.stdout(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : renderReportText(report))
  return 0
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE + '\n')
      return command === undefined ? 2 : 0
    }
    if (command === '--version' || command === '-V') {
      io.stdout(`kops-preflight ${VERSION}\n`)
      return 0
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(USAGE + '\n')
      return 0
    }
    if (command === 'check') return await check(rest, io)
    if (command === 'plan') return await plan(rest, io)
    if (command === 'fix') return await (await loadAnalysis()).fix(rest, io, UsageError)
    if (command === 'path') return await (await loadAnalysis()).path(rest, io, UsageError)
    if (command === 'render') return await renderTemplates(rest, io)
    throw new UsageError(`unknown command '${command}'; expected check, plan, render, path or fix`)
  } catch (e) {
    const err = e as Error & { code?: string }
    if (e instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`kops-preflight: ${err.message}\n${USAGE.split('\n').slice(0, 5).join('\n')}\n`)
      return 2
    }
    io.stderr(`kops-preflight: ${err.message}\n`)
    if (!/not a git repository|unknown git ref|ENOENT|cannot read/.test(err.message))
      io.stderr('This looks like a bug in kops-preflight; please report it with the command you ran.\n' + (process.env.KOPS_PREFLIGHT_DEBUG ? `${err.stack}\n` : ''))
    return 2
  }
}
