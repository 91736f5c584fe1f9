// kOps's API validation of one cluster as `kops update cluster` runs it (kubernetes/kops:pkg/apis/kops/validation),
// in the steps ApplyClusterCmd.Run takes them (upup/pkg/fi/cloudup/apply_cluster.go, the same order from 1.26.0 to
// 1.37.0-alpha.1):
//   1. PopulateClusterSpec → ValidateCluster(input, strict=false): every field error of the Cluster, printed together
//      as one aggregate                                                                  → validateInputCluster
//   2. PopulateClusterSpec → the option builders (`error building complete spec: …`)    → components/index.ts
//      (then ValidateCluster(completed, strict=true): its strict-only checks are for fields the builders always fill)
//   3. PopulateInstanceGroupSpec → ValidateInstanceGroup(input, nil, false) for each group in turn:
//      `failed validating input specs: <aggregate>` for the first group that fails      → validateInputInstanceGroups
//   4. the Kubernetes version window (validateKubernetesVersion)
//   5. DeepValidate: ValidateCluster(strict=true) again, the group counts, then CrossValidateInstanceGroup of each
//      populated group (with the cloud), the first failing group's aggregate             → deepValidate
// so an error only CrossValidateInstanceGroup raises (a subnet the Cluster lacks, warm pools, etcd membership, the
// instance group's containerd) comes after the version window.
import type { ValidationContext } from './context.js'
import { renderAggregate, type FieldError } from './field.js'
import { crossValidateInstanceGroup, validateInstanceGroup } from './instancegroup.js'
import { deepValidateGroups, validateLegacyCluster, type DeepValidateFailure } from './legacy.js'

export type { ValidationContext } from './context.js'
export { renderAggregate, renderFieldError, type FieldError } from './field.js'
export type { DeepValidateFailure } from './legacy.js'

export interface IgFieldError extends FieldError {
  /** The instance group the error belongs to; null for Cluster errors. */
  instanceGroup: string | null
  /**
   * An instance-group error of CrossValidateInstanceGroup's own checks, which kOps runs only in DeepValidate (after the
   * Kubernetes window); false for ValidateInstanceGroup's (also run while the group is populated) and Cluster errors.
   */
  cross: boolean
}

/** Step 1: ValidateCluster on the Cluster as written (all its field errors, in kOps's order). */
export function validateInputCluster(ctx: ValidationContext): FieldError[] {
  return validateLegacyCluster(ctx)
}

export interface InstanceGroupRefusal {
  instanceGroup: string | null
  errors: FieldError[]
  /** kOps's text, `failed validating input specs: <aggregate>`. */
  error: string
}

/** Step 3: the first instance group, in order, that ValidateInstanceGroup refuses as written; null when none. */
export function validateInputInstanceGroups(ctx: ValidationContext): InstanceGroupRefusal | null {
  for (const ig of ctx.instanceGroups) {
    const errors = validateInstanceGroup(ctx, ig)
    if (errors.length > 0) return { instanceGroup: ig.name?.value ?? null, errors, error: `failed validating input specs: ${renderAggregate(errors)}` }
  }
  return null
}

/** Step 5: DeepValidate's group counts and CrossValidateInstanceGroup; the first failure, or null. */
export function deepValidate(ctx: ValidationContext): DeepValidateFailure | null {
  return deepValidateGroups(ctx, renderAggregate)
}

/**
 * Every field error kOps's validation can report for the cluster, without stopping: the Cluster's first, then each
 * instance group's in order (ValidateInstanceGroup as written, then what CrossValidateInstanceGroup adds on the
 * populated group).
 */
export function validateCluster(ctx: ValidationContext): IgFieldError[] {
  const out: IgFieldError[] = validateInputCluster(ctx).map((e) => ({ ...e, instanceGroup: null, cross: false }))
  for (const ig of ctx.instanceGroups) {
    const name = ig.name?.value ?? null
    const seen = new Set<string>()
    const add = (e: FieldError, cross: boolean) => {
      const k = `${e.field}\u0000${e.type}\u0000${e.detail}\u0000${String(e.value)}`
      if (seen.has(k)) return
      seen.add(k)
      out.push({ ...e, instanceGroup: name, cross })
    }
    for (const e of validateInstanceGroup(ctx, ig)) add(e, false)
    for (const e of crossValidateInstanceGroup(ctx, ig)) add(e, true)
  }
  return out
}
