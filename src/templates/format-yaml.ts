// `--format-yaml`: kOps decodes each rendered document into map[string]interface{} with sigs.k8s.io/yaml and marshals
// it again (JSON round trip: keys sorted, numbers in JSON form, `on`/`yes` → true, `0755` → 493), skipping documents
// that decode to an empty map (kubernetes/kops:cmd/kops/toolbox_template.go@v1.26.0–v1.37.0-alpha.1).
//
// The values are exact; the layout follows go-yaml v2's block style (two-space indent, sequences at their key's
// indent) but scalar quoting is the `yaml` package's, so a committed `--format-yaml` output is compared as YAML.
// Every emitted line maps to the template position of the value it came from.
import { stringify } from 'yaml'
import { type ValueOrigin, origins } from './go/exec.js'
import { GoInt, type GoMap, type GoValue, NIL, compareStrings } from './go/value.js'
import { ValuesError, decodeValues } from './values.js'
import type { MappedPosition } from './render.js'

const PART = '\u0000part'

function scalar(v: GoValue): string {
  if (v === NIL) return 'null'
  if (typeof v === 'number') return JSON.stringify(v)
  if (v instanceof GoInt) return v.value.toString()
  if (typeof v === 'boolean') return String(v)
  return stringify(v, { lineWidth: 0 }).replace(/\n$/, '')
}

/** Formats one document; null when it decodes to an empty map, a string for a decoding error. */
export function formatYamlDocument(
  text: string,
  mapper: (offset: number) => MappedPosition | null,
): { text: string; map: (offset: number) => MappedPosition | null } | null | string {
  let data: GoMap
  try {
    data = decodeValues(PART, text)
  } catch (e) {
    if (e instanceof ValuesError) return e.message
    throw e
  }
  if (data.size === 0) return null
  const lineStart: number[] = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStart.push(i + 1)
  const back = (o: ValueOrigin | undefined): MappedPosition | null => (o ? mapper(lineStart[o.line - 1] + o.column - 1) : null)
  let out = ''
  const lines: (MappedPosition | null)[] = []
  const emitLine = (s: string, at: MappedPosition | null): void => {
    for (const l of s.split('\n')) {
      out += l + '\n'
      lines.push(at)
    }
  }
  const emit = (v: GoValue, indent: string, at: MappedPosition | null): void => {
    if (v instanceof Map) {
      const os = origins.get(v)
      for (const k of [...v.keys()].sort(compareStrings)) {
        const child = v.get(k)!
        const cat = back(os?.get(k)) ?? at
        const key = scalar(k)
        if (child instanceof Map && child.size) {
          emitLine(`${indent}${key}:`, cat)
          emit(child, indent + '  ', cat)
        } else if (Array.isArray(child) && child.length) {
          emitLine(`${indent}${key}:`, cat)
          emit(child, indent, cat)
        } else emitLine(`${indent}${key}: ${child instanceof Map ? '{}' : Array.isArray(child) ? '[]' : scalar(child).split('\n').join('\n' + indent + '  ')}`, cat)
      }
      return
    }
    if (Array.isArray(v)) {
      const os = origins.get(v)
      v.forEach((e, i) => {
        const eat = back(os?.get(i)) ?? at
        if (e instanceof Map && e.size) {
          const before = out.length
          emit(e, indent + '  ', eat)
          out = out.slice(0, before) + indent + '- ' + out.slice(before + indent.length + 2)
        } else if (Array.isArray(e) && e.length) {
          emitLine(`${indent}-`, eat)
          emit(e, indent + '  ', eat)
        } else emitLine(`${indent}- ${e instanceof Map ? '{}' : Array.isArray(e) ? '[]' : scalar(e)}`, eat)
      })
    }
  }
  emit(data, '', mapper(0))
  const starts: number[] = [0]
  for (let i = 0; i < out.length; i++) if (out[i] === '\n') starts.push(i + 1)
  return {
    text: out,
    map: (offset) => {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (starts[mid] <= offset) lo = mid
        else hi = mid - 1
      }
      return lines[lo] ?? null
    },
  }
}
