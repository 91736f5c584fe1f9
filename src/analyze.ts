// The pipeline for one side: pins → kOps release, manifests → clusters, and a simulation per instance group and arch.
import { readManifests, type ClusterGroup } from './manifests/group.js'
import { isUnresolved } from './manifests/templates.js'
import { extractPins } from './pins/index.js'
import { resolveVersion } from './releases/catalog.js'
import { normaliseVersion } from './releases/version.js'
import type { RepoFile } from './repo/side.js'
import type { ClusterEvaluation, KopsResolution, SideAnalysis } from './rules/rule.js'
import type { simulate } from './simulate/index.js'
import { simulateShared } from './simulate/shared.js'
import type { Arch, Side } from './types.js'

export interface SideOptions {
  side: Side
  ref: string
  /** A version given on the command line or as an input; overrides every pin. */
  kopsVersion?: string | null
}

export function resolveKops(pins: SideAnalysis['pins'], override: string | null | undefined): KopsResolution {
  if (override) return { ...resolveVersion(override), source: 'input', pin: null }
  const pin = pins.find((p) => p.version !== null)
  if (!pin) return { version: null, release: null, status: 'missing', source: 'none', pin: null }
  return { ...resolveVersion(pin.raw), source: 'pin', pin: { value: pin.raw, file: pin.file, pos: pin.pos, path: pin.source } }
}

/** The Kubernetes version a cluster runs: `1.28.5` from `v1.28.5`, or from a release URL. */
export function kubernetesVersionOf(raw: string): string | null {
  const direct = normaliseVersion(raw)
  if (direct) return direct
  const m = /\/v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)\/?$/.exec(raw.trim())
  return m ? normaliseVersion(m[1]) : null
}

function evaluate(group: ClusterGroup, kops: KopsResolution, templatedFiles: Set<string>): ClusterEvaluation {
  const partial = group.files.some((f) => templatedFiles.has(f))
  const none = (reason: string | null): ClusterEvaluation => ({ group, k8sVersion: null, evaluated: 'none', reason, igs: group.instanceGroups.map((ig) => ({ ig, results: {} })) })
  const cluster = group.cluster
  if (!cluster) return none('its instance groups have no Cluster document in the repository')
  const kv = cluster.kubernetesVersion
  if (!kv) return none('spec.kubernetesVersion is not set')
  if (isUnresolved(kv.value)) return none('spec.kubernetesVersion is a template expression or variable')
  const k8s = kubernetesVersionOf(kv.value)
  if (!k8s) return none(`spec.kubernetesVersion "${kv.value}" is not a version`)
  if (!kops.release || !kops.version) return { ...none(null), k8sVersion: k8s }
  const release = kops.release
  const version = kops.version
  // Instance groups that differ only in size, subnets or machine type plan and run nodeup identically:
  // simulate each distinct (role, image, group-level containerd) once.
  const memo = new Map<string, Partial<Record<Arch, ReturnType<typeof simulate>>>>()
  const igs = group.instanceGroups.map((ig) => {
    const c = ig.containerd
    const key = JSON.stringify([ig.role, ig.image?.value ?? null, c.at ? ig.doc.node(['spec', 'containerd'])?.toString() : null])
    let results = memo.get(key)
    if (!results) {
      results = {}
      for (const arch of ['amd64', 'arm64'] as const) results[arch] = simulateShared(kops, { release, kopsVersion: version, cluster, ig, arch, k8sVersion: k8s, pin: kops.pin })
      memo.set(key, results)
    }
    return { ig, results }
  })
  return { group, k8sVersion: k8s, evaluated: partial ? 'partial' : 'full', reason: null, igs }
}

export function analyzeSide(files: RepoFile[], opts: SideOptions): SideAnalysis {
  const pins = extractPins(files)
  const kops = resolveKops(pins, opts.kopsVersion)
  const manifests = readManifests(files)
  const templated = new Set(manifests.problems.filter((p) => p.ruleId === 'manifest-not-evaluated').map((p) => p.file))
  const clusters = manifests.groups.map((g) => evaluate(g, kops, templated))
  return { side: opts.side, ref: opts.ref, files, kops, pins, manifests, clusters }
}
