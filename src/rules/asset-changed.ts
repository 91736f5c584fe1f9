// asset-changed: an asset an instance group downloads changes between base and head (kOps bump or spec edit).
import { defineRule, igArches, placeOf } from './rule.js'
import type { ClusterEvaluation } from './rule.js'
import type { PlannedAsset } from '../simulate/types.js'
import type { Arch } from '../types.js'

/** kOps's own binaries follow the kOps pin on every bump; listing them would only repeat the bump. */
const FOLLOWS_PIN = ['protokube', 'channels']

/** Short labels for two URLs: their file names, or the first path segment where they differ. */
export function labels(from: string, to: string): [string, string] {
  const a = from.split('/')
  const b = to.split('/')
  if (a[a.length - 1] !== b[b.length - 1]) return [a[a.length - 1], b[b.length - 1]]
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return [a[i], b[i]]
  return [from, to]
}

type Change = { component: string; from: string; to: string; arches: Set<Arch>; igs: Map<string, Set<Arch>>; origin: import('../types.js').Located<unknown> | null }

/** The first asset of each component, in plan order. */
function byComponent(assets: readonly PlannedAsset[]): Map<string, PlannedAsset> {
  const out = new Map<string, PlannedAsset>()
  for (const a of assets) if (!out.has(a.component)) out.set(a.component, a)
  return out
}

function changes(base: ClusterEvaluation, head: ClusterEvaluation): Change[] {
  const out = new Map<string, Change>()
  for (const h of head.igs) {
    const b = base.igs.find((x) => x.ig.name?.value === h.ig.name?.value)
    if (!b || h.ig.role === 'Bastion') continue
    for (const arch of igArches(h.ig)) {
      // A side whose plan was not simulated (kOps stopped earlier, or it reads a placeholder) has nothing to compare.
      const hr = h.results[arch]
      const br = b.results[arch]
      if (!hr || !br || hr.nodeup.outcome === 'rejected' || br.nodeup.outcome === 'rejected') continue
      const ha = byComponent(hr.assets)
      const ba = byComponent(br.assets)
      for (const comp of new Set([...ha.keys(), ...ba.keys()])) {
        if (FOLLOWS_PIN.includes(comp)) continue
        const hu = ha.get(comp)
        const bu = ba.get(comp)
        const fromUrl = bu ? bu.urls[0].replaceAll(arch, '<arch>') : ''
        const toUrl = hu ? hu.urls[0].replaceAll(arch, '<arch>') : ''
        if (fromUrl === toUrl) continue
        const [from, to] = bu && hu ? labels(fromUrl, toUrl) : [bu ? labels(fromUrl, fromUrl)[0].split('/').pop()! : '(none)', hu ? toUrl.split('/').pop()! : '(none)']
        const key = `${comp}|${from}|${to}`
        // A removed asset's origin is a place in the base's files; the finding is the head's, so it points at the head.
        const c = out.get(key) ?? { component: comp, from, to, arches: new Set(), igs: new Map(), origin: hu?.origin ?? null }
        c.arches.add(arch)
        const name = h.ig.name?.value ?? ''
        c.igs.set(name, (c.igs.get(name) ?? new Set<Arch>()).add(arch))
        out.set(key, c)
      }
    }
  }
  return [...out.values()]
}

export default defineRule({
  id: 'asset-changed',
  defaultSeverity: 'notice',
  summary: 'An asset instance groups download changes between the two sides (e.g. containerd 1.7.13 → 1.7.16).',
  remediation: 'Review the change; mirror the new asset first if spec.assets.fileRepository is set.',
  messages: {
    changed: '{component} changes from {from} to {to} on {igs}.',
    added: '{component} is added ({to}) on {igs}.',
    removed: '{component} ({from}) is no longer installed on {igs}.',
  },
  scope: 'change',
  check({ base, head }, report) {
    if (!base) return
    // The first base cluster of each name, indexed once (a scan per head cluster would be quadratic).
    const baseByName = new Map<string, ClusterEvaluation>()
    for (const c of base.clusters) {
      const n = c.group.cluster?.name?.value
      if (n !== undefined && !baseByName.has(n)) baseByName.set(n, c)
    }
    for (const hc of head.clusters) {
      const name = hc.group.cluster?.name?.value
      if (!name) continue
      const bc = baseByName.get(name)
      if (!bc || bc.evaluated === 'stopped' || hc.evaluated === 'stopped') continue
      for (const ch of changes(bc, hc)) {
        const arches = [...ch.arches].sort()
        report({
          messageId: ch.from === '(none)' ? 'added' : ch.to === '(none)' ? 'removed' : 'changed',
          data: { component: ch.component, from: ch.from, to: ch.to, igs: [...ch.igs.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([i, a]) => `"${i}" (${[...a].sort().join(', ')})`).join(', '), arches: arches.join(', ') },
          place: placeOf(ch.origin, head, hc.group, hc.kops),
          cluster: name,
          instanceGroup: null,
          arch: arches.length === 1 ? arches[0] : null,
          kopsVersion: hc.kops.version,
          subject: `${ch.component}:${ch.from}->${ch.to}`,
        })
      }
    }
  },
})
