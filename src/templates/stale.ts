// Whether a committed `--out` file is what `kops toolbox template` renders now. kOps writes the joined documents
// byte for byte, so plain output is compared as text; `--format-yaml` output is compared as YAML (document by
// document, values as sigs.k8s.io/yaml decodes them), because its layout is go-yaml's and not modelled exactly.
import { GoInt, type GoValue } from './go/value.js'
import type { RenderResult } from './render.js'
import { ValuesError, decodeValues } from './values.js'

export interface StaleCheck {
  stale: boolean
  /** 1-based line of the committed file where it first differs from the fresh render (stale only). */
  line?: number
}

function firstDifferentLine(a: string, b: string): number {
  const x = a.split('\n')
  const y = b.split('\n')
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return Math.min(i + 1, Math.max(x.length, 1))
  return 1
}

function same(a: GoValue, b: GoValue): boolean {
  if (a instanceof GoInt && b instanceof GoInt) return a.value === b.value
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && same(v, b.get(k)!))
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]))
  return a === b
}

/** Splits on `---` lines as kOps's output separates documents, keeping each document's first line. */
function documents(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = []
  let line = 1
  let start = 1
  let cur: string[] = []
  for (const l of text.split('\n')) {
    if (/^---\s*$/.test(l)) {
      out.push({ text: cur.join('\n'), line: start })
      cur = []
      start = line + 1
    } else cur.push(l)
    line++
  }
  out.push({ text: cur.join('\n'), line: start })
  return out
}

export function checkStale(result: RenderResult, committed: string, formatYaml: boolean): StaleCheck {
  if (!formatYaml) return committed === result.text ? { stale: false } : { stale: true, line: firstDifferentLine(committed, result.text) }
  const decode = (t: string): GoValue | null => {
    try {
      return decodeValues('', t)
    } catch (e) {
      if (e instanceof ValuesError) return null
      throw e
    }
  }
  const mine = documents(result.text).filter((d) => d.text.trim() !== '')
  const theirs = documents(committed).filter((d) => d.text.trim() !== '')
  for (let i = 0; i < Math.max(mine.length, theirs.length); i++) {
    const a = mine[i] ? decode(mine[i].text) : null
    const b = theirs[i] ? decode(theirs[i].text) : null
    if (a === null || b === null || !same(a, b)) return { stale: true, line: theirs[i]?.line ?? Math.max(committed.split('\n').length, 1) }
  }
  return { stale: false }
}
