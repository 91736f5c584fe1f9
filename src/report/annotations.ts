// Plans the GitHub annotations for a result (merged, ranked, capped per level) and formats them as workflow commands.
import type { CheckResult } from '../result.js'
import type { Finding, Severity } from '../types.js'
import { SEVERITY_RANK, STATUS_RANK, comparePosition } from './common.js'
import { escapeWorkflowCommandData, escapeWorkflowCommandProperty } from './escape.js'

export interface Annotation {
  level: Severity
  /** Plain text (not escaped); may span lines. */
  message: string
  title: string
  /** Repository-relative path; empty when the finding has no file (the annotation then has no position). */
  file: string
  startLine: number
  /** Only set when the annotation is on one line: GitHub rejects columns on multi-line annotations. */
  startColumn?: number
  /** Only set when the annotation ends on a later line. */
  endLine?: number
  /** Inclusive, as GitHub reads it; only set together with startColumn. */
  endColumn?: number
}

export interface AnnotationPlan {
  annotations: Annotation[]
  /** Annotations left out by the per-level cap; the caller adds one notice pointing to the summary. */
  overflow: number
}

/** The runner cuts annotation messages at 4,096 characters; cut them ourselves so the end is marked. */
export const MAX_ANNOTATION_MESSAGE = 4096
/** The runner keeps 10 annotations per level per step. */
export const ANNOTATIONS_PER_LEVEL = 10

interface Group {
  findings: Finding[]
  level: Severity
  isNew: boolean
}

function quoteName(s: string): string {
  return `"${s}"`
}

/** `"nodes" (amd64, arm64), "spot" (amd64)`: each instance group once, with its arches; the cluster named when several are involved. */
function instancesLabel(findings: Finding[]): string | null {
  const named = findings.filter((f) => f.instanceGroup !== null || f.arch !== null)
  if (named.length < 2) return null
  const clusters = new Set(named.map((f) => f.cluster ?? ''))
  const byTarget = new Map<string, { cluster: string | null; ig: string | null; arches: string[] }>()
  for (const f of named) {
    const key = `${f.cluster ?? ''}\u0000${f.instanceGroup ?? ''}\u0000${f.instanceGroup === null ? '' : 'ig'}`
    const entry = byTarget.get(key) ?? { cluster: f.cluster, ig: f.instanceGroup, arches: [] }
    if (f.arch !== null && !entry.arches.includes(f.arch)) entry.arches.push(f.arch)
    byTarget.set(key, entry)
  }
  const entries = [...byTarget.values()]
  const parts = entries.map((e) => {
    const arches = [...e.arches].sort().join(', ')
    const inCluster = clusters.size > 1 && e.cluster !== null ? ` in cluster ${quoteName(e.cluster)}` : ''
    if (e.ig === null) return `${arches || 'all arches'}${inCluster}`
    return `${quoteName(e.ig)}${arches ? ` (${arches})` : ''}${inCluster}`
  })
  const withIg = entries.filter((e) => e.ig !== null).length
  if (withIg === 0) return `Same problem on ${parts.join(', ')}.`
  return `Same problem on ${withIg === 1 ? 'instance group' : 'instance groups'} ${parts.join(', ')}.`
}

function truncate(s: string, max: number): string {
  const chars = [...s]
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`
}

function mergedMessage(findings: Finding[]): string {
  const [first] = findings
  const lines = [first.message]
  const instances = instancesLabel(findings)
  if (instances) lines.push(instances)
  // Findings that cluster, instance group and arch do not tell apart are different problems: keep their text.
  const target = (f: Finding) => [f.cluster ?? '', f.instanceGroup ?? '', f.arch ?? ''].join('\u0000')
  const targets = new Set([target(first)])
  const messages = new Set([first.message])
  for (const f of findings.slice(1)) {
    const t = target(f)
    if (targets.has(t) && !messages.has(f.message)) lines.push(`Also: ${f.message}`)
    targets.add(t)
    messages.add(f.message)
  }
  return truncate(lines.join('\n'), MAX_ANNOTATION_MESSAGE)
}

function toAnnotation(g: Group): Annotation {
  const f = g.findings[0]
  const a: Annotation = { level: g.level, message: mergedMessage(g.findings), title: `kops-preflight: ${f.ruleId}`, file: f.file, startLine: f.line }
  if (f.file === '') return a
  if (f.endLine > f.line) a.endLine = f.endLine
  else {
    a.startColumn = f.column
    // Finding ends are exclusive; GitHub's endColumn is the last column of the annotation.
    if (f.endLine === f.line && f.endColumn - 1 > f.column) a.endColumn = f.endColumn - 1
  }
  return a
}

/**
 * Turns the open findings into at most `perLevel` annotations per level:
 * - fixed findings are skipped (they are in the summary);
 * - findings of one rule at the same file, line and column become one annotation that names every
 *   instance group and arch (its level is the highest among them, and it counts as new if any is);
 * - annotations are ranked new before unchanged, then by severity, then by position;
 * - when anything is left out, one notice slot is kept free for the caller's closing notice.
 */
export function planAnnotations(result: CheckResult, opts: { perLevel?: number } = {}): AnnotationPlan {
  const perLevel = Math.max(1, Math.floor(opts.perLevel ?? ANNOTATIONS_PER_LEVEL))
  const open = result.findings.filter((f) => f.status !== 'fixed')
  const groups = new Map<string, Finding[]>()
  for (const f of open) {
    const key = [f.ruleId, f.file, f.line, f.column].join('\u0000')
    const list = groups.get(key) ?? []
    list.push(f)
    groups.set(key, list)
  }
  const planned: Group[] = [...groups.values()].map((list) => {
    const findings = list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || STATUS_RANK[a.status] - STATUS_RANK[b.status] || comparePosition(a, b))
    return { findings, level: findings[0].severity, isNew: findings.some((f) => f.status === 'new') }
  })
  planned.sort((a, b) => Number(b.isNew) - Number(a.isNew) || SEVERITY_RANK[a.level] - SEVERITY_RANK[b.level] || comparePosition(a.findings[0], b.findings[0]))

  const count = (level: Severity) => planned.filter((g) => g.level === level).length
  const errors = count('error')
  const warnings = count('warning')
  const notices = count('notice')
  const overflowing = errors > perLevel || warnings > perLevel || notices > perLevel
  const cap: Record<Severity, number> = { error: perLevel, warning: perLevel, notice: overflowing ? perLevel - 1 : perLevel }
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  for (const g of planned) {
    if (used[g.level] >= cap[g.level]) continue
    used[g.level]++
    annotations.push(toAnnotation(g))
  }
  return { annotations, overflow: planned.length - annotations.length }
}

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, escaped as the runner expects. */
export function formatWorkflowCommand(a: Annotation): string {
  const props: string[] = []
  if (a.file !== '') {
    props.push(`file=${escapeWorkflowCommandProperty(a.file)}`, `line=${a.startLine}`)
    const multiLine = a.endLine !== undefined && a.endLine > a.startLine
    if (!multiLine && a.startColumn !== undefined) props.push(`col=${a.startColumn}`)
    if (multiLine) props.push(`endLine=${a.endLine}`)
    if (!multiLine && a.startColumn !== undefined && a.endColumn !== undefined) props.push(`endColumn=${a.endColumn}`)
  }
  props.push(`title=${escapeWorkflowCommandProperty(a.title)}`)
  return `::${a.level} ${props.join(',')}::${escapeWorkflowCommandData(a.message)}`
}
