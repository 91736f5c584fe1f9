// Positioned reads of a kOps document for the validation mirrors: paths through maps (string keys) and sequences
// (numeric indexes), keys for Forbidden/Required errors, and values that are unknown because they are placeholders.
import { isMap, isScalar, isSeq, type Node } from 'yaml'
import type { KopsDocument } from '../../manifests/parse.js'
import { isUnresolved } from '../../manifests/templates.js'
import type { Located } from '../../types.js'

export type SpecPath = readonly (string | number)[]
export type ScalarValue = string | number | boolean | null

const dotted = (path: SpecPath): string => path.map(String).join('.')

export function nodeAt(doc: KopsDocument, path: SpecPath): Node | null {
  let cur: unknown = doc.node([])
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!isSeq(cur)) return null
      cur = cur.items[seg] ?? null
    } else {
      if (!isMap(cur)) return null
      let found: unknown = null
      for (const item of cur.items) if (isScalar(item.key) && String(item.key.value) === seg) found = item.value
      cur = found
    }
  }
  return (cur as Node | null) ?? null
}

/** Whether anything (a null value included) is written at the path's key. */
export function has(doc: KopsDocument, path: SpecPath): boolean {
  return keyOf(doc, path) !== null
}

/** The scalar at a path, with its source text for numbers; null when absent or not a scalar. */
export function scalarAt(doc: KopsDocument, path: SpecPath): Located<ScalarValue> | null {
  const n = nodeAt(doc, path)
  if (!isScalar(n)) return null
  const v = n.value
  const value = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v)
  return { value, file: doc.file, pos: doc.position(n), path: dotted(path) }
}

/** A string scalar; numbers and booleans give their YAML text. Null when absent, null-valued or not a scalar. */
export function stringAt(doc: KopsDocument, path: SpecPath): Located<string> | null {
  const n = nodeAt(doc, path)
  const s = scalarAt(doc, path)
  if (!s || s.value === null) return null
  const text = isScalar(n) && typeof n.value !== 'string' && n.source !== undefined ? String(n.source) : String(s.value)
  return { ...s, value: text }
}

/** An integer scalar (YAML number or numeric string as Go's JSON would refuse; only real numbers count). */
export function intAt(doc: KopsDocument, path: SpecPath): Located<number> | null {
  const s = scalarAt(doc, path)
  if (!s || typeof s.value !== 'number' || !Number.isInteger(s.value)) return null
  return { ...s, value: s.value }
}

export function boolAt(doc: KopsDocument, path: SpecPath): Located<boolean> | null {
  const s = scalarAt(doc, path)
  if (!s || typeof s.value !== 'boolean') return null
  return { ...s, value: s.value }
}

/** The key node of the value at `path`, where kOps's Forbidden and Required errors point. */
export function keyOf(doc: KopsDocument, path: SpecPath): Located<string> | null {
  if (path.length === 0) return null
  const parent = nodeAt(doc, path.slice(0, -1))
  const last = path[path.length - 1]
  if (typeof last === 'number') {
    if (!isSeq(parent)) return null
    const item = parent.items[last] as Node | undefined
    return item ? { value: String(last), file: doc.file, pos: doc.position(item), path: dotted(path) } : null
  }
  if (!isMap(parent)) return null
  let found: Node | null = null
  for (const item of parent.items) if (isScalar(item.key) && String(item.key.value) === last) found = item.key
  return found ? { value: last, file: doc.file, pos: doc.position(found), path: dotted(path) } : null
}

/** The value node's position (any kind), for errors about a whole map or list. */
export function valueOf(doc: KopsDocument, path: SpecPath): Located<true> | null {
  const n = nodeAt(doc, path)
  return n ? { value: true, file: doc.file, pos: doc.position(n), path: dotted(path) } : null
}

export function seqLength(doc: KopsDocument, path: SpecPath): number {
  const n = nodeAt(doc, path)
  return isSeq(n) ? n.items.length : 0
}

/** Map entries at a path in YAML order: the key (located) and the value's scalar (null for non-scalars). */
export function entries(doc: KopsDocument, path: SpecPath): { key: Located<string>; value: Located<ScalarValue> | null }[] {
  const n = nodeAt(doc, path)
  if (!isMap(n)) return []
  const out: { key: Located<string>; value: Located<ScalarValue> | null }[] = []
  for (const item of n.items) {
    if (!isScalar(item.key)) continue
    const k = String(item.key.value)
    out.push({ key: { value: k, file: doc.file, pos: doc.position(item.key as Node), path: dotted([...path, k]) }, value: scalarAt(doc, [...path, k]) })
  }
  return out
}

/** A value that is a template expression or variable: unknown, so no check runs on it. */
export function unknown(v: Located<ScalarValue> | null): boolean {
  return v !== null && typeof v.value === 'string' && isUnresolved(v.value)
}
