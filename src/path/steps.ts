// The order of an upgrade path, as kOps's upgrade guidance has it: kOps one minor at a time (to the newest patch of
// each minor), Kubernetes one minor at a time (to the stable channel's recommended patch), every step inside the
// Kubernetes window of the kOps release it runs with (releases/data/kubernetes-window.ts): Kubernetes is raised
// before a kOps minor whose oldest supported version it is below, and follows each kOps minor up to the target.
import semver from 'semver'
import { RELEASE_VERSIONS } from '../releases/catalog.js'
import { KUBERNETES_WINDOW } from '../releases/data/kubernetes-window.js'
import { STABLE_KUBERNETES } from '../releases/data/stable-channel.js'
import { maybeRowFor } from '../releases/rows.js'
import { compareVersions, k8sCore } from '../releases/version.js'

export interface PlannedStep {
  kind: 'kops' | 'kubernetes'
  kops: { from: string; to: string }
  kubernetes: { from: string; to: string }
  /** Why this step is here, e.g. `kOps 1.29 supports Kubernetes 1.24 and later`. */
  reason: string
}

export class PathError extends Error {}

const minorKey = (v: string) => `${semver.major(v)}.${semver.minor(v)}`

/** The newest final release of a kOps minor (or null when kOps has none yet). */
export function newestPatch(minor: string): string | null {
  return [...RELEASE_VERSIONS].reverse().find((v) => minorKey(v) === minor && semver.prerelease(v) === null) ?? null
}

/** The Kubernetes version the stable channel recommends for a minor; `<minor>.0` where the channel has none. */
export function recommendedKubernetes(minor: string): string {
  return STABLE_KUBERNETES.find((r) => r.minor === minor)?.recommended ?? `${minor}.0`
}

function nextMinor(v: string): string {
  return `${semver.major(v)}.${semver.minor(v) + 1}`
}

function oldestSupported(kops: string): string | null {
  return maybeRowFor(KUBERNETES_WINDOW, kops)?.oldestSupported ?? null
}

/**
 * The steps from (kOps `kops`, Kubernetes `k8s`) to kOps `to` and Kubernetes minor `k8sTo` (default: the target kOps
 * minor). Throws PathError for a target below the start.
 */
export function planSteps(kops: string, k8s: string, to: string, k8sTo: string | null): PlannedStep[] {
  if (compareVersions(to, kops) < 0) throw new PathError(`the target kOps ${to} is older than the pinned kOps ${kops}; kOps does not support downgrades`)
  const k8sTarget = k8sTo ?? minorKey(to)
  if (semver.lt(`${k8sTarget}.0`, `${minorKey(k8sCore(k8s))}.0`))
    throw new PathError(`the target Kubernetes ${k8sTarget} is older than the cluster's Kubernetes ${k8s}; Kubernetes does not support downgrades`)
  if (semver.gt(`${k8sTarget}.0`, `${minorKey(to)}.0`)) throw new PathError(`kOps ${to} does not support Kubernetes ${k8sTarget}: pick a kOps target of ${k8sTarget} or later`)
  const steps: PlannedStep[] = []
  let K = kops
  let V = k8s
  const raiseKubernetes = (reason: string) => {
    const next = recommendedKubernetes(nextMinor(k8sCore(V)))
    steps.push({ kind: 'kubernetes', kops: { from: K, to: K }, kubernetes: { from: V, to: next }, reason })
    V = next
  }
  const k8sMinor = () => minorKey(k8sCore(V))
  while (compareVersions(K, to) < 0) {
    const sameMinor = minorKey(K) === minorKey(to)
    const next = sameMinor || nextMinor(K) === minorKey(to) ? to : (newestPatch(nextMinor(K)) ?? to)
    const floor = oldestSupported(next)
    while (floor && semver.lt(k8sCore(V), floor)) {
      if (semver.gte(`${nextMinor(k8sCore(V))}.0`, `${nextMinor(K)}.0`))
        throw new PathError(`kOps ${next} needs Kubernetes ${floor} or later, which kOps ${K} cannot run; no path stays inside both windows`)
      raiseKubernetes(`kOps ${minorKey(next)} supports Kubernetes ${floor.replace(/\.0$/, '')} and later`)
    }
    steps.push({ kind: 'kops', kops: { from: K, to: next }, kubernetes: { from: V, to: V }, reason: sameMinor ? `newest patch of kOps ${minorKey(to)}` : `next kOps minor` })
    K = next
    if (semver.lt(`${k8sMinor()}.0`, `${k8sTarget}.0`) && semver.lt(`${k8sMinor()}.0`, `${minorKey(K)}.0`)) raiseKubernetes(`Kubernetes follows kOps ${minorKey(K)}`)
  }
  while (semver.lt(`${k8sMinor()}.0`, `${k8sTarget}.0`)) raiseKubernetes(`Kubernetes ${k8sTarget} is the target`)
  return steps
}
