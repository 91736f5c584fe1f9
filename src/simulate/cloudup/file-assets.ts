// Mirrors the ordered asset list of kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go addFileAssets +
// nodeUpConfigBuilder.BuildConfig (v1.26 … v1.29.x), pkg/nodemodel/fileassets.go + nodeupconfigbuilder.go (v1.30 …):
// kubelet, kubectl, [mounter], [credential provider], [CNI], runtime block {containerd|docker, runc, nerdctl, crictl},
// [crictl outside the block, 1.29.0-beta.1 … 1.34.0-alpha.1], then protokube and channels on control planes and gossip clusters.
// kOps writes the list for bastions too (their user data never runs nodeup, so nothing downloads it).
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import type { PlannedAsset } from '../types.js'
import { cniAssets } from './cni.js'
import { containerdAsset } from './containerd.js'
import { dockerAsset } from './docker.js'
import { hasAPIServerIPs, usesLegacyGossip } from '../apis/cluster.js'
import type { CloudupContext } from './context.js'
import { credentialProviderAssets } from './credential-provider.js'
import { crictlAsset } from './crictl.js'
import { kopsBinaryAsset } from './kops-assets.js'
import { kubernetesAssets } from './kubernetes.js'
import { nerdctlAsset } from './nerdctl.js'
import { runcAsset } from './runc.js'

// containerd.skipInstall honoured by cloudup (989be27398): not in 1.26.x, 1.27.0-alpha.1 … beta.3, 1.28.0-alpha.1.
const SKIP_INSTALL_HONOURED: TagRanges = [['1.27.0', '1.28.0-alpha.1'], ['1.28.0-alpha.2']]
const DOCKER_RUNTIME: TagRanges = [['0.0.0', '1.29.0-alpha.1']]
const CRICTL_ALWAYS: TagRanges = [['1.29.0-beta.1', '1.34.0-beta.1']]
const NERDCTL_ALWAYS: TagRanges = [['1.29.0-beta.1', '1.34.0-beta.1']]
const TOOLS_OPT_IN: TagRanges = [['1.34.0-beta.1']]
const CHANNELS_ASSET: TagRanges = [['0.0.0', '1.36.0-alpha.1']]
const PROTOKUBE_HYBRID: TagRanges = [['1.36.0-alpha.1']]

export function buildFileAssets(ctx: CloudupContext): PlannedAsset[] {
  const out: PlannedAsset[] = [...kubernetesAssets(ctx), ...credentialProviderAssets(ctx), ...cniAssets(ctx)]
  const runtime = ctx.cluster.containerRuntime?.value ?? 'containerd'
  const c = ctx.cluster.containerd
  const skip = c.skipInstall?.value === true && inTagRanges(ctx.release, SKIP_INSTALL_HONOURED)
  if (runtime === 'docker' && inTagRanges(ctx.release, DOCKER_RUNTIME)) {
    const skipDocker = ctx.cluster.doc.boolean(['spec', 'docker', 'skipInstall'])?.value === true && inTagRanges(ctx.release, SKIP_INSTALL_HONOURED)
    if (!skipDocker) out.push(dockerAsset(ctx))
  } else if (!skip) {
    out.push(containerdAsset(ctx))
    const runc = runcAsset(ctx)
    if (runc) out.push(runc)
    if (inTagRanges(ctx.release, NERDCTL_ALWAYS) || (inTagRanges(ctx.release, TOOLS_OPT_IN) && c.installNerdCtl?.value === true)) out.push(nerdctlAsset(ctx))
    if (inTagRanges(ctx.release, TOOLS_OPT_IN) && c.installCriCtl?.value === true) out.push(crictlAsset(ctx))
  }
  if (inTagRanges(ctx.release, CRICTL_ALWAYS)) out.push(crictlAsset(ctx))
  if (ctx.ig.role === 'Bastion') return out
  const controlPlane = ctx.ig.role === 'ControlPlane'
  const gossip = usesLegacyGossip(ctx.cluster)
  const protokube = inTagRanges(ctx.release, PROTOKUBE_HYBRID) ? controlPlane || (gossip && !hasAPIServerIPs()) : controlPlane || gossip
  if (protokube) {
    out.push(kopsBinaryAsset(ctx, 'protokube'))
    if (inTagRanges(ctx.release, CHANNELS_ASSET)) out.push(kopsBinaryAsset(ctx, 'channels'))
  }
  return out
}
