// `kops-preflight path [--to V|latest] [--kubernetes-to V] [--format text|json|markdown]`: the upgrade path of every
// cluster in the working tree (or a plain directory), each step simulated.
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { PathError, planPath } from '../path/index.js'
import { renderPathJson, renderPathMarkdown, renderPathText } from '../path/render.js'
import { readDirSide } from '../repo/fs.js'
import { readWorktreeSide } from '../repo/git.js'
import { DEFAULT_MAX_BYTES } from '../repo/side.js'

export interface PathIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
}

export async function path(args: string[], io: PathIo, UsageError: new (m: string) => Error): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      repo: { type: 'string' },
      'head-path': { type: 'string' },
      to: { type: 'string' },
      'kubernetes-to': { type: 'string' },
      'kops-version': { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  const format = values.format ?? 'text'
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`invalid --format '${format}'; expected one of: text, json, markdown`)
  if (values.repo && values['head-path']) throw new UsageError('use either --repo or --head-path, not both')
  const root = resolve(io.cwd, values['head-path'] ?? values.repo ?? '.')
  const opts = { paths: [], maxBytes: DEFAULT_MAX_BYTES }
  const side = values['head-path'] ? await readDirSide(root, opts) : await readWorktreeSide(root, opts)
  let result
  try {
    result = planPath(side.files, { to: values.to ?? null, kubernetesTo: values['kubernetes-to'] ?? null, kopsVersion: values['kops-version'] ?? null })
  } catch (e) {
    if (e instanceof PathError) throw new UsageError(e.message)
    throw e
  }
  const out = format === 'json' ? renderPathJson(result) : format === 'markdown' ? renderPathMarkdown(result) : renderPathText(result)
  if (values.output) await writeFile(resolve(io.cwd, values.output), out)
  else io.stdout(out)
  const blocked = result.clusters.some((c) => c.error !== null || c.steps.some((s) => s.blocked))
  return blocked ? 1 : 0
}
