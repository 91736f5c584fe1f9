// Mirrors kubernetes/kops:upup/pkg/fi/cloudup/crictl.go (v1.29) and pkg/nodemodel/wellknownassets/crictl.go (v1.30 …):
// crictl v1.29.0 from cri-tools releases, added from 1.29.0-beta.1; its place in the list is decided in file-assets.ts.
import type { PlannedAsset } from '../types.js'
import { planned, type CloudupContext } from './context.js'

export const CRICTL_VERSION = '1.29.0'

export function crictlAsset(ctx: CloudupContext): PlannedAsset {
  return planned(ctx, 'crictl', `https://github.com/kubernetes-sigs/cri-tools/releases/download/v${CRICTL_VERSION}/crictl-v${CRICTL_VERSION}-linux-${ctx.arch}.tar.gz`, null, ctx.cluster.containerd.installCriCtl)
}
