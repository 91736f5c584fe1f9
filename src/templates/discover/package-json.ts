// `kops toolbox template` in package.json `scripts` (npm runs them from the package's directory).
import type { TemplateInvocation } from '../invocation.js'
import { findInvocations, mapped } from './command.js'
import { dirOf, lineStartsOf } from './paths.js'

export function packageJsonInvocations(path: string, text: string): TemplateInvocation[] {
  if (!text.includes('toolbox')) return []
  let scripts: unknown
  try {
    scripts = (JSON.parse(text) as { scripts?: unknown }).scripts
  } catch {
    return []
  }
  if (typeof scripts !== 'object' || scripts === null) return []
  const starts = lineStartsOf(text)
  const out: TemplateInvocation[] = []
  let from = 0
  for (const [name, cmd] of Object.entries(scripts as Record<string, unknown>)) {
    if (typeof cmd !== 'string' || !cmd.includes('toolbox')) continue
    // The script's text in the file: its JSON string after its key (escapes are rare in commands; offsets stay close).
    const key = text.indexOf(JSON.stringify(name), from)
    const value = key === -1 ? -1 : text.indexOf('"', text.indexOf(':', key + name.length + 2)) + 1
    if (key !== -1) from = key + 1
    out.push(...findInvocations(mapped(cmd, Math.max(value, 0)), { kind: 'package-json', file: path, lineStarts: starts, cwd: dirOf(path), env: new Map() }))
  }
  return out
}
