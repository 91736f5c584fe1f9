// What every cloudup finder reads: the release, the cluster after kOps's defaulting, the instance group and the arch.
import type { ClusterModel, InstanceGroupModel } from '../../manifests/model.js'
import { knownHash } from '../../releases/hashes.js'
import type { Arch, Located } from '../../types.js'
import type { ContainerdDefaults } from '../components/containerd.js'
import type { PlannedAsset } from '../types.js'
import type { AssetBuilder } from './asset-builder.js'

export interface CloudupContext {
  /** Catalogued kOps release whose behaviour is simulated. */
  release: string
  /** kOps version as pinned (used in kOps's own binary URLs). */
  kopsVersion: string
  cluster: ClusterModel
  ig: InstanceGroupModel
  arch: Arch
  /** Kubernetes version used for this instance group (leading `v` stripped). */
  k8sVersion: string
  containerd: ContainerdDefaults
  builder: AssetBuilder
  /** Where the kOps pin is, for assets that only kOps's defaults decide. */
  pin: Located<unknown> | null
}

/**
 * One `Assets:` entry. An explicit hash (spec packages) is kept; otherwise the hash is the one kOps carries for the
 * canonical URL (looked up before fileRepository remapping, as kOps does), or null when kOps would download it.
 */
export function planned(ctx: CloudupContext, component: string, canonical: string, hash: string | null, origin: Located<unknown> | null): PlannedAsset {
  return { component, urls: ctx.builder.urls(canonical), hash: hash ?? knownHash(canonical), origin }
}

export function cloudProvider(ctx: CloudupContext): string {
  return (ctx.cluster.cloudProvider?.value ?? '').toLowerCase()
}
