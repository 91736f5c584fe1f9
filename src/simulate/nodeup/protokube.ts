// Mirrors kubernetes/kops:nodeup/pkg/model/protokube.go:
//   1.26 … 1.35: runs on control planes and gossip clusters; FindMatch(protokube$) and FindMatch(channels$) → /opt/kops/bin.
//   1.36.0-alpha.1 …: skipped unless gossip and (control plane or no API server IPs); channels lookup removed (cce0bb271e).
// Lookup errors are returned unwrapped.
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import { hasAPIServerIPs, usesLegacyGossip } from '../apis/cluster.js'
import type { NodeupBuilder } from './context.js'

const CHANNELS_LOOKUP: TagRanges = [['0.0.0', '1.36.0-alpha.1']]
const HYBRID: TagRanges = [['1.36.0-alpha.1']]

export const ProtokubeBuilder: NodeupBuilder = {
  goType: '*model.ProtokubeBuilder',
  build(ctx) {
    const gossip = usesLegacyGossip(ctx.cluster)
    const runs = inTagRanges(ctx.release, HYBRID) ? gossip && (ctx.isMaster || !hasAPIServerIPs()) : ctx.isMaster || gossip
    if (!runs) return
    const p = ctx.assets.findMatch(/protokube$/, 'protokube$')
    ctx.addFile(`/opt/kops/bin/${p.key}`, p)
    if (inTagRanges(ctx.release, CHANNELS_LOOKUP)) {
      const c = ctx.assets.findMatch(/channels$/, 'channels$')
      ctx.addFile(`/opt/kops/bin/${c.key}`, c)
    }
  },
}
