// `plan`: the simulated nodeup config assets and nodeup outcome per instance group and arch, for one kOps version.
import { analyzeSide } from './analyze.js'
import { displayValue } from './manifests/templates.js'
import { ruleById } from './rules/index.js'
import { formatMessage } from './rules/rule.js'
import type { PlanArch, PlanResult } from './result.js'
import type { RepoFile } from './repo/side.js'
import type { ArchResult } from './simulate/types.js'
import type { Arch } from './types.js'

function planArch(r: ArchResult): PlanArch {
  const notes = r.archives.flatMap((a) => {
    const name = a.url.slice(a.url.lastIndexOf('/') + 1)
    if (a.family === null) return [`contents of ${name} are unknown; nodeup lookups in it were not simulated`]
    const out: string[] = []
    if (a.byFileName) out.push(`contents of ${a.url} inferred from its file name (${a.family} ${a.version})`)
    if (a.unpublished) out.push(`${name} was never published upstream`)
    return out
  })
  return {
    assets: r.assets.map((a) => ({ urls: a.urls, hash: a.hash })),
    nodeup: r.nodeup,
    files: r.files,
    notes,
  }
}

export function runPlan(files: RepoFile[], kopsVersion: string, arches: Arch[]): PlanResult {
  const side = analyzeSide(files, { side: 'head', ref: 'FILES', kopsVersion })
  // The manifest rules own the wording of these problems.
  const problems: PlanResult['problems'] = side.manifests.problems.map((p) => {
    const template = ruleById(p.ruleId)?.messages[p.messageId] ?? p.messageId
    return { file: p.file, line: p.pos.line, column: p.pos.column, message: formatMessage(template, p.data) }
  })
  if (side.kops.status !== 'known' && side.kops.status !== 'missing') {
    const why = side.kops.release ? `simulated as kOps ${side.kops.release}` : 'nothing simulated'
    problems.push({ file: '', line: 1, column: 1, message: `kOps ${side.kops.version ?? kopsVersion} is not a known kOps release (${side.kops.status}); ${why}` })
  }
  for (const c of side.clusters)
    if (c.evaluated === 'none' && c.reason) problems.push({ file: c.group.file, line: c.group.cluster?.doc.at.line ?? 1, column: 1, message: `not simulated: ${c.reason}` })
  return {
    schemaVersion: 1,
    kopsVersion: side.kops.version ?? kopsVersion,
    clusters: side.clusters.map((c) => ({
      name: c.group.cluster?.name?.value ?? null,
      file: c.group.file,
      kubernetesVersion: c.k8sVersion,
      stoppedAt: c.stoppedAt,
      instanceGroups: c.igs.map(({ ig, results }) => {
        const architectures: Partial<Record<Arch, PlanArch>> = {}
        for (const a of arches) if (results[a]) architectures[a] = planArch(results[a] as ArchResult)
        return { name: ig.name ? displayValue(ig.name.value) : null, role: ig.role, architectures }
      }),
    })),
    problems,
  }
}

export function renderPlanText(plan: PlanResult): string {
  const lines: string[] = [`kOps ${plan.kopsVersion}`]
  for (const c of plan.clusters) {
    lines.push(``, `cluster ${c.name ?? '(no Cluster)'} (${c.file}), Kubernetes ${c.kubernetesVersion ?? '?'}`)
    if (c.stoppedAt) lines.push(`  kops update cluster stops at ${c.stoppedAt}. kOps stops here; later steps were not simulated.`)
    for (const ig of c.instanceGroups)
      for (const [arch, r] of Object.entries(ig.architectures)) {
        if (!r) continue
        lines.push(`  ${ig.name} [${ig.role}] ${arch}: nodeup ${r.nodeup.outcome}${r.nodeup.error ? `: ${r.nodeup.error}` : ''}`)
        for (const a of r.assets) lines.push(`    ${a.hash ?? '-'} ${a.urls.join(' , ')}`)
        for (const w of r.nodeup.warnings) lines.push(`    warning: ${w}`)
        for (const n of r.notes) lines.push(`    note: ${n}`)
      }
  }
  for (const p of plan.problems) lines.push(`${p.file}:${p.line}:${p.column}: ${p.message}`)
  return lines.join('\n') + '\n'
}
