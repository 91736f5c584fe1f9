// Mirrors kubernetes/kops:nodeup/pkg/model/containerd.go installContainerd (v1.26.0 … v1.37.0-alpha.1):
//   merged containerd.skipInstall → nothing; Flatcar / ContainerOS → no asset lookup;
//   1.26 … 1.28: only when containerRuntime is containerd;
//   binaries: first of ^bin/(containerd|ctr), ^(\./)?usr/local/bin/(containerd|crictl|ctr), ^docker/(containerd|ctr)
//     with any hit → /usr/bin/<Key>; none → `unable to find any containerd binaries in assets`;
//   runc: first of /runc\.(amd64|arm64)$, ^(\./)?usr/local/sbin/runc$, ^docker/runc$ with any hit; ≠ 1 → `error finding runc asset`.
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import { KopsError } from '../asset-store.js'
import type { NodeupBuilder, NodeupContext } from './context.js'

const ONLY_FOR_CONTAINERD_RUNTIME: TagRanges = [['0.0.0', '1.29.0-alpha.1']]
const BINARIES = [/^bin\/(containerd|ctr)/, /^(\.\/)?usr\/local\/bin\/(containerd|crictl|ctr)/, /^docker\/(containerd|ctr)/]
const RUNC = [/\/runc\.(amd64|arm64)$/, /^(\.\/)?usr\/local\/sbin\/runc$/, /^docker\/runc$/]

function firstWithHits(ctx: NodeupContext, patterns: RegExp[]) {
  for (const re of patterns) {
    const m = ctx.assets.findMatches(re)
    if (m.size > 0) return m
  }
  return new Map()
}

export const ContainerdBuilder: NodeupBuilder = {
  goType: '*model.ContainerdBuilder',
  build(ctx) {
    if (ctx.skipInstall) return
    if (ctx.distribution !== 'other') return
    if (inTagRanges(ctx.release, ONLY_FOR_CONTAINERD_RUNTIME) && ctx.containerRuntime !== 'containerd') return
    const bins = firstWithHits(ctx, BINARIES)
    if (bins.size === 0) throw new KopsError('unable to find any containerd binaries in assets')
    for (const [key, entry] of bins) ctx.addFile(`/usr/bin/${key}`, entry)
    const runc = firstWithHits(ctx, RUNC)
    if (runc.size !== 1) throw new KopsError('error finding runc asset')
    for (const entry of runc.values()) ctx.addFile('/usr/sbin/runc', entry)
  },
}
