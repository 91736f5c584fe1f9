// Mirrors kubernetes/kops:upup/pkg/fi/nodeup/command.go (loader.Builders) and loader.go: the ordered builders that
// look up assets, per release, each failure wrapped as `building %s: %v` and then `error building loader: %v`.
// Builders that never touch the asset store are left out; their place in the order does not change any outcome.
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import { ContainerdBuilder } from './containerd.js'
import type { NodeupBuilder } from './context.js'
import { CrictlBuilder } from './crictl.js'
import { DockerBuilder } from './docker.js'
import { KubectlBuilder } from './kubectl.js'
import { KubeletBuilder } from './kubelet.js'
import { NerdctlBuilder } from './nerdctl.js'
import { CommonBuilder } from './networking/common.js'
import { ProtokubeBuilder } from './protokube.js'

const BUILDERS: { builder: NodeupBuilder; tags: TagRanges }[] = [
  { builder: ContainerdBuilder, tags: [['0.0.0']] },
  { builder: DockerBuilder, tags: [['0.0.0', '1.29.0-alpha.1']] },
  { builder: ProtokubeBuilder, tags: [['0.0.0']] },
  { builder: KubeletBuilder, tags: [['0.0.0']] },
  { builder: KubectlBuilder, tags: [['0.0.0']] },
  { builder: NerdctlBuilder, tags: [['1.29.0-beta.1']] },
  { builder: CrictlBuilder, tags: [['1.29.0-beta.1']] },
  { builder: CommonBuilder, tags: [['0.0.0']] },
]

export function buildersFor(release: string): NodeupBuilder[] {
  return BUILDERS.filter((b) => inTagRanges(release, b.tags)).map((b) => b.builder)
}

export function loaderError(builder: NodeupBuilder, message: string): string {
  return `error building loader: building ${builder.goType}: ${message}`
}
