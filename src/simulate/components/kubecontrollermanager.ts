// Mirrors kubernetes/kops:pkg/model/components/kubecontrollermanager.go (KubeControllerManagerOptionsBuilder):
//   all tags: kubeControllerManager.attachDetachReconcileSyncPeriod below one second is refused (Go durations);
//   1.26.0-alpha.1 … 1.29.0-alpha.1 (exclusive): a cloud outside the builder's switch is `unknown cloudprovider %q`;
//   `no networking mode set` is dead code at every tag: UsesCNI is !UsesKubenet, and UsesKubenet is true exactly for
//   the kubenet, gcp, external and kopeio modes the builder handles before it, so one branch always matches.
import { BUILDER_CLOUDS } from '../../releases/data/components-texts.js'
import { inTagRanges } from '../../releases/version.js'
import type { Located } from '../../types.js'
import { parseGoDuration } from '../go/duration.js'
import { cloudOf } from '../validation/legacy.js'
import type { ValidationContext } from '../validation/context.js'
import { stringAt, unknown } from '../validation/spec-view.js'
import { componentText } from './context.js'

const SECOND_NS = 1_000_000_000

export function kubeControllerManagerOptionsError(ctx: ValidationContext): { error: string; at: Located<unknown> } | null {
  const doc = ctx.cluster.doc
  const period = stringAt(doc, ['spec', 'kubeControllerManager', 'attachDetachReconcileSyncPeriod'])
  if (period && !unknown(period)) {
    const ns = parseGoDuration(period.value)
    if (ns !== null && ns < SECOND_NS) return { error: componentText(ctx.release, 'kcm.attachDetach')!, at: period }
  }
  const cloud = cloudOf(ctx)
  const row = BUILDER_CLOUDS.find((r) => r.id === 'kcm' && inTagRanges(ctx.release, r.tags))
  if (row && cloud !== null && !row.clouds.includes(cloud)) return { error: componentText(ctx.release, 'kcm.unknownCloud')!.replace('%q', JSON.stringify(cloud)), at: ctx.cluster.cloudProvider! }
  return null
}
