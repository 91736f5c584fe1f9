// `kops-preflight path`: for each cluster, the ordered upgrade steps from its pinned kOps and Kubernetes to the target
// (steps.ts), each proven by the full check of the spec as it will be at that step: refusals, version window, asset
// plan, nodeup and hazards. Mechanical fixes are applied to the simulated spec and listed; what is not mechanical
// blocks the step, with its findings.
import { runCheck } from '../check.js'
import { analyzeSide, kubernetesVersionOf } from '../analyze.js'
import { applyEdits, type Fix } from '../fixes/index.js'
import { latestRelease, resolveVersion } from '../releases/catalog.js'
import type { RepoFile } from '../repo/side.js'
import type { Finding } from '../types.js'
import { PathError, planSteps, type PlannedStep } from './steps.js'

export { PathError } from './steps.js'

export interface PathChange {
  ruleId: string
  /** The finding's message: what the release refuses or breaks. */
  description: string
  file: string
  line: number
  /** The mechanical fix, when there is one; it is applied to the simulated spec of this and later steps. */
  fix?: Fix
}

export interface PathStep {
  kind: PlannedStep['kind']
  kopsVersion: { from: string; to: string }
  kubernetesVersion: { from: string; to: string }
  containerdVersion: { from: string | null; to: string | null }
  reason: string
  /** Spec changes the step needs: errors first (each with its fix when mechanical). */
  changes: PathChange[]
  /** The findings of the step's check after the mechanical fixes, new or standing, for this cluster. */
  findings: Finding[]
  /** An error remains after the mechanical fixes: the step cannot be taken as planned. */
  blocked: boolean
}

export interface ClusterPath {
  name: string | null
  file: string
  from: { kopsVersion: string; kubernetesVersion: string }
  to: { kopsVersion: string; kubernetesVersion: string }
  steps: PathStep[]
  /** Why no path could be planned for this cluster, when none was. */
  error: string | null
}

export interface PathResult {
  schemaVersion: 1
  target: { kopsVersion: string; kubernetesVersion: string | null }
  clusters: ClusterPath[]
}

export interface PathOptions {
  /** `latest` or a version; default latest. */
  to?: string | null
  /** Target Kubernetes minor or version; default: the target kOps minor. */
  kubernetesTo?: string | null
  /** Overrides the pinned kOps version. */
  kopsVersion?: string | null
}

function setKubernetesVersion(files: RepoFile[], file: string, at: { line: number; column: number; endLine: number; endColumn: number }, raw: string, to: string): RepoFile[] {
  const quote = /^["']/.test(raw) ? raw[0] : ''
  const v = raw.replace(/^["']|["']$/g, '').startsWith('v') ? `v${to}` : to
  return files.map((f) => (f.path === file ? { ...f, text: applyEdits(f.text, [{ file, ...at, replacement: `${quote}${v}${quote}` }]) } : f))
}

function ofCluster(f: Finding, name: string | null, file: string): boolean {
  return name !== null ? f.cluster === name : f.file === file
}

function applyFixes(files: RepoFile[], fixes: Fix[]): RepoFile[] {
  const byFile = new Map<string, Fix['edits']>()
  const seen = new Set<string>()
  for (const fix of fixes)
    for (const e of fix.edits) {
      const k = JSON.stringify(e)
      if (seen.has(k)) continue
      seen.add(k)
      byFile.set(e.file, [...(byFile.get(e.file) ?? []), e])
    }
  return files.map((f) => (byFile.has(f.path) ? { ...f, text: applyEdits(f.text, byFile.get(f.path)!) } : f))
}

export function planPath(files: RepoFile[], opts: PathOptions = {}): PathResult {
  const target = opts.to && opts.to !== 'latest' ? resolveVersion(opts.to) : { version: latestRelease(), release: latestRelease(), status: 'known' as const }
  if (!target.version || !target.release || target.status === 'invalid' || target.status === 'unsupported')
    throw new PathError(`--to '${opts.to}' is not a kOps release kops-preflight knows`)
  const k8sTo = opts.kubernetesTo ? (/^v?\d+\.\d+$/.test(opts.kubernetesTo) ? opts.kubernetesTo.replace(/^v/, '') : (kubernetesVersionOf(opts.kubernetesTo)?.replace(/^(\d+\.\d+).*/, '$1') ?? null)) : null
  if (opts.kubernetesTo && !k8sTo) throw new PathError(`--kubernetes-to '${opts.kubernetesTo}' is not a Kubernetes version`)
  const side = analyzeSide(files, { side: 'head', ref: 'WORKTREE', kopsVersion: opts.kopsVersion ?? null })
  const clusters: ClusterPath[] = []
  for (const c of side.clusters) {
    const cluster = c.group.cluster
    const name = cluster?.name?.value ?? null
    const base: ClusterPath = { name, file: c.group.file, from: { kopsVersion: side.kops.version ?? '', kubernetesVersion: c.k8sVersion ?? '' }, to: { kopsVersion: target.version, kubernetesVersion: '' }, steps: [], error: null }
    const kv = cluster?.kubernetesVersion
    if (!side.kops.version) {
      clusters.push({ ...base, error: 'no kOps version is pinned; pin one or pass --kops-version' })
      continue
    }
    if (!cluster || !kv || !c.k8sVersion) {
      clusters.push({ ...base, error: c.reason ?? 'spec.kubernetesVersion is not a version' })
      continue
    }
    let planned: PlannedStep[]
    try {
      planned = planSteps(side.kops.version, c.k8sVersion, target.version, k8sTo)
    } catch (e) {
      if (!(e instanceof PathError)) throw e
      throw new PathError(`${name ?? c.group.file}: ${e.message}`)
    }
    let current = files
    let currentKops = side.kops.version
    const steps: PathStep[] = []
    for (const p of planned) {
      // The kubernetesVersion value keeps its place through the steps: only its text changes, and fixes never touch it.
      const raw = current.find((f) => f.path === kv.file)!.text.split('\n')[kv.pos.line - 1].slice(kv.pos.column - 1)
      const valueText = raw.match(/^("[^"]*"|'[^']*'|[^\s#]+)/)?.[1] ?? kv.value
      const at = { line: kv.pos.line, column: kv.pos.column, endLine: kv.pos.line, endColumn: kv.pos.column + valueText.length }
      const next = p.kind === 'kubernetes' ? setKubernetesVersion(current, kv.file, at, valueText, p.kubernetes.to) : current
      const check = (head: RepoFile[]) =>
        runCheck({ base: { ref: 'step-from', files: current, kopsVersion: currentKops }, head: { ref: 'step-to', files: head, kopsVersion: p.kops.to }, config: null }).result
      const first = check(next)
      const open = first.findings.filter((f) => f.status !== 'fixed' && ofCluster(f, name, c.group.file))
      const fixes = open.filter((f) => f.fix && f.severity === 'error').map((f) => f.fix!)
      const fixed = fixes.length > 0 ? applyFixes(next, fixes) : next
      const after = fixes.length > 0 ? check(fixed) : first
      const left = after.findings.filter((f) => f.status !== 'fixed' && ofCluster(f, name, c.group.file))
      const changes: PathChange[] = []
      const seen = new Set<string>()
      for (const f of open.filter((x) => x.severity === 'error')) {
        const k = `${f.ruleId}\u0000${f.file}\u0000${f.line}\u0000${f.subject}`
        if (seen.has(k)) continue
        seen.add(k)
        changes.push({ ruleId: f.ruleId, description: f.message, file: f.file, line: f.line, ...(f.fix ? { fix: f.fix } : {}) })
      }
      const containerd = (r: typeof first, s: 'base' | 'head') => r.clusters.find((e) => e.side === s && e.file === c.group.file && e.name === name)?.containerdVersion ?? null
      steps.push({
        kind: p.kind,
        kopsVersion: p.kops,
        kubernetesVersion: p.kubernetes,
        containerdVersion: { from: containerd(first, 'base'), to: containerd(after, 'head') },
        reason: p.reason,
        changes,
        findings: left,
        blocked: left.some((f) => f.severity === 'error'),
      })
      current = fixed
      currentKops = p.kops.to
    }
    const last = steps[steps.length - 1]
    clusters.push({ ...base, to: { kopsVersion: last?.kopsVersion.to ?? base.from.kopsVersion, kubernetesVersion: last?.kubernetesVersion.to ?? c.k8sVersion }, steps })
  }
  return { schemaVersion: 1, target: { kopsVersion: target.version, kubernetesVersion: k8sTo }, clusters }
}
