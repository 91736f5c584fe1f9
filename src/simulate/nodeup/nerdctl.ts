// Mirrors kubernetes/kops:nodeup/pkg/model/nerdctl.go:
//   1.29.0-beta.1 … 1.29.x: skipped with containerd.skipInstall; Find("nerdctl"); several matches fail nodeup.
//   1.30.0-alpha.1 … 1.33.x: same lookup, a failure is only a warning (ec47b3fea6).
//   1.34.0-beta.1 …: skipped when skipInstall and not installNerdCtl; FindMatches(^nerdctl$), none or several → warning.
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import type { NodeupBuilder } from './context.js'
import { wrap } from './kubelet.js'

const FATAL: TagRanges = [['1.29.0-beta.1', '1.30.0-alpha.1']]
const BY_PATTERN: TagRanges = [['1.34.0-beta.1']]

export const NerdctlBuilder: NodeupBuilder = {
  goType: '*model.NerdctlBuilder',
  build(ctx) {
    if (inTagRanges(ctx.release, BY_PATTERN)) {
      if (ctx.skipInstall && !ctx.installNerdCtl) return
      const m = ctx.assets.findMatches(/^nerdctl$/)
      if (m.size === 0) return ctx.warn('unable to find any nerdctl binaries in assets')
      if (m.size > 1) return ctx.warn('multiple nerdctl binaries are found')
      for (const [key, entry] of m) ctx.addFile(`${ctx.toolsDir}/${key}`, entry)
      return
    }
    if (ctx.skipInstall) return
    let found
    try {
      found = ctx.assets.find('nerdctl')
    } catch (e) {
      const text = `unable to locate asset "nerdctl": ${(e as Error).message}`
      if (inTagRanges(ctx.release, FATAL)) throw wrap(text, e)
      return ctx.warn(text)
    }
    ctx.addFile(`${ctx.toolsDir}/nerdctl`, found)
  },
}
