// The check and plan results: the stable JSON interface (schemaVersion 1) every renderer reads.
import type { Arch, Finding, SuppressedFinding, Summary } from './types.js'
import type { StopStage } from './simulate/cloudup/apply-cluster.js'
import type { InstalledFile, NodeupOutcome } from './simulate/types.js'

export interface ClusterEntry {
  side: 'base' | 'head'
  name: string | null
  file: string
  kopsVersion: string | null
  kubernetesVersion: string | null
  /** containerd version kOps uses for this cluster (spec value or kOps's default), when known. */
  containerdVersion: string | null
  instanceGroups: string[]
  /** `stopped`: kOps refuses the cluster at `stoppedAt`; later steps were not simulated. */
  evaluated: 'full' | 'partial' | 'stopped' | 'none'
  stoppedAt: StopStage | null
  /** For a cluster rendered by `kops toolbox template` (`file` is the template): the invocation's file and line. */
  renderedBy?: { file: string; line: number } | null
}

export interface CheckResult {
  schemaVersion: 1
  mode: 'pull-request' | 'snapshot' | 'drift'
  base: { ref: string; kopsVersion: string | null } | null
  head: { ref: string; kopsVersion: string | null }
  /** Drift mode: the kOps release the head was also simulated under. */
  target: { kopsVersion: string | null } | null
  findings: Finding[]
  clusters: ClusterEntry[]
  summary: Summary
  /** Findings removed from `findings` by the suppression config or inline comments; `runCheck` always sets it. */
  suppressed?: SuppressedFinding[]
}

export interface PlanArch {
  assets: { urls: string[]; hash: string | null }[]
  nodeup: { outcome: NodeupOutcome; error: string | null; warnings: string[] }
  files: InstalledFile[]
  /** Archives whose contents were inferred from their file name (custom URLs) or are unknown. */
  notes: string[]
}

export interface PlanResult {
  schemaVersion: 1
  kopsVersion: string
  clusters: {
    name: string | null
    file: string
    kubernetesVersion: string | null
    /** Where `kops update cluster` stops for this cluster (every group and arch is then `rejected`); null when it does not. */
    stoppedAt: StopStage | null
    instanceGroups: { name: string | null; role: string; architectures: Partial<Record<Arch, PlanArch>> }[]
  }[]
  problems: { file: string; line: number; column: number; message: string }[]
}
