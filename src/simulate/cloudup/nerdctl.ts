// Mirrors kubernetes/kops:upup/pkg/fi/cloudup/nerdctl.go (v1.29) and pkg/nodemodel/wellknownassets/nerdctl.go (v1.30 …):
// nerdctl 1.7.4 (minimal tarball), added from 1.29.0-beta.1; opt-in from 1.34.0-beta.1 (see file-assets.ts).
import type { PlannedAsset } from '../types.js'
import { planned, type CloudupContext } from './context.js'

export const NERDCTL_VERSION = '1.7.4'

export function nerdctlAsset(ctx: CloudupContext): PlannedAsset {
  return planned(ctx, 'nerdctl', `https://github.com/containerd/nerdctl/releases/download/v${NERDCTL_VERSION}/nerdctl-${NERDCTL_VERSION}-linux-${ctx.arch}.tar.gz`, null, ctx.cluster.containerd.installNerdCtl)
}
