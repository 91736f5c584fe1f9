// Known exceptions: applies the suppression config file and `kops-preflight-ignore` comments to classified findings.
import { posix } from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { looksLikeKopsManifest } from '../manifests/parse.js'
import { PIN_EXTRACTORS } from '../pins/index.js'
import { matchesGlobs } from '../repo/globs.js'
import type { RepoFile } from '../repo/side.js'
import configInvalid, { type ConfigInvalidMessageId } from '../rules/config-invalid.js'
import { RULES, ruleById } from '../rules/index.js'
import { toRaw, type Rule } from '../rules/rule.js'
import suppressionExpired, { type SuppressionExpiredMessageId } from '../rules/suppression-expired.js'
import suppressionUnused, { type SuppressionUnusedMessageId } from '../rules/suppression-unused.js'
import type { Finding, Position, RawFinding, SuppressedBy, SuppressedFinding } from '../types.js'
import { identity, sortFindings, toFinding } from './compare.js'

/*
 * Two ways to accept a finding:
 *
 *   # .github/kops-preflight.yaml (read from the head side's files)
 *   ignore:
 *     - rule: cri-containerd-bundle        # required, a rule id
 *       cluster: prod.example.com          # optional filters; all given must match
 *       instanceGroup: nodes
 *       path: clusters/prod/**             # glob on the finding's file
 *       reason: "Mirrored bundle until the 1.30 upgrade (PLAT-123)"   # required
 *       expires: 2027-01-31                # optional; from the next day (UTC) the entry suppresses nothing
 *
 *   urlAmd64: https://…  # kops-preflight-ignore cri-containerd-bundle, nodeup-fails -- PLAT-123
 *
 * A comment applies to findings of the rules it names whose file is the comment's file and whose
 * line is the comment's line (trailing comment) or, for a comment on a line of its own, the next
 * line. Comments are read in kOps manifests, pin files and files that hold a finding.
 *
 * Only head-side findings (`new`, `unchanged`) are suppressed; `fixed` ones fail nothing. A
 * suppressed finding moves to `suppressed` with what suppressed it. Problems with the suppressions
 * are findings themselves (config-invalid, suppression-expired, suppression-unused) and are never
 * suppressed. They are classified like any finding: the base side's config and comments are read
 * the same way against the base side's own findings, so a stale entry nobody touched stays `unchanged`.
 */

export const DEFAULT_CONFIG_PATH = '.github/kops-preflight.yaml'

export interface SuppressionConfigOption {
  /** Repository-relative path of the config file. */
  path: string
  /** When true, a missing file is a config-invalid error; otherwise a missing file means no config. */
  required: boolean
}

export interface SuppressInput {
  /** Classified findings (new, unchanged, fixed). */
  findings: Finding[]
  /** The head side's files: the config file and the comments that suppress. */
  head: RepoFile[]
  /**
   * The base side (pull requests; the pinned release in a drift scan), to classify the suppressions'
   * own findings: its files and its findings as its rules reported them, at its own positions.
   */
  base?: { files: RepoFile[]; findings: RawFinding[] } | null
  /** The config file; null or absent means the default path, used only when present. */
  config?: SuppressionConfigOption | null
  /** The current time, for `expires`. */
  now?: Date
}

export interface SuppressOutcome {
  /** The findings that remain, plus the suppressions' own findings, in report order. */
  findings: Finding[]
  suppressed: SuppressedFinding[]
}

/** Rules whose findings are about suppressions; suppressing them would hide the problem with the suppression. */
const UNSUPPRESSIBLE = new Set([configInvalid.id, suppressionExpired.id, suppressionUnused.id])
const ENTRY_KEYS = ['rule', 'cluster', 'instanceGroup', 'path', 'reason', 'expires'] as const
type EntryKey = (typeof ENTRY_KEYS)[number]
const MARKER = 'kops-preflight-ignore'
const COMMENT = /(^|\s)#\s*kops-preflight-ignore(?=\s|$)(.*)$/

interface ConfigEntry {
  rule: string
  cluster: string | null
  instanceGroup: string | null
  path: string | null
  reason: string
  expires: string | null
  file: string
  /** The entry's first line, from its first key. */
  at: Position
  expiresAt: Position | null
  /** What it suppresses (rule and filters): its identity across sides. */
  describe: string
}

interface InlineDirective {
  rule: string
  reason: string
  file: string
  /** The comment's line. */
  line: number
  /** The line whose findings it suppresses. */
  target: number
  /** The comment, from `#` to the end of the line. */
  at: Position
  /** The target line's text, trimmed: the directive's identity across sides. */
  anchor: string
}

type Data = Record<string, string | number>

/** A finding of one of the suppression rules, before classification. */
interface Problem {
  rule: Rule
  messageId: string
  data: Data
  file: string
  at: Position
  /** Part of its identity across sides. */
  subject: string
}

/** Problem constructors, one per rule, each taking only that rule's message ids. */
const problemOf =
  <Id extends string>(rule: Rule) =>
  (messageId: Id, data: Data, file: string, at: Position, subject: string): Problem => ({ rule, messageId, data, file, at, subject })
const invalidProblem = problemOf<ConfigInvalidMessageId>(configInvalid)
const expiredProblem = problemOf<SuppressionExpiredMessageId>(suppressionExpired)
const unusedProblem = problemOf<SuppressionUnusedMessageId>(suppressionUnused)

function raw(p: Problem): RawFinding {
  return toRaw(p.rule, { messageId: p.messageId, data: p.data, place: { file: p.file, pos: p.at }, cluster: null, instanceGroup: null, arch: null, kopsVersion: null, subject: p.subject })
}

/** `./a\\b.yaml` → `a/b.yaml`; `''` stays `''`. */
export function normaliseConfigPath(path: string): string {
  const p = path.trim().replace(/\\/g, '/')
  return p === '' ? '' : posix.normalize(p).replace(/\/$/, '')
}

// --- rule ids --------------------------------------------------------------------------------

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = cur
    }
  }
  return row[b.length]
}

/** ` Did you mean "x"?` for a near miss, else nothing. */
function hint(id: string): string {
  let best: { id: string; d: number } | null = null
  for (const r of RULES) {
    const d = distance(id, r.id)
    if (!best || d < best.d) best = { id: r.id, d }
  }
  return best && best.d <= Math.max(2, Math.floor(id.length / 4)) ? ` Did you mean "${best.id}"?` : ''
}

/** Why a rule id cannot be suppressed, or null when it can. */
function ruleProblem(id: string): { messageId: 'unknownRule' | 'unsuppressible'; data: Record<string, string> } | null {
  if (!ruleById(id)) return { messageId: 'unknownRule', data: { rule: id, hint: hint(id) } }
  if (UNSUPPRESSIBLE.has(id)) return { messageId: 'unsuppressible', data: { rule: id } }
  return null
}

// --- the config file -------------------------------------------------------------------------

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.toISOString().slice(0, 10) === s
}

function typeName(n: unknown): string {
  if (isMap(n)) return 'a mapping'
  if (isSeq(n)) return 'a list'
  return 'an alias or tagged value'
}

/** A value of an entry: absent, empty (`key:` or `key: null`), a scalar's text, or something else (mapping, list). */
type Field = { kind: 'absent' } | { kind: 'empty'; node: Node } | { kind: 'text'; text: string; node: Node } | { kind: 'other'; node: Node }

function field(node: unknown): Field {
  if (node === null || node === undefined) return { kind: 'absent' }
  if (isScalar(node)) {
    if (node.value === null || node.value === undefined) return { kind: 'empty', node }
    if (typeof node.value === 'string') return { kind: 'text', text: node.value, node }
    // Numbers and booleans keep their source text (`1.30` stays `1.30`).
    if (typeof node.value === 'number' || typeof node.value === 'boolean') return { kind: 'text', text: String(node.source ?? node.value), node }
  }
  return { kind: 'other', node: node as Node }
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key)
}

/** Reads the config file: its valid entries and its problems, each at the exact place in the file. */
export function readSuppressionConfig(file: string, text: string): { entries: ConfigEntry[]; problems: Problem[] } {
  const entries: ConfigEntry[] = []
  const problems: Problem[] = []
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const span = (start: number, end: number): Position => {
    const a = lines.linePos(start)
    const b = lines.linePos(Math.max(end, start))
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col }
  }
  /** From `start` to the end of its line. */
  const restOfLine = (start: number): Position => {
    const nl = text.indexOf('\n', start)
    return span(start, nl === -1 ? text.length : text.charAt(nl - 1) === '\r' ? nl - 1 : nl)
  }
  const at = (n: Node): Position => (n.range ? span(n.range[0], n.range[1]) : restOfLine(0))
  const invalid = (messageId: ConfigInvalidMessageId, data: Data, pos: Position, subject: string) =>
    problems.push(invalidProblem(messageId, data, file, pos, `${messageId}:${subject}`))

  if (doc.errors.length > 0) {
    // After the first syntax error the parser's later errors are mostly consequences of it: report the first only.
    const e = doc.errors[0]
    const detail = e.message.split('\n')[0]
    invalid('yamlError', { detail }, span(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)), detail)
    return { entries, problems }
  }
  const root = field(doc.contents)
  if (root.kind === 'absent' || root.kind === 'empty') return { entries, problems }
  if (!isMap(root.node)) {
    invalid('notMapping', {}, at(root.node), '')
    return { entries, problems }
  }
  let list: Field = { kind: 'absent' }
  for (const pair of root.node.items) {
    const key = keyText(pair.key)
    if (key === 'ignore') list = field(pair.value)
    // `templates:` declares kops toolbox template invocations (src/templates/config.ts, src/templates/discover/config.ts).
    else if (key !== 'templates') invalid('unknownTopKey', { key }, at(pair.key as Node), key)
  }
  if (list.kind === 'absent' || list.kind === 'empty') return { entries, problems }
  if (!isSeq(list.node)) {
    invalid('notList', {}, at(list.node), '')
    return { entries, problems }
  }
  list.node.items.forEach((item, index) => {
    if (!isMap(item)) {
      invalid('notEntry', {}, item && isScalar(item) ? at(item) : at(list.node as Node), String(index))
      return
    }
    const entryAt = restOfLine(item.range ? item.range[0] : 0)
    const fields = new Map<EntryKey, Field>()
    const unknown: Node[] = []
    for (const pair of item.items) {
      const key = keyText(pair.key)
      if ((ENTRY_KEYS as readonly string[]).includes(key)) fields.set(key as EntryKey, field(pair.value))
      else unknown.push(pair.key as Node)
    }
    const get = (k: EntryKey): Field => fields.get(k) ?? { kind: 'absent' }
    const text = (k: EntryKey): string | null => {
      const f = get(k)
      return f.kind === 'text' ? f.text : null
    }
    // The entry's identity across sides: what it suppresses, not where it is in the file.
    const describe = (['rule', 'cluster', 'instanceGroup', 'path'] as const).map((k) => text(k) ?? '').join('|')
    let ok = true
    const fail = (messageId: ConfigInvalidMessageId, data: Data, pos: Position, detail = '') => {
      invalid(messageId, data, pos, `${describe}:${detail}`)
      ok = false
    }

    for (const k of unknown) fail('unknownKey', { key: keyText(k) }, at(k), keyText(k))
    for (const k of ['rule', 'cluster', 'instanceGroup', 'path', 'reason'] as const) {
      const f = get(k)
      if (f.kind === 'other') fail('notString', { key: k, type: typeName(f.node) }, at(f.node), k)
    }

    const rule = get('rule')
    if (rule.kind === 'absent' || rule.kind === 'empty') fail('missingRule', {}, entryAt)
    else if (rule.kind === 'text') {
      const p = ruleProblem(rule.text)
      if (p) fail(p.messageId, p.data, at(rule.node))
    }

    const reason = get('reason')
    const reasonText = reason.kind === 'text' ? reason.text.trim() : ''
    if (reason.kind !== 'other' && reasonText === '')
      fail('missingReason', { rule: text('rule') ?? '(no rule)' }, reason.kind === 'absent' ? entryAt : at(reason.node))

    const expiresField = get('expires')
    let expires: string | null = null
    let expiresAt: Position | null = null
    if (expiresField.kind === 'text' && isIsoDate(expiresField.text.trim())) {
      expires = expiresField.text.trim()
      expiresAt = at(expiresField.node)
    } else if (expiresField.kind === 'text' || expiresField.kind === 'other')
      fail('badDate', { value: expiresField.kind === 'text' ? expiresField.text : typeName(expiresField.node) }, at(expiresField.node), 'expires')

    if (!ok || rule.kind !== 'text') return
    entries.push({ rule: rule.text, cluster: text('cluster'), instanceGroup: text('instanceGroup'), path: text('path'), reason: reasonText, expires, file, at: entryAt, expiresAt, describe })
  })
  return { entries, problems }
}

// --- inline comments -------------------------------------------------------------------------

/** Reads the `kops-preflight-ignore` comments of one file. */
export function readInlineDirectives(file: RepoFile): { directives: InlineDirective[]; problems: Problem[] } {
  const directives: InlineDirective[] = []
  const problems: Problem[] = []
  if (!file.text.includes(MARKER)) return { directives, problems }
  const lines = file.text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
  lines.forEach((line, i) => {
    const m = COMMENT.exec(line)
    if (!m) return
    const hash = m.index + m[1].length
    const at: Position = { line: i + 1, column: hash + 1, endLine: i + 1, endColumn: line.length + 1 }
    const ownLine = line.slice(0, hash).trim() === ''
    const target = ownLine ? i + 2 : i + 1
    const anchor = (ownLine ? (lines[i + 1] ?? '') : line.slice(0, hash)).trim()
    const rest = m[2]
    const sep = rest.indexOf('--')
    const ids = (sep === -1 ? rest : rest.slice(0, sep))
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
    const reason = sep === -1 ? '' : rest.slice(sep + 2).trim()
    const invalid = (messageId: ConfigInvalidMessageId, data: Data, detail: string) =>
      problems.push(invalidProblem(messageId, data, file.path, at, `inline:${messageId}:${anchor}:${detail}`))
    if (ids.length === 0) {
      invalid('inlineNoRule', {}, rest.trim())
      return
    }
    const valid: string[] = []
    for (const id of ids) {
      const p = ruleProblem(id)
      if (p) invalid(p.messageId, p.data, id)
      else valid.push(id)
    }
    if (reason === '') {
      invalid('missingReason', { rule: (valid.length > 0 ? valid : ids).join(', ') }, ids.join(','))
      return
    }
    for (const rule of valid) directives.push({ rule, reason, file: file.path, line: i + 1, target, at, anchor })
  })
  return { directives, problems }
}

// --- applying them ---------------------------------------------------------------------------

function matchesEntry(e: ConfigEntry, f: Target): boolean {
  return (
    e.rule === f.ruleId &&
    (e.cluster === null || e.cluster === f.cluster) &&
    (e.instanceGroup === null || e.instanceGroup === f.instanceGroup) &&
    (e.path === null || (f.file !== '' && matchesGlobs(f.file, [e.path])))
  )
}

function filtersLabel(e: ConfigEntry): string {
  const parts: string[] = []
  if (e.cluster !== null) parts.push(`cluster "${e.cluster}"`)
  if (e.instanceGroup !== null) parts.push(`instance group "${e.instanceGroup}"`)
  if (e.path !== null) parts.push(`path "${e.path}"`)
  return parts.length > 0 ? ` (${parts.join(', ')})` : ''
}

/** Files whose comments count: kOps manifests, pin files, and any file a finding points into. */
function commentFiles(files: RepoFile[], findings: Target[], configPath: string): RepoFile[] {
  const withFindings = new Set(findings.map((f) => f.file))
  return files.filter(
    (f) => f.path !== configPath && f.text.includes(MARKER) && (withFindings.has(f.path) || looksLikeKopsManifest(f.text) || PIN_EXTRACTORS.some((e) => e.matches(f.path))),
  )
}

/** What a suppression is matched against. */
type Target = Pick<Finding, 'ruleId' | 'file' | 'line' | 'cluster' | 'instanceGroup'>

/** One side: which of its findings are suppressed, by what, and the suppressions' own problems. */
function evaluateSide<T extends Target>(files: RepoFile[], config: SuppressionConfigOption, findings: T[], today: string): { by: Map<T, SuppressedBy>; problems: Problem[] } {
  const problems: Problem[] = []
  const entries: ConfigEntry[] = []
  const configFile = files.find((f) => f.path === config.path)
  if (configFile) {
    const read = readSuppressionConfig(config.path, configFile.text)
    problems.push(...read.problems)
    for (const e of read.entries) {
      if (e.expires !== null && e.expiresAt !== null && today > e.expires)
        problems.push(expiredProblem('expired', { rule: e.rule, expires: e.expires, reason: e.reason }, e.file, e.expiresAt, `expired:${e.describe}`))
      else entries.push(e)
    }
  } else if (config.required) {
    const at: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 }
    problems.push(invalidProblem('missingFile', { path: config.path }, config.path, at, 'missingFile:'))
  }
  const directives: InlineDirective[] = []
  for (const f of commentFiles(files, findings, config.path)) {
    const read = readInlineDirectives(f)
    directives.push(...read.directives)
    problems.push(...read.problems)
  }

  const used = new Set<ConfigEntry | InlineDirective>()
  const by = new Map<T, SuppressedBy>()
  for (const f of findings) {
    if (UNSUPPRESSIBLE.has(f.ruleId)) continue
    // A comment is the more specific of the two, so it is named when both apply; every match counts as used.
    const inline = directives.filter((d) => d.rule === f.ruleId && d.file === f.file && d.target === f.line)
    const configured = entries.filter((e) => matchesEntry(e, f))
    for (const s of [...inline, ...configured]) used.add(s)
    if (inline.length > 0) by.set(f, { kind: 'inline', file: inline[0].file, line: inline[0].line, reason: inline[0].reason, expires: null })
    else if (configured.length > 0) by.set(f, { kind: 'config', file: configured[0].file, line: configured[0].at.line, reason: configured[0].reason, expires: configured[0].expires })
  }
  for (const e of entries)
    if (!used.has(e))
      problems.push(unusedProblem('unused', { rule: e.rule, filters: filtersLabel(e) }, e.file, e.at, `unused:${e.describe}`))
  for (const d of directives)
    if (!used.has(d))
      problems.push(unusedProblem('unusedInline', { rule: d.rule, line: d.target }, d.file, d.at, `inline:${d.rule}:${d.anchor}`))
  return { by, problems }
}

/**
 * Applies the suppression config and inline comments to classified findings. Pure: the files are
 * the sides' contents as read, and `now` decides expiry (the entry applies through its `expires` day, UTC).
 */
export function applySuppressions(input: SuppressInput): SuppressOutcome {
  const configPath = input.config?.path ? normaliseConfigPath(input.config.path) : ''
  const config: SuppressionConfigOption = configPath !== '' ? { path: configPath, required: input.config?.required ?? false } : { path: DEFAULT_CONFIG_PATH, required: false }
  const today = (input.now ?? new Date()).toISOString().slice(0, 10)

  const headSide = input.findings.filter((f) => f.status !== 'fixed')
  const head = evaluateSide(input.head, config, headSide, today)
  const baseTargets = (input.base?.findings ?? []).map((f) => ({ ruleId: f.ruleId, file: f.place.file, line: f.place.pos.line, cluster: f.cluster, instanceGroup: f.instanceGroup }))
  const base = input.base ? evaluateSide(input.base.files, { ...config, required: false }, baseTargets, today) : null

  const headRaw = head.problems.map(raw)
  const baseRaw = base ? base.problems.map(raw) : []
  const baseIds = new Set(baseRaw.map(identity))
  const headIds = new Set(headRaw.map(identity))
  const own = [
    ...headRaw.map((f) => toFinding(f, base && baseIds.has(identity(f)) ? 'unchanged' : 'new')),
    ...baseRaw.filter((f) => !headIds.has(identity(f))).map((f) => toFinding(f, 'fixed')),
  ]

  const suppressed: SuppressedFinding[] = []
  const kept: Finding[] = []
  for (const f of input.findings) {
    const by = head.by.get(f)
    if (by) suppressed.push({ finding: f, by })
    else kept.push(f)
  }
  return { findings: sortFindings([...kept, ...own]), suppressed }
}
