// Runs the rules on both sides and classifies each finding as new, unchanged or fixed by its identity.
import { RULES } from '../rules/index.js'
import { reaches } from '../simulate/cloudup/apply-cluster.js'
import { toRaw, type SideAnalysis } from '../rules/rule.js'
import type { Finding, FindingStatus, RawFinding, Summary } from '../types.js'

/** A finding's identity: never its message text or kOps version, so a bump keeps a standing finding `unchanged`. */
export function identity(f: RawFinding): string {
  return [f.ruleId, f.place.file, f.cluster ?? '', f.instanceGroup ?? '', f.arch ?? '', f.subject].join('\u0000')
}

export function rawFindings(side: SideAnalysis, base: SideAnalysis | null, head: SideAnalysis, scope: 'side' | 'change'): RawFinding[] {
  const out: RawFinding[] = []
  const seen = new Set<string>()
  for (const rule of RULES) {
    if (rule.scope !== scope) continue
    rule.check({ side, base, head }, (r) => {
      const raw = toRaw(rule, r)
      const id = identity(raw)
      if (seen.has(id)) return
      seen.add(id)
      out.push(raw)
    })
  }
  return out
}

export function toFinding(f: RawFinding, status: FindingStatus): Finding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    status,
    message: f.message,
    remediation: f.remediation,
    messageId: f.messageId,
    data: f.data,
    file: f.place.file,
    line: f.place.pos.line,
    column: f.place.pos.column,
    endLine: f.place.pos.endLine,
    endColumn: f.place.pos.endColumn,
    cluster: f.cluster,
    instanceGroup: f.instanceGroup,
    arch: f.arch,
    kopsVersion: f.kopsVersion,
    subject: f.subject,
  }
}

const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 } as const
const STATUS_RANK = { new: 0, unchanged: 1, fixed: 2 } as const

export function sortFindings(list: Finding[]): Finding[] {
  return [...list].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.ruleId.localeCompare(b.ruleId) ||
      (a.instanceGroup ?? '').localeCompare(b.instanceGroup ?? '') ||
      (a.arch ?? '').localeCompare(b.arch ?? ''),
  )
}

/**
 * Whether the head's simulation reaches the step a base finding comes from: where kOps stops earlier on the head,
 * the finding is unknown there, not fixed.
 */
function reachedOnHead(f: RawFinding, head: SideAnalysis): boolean {
  const step = RULES.find((r) => r.id === f.ruleId)?.step
  if (!step) return true
  const c = head.clusters.find((x) => (f.cluster !== null ? x.group.cluster?.name?.value === f.cluster : x.group.file === f.place.file))
  return !c || reaches(c.stoppedAt, typeof step === 'function' ? step(f.messageId) : step)
}

/**
 * Classifies: head only → new, both → unchanged (head's record), base only → fixed (base's record), except a base
 * finding from a step kOps never reaches on the head (it stops earlier there), which is left out.
 */
export function classify(base: SideAnalysis | null, head: SideAnalysis): Finding[] {
  const headRaw = [...rawFindings(head, base, head, 'side'), ...rawFindings(head, base, head, 'change')]
  if (!base) return sortFindings(headRaw.map((f) => toFinding(f, 'new')))
  const baseRaw = rawFindings(base, base, head, 'side')
  const baseIds = new Set(baseRaw.map(identity))
  const headIds = new Set(headRaw.map(identity))
  return sortFindings([
    ...headRaw.map((f) => toFinding(f, baseIds.has(identity(f)) ? 'unchanged' : 'new')),
    ...baseRaw.filter((f) => !headIds.has(identity(f)) && reachedOnHead(f, head)).map((f) => toFinding(f, 'fixed')),
  ])
}

export function summarise(findings: Finding[]): Summary {
  const open = findings.filter((f) => f.status !== 'fixed')
  return {
    errors: open.filter((f) => f.severity === 'error').length,
    warnings: open.filter((f) => f.severity === 'warning').length,
    notices: open.filter((f) => f.severity === 'notice').length,
    new: findings.filter((f) => f.status === 'new').length,
    unchanged: findings.filter((f) => f.status === 'unchanged').length,
    fixed: findings.filter((f) => f.status === 'fixed').length,
  }
}
