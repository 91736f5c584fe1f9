// Mirrors kubernetes/kops:pkg/model/components/apiserver.go (KubeAPIServerOptionsBuilder.BuildOptions):
//   all tags: without kubeAPIServer.apiServerCount, the count is the member count of the etcd cluster named `main`;
//     zero (no such cluster, or no members) is `no instance groups found`.
//   1.26.0-alpha.1 … 1.36.0-alpha.1 (exclusive): a cloud outside the builder's switch is `unknown cloudprovider %q`.
import { BUILDER_CLOUDS } from '../../releases/data/components-texts.js'
import { inTagRanges } from '../../releases/version.js'
import type { Located } from '../../types.js'
import { cloudOf } from '../validation/legacy.js'
import type { ValidationContext } from '../validation/context.js'
import { has, keyOf, seqLength, stringAt, unknown } from '../validation/spec-view.js'
import { componentText } from './context.js'

export function kubeAPIServerOptionsError(ctx: ValidationContext): { error: string; at: Located<unknown> } | null {
  const doc = ctx.cluster.doc
  const at = keyOf(doc, ['spec', 'etcdClusters']) ?? keyOf(doc, ['spec'])!
  if (!has(doc, ['spec', 'kubeAPIServer', 'apiServerCount'])) {
    let members = 0
    let known = true
    for (let i = 0; i < seqLength(doc, ['spec', 'etcdClusters']); i++) {
      const name = stringAt(doc, ['spec', 'etcdClusters', i, 'name'])
      if (unknown(name)) known = false
      if (name?.value === 'main') members = seqLength(doc, ['spec', 'etcdClusters', i, 'etcdMembers'])
    }
    if (known && members === 0) return { error: componentText(ctx.release, 'apiserver.noGroups')!, at }
  }
  const cloud = cloudOf(ctx)
  const row = BUILDER_CLOUDS.find((r) => r.id === 'apiserver' && inTagRanges(ctx.release, r.tags))
  if (row && cloud !== null && !row.clouds.includes(cloud)) return { error: componentText(ctx.release, 'apiserver.unknownCloud')!.replace('%q', JSON.stringify(cloud)), at: ctx.cluster.cloudProvider! }
  return null
}
