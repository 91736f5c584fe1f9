// Mirrors kubernetes/kops:nodeup/pkg/model/networking/common.go with context.go AddCNIBinAssets:
//   1.26 … 1.27.0-alpha.x: FindMatch(^<name>$) for 16 plugin names → /opt/cni/bin/<Key>; none or several is fatal.
//   1.27.0-beta.1 …: FindMatches(.*) copies every asset in the store into /opt/cni/bin (cd59ed1a56); never fails.
//   1.32.0-beta.1 …: only when InstallCNIAssets (no amazonvpc, calico or cilium).
import { inTagRanges, type TagRanges } from '../../../releases/version.js'
import type { NodeupBuilder } from '../context.js'

const PER_NAME: TagRanges = [['0.0.0', '1.27.0-beta.1']]
const NAMES = ['bridge', 'dhcp', 'flannel', 'host-device', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'tuning', 'vlan', 'bandwidth', 'firewall', 'sbr', 'static']

export const CommonBuilder: NodeupBuilder = {
  goType: '*networking.CommonBuilder',
  build(ctx) {
    if (!ctx.installCniAssets) return
    if (inTagRanges(ctx.release, PER_NAME)) {
      for (const name of NAMES) {
        const a = ctx.assets.findMatch(new RegExp(`^${name}$`), `^${name}$`)
        ctx.addFile(`/opt/cni/bin/${a.key}`, a)
      }
      return
    }
    for (const [key, entry] of ctx.assets.findMatches(/.*/)) ctx.addFile(`/opt/cni/bin/${key}`, entry)
  },
}
