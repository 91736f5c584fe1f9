// Shared pieces of the renderers: the canonical finding order, version labels and counts.
import type { CheckResult, ClusterEntry } from '../result.js'
import type { StopStage } from '../simulate/cloudup/apply-cluster.js'
import type { Finding, Severity, Summary } from '../types.js'

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }
export const STATUS_RANK: Record<Finding['status'], number> = { new: 0, unchanged: 1, fixed: 2 }

function cmp(a: string | null, b: string | null): number {
  const x = a ?? ''
  const y = b ?? ''
  return x < y ? -1 : x > y ? 1 : 0
}

/** Position order: file, line, column, then rule and identity, so ties never depend on input order. */
export function comparePosition(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.cluster, b.cluster) ||
    cmp(a.instanceGroup, b.instanceGroup) ||
    cmp(a.arch, b.arch) ||
    cmp(a.subject, b.subject) ||
    cmp(a.message, b.message)
  )
}

/** The report order: severity, then new / unchanged / fixed, then position. */
export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || STATUS_RANK[a.status] - STATUS_RANK[b.status] || comparePosition(a, b)
}

export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings)
}

/** Whether statuses mean anything: only when two sides (or two kOps releases) were compared. */
export function comparesSides(result: CheckResult): boolean {
  return result.mode !== 'snapshot'
}

/** The kOps releases compared: base → head in a pull request, pinned → target in a drift scan. */
export function kopsVersions(result: CheckResult): { from: string | null; to: string | null } {
  if (result.mode === 'drift') return { from: result.head.kopsVersion, to: result.target?.kopsVersion ?? null }
  if (result.mode === 'pull-request') return { from: result.base?.kopsVersion ?? null, to: result.head.kopsVersion }
  return { from: null, to: result.head.kopsVersion }
}

/** `kOps 1.28.1 → 1.29.0-beta.1`, or `kOps 1.29.0` when only one release is involved; not escaped. */
export function kopsLabel(result: CheckResult): string {
  const { from, to } = kopsVersions(result)
  const show = (v: string | null) => v ?? 'unknown'
  if (!comparesSides(result) || from === to) return `kOps ${show(to)}`
  return `kOps ${show(from)} → ${show(to)}`
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** `2 errors, 1 warning, 0 notices`, plus `(1 new, 0 unchanged, 1 fixed)` when sides were compared. */
export function countsLabel(summary: Summary, withStatus: boolean): string {
  const severities = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}`
  return withStatus ? `${severities} (${summary.new} new, ${summary.unchanged} unchanged, ${summary.fixed} fixed)` : severities
}

/** What `kops update cluster` does at the step where it stops. */
const STOPS: Record<StopStage, string> = {
  validation: 'refuses the spec in API validation',
  options: 'refuses the spec while building the complete spec (option builders)',
  version: "refuses the cluster's Kubernetes version",
  assets: 'fails while planning the assets',
}

/** How a cluster entry's evaluation reads in a table: `stopped at validation`, `full`, … */
export function evaluatedLabel(c: ClusterEntry): string {
  return c.evaluated === 'stopped' && c.stoppedAt ? `stopped at ${c.stoppedAt}` : c.evaluated
}

/**
 * One sentence per cluster where kOps stops before nodeup, e.g. `cluster prod.example.com (head, kOps 1.29.0):
 * kops update cluster refuses the spec in API validation. kOps stops here; later steps were not simulated.`
 * Not escaped. The side is named only in a pull request (in a drift scan the kOps version tells).
 */
export function stopNotes(result: CheckResult): string[] {
  return result.clusters
    .filter((c) => c.evaluated === 'stopped' && c.stoppedAt)
    .map((c) => {
      const side = result.mode === 'pull-request' ? `${c.side}, ` : ''
      const name = c.name === null ? `in ${c.file}` : `${c.name}`
      return `cluster ${name} (${side}kOps ${c.kopsVersion ?? 'unknown'}): kops update cluster ${STOPS[c.stoppedAt as StopStage]}. kOps stops here; later steps were not simulated.`
    })
}

/**
 * Open asset-changed notices for the same change (component, from, to, status and kOps release) in two or more
 * clusters: one entry listing the clusters, so a monorepo's bump reads as a handful of changes rather than one
 * notice per cluster. `findings` is in report order; its first finding is where the entry points.
 */
export interface MergedAssetChange {
  findings: Finding[]
  clusters: string[]
  /** The change in the words of the rule's message, naming the clusters instead of the instance groups; not escaped. */
  message: string
}

const ASSET_CHANGED = 'asset-changed'

function mergedMessage(f: Finding, clusters: string[]): string {
  const d = f.data
  const where = `in ${clusters.length} clusters: ${clusters.join(', ')}`
  if (f.messageId === 'added') return `${d.component} is added (${d.to}) ${where}.`
  if (f.messageId === 'removed') return `${d.component} (${d.from}) is no longer installed ${where}.`
  return `${d.component} changes from ${d.from} to ${d.to} ${where}.`
}

/**
 * Splits sorted findings into merged asset changes (keyed by where their first finding sorts) and the findings
 * shown one by one. A change seen in one cluster only stays a finding of its own.
 */
export function mergeAssetChanges(sorted: readonly Finding[]): { merged: Map<Finding, MergedAssetChange>; absorbed: Set<Finding> } {
  const groups = new Map<string, Finding[]>()
  for (const f of sorted) {
    if (f.ruleId !== ASSET_CHANGED || f.status === 'fixed' || f.cluster === null) continue
    if (typeof f.data.component !== 'string' || typeof f.data.from !== 'string' || typeof f.data.to !== 'string') continue
    const key = JSON.stringify([f.status, f.severity, f.messageId, f.subject, f.data.component, f.data.from, f.data.to, f.kopsVersion])
    const list = groups.get(key)
    if (list) list.push(f)
    else groups.set(key, [f])
  }
  const merged = new Map<Finding, MergedAssetChange>()
  const absorbed = new Set<Finding>()
  for (const findings of groups.values()) {
    const clusters = [...new Set(findings.map((f) => f.cluster as string))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    if (clusters.length < 2) continue
    merged.set(findings[0], { findings, clusters, message: mergedMessage(findings[0], clusters) })
    for (const f of findings.slice(1)) absorbed.add(f)
  }
  return { merged, absorbed }
}
