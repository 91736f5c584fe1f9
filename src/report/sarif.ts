// SARIF 2.1.0 report for GitHub code scanning: rules from the registry, one result per open finding, suppressed ones marked.
import { createHash } from 'node:crypto'
import type { CheckResult } from '../result.js'
import { RULES } from '../rules/index.js'
import type { Finding, Severity, SuppressedBy } from '../types.js'
import { compareFindings, mergeAssetChanges, plural, sortedFindings } from './common.js'
import { escapeMarkdownKeepingCode } from './escape.js'

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
/** Where the tool is documented; shown by SARIF viewers next to the tool name. */
export const DEFAULT_INFORMATION_URI = 'https://github.com/kops-preflight/kops-preflight'
export const DEFAULT_AUTOMATION_ID = 'kops-preflight/'
/** GitHub rejects runs with more results. */
export const MAX_SARIF_RESULTS = 25_000
/** Messages are cut here, as for annotations: longer than any message kops-preflight writes, short enough to read. */
export const MAX_SARIF_MESSAGE = 4096

export interface SarifOptions {
  /** `runs[0].automationDetails.id`: the category code scanning keeps alerts under; default `kops-preflight/`. */
  automationId?: string
  /** `tool.driver.informationUri`. */
  informationUri?: string
  /** `tool.driver.version`, when known. */
  toolVersion?: string
}

type SarifLevel = 'error' | 'warning' | 'note'

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' }
/** Code scanning's non-security severity scale. */
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'recommendation' }

interface RuleInfo {
  id: string
  summary: string
  remediation: string
  defaultSeverity: Severity
}

/** What part of kOps a rule is about, as a code-scanning tag. */
function area(id: string): string | null {
  if (id.startsWith('nodeup')) return 'nodeup'
  if (id.startsWith('kops-rejects')) return 'kops-update-cluster'
  if (id.startsWith('kops-version')) return 'version-pin'
  if (id.startsWith('kubernetes-version')) return 'kubernetes-version'
  if (id.startsWith('manifest')) return 'manifest'
  if (id.startsWith('asset')) return 'assets'
  if (id.startsWith('cri-containerd')) return 'containerd'
  return null
}

function ruleDescriptor(r: RuleInfo) {
  const tag = area(r.id)
  return {
    id: r.id,
    name: r.id,
    shortDescription: { text: r.summary },
    fullDescription: { text: `${r.summary} ${r.remediation}`.trim() },
    help: {
      text: `${r.summary}\n\nFix: ${r.remediation}\n\nRule: ${r.id}`,
      markdown: `${escapeMarkdownKeepingCode(r.summary)}\n\n**Fix:** ${escapeMarkdownKeepingCode(r.remediation)}\n\nRule: <code>${escapeMarkdownKeepingCode(r.id)}</code>`,
    },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: {
      tags: tag ? ['kops', tag] : ['kops'],
      precision: 'high',
      'problem.severity': PROBLEM_SEVERITY[r.defaultSeverity],
    },
  }
}

/** A finding's identity (never its line or message), so an alert survives edits above it and kOps bumps. */
export function fingerprintOf(f: Finding): string {
  const identity = [f.ruleId, f.file, f.cluster ?? '', f.instanceGroup ?? '', f.arch ?? '', f.subject].join('\u0000')
  return createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 16)
}

/** A repository-relative path as a URI reference: each segment percent-encoded. */
function fileUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

function truncate(s: string, max: number): string {
  const chars = [...s]
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`
}

function region(f: Finding) {
  const endLine = Math.max(f.line, f.endLine)
  const endColumn = endLine === f.line ? Math.max(f.column, f.endColumn) : f.endColumn
  return { startLine: f.line, startColumn: f.column, endLine, endColumn }
}

/** SARIF `fixes`: each fix's edits as artifact changes (deleted region + inserted text). */
function sarifFixes(f: Finding): { fixes?: unknown[] } {
  const list = f.fix ? [f.fix] : (f.alternativeFixes ?? [])
  if (list.length === 0) return {}
  return {
    fixes: list.map((fix) => {
      const byFile = new Map<string, typeof fix.edits>()
      for (const e of fix.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e])
      return {
        description: { text: fix.description },
        artifactChanges: [...byFile].map(([file, edits]) => ({
          artifactLocation: { uri: fileUri(file), uriBaseId: '%SRCROOT%' },
          replacements: edits.map((e) => ({
            deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
            insertedContent: { text: e.replacement },
          })),
        })),
      }
    }),
  }
}

/**
 * A suppression as SARIF records it: an entry of the suppression config file is `external`, a
 * `kops-preflight-ignore` comment next to the finding is `inSource` (SARIF 2.1.0 §3.35.2); the reason
 * is the justification and the location is the config entry or the comment.
 */
function suppression(by: SuppressedBy) {
  return {
    kind: by.kind === 'config' ? 'external' : 'inSource',
    status: 'accepted',
    justification: truncate(by.reason, MAX_SARIF_MESSAGE),
    location: { physicalLocation: { artifactLocation: { uri: fileUri(by.file), uriBaseId: '%SRCROOT%' }, region: { startLine: by.line } } },
    properties: { expires: by.expires },
  }
}

export function renderSarif(result: CheckResult, opts: SarifOptions = {}): string {
  const known: RuleInfo[] = RULES.map((r) => ({ id: r.id, summary: r.summary, remediation: r.remediation, defaultSeverity: r.defaultSeverity }))
  // A finding from a rule the registry does not list still needs a descriptor for its ruleIndex.
  const knownIds = new Set(known.map((r) => r.id))
  for (const f of [...result.findings, ...(result.suppressed ?? []).map((s) => s.finding)])
    if (!knownIds.has(f.ruleId) && knownIds.add(f.ruleId)) known.push({ id: f.ruleId, summary: f.ruleId, remediation: f.remediation, defaultSeverity: f.severity })
  const rules = known.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]))

  const sorted = sortedFindings(result.findings)
  // The same asset change in several clusters is one result at its first place, the others related locations.
  const { merged, absorbed } = mergeAssetChanges(sorted)
  const open = sorted.filter((f) => f.status !== 'fixed' && !absorbed.has(f))
  const suppressedBy = new Map<Finding, SuppressedBy>()
  const suppressed = [...(result.suppressed ?? [])].sort((a, b) => compareFindings(a.finding, b.finding))
  for (const s of suppressed) suppressedBy.set(s.finding, s.by)
  // Suppressed findings follow the open ones, so a run over the result limit drops them first.
  const all = [...open, ...suppressed.map((s) => s.finding)]
  const located = all.filter((f) => f.file !== '')
  const kept = located.slice(0, MAX_SARIF_RESULTS)
  const occurrences = new Map<string, number>()
  const physical = (f: Finding) => ({ artifactLocation: { uri: fileUri(f.file), uriBaseId: '%SRCROOT%' }, region: region(f) })
  const results = kept.map((f) => {
    const change = merged.get(f)
    // A merged change's identity leaves out the cluster, so adding a cluster to it keeps the alert.
    const hash = fingerprintOf(change ? { ...f, cluster: null } : f)
    const n = (occurrences.get(hash) ?? 0) + 1
    occurrences.set(hash, n)
    const by = suppressedBy.get(f)
    const out: Record<string, unknown> = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) as number,
      level: LEVEL[f.severity],
      message: { text: truncate(change?.message ?? f.message, MAX_SARIF_MESSAGE) },
      locations: [{ physicalLocation: physical(f) }],
      partialFingerprints: { primaryLocationLineHash: `${hash}:${n}` },
      ...sarifFixes(f),
      properties: {
        status: f.status,
        cluster: change ? null : f.cluster,
        instanceGroup: f.instanceGroup,
        arch: f.arch,
        kopsVersion: f.kopsVersion,
        ...(change ? { clusters: change.clusters } : {}),
      },
      ...(by ? { suppressions: [suppression(by)] } : {}),
    }
    if (change)
      out.relatedLocations = change.findings
        .slice(1)
        .filter((o) => o.file !== '')
        .map((o, i) => ({ id: i + 1, physicalLocation: physical(o), message: { text: truncate(`cluster ${o.cluster}`, MAX_SARIF_MESSAGE) } }))
    return out
  })

  const notes: string[] = []
  const unplaced = all.length - located.length
  const over = located.length - kept.length
  if (unplaced > 0) notes.push(`${plural(unplaced, 'finding')} without a file position ${unplaced === 1 ? 'is' : 'are'} not in this SARIF file; see the text or JSON report.`)
  if (over > 0) notes.push(`${plural(over, 'finding')} ${over === 1 ? 'was' : 'were'} left out: code scanning accepts at most ${MAX_SARIF_RESULTS} results per run.`)

  const driver: Record<string, unknown> = { name: 'kops-preflight', informationUri: opts.informationUri ?? DEFAULT_INFORMATION_URI }
  if (opts.toolVersion) driver.version = opts.toolVersion
  driver.rules = rules.map(ruleDescriptor)

  const run: Record<string, unknown> = {
    tool: { driver },
    automationDetails: { id: opts.automationId ?? DEFAULT_AUTOMATION_ID },
    columnKind: 'utf16CodeUnits',
    results,
  }
  if (notes.length > 0)
    run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: notes.map((text) => ({ level: 'warning', message: { text } })) }]

  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`
}
