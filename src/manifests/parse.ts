// Finds kOps Cluster / InstanceGroup documents in a file by content and parses them, keeping positions.
import { isMap, isScalar, isSeq, parseAllDocuments, type Node, type YAMLMap } from 'yaml'
import type { Located, Position } from '../types.js'
import { isUnresolved, lineStarts, maskTemplates, spanToPosition, type TemplateExpression } from './templates.js'

export type KopsKind = 'Cluster' | 'InstanceGroup'

export interface ManifestProblem {
  ruleId: 'manifest-invalid' | 'manifest-not-evaluated'
  messageId: string
  file: string
  pos: Position
  data: Record<string, string>
}

/** One kOps document, with typed access to its values and their positions. */
export class KopsDocument {
  constructor(
    readonly kind: KopsKind,
    readonly file: string,
    readonly apiVersion: string,
    /** Where the document's `kind:` value is. */
    readonly at: Position,
    private readonly root: YAMLMap,
    private readonly starts: number[],
    private readonly offset: number,
  ) {}

  /** The node at a dotted path (map keys only; a key may itself contain dots when given as an array element). */
  node(path: readonly string[]): Node | null {
    let cur: unknown = this.root
    for (const key of path) {
      if (!isMap(cur)) return null
      let found: unknown = null
      // Last occurrence wins when a key is repeated (the duplicate itself is reported as manifest-invalid).
      for (const item of cur.items) if (isScalar(item.key) && String(item.key.value) === key) found = item.value
      cur = found
    }
    return (cur as Node) ?? null
  }

  position(node: Node): Position {
    const r = node.range ?? [0, 0, 0]
    return spanToPosition(this.starts, this.offset + r[0], this.offset + r[1])
  }

  /** A scalar value with its position; maps, sequences and missing values give null. */
  scalar(path: readonly string[]): Located<string | number | boolean | null> | null {
    const n = this.node(path)
    if (!isScalar(n)) return null
    const v = n.value
    const value = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v)
    return { value, file: this.file, pos: this.position(n), path: path.join('.') }
  }

  /** A string value (numbers are turned into their source text); null when absent or not a scalar. */
  string(path: readonly string[]): Located<string> | null {
    const s = this.scalar(path)
    if (!s || s.value === null || s.value === undefined) return null
    const n = this.node(path)
    const text = isScalar(n) && typeof n.value === 'number' && n.source !== undefined ? String(n.source) : String(s.value)
    return { ...s, value: text }
  }

  boolean(path: readonly string[]): Located<boolean> | null {
    const s = this.scalar(path)
    if (!s) return null
    if (typeof s.value === 'boolean') return { ...s, value: s.value }
    if (s.value === 'true' || s.value === 'false') return { ...s, value: s.value === 'true' }
    return null
  }

  /** A located marker for a map or any present value (its key's line), for presence checks. */
  present(path: readonly string[]): Located<true> | null {
    const n = this.node(path)
    if (n === null || n === undefined) return null
    return { value: true, file: this.file, pos: this.position(n), path: path.join('.') }
  }

  /** The key of the value at `path` (where kOps's Forbidden and Required errors point), with the key's position. */
  keyAt(path: readonly string[]): Located<string> | null {
    if (path.length === 0) return null
    const parent = path.length === 1 ? this.root : this.node(path.slice(0, -1))
    if (!isMap(parent)) return null
    const last = path[path.length - 1]
    let found: Node | null = null
    for (const item of parent.items) if (isScalar(item.key) && String(item.key.value) === last) found = item.key
    if (!found) return null
    return { value: last, file: this.file, pos: this.position(found), path: path.join('.') }
  }

  keys(path: readonly string[]): string[] {
    const n = path.length ? this.node(path) : this.root
    if (!isMap(n)) return []
    return n.items.filter((i) => isScalar(i.key)).map((i) => String((i.key as { value: unknown }).value))
  }

  /** Scalars of a sequence at `path`. */
  strings(path: readonly string[]): Located<string>[] {
    const n = this.node(path)
    if (!isSeq(n)) return []
    return n.items.filter(isScalar).map((s) => ({ value: String(s.value), file: this.file, pos: this.position(s), path: path.join('.') }))
  }

  /**
   * Scalars in the document whose value depends on template or shell variables. Scripts and file contents
   * (additionalUserData, fileAssets, hooks, …) are left alone: `${VAR}` there is shell syntax kOps passes through.
   */
  unresolvedScalars(): Located<string>[] {
    const out: Located<string>[] = []
    const visit = (n: unknown, path: string[]): void => {
      if (path.some((p) => CONTENT_KEYS.has(p))) return
      if (isMap(n)) for (const i of n.items) visit(i.value, [...path, isScalar(i.key) ? String(i.key.value) : '?'])
      else if (isSeq(n)) n.items.forEach((c, k) => visit(c, [...path, String(k)]))
      else if (isScalar(n) && typeof n.value === 'string' && isUnresolved(n.value))
        out.push({ value: n.value, file: this.file, pos: this.position(n), path: path.join('.') })
    }
    visit(this.root, [])
    return out
  }
}

/** Keys whose values are scripts, manifests or file contents handed to the node or cluster as they are. */
const CONTENT_KEYS = new Set(['additionalUserData', 'fileAssets', 'hooks', 'content', 'manifest', 'execContainer', 'before', 'userData'])

export interface ParsedFile {
  file: string
  docs: KopsDocument[]
  problems: ManifestProblem[]
  templates: TemplateExpression[]
}

const API_VERSION = /^\s*apiVersion:\s*["']?kops(?:\.k8s\.io)?\/v1alpha[23]\b/m
const KIND = /^\s*kind:\s*["']?(?:Cluster|InstanceGroup)\b/m
const KOPS_API = /^kops(?:\.k8s\.io)?\/v1alpha[23]$/

/** Cheap content sniff: does this file look like it holds a kOps Cluster or InstanceGroup? */
export function looksLikeKopsManifest(text: string): boolean {
  return API_VERSION.test(text) && KIND.test(text)
}

/**
 * Splits where a top-level `apiVersion:` starts a new object without a `---` before it.
 * Such files are rejected by kOps (duplicate keys), but each object is still checked.
 */
function chunks(text: string): { start: number; unseparated: boolean }[] {
  const out = [{ start: 0, unseparated: false }]
  let seenObject = false
  let separated = true
  let lineStart = 0
  for (const line of text.split('\n')) {
    const isApi = /^apiVersion:/.test(line)
    if (isApi) {
      if (seenObject && !separated) out.push({ start: lineStart, unseparated: true })
      seenObject = true
      separated = false
    } else if (/^---(\s|$)/.test(line) || /^\.\.\.(\s|$)/.test(line)) separated = true
    lineStart += line.length + 1
  }
  return out
}

const EXCESSIVE_ALIASING = 'Excessive alias count indicates a resource exhaustion attack'

/** An alias bomb: the document's aliases expand past the YAML library's limit (100 alias nodes); never expanded further. */
function excessiveAliasing(text: string, doc: { toJS(opts: { maxAliasCount: number }): unknown }): boolean {
  if (text.indexOf('*') === -1 || !/(?:^|[\s[{,:-])\*[^\s,[\]{}]/.test(text)) return false
  try {
    doc.toJS({ maxAliasCount: 100 })
    return false
  } catch (e) {
    return e instanceof ReferenceError && e.message === EXCESSIVE_ALIASING
  }
}

export function parseManifestFile(file: string, raw: string): ParsedFile {
  const { text, expressions } = maskTemplates(raw)
  const problems: ManifestProblem[] = expressions.map((e) => ({
    ruleId: 'manifest-not-evaluated',
    messageId: 'templateExpression',
    file,
    pos: e.pos,
    data: { expression: e.text.length > 120 ? e.text.slice(0, 117) + '...' : e.text },
  }))
  const starts = lineStarts(text)
  const docs: KopsDocument[] = []
  const parts = chunks(text)
  parts.forEach((part, i) => {
    const end = i + 1 < parts.length ? parts[i + 1].start : text.length
    const chunk = text.slice(part.start, end)
    if (part.unseparated)
      problems.push({
        ruleId: 'manifest-invalid',
        messageId: 'missingSeparator',
        file,
        pos: spanToPosition(starts, part.start, part.start + 'apiVersion'.length),
        data: {},
      })
    for (const doc of parseAllDocuments(chunk, { uniqueKeys: true, prettyErrors: false })) {
      const fatal = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY')
      // After the first syntax error the parser's later errors are mostly consequences of it: report the first only.
      for (const e of [...doc.errors.filter((x) => x.code === 'DUPLICATE_KEY'), ...fatal.slice(0, 1)]) {
        problems.push({
          ruleId: 'manifest-invalid',
          messageId: e.code === 'DUPLICATE_KEY' ? 'duplicateKey' : 'yamlError',
          file,
          pos: spanToPosition(starts, part.start + e.pos[0], part.start + Math.max(e.pos[1], e.pos[0] + 1)),
          data: { detail: e.message.split('\n')[0] },
        })
      }
      if (fatal.length === 0 && excessiveAliasing(chunk, doc)) {
        problems.push({ ruleId: 'manifest-invalid', messageId: 'yamlError', file, pos: spanToPosition(starts, part.start + (doc.range?.[0] ?? 0), part.start + (doc.range?.[0] ?? 0) + 1), data: { detail: EXCESSIVE_ALIASING } })
        continue
      }
      const root = doc.contents
      if (!isMap(root)) continue
      const probe = new KopsDocument('Cluster', file, '', { line: 1, column: 1, endLine: 1, endColumn: 1 }, root, starts, part.start)
      const api = probe.string(['apiVersion'])
      const kind = probe.string(['kind'])
      if (!api || !KOPS_API.test(api.value)) continue
      if (!kind || (kind.value !== 'Cluster' && kind.value !== 'InstanceGroup')) continue
      if (fatal.length) continue
      const d = new KopsDocument(kind.value, file, api.value, kind.pos, root, starts, part.start)
      const name = d.string(['metadata', 'name'])
      if (!name) problems.push({ ruleId: 'manifest-invalid', messageId: 'noName', file, pos: kind.pos, data: { kind: kind.value } })
      if (!isMap(d.node(['spec'])))
        problems.push({ ruleId: 'manifest-invalid', messageId: 'noSpec', file, pos: (d.present(['spec']) ?? kind).pos, data: { kind: kind.value } })
      docs.push(d)
    }
  })
  for (const d of docs)
    for (const u of d.unresolvedScalars())
      if (!u.value.includes('KPTPL'))
        problems.push({ ruleId: 'manifest-not-evaluated', messageId: 'variable', file, pos: u.pos, data: { value: u.value, field: u.path } })
  return { file, docs, problems, templates: expressions }
}
