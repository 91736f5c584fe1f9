// The values context of `kops toolbox template` (kubernetes/kops:cmd/kops/toolbox_template.go, newTemplateContext):
// every `--values` file in order, each decoded by sigs.k8s.io/yaml (go-yaml v2, i.e. YAML 1.1, then a JSON round
// trip: numbers become float64, `on`/`yes` become true, `0755` is 493, timestamps stay strings, only the first
// document counts), deep-merged (maps merge, everything else — lists, scalars, null — replaces); then each `--set`
// and `--set-string` through Helm's strvals parser (helm.sh/helm/v3/pkg/strvals up to kOps 1.35, the fork
// third_party/forked/helmstrvals from 1.36.0-alpha.1: the same grammar).
//
// Up to 1.35 kOps merged the files through Helm's values.Options with the `--values` arguments as given, so a
// directory there fails with Go's read error; from 1.36.0-alpha.1 the files a directory expands to are merged.
import { isMap as isYamlMap, isScalar, isSeq, parseAllDocuments, type Document, type Node as YamlNode } from 'yaml'
import { type ValueOrigin, origins } from './go/exec.js'
import { goQuote } from './go/parse.js'
import { GoInt, type GoMap, type GoValue, NIL } from './go/value.js'
import { lineStarts, offsetToLineCol } from '../manifests/templates.js'

export class ValuesError extends Error {}

/** yaml's YAML 1.1 tags without the ones go-yaml v2 does not resolve for an interface{} target (timestamps, base 60). */
function goYamlTags(tags: unknown[]): unknown[] {
  return tags.filter((t) => {
    const tag = t as { tag?: string; format?: string }
    return tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.format !== 'TIME'
  })
}

/** go-yaml v2 reads `0o17` as an octal int (strconv.ParseInt with base 0); YAML 1.1 itself does not. */
const GO_OCTAL = /^[-+]?0o[0-7_]+$/

/**
 * Decodes a values file as sigs.k8s.io/yaml.Unmarshal into map[string]interface{} does, recording where each value
 * is (file, line, column of the value) for the source map.
 */
export function decodeValues(file: string, text: string): GoMap {
  const docs = parseAllDocuments(text, { version: '1.1', customTags: goYamlTags as never, merge: true, uniqueKeys: false, prettyErrors: false })
  const doc = (Array.isArray(docs) ? docs[0] : docs) as Document | undefined
  if (!doc) return new Map()
  if (doc.errors.length) throw new ValuesError(`error converting YAML to JSON: yaml: ${doc.errors[0].message.split('\n')[0]}`)
  const starts = lineStarts(text)
  const at = (n: YamlNode): ValueOrigin => {
    const { line, column } = offsetToLineCol(starts, n.range?.[0] ?? 0)
    return { file, line, column }
  }
  const convert = (n: unknown): GoValue => {
    if (n === null || n === undefined) return NIL
    if ((n as { type?: string }).type === 'ALIAS' || (n as { source?: unknown }).source !== undefined && (n as { resolve?: unknown }).resolve)
      return convert((n as { resolve: (d: Document) => unknown }).resolve(doc))
    if (isYamlMap(n)) {
      const out: GoMap = new Map()
      const os = new Map<string, ValueOrigin>()
      const put = (k: string, v: GoValue, o: ValueOrigin | undefined): void => {
        out.set(k, v)
        if (o) os.set(k, o)
      }
      for (const pair of n.items) {
        const key = pair.key as YamlNode | null
        const keyText = key === null ? null : isScalar(key) ? key.value : (key as unknown)
        // go-yaml v2 merges where `<<` appears, over the keys set so far; of a list of maps the first wins.
        if (isScalar(key) && key.type === 'PLAIN' && key.source === '<<') {
          const sources = isSeq(pair.value) ? [...pair.value.items].reverse() : [pair.value]
          for (const s of sources) {
            const merged = convert(s)
            if (merged instanceof Map) for (const [k, v] of merged) put(k, v, origins.get(merged)?.get(k))
          }
          continue
        }
        put(keyString(keyText), convert(pair.value), pair.value ? at(pair.value as YamlNode) : key ? at(key) : undefined)
      }
      origins.set(out, os)
      return out
    }
    if (isSeq(n)) {
      const out = n.items.map(convert)
      const os = new Map<number, ValueOrigin>()
      n.items.forEach((it, i) => it && os.set(i, at(it as YamlNode)))
      origins.set(out, os)
      return out
    }
    if (isScalar(n)) {
      const v = n.value
      if (typeof n.source === 'string' && GO_OCTAL.test(n.source) && n.type === 'PLAIN') return parseInt(n.source.replace(/_/g, '').replace('0o', ''), 8) * (n.source.startsWith('-') ? -1 : 1)
      if (v === null || v === undefined) return NIL
      if (typeof v === 'number') {
        // A number too large for float64 (1e400) fails strconv in go-yaml and stays a string; .inf/.nan fail in JSON.
        if (!Number.isFinite(v) && !/^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(String(n.source)) && n.type === 'PLAIN') return String(n.source)
        if (!Number.isFinite(v)) throw new ValuesError(`error converting YAML to JSON: json: unsupported value: ${v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN'}`)
        return v
      }
      if (typeof v === 'bigint') return Number(v)
      if (typeof v === 'boolean' || typeof v === 'string') return v
      if (v instanceof Uint8Array) return Buffer.from(v).toString('base64')
      return String(v)
    }
    return NIL
  }
  const root = convert(doc.contents)
  if (root === NIL) return new Map()
  if (!(root instanceof Map))
    throw new ValuesError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${Array.isArray(root) ? 'array' : typeof root === 'string' ? 'string' : typeof root === 'number' ? 'number' : 'bool'} into Go value of type map[string]interface {}`)
  return root
}

/** sigs.k8s.io/yaml's key conversion: ints in decimal, floats with FormatFloat(…, 'g', -1, 32), bools as words. */
function keyString(k: unknown): string {
  if (typeof k === 'string') return k
  if (typeof k === 'boolean') return k ? 'true' : 'false'
  if (typeof k === 'number') {
    if (Number.isInteger(k)) return String(k)
    if (!Number.isFinite(k)) return Number.isNaN(k) ? '.nan' : k > 0 ? '.inf' : '-.inf'
    return String(Math.fround(k)).replace(/e\+?(-?)(\d)$/, 'e$10$2')
  }
  if (typeof k === 'bigint') return k.toString()
  if (k === null) throw new ValuesError('unsupported map key of type: <nil>')
  return String(k)
}

/** The merge both Helm's values.Options and kOps's own mergeMaps do: maps merge recursively, anything else replaces. */
export function mergeMaps(dst: GoMap, src: GoMap): GoMap {
  const out: GoMap = new Map(dst)
  const os = new Map(origins.get(dst) ?? [])
  const so = origins.get(src)
  for (const [k, v] of src) {
    const existing = out.get(k)
    if (v instanceof Map && existing instanceof Map) out.set(k, mergeMaps(existing, v))
    else {
      out.set(k, v)
      const o = so?.get(k)
      if (o) os.set(k, o)
      else os.delete(k)
    }
  }
  origins.set(out, os)
  return out
}

// ---- strvals (--set / --set-string) ----

const MAX_INDEX = 65536
const MAX_NESTED = 30

class EOF {}

class Scanner {
  private i = 0
  private readonly runes: string[]
  constructor(s: string) {
    this.runes = [...s]
  }
  read(): string | EOF {
    return this.i < this.runes.length ? this.runes[this.i++] : new EOF()
  }
  unread(): void {
    this.i--
  }
}

function runesUntil(sc: Scanner, stop: Set<string>): { v: string; last: string; eof: boolean } {
  let v = ''
  for (;;) {
    const r = sc.read()
    if (r instanceof EOF) return { v, last: '', eof: true }
    if (stop.has(r)) return { v, last: r, eof: false }
    if (r === '\\') {
      const next = sc.read()
      if (next instanceof EOF) return { v, last: '', eof: true }
      v += next
    } else v += r
  }
}

/** strvals's typedVal: `true`/`false`/`null` (any case), int64 for decimal integers without a leading zero. */
function typedVal(v: string, asString: boolean): GoValue {
  if (asString) return v
  const l = v.toLowerCase()
  if (l === 'true') return true
  if (l === 'false') return false
  if (l === 'null') return NIL
  if (v === '0') return new GoInt(0n, 'int64')
  if (v.length && v[0] !== '0' && /^[+-]?[0-9]+$/.test(v)) {
    const n = BigInt(v)
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return new GoInt(n, 'int64')
  }
  return v
}

/** Sets a key from --set, dropping the values-file origin it may have had. */
function put(data: GoMap, k: string, v: GoValue): void {
  if (!k) return
  data.set(k, v)
  origins.get(data)?.delete(k)
}

class StrvalsParser {
  constructor(
    private readonly sc: Scanner,
    private readonly asString: boolean,
    /** kOps's fork (1.36.0-alpha.1 on) returns io.EOF from a final `key=value`, where Helm's reader reset it. */
    private readonly forked: boolean,
  ) {}

  parse(data: GoMap): void {
    for (;;) {
      const r = this.key(data, 0)
      if (r === 'eof') return
    }
  }

  private valList(): { list: GoValue[] } | 'eof' | 'notList' {
    const r = this.sc.read()
    if (r instanceof EOF) return 'eof'
    if (r !== '{') {
      this.sc.unread()
      return 'notList'
    }
    const list: GoValue[] = []
    const stop = new Set([',', '}'])
    for (;;) {
      const { v, last, eof } = runesUntil(this.sc, stop)
      if (eof) throw new ValuesError("list must terminate with '}'")
      if (last === '}') {
        const n = this.sc.read()
        if (!(n instanceof EOF) && n !== ',') this.sc.unread()
        list.push(typedVal(v, this.asString))
        return { list }
      }
      list.push(typedVal(v, this.asString))
    }
  }

  private val(): { v: string; eof: boolean } {
    const { v, eof } = runesUntil(this.sc, new Set([',']))
    return { v, eof }
  }

  /** Returns 'eof' at the end of input, 'ok' after one key. */
  key(data: GoMap, level: number): 'eof' | 'ok' {
    const stop = new Set(['=', '[', ',', '.'])
    const { v: k, last, eof } = runesUntil(this.sc, stop)
    if (eof) {
      if (k.length === 0) return 'eof'
      throw new ValuesError(`key ${goQuote(k)} has no value`)
    }
    switch (last) {
      case '[': {
        const i = this.keyIndex()
        const existing = data.get(k)
        let list: GoValue[] = []
        if (existing !== undefined) {
          if (!Array.isArray(existing)) throw new ValuesError(`unable to parse key: interface conversion: interface {} is ${goTypeOf(existing)}, not []interface {}`)
          list = existing
        }
        const r = this.listItem(list, i, level)
        put(data, k, r.list)
        return r.eof ? 'eof' : 'ok'
      }
      case '=': {
        const vl = this.valList()
        if (vl === 'eof') {
          put(data, k, '')
          return 'eof'
        }
        if (vl !== 'notList') {
          put(data, k, vl.list)
          return 'ok'
        }
        const { v, eof: e } = this.val()
        put(data, k, typedVal(v, this.asString))
        return e && this.forked ? 'eof' : 'ok'
      }
      case ',':
        put(data, k, '')
        throw new ValuesError(`key ${goQuote(k)} has no value (cannot end with ,)`)
      case '.': {
        level++
        if (level > MAX_NESTED) throw new ValuesError(`value name nested level is greater than maximum supported nested level of ${MAX_NESTED}`)
        let inner: GoMap = new Map()
        const existing = data.get(k)
        if (existing !== undefined) {
          if (!(existing instanceof Map)) throw new ValuesError(`unable to parse key: interface conversion: interface {} is ${goTypeOf(existing)}, not map[string]interface {}`)
          inner = existing
        }
        let r: 'eof' | 'ok'
        try {
          r = this.key(inner, level)
        } catch (e) {
          if (inner.size !== 0) put(data, k, inner)
          throw e
        }
        if (r === 'ok' && inner.size === 0) throw new ValuesError(`key map ${goQuote(k)} has no value`)
        if (inner.size !== 0) put(data, k, inner)
        return r
      }
    }
    return 'ok'
  }

  private keyIndex(): number {
    const { v, eof } = runesUntil(this.sc, new Set([']']))
    if (eof) throw new ValuesError('error parsing index: EOF')
    if (!/^[+-]?[0-9]+$/.test(v)) throw new ValuesError(`error parsing index: strconv.Atoi: parsing ${goQuote(v)}: invalid syntax`)
    return Number(v)
  }

  private setIndex(list: GoValue[], i: number, val: GoValue): GoValue[] {
    if (i < 0) throw new ValuesError(`negative ${i} index not allowed`)
    if (i > MAX_INDEX) throw new ValuesError(`index of ${i} is greater than maximum supported index of ${MAX_INDEX}`)
    const out = list.length <= i ? [...list, ...Array<GoValue>(i + 1 - list.length).fill(NIL)] : list
    out[i] = val
    return out
  }

  private listItem(list: GoValue[], i: number, level: number): { list: GoValue[]; eof: boolean } {
    if (i < 0) throw new ValuesError(`negative ${i} index not allowed`)
    const { v: k, last, eof } = runesUntil(this.sc, new Set(['[', '.', '=']))
    if (k.length > 0) throw new ValuesError(`unexpected data at end of array index: ${goQuote(k)}`)
    if (eof) return { list, eof: true }
    switch (last) {
      case '=': {
        const vl = this.valList()
        if (vl === 'eof') return { list: this.setIndex(list, i, ''), eof: true }
        if (vl !== 'notList') return { list: this.setIndex(list, i, vl.list), eof: false }
        const { v, eof: e } = this.val()
        return { list: this.setIndex(list, i, typedVal(v, this.asString)), eof: e }
      }
      case '[': {
        const next = this.keyIndex()
        let cur: GoValue[] = []
        if (list.length > i && list[i] !== NIL) {
          if (!Array.isArray(list[i])) throw new ValuesError(`interface conversion: interface {} is ${goTypeOf(list[i])}, not []interface {}`)
          cur = list[i] as GoValue[]
        }
        const r = this.listItem(cur, next, level)
        return { list: this.setIndex(list, i, r.list), eof: r.eof }
      }
      case '.': {
        let inner: GoMap = new Map()
        if (list.length > i) {
          if (list[i] instanceof Map) inner = list[i] as GoMap
          else list[i] = inner
        }
        // An error (or, in kOps's fork, the end of input) leaves the list as it was.
        if (this.key(inner, level) === 'eof') return { list, eof: true }
        return { list: this.setIndex(list, i, inner), eof: false }
      }
    }
    throw new ValuesError(`parse error: unexpected token ${last}`)
  }
}

function goTypeOf(v: GoValue): string {
  if (typeof v === 'string') return 'string'
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'number') return 'float64'
  if (v instanceof GoInt) return v.kind
  if (v === NIL) return 'nil'
  return 'map[string]interface {}'
}

/** strvals.ParseInto / ParseIntoString: applies one `--set` (or `--set-string`) argument to `dest`. */
export function applySet(arg: string, dest: GoMap, asString: boolean, forked: boolean): void {
  new StrvalsParser(new Scanner(arg), asString, forked).parse(dest)
}
