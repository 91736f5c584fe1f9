// Mirrors kubernetes/kops:nodeup/pkg/model/kubectl.go (every release in range): on API-server nodes,
// Find("kubectl") → <tools dir>/kubectl; errors `error trying to locate asset %q: %v` / `unable to locate asset %q`.
import type { NodeupBuilder } from './context.js'
import { locate } from './kubelet.js'

export const KubectlBuilder: NodeupBuilder = {
  goType: '*model.KubectlBuilder',
  build(ctx) {
    if (!ctx.hasAPIServer) return
    const k = locate(ctx, 'kubectl', 'error trying to locate asset')
    ctx.addFile(`${ctx.toolsDir}/kubectl`, k)
  },
}
