// Renders one `kops toolbox template` invocation exactly as the kOps release at hand does
// (kubernetes/kops:cmd/kops/toolbox_template.go and pkg/util/templater/templater.go@v1.26.0–v1.37.0-alpha.1):
//
//   renderInvocation(inv, source, { kopsVersion }) → RenderResult
//
//   - `source` gives the repository's files (a RepoFile list, or read/list callbacks).
//   - `outputs` are the YAML documents kOps writes (each template's output split on "---\n", documents of all
//     templates joined with "---\n" again in `text`). `map(offset)` gives, for any character of a document, the
//     template file/line/column that produced it: literal text maps character by character, an action's output to
//     the action's `{{`; `valuesAt` names the values file and line when the printed value came straight from one.
//   - `problems` are what makes kOps fail (parse errors, `map has no entry for key`, wrong types, values errors),
//     with kOps's own text in `message` and the template position in `file`/`pos`; `reason` classifies them.
//   - `unknown` is true when the output depends on something that cannot be known offline (the Channel*
//     functions, env, now, random functions, unmodelled sprig functions, `.clusterName` without --name, a template
//     several snippets define, arguments that are not literal, paths outside the repository or files it lacks):
//     then `outputs` is empty and the problem with reason 'unknown' says why and where. A render is never guessed.
//   - `parseRendered(result)` (./manifests.ts) parses the documents as manifests with template positions;
//     `checkStale(result, committed, formatYaml)` (./stale.ts) compares a committed `--out` file.
//
// The kOps version picks the Go toolchain and sprig version the release was built with
// (src/releases/data/template-engine.ts) and the values code of the release (Helm's before 1.36.0-alpha.1).
//
// kOps renders each template with the same values map (functions such as sprig's `set` mutate it for the following
// templates), with `missingkey=error` unless `--fail-on-missing=false`, and skips templates that render to
// nothing. It also loads the `--channel` (stable by default) from the network before rendering: this needs the
// network in CI and is assumed to succeed here.
import type { RepoFile } from '../repo/side.js'
import type { Position } from '../types.js'
import { compareVersions, normaliseVersion } from '../releases/version.js'
import { TEMPLATE_ENGINE } from '../releases/data/template-engine.js'
import { lineStarts, offsetToLineCol, spanToPosition } from '../manifests/templates.js'
import { BUILTIN_NAMES, ExecError, Executor, NotEvaluated, Output, type Segment, type ValueOrigin, errorLocation, withBuiltins } from './go/exec.js'
import { type GoFeatures, ParseError, type Tree, isEmptyTree, parseTemplate } from './go/parse.js'
import { type GoMap, type GoValue, NIL, Unknown } from './go/value.js'
import type { TemplateInvocation } from './invocation.js'
import { templateFunctions } from './functions.js'
import { formatYamlDocument } from './format-yaml.js'
import { ValuesError, applySet, decodeValues, mergeMaps } from './values.js'

export const MAIN_TEMPLATE = 'mainTemplate'

export interface TemplateSource {
  /** The text of a repository file, or null when it does not exist. */
  read(path: string): string | null
  /** Repository files under a directory (recursive), or null when `path` is not a directory. */
  list(path: string): string[] | null
}

export interface MappedPosition {
  file: string
  line: number
  column: number
  /** Set when the character belongs to a value printed straight from a values file. */
  valuesAt?: ValueOrigin
}

export interface RenderedDocument {
  text: string
  /** The template file the document came from. */
  template: string
  /** Template position of the character at `offset` (0-based) of `text`; null for `---` separators kOps adds. */
  map: (offset: number) => MappedPosition | null
}

export type RenderProblemReason = 'values' | 'parse' | 'exec' | 'missing-key' | 'unknown' | 'format'

export interface RenderProblem {
  /** Where it points: the template expression, the values file, or the invocation. */
  file: string
  pos: Position
  /** kOps's error text (what `kops toolbox template` prints after `Error: `). */
  message: string
  reason: RenderProblemReason
}

export interface RenderResult {
  kopsVersion: string
  outputs: RenderedDocument[]
  /** The whole output as kOps writes it to `--out` (or stdout). */
  text: string
  problems: RenderProblem[]
  unknown: boolean
  /** The template files rendered, in order. */
  templates: string[]
}

export interface RenderOptions {
  /** The kOps release whose semantics apply (default: the newest modelled release). */
  kopsVersion?: string
  /** `KOPS_CLUSTER_NAME` when the invocation has no name. */
  envClusterName?: string | null
}

/** A source over an in-memory list of repository files. */
export function repoSource(files: readonly RepoFile[]): TemplateSource {
  const byPath = new Map(files.map((f) => [f.path, f.text]))
  // filepath.Walk visits each directory's entries in name order: compare paths segment by segment.
  const sorted = [...byPath.keys()].sort(walkOrder)
  return {
    read: (p) => byPath.get(normalise(p)) ?? null,
    list: (p) => {
      const dir = normalise(p).replace(/\/$/, '')
      const prefix = dir === '' || dir === '.' ? '' : dir + '/'
      const under = sorted.filter((f) => f.startsWith(prefix))
      return under.length && !byPath.has(dir) ? under : null
    },
  }
}

function walkOrder(a: string, b: string): number {
  const x = a.split('/')
  const y = b.split('/')
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1
  return x.length - y.length
}

function normalise(p: string): string {
  return p.replace(/^\.\//, '').replace(/\/{2,}/g, '/')
}

/** Go features of the toolchain a kOps release is built with. */
export function engineFor(kopsVersion: string): { features: GoFeatures; sprig: string; go: string; valuesDirectories: boolean; forkedStrvals: boolean } {
  // The exact tag, else the newest modelled tag before it (else the oldest).
  const v = normaliseVersion(kopsVersion) ?? kopsVersion
  const sorted = [...TEMPLATE_ENGINE].sort((a, b) => compareVersions(a.version, b.version))
  const row = sorted.find((r) => r.version === v) ?? [...sorted].reverse().find((r) => compareVersions(r.version, v) <= 0) ?? sorted[0]
  const [maj, min] = row.go.split('.').map(Number)
  const atLeast = (m: number): boolean => maj > 1 || min >= m
  const since136 = compareVersions(row.version, '1.36.0-alpha.1') >= 0
  return {
    features: { elseWith: atLeast(23), rangeInt: atLeast(24), comparisonTypes: atLeast(25) },
    sprig: row.sprig,
    go: row.go,
    // kubernetes/kops:cmd/kops/toolbox_template.go@v1.36.0-alpha.1 merges expanded files itself (mergeMaps) and uses
    // third_party/forked/helmstrvals; before, Helm's values.Options re-read the raw --values arguments.
    valuesDirectories: since136,
    forkedStrvals: since136,
  }
}

const NEWEST = TEMPLATE_ENGINE.reduce((a, b) => (compareVersions(a.version, b.version) >= 0 ? a : b)).version

const startPos = (): Position => ({ line: 1, column: 1, endLine: 1, endColumn: 1 })

/** Renders one invocation; see the file header. */
export function renderInvocation(inv: TemplateInvocation, source: TemplateSource | readonly RepoFile[], options: RenderOptions = {}): RenderResult {
  const src: TemplateSource = Array.isArray(source) ? repoSource(source as readonly RepoFile[]) : (source as TemplateSource)
  const kopsVersion = options.kopsVersion ?? NEWEST
  const engine = engineFor(kopsVersion)
  const result: RenderResult = { kopsVersion, outputs: [], text: '', problems: [], unknown: false, templates: [] }
  const atInvocation = (message: string, reason: RenderProblemReason): RenderResult => {
    result.problems.push({ file: inv.at.file, pos: inv.at.pos, message, reason })
    return result
  }
  if (inv.unresolved.length) {
    result.unknown = true
    return atInvocation(`arguments that are not literal: ${inv.unresolved.join(' ')}`, 'unknown')
  }

  // Expand a path as expandFiles does: a file as is, a directory recursively in lexical order.
  // A path outside the repository (absolute, `~`, or climbing out with `..`) is on the machine that runs kops: kops may
  // well read it, this tool cannot.
  const outside = [...inv.templates, ...inv.values, ...inv.snippets].find(
    (p) => p.startsWith('/') || p.startsWith('~') || /^[A-Za-z]:[\\/]/.test(p) || normalise(p).split('/').includes('..'),
  )
  if (outside !== undefined) {
    result.unknown = true
    return atInvocation(`${outside} is outside the repository: kops reads it on the machine it runs on`, 'unknown')
  }
  // A file the repository does not have may be generated before kops runs (a Makefile target, a script): what kops
  // would print in a fresh checkout is kept, but the render is not evaluated rather than failed.
  const missing = (message: string): RenderResult => {
    result.unknown = true
    return atInvocation(`${message} (not in the repository; it may be generated before kops runs)`, 'unknown')
  }
  const expand = (p: string): string[] | string => {
    if (src.read(p) !== null) return [normalise(p)]
    const listed = src.list(p)
    if (listed) return listed
    return `stat ${p}: no such file or directory`
  }

  // @step: values
  let context: GoMap = new Map()
  let readValuesFile = false
  for (const x of inv.values) {
    const files = expand(x)
    if (typeof files === 'string') return missing(files)
    if (!engine.valuesDirectories && src.read(x) === null) return atInvocation(`read ${x}: is a directory`, 'values')
    for (const j of files) {
      readValuesFile = true
      try {
        context = mergeMaps(context, decodeValues(j, src.read(j)!))
      } catch (e) {
        if (!(e instanceof ValuesError)) throw e
        result.problems.push({ file: j, pos: startPos(), message: `unable decode the configuration file: ${j}, error: ${e.message}`, reason: 'values' })
        return result
      }
    }
  }
  // Up to 1.35, Helm's MergeValues (run once a values file was read) already applied --set and --set-string, and
  // kOps applies them again: a --set-string that replaces a map a later --set reaches into fails on the second pass.
  const passes = !engine.forkedStrvals && readValuesFile ? 2 : 1
  for (let pass = 0; pass < passes; pass++) {
    try {
      for (const s of inv.set) applySet(s, context, false, engine.forkedStrvals)
    } catch (e) {
      if (!(e instanceof ValuesError)) throw e
      return atInvocation(`failed parsing --set data: ${e.message}`, 'values')
    }
    try {
      for (const s of inv.setString) applySet(s, context, true, engine.forkedStrvals)
    } catch (e) {
      if (!(e instanceof ValuesError)) throw e
      return atInvocation(`failed parsing --set-string data: ${e.message}`, 'values')
    }
  }
  // @step: clusterName from the values (a string), else the cluster name of the command line. kops requires one
  // (`--name is required`): without --name or a positional name it comes from KOPS_CLUSTER_NAME or the kubeconfig
  // context, which this tool cannot know — a template that uses it is then not evaluated.
  if (typeof context.get('clusterName') !== 'string')
    context.set(
      'clusterName',
      inv.name ?? options.envClusterName ?? new Unknown('.clusterName is the cluster name kops takes from KOPS_CLUSTER_NAME or the kubeconfig context (no --name given)'),
    )

  // @step: templates and snippets
  const templates: string[] = []
  for (const x of inv.templates) {
    const files = expand(x)
    if (typeof files === 'string') return missing(`unable to expand the template: ${x}, error: ${files}`)
    templates.push(...files)
  }
  result.templates = templates
  const snippets = new Map<string, { file: string; text: string }>()
  for (const x of inv.snippets) {
    const files = expand(x)
    if (typeof files === 'string') return missing(`unable to expand the snippets: ${x}, error: ${files}`)
    for (const j of files) snippets.set(j.slice(j.lastIndexOf('/') + 1), { file: j, text: src.read(j)! })
  }

  const funcs = templateFunctions(engine.sprig)
  const hasFunction = (n: string): boolean => funcs.has(n) || BUILTIN_NAMES.has(n)
  const files = new Map<Tree, string>()
  const pieces: { text: string; segments: Segment[]; template: string }[] = []

  for (const x of templates) {
    const content = src.read(x)!
    const trees = new Map<string, Tree>()
    const fail = (message: string, file: string, pos: Position, reason: RenderProblemReason): RenderResult => {
      result.problems.push({ file, pos, message: reason === 'unknown' ? message : `unable to render template: ${x}, error: ${message}`, reason })
      result.unknown = reason === 'unknown'
      result.outputs = []
      result.text = ''
      return result
    }
    try {
      const main = parseTemplate(MAIN_TEMPLATE, content, hasFunction, engine.features, trees)
      files.set(main, x)
    } catch (e) {
      if (e instanceof RangeError) return fail('template nesting deeper than kops-preflight parses', x, startPos(), 'unknown')
      if (!(e instanceof ParseError)) throw e
      return fail(e.message, x, linePos(content, e.message), 'parse')
    }
    // kOps parses the snippets in Go map order, which is random: a template defined (non-empty) by two snippets
    // differently ends up as either one, so executing it is not evaluated.
    const definedBy = new Map<string, Tree>()
    const ambiguous = new Set<string>()
    for (const [name, snip] of snippets) {
      if (name === MAIN_TEMPLATE) return fail(`snippet cannot have the same name as the template: ${name}`, snip.file, startPos(), 'parse')
      try {
        const own = new Map<string, Tree>()
        parseTemplate(name, snip.text, hasFunction, engine.features, own)
        for (const [n, t] of own) {
          const other = definedBy.get(n)
          if (other && !isEmptyTree(t.root) && !isEmptyTree(other.root) && other.text !== t.text) ambiguous.add(n)
          if (!isEmptyTree(t.root) || !other) definedBy.set(n, t)
        }
        parseTemplate(name, snip.text, hasFunction, engine.features, trees)
      } catch (e) {
        if (!(e instanceof ParseError)) throw e
        result.problems.push({ file: snip.file, pos: linePos(snip.text, e.message), message: `unable to render template: ${x}, error: unable to parse snippet: ${name}, error: ${e.message}`, reason: 'parse' })
        result.outputs = []
        return result
      }
    }
    for (const t of trees.values()) if (!files.has(t)) files.set(t, t.text === content ? x : (snippets.get(t.parseName)?.file ?? x))
    const out = new Output()
    try {
      withBuiltins(engine.features, () =>
        new Executor({ missingKeyError: inv.failOnMissing, features: engine.features, funcs, trees, ambiguous }).execute(MAIN_TEMPLATE, context as GoValue, out),
      )
    } catch (e) {
      if (e instanceof NotEvaluated) {
        const at = e.node ? nodePosition(e.node.tree, e.node.pos, files) : { file: x, pos: startPos() }
        return fail(`${describe(e.node?.tree, e.node?.pos)}${e.reason}`, at.file, at.pos, 'unknown')
      }
      if (e instanceof ExecError) {
        const at = e.node ? nodePosition(e.node.tree, e.node.pos, files) : { file: x, pos: startPos() }
        return fail(e.message, at.file, at.pos, /map has no entry for key|nil data; no entry for key/.test(e.message) ? 'missing-key' : 'exec')
      }
      // Go's limit is 100000 nested template calls (and include recursion exhausts kops's stack): deeper than
      // this tool evaluates, so the template is not evaluated rather than guessed.
      if (e instanceof RangeError) return fail(`template recursion deeper than kops-preflight evaluates`, x, startPos(), 'unknown')
      throw e
    }
    if (out.text.length === 0) continue
    pieces.push({ text: out.text, segments: out.segments, template: x })
  }

  // Split each template's output on "---\n" and join all documents with "---\n", as kOps does.
  const docs: RenderedDocument[] = []
  for (const p of pieces) {
    let start = 0
    const parts = p.text.split('---\n')
    for (const part of parts) {
      const offset = start
      const mapper = (o: number): MappedPosition | null => mapOffset(p.segments, offset + o, files)
      start += part.length + 4
      if (!inv.formatYaml) {
        docs.push({ text: part, template: p.template, map: mapper })
        continue
      }
      const formatted = formatYamlDocument(part, mapper)
      if (typeof formatted === 'string') {
        result.problems.push({ file: p.template, pos: startPos(), message: `unable to unmarshall content from template: ${part}, error: ${formatted}`, reason: 'format' })
        result.outputs = []
        return result
      }
      if (formatted === null) continue
      docs.push({ text: formatted.text, template: p.template, map: formatted.map })
    }
  }
  result.outputs = docs
  result.text = docs.map((d) => d.text).join('---\n')
  return result
}

function describe(tree: Tree | undefined, pos: number | undefined): string {
  if (!tree || pos === undefined) return ''
  const { line, col } = errorLocation(tree, pos)
  return `not evaluated offline: template: ${tree.parseName}:${line}:${col}: `
}

function linePos(text: string, message: string): Position {
  const m = /^template: [^:]*:(\d+):/.exec(message)
  const line = m ? Number(m[1]) : 1
  const lines = text.split('\n')
  const l = Math.min(Math.max(line, 1), lines.length)
  return { line: l, column: 1, endLine: l, endColumn: (lines[l - 1]?.length ?? 0) + 1 }
}

function nodePosition(tree: Tree, pos: number, files: Map<Tree, string>): { file: string; pos: Position } {
  const starts = lineStarts(tree.text)
  let end = pos
  if (tree.text.startsWith('{{', pos) || tree.text.lastIndexOf('{{', pos) >= 0) {
    const close = tree.text.indexOf('}}', pos)
    end = close >= 0 ? close + 2 : pos + 1
  }
  let start = pos
  const open = tree.text.lastIndexOf('{{', pos)
  if (open >= 0 && tree.text.indexOf('}}', open) >= pos) start = open
  return { file: fileOf(tree, files), pos: spanToPosition(starts, start, Math.max(end, start + 1)) }
}

function fileOf(tree: Tree, files: Map<Tree, string>): string {
  const direct = files.get(tree)
  if (direct) return direct
  for (const [t, f] of files) if (t.text === tree.text) return f
  return ''
}

const startsCache = new WeakMap<Tree, number[]>()

function mapOffset(segments: Segment[], offset: number, files: Map<Tree, string>): MappedPosition | null {
  let lo = 0
  let hi = segments.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = segments[mid]
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else {
      let starts = startsCache.get(s.tree)
      if (!starts) {
        starts = lineStarts(s.tree.text)
        startsCache.set(s.tree, starts)
      }
      const at = s.literal ? s.offset + (offset - s.start) : s.offset
      const { line, column } = offsetToLineCol(starts, at)
      const r: MappedPosition = { file: fileOf(s.tree, files), line, column }
      if (s.valuesAt) r.valuesAt = s.valuesAt
      return r
    }
  }
  return null
}

export { NIL }
