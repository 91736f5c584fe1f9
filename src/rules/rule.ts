// The rule contract: id, messages, remediation, and a check over one analysed side (or both, for change rules).
import type { ClusterGroup, ManifestSet } from '../manifests/group.js'
import type { InstanceGroupModel } from '../manifests/model.js'
import type { Pin } from '../pins/types.js'
import type { RepoFile, SkippedFile } from '../repo/side.js'
import type { ArchResult } from '../simulate/types.js'
import type { Arch, Located, Place, RawFinding, Severity, Side } from '../types.js'

export interface KopsResolution {
  /** The version in effect, normalised (no `v`); null when none could be determined. */
  version: string | null
  /** The catalogued release whose behaviour was simulated; null when none could be. */
  release: string | null
  /** How the version relates to the catalogue. */
  status: 'known' | 'newer' | 'unreleased' | 'unsupported' | 'invalid' | 'missing'
  /** Where the version came from: a pin, an input/flag (null place), or nothing. */
  source: 'pin' | 'input' | 'none'
  /** The pin in effect (its place), when from a pin. */
  pin: Located<string> | null
}

export interface IgEvaluation {
  ig: InstanceGroupModel
  /** Simulations per architecture (kOps always plans both). */
  results: Partial<Record<Arch, ArchResult>>
}

export interface ClusterEvaluation {
  group: ClusterGroup
  k8sVersion: string | null
  evaluated: 'full' | 'partial' | 'none'
  /** Why nothing was simulated, when evaluated is none. */
  reason: string | null
  igs: IgEvaluation[]
}

export interface SideAnalysis {
  side: Side
  ref: string
  /** The files read on this side. */
  files: RepoFile[]
  /** Candidate files of this side that were not read, and why (absent when the caller did not say). */
  skipped?: SkippedFile[]
  kops: KopsResolution
  pins: Pin[]
  manifests: ManifestSet
  clusters: ClusterEvaluation[]
}

export interface Report {
  messageId: string
  data: Record<string, string | number>
  place: Place
  cluster: string | null
  instanceGroup: string | null
  arch: Arch | null
  kopsVersion: string | null
  subject: string
  /** Overrides the rule's default severity (rules with an error and a warning form). */
  severity?: Severity
}

export interface Rule {
  id: string
  defaultSeverity: Severity
  /** One line for the catalogue, SARIF and docs. */
  summary: string
  /** What to do about it; imperative, ends with a period. */
  remediation: string
  /** Message templates by id; `{name}` placeholders are filled from report data. */
  messages: Record<string, string>
  /** `side` rules run on base and head separately; `change` rules see both at once. */
  scope: 'side' | 'change'
  check(ctx: { side: SideAnalysis; base: SideAnalysis | null; head: SideAnalysis }, report: (r: Report) => void): void
}

export function defineRule(rule: Rule): Rule {
  return rule
}

export function formatMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m))
}

export function toRaw(rule: Rule, r: Report): RawFinding {
  const template = rule.messages[r.messageId]
  if (template === undefined) throw new Error(`rule ${rule.id} has no message ${r.messageId}`)
  return {
    ruleId: rule.id,
    severity: r.severity ?? rule.defaultSeverity,
    messageId: r.messageId,
    data: r.data,
    message: formatMessage(template, r.data),
    remediation: rule.remediation,
    place: r.place,
    cluster: r.cluster,
    instanceGroup: r.instanceGroup,
    arch: r.arch,
    kopsVersion: r.kopsVersion,
    subject: r.subject,
  }
}

/** The place to point at: a located spec value, else the kOps pin, else the Cluster document. */
export function placeOf(origin: Located<unknown> | null, side: SideAnalysis, cluster: ClusterGroup | null): Place {
  if (origin) return { file: origin.file, pos: origin.pos }
  if (side.kops.pin) return { file: side.kops.pin.file, pos: side.kops.pin.pos }
  if (cluster?.cluster) return { file: cluster.cluster.doc.file, pos: cluster.cluster.doc.at }
  return { file: cluster?.file ?? '', pos: { line: 1, column: 1, endLine: 1, endColumn: 1 } }
}

/** Arches this instance group runs, as far as the spec tells (both when unknown). */
export function igArches(ig: InstanceGroupModel): Arch[] {
  return ig.arches ?? ['amd64', 'arm64']
}
