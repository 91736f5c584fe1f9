// The pipeline for one side: pins → kOps release, manifests → clusters, and kOps's steps per cluster (applyCluster),
// which stop where `kops update cluster` stops.
import { readManifests, type ClusterGroup } from './manifests/group.js'
import { isUnresolved } from './manifests/templates.js'
import { extractPins } from './pins/index.js'
import { defaultPin, kopsForCluster, matrixBindings, resolutionOf } from './pins/scope.js'
import { normaliseVersion } from './releases/version.js'
import type { RepoFile } from './repo/side.js'
import type { ClusterEvaluation, KopsResolution, SideAnalysis } from './rules/rule.js'
import { applyCluster } from './simulate/cloudup/apply-cluster.js'
import type { Side } from './types.js'

export interface SideOptions {
  side: Side
  ref: string
  /** A version given on the command line or as an input; overrides every pin. */
  kopsVersion?: string | null
  /** The environment kOps would run in (KOPS_RUN_TOO_NEW_VERSION); defaults to this process's. */
  environment?: Record<string, string | undefined>
}

/** The side's default kOps version (for reports): the override, else the pin at the repository root (pins/scope.ts). */
export function resolveKops(pins: SideAnalysis['pins'], override: string | null | undefined): KopsResolution {
  return resolutionOf(defaultPin(pins), override)
}

/** The Kubernetes version a cluster runs: `1.28.5` from `v1.28.5`, or from a release URL. */
export function kubernetesVersionOf(raw: string): string | null {
  const direct = normaliseVersion(raw)
  if (direct) return direct
  const m = /\/v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)\/?$/.exec(raw.trim())
  return m ? normaliseVersion(m[1]) : null
}

function evaluate(group: ClusterGroup, kops: KopsResolution, templatedFiles: Set<string>, tooNewAllowed: boolean, shared: object): Omit<ClusterEvaluation, 'kops'> {
  const templated = group.files.some((f) => templatedFiles.has(f))
  const none = (reason: string | null): Omit<ClusterEvaluation, 'kops'> => ({
    group,
    k8sVersion: null,
    evaluated: 'none',
    reason,
    stoppedAt: null,
    refusal: null,
    window: null,
    igs: group.instanceGroups.map((ig) => ({ ig, results: {} })),
  })
  const cluster = group.cluster
  if (!cluster) return none('its instance groups have no Cluster document in the repository')
  const kv = cluster.kubernetesVersion
  if (!kv) return none('spec.kubernetesVersion is not set')
  if (isUnresolved(kv.value)) return none('spec.kubernetesVersion is a template expression or variable')
  const k8s = kubernetesVersionOf(kv.value)
  if (!k8s) return none(`spec.kubernetesVersion "${kv.value}" is not a version`)
  if (!kops.release || !kops.version) return { ...none(null), k8sVersion: k8s }
  const run = applyCluster({ release: kops.release, kopsVersion: kops.version, cluster, instanceGroups: group.instanceGroups, k8sVersion: k8s, pin: kops.pin, tooNewAllowed, shared })
  return {
    group,
    k8sVersion: k8s,
    evaluated: run.refusal ? 'stopped' : templated || run.partial ? 'partial' : 'full',
    reason: null,
    stoppedAt: run.refusal?.stage ?? null,
    refusal: run.refusal,
    window: run.window,
    igs: run.igs,
  }
}

export function analyzeSide(files: RepoFile[], opts: SideOptions): SideAnalysis {
  const pins = extractPins(files)
  const kops = resolveKops(pins, opts.kopsVersion)
  const manifests = readManifests(files, kops.version)
  const templated = new Set(manifests.problems.filter((p) => p.ruleId === 'manifest-not-evaluated').map((p) => p.file))
  // kOps skips its too-new Kubernetes check when the variable is set to anything (os.Getenv(…) != "").
  const tooNewAllowed = (opts.environment ?? process.env)['KOPS_RUN_TOO_NEW_VERSION'] ? true : false
  const matrix = matrixBindings(pins, files)
  // Clusters of this side that differ only in names, sizes and subnets share asset plans and nodeup runs.
  const shared = {}
  const clusters = manifests.groups.map((g) => {
    const own = kopsForCluster(pins, { name: g.cluster?.name?.value ?? null, file: g.file }, opts.kopsVersion, matrix)
    if (g.notEvaluable)
      return { group: g, k8sVersion: null, evaluated: 'none' as const, reason: g.notEvaluable, stoppedAt: null, refusal: null, window: null, igs: g.instanceGroups.map((ig) => ({ ig, results: {} })), kops: own }
    return { ...evaluate(g, own, templated, tooNewAllowed, shared), kops: own }
  })
  return { side: opts.side, ref: opts.ref, files, kops, pins, manifests, clusters }
}
