// Mirrors kubernetes/kops:upup/pkg/fi/cloudup/networking.go (v1.26 … v1.29) and pkg/nodemodel/wellknownassets/cni.go (v1.30 …):
// the CNI plugins tarball by Kubernetes version, from GCS or GitHub per release (table in releases/data/cni.ts).
// From 1.32.0-beta.1 it is skipped for amazonvpc, calico and cilium (InstallCNIAssets in apis/cluster.ts).
import { CNI_ASSETS } from '../../releases/data/cni.js'
import { rowFor } from '../../releases/rows.js'
import { k8sInRanges } from '../../releases/version.js'
import { installCniAssets } from '../apis/cluster.js'
import { CloudupError } from '../errors.js'
import type { PlannedAsset } from '../types.js'
import { planned, type CloudupContext } from './context.js'

export function cniUrl(host: 'gcs' | 'github', version: string, arch: string): string {
  return host === 'gcs'
    ? `https://storage.googleapis.com/k8s-artifacts-cni/release/v${version}/cni-plugins-linux-${arch}-v${version}.tgz`
    : `https://github.com/containernetworking/plugins/releases/download/v${version}/cni-plugins-linux-${arch}-v${version}.tgz`
}

export function cniAssets(ctx: CloudupContext): PlannedAsset[] {
  if (!installCniAssets(ctx.release, ctx.cluster)) return []
  const row = rowFor(CNI_ASSETS, ctx.release, 'CNI')
  const rule = row.rules.find((r) => k8sInRanges(ctx.k8sVersion, r.k8s))
  if (!rule) throw new CloudupError(`unknown CNI plugin binaries asset: ${ctx.arch}`, ctx.cluster.kubernetesVersion)
  return [planned(ctx, 'cni-plugins', cniUrl(row.host, rule.version, ctx.arch), null, null)]
}
