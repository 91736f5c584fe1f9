// `kops toolbox template` in shell scripts (`*.sh`, `*.bash`, or a shell shebang). A script is taken to run from its
// own directory; `cd "$(dirname "$0")"` says so, and a literal `cd dir` moves on from there.
import type { TemplateInvocation } from '../invocation.js'
import { findInvocations, mapped, SCRIPT_DIR } from './command.js'
import { dirOf, lineStartsOf } from './paths.js'

export function isScript(path: string, text: string): boolean {
  return /\.(?:sh|bash)$/.test(path) || /^#!\s*\S*(?:\/env\s+)?(?:ba|z|da)?sh\b/.test(text)
}

export function scriptInvocations(path: string, text: string): TemplateInvocation[] {
  if (!text.includes('toolbox')) return []
  const dir = dirOf(path)
  return findInvocations(mapped(text), { kind: 'script', file: path, lineStarts: lineStartsOf(text), cwd: dir, env: new Map([[SCRIPT_DIR, dir]]) })
}
