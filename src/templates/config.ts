// `templates:` in the config file (.github/kops-preflight.yaml, beside `ignore:`): invocations of
// `kops toolbox template` declared by hand, for repositories whose Makefiles or scripts cannot be read literally.
//
//   templates:
//   - template: kops/cluster.tmpl.yaml        # or a list; a directory renders recursively
//     values: [kops/values.yaml, kops/prod.yaml]
//     snippets: kops/snippets                 # or a list
//     set: { clusterName: prod.example.com }  # --set key=value (setString: for --set-string)
//     name: prod.example.com                  # --name / the positional cluster name
//     out: kops/rendered/prod.yaml            # --out, when the output is committed
//     failOnMissing: true                     # --fail-on-missing (default true)
//     formatYaml: false                       # --format-yaml (default false)
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import type { Position } from '../types.js'
import type { TemplateInvocation } from './invocation.js'

export interface TemplateConfigProblem {
  file: string
  pos: Position
  message: string
}

const KEYS = ['template', 'templates', 'values', 'snippets', 'set', 'setString', 'name', 'out', 'failOnMissing', 'formatYaml'] as const

/**
 * `--set` arguments for one key and value: commas and backslashes escaped, a list of scalars as `{a,b}`, nested
 * maps and lists of maps as dotted keys and indices (`a.b=1`, `l[0].k=v`).
 */
function setArgs(key: string, v: unknown): string[] {
  const esc = (s: string): string => s.replace(/[\\,]/g, (c) => '\\' + c)
  const scalar = (x: unknown): string => esc(x === null || x === undefined ? 'null' : String(x))
  const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
  if (isObject(v)) return Object.entries(v).flatMap(([k, x]) => setArgs(`${key}.${esc(k).replace(/\./g, '\\.')}`, x))
  if (Array.isArray(v)) {
    if (v.every((x) => !isObject(x) && !Array.isArray(x))) return [`${key}={${v.map(scalar).join(',')}}`]
    return v.flatMap((x, i) => setArgs(`${key}[${i}]`, x))
  }
  return [`${key}=${scalar(v)}`]
}

/** Reads the `templates:` entries of the config file; other keys are left to their own readers. */
export function readTemplateConfig(file: string, text: string): { invocations: TemplateInvocation[]; problems: TemplateConfigProblem[] } {
  const invocations: TemplateInvocation[] = []
  const problems: TemplateConfigProblem[] = []
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const at = (n: Node | null | undefined): Position => {
    const r = n?.range ?? [0, 0]
    const a = lines.linePos(r[0])
    const b = lines.linePos(Math.max(r[1], r[0]))
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col }
  }
  if (doc.errors.length || !isMap(doc.contents)) return { invocations, problems }
  const list = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'templates')?.value as Node | undefined
  if (!list) return { invocations, problems }
  if (!isSeq(list)) {
    problems.push({ file, pos: at(list), message: 'templates must be a list of {template, values, snippets, set, name} entries' })
    return { invocations, problems }
  }
  list.items.forEach((item, index) => {
    if (!isMap(item)) {
      problems.push({ file, pos: at(item as Node), message: `templates[${index}] must be a mapping` })
      return
    }
    const fields = new Map<string, Node>()
    for (const p of item.items) {
      const key = isScalar(p.key) ? String(p.key.value) : ''
      if (!(KEYS as readonly string[]).includes(key)) problems.push({ file, pos: at(p.key as Node), message: `templates[${index}]: unknown key ${key}; expected one of ${KEYS.join(', ')}` })
      else fields.set(key, p.value as Node)
    }
    const strings = (key: string): string[] => {
      const n = fields.get(key)
      if (!n) return []
      if (isScalar(n) && n.value !== null) return String(n.value).split(',').map((s) => s.trim()).filter(Boolean)
      if (isSeq(n)) return n.items.filter(isScalar).map((s) => String(s.value))
      problems.push({ file, pos: at(n), message: `templates[${index}].${key} must be a path or a list of paths` })
      return []
    }
    const sets = (key: string): string[] => {
      const n = fields.get(key)
      if (!n) return []
      if (isMap(n)) return n.items.flatMap((p) => setArgs(isScalar(p.key) ? String(p.key.value).replace(/[\\,.]/g, (c) => '\\' + c) : '', (p.value as Node | null)?.toJSON?.() ?? null))
      if (isSeq(n)) return n.items.filter(isScalar).map((s) => String(s.value))
      if (isScalar(n) && n.value !== null) return [String(n.value)]
      problems.push({ file, pos: at(n), message: `templates[${index}].${key} must be a mapping of keys to values` })
      return []
    }
    const scalar = (key: string): string | null => {
      const n = fields.get(key)
      return n && isScalar(n) && n.value !== null ? String(n.value) : null
    }
    const bool = (key: string, fallback: boolean): boolean => {
      const n = fields.get(key)
      return n && isScalar(n) && typeof n.value === 'boolean' ? n.value : fallback
    }
    const templates = [...strings('template'), ...strings('templates')]
    if (templates.length === 0) {
      problems.push({ file, pos: at(item), message: `templates[${index}] needs a template path` })
      return
    }
    const first = at(item)
    const lineEnd = text.indexOf('\n', item.range?.[0] ?? 0)
    const endCol = (lineEnd === -1 ? text.length : lineEnd) - (item.range?.[0] ?? 0) + first.column
    invocations.push({
      kind: 'config',
      at: { value: 'templates', file, pos: { line: first.line, column: first.column, endLine: first.line, endColumn: endCol }, path: `templates.${index}` },
      templates,
      values: strings('values'),
      snippets: strings('snippets'),
      set: sets('set'),
      setString: sets('setString'),
      name: scalar('name'),
      out: scalar('out'),
      failOnMissing: bool('failOnMissing', true),
      formatYaml: bool('formatYaml', false),
      unresolved: [],
    })
  })
  return { invocations, problems }
}
