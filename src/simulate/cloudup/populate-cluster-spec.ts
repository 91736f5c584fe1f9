// Mirrors kubernetes/kops:upup/pkg/fi/cloudup/populate_cluster_spec.go populateClusterSpec.run (v1.26.0-alpha.1 …
// v1.37.0-alpha.1, the same three refusals in the same order at every tag):
//   1. ValidateCluster of the Cluster as written (strict = false): every field error, printed as one aggregate
//      (`errs.ToAggregate()`); instance groups are not part of this call.
//   2. the option builders of pkg/model/components, in kOps's builder order: the first failure only, printed as
//      `error building complete spec: …` (buildCompleteSpec in simulate/components).
//   3. ValidateCluster of the completed spec (strict = true): `completed cluster failed validation: <aggregate>`.
// The etcd member checks and state-store lookups between 1 and 2 need the state store and are not simulated.
import { isUnresolved } from '../../manifests/templates.js'
import { buildCompleteSpec } from '../components/index.js'
import { renderAggregate, renderFieldError, validateCluster, type IgFieldError, type ValidationContext } from '../validation/index.js'
import type { Refusal } from './apply-cluster.js'

const SOURCE = 'kubernetes/kops:upup/pkg/fi/cloudup/populate_cluster_spec.go'

/** A field error that reads a template expression or variable says nothing about the rendered spec. */
export function fromPlaceholder(e: IgFieldError): boolean {
  const value = typeof e.at.value === 'string' && isUnresolved(e.at.value)
  return value || (typeof e.value === 'string' && isUnresolved(e.value)) || isUnresolved(renderFieldError(e))
}

/** The field errors of one validation call that kOps would report, placeholders left out. */
export function knownErrors(errors: IgFieldError[]): IgFieldError[] {
  return errors.filter((e) => !fromPlaceholder(e))
}

export interface PopulateOutcome {
  refusal: Refusal | null
  /** A step read a template expression or variable, so its verdict is unknown (the cluster is partial). */
  unknown: boolean
}

/**
 * Steps 1–3 for the cluster; the first that refuses ends `kops update cluster`. `validate` returns validateCluster's
 * errors for the strict flag (the caller may reuse them for the instance groups).
 */
export function populateClusterSpec(
  ctx: Omit<ValidationContext, 'strict'>,
  validate: (strict: boolean) => IgFieldError[] = (strict) => validateCluster({ ...ctx, strict }),
): PopulateOutcome {
  let unknown = false
  const clusterErrors = (strict: boolean): IgFieldError[] => {
    const all = validate(strict).filter((e) => e.instanceGroup === null)
    const known = knownErrors(all)
    if (known.length < all.length) unknown = true
    return known
  }
  const input = clusterErrors(false)
  if (input.length) return { refusal: { stage: 'validation', error: renderAggregate(input), fieldErrors: input, origin: null, arch: null, source: SOURCE }, unknown }
  const options = buildCompleteSpec({ ...ctx, strict: false })
  if (options) {
    if (!isUnresolved(options.error) && !(typeof options.at?.value === 'string' && isUnresolved(options.at.value)))
      return { refusal: { stage: 'options', error: options.error, fieldErrors: [], origin: options.at, arch: null, source: options.source }, unknown }
    unknown = true
  }
  const completed = clusterErrors(true)
  if (completed.length)
    return {
      refusal: { stage: 'validation', error: `completed cluster failed validation: ${renderAggregate(completed)}`, fieldErrors: completed, origin: null, arch: null, source: SOURCE },
      unknown,
    }
  return { refusal: null, unknown }
}
