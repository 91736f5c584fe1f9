// JSON report: the stable `check --format json` interface (schemaVersion 1), keys in the documented order.
import type { CheckResult, ClusterEntry } from '../result.js'
import type { Finding, SuppressedFinding } from '../types.js'
import { compareFindings, sortedFindings } from './common.js'
import { mirrorJson, type MirrorPlan } from './mirror.js'

export interface JsonOptions {
  /**
   * Drift scans: the assets to copy into `spec.assets.fileRepository` (`mirrorAssets`), written as
   * the last key, `mirror` (null when no cluster sets a file repository). Undefined: no `mirror` key.
   */
  mirror?: MirrorPlan | null
}

/*
 * Keys appear in the order of the interface document; fields the document does not list (additions,
 * which it allows) follow the documented ones: `target` and `suppressed` at the top level,
 * `suppressed` in the summary, `remediation`, `messageId`, `data` and `subject` on findings,
 * `stoppedAt` and `containerdVersion` on clusters, and `mirror` last in drift scans. `suppressed` lists the findings a suppression removed, each as
 * `{ finding, by }`. Findings (and suppressed ones) are in the report order (severity,
 * new / unchanged / fixed, position) and clusters by side, file and name, so equal results give byte-identical
 * output whatever order the files were read in.
 */

function finding(f: Finding) {
  const fixes = f.fix ? { fix: f.fix } : f.alternativeFixes?.length ? { alternativeFixes: f.alternativeFixes } : {}
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    status: f.status,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    cluster: f.cluster,
    instanceGroup: f.instanceGroup,
    arch: f.arch,
    kopsVersion: f.kopsVersion,
    remediation: f.remediation,
    messageId: f.messageId,
    data: f.data,
    subject: f.subject,
    ...fixes,
  }
}

function suppression(s: SuppressedFinding) {
  return {
    finding: finding(s.finding),
    by: { kind: s.by.kind, file: s.by.file, line: s.by.line, reason: s.by.reason, expires: s.by.expires },
  }
}

function cluster(c: ClusterEntry) {
  return {
    side: c.side,
    name: c.name,
    file: c.file,
    kopsVersion: c.kopsVersion,
    kubernetesVersion: c.kubernetesVersion,
    instanceGroups: c.instanceGroups,
    evaluated: c.evaluated,
    stoppedAt: c.stoppedAt,
    containerdVersion: c.containerdVersion,
    ...(c.renderedBy ? { renderedBy: c.renderedBy } : {}),
  }
}

const SIDE_RANK = { base: 0, head: 1 } as const
const text = (a: string | null, b: string | null) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0)

/** Base before head, then by file and name: the order files were read in never shows. */
function sortedClusters(list: readonly ClusterEntry[]): ClusterEntry[] {
  return [...list].sort((a, b) => SIDE_RANK[a.side] - SIDE_RANK[b.side] || text(a.file, b.file) || text(a.name, b.name))
}

export function renderJson(result: CheckResult, opts: JsonOptions = {}): string {
  const suppressed = [...(result.suppressed ?? [])].sort((a, b) => compareFindings(a.finding, b.finding))
  const doc = {
    schemaVersion: result.schemaVersion,
    mode: result.mode,
    base: result.base === null ? null : { ref: result.base.ref, kopsVersion: result.base.kopsVersion },
    head: { ref: result.head.ref, kopsVersion: result.head.kopsVersion },
    findings: sortedFindings(result.findings).map(finding),
    clusters: sortedClusters(result.clusters).map(cluster),
    summary: {
      errors: result.summary.errors,
      warnings: result.summary.warnings,
      notices: result.summary.notices,
      new: result.summary.new,
      unchanged: result.summary.unchanged,
      fixed: result.summary.fixed,
      suppressed: result.summary.suppressed ?? suppressed.length,
    },
    target: result.target === null ? null : { kopsVersion: result.target.kopsVersion },
    suppressed: suppressed.map(suppression),
    ...(opts.mirror === undefined ? {} : { mirror: mirrorJson(opts.mirror) }),
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}
