// The Go values a kOps template sees, and Go's fmt printing of them (%v, Sprint, Sprintln, Sprintf).
//
// Values loaded through sigs.k8s.io/yaml are JSON-decoded: objects are map[string]interface{}, arrays
// []interface{}, numbers float64, plus string, bool and nil. `--set` adds int64; template constants and `len`
// give int; sprig adds int64/int/float64/[]string results. Representation:
//   string, boolean          → string, bool
//   number                   → float64
//   GoInt                    → int / int64 / uint (kind kept for type names in errors)
//   Map<string, GoValue>     → map[string]interface {}
//   GoValue[] (+ elem tag)   → []interface {} (or []string / []int when tagged)
//   NIL                      → a nil interface{} (e.g. `key: null`)
//   INVALID                  → Go's invalid reflect.Value (a missing key): prints `<no value>`
//   Unknown                  → a value this tool cannot compute offline (env, now, Channel*, …)

export class GoInt {
  constructor(
    readonly value: bigint,
    readonly kind: 'int' | 'int64' | 'int32' | 'uint8' | 'uint' = 'int',
  ) {}
}

export class Unknown {
  constructor(readonly reason: string) {}
}

/** Thrown when formatting reaches an Unknown nested in a map or slice: the text cannot be known. */
export class UnknownInside extends Error {
  constructor(readonly reason: string) {
    super(reason)
  }
}

export const NIL = Symbol('nil')
export const INVALID = Symbol('invalid')

export type GoMap = Map<string, GoValue>
export type GoValue = string | boolean | number | GoInt | GoMap | GoValue[] | typeof NIL | typeof INVALID | Unknown | GoFunc

/** A Go function value (only produced by functions this tool models). */
export class GoFunc {
  constructor(
    readonly name: string,
    readonly fn: (...args: GoValue[]) => GoValue,
  ) {}
}

const ELEM = Symbol('elem')
type Tagged = GoValue[] & { [ELEM]?: string }

/** A slice whose element type is not interface{} (e.g. sprig's `splitList` gives []string). */
export function typedSlice(items: GoValue[], elem: 'string' | 'int' | 'interface {}'): GoValue[] {
  const t = items as Tagged
  if (elem !== 'interface {}') t[ELEM] = elem
  return t
}

export function sliceElem(v: GoValue[]): string {
  return (v as Tagged)[ELEM] ?? 'interface {}'
}

export const isMap = (v: GoValue): v is GoMap => v instanceof Map
export const isSlice = (v: GoValue): v is GoValue[] => Array.isArray(v)
export const int = (n: number | bigint, kind: GoInt['kind'] = 'int'): GoInt => new GoInt(BigInt(n), kind)

export type Kind = 'invalid' | 'interface' | 'string' | 'bool' | 'float64' | 'int' | 'uint' | 'map' | 'slice' | 'func' | 'unknown'

export function kindOf(v: GoValue): Kind {
  if (v === INVALID) return 'invalid'
  if (v === NIL) return 'interface'
  if (typeof v === 'string') return 'string'
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'number') return 'float64'
  if (v instanceof GoInt) return v.kind.startsWith('uint') ? 'uint' : 'int'
  if (v instanceof Map) return 'map'
  if (Array.isArray(v)) return 'slice'
  if (v instanceof GoFunc) return 'func'
  return 'unknown'
}

/** Go's reflect type name, as errors print it. */
export function typeName(v: GoValue): string {
  if (v === NIL) return 'interface {}'
  if (v === INVALID) return '<nil>'
  if (typeof v === 'string') return 'string'
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'number') return 'float64'
  if (v instanceof GoInt) return v.kind
  if (v instanceof Map) return 'map[string]interface {}'
  if (Array.isArray(v)) return '[]' + sliceElem(v)
  if (v instanceof GoFunc) return 'func'
  return 'unknown'
}

/** text/template's truth: false, 0, nil, empty string/slice/map are false. */
export function isTrue(v: GoValue): boolean {
  if (v === INVALID || v === NIL) return false
  if (typeof v === 'string') return v.length > 0
  if (typeof v === 'boolean') return v
  if (typeof v === 'number') return v !== 0
  if (v instanceof GoInt) return v.value !== 0n
  if (v instanceof Map) return v.size > 0
  if (Array.isArray(v)) return v.length > 0
  return true
}

// ---- fmt ----

/** strconv.FormatFloat(f, fmt, -1, 64) for 'g' (with %v's exponent threshold), 'e' and 'f'. */
export function formatFloat(f: number, verb: 'g' | 'e' | 'f' | 'v', prec = -1): string {
  if (Number.isNaN(f)) return 'NaN'
  if (f === Infinity) return '+Inf'
  if (f === -Infinity) return '-Inf'
  const neg = f < 0 || Object.is(f, -0)
  const a = Math.abs(f)
  if (verb === 'f') return (neg ? '-' : '') + (prec < 0 ? fixedShortest(a) : a.toFixed(prec))
  // Shortest digits and decimal exponent.
  let digits: string
  let exp: number
  if (prec < 0 || verb === 'v' || verb === 'g') {
    const e = a.toExponential()
    const [m, x] = e.split('e')
    digits = m.replace('.', '')
    exp = Number(x)
    if (prec >= 0 && verb === 'g') {
      const e2 = a.toExponential(Math.max(prec - 1, 0))
      const [m2, x2] = e2.split('e')
      digits = m2.replace('.', '').replace(/0+$/, '') || '0'
      exp = Number(x2)
    }
  } else {
    const e = a.toExponential(prec)
    const [m, x] = e.split('e')
    return (neg ? '-' : '') + m + 'e' + (Number(x) < 0 ? '-' : '+') + String(Math.abs(Number(x))).padStart(2, '0')
  }
  if (a === 0) {
    digits = '0'
    exp = 0
  }
  const eprec = prec < 0 || verb === 'v' ? 6 : prec === 0 ? 1 : prec
  const useExp = verb === 'e' || exp < -4 || exp >= (prec < 0 ? eprec : Math.max(eprec, 1))
  let out: string
  if (useExp) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits
    out = mant + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0')
  } else if (exp < 0) out = '0.' + '0'.repeat(-exp - 1) + digits
  else if (digits.length <= exp + 1) out = digits + '0'.repeat(exp + 1 - digits.length)
  else out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1)
  return (neg ? '-' : '') + out
}

function fixedShortest(a: number): string {
  const e = a.toExponential()
  const [m, x] = e.split('e')
  const digits = m.replace('.', '')
  const exp = Number(x)
  if (a === 0) return '0'
  if (exp < 0) return '0.' + '0'.repeat(-exp - 1) + digits
  if (digits.length <= exp + 1) return digits + '0'.repeat(exp + 1 - digits.length)
  return digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1)
}

/** fmt's %v of a value (inside containers nil prints `<nil>`). */
export function formatV(v: GoValue, top = true): string {
  if (v === INVALID) return top ? '<invalid reflect.Value>' : '<nil>'
  if (v === NIL) return '<nil>'
  if (typeof v === 'string') return v
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (typeof v === 'number') return formatFloat(v, 'v')
  if (v instanceof GoInt) return v.value.toString()
  if (v instanceof Map)
    return (
      'map[' +
      [...v.keys()]
        .sort(compareStrings)
        .map((k) => k + ':' + formatV(v.get(k)!, false))
        .join(' ') +
      ']'
    )
  if (Array.isArray(v)) return '[' + v.map((x) => formatV(x, false)).join(' ') + ']'
  if (v instanceof GoFunc) return '0x0'
  throw new UnknownInside(v.reason)
}

/** Go string ordering (bytewise on UTF-8; code-unit order matches for the BMP). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** fmt.Sprint: spaces between operands when neither side is a string. */
export function sprint(args: GoValue[]): string {
  let out = ''
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' '
    out += formatV(a === INVALID ? NIL : a, false)
  })
  return out
}

export function sprintln(args: GoValue[]): string {
  return args.map((a) => formatV(a === INVALID ? NIL : a, false)).join(' ') + '\n'
}

/** fmt.Sprintf for the verbs templates use: v s d q t f e g x X o b c and %%, with flags, width and precision. */
export function sprintf(format: string, args: GoValue[]): string {
  let out = ''
  let argi = 0
  const re = /%([-+# 0]*)(\*|\d+)?(?:\.(\*|\d+)?)?([a-zA-Z%])?/g
  let last = 0
  for (let m = re.exec(format); m; m = re.exec(format)) {
    out += format.slice(last, m.index)
    last = re.lastIndex
    const [, flags, widthS, precS, verb] = m
    if (verb === undefined) {
      out += '%!(NOVERB)'
      continue
    }
    if (verb === '%') {
      out += '%'
      continue
    }
    let width = widthS === undefined ? -1 : widthS === '*' ? Number((args[argi++] as GoInt)?.value ?? 0) : Number(widthS)
    const prec = m[0].includes('.') ? (precS === undefined ? 0 : precS === '*' ? Number((args[argi++] as GoInt)?.value ?? 0) : Number(precS)) : -1
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`
      continue
    }
    const a = args[argi++]
    let s = formatVerb(verb, a, prec, flags)
    const minus = flags.includes('-')
    if (width < 0) width = 0
    if (s.length < width) {
      const zero = flags.includes('0') && !minus && /[dfegxXob]/.test(verb) && (typeof a === 'number' || a instanceof GoInt)
      if (minus) s = s + ' '.repeat(width - s.length)
      else if (zero) {
        const sign = /^[+-]/.test(s) ? s[0] : ''
        s = sign + '0'.repeat(width - s.length) + s.slice(sign.length)
      } else s = ' '.repeat(width - s.length) + s
    }
    out += s
  }
  out += format.slice(last)
  if (argi < args.length) out += '%!(EXTRA ' + args.slice(argi).map((a) => `${typeName(a === INVALID ? NIL : a)}=${formatV(a, false)}`).join(', ') + ')'
  return out
}

function bad(verb: string, a: GoValue): string {
  if (a === NIL || a === INVALID) return `%!${verb}(<nil>)`
  return `%!${verb}(${typeName(a)}=${formatV(a, false)})`
}

function formatVerb(verb: string, a: GoValue, prec: number, flags: string): string {
  const plus = flags.includes('+')
  const sign = (s: string): string => (plus && !s.startsWith('-') ? '+' + s : s)
  switch (verb) {
    case 'v':
      if (typeof a === 'number') return sign(formatFloat(a, 'v'))
      return formatV(a === INVALID ? NIL : a, false)
    case 's':
      if (typeof a === 'string') return prec >= 0 ? [...a].slice(0, prec).join('') : a
      if (a instanceof Map || Array.isArray(a)) return formatContainer(a, 's')
      return bad(verb, a)
    case 'q':
      if (typeof a === 'string') return JSON.stringify(a).replace(/\\u007f/g, '\\x7f')
      return bad(verb, a)
    case 'd':
      if (a instanceof GoInt) return sign(a.value.toString())
      if (Array.isArray(a) || a instanceof Map) return formatContainer(a, 'd')
      return bad(verb, a)
    case 't':
      return typeof a === 'boolean' ? String(a) : bad(verb, a)
    case 'f':
    case 'F':
      if (typeof a === 'number') return sign(formatFloat(a, 'f', prec < 0 ? 6 : prec))
      return bad(verb, a)
    case 'e':
      if (typeof a === 'number') return sign(formatFloat(a, 'e', prec < 0 ? 6 : prec))
      return bad(verb, a)
    case 'g':
      if (typeof a === 'number') return sign(formatFloat(a, 'g', prec))
      return bad(verb, a)
    case 'x':
    case 'X': {
      let s: string | null = null
      if (a instanceof GoInt) s = (a.value < 0n ? '-' : '') + (a.value < 0n ? -a.value : a.value).toString(16)
      else if (typeof a === 'string') s = Buffer.from(a, 'utf8').toString('hex')
      if (s === null) return bad(verb, a)
      return verb === 'X' ? s.toUpperCase() : s
    }
    case 'o':
      return a instanceof GoInt ? a.value.toString(8) : bad(verb, a)
    case 'b':
      return a instanceof GoInt ? a.value.toString(2) : bad(verb, a)
    case 'c':
      return a instanceof GoInt ? String.fromCodePoint(Number(a.value)) : bad(verb, a)
    case 'T':
      return a === NIL || a === INVALID ? '<nil>' : typeName(a)
  }
  return bad(verb, a)
}

function formatContainer(a: GoMap | GoValue[], verb: string): string {
  const one = (x: GoValue): string => (verb === 's' && typeof x === 'string') || (verb === 'd' && x instanceof GoInt) ? formatV(x, false) : bad(verb, x)
  if (Array.isArray(a)) return '[' + a.map(one).join(' ') + ']'
  return 'map[' + [...a.keys()].sort(compareStrings).map((k) => one(k) + ':' + one(a.get(k)!)).join(' ') + ']'
}
