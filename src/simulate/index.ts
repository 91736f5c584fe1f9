// Simulates one instance group on one architecture under one kOps release: cloudup plans the assets,
// nodeup loads them into its asset store and runs its builders.
import type { ClusterModel, InstanceGroupModel } from '../manifests/model.js'
import type { Arch, Located } from '../types.js'
import { AssetStore, KopsError, type StoredAsset } from './asset-store.js'
import { assetBuilder } from './cloudup/asset-builder.js'
import { installCniAssets } from './apis/cluster.js'
import { buildFileAssets } from './cloudup/file-assets.js'
import { containerdDefaults } from './components/containerd.js'
import { CloudupError } from './errors.js'
import { buildersFor, loaderError } from './nodeup/command.js'
import { distributionError } from './nodeup/distributions.js'
import { NodeupContext } from './nodeup/context.js'
import type { ArchResult, PlannedAsset } from './types.js'

export interface SimulationRequest {
  /** Catalogued release whose behaviour is replayed. */
  release: string
  /** kOps version as pinned (for kOps's own URLs). */
  kopsVersion: string
  cluster: ClusterModel
  ig: InstanceGroupModel
  arch: Arch
  /** Kubernetes version, normalised (no `v`). */
  k8sVersion: string
  pin: Located<unknown> | null
}

function originOf(entries: StoredAsset[] | undefined): Located<unknown> | null {
  for (const e of entries ?? []) if (e.from.origin) return e.from.origin
  return null
}

export function simulate(req: SimulationRequest): ArchResult {
  const result: ArchResult = {
    assets: [],
    nodeup: { outcome: 'ok', error: null, warnings: [] },
    files: [],
    failureOrigin: null,
    failedIn: null,
    archives: [],
    uncertain: false,
  }
  const containerd = containerdDefaults(req.release, req.cluster, req.k8sVersion)
  const ctx = { ...req, containerd, builder: assetBuilder(req.release, req.kopsVersion, req.cluster) }
  let assets: PlannedAsset[]
  try {
    assets = buildFileAssets(ctx)
  } catch (e) {
    if (!(e instanceof CloudupError)) throw e
    result.nodeup = { outcome: 'rejected', error: e.message, warnings: [] }
    result.failureOrigin = e.origin
    result.failedIn = 'kops update cluster'
    return result
  }
  result.assets = assets
  const store = new AssetStore()
  for (const a of assets) store.add(a)
  result.archives = store.archives.map((n) => ({
    url: n.asset.urls[0],
    family: n.listing?.family ?? null,
    version: n.listing?.version ?? null,
    byFileName: n.byFileName,
    unpublished: n.listing?.unpublished === true,
    origin: n.asset.origin,
  }))
  result.uncertain = store.archives.some((n) => n.listing === null)
  if (req.ig.role === 'Bastion') return result
  // nodeup identifies the OS before it adds any asset: a refused distro stops it whatever the archives hold.
  const distro = distributionError(req.release, req.cluster, req.ig)
  if (distro) return { ...result, nodeup: { outcome: 'fail', error: distro, warnings: [] }, failureOrigin: req.ig.image, failedIn: 'FindDistribution', uncertain: false }
  const credentialProvider = assets.find((a) => a.component === 'ecr-credential-provider' || a.component === 'auth-provider-gcp')
  const node = new NodeupContext(
    req.release,
    req.arch,
    store,
    req.cluster,
    req.ig,
    req.k8sVersion,
    credentialProvider ? credentialProvider.urls[0].slice(credentialProvider.urls[0].lastIndexOf('/') + 1) : null,
    installCniAssets(req.release, req.cluster),
  )
  for (const builder of buildersFor(req.release)) {
    try {
      builder.build(node)
    } catch (e) {
      if (!(e instanceof KopsError)) throw e
      result.nodeup = { outcome: 'fail', error: loaderError(builder, e.message), warnings: [...node.warnings] }
      result.failedIn = builder.goType
      const entries = (e as KopsError & { entries?: StoredAsset[] }).entries
      result.failureOrigin = originOf(entries) ?? (builder.goType === '*model.ContainerdBuilder' ? (assets.find((a) => a.component === 'containerd')?.origin ?? null) : null)
      break
    }
  }
  if (result.nodeup.outcome === 'ok') result.nodeup.warnings = [...node.warnings]
  // A builder error stops nodeup before any task runs: nothing is installed.
  result.files = result.nodeup.outcome === 'ok' ? node.files.map(({ path, url, member }) => ({ path, url, member })) : []
  return result
}
