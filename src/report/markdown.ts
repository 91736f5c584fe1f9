// Markdown report for the job summary and the PR comment: verdict, clusters, findings, asset changes; kept under a byte budget.
import type { CheckResult, ClusterEntry } from '../result.js'
import { ruleById } from '../rules/index.js'
import type { Finding, Severity, SuppressedFinding } from '../types.js'
import { compareFindings, comparesSides, countsLabel, evaluatedLabel, kopsLabel, mergeAssetChanges, plural, sortedFindings, stopNotes, type MergedAssetChange } from './common.js'
import { escapeHtmlText, escapeMarkdown, escapeMarkdownKeepingCode } from './escape.js'

export interface MarkdownOptions {
  /** UTF-8 byte budget; default 1,000,000 (the job summary takes 1 MiB per step). Pass 65,536 for a PR comment. */
  maxBytes?: number
  /** Include the collapsed per-cluster asset-change sections (default true); when false only their count is given. */
  detail?: boolean
}

export const DEFAULT_MAX_BYTES = 1_000_000

/*
 * Layout:
 *
 *   ### ❌ kOps 1.28.1 → 1.29.0-beta.1 would break 2 instance groups
 *   counts · refs
 *   - ⛔ cluster … : kops update cluster refuses … kOps stops here; later steps were not simulated.   (stopped clusters)
 *   | Cluster | File | kOps | Kubernetes | containerd | Evaluated |   (base → head where they differ)
 *   #### Errors (n) / Warnings (n) / Notices (n)                     (open findings, new before unchanged)
 *   #### Fixed (n)
 *   <details> Asset changes in N clusters </details>                 (a change seen in several clusters, once, naming them)
 *   <details> Asset changes in cluster … </details>                  (one per cluster, its other open asset-changed notices)
 *   <details> N suppressed findings </details>                       (rule, place, reason and expiry of each)
 *   _… left out …_                                                   (only when something was)
 *
 * Over the byte budget, parts are dropped in this order until it fits: the suppressed findings,
 * asset-change sections (last cluster first), fixed findings, notices, warnings (each from the
 * bottom, so unchanged before new), then the cluster table, and errors only if they alone do not
 * fit. The verdict always stays, and a last line says what was left out.
 *
 * Everything is escaped: repository text (cluster names, files, messages, refs, versions,
 * suppression reasons) fully, remediation text keeping its backtick code spans.
 */

const SECTION_TITLES: Record<Severity | 'fixed', string> = { error: 'Errors', warning: 'Warnings', notice: 'Notices', fixed: 'Fixed' }
const ASSET_CHANGED = 'asset-changed'
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8')

function md(s: string): string {
  return escapeMarkdown(s)
}

function code(s: string): string {
  return `<code>${escapeMarkdown(s)}</code>`
}

function groupNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

function location(f: Finding): string {
  return f.file === '' ? '(repository)' : code(`${f.file}:${f.line}:${f.column}`)
}

function context(f: Finding): string {
  const parts: string[] = []
  if (f.cluster !== null) parts.push(`cluster ${md(f.cluster)}`)
  if (f.instanceGroup !== null) parts.push(`instance group ${md(f.instanceGroup)}`)
  if (f.arch !== null) parts.push(md(f.arch))
  return parts.join(' · ')
}

/** The rule's remediation from the registry (the finding's copy for a rule it does not list); its backticks become code. */
function remediation(f: Finding): string {
  return escapeMarkdownKeepingCode(ruleById(f.ruleId)?.remediation ?? f.remediation)
}

function findingItem(f: Finding, withStatus: boolean): string {
  const head = [withStatus ? `**${f.status === 'new' ? 'New' : 'Unchanged'}**` : null, location(f), code(f.ruleId), context(f) || null].filter((p) => p !== null)
  return `- ${head.join(' · ')}<br>\n  ${md(f.message)}<br>\n  **Fix:** ${remediation(f)}${mechanicalFixes(f)}`
}

/** The mechanical fixes `kops-preflight fix` can apply (or the alternatives to choose from). */
function mechanicalFixes(f: Finding): string {
  if (f.fix) return `<br>\n  **Automatic fix** (\`kops-preflight fix --write\`): ${md(f.fix.description)}`
  if (f.alternativeFixes?.length) return `<br>\n  **Fixes to choose from:** ${f.alternativeFixes.map((x) => md(x.description)).join(' **or** ')}`
  return ''
}

function fixedItem(f: Finding): string {
  const head = [`**${f.severity}**`, location(f), code(f.ruleId), context(f) || null].filter((p) => p !== null)
  return `- ${head.join(' · ')}<br>\n  ${md(f.message)}`
}

function assetItem(f: Finding): string {
  return `- ${location(f)} · ${md(f.message)}`
}

function suppressedItem(s: SuppressedFinding): string {
  const f = s.finding
  const head = [`**${f.severity}**`, location(f), code(f.ruleId), context(f) || null].filter((p) => p !== null)
  const where = code(`${s.by.file}:${s.by.line}`)
  const source = s.by.kind === 'inline' ? `comment at ${where}` : `config ${where}`
  const expiry = s.by.expires === null ? 'no expiry' : `expires ${md(s.by.expires)}`
  return `- ${head.join(' · ')}<br>\n  ${md(f.message)}<br>\n  **Reason:** ${md(s.by.reason)} · ${source} · ${expiry}`
}

function suppressedBlock(list: SuppressedFinding[]): string {
  return `<details><summary>${plural(list.length, 'suppressed finding')}</summary>\n\n${list.map(suppressedItem).join('\n')}\n\n</details>`
}

function verdict(result: CheckResult): string {
  const label = md(kopsLabel(result))
  const errors = result.findings.filter((f) => f.status !== 'fixed' && f.severity === 'error')
  const broken = new Set(errors.filter((f) => f.instanceGroup !== null).map((f) => `${f.cluster ?? ''}\u0000${f.instanceGroup}`))
  const others = errors.filter((f) => f.instanceGroup === null).length
  if (broken.size > 0) return `### ❌ ${label} would break ${plural(broken.size, 'instance group')}${others > 0 ? `, plus ${plural(others, 'other error')}` : ''}`
  if (result.summary.errors > 0) return `### ❌ ${label}: ${plural(result.summary.errors, 'error')}`
  if (result.summary.warnings > 0) return `### ⚠️ ${label}: no errors, ${plural(result.summary.warnings, 'warning')}`
  return `### ✅ ${label}: no errors or warnings`
}

function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 12) : ref
}

function countsLine(result: CheckResult): string {
  const withStatus = comparesSides(result)
  let line = md(countsLabel(result.summary, withStatus))
  if (result.mode === 'pull-request' && result.base) line += ` · base ${code(shortRef(result.base.ref))} → head ${code(shortRef(result.head.ref))}`
  else line += ` · ${code(shortRef(result.head.ref))}`
  return line
}

function pair<T>(base: T | undefined, head: T | undefined, show: (v: T) => string): string {
  if (base === undefined && head === undefined) return '—'
  if (base === undefined) return show(head as T)
  if (head === undefined) return show(base)
  const b = show(base)
  const h = show(head)
  return b === h ? h : `${b} → ${h}`
}

function clusterTable(result: CheckResult): string {
  const rows = new Map<string, { base?: ClusterEntry; head?: ClusterEntry }>()
  for (const c of result.clusters) {
    const key = c.name !== null ? `n\u0000${c.name}` : `f\u0000${c.file}`
    const row = rows.get(key) ?? {}
    row[c.side] = c
    rows.set(key, row)
  }
  const sorted = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  if (sorted.length === 0) return '_No kOps clusters were found._'
  const compared = comparesSides(result)
  const value = (v: string | null) => (v === null ? '—' : md(v))
  const lines = ['| Cluster | File | kOps | Kubernetes | containerd | Evaluated |', '| --- | --- | --- | --- | --- | --- |']
  for (const [, { base, head }] of sorted) {
    const any = (head ?? base) as ClusterEntry
    let name = any.name === null ? '_(instance groups without a Cluster)_' : md(any.name)
    if (compared && !base) name += ' (added)'
    if (compared && !head) name += ' (removed)'
    const cells = [
      name,
      pair(base?.file, head?.file, (v) => md(v)),
      pair(base?.kopsVersion, head?.kopsVersion, value),
      pair(base?.kubernetesVersion, head?.kubernetesVersion, value),
      pair(base?.containerdVersion, head?.containerdVersion, value),
      pair(base && evaluatedLabel(base), head && evaluatedLabel(head), md),
    ]
    lines.push(`| ${cells.join(' | ')} |`)
  }
  return lines.join('\n')
}

interface Section {
  key: Severity | 'fixed'
  items: string[]
  findings: Finding[]
  kept: number
}

interface Details {
  findings: Finding[]
  text: string
  kept: boolean
}

function mergedBlock(changes: MergedAssetChange[]): string {
  const n = new Set(changes.flatMap((c) => c.clusters)).size
  const items = changes.map((c) => `- ${location(c.findings[0])} · ${md(c.message)}`)
  return `<details><summary>Asset changes in ${n} clusters (${changes.length})</summary>\n\n${items.join('\n')}\n\n</details>`
}

function detailsBlock(cluster: string | null, findings: Finding[]): string {
  const name = cluster === null ? 'findings without a cluster' : `cluster ${escapeHtmlText(cluster)}`
  return `<details><summary>Asset changes in ${name} (${findings.length})</summary>\n\n${findings.map(assetItem).join('\n')}\n\n</details>`
}

function omissionLine(sections: Section[], details: Details[], tableDropped: boolean, suppressedDropped: number, maxBytes: number, total: number): string | null {
  const parts: string[] = []
  let left = 0
  const assets = details.filter((d) => !d.kept).reduce((n, d) => n + d.findings.length, 0)
  const count = (n: number, one: string, many = `${one}s`) => `${groupNumber(n)} ${n === 1 ? one : many}`
  if (assets > 0) parts.push(count(assets, 'asset change'))
  left += assets
  for (const s of [...sections].reverse()) {
    const n = s.items.length - s.kept
    if (n === 0) continue
    left += n
    parts.push(s.key === 'fixed' ? count(n, 'fixed', 'fixed') : count(n, s.key))
  }
  const extras: string[] = []
  if (tableDropped) extras.push('the cluster table')
  if (suppressedDropped > 0) extras.push(`the list of ${count(suppressedDropped, 'suppressed finding')}`)
  if (left === 0 && extras.length === 0) return null
  const what =
    left > 0
      ? `${groupNumber(left)} of ${groupNumber(total)} findings (${parts.join(', ')})${extras.map((e) => ` and ${e}`).join('')}`
      : extras.join(' and ').replace(/^t/, 'T')
  const verb = (left === 0 && extras.length === 1) || (left === 1 && extras.length === 0) ? 'was' : 'were'
  return `_${what} ${verb} left out to keep this report under ${groupNumber(maxBytes)} bytes; the text, JSON and SARIF reports have every finding._`
}

export function renderMarkdown(result: CheckResult, opts: MarkdownOptions = {}): string {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  const detail = opts.detail ?? true
  const withStatus = comparesSides(result)
  const sorted = sortedFindings(result.findings)
  const isAsset = (f: Finding) => f.ruleId === ASSET_CHANGED && f.status !== 'fixed'

  const sections: Section[] = (['error', 'warning', 'notice', 'fixed'] as const).map((key) => {
    const findings = sorted.filter((f) => !isAsset(f) && (key === 'fixed' ? f.status === 'fixed' : f.status !== 'fixed' && f.severity === key))
    const items = findings.map((f) => (key === 'fixed' ? fixedItem(f) : findingItem(f, withStatus)))
    return { key, items, findings, kept: items.length }
  })

  const assetFindings = sorted.filter(isAsset)
  const { merged } = mergeAssetChanges(sorted)
  const inMerged = new Set([...merged.values()].flatMap((c) => c.findings))
  const byCluster = new Map<string, { cluster: string | null; findings: Finding[] }>()
  for (const f of assetFindings) {
    if (inMerged.has(f)) continue
    const key = f.cluster === null ? '\uffff' : f.cluster
    const entry = byCluster.get(key) ?? { cluster: f.cluster, findings: [] }
    entry.findings.push(f)
    byCluster.set(key, entry)
  }
  const mergedChanges = [...merged.values()]
  const details: Details[] = detail
    ? [
        ...(mergedChanges.length > 0 ? [{ findings: [...inMerged], text: mergedBlock(mergedChanges), kept: true }] : []),
        ...[...byCluster.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([, e]) => ({ findings: e.findings, text: detailsBlock(e.cluster, e.findings), kept: true })),
      ]
    : []
  const unlisted = detail ? null : assetFindings.length > 0 ? `_${plural(assetFindings.length, 'asset change')} not listed._` : null
  const suppressedList = [...(result.suppressed ?? [])].sort((a, b) => compareFindings(a.finding, b.finding))
  const suppressed = suppressedList.length === 0 ? null : detail ? suppressedBlock(suppressedList) : `_${plural(suppressedList.length, 'suppressed finding')} not listed._`
  let suppressedKept = true

  const stops = stopNotes(result)
  const head = `${verdict(result)}\n\n${countsLine(result)}${stops.length ? `\n\n${stops.map((n) => `- ⛔ ${md(n)}`).join('\n')}` : ''}`
  const table = clusterTable(result)
  let tableKept = true

  const assemble = (withNote: boolean): string => {
    const blocks = [head]
    if (tableKept) blocks.push(table)
    for (const s of sections) {
      if (s.kept === 0) continue
      const title = s.kept === s.items.length ? `${SECTION_TITLES[s.key]} (${s.items.length})` : `${SECTION_TITLES[s.key]} (${s.items.length}, ${s.kept} shown)`
      blocks.push(`#### ${title}\n\n${s.items.slice(0, s.kept).join('\n')}`)
    }
    for (const d of details) if (d.kept) blocks.push(d.text)
    if (unlisted) blocks.push(unlisted)
    if (suppressed && suppressedKept) blocks.push(suppressed)
    const note = withNote ? omissionLine(sections, details, !tableKept, suppressed && !suppressedKept ? suppressedList.length : 0, maxBytes, result.findings.length) : null
    if (note) blocks.push(note)
    return `${blocks.join('\n\n')}\n`
  }

  const full = assemble(false)
  const fullBytes = utf8(full)
  if (fullBytes <= maxBytes) return full

  // Drop units in order, tracking an upper bound of the size so the document is rebuilt only when it may fit.
  const bySection = (key: Section['key']) => sections.find((s) => s.key === key) as Section
  const drops: { bytes: number; apply: () => void }[] = []
  if (suppressed) drops.push({ bytes: utf8(suppressed) + 2, apply: () => (suppressedKept = false) })
  for (const d of [...details].reverse()) drops.push({ bytes: utf8(d.text) + 2, apply: () => (d.kept = false) })
  for (const key of ['fixed', 'notice', 'warning'] as const) {
    const s = bySection(key)
    for (let i = s.items.length - 1; i >= 0; i--) drops.push({ bytes: utf8(s.items[i]) + 1, apply: () => (s.kept = i) })
  }
  drops.push({ bytes: utf8(table) + 2, apply: () => (tableKept = false) })
  const errors = bySection('error')
  for (let i = errors.items.length - 1; i >= 0; i--) drops.push({ bytes: utf8(errors.items[i]) + 1, apply: () => (errors.kept = i) })

  const NOTE_RESERVE = 512
  let estimate = fullBytes + NOTE_RESERVE
  let out = full
  for (const d of drops) {
    d.apply()
    estimate -= d.bytes
    if (estimate > maxBytes) continue
    out = assemble(true)
    if (utf8(out) <= maxBytes) return out
  }
  out = assemble(true)
  if (utf8(out) <= maxBytes) return out
  // Only a budget smaller than the verdict itself gets here: cut on a character boundary.
  const suffix = '…\n'
  let cut = ''
  let bytes = utf8(suffix)
  for (const ch of out) {
    bytes += utf8(ch)
    if (bytes > maxBytes) break
    cut += ch
  }
  return cut + suffix
}
