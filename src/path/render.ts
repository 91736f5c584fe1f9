// Renderers of an upgrade path: text for terminals, JSON (the interface's `path --format json`), and Markdown with a
// table per cluster and a Mermaid flowchart of the steps. Pure functions of the PathResult.
import { escapeMarkdown, escapeTextLine } from '../report/escape.js'
import type { ClusterPath, PathResult, PathStep } from './index.js'

function stepLabel(s: PathStep): string {
  return s.kind === 'kops' ? `kOps ${s.kopsVersion.from} → ${s.kopsVersion.to}` : `Kubernetes ${s.kubernetesVersion.from} → ${s.kubernetesVersion.to} (kOps ${s.kopsVersion.to})`
}

function verdict(s: PathStep): string {
  if (s.blocked) return 'blocked'
  return s.changes.length > 0 ? 'clean after fixes' : 'clean'
}

function clusterTitle(c: ClusterPath): string {
  return c.name ?? `(unnamed cluster in ${c.file})`
}

export function renderPathText(result: PathResult): string {
  const out: string[] = []
  for (const c of result.clusters) {
    out.push(`${escapeTextLine(clusterTitle(c))} (${escapeTextLine(c.file)}): kOps ${c.from.kopsVersion}, Kubernetes ${c.from.kubernetesVersion} → kOps ${c.to.kopsVersion}, Kubernetes ${c.to.kubernetesVersion}`)
    if (c.error) {
      out.push(`  no path: ${escapeTextLine(c.error)}`, '')
      continue
    }
    if (c.steps.length === 0) out.push('  already at the target')
    c.steps.forEach((s, i) => {
      const cd = s.containerdVersion.from !== s.containerdVersion.to ? `; containerd ${s.containerdVersion.from ?? '?'} → ${s.containerdVersion.to ?? '?'}` : ''
      out.push(`  ${i + 1}. ${stepLabel(s)}: ${verdict(s)}${cd}`)
      for (const ch of s.changes) {
        out.push(`     - ${escapeTextLine(ch.file)}:${ch.line} [${ch.ruleId}] ${escapeTextLine(ch.description)}`)
        if (ch.fix) out.push(`       fixed by: ${escapeTextLine(ch.fix.description)}`)
      }
      // New problems of this step; those standing since an earlier step were shown there.
      for (const f of s.findings.filter((x) => x.severity !== 'notice' && (x.status === 'new' || x.severity === 'error') && !s.changes.some((ch) => ch.ruleId === x.ruleId && ch.line === x.line && ch.file === x.file)))
        out.push(`     ${f.severity === 'error' ? '!' : '~'} ${escapeTextLine(f.file)}:${f.line} ${f.severity} [${f.ruleId}] ${escapeTextLine(f.message)}`)
    })
    out.push('')
  }
  if (result.clusters.length === 0) out.push('No kOps cluster found.', '')
  return out.join('\n')
}

export function renderPathJson(result: PathResult): string {
  const doc = {
    schemaVersion: result.schemaVersion,
    target: result.target,
    clusters: result.clusters.map((c) => ({
      name: c.name,
      file: c.file,
      from: c.from,
      to: c.to,
      error: c.error,
      steps: c.steps.map((s) => ({
        kind: s.kind,
        kopsVersion: s.kopsVersion,
        kubernetesVersion: s.kubernetesVersion,
        containerdVersion: s.containerdVersion,
        reason: s.reason,
        changes: s.changes,
        findings: s.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, status: f.status, message: f.message, file: f.file, line: f.line, column: f.column, instanceGroup: f.instanceGroup, arch: f.arch, kopsVersion: f.kopsVersion })),
        blocked: s.blocked,
      })),
    })),
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}

/** A Mermaid node label: quotes and markup characters as entities, so repository text cannot break the chart. */
function mermaidText(s: string): string {
  return s.replace(/[&"<>#`{}[\]()|]/g, (ch) => `#${ch.charCodeAt(0)};`)
}

function flowchart(c: ClusterPath): string[] {
  const lines = ['```mermaid', 'flowchart LR']
  lines.push(`  s0["kOps ${c.from.kopsVersion}<br/>Kubernetes ${c.from.kubernetesVersion}"]`)
  c.steps.forEach((s, i) => {
    lines.push(`  s${i + 1}["kOps ${s.kopsVersion.to}<br/>Kubernetes ${s.kubernetesVersion.to}"]`)
    const edge = s.changes.length > 0 ? `-- "${mermaidText(`${s.changes.length} change${s.changes.length === 1 ? '' : 's'}`)}" -->` : '-->'
    lines.push(`  s${i} ${edge} s${i + 1}`)
    if (s.blocked) lines.push(`  class s${i + 1} blocked`)
    else if (s.changes.length > 0) lines.push(`  class s${i + 1} fixed`)
  })
  lines.push('  classDef blocked fill:#fdd,stroke:#c00', '  classDef fixed fill:#ffd,stroke:#aa0', '```')
  return lines
}

export function renderPathMarkdown(result: PathResult): string {
  const out: string[] = ['## kops-preflight upgrade path', '']
  if (result.clusters.length === 0) out.push('No kOps cluster found.', '')
  for (const c of result.clusters) {
    out.push(`### ${escapeMarkdown(clusterTitle(c))}`, '', `\`${escapeMarkdown(c.file)}\`: kOps ${c.from.kopsVersion}, Kubernetes ${c.from.kubernetesVersion} → kOps ${c.to.kopsVersion}, Kubernetes ${c.to.kubernetesVersion}`, '')
    if (c.error) {
      out.push(`No path: ${escapeMarkdown(c.error)}`, '')
      continue
    }
    if (c.steps.length === 0) {
      out.push('Already at the target.', '')
      continue
    }
    out.push(...flowchart(c), '')
    out.push('| # | step | containerd | result | changes |', '| --- | --- | --- | --- | --- |')
    c.steps.forEach((s, i) => {
      const changes = s.changes.map((ch) => `\`${escapeMarkdown(ch.ruleId)}\` ${escapeMarkdown(ch.file)}:${ch.line}${ch.fix ? ` (fixed: ${escapeMarkdown(ch.fix.description)})` : ''}`).join('<br>') || '—'
      const cd = s.containerdVersion.from === s.containerdVersion.to ? (s.containerdVersion.to ?? '—') : `${s.containerdVersion.from ?? '?'} → ${s.containerdVersion.to ?? '?'}`
      out.push(`| ${i + 1} | ${escapeMarkdown(stepLabel(s))} | ${escapeMarkdown(cd)} | ${s.blocked ? '**blocked**' : verdict(s)} | ${changes} |`)
    })
    out.push('')
    for (const [i, s] of c.steps.entries())
      if (s.blocked) {
        out.push(`Step ${i + 1} is blocked by:`, '')
        for (const f of s.findings.filter((x) => x.severity === 'error')) out.push(`- \`${escapeMarkdown(f.ruleId)}\` ${escapeMarkdown(f.file)}:${f.line}: ${escapeMarkdown(f.message)}`)
        out.push('')
      }
  }
  return out.join('\n')
}
