// kOps's API validation of one cluster as `kops update cluster` runs it (kubernetes/kops:pkg/apis/kops/validation):
// every field error of the Cluster and its instance groups, aggregated as kOps prints them.
import type { ValidationContext } from './context.js'
import type { FieldError } from './field.js'
import { crossValidateInstanceGroup, validateInstanceGroup } from './instancegroup.js'
import { validateClusterSpec } from './validation.js'

export type { ValidationContext } from './context.js'
export { renderAggregate, renderFieldError, type FieldError } from './field.js'

export interface IgFieldError extends FieldError {
  /** The instance group the error belongs to; null for Cluster errors. */
  instanceGroup: string | null
  /**
   * An instance-group error of CrossValidateInstanceGroup's own checks, which kOps runs only in DeepValidate (after the
   * Kubernetes window); false for ValidateInstanceGroup's (also run while the group is populated) and Cluster errors.
   */
  cross: boolean
}

/** All field errors kOps's validation reports for the cluster and its instance groups. */
export function validateCluster(ctx: ValidationContext): IgFieldError[] {
  const out: IgFieldError[] = validateClusterSpec(ctx).map((e) => ({ ...e, instanceGroup: null, cross: false }))
  for (const ig of ctx.instanceGroups) {
    const instanceGroup = ig.name?.value ?? null
    for (const e of validateInstanceGroup(ctx, ig)) out.push({ ...e, instanceGroup, cross: false })
    for (const e of crossValidateInstanceGroup(ctx, ig)) out.push({ ...e, instanceGroup, cross: true })
  }
  return out
}
