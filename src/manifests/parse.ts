// Finds kOps Cluster / InstanceGroup documents in a file by content and parses them, keeping positions.
import { isMap, isScalar, isSeq, parseAllDocuments, type Node, type YAMLMap } from 'yaml'
import type { Located, Position } from '../types.js'
import type { TemplateInvocation } from '../templates/invocation.js'
import { classifyFile, structuralLine, type FileClass, type TemplateEngine } from './classify.js'
import { isUnresolved, lineStarts, maskDirectives, maskTemplates, spanToPosition, type TemplateExpression } from './templates.js'

export type KopsKind = 'Cluster' | 'InstanceGroup'

/**
 * Maps an offset of a rendered text (`kops toolbox template` output) to the template position that produced it
 * (see src/templates/render.ts); null for text kOps added itself (the `---` between documents).
 */
export type PositionMapper = (offset: number) => {
  file: string
  line: number
  column: number
  /** The values file position of a value printed straight from a values file. */
  valuesAt?: { file: string; line: number; column: number }
} | null

export interface ManifestProblem {
  ruleId: 'manifest-invalid' | 'manifest-not-evaluated' | 'manifest-incomplete' | 'rendered-manifest-stale'
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
    private readonly mapper?: PositionMapper,
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
    return this.locate(node).pos
  }

  /** The file and position of a node: in the parsed text, or through the mapper in the template that produced it. */
  locate(node: Node): { file: string; pos: Position } {
    const r = node.range ?? [0, 0, 0]
    return mapSpan(this.file, this.starts, this.offset + r[0], this.offset + r[1], this.mapper)
  }

  /**
   * For rendered template output: the values file (and line, column) a value at `path` was printed from, so a
   * message can name it beside the template line; null for plain files and values the template wrote itself.
   */
  valuesAt(path: readonly string[]): { file: string; line: number; column: number } | null {
    const n = this.node(path)
    if (!n || !this.mapper) return null
    return this.mapper(this.offset + (n.range?.[0] ?? 0))?.valuesAt ?? null
  }

  /** A scalar value with its position; maps, sequences and missing values give null. */
  scalar(path: readonly string[]): Located<string | number | boolean | null> | null {
    const n = this.node(path)
    if (!isScalar(n)) return null
    const v = n.value
    const value = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v)
    return { value, ...this.locate(n), path: path.join('.') }
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
    return { value: true, ...this.locate(n), path: path.join('.') }
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
    return { value: last, ...this.locate(found), path: path.join('.') }
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
    return n.items.filter(isScalar).map((s) => ({ value: String(s.value), ...this.locate(s), path: path.join('.') }))
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
        out.push({ value: n.value, ...this.locate(n), path: path.join('.') })
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
  /** The template language the file is written in, when it is a template; null for a plain manifest. */
  engine: TemplateEngine | null
  /** In a template, the first line where template control decides the structure (classify.ts structuralLine). */
  structureLine: number | null
}

/**
 * Values that decide what kOps plans and nodeup runs: a template there leaves a check out, so it gets its own warning.
 * (spec.kubernetesVersion has its own: the cluster is then not simulated at all.)
 */
const DECISIVE = /^spec\.(?:containerRuntime|containerd|docker|networking\.\w+$|assets|cloudProvider|image$|machineType$|role$|mixedInstancesPolicy\.instances)/

/** What would make each kind of template checkable, for the file's warning. */
const REMEDY: Record<TemplateEngine, string> = {
  'go-template': 'add a templates: entry (template, values, name) to .github/kops-preflight.yaml, or commit the Makefile, script or workflow that runs kops toolbox template with literal arguments',
  jinja2: 'commit the manifest Jinja2 (e.g. Ansible) renders from it, and check that file',
  helm: 'commit the manifest helm template renders from the chart, and check that file',
  terraform: 'commit the manifest Terraform renders from it (e.g. with a local_file resource), and check that file',
  jsonnet: 'commit the YAML jsonnet renders from it (jsonnet -y), and check that file',
  envsubst: 'commit the manifest with its variables substituted, and check that file',
}

const ENGINE_NAME: Record<TemplateEngine, string> = {
  'go-template': 'Go template (kops toolbox template)',
  jinja2: 'Jinja2 template',
  helm: 'Helm chart template',
  terraform: 'Terraform template',
  jsonnet: 'jsonnet program',
  envsubst: 'file with shell variables (envsubst)',
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

/** A span of the parsed text as a position, in the text itself or (with a mapper) in the template that produced it. */
function mapSpan(file: string, starts: number[], start: number, end: number, mapper?: PositionMapper): { file: string; pos: Position } {
  if (!mapper) return { file, pos: spanToPosition(starts, start, end) }
  const a = mapper(start)
  if (!a) return { file, pos: spanToPosition(starts, start, end) }
  const b = end > start ? mapper(end - 1) : a
  const sameLine = b !== null && b.file === a.file && b.line >= a.line
  return {
    file: a.file,
    pos: sameLine ? { line: a.line, column: a.column, endLine: b.line, endColumn: b.column + 1 } : { line: a.line, column: a.column, endLine: a.line, endColumn: a.column + 1 },
  }
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ')
  return one.length > 120 ? one.slice(0, 117) + '...' : one
}

/**
 * Parses the kOps documents of a file. A template (`cls` templated) is read through masks: what is literal is
 * checked, nothing in it is reported as invalid YAML (kOps never reads it unrendered), and one warning says why the
 * rest was not evaluated and what would make it checkable.
 */
/** Why a Go template was not rendered, from the invocations that name it (src/templates/discover). */
function goTemplateNote(invocations: readonly TemplateInvocation[]): { reason: string; remedy: string } {
  const where = (i: TemplateInvocation): string => `${i.at.file}:${i.at.pos.line}`
  if (invocations.length === 0) return { reason: '; no kops toolbox template invocation with literal arguments names it', remedy: REMEDY['go-template'] }
  const literal = invocations.find((i) => i.unresolved.length === 0)
  if (literal) return { reason: `; kops toolbox template at ${where(literal)} renders it`, remedy: 'render it as that invocation does (kops-preflight render shows the output)' }
  const i = invocations[0]
  return {
    reason: `; its kops toolbox template at ${where(i)} has arguments that are not literal (${i.unresolved.slice(0, 3).join(', ')}${i.unresolved.length > 3 ? ', …' : ''})`,
    remedy: 'add a templates: entry to .github/kops-preflight.yaml with the values, name and snippets that invocation uses',
  }
}

/**
 * With `mapPosition`, `raw` is `kops toolbox template` output: it is parsed as plain YAML (kOps reads it so; no
 * classification or masking) and every position, and the file of every Located value and problem, is the template's.
 */
export function parseManifestFile(file: string, raw: string, given?: FileClass, invocations: readonly TemplateInvocation[] = [], mapPosition?: PositionMapper): ParsedFile {
  const cls: FileClass = mapPosition ? { kind: 'manifest' } : (given ?? classifyFile(file, raw, { paths: new Set([file]), terraformTemplates: new Set() }))
  const engine = cls.kind === 'templated' ? cls.engine : null
  const { text, expressions } = mapPosition ? { text: raw, expressions: [] as TemplateExpression[] } : maskTemplates(engine && engine !== 'jsonnet' ? maskDirectives(raw) : raw)
  const problems: ManifestProblem[] = []
  if (cls.kind === 'templated')
    problems.push({
      ruleId: 'manifest-not-evaluated',
      messageId: 'templated',
      file,
      pos: cls.evidence?.pos ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
      data: {
        engine: ENGINE_NAME[cls.engine],
        evidence: cls.evidence ? ` (${clip(cls.evidence.text)})` : '',
        ...(cls.engine === 'go-template' ? goTemplateNote(invocations) : { reason: '', remedy: REMEDY[cls.engine] }),
      },
    })
  if (engine === 'jsonnet') return { file, docs: [], problems, templates: expressions, engine, structureLine: null }
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
        ...mapSpan(file, starts, part.start, part.start + 'apiVersion'.length, mapPosition),
        data: {},
      })
    for (const doc of parseAllDocuments(chunk, { uniqueKeys: true, prettyErrors: false })) {
      const fatal = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY')
      // After the first syntax error the parser's later errors are mostly consequences of it: report the first only.
      for (const e of [...doc.errors.filter((x) => x.code === 'DUPLICATE_KEY'), ...fatal.slice(0, 1)]) {
        problems.push({
          ruleId: 'manifest-invalid',
          messageId: e.code === 'DUPLICATE_KEY' ? 'duplicateKey' : 'yamlError',
          ...mapSpan(file, starts, part.start + e.pos[0], part.start + Math.max(e.pos[1], e.pos[0] + 1), mapPosition),
          data: { detail: e.message.split('\n')[0] },
        })
      }
      if (fatal.length === 0 && excessiveAliasing(chunk, doc)) {
        const at = part.start + (doc.range?.[0] ?? 0)
        problems.push({ ruleId: 'manifest-invalid', messageId: 'yamlError', ...mapSpan(file, starts, at, at + 1, mapPosition), data: { detail: EXCESSIVE_ALIASING } })
        continue
      }
      const root = doc.contents
      if (!isMap(root)) continue
      const probe = new KopsDocument('Cluster', file, '', { line: 1, column: 1, endLine: 1, endColumn: 1 }, root, starts, part.start, mapPosition)
      const api = probe.string(['apiVersion'])
      const kind = probe.string(['kind'])
      if (!api || !KOPS_API.test(api.value)) continue
      if (!kind || (kind.value !== 'Cluster' && kind.value !== 'InstanceGroup')) continue
      if (fatal.length) continue
      const d = new KopsDocument(kind.value, file, api.value, kind.pos, root, starts, part.start, mapPosition)
      if (!isMap(d.node(['spec']))) {
        const at = d.present(['spec']) ?? kind
        problems.push({ ruleId: 'manifest-invalid', messageId: 'noSpec', file: at.file, pos: at.pos, data: { kind: kind.value } })
      }
      docs.push(d)
    }
  })
  const rawStarts = lineStarts(raw)
  const source = (p: Position): string => raw.slice(rawStarts[p.line - 1] + p.column - 1, rawStarts[p.endLine - 1] + p.endColumn - 1)
  for (const d of docs)
    for (const u of d.unresolvedScalars())
      if (DECISIVE.test(u.path))
        problems.push({ ruleId: 'manifest-not-evaluated', messageId: 'variable', file: u.file, pos: u.pos, data: { value: mapPosition ? clip(u.value) : clip(source(u.pos)), field: u.path } })
  // kOps never reads a template unrendered: what its masks leave is no evidence of broken YAML.
  const kept = engine ? problems.filter((p) => p.ruleId !== 'manifest-invalid') : problems
  return { file, docs, problems: kept, templates: expressions, engine, structureLine: engine ? structuralLine(raw) : null }
}
