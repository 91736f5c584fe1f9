// Mirrors k8s.io/apimachinery/pkg/util/validation/field (errors.go) as vendored by each kOps tag: the field errors
// kOps's validation returns and how `Error()` prints them, `<field>: <type>[: <value>]: <detail>`.
//   apimachinery v0.26 … v0.33 (kOps 1.26.0-alpha.1 … 1.34.0-alpha.1): a nil value or nil pointer prints as the
//   quoted string "null"; a pointer is dereferenced; strings print with %q, numbers and booleans with %v.
//   apimachinery v0.34 … (kOps 1.34.0-beta.1 …, go.mod k8s.io/apimachinery v0.34.1): values other than strings and
//   simple numbers are JSON-encoded, so a nil pointer prints as bare null.
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import type { Located } from '../../types.js'

export type FieldErrorType = 'Invalid value' | 'Forbidden' | 'Required value' | 'Unsupported value' | 'Duplicate value' | 'Not found' | 'Too many' | 'Too long'

export interface FieldError {
  /** kOps's field path as it prints it (internal API names, e.g. `spec.controlPlaneKubelet.networkPluginName`). */
  field: string
  type: FieldErrorType
  /** The bad value as Go holds it; null is a nil value or pointer. Unused for Forbidden and Required. */
  value: string | number | boolean | null | GoPrinted
  /** kOps's own detail text. */
  detail: string
  /**
   * Where the user wrote it: the key for Forbidden and Required (the field kOps names), the value for
   * Invalid, Unsupported and Duplicate.
   */
  at: Located<unknown>
  /** The kOps source the check mirrors, `kubernetes/kops:<path>` (the tag range lives beside the check). */
  source: string
  /** The kOps release that reports it: decides how apimachinery prints a nil value. Newest behaviour when absent. */
  release?: string
}

/** A Go struct value, printed one way by apimachinery before v0.34 (%#v) and another from v0.34 (JSON). */
export interface GoPrinted {
  reflect: string
  json: string
}

/** kOps tags whose go.mod pins apimachinery v0.34 or later (JSON-encoded values in field errors). */
const JSON_VALUES: TagRanges = [['1.34.0-beta.1']]

function printValue(e: FieldError): string {
  const json = !e.release || inTagRanges(e.release, JSON_VALUES)
  if (typeof e.value === 'string') return JSON.stringify(e.value)
  if (e.value === null) return json ? 'null' : '"null"'
  if (typeof e.value === 'object') return json ? e.value.json : e.value.reflect
  return String(e.value)
}

/** field.Error.Error(). */
export function renderFieldError(e: FieldError): string {
  if (e.type === 'Forbidden' || e.type === 'Required value' || e.type === 'Too long') return e.detail ? `${e.field}: ${e.type}: ${e.detail}` : `${e.field}: ${e.type}`
  const v = printValue(e)
  return e.detail ? `${e.field}: ${e.type}: ${v}: ${e.detail}` : `${e.field}: ${e.type}: ${v}`
}

/** errs.ToAggregate().Error(): one error prints alone, several as `[e1, e2]`. */
export function renderAggregate(errors: FieldError[]): string {
  const texts = [...new Set(errors.map(renderFieldError))]
  return texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`
}

/** field.NotSupported's detail: `supported values: "a", "b"`. */
export function supportedValues(valid: readonly string[]): string {
  return valid.length ? 'supported values: ' + valid.map((v) => JSON.stringify(v)).join(', ') : ''
}
