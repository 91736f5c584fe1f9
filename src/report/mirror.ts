// Assets to copy into spec.assets.fileRepository before a kOps bump: computed from a drift scan's two analyses, rendered as Markdown.
import type { ClusterEvaluation, SideAnalysis } from '../rules/rule.js'
import { simulate } from '../simulate/index.js'
import type { PlannedAsset } from '../simulate/types.js'
import type { Arch } from '../types.js'
import { plural } from './common.js'
import { escapeMarkdown } from './escape.js'

export interface MirrorAsset {
  /** Cluster name; null for a cluster document without one. */
  cluster: string | null
  /** The Cluster document's file. */
  file: string
  /** `spec.assets.fileRepository` of the cluster. */
  fileRepository: string
  component: string
  /** Where nodes of the target release download it: the planned primary URL (`urls[0]`). */
  url: string
  /** Where kOps takes it from without a file repository; null when that could not be worked out. */
  source: string | null
  hash: string | null
  instanceGroups: string[]
  arches: Arch[]
}

export interface MirrorPlan {
  /** The target release whose assets are listed. */
  kopsVersion: string | null
  /** The release the repository pins, whose assets are assumed mirrored already. */
  pinnedKopsVersion: string | null
  assets: MirrorAsset[]
}

/** Rows shown in Markdown; the JSON report lists every asset. */
export const MAX_MIRROR_ROWS = 200

function clusterKey(c: ClusterEvaluation): string {
  const name = c.group.cluster?.name?.value
  return name ? `n\u0000${name}` : `f\u0000${c.group.file}`
}

/** The same instance group planned without the file repository: kOps's upstream URLs, in the same order. */
function upstream(target: SideAnalysis, c: ClusterEvaluation, igIndex: number, arch: Arch): PlannedAsset[] | null {
  const cluster = c.group.cluster
  const { release, version } = c.kops
  if (!cluster || !release || !version || !c.k8sVersion) return null
  try {
    return simulate({ release, kopsVersion: version, cluster: { ...cluster, fileRepository: null }, ig: c.igs[igIndex].ig, arch, k8sVersion: c.k8sVersion, pin: c.kops.pin }).assets
  } catch {
    return null
  }
}

function sourceOf(asset: PlannedAsset, index: number, planned: PlannedAsset[], canonical: PlannedAsset[] | null): string | null {
  if (!canonical) return null
  const sameOrder = canonical.length === planned.length && canonical.every((a, i) => a.component === planned[i].component)
  if (sameOrder) return canonical[index].urls[0] ?? null
  const matches = canonical.filter((a) => a.component === asset.component)
  return matches.length === 1 ? (matches[0].urls[0] ?? null) : null
}

/**
 * For every cluster of the target side with `spec.assets.fileRepository`: the primary URLs its
 * instance groups (bastions excluded: they run no nodeup) would download under the target release,
 * on any architecture, that no instance group of the same cluster downloads under the pinned
 * release. Null when no cluster sets a file repository.
 */
export function mirrorAssets(pinned: SideAnalysis, target: SideAnalysis): MirrorPlan | null {
  const withRepository = target.clusters.filter((c) => c.group.cluster?.fileRepository?.value)
  if (withRepository.length === 0) return null
  const pinnedUrls = new Map<string, Set<string>>()
  for (const c of pinned.clusters) {
    const set = pinnedUrls.get(clusterKey(c)) ?? new Set<string>()
    for (const ig of c.igs) for (const r of Object.values(ig.results)) for (const a of r?.assets ?? []) if (a.urls[0]) set.add(a.urls[0])
    pinnedUrls.set(clusterKey(c), set)
  }

  const assets: MirrorAsset[] = []
  for (const c of withRepository) {
    const seen = pinnedUrls.get(clusterKey(c)) ?? new Set<string>()
    const byUrl = new Map<string, MirrorAsset>()
    c.igs.forEach((igEval, igIndex) => {
      if (igEval.ig.role === 'Bastion') return
      for (const arch of ['amd64', 'arm64'] as const) {
        const planned = igEval.results[arch]?.assets ?? []
        let canonical: PlannedAsset[] | null | undefined
        planned.forEach((a, i) => {
          const url = a.urls[0]
          if (!url || seen.has(url)) return
          let entry = byUrl.get(url)
          if (!entry) {
            if (canonical === undefined) canonical = upstream(target, c, igIndex, arch)
            const source = sourceOf(a, i, planned, canonical)
            entry = {
              cluster: c.group.cluster?.name?.value ?? null,
              file: c.group.file,
              fileRepository: c.group.cluster?.fileRepository?.value ?? '',
              component: a.component,
              url,
              source: source === url ? null : source,
              hash: a.hash,
              instanceGroups: [],
              arches: [],
            }
            byUrl.set(url, entry)
          }
          const name = igEval.ig.name?.value ?? '(unnamed)'
          if (!entry.instanceGroups.includes(name)) entry.instanceGroups.push(name)
          if (!entry.arches.includes(arch)) entry.arches.push(arch)
        })
      }
    })
    assets.push(...byUrl.values())
  }
  for (const a of assets) {
    a.instanceGroups.sort()
    a.arches.sort()
  }
  const text = (s: string | null) => s ?? ''
  assets.sort((a, b) => text(a.cluster).localeCompare(text(b.cluster)) || a.file.localeCompare(b.file) || a.component.localeCompare(b.component) || a.url.localeCompare(b.url))
  return { kopsVersion: target.kops.version, pinnedKopsVersion: pinned.kops.version, assets }
}

function code(s: string): string {
  return `<code>${escapeMarkdown(s)}</code>`
}

/**
 * The "Assets to mirror" section: a table of the assets to copy into the file repository before
 * the bump, at most `MAX_MIRROR_ROWS` rows. Empty string for a null plan (no file repository).
 */
export function renderMirrorMarkdown(plan: MirrorPlan | null): string {
  if (plan === null) return ''
  const target = escapeMarkdown(plan.kopsVersion ?? 'unknown')
  const pinned = escapeMarkdown(plan.pinnedKopsVersion ?? 'unknown')
  if (plan.assets.length === 0) {
    return `#### Assets to mirror for kOps ${target}\n\n\`spec.assets.fileRepository\` is set, and kOps ${target} plans no asset that kOps ${pinned} does not already use: nothing new to copy.\n`
  }
  const lines = [
    `#### Assets to mirror for kOps ${target} (${plan.assets.length})`,
    '',
    `\`spec.assets.fileRepository\` is set, so nodes download their assets from the file repository. Copy ${plan.assets.length === 1 ? 'this asset' : `these ${plan.assets.length} assets`} there before bumping kOps from ${pinned} to ${target} (for example with <code>kops get assets --copy</code>); kOps ${pinned} does not use ${plan.assets.length === 1 ? 'it' : 'them'}.`,
    '',
    '| Cluster | Component | File repository URL | Upstream URL | Instance groups |',
    '| --- | --- | --- | --- | --- |',
  ]
  for (const a of plan.assets.slice(0, MAX_MIRROR_ROWS)) {
    const cluster = a.cluster === null ? `_(${escapeMarkdown(a.file)})_` : escapeMarkdown(a.cluster)
    const igs = `${a.instanceGroups.map(escapeMarkdown).join(', ')} (${a.arches.join(', ')})`
    lines.push(`| ${cluster} | ${escapeMarkdown(a.component)} | ${code(a.url)} | ${a.source === null ? '—' : code(a.source)} | ${igs} |`)
  }
  const left = plan.assets.length - MAX_MIRROR_ROWS
  if (left > 0) lines.push('', `_${plural(left, 'more asset')} ${left === 1 ? 'is' : 'are'} listed under \`mirror\` in the JSON report._`)
  return `${lines.join('\n')}\n`
}

/** The `mirror` field of the action's JSON report. */
export function mirrorJson(plan: MirrorPlan | null): { kopsVersion: string | null; pinnedKopsVersion: string | null; assets: MirrorAsset[] } | null {
  if (plan === null) return null
  return {
    kopsVersion: plan.kopsVersion,
    pinnedKopsVersion: plan.pinnedKopsVersion,
    assets: plan.assets.map((a) => ({
      cluster: a.cluster,
      file: a.file,
      fileRepository: a.fileRepository,
      component: a.component,
      url: a.url,
      source: a.source,
      hash: a.hash,
      instanceGroups: a.instanceGroups,
      arches: a.arches,
    })),
  }
}
