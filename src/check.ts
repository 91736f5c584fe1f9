// `check`: analyses base and head (or the head under two kOps releases) and assembles the result.
import { analyzeSide } from './analyze.js'
import { classify, rawFindings, summarise } from './findings/compare.js'
import { applySuppressions, type SuppressionConfigOption } from './findings/suppress.js'
import { attachFixes } from './fixes/index.js'
import { displayValue, isUnresolved } from './manifests/templates.js'
import type { CheckResult, ClusterEntry } from './result.js'
import type { RepoFile, SkippedFile } from './repo/side.js'
import type { SideAnalysis } from './rules/rule.js'
import { containerdDefaults } from './simulate/components/containerd.js'

export interface CheckInput {
  head: { ref: string; files: RepoFile[]; kopsVersion?: string | null; skipped?: SkippedFile[] }
  base?: { ref: string; files: RepoFile[]; kopsVersion?: string | null; skipped?: SkippedFile[] } | null
  /** Drift scan: simulate the head also under this release, as if the pin were bumped. */
  targetKopsVersion?: string | null
  /**
   * The suppression config, a repository-relative path read from the head side's files. When
   * `required`, a missing file is a config-invalid error. Null or absent: `.github/kops-preflight.yaml`
   * if the head has it.
   */
  config?: SuppressionConfigOption | null
  /** The current time, for suppression expiry; defaults to now. */
  now?: Date
}

function clusterEntries(side: SideAnalysis): ClusterEntry[] {
  return side.clusters.map((c) => {
    let containerdVersion: string | null = null
    if (c.group.cluster && c.k8sVersion && c.kops.release) {
      try {
        containerdVersion = containerdDefaults(c.kops.release, c.group.cluster, c.k8sVersion).version
        if (containerdVersion !== null && isUnresolved(containerdVersion)) containerdVersion = null
      } catch {
        containerdVersion = null
      }
    }
    return {
      side: side.side,
      name: c.group.cluster?.name?.value ?? null,
      file: c.group.file,
      kopsVersion: c.kops.version,
      kubernetesVersion: c.k8sVersion,
      containerdVersion,
      instanceGroups: c.group.instanceGroups.map((ig) => (ig.name ? displayValue(ig.name.value) : '(unnamed)')),
      evaluated: c.evaluated,
      stoppedAt: c.stoppedAt,
      ...(c.group.renderedBy ? { renderedBy: { file: c.group.renderedBy.file, line: c.group.renderedBy.pos.line } } : {}),
    }
  })
}

/** The side's files that were not read travel with its analysis, for file-not-checked. */
function withSkipped(side: SideAnalysis, skipped: SkippedFile[] | undefined): SideAnalysis {
  return skipped && skipped.length > 0 ? { ...side, skipped } : side
}

export function runCheck(input: CheckInput): { result: CheckResult; base: SideAnalysis | null; head: SideAnalysis } {
  if (input.targetKopsVersion) {
    const pinned = withSkipped(analyzeSide(input.head.files, { side: 'base', ref: input.head.ref, kopsVersion: input.head.kopsVersion }), input.head.skipped)
    const target = withSkipped(analyzeSide(input.head.files, { side: 'head', ref: input.head.ref, kopsVersion: input.targetKopsVersion }), input.head.skipped)
    const { findings, suppressed } = applySuppressions({
      findings: classify(pinned, target),
      head: input.head.files,
      base: { files: input.head.files, findings: rawFindings(pinned, pinned, target, 'side') },
      config: input.config,
      now: input.now,
    })
    return {
      base: pinned,
      head: target,
      result: {
        schemaVersion: 1,
        mode: 'drift',
        base: null,
        head: { ref: input.head.ref, kopsVersion: pinned.kops.version },
        target: { kopsVersion: target.kops.version },
        findings: attachFixes(findings, input.head.files),
        clusters: [...clusterEntries(pinned), ...clusterEntries(target)],
        summary: { ...summarise(findings), suppressed: suppressed.length },
        suppressed,
      },
    }
  }
  const base = input.base ? withSkipped(analyzeSide(input.base.files, { side: 'base', ref: input.base.ref, kopsVersion: input.base.kopsVersion }), input.base.skipped) : null
  const head = withSkipped(analyzeSide(input.head.files, { side: 'head', ref: input.head.ref, kopsVersion: input.head.kopsVersion }), input.head.skipped)
  const { findings, suppressed } = applySuppressions({
    findings: classify(base, head),
    head: input.head.files,
    base: base && input.base ? { files: input.base.files, findings: rawFindings(base, base, head, 'side') } : null,
    config: input.config,
    now: input.now,
  })
  return {
    base,
    head,
    result: {
      schemaVersion: 1,
      mode: base ? 'pull-request' : 'snapshot',
      base: base ? { ref: base.ref, kopsVersion: base.kops.version } : null,
      head: { ref: head.ref, kopsVersion: head.kops.version },
      target: null,
      findings: attachFixes(findings, input.head.files),
      clusters: [...(base ? clusterEntries(base) : []), ...clusterEntries(head)],
      summary: { ...summarise(findings), suppressed: suppressed.length },
      suppressed,
    },
  }
}
