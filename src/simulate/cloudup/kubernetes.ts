// Mirrors the kubelet/kubectl/mounter part of kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go addFileAssets
// (v1.26.0 … v1.29.x) and pkg/nodemodel/fileassets.go (v1.30.0-alpha.1 …).
//   base URL: storage.googleapis.com/kubernetes-release before 1.27.0-alpha.2, dl.k8s.io after;
//             a spec.kubernetesVersion that is itself a URL is used as the base.
//   mounter:  GCE only, removed in 1.36.0-alpha.1 (3f5d2176d7).
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import type { PlannedAsset } from '../types.js'
import { cloudProvider, planned, type CloudupContext } from './context.js'

const DL_K8S_IO: TagRanges = [['1.27.0-alpha.2']]
const MOUNTER: TagRanges = [['0.0.0', '1.36.0-alpha.1']]

export function kubernetesBase(ctx: CloudupContext): string {
  const raw = ctx.cluster.kubernetesVersion?.value ?? ''
  if (/^https?:\/\//.test(raw)) return raw.replace(/\/$/, '')
  return inTagRanges(ctx.release, DL_K8S_IO) ? `https://dl.k8s.io/release/v${ctx.k8sVersion}` : `https://storage.googleapis.com/kubernetes-release/release/v${ctx.k8sVersion}`
}

export function kubernetesAssets(ctx: CloudupContext): PlannedAsset[] {
  const base = kubernetesBase(ctx)
  const origin = ctx.cluster.kubernetesVersion
  const out = [
    planned(ctx, 'kubelet', `${base}/bin/linux/${ctx.arch}/kubelet`, null, origin),
    planned(ctx, 'kubectl', `${base}/bin/linux/${ctx.arch}/kubectl`, null, origin),
  ]
  if (cloudProvider(ctx) === 'gce' && inTagRanges(ctx.release, MOUNTER)) out.push(planned(ctx, 'mounter', `${base}/bin/linux/${ctx.arch}/mounter`, null, origin))
  return out
}
