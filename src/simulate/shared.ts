// One asset plan and one nodeup run per distinct (release, spec, arch) across the clusters of a side. A monorepo's
// clusters are mostly copies of one another that differ in names, sizes and subnets, none of which the asset plan or
// nodeup reads: such clusters share one computation, and the shared result is re-pointed at each cluster's own lines.
// Only these two steps are shared; validation and the option builders (which do read names, sizes and subnets) run
// for every cluster, in kOps's order (cloudup/apply-cluster.ts).
import { visit, type Node } from 'yaml'
import type { ClusterModel, InstanceGroupModel } from '../manifests/model.js'
import type { KopsDocument } from '../manifests/parse.js'
import type { Located, Position } from '../types.js'
import { usesLegacyGossip } from './apis/cluster.js'
import { CloudupError } from './errors.js'
import { planAssets, runNodeup, type SimulationRequest } from './index.js'
import type { ArchResult, PlannedAsset } from './types.js'

/**
 * Spec keys left out of the sharing key: they name or size one cluster and decide nothing the asset plan or nodeup
 * computes. A test asserts that no file those steps import reads them.
 */
export const CLUSTER_KEYS_NOT_SIMULATED = ['subnets', 'configBase', 'masterPublicName', 'masterInternalName', 'dnsZone', 'sshKeyName', 'networkID'] as const
export const INSTANCE_GROUP_KEYS_NOT_SIMULATED = ['minSize', 'maxSize', 'subnets'] as const

/** The asset plan, or the error cloudup refuses it with. */
type Plan = { assets: PlannedAsset[] } | { error: CloudupError }

/** A shared value, and the request it was computed for (its origins point into that request's documents). */
interface Entry<T> {
  req: SimulationRequest
  value: T
  /** The value mentions its cluster's or instance group's name or file: it is not reused for others. Decided on first reuse. */
  private?: boolean
}

interface Memo {
  plans: Map<string, Entry<Plan>>
  runs: Map<string, Entry<ArchResult>>
  specKeys: WeakMap<KopsDocument, string | null>
}

const memos = new WeakMap<object, Memo>()

function memoFor(scope: object): Memo {
  let memo = memos.get(scope)
  if (!memo) memos.set(scope, (memo = { plans: new Map(), runs: new Map(), specKeys: new WeakMap() }))
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

/** What the asset plan and nodeup read from a request, as one string; null when the request is not shared. */
function requestKey(memo: Memo, req: SimulationRequest): string | null {
  const clusterKey = specKey(memo, req.cluster.doc, CLUSTER_KEYS_NOT_SIMULATED)
  const igKey = specKey(memo, req.ig.doc, INSTANCE_GROUP_KEYS_NOT_SIMULATED)
  if (clusterKey === null || igKey === null) return null
  const pin = req.pin ? [req.pin.file, req.pin.pos.line, req.pin.pos.column, String(req.pin.value)] : null
  return JSON.stringify([req.release, req.kopsVersion, req.k8sVersion, req.arch, pin, usesLegacyGossip(req.cluster), clusterKey, igKey])
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

/** Re-points every origin of a value with `move`; null when one of them cannot be. */
function movedAll<T>(build: (move: (o: Located<unknown> | null) => Located<unknown> | null) => T, from: SimulationRequest, to: SimulationRequest): T | null {
  let failed = false
  const out = build((o) => {
    const moved = repoint(o, from, to)
    if (moved === undefined) failed = true
    return moved ?? null
  })
  return failed ? null : out
}

function movedAssets(assets: PlannedAsset[], move: (o: Located<unknown> | null) => Located<unknown> | null): PlannedAsset[] {
  return assets.map((a) => ({ ...a, origin: move(a.origin) }))
}

function mentions(value: unknown, req: SimulationRequest): boolean {
  const text = JSON.stringify(value, (k, v: unknown) => (k === 'origin' || k === 'failureOrigin' ? undefined : v instanceof CloudupError ? { message: v.message } : v))
  const names = [req.cluster.name?.value, req.ig.name?.value, req.cluster.doc.file, req.ig.doc.file]
  return names.some((n) => n !== undefined && n !== '' && text.includes(n))
}

/** The entry's value for `req`: itself for its own request, re-pointed for another, null when it cannot be reused. */
function reuse<T>(entry: Entry<T>, req: SimulationRequest, move: (value: T, from: SimulationRequest, to: SimulationRequest) => T | null): T | null {
  if (entry.req.cluster === req.cluster && entry.req.ig === req.ig && entry.req.pin === req.pin) return entry.value
  entry.private ??= mentions(entry.value, entry.req)
  return entry.private ? null : move(entry.value, entry.req, req)
}

function plan(req: SimulationRequest): Plan {
  try {
    return { assets: planAssets(req) }
  } catch (e) {
    if (!(e instanceof CloudupError)) throw e
    return { error: e }
  }
}

function movePlan(p: Plan, from: SimulationRequest, to: SimulationRequest): Plan | null {
  if ('assets' in p) return movedAll((move) => ({ assets: movedAssets(p.assets, move) }), from, to)
  return movedAll((move) => ({ error: p.error.origin === null ? p.error : new CloudupError(p.error.message, move(p.error.origin)) }), from, to)
}

function unwrap(p: Plan): PlannedAsset[] {
  if ('error' in p) throw p.error
  return p.assets
}

/**
 * `planAssets(req)`, computed once per distinct request within `scope` (one analysed side); a refusal is shared as
 * well and thrown as the CloudupError it is. Requests whose cluster and instance-group specs are equal apart from the
 * keys above share a plan; one that cannot be re-pointed at the other cluster's lines is computed afresh.
 */
export function planAssetsShared(scope: object, req: SimulationRequest): PlannedAsset[] {
  const memo = memoFor(scope)
  const key = requestKey(memo, req)
  if (key === null) return planAssets(req)
  const entry = memo.plans.get(key)
  if (entry === undefined) {
    const value = plan(req)
    memo.plans.set(key, { req, value })
    return unwrap(value)
  }
  return unwrap(reuse(entry, req, movePlan) ?? plan(req))
}

function moveRun(r: ArchResult, from: SimulationRequest, to: SimulationRequest): ArchResult | null {
  return movedAll(
    (move) => ({ ...r, assets: movedAssets(r.assets, move), archives: r.archives.map((a) => ({ ...a, origin: move(a.origin) })), failureOrigin: move(r.failureOrigin) }),
    from,
    to,
  )
}

/**
 * `runNodeup(req, assets)`, computed once per distinct request and asset plan within `scope`. The plan is part of
 * the key (without its origins), so a shared run is one of exactly these assets; its `assets` are the ones given.
 */
export function runNodeupShared(scope: object, req: SimulationRequest, assets: PlannedAsset[]): ArchResult {
  const memo = memoFor(scope)
  const request = requestKey(memo, req)
  if (request === null) return runNodeup(req, assets)
  const key = `${request}\n${JSON.stringify(assets, (k, v: unknown) => (k === 'origin' ? undefined : v))}`
  const entry = memo.runs.get(key)
  if (entry === undefined) {
    const value = runNodeup(req, assets)
    memo.runs.set(key, { req, value })
    return value
  }
  const reused = reuse(entry, req, moveRun)
  return reused ? { ...reused, assets } : runNodeup(req, assets)
}
