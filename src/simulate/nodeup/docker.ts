// Mirrors kubernetes/kops:nodeup/pkg/model/docker.go (v1.26.0 … v1.29.0-alpha.0; removed in 1.29.0-alpha.1, c43b48a8d8):
// with containerRuntime docker and not docker.skipInstall, FindMatches(^docker/) → /usr/bin/<Key>; none is fatal.
import { KopsError } from '../asset-store.js'
import type { NodeupBuilder } from './context.js'

export const DockerBuilder: NodeupBuilder = {
  goType: '*model.DockerBuilder',
  build(ctx) {
    if (ctx.containerRuntime !== 'docker') return
    if (ctx.cluster.doc.boolean(['spec', 'docker', 'skipInstall'])?.value === true) return
    if (ctx.distribution !== 'other') return
    const m = ctx.assets.findMatches(/^docker\//)
    if (m.size === 0) throw new KopsError('unable to find any Docker binaries in assets')
    for (const [key, entry] of m) ctx.addFile(`/usr/bin/${key}`, entry)
  },
}
