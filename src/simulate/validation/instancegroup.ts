// Mirrors kubernetes/kops:pkg/apis/kops/validation/instancegroup.go (v1.26.0 … newest tag): ValidateInstanceGroup and
// CrossValidateInstanceGroup. Each check names the tag range it holds for. kOps runs them at different steps:
// ValidateInstanceGroup alone while it populates the group (populate_instancegroup_spec.go, before the Kubernetes
// window), CrossValidateInstanceGroup — ValidateInstanceGroup again, strictly, plus the checks against the cluster —
// in DeepValidate (legacy.go, after the window).
//   containerd (all tags): the instance group's spec.containerd goes through validateContainerdConfig, in
//   CrossValidateInstanceGroup only.
import type { InstanceGroupModel } from '../../manifests/model.js'
import type { ValidationContext } from './context.js'
import type { FieldError } from './field.js'
import { containerdErrors } from './validation.js'

/** ValidateInstanceGroup: the group on its own, in kOps's order. */
export function validateInstanceGroup(ctx: ValidationContext, ig: InstanceGroupModel): FieldError[] {
  void ctx
  void ig
  return []
}

/** The checks CrossValidateInstanceGroup adds after ValidateInstanceGroup's, in kOps's order. */
export function crossValidateInstanceGroup(ctx: ValidationContext, ig: InstanceGroupModel): FieldError[] {
  void ctx
  return containerdErrors(ig.containerd, 'spec.containerd')
}
