// Inputs and results of one simulated instance group on one architecture under one kOps release.
import type { ClusterModel, InstanceGroupModel } from '../manifests/model.js'
import type { Arch, Located } from '../types.js'

/** An entry of the nodeup config's `Assets:` list. */
export interface PlannedAsset {
  /** What kOps component the asset serves, e.g. `kubelet`, `containerd`, `crictl`. */
  component: string
  /** Primary URL first, then fallbacks, as kOps writes `<hash>@<url1>,<url2>`. */
  urls: string[]
  hash: string | null
  /** The spec value that decided this asset's URL; null when kOps's defaults did (then the kOps pin is the place). */
  origin: Located<unknown> | null
}

export interface InstalledFile {
  path: string
  url: string
  member: string
}

export type NodeupOutcome = 'ok' | 'fail' | 'rejected'

export interface ArchResult {
  assets: PlannedAsset[]
  nodeup: {
    outcome: NodeupOutcome
    error: string | null
    warnings: string[]
  }
  files: InstalledFile[]
  /** For a failure: the spec value behind it (null → the kOps pin). */
  failureOrigin: Located<unknown> | null
  /** Which builder or cloudup step failed, e.g. `*model.CrictlBuilder`. */
  failedIn: string | null
  /** An archive's contents are unknown, so the nodeup outcome cannot be trusted. */
  uncertain: boolean
  /** Archives whose contents were inferred from their file name (custom URLs), or unknown. */
  archives: { url: string; family: string | null; version: string | null; byFileName: boolean; unpublished: boolean; origin: Located<unknown> | null }[]
}

export interface SimInput {
  kopsVersion: string
  cluster: ClusterModel
  ig: InstanceGroupModel
  arch: Arch
}
