// Mirrors kubernetes/kops:nodeup/pkg/model/crictl.go:
//   1.29.0-beta.1 … 1.29.x: Find("crictl") with no skip rule; several matches fail nodeup with
//     `unable to locate asset "crictl": found multiple matching assets for key: "crictl"` (kubernetes/kops#16425);
//     none adds a File task without contents.
//   1.30.0-alpha.1 …: FindMatches(^crictl$) — only an archive-root crictl; none → warning, several → warning (f9d6ff1d6a, ec47b3fea6).
//   1.34.0-beta.1 …: skipped when containerd.skipInstall and not installCriCtl (96a7fd8988).
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import type { NodeupBuilder } from './context.js'
import { wrap } from './kubelet.js'

const EXACT_KEY: TagRanges = [['1.29.0-beta.1', '1.30.0-alpha.1']]
const SKIP_RULE: TagRanges = [['1.34.0-beta.1']]

export const CrictlBuilder: NodeupBuilder = {
  goType: '*model.CrictlBuilder',
  build(ctx) {
    if (inTagRanges(ctx.release, EXACT_KEY)) {
      let found
      try {
        found = ctx.assets.find('crictl')
      } catch (e) {
        throw wrap(`unable to locate asset "crictl": ${(e as Error).message}`, e)
      }
      ctx.addFile(`${ctx.toolsDir}/crictl`, found)
      return
    }
    if (inTagRanges(ctx.release, SKIP_RULE) && ctx.skipInstall && !ctx.installCriCtl) return
    const m = ctx.assets.findMatches(/^crictl$/)
    if (m.size === 0) return ctx.warn('unable to find any crictl binaries in assets')
    if (m.size > 1) return ctx.warn('multiple crictl binaries are found')
    for (const [key, entry] of m) ctx.addFile(`${ctx.toolsDir}/${key}`, entry)
  },
}
