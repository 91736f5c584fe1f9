// Version parsing and ordering for kOps and Kubernetes versions, and tag-range gates.
import semver from 'semver'
import type { K8sRange } from './data/types.js'

/** Normalises `v1.29.0`, `"1.29.0"`, ` 1.29.0-beta.1 ` to `1.29.0` / `1.29.0-beta.1`; null when not a full version. */
export function normaliseVersion(raw: string): string | null {
  const s = raw.trim().replace(/^["']|["']$/g, '').replace(/^v/i, '')
  const v = semver.valid(s)
  return v
}

const compared = new Map<string, number>()

/** kOps release order: semver order, prereleases before their final. Memoised: the same few tags are compared millions of times. */
export function compareVersions(a: string, b: string): number {
  const key = a + ' ' + b
  let r = compared.get(key)
  if (r === undefined) {
    r = semver.compare(a, b)
    compared.set(key, r)
  }
  return r
}

/**
 * A set of kOps tags given as half-open intervals [from, to) in kOps version order.
 * kOps prereleases of minor N+1 are cut from main while patches of N come from a release
 * branch, so a change can reach `1.33.0-alpha.1` before `1.32.3` or never reach 1.32 at all:
 * gates list every interval explicitly instead of a single "since" version.
 */
export type TagRanges = readonly (readonly [from: string, to?: string])[]

export function inTagRanges(version: string, ranges: TagRanges): boolean {
  return ranges.some(([from, to]) => compareVersions(version, from) >= 0 && (to === undefined || compareVersions(version, to) < 0))
}

/** Kubernetes comparisons ignore prerelease and build tags, as kOps's IsKubernetesGTE does. */
const cores = new Map<string, string>()

export function k8sCore(version: string): string {
  let core = cores.get(version)
  if (core === undefined) {
    core = semver.coerce(version)?.version ?? '0.0.0'
    cores.set(version, core)
  }
  return core
}

export function k8sGte(version: string, than: string): boolean {
  return compareVersions(k8sCore(version), k8sCore(than)) >= 0
}

export function k8sInRange(version: string, r: K8sRange): boolean {
  const v = k8sCore(version)
  return (r.from === undefined || compareVersions(v, k8sCore(r.from)) >= 0) && (r.to === undefined || compareVersions(v, k8sCore(r.to)) < 0)
}

/** True when the version lies in any of the ranges; an empty list matches every version. */
export function k8sInRanges(version: string, ranges: readonly K8sRange[]): boolean {
  return ranges.length === 0 || ranges.some((r) => k8sInRange(version, r))
}

export function minorOf(version: string): number {
  return semver.minor(k8sCore(version))
}
