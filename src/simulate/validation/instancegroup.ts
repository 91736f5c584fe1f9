// Mirrors kubernetes/kops:pkg/apis/kops/validation/instancegroup.go (v1.26.0 … newest tag): ValidateInstanceGroup and
// CrossValidateInstanceGroup. Each check names the tag range it holds for.
//   containerd (all tags): the instance group's spec.containerd goes through validateContainerdConfig.
import type { InstanceGroupModel } from '../../manifests/model.js'
import type { ValidationContext } from './context.js'
import type { FieldError } from './field.js'
import { containerdErrors } from './validation.js'

/** The field errors of one instance group, in kOps's order. */
export function validateInstanceGroup(ctx: ValidationContext, ig: InstanceGroupModel): FieldError[] {
  void ctx
  return containerdErrors(ig.containerd, 'spec.containerd')
}
