// The rule contract: id, messages, remediation, and a check over one analysed side (or both, for change rules).
import type { ClusterGroup, ManifestSet } from '../manifests/group.js'
import type { InstanceGroupModel } from '../manifests/model.js'
import { displayValue } from '../manifests/templates.js'
import type { Pin } from '../pins/types.js'
import type { RepoFile, SkippedFile } from '../repo/side.js'
import type { KubernetesWindow, Refusal, Step, StopStage } from '../simulate/cloudup/apply-cluster.js'
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
  /** Why that pin applies to the cluster (e.g. "the nearest .tool-versions above clusters/prod/cluster.yaml"). */
  basis?: string
}

export interface IgEvaluation {
  ig: InstanceGroupModel
  /** Simulations per architecture (kOps always plans both). */
  results: Partial<Record<Arch, ArchResult>>
}

export interface ClusterEvaluation {
  group: ClusterGroup
  k8sVersion: string | null
  /** `stopped`: kOps refuses the cluster at `stoppedAt`, and later steps were not simulated. */
  evaluated: 'full' | 'partial' | 'stopped' | 'none'
  /** Why nothing was simulated, when evaluated is none. */
  reason: string | null
  stoppedAt: StopStage | null
  /** kOps's refusal, when evaluated is stopped. */
  refusal: Refusal | null
  /** The Kubernetes window verdict; null when kOps stopped before checking it (or nothing was simulated). */
  window: KubernetesWindow | null
  /** Per group and architecture; empty results where the step was not reached, `rejected` ones after a refusal. */
  igs: IgEvaluation[]
  /** The kOps version this cluster was simulated with: the pin that applies to its files (see pins/scope.ts). */
  kops: KopsResolution
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
  /** The kOps (or upstream) source the rule rests on, `kubernetes/kops:<path>@<tag>` or a URL; shown in the docs table. */
  source?: string
  /** Message templates by id; `{name}` placeholders are filled from report data. */
  messages: Record<string, string>
  /** `side` rules run on base and head separately; `change` rules see both at once. */
  scope: 'side' | 'change'
  /**
   * The step of kOps's order whose result the rule reports (by message id where it differs). A cluster where kOps
   * stops earlier never reaches it, so the rule's base-side finding is not `fixed` on such a head. Unset: any step.
   */
  step?: Step | ((messageId: string) => Step)
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
  // The masking marker of a template expression is never shown as if it were the user's text.
  const data = Object.fromEntries(Object.entries(r.data).map(([k, v]) => [k, typeof v === 'string' ? displayValue(v) : v]))
  return {
    ruleId: rule.id,
    severity: r.severity ?? rule.defaultSeverity,
    messageId: r.messageId,
    data,
    message: formatMessage(template, data),
    remediation: rule.remediation,
    place: r.place,
    cluster: r.cluster,
    instanceGroup: r.instanceGroup === null ? null : displayValue(r.instanceGroup),
    arch: r.arch,
    kopsVersion: r.kopsVersion,
    subject: r.subject,
  }
}

/** The place to point at: a located spec value, else the kOps pin, else the Cluster document. */
export function placeOf(origin: Located<unknown> | null, side: SideAnalysis, cluster: ClusterGroup | null, kops: KopsResolution = side.kops): Place {
  if (origin) return { file: origin.file, pos: origin.pos }
  if (kops.pin) return { file: kops.pin.file, pos: kops.pin.pos }
  if (cluster?.cluster) return { file: cluster.cluster.doc.file, pos: cluster.cluster.doc.at }
  return { file: cluster?.file ?? '', pos: { line: 1, column: 1, endLine: 1, endColumn: 1 } }
}

/** Arches this instance group runs, as far as the spec tells (both when unknown). */
export function igArches(ig: InstanceGroupModel): Arch[] {
  return ig.arches ?? ['amd64', 'arm64']
}

/** The clusters present on both sides, paired by `metadata.name` (for change rules). */
export function pairedClusters(base: SideAnalysis, head: SideAnalysis): { name: string; base: ClusterEvaluation; head: ClusterEvaluation }[] {
  const out: { name: string; base: ClusterEvaluation; head: ClusterEvaluation }[] = []
  for (const h of head.clusters) {
    const name = h.group.cluster?.name?.value
    if (!name) continue
    const b = base.clusters.find((c) => c.group.cluster?.name?.value === name)
    if (b) out.push({ name, base: b, head: h })
  }
  return out
}

/** The instance groups present in both evaluations of a cluster, paired by name. */
export function pairedIgs(base: ClusterEvaluation, head: ClusterEvaluation): { name: string; base: IgEvaluation; head: IgEvaluation }[] {
  const out: { name: string; base: IgEvaluation; head: IgEvaluation }[] = []
  for (const h of head.igs) {
    const name = h.ig.name?.value
    if (!name) continue
    const b = base.igs.find((x) => x.ig.name?.value === name)
    if (b) out.push({ name, base: b, head: h })
  }
  return out
}
