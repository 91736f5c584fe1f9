// `kops toolbox template` in Taskfiles (go-task): `cmds:` of each task, with the Taskfile's and the task's literal
// `vars:` and `env:` substituted where the commands say `{{.VAR}}`, run in the task's `dir:` (else the Taskfile's).
import { isMap, isScalar, isSeq, parseDocument, type Scalar } from 'yaml'
import type { TemplateInvocation } from '../invocation.js'
import { findInvocations, joinMapped, resolvePath, type MappedText } from './command.js'
import { dirOf, lineStartsOf } from './paths.js'

export function isTaskfile(path: string): boolean {
  return /(?:^|\/)[Tt]askfile(?:\.dist)?\.ya?ml$/.test(path)
}

function get(map: unknown, key: string): unknown {
  if (!isMap(map)) return undefined
  for (const p of map.items) if (isScalar(p.key) && p.key.value === key) return p.value
  return undefined
}

function literals(node: unknown, into: Map<string, string>): Map<string, string> {
  const out = new Map(into)
  if (!isMap(node)) return out
  for (const p of node.items) {
    if (!isScalar(p.key)) continue
    const k = String(p.key.value)
    // `VAR: {sh: …}` is computed by a shell: not literal.
    if (isScalar(p.value) && p.value.value !== null && typeof p.value.value !== 'object' && !String(p.value.value).includes('{{')) out.set(k, String(p.value.value))
    else out.delete(k)
  }
  return out
}

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

/** `{{.VAR}}` → the literal value; anything else in `{{ }}` is not literal. */
function substitute(m: MappedText, vars: Map<string, string>): MappedText {
  const parts: MappedText[] = []
  let i = 0
  for (const e of m.text.matchAll(/\{\{\s*\.([A-Za-z_]\w*)\s*\}\}|\{\{[^}]*\}\}/g)) {
    parts.push({ text: m.text.slice(i, e.index), at: m.at.slice(i, e.index) })
    const v = e[1] !== undefined ? vars.get(e[1]) : undefined
    const t = v ?? '$(task-template)'
    parts.push({ text: t, at: Array.from({ length: t.length }, () => m.at[e.index]) })
    i = e.index + e[0].length
  }
  parts.push({ text: m.text.slice(i), at: m.at.slice(i) })
  return joinMapped(parts)
}

export function taskfileInvocations(path: string, text: string): TemplateInvocation[] {
  if (!text.includes('toolbox')) return []
  const doc = parseDocument(text)
  if (doc.errors.length) return []
  const root = doc.contents
  const starts = lineStartsOf(text)
  const globalVars = literals(get(root, 'vars'), new Map())
  const globalEnv = literals(get(root, 'env'), new Map())
  const out: TemplateInvocation[] = []
  const tasks = get(root, 'tasks')
  if (!isMap(tasks)) return out
  for (const t of tasks.items) {
    const task = t.value
    const vars = literals(get(task, 'vars'), globalVars)
    const env = literals(get(task, 'env'), globalEnv)
    const dirNode = get(task, 'dir')
    const dir = isScalar(dirNode) && typeof dirNode.value === 'string' ? resolvePath(dirOf(path), dirNode.value) : dirOf(path)
    const cmds = get(task, 'cmds')
    if (!isSeq(cmds)) continue
    for (const c of cmds.items) {
      const node = isScalar(c) ? c : get(c, 'cmd')
      if (!isScalar(node) || typeof node.value !== 'string' || !node.value.includes('toolbox')) continue
      const cmd = substitute(mappedScalar(text, node), new Map([...env, ...vars]))
      out.push(...findInvocations(cmd, { kind: 'taskfile', file: path, lineStarts: starts, cwd: dir ?? dirOf(path), env }))
    }
  }
  return out
}
