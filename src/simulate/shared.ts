// One simulation per distinct (release, spec, arch) across the clusters of a side. A monorepo's clusters are
// mostly copies of one another that differ in names, sizes and subnets, none of which the simulation reads:
// such clusters share one simulation, and the shared result is re-pointed at each cluster's own lines.
import type { ClusterModel, InstanceGroupModel } from '../manifests/model.js'
import { visit, type Node } from 'yaml'
import type { KopsDocument } from '../manifests/parse.js'
import type { Located, Position } from '../types.js'
import { usesLegacyGossip } from './apis/cluster.js'
import { simulate, type SimulationRequest } from './index.js'
import type { ArchResult } from './types.js'

/**
 * Spec keys left out of the sharing key: they name or size one cluster and decide nothing the simulation
 * computes. A test asserts that no file of the simulation reads them.
 */
export const CLUSTER_KEYS_NOT_SIMULATED = ['subnets', 'configBase', 'masterPublicName', 'masterInternalName', 'dnsZone', 'sshKeyName', 'networkID'] as const
export const INSTANCE_GROUP_KEYS_NOT_SIMULATED = ['minSize', 'maxSize', 'subnets'] as const

/** A shared result, and the request it was computed for (its origins point into that request's documents). */
interface Entry {
  req: SimulationRequest
  result: ArchResult
  /** The result mentions its cluster's or instance group's name or file: it is not reused for others. Decided on first reuse. */
  private?: boolean
}

type Memo = { entries: Map<string, Entry>; specKeys: WeakMap<KopsDocument, string | null> }

const memos = new WeakMap<object, Memo>()

function memoFor(scope: object): Memo {
  let memo = memos.get(scope)
  if (!memo) memos.set(scope, (memo = { entries: new Map(), specKeys: new WeakMap() }))
  return memo
}

function hasAlias(node: Node): boolean {
  let found = false
  visit(node, {
    Alias: () => {
      found = true
      return visit.BREAK
    },
  })
  return found
}

/**
 * The document's `spec` without `dropped` keys, as canonical JSON; null when it is not plain data: an alias (whose
 * anchor may lie outside the spec, and which is never expanded here) or anything that fails to convert.
 */
function specKey(memo: Memo, doc: KopsDocument, dropped: readonly string[]): string | null {
  if (memo.specKeys.has(doc)) return memo.specKeys.get(doc) as string | null
  let key: string | null
  try {
    const node = doc.node(['spec'])
    if (node && hasAlias(node)) throw new Error('aliases are not shared')
    const spec = node?.toJSON() as unknown
    if (spec !== null && typeof spec === 'object' && !Array.isArray(spec)) for (const k of dropped) delete (spec as Record<string, unknown>)[k]
    key = JSON.stringify([doc.apiVersion, spec ?? null])
  } catch {
    key = null
  }
  memo.specKeys.set(doc, key)
  return key
}

function samePosition(a: Position | undefined, b: Position): boolean {
  return a !== undefined && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn
}

/** `origin`, read from `from`'s documents, at the same place in `to`'s documents; undefined when it cannot be re-pointed. */
function repoint(origin: Located<unknown> | null, from: SimulationRequest, to: SimulationRequest): Located<unknown> | null | undefined {
  if (origin === null) return null
  if (origin === from.pin) return to.pin
  const path = origin.path.split('.')
  const pairs: [KopsDocument, KopsDocument][] = [
    [from.cluster.doc, to.cluster.doc],
    [from.ig.doc, to.ig.doc],
  ]
  for (const [a, b] of pairs) {
    if (a.file !== origin.file) continue
    for (const read of [(d: KopsDocument) => d.present(path), (d: KopsDocument) => d.keyAt(path)]) {
      if (!samePosition(read(a)?.pos, origin.pos)) continue
      const there = read(b)
      return there ? { ...origin, file: there.file, pos: there.pos } : undefined
    }
  }
  return undefined
}

function repointAll(result: ArchResult, from: SimulationRequest, to: SimulationRequest): ArchResult | null {
  let failed = false
  const move = (o: Located<unknown> | null): Located<unknown> | null => {
    const moved = repoint(o, from, to)
    if (moved === undefined) failed = true
    return moved ?? null
  }
  const out: ArchResult = {
    ...result,
    assets: result.assets.map((a) => ({ ...a, origin: move(a.origin) })),
    archives: result.archives.map((a) => ({ ...a, origin: move(a.origin) })),
    failureOrigin: move(result.failureOrigin),
  }
  return failed ? null : out
}

function mentions(result: ArchResult, cluster: ClusterModel, ig: InstanceGroupModel): boolean {
  const text = JSON.stringify(result, (k, v: unknown) => (k === 'origin' || k === 'failureOrigin' ? undefined : v))
  const names = [cluster.name?.value, ig.name?.value, cluster.doc.file, ig.doc.file]
  return names.some((n) => n !== undefined && n !== '' && text.includes(n))
}

/**
 * `simulate(req)`, computed once per distinct request within `scope` (one analysed side). Requests whose
 * cluster and instance-group specs are equal apart from the keys above share a result; a result that cannot be
 * re-pointed at the other cluster's lines is computed afresh.
 */
export function simulateShared(scope: object, req: SimulationRequest): ArchResult {
  const memo = memoFor(scope)
  const clusterKey = specKey(memo, req.cluster.doc, CLUSTER_KEYS_NOT_SIMULATED)
  const igKey = specKey(memo, req.ig.doc, INSTANCE_GROUP_KEYS_NOT_SIMULATED)
  if (clusterKey === null || igKey === null) return simulate(req)
  const pin = req.pin ? [req.pin.file, req.pin.pos.line, req.pin.pos.column, String(req.pin.value)] : null
  const key = JSON.stringify([req.release, req.kopsVersion, req.k8sVersion, req.arch, pin, usesLegacyGossip(req.cluster), clusterKey, igKey])
  const entry = memo.entries.get(key)
  if (entry === undefined) {
    const result = simulate(req)
    memo.entries.set(key, { req, result })
    return result
  }
  if (entry.req.cluster === req.cluster && entry.req.ig === req.ig) return entry.result
  entry.private ??= mentions(entry.result, entry.req.cluster, entry.req.ig)
  if (entry.private) return simulate(req)
  return repointAll(entry.result, entry.req, req) ?? simulate(req)
}
