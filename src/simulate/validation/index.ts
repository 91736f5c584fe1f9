// kOps's API validation of one cluster as `kops update cluster` runs it (kubernetes/kops:pkg/apis/kops/validation):
// every field error of the Cluster and its instance groups, aggregated as kOps prints them.
import type { ValidationContext } from './context.js'
import type { FieldError } from './field.js'
import { validateInstanceGroup } from './instancegroup.js'
import { validateClusterSpec } from './validation.js'

export type { ValidationContext } from './context.js'
export { renderAggregate, renderFieldError, type FieldError } from './field.js'

export interface IgFieldError extends FieldError {
  /** The instance group the error belongs to; null for Cluster errors. */
  instanceGroup: string | null
}

/** All field errors kOps's validation reports for the cluster and its instance groups. */
export function validateCluster(ctx: ValidationContext): IgFieldError[] {
  const out: IgFieldError[] = validateClusterSpec(ctx).map((e) => ({ ...e, instanceGroup: null }))
  for (const ig of ctx.instanceGroups) for (const e of validateInstanceGroup(ctx, ig)) out.push({ ...e, instanceGroup: ig.name?.value ?? null })
  return out
}
