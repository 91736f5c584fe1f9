// Every `kops toolbox template` invocation a side states literally: Makefiles (with their includes), shell scripts,
// GitHub workflows and composite actions, Taskfiles, package.json scripts, and the config file's `templates:` list.
import type { TemplateInvocation } from '../invocation.js'
import { configInvocations, DEFAULT_CONFIG } from './config.js'
import { isMakefile, makefileInvocations } from './makefile.js'
import { packageJsonInvocations } from './package-json.js'
import { isScript, scriptInvocations } from './script.js'
import { isTaskfile, taskfileInvocations } from './taskfile.js'
import { isWorkflow, workflowInvocations } from './workflow.js'

export { DEFAULT_CONFIG } from './config.js'

export interface DiscoverOptions {
  /** The config file (repository-relative); default `.github/kops-preflight.yaml`. */
  config?: string | null
}

export function discoverInvocations(files: ReadonlyArray<{ path: string; text: string }>, opts: DiscoverOptions = {}): TemplateInvocation[] {
  const byPath = new Map(files.map((f) => [f.path, f.text]))
  const out: TemplateInvocation[] = []
  const config = opts.config ?? DEFAULT_CONFIG
  const cfg = byPath.get(config)
  if (cfg !== undefined) out.push(...configInvocations(config, cfg))
  // Top-level Makefiles first, reading what they include; then `.mk` files nothing included.
  const seen = new Set<string>()
  const makefiles = files.filter((f) => isMakefile(f.path))
  for (const f of makefiles.filter((m) => !m.path.endsWith('.mk'))) out.push(...makefileInvocations(f.path, byPath, seen))
  for (const f of makefiles.filter((m) => m.path.endsWith('.mk') && !seen.has(m.path))) out.push(...makefileInvocations(f.path, byPath, seen))
  for (const f of files) {
    if (!f.text.includes('toolbox')) continue
    if (isWorkflow(f.path)) out.push(...workflowInvocations(f.path, f.text))
    else if (isTaskfile(f.path)) out.push(...taskfileInvocations(f.path, f.text))
    else if (/(?:^|\/)package\.json$/.test(f.path)) out.push(...packageJsonInvocations(f.path, f.text))
    else if (!isMakefile(f.path) && isScript(f.path, f.text)) out.push(...scriptInvocations(f.path, f.text))
  }
  return out
}
