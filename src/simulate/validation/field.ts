// Mirrors k8s.io/apimachinery/pkg/util/validation/field (errors.go): the field errors kOps's validation returns
// and how `Error()` prints them, `<field>: <type>[: <value>]: <detail>`.
import type { Located } from '../../types.js'

export type FieldErrorType = 'Invalid value' | 'Forbidden' | 'Required value' | 'Unsupported value' | 'Duplicate value' | 'Not found' | 'Too many' | 'Too long'

export interface FieldError {
  /** kOps's field path as it prints it (internal API names, e.g. `spec.controlPlaneKubelet.networkPluginName`). */
  field: string
  type: FieldErrorType
  /** The bad value as Go prints it; null prints as "null". Unused for Forbidden and Required. */
  value: string | number | boolean | null
  /** kOps's own detail text. */
  detail: string
  /**
   * Where the user wrote it: the key for Forbidden and Required (the field kOps names), the value for
   * Invalid, Unsupported and Duplicate.
   */
  at: Located<unknown>
  /** The kOps source the check mirrors, `kubernetes/kops:<path>` (the tag range lives beside the check). */
  source: string
}

/** field.Error.Error(). */
export function renderFieldError(e: FieldError): string {
  if (e.type === 'Forbidden' || e.type === 'Required value') return e.detail ? `${e.field}: ${e.type}: ${e.detail}` : `${e.field}: ${e.type}`
  const v = typeof e.value === 'string' ? JSON.stringify(e.value) : e.value === null ? 'null' : String(e.value)
  return e.detail ? `${e.field}: ${e.type}: ${v}: ${e.detail}` : `${e.field}: ${e.type}: ${v}`
}

/** errs.ToAggregate().Error(): one error prints alone, several as `[e1, e2]`. */
export function renderAggregate(errors: FieldError[]): string {
  const texts = [...new Set(errors.map(renderFieldError))]
  return texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`
}
