// `kops toolbox template` in GitHub workflow `run:` steps (and composite actions), with literal `env:` of the
// workflow, the job and the step, and `working-directory:` of the step or of `defaults.run`. `${{ env.X }}` is
// replaced by a literal X; any other `${{ … }}` (matrix, inputs, secrets) is not literal.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Scalar, type YAMLMap } from 'yaml'
import type { TemplateInvocation } from '../invocation.js'
import { findInvocations, joinMapped, resolvePath, type MappedText } from './command.js'
import { lineStartsOf } from './paths.js'

export function isWorkflow(path: string): boolean {
  return /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || /(?:^|\/)\.github\/(?:[^/]+\/)*action\.ya?ml$/.test(path) || /(?:^|\/)action\.ya?ml$/.test(path)
}

function get(map: unknown, key: string): unknown {
  if (!isMap(map)) return undefined
  for (const p of map.items) if (isScalar(p.key) && p.key.value === key) return p.value
  return undefined
}

function literalEnv(node: unknown, into: Map<string, string>): Map<string, string> {
  const out = new Map(into)
  if (!isMap(node)) return out
  for (const p of (node as YAMLMap).items) {
    if (!isScalar(p.key) || !isScalar(p.value)) continue
    const k = String(p.key.value)
    const v = p.value.value
    if (v === null || typeof v === 'object') continue
    const s = String(v)
    if (s.includes('${{')) out.delete(k)
    else out.set(k, s)
  }
  return out
}

/** The scalar's value, each character mapped to where it is in the file (block scalars: line by line, indent removed). */
function mappedScalar(text: string, node: Scalar): MappedText {
  const value = String(node.value)
  const [start, , end] = node.range ?? [0, 0, 0]
  const at: number[] = []
  let cursor = start
  for (const line of value.split('\n')) {
    const found = line === '' ? -1 : text.indexOf(line, cursor)
    const base = found !== -1 && found < end ? found : cursor
    for (let k = 0; k < line.length; k++) at.push(base + k)
    at.push(base + line.length)
    cursor = base + line.length
  }
  return { text: value, at: at.slice(0, value.length) }
}

/** Replaces `${{ env.X }}` with X's literal value and other expressions with a non-literal `$(…)`. */
function substituteExpressions(m: MappedText, env: Map<string, string>): MappedText {
  const parts: MappedText[] = []
  let i = 0
  for (const e of m.text.matchAll(/\$\{\{\s*([^}]*?)\s*\}\}/g)) {
    parts.push({ text: m.text.slice(i, e.index), at: m.at.slice(i, e.index) })
    const name = /^env\.([A-Za-z_]\w*)$/.exec(e[1])?.[1]
    const v = name !== undefined ? env.get(name) : undefined
    const t = v ?? '$(github-expression)'
    parts.push({ text: t, at: Array.from({ length: t.length }, () => m.at[e.index]) })
    i = e.index + e[0].length
  }
  parts.push({ text: m.text.slice(i), at: m.at.slice(i) })
  return joinMapped(parts)
}

export function workflowInvocations(path: string, text: string): TemplateInvocation[] {
  if (!text.includes('toolbox')) return []
  let doc
  try {
    doc = parseDocument(text, { lineCounter: new LineCounter() })
  } catch {
    return []
  }
  if (doc.errors.length) return []
  const root = doc.contents
  const starts = lineStartsOf(text)
  const out: TemplateInvocation[] = []
  const wfEnv = literalEnv(get(root, 'env'), new Map())
  const wfDir = get(get(get(root, 'defaults'), 'run'), 'working-directory')
  const steps = (node: unknown, env: Map<string, string>, dir: unknown): void => {
    if (!isSeq(node)) return
    for (const step of node.items) {
      const run = get(step, 'run')
      if (!isScalar(run) || typeof run.value !== 'string' || !run.value.includes('toolbox')) continue
      const stepEnv = literalEnv(get(step, 'env'), env)
      const wd = get(step, 'working-directory') ?? dir
      const wdValue = isScalar(wd) && typeof wd.value === 'string' ? wd.value : null
      const cwd = wdValue === null ? '' : wdValue.includes('${{') ? null : resolvePath('', wdValue)
      const cmd = substituteExpressions(mappedScalar(text, run), stepEnv)
      const found = findInvocations(cmd, { kind: 'workflow', file: path, lineStarts: starts, cwd: cwd ?? '', env: stepEnv })
      if (cwd === null) for (const f of found) f.unresolved.push(`working-directory: ${wdValue}`)
      out.push(...found)
    }
  }
  const jobs = get(root, 'jobs')
  if (isMap(jobs))
    for (const j of jobs.items) {
      const job = j.value as Node
      const env = literalEnv(get(job, 'env'), wfEnv)
      steps(get(job, 'steps'), env, get(get(get(job, 'defaults'), 'run'), 'working-directory') ?? wfDir)
    }
  // Composite actions: `runs: steps:`.
  steps(get(get(root, 'runs'), 'steps'), wfEnv, undefined)
  return out
}
