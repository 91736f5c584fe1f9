// Mirrors kubernetes/kops:pkg/model/components/networking.go (NetworkingOptionsBuilder.BuildOptions, all tags):
// spec.networking.classic is `classic networking not supported`.
import type { Located } from '../../types.js'
import type { ValidationContext } from '../validation/context.js'
import { keyOf } from '../validation/spec-view.js'
import { componentText } from './context.js'

export function networkingOptionsError(ctx: ValidationContext): { error: string; at: Located<unknown> } | null {
  const classic = keyOf(ctx.cluster.doc, ['spec', 'networking', 'classic'])
  return classic ? { error: componentText(ctx.release, 'networking.classic')!, at: classic } : null
}
