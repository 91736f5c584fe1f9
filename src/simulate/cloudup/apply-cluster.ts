// Mirrors the order of kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go ApplyClusterCmd.Run, the same at every
// modelled tag, v1.26.0-alpha.1 … v1.37.0-alpha.1 (read at v1.26.0, v1.29.0, v1.32.0 and v1.36.2; the call order
// checked at every tag):
//   1. upgradeSpecs: PopulateClusterSpec (populate_cluster_spec.go: input validation, option builders, completed-spec
//      validation), then PopulateInstanceGroupSpec for every group (populate_instancegroup_spec.go: input validation).
//   2. validateKopsVersion: the channel's kOps requirement (read from the network; not simulated).
//   3. validateKubernetesVersion: the release's Kubernetes window; only too new and too old refuse.
//   4. validation.DeepValidate (pkg/apis/kops/validation/legacy.go): the cluster again (strict), then
//      CrossValidateInstanceGroup per group (strict); the first group with errors refuses, its errors aggregated.
//   5. the asset plan for every architecture of architectures.GetSupported() (amd64, then arm64), whatever the groups
//      run: ApplyClusterCmd.addFileAssets (1.26.0-alpha.1 … 1.29.x), pkg/nodemodel FileAssets.AddFileAssets (1.30.0-alpha.1
//      … 1.31.0-alpha.1), pkg/nodemodel BuildKubernetesFileAssets per group while the nodeup configs are built
//      (1.31.0-beta.1 …). Each loops over the architectures outermost; a failure on either refuses the update.
//   6. the nodeup configs; nodeup then runs on each group's machines with its architecture's assets.
// The first step that returns an error ends `kops update cluster`: later steps never run.
// Instance groups come from the state store sorted by name (vfsclientset commonVFS.listNames sorts them).
import semver from 'semver'
import type { ClusterModel, InstanceGroupModel } from '../../manifests/model.js'
import { KUBERNETES_WINDOW } from '../../releases/data/kubernetes-window.js'
import { maybeRowFor } from '../../releases/rows.js'
import { k8sCore } from '../../releases/version.js'
import { ARCHES, type Arch, type Located } from '../../types.js'
import { CloudupError } from '../errors.js'
import { planAssets, rejectedResult, runNodeup, type SimulationRequest } from '../index.js'
import { planAssetsShared, runNodeupShared } from '../shared.js'
import type { ArchResult, PlannedAsset } from '../types.js'
import { validateCluster, renderAggregate, type IgFieldError } from '../validation/index.js'
import { knownErrors, populateClusterSpec } from './populate-cluster-spec.js'

export type StopStage = 'validation' | 'options' | 'version' | 'assets'

/** The step at which `kops update cluster` refuses the cluster, with kOps's own error. */
export interface Refusal {
  stage: StopStage
  /** kOps's error as `kops update cluster` prints it. */
  error: string
  /** A validation refusal's field errors (kOps prints them together as `error`), each where the user wrote it. */
  fieldErrors: IgFieldError[]
  /** The spec value behind an options, version or assets refusal; null when kOps's defaults are behind it. */
  origin: Located<unknown> | null
  /** The architecture whose asset plan failed. */
  arch: Arch | null
  /** The kOps source, `kubernetes/kops:<path>`. */
  source: string
}

/** validateKubernetesVersion's verdict on the cluster's Kubernetes version. */
export interface KubernetesWindow {
  /** `tooNewBypassed`: too new, but KOPS_RUN_TOO_NEW_VERSION is set, so kOps prints its notice and carries on. */
  check: 'ok' | 'tooNew' | 'tooNewBypassed' | 'tooOld' | 'deprecated'
  /** The first version kOps refuses as too new: `<kOps major>.<kOps minor + 1>.0`. */
  limit: string
  oldestSupported: string
  oldestRecommended: string
}

export interface ClusterRun {
  refusal: Refusal | null
  /** The window verdict; null when kOps stopped before the check or the release has no window data. */
  window: KubernetesWindow | null
  /** Per instance group, the results of the architectures simulated (none when the group was not reached). */
  igs: { ig: InstanceGroupModel; results: Partial<Record<Arch, ArchResult>> }[]
  /** A step read a template expression or variable, so the results are incomplete. */
  partial: boolean
}

export interface ClusterRequest {
  release: string
  kopsVersion: string
  cluster: ClusterModel
  instanceGroups: InstanceGroupModel[]
  /** Kubernetes version, normalised (no `v`). */
  k8sVersion: string
  pin: Located<unknown> | null
  /** KOPS_RUN_TOO_NEW_VERSION is set where kOps runs: a too-new Kubernetes version does not stop it. */
  tooNewAllowed?: boolean
  /**
   * The scope (one analysed side) within which clusters equal apart from names, sizes and subnets share their asset
   * plans and nodeup runs (simulate/shared.ts); without it every cluster computes its own.
   */
  shared?: object
}

const APPLY_CLUSTER = 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go'
const POPULATE_IG = 'kubernetes/kops:upup/pkg/fi/cloudup/populate_instancegroup_spec.go'
const LEGACY = 'kubernetes/kops:pkg/apis/kops/validation/legacy.go'

/**
 * What the asset plan and nodeup read, as dotted document paths: a template expression or variable at one of them
 * (or inside it) leaves the plan unknown. `exact` paths count only when the whole value is the placeholder.
 */
const CLUSTER_ASSET_INPUTS = {
  within: [
    'spec.kubernetesVersion', 'spec.containerRuntime', 'spec.containerd.version', 'spec.containerd.packages', 'spec.containerd.runc',
    'spec.containerd.skipInstall', 'spec.containerd.installCriCtl', 'spec.containerd.installNerdCtl', 'spec.docker.version',
    'spec.docker.skipInstall', 'spec.assets.fileRepository', 'spec.cloudProvider.aws.binariesLocation',
    'spec.cloudProvider.gce.binariesLocation', 'spec.topology.dns.type', 'spec.networking.topology.dns',
  ],
  exact: ['spec', 'spec.containerd', 'spec.docker', 'spec.assets', 'spec.cloudProvider', 'spec.cloudProvider.aws', 'spec.cloudProvider.gce', 'spec.networking'],
}
const IG_NODEUP_INPUTS = {
  within: ['spec.role', 'spec.image', 'spec.containerd.version', 'spec.containerd.packages', 'spec.containerd.runc', 'spec.containerd.skipInstall', 'spec.containerd.installCriCtl', 'spec.containerd.installNerdCtl'],
  exact: ['spec', 'spec.containerd'],
}

function readsPlaceholder(doc: { unresolvedScalars(): Located<string>[] }, inputs: { within: string[]; exact: string[] }): boolean {
  return doc.unresolvedScalars().some(({ path }) => inputs.exact.includes(path) || inputs.within.some((q) => path === q || path.startsWith(q + '.')))
}

/**
 * ApplyClusterCmd.validateKubernetesVersion: too new (refuses unless KOPS_RUN_TOO_NEW_VERSION is set), too old (refuses),
 * deprecated (a warning only). The channel's recommendations that follow need the network and are not simulated.
 */
export function validateKubernetesVersion(release: string, k8sVersion: string, tooNewAllowed = false): KubernetesWindow | null {
  const row = maybeRowFor(KUBERNETES_WINDOW, release)
  if (!row) return null
  const limit = `${semver.major(release)}.${semver.minor(release) + 1}.0`
  const v = k8sCore(k8sVersion)
  const window = { limit, oldestSupported: row.oldestSupported, oldestRecommended: row.oldestRecommended }
  // The too-new check carries on when bypassed, so the too-old and deprecated checks still run after it.
  const tooNew = semver.gte(v, limit)
  if (tooNew && !tooNewAllowed) return { check: 'tooNew', ...window }
  if (semver.lt(v, k8sCore(row.oldestSupported))) return { check: 'tooOld', ...window }
  if (semver.lt(v, k8sCore(row.oldestRecommended))) return { check: 'deprecated', ...window }
  return { check: tooNew ? 'tooNewBypassed' : 'ok', ...window }
}

const WINDOW_ERRORS = { tooNew: 'kops upgrade is required', tooOld: 'kubernetes upgrade is required' } as const

function byName(igs: InstanceGroupModel[]): InstanceGroupModel[] {
  return [...igs].sort((a, b) => {
    const x = a.name?.value ?? ''
    const y = b.name?.value ?? ''
    return x < y ? -1 : x > y ? 1 : 0
  })
}

/**
 * The first group (in kOps's order) whose validation errors kOps would report, and those errors; `withCross` adds
 * CrossValidateInstanceGroup's own checks (DeepValidate) to ValidateInstanceGroup's (PopulateInstanceGroupSpec).
 */
function firstGroupErrors(errors: IgFieldError[], groups: InstanceGroupModel[], withCross: boolean): { errors: IgFieldError[]; unknown: boolean } {
  let unknown = false
  for (const ig of groups) {
    const all = errors.filter((e) => e.instanceGroup !== null && e.instanceGroup === (ig.name?.value ?? null) && (withCross || !e.cross))
    const known = knownErrors(all)
    if (known.length < all.length) unknown = true
    if (known.length) return { errors: known, unknown }
  }
  return { errors: [], unknown }
}

/** Instance groups that plan and run nodeup identically share one simulation: same role, image and group-level containerd. */
function simulationKey(ig: InstanceGroupModel): string {
  return JSON.stringify([ig.role, ig.image?.value ?? null, ig.containerd.at ? ig.doc.node(['spec', 'containerd'])?.toString() : null])
}

/** Runs kOps's steps for one cluster on one side, stopping where kOps stops. */
export function applyCluster(req: ClusterRequest): ClusterRun {
  const { release, cluster, k8sVersion } = req
  const groups = byName(req.instanceGroups)
  const ctx = { release, k8sVersion, cluster, instanceGroups: groups }
  // Where the simulation ends early: after a refusal every group and arch is rejected with kOps's text; after a step
  // that reads a placeholder, nothing later is known.
  const end = (refusal: Refusal | null, window: KubernetesWindow | null, partial: boolean): ClusterRun => ({
    refusal,
    window,
    partial,
    igs: req.instanceGroups.map((ig) => ({ ig, results: refusal ? Object.fromEntries(ARCHES.map((a) => [a, rejectedResult(refusal.error, refusal.origin)])) : {} })),
  })

  const errors = new Map<boolean, IgFieldError[]>()
  const validate = (strict: boolean): IgFieldError[] => {
    if (!errors.has(strict)) errors.set(strict, validateCluster({ ...ctx, strict }))
    return errors.get(strict)!
  }

  // 1. upgradeSpecs
  const populated = populateClusterSpec(ctx, validate)
  let partial = populated.unknown
  if (populated.refusal) return end(populated.refusal, null, partial)
  const input = firstGroupErrors(validate(false), groups, false)
  partial ||= input.unknown
  if (input.errors.length)
    return end({ stage: 'validation', error: `failed validating input specs: ${renderAggregate(input.errors)}`, fieldErrors: input.errors, origin: null, arch: null, source: POPULATE_IG }, null, partial)

  // 2. validateKopsVersion reads the channel from the network: not simulated.
  // 3. validateKubernetesVersion
  const window = validateKubernetesVersion(release, k8sVersion, req.tooNewAllowed === true)
  if (window && (window.check === 'tooNew' || window.check === 'tooOld'))
    return end({ stage: 'version', error: WINDOW_ERRORS[window.check], fieldErrors: [], origin: cluster.kubernetesVersion, arch: null, source: APPLY_CLUSTER }, window, partial)

  // 4. DeepValidate: the cluster passed strict validation in PopulateClusterSpec already; then per group
  // CrossValidateInstanceGroup, which runs ValidateInstanceGroup strictly and adds its checks against the cluster.
  const deep = firstGroupErrors(validate(true), groups, true)
  partial ||= deep.unknown
  if (deep.errors.length) return end({ stage: 'validation', error: renderAggregate(deep.errors), fieldErrors: deep.errors, origin: null, arch: null, source: LEGACY }, window, partial)

  // 5. The asset plan, every architecture, for every group (one simulation per distinct group).
  if (readsPlaceholder(cluster.doc, CLUSTER_ASSET_INPUTS)) return end(null, window, true)
  const requestFor = (ig: InstanceGroupModel, arch: Arch): SimulationRequest => ({ release, kopsVersion: req.kopsVersion, cluster, ig, arch, k8sVersion, pin: req.pin })
  const scope = req.shared
  const planned = scope ? (r: SimulationRequest) => planAssetsShared(scope, r) : planAssets
  const nodeup = scope ? (r: SimulationRequest, assets: PlannedAsset[]) => runNodeupShared(scope, r, assets) : runNodeup
  const keys = new Map<string, InstanceGroupModel>()
  for (const ig of groups) if (!keys.has(simulationKey(ig))) keys.set(simulationKey(ig), ig)
  const plans = new Map<string, Partial<Record<Arch, PlannedAsset[]>>>()
  for (const arch of ARCHES)
    for (const [key, ig] of keys) {
      try {
        const plan = plans.get(key) ?? {}
        plan[arch] = planned(requestFor(ig, arch))
        plans.set(key, plan)
      } catch (e) {
        if (!(e instanceof CloudupError)) throw e
        return end({ stage: 'assets', error: e.message, fieldErrors: [], origin: e.origin, arch, source: APPLY_CLUSTER }, window, partial)
      }
    }

  // 6. nodeup on each group's machines.
  const runs = new Map<string, Partial<Record<Arch, ArchResult>>>()
  const igs = req.instanceGroups.map((ig) => {
    if (readsPlaceholder(ig.doc, IG_NODEUP_INPUTS)) {
      partial = true
      return { ig, results: {} }
    }
    const key = simulationKey(ig)
    let results = runs.get(key)
    if (!results) {
      results = {}
      for (const arch of ARCHES) results[arch] = nodeup(requestFor(ig, arch), plans.get(key)?.[arch] ?? [])
      runs.set(key, results)
    }
    return { ig, results }
  })
  return { refusal: null, window, igs, partial }
}

/** kOps's steps in order, nodeup last: a finding of a step after the one where kOps stops was never reached. */
export const STEPS = ['validation', 'options', 'version', 'assets', 'nodeup'] as const
export type Step = (typeof STEPS)[number]

/** Whether kOps reaches `step` for a cluster that stopped at `stoppedAt` (null: it did not stop). */
export function reaches(stoppedAt: StopStage | null, step: Step): boolean {
  return stoppedAt === null || STEPS.indexOf(step) <= STEPS.indexOf(stoppedAt)
}
