// The functions a `kops toolbox template` template can call: sprig v3's TxtFuncMap (github.com/Masterminds/sprig/v3
// functions.go; v3.2.2/v3.2.3 up to kOps 1.30, v3.3.0 from 1.31.0-alpha.1, which adds sha512sum) with kOps's own
// entries on top (kubernetes/kops:pkg/util/templater/template_functions.go@v1.26.0–v1.37.0-alpha.1): `indent`
// replaced by kOps's indentContent, `include`, and the three Channel* functions.
//
// Every name is defined (so a template using it parses as in kOps), but only the functions whose result is fixed by
// their arguments are evaluated here. The others give an Unknown: the environment (`env`, `expandenv`), the clock
// (`now`, `date*`, `ago`), randomness (`rand*`, `uuidv4`, `shuffle`, key and certificate generators), the network
// (`getHostByName`, Channel*), map iteration order (`keys`, `values`, `omit` of several keys… when the order
// shows), and the few sprig functions this tool does not model. A template whose output depends on an Unknown is
// reported as not evaluated, never guessed.
import { createHash } from 'node:crypto'
import { type CallContext, CallError, ExecError, type GoFunction, type ParamType, goIndex } from './go/exec.js'
import { goQuote } from './go/parse.js'
import { GoInt, type GoMap, type GoValue, INVALID, NIL, Unknown, UnknownInside, compareStrings, formatV, int, isTrue, sliceElem, typeName, typedSlice } from './go/value.js'

const fixed = (params: ParamType[], call: (a: GoValue[], ctx: CallContext) => GoValue): GoFunction => ({ params, call })
const variadic = (params: ParamType[], v: ParamType, call: (a: GoValue[], ctx: CallContext) => GoValue): GoFunction => ({ params, variadic: v, call })
const str = (a: GoValue): string => a as string
const num = (a: GoValue): number => Number((a as GoInt).value)

/** Interface-typed nil (an absent or null value handed to an interface{} parameter). */
const isNil = (v: GoValue): boolean => v === NIL || v === INVALID

/** sprig's strval: strings as they are, everything else through %v. */
export function strval(v: GoValue): string {
  if (typeof v === 'string') return v
  return formatV(isNil(v) ? NIL : v, false)
}

/** sprig's empty(): the zero value of its type, or nil. */
export function empty(v: GoValue): boolean {
  if (isNil(v)) return true
  return !isTrue(v)
}

/** spf13/cast ToInt64 for the inputs whose conversion every cast version kOps vendors agrees on. */
function toInt64(v: GoValue, fn: string): bigint | Unknown {
  if (isNil(v)) return 0n
  if (v instanceof GoInt) return v.value
  if (typeof v === 'number') return Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n
  if (typeof v === 'boolean') return v ? 1n : 0n
  if (typeof v === 'string') {
    if (/^-?[1-9][0-9]*$/.test(v) || v === '0') return BigInt(v)
    return new Unknown(`${fn} of the string ${goQuote(v)} depends on the spf13/cast version's parsing`)
  }
  return 0n
}
function toFloat64(v: GoValue, fn: string): number | Unknown {
  if (isNil(v)) return 0
  if (typeof v === 'number') return v
  if (v instanceof GoInt) return Number(v.value)
  if (typeof v === 'boolean') return v ? 1 : 0
  if (typeof v === 'string') {
    if (/^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/.test(v)) return Number(v)
    return new Unknown(`${fn} of the string ${goQuote(v)} depends on the spf13/cast version's parsing`)
  }
  return 0
}
const wrap64 = (n: bigint): bigint => BigInt.asIntN(64, n)

function int64Op(fn: string, args: GoValue[], op: (a: bigint, b: bigint) => bigint, start?: bigint): GoValue {
  let acc: bigint | undefined = start
  for (const a of args) {
    const x = toInt64(a, fn)
    if (x instanceof Unknown) return x
    acc = acc === undefined ? x : wrap64(op(acc, x))
  }
  return new GoInt(acc ?? 0n, 'int64')
}

/** strconv.Itoa-style slices of ints (sprig's until/untilStep return []int). */
function untilStep(start: number, stop: number, step: number): GoValue[] {
  const v: GoValue[] = []
  if (stop < start) {
    if (step >= 0) return typedSlice(v, 'int')
    for (let i = start; i > stop; i += step) v.push(int(i))
    return typedSlice(v, 'int')
  }
  if (step <= 0) return typedSlice(v, 'int')
  for (let i = start; i < stop; i += step) v.push(int(i))
  return typedSlice(v, 'int')
}

/** sprig's strslice (toStrings, join). */
function strslice(v: GoValue): GoValue[] {
  if (Array.isArray(v)) return typedSlice(v.filter((x) => !isNil(x)).map(strval), 'string')
  if (isNil(v)) return typedSlice([], 'string')
  return typedSlice([strval(v)], 'string')
}

const UNORDERED = new WeakSet<object>()

/** A slice built from Go map iteration: its order is random in kOps, so it is only usable where order cannot show. */
function unordered(items: GoValue[], elem: 'string' | 'interface {}'): GoValue[] {
  const s = typedSlice(items, elem)
  if (items.length > 1) UNORDERED.add(s)
  return s
}
function ordered(v: GoValue, fn: string): Unknown | null {
  if (Array.isArray(v) && UNORDERED.has(v)) return new Unknown(`${fn} of a list built from a map's keys or values: its order is random in kOps`)
  return null
}

function asList(v: GoValue, fn: string, what: string): GoValue[] {
  if (Array.isArray(v)) return v
  throw new CallError(`Cannot ${what} on type ${isNil(v) ? 'invalid' : kindName(v)}`.replace('{fn}', fn))
}
function kindName(v: GoValue): string {
  if (typeof v === 'string') return 'string'
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'number') return 'float64'
  if (v instanceof GoInt) return v.kind
  if (v instanceof Map) return 'map'
  if (Array.isArray(v)) return 'slice'
  return 'interface'
}

/** Go's reflect.DeepEqual over template values. */
function deepEqual(a: GoValue, b: GoValue): boolean {
  if (a instanceof GoInt && b instanceof GoInt) return a.kind === b.kind && a.value === b.value
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && deepEqual(v, b.get(k)!))
  if (Array.isArray(a) && Array.isArray(b)) return sliceElem(a) === sliceElem(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]))
  return (isNil(a) && isNil(b)) || a === b
}

/** encoding/json.Marshal of template values (keys sorted, HTML characters escaped unless raw). */
export function toJson(v: GoValue, escapeHTML = true, indent = ''): string {
  const esc = (s: string): string => {
    let out = JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
    if (escapeHTML) out = out.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    return out
  }
  const enc = (x: GoValue, depth: number): string => {
    if (isNil(x)) return 'null'
    if (typeof x === 'string') return esc(x)
    if (typeof x === 'boolean') return String(x)
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) throw new CallError(`json: unsupported value: ${formatV(x)}`)
      return JSON.stringify(x)
    }
    if (x instanceof GoInt) return x.value.toString()
    const nl = indent ? '\n' + indent.repeat(depth + 1) : ''
    const end = indent ? '\n' + indent.repeat(depth) : ''
    const sep = indent ? ': ' : ':'
    if (x instanceof Map) {
      if (x.size === 0) return '{}'
      return '{' + [...x.keys()].sort(compareStrings).map((k) => nl + esc(k) + sep + enc(x.get(k)!, depth + 1)).join(',') + end + '}'
    }
    if (Array.isArray(x)) {
      if (x.length === 0) return '[]'
      return '[' + x.map((e) => nl + enc(e, depth + 1)).join(',') + end + ']'
    }
    if (x instanceof Unknown) throw new UnknownInside(x.reason)
    throw new CallError(`json: unsupported type: ${typeName(x)}`)
  }
  return enc(v, 0)
}

/** kOps's indentContent: pads every line but the first and the empty ones (kubernetes/kops:pkg/util/templater/templater.go). */
export function kopsIndent(n: number, content: string): string {
  const lines = content.split('\n')
  return lines.map((x, i) => (i === 0 || x.length === 0 ? x : ' '.repeat(Math.max(n, 0)) + x)).join('\n')
}

/** sprig's indent, which kOps's replaces; nindent still uses it. */
function sprigIndent(n: number, v: string): string {
  const pad = ' '.repeat(Math.max(n, 0))
  return pad + v.split('\n').join('\n' + pad)
}

/** strings.Title: upper-cases the first letter of each word (a letter, digit or underscore run). */
function title(s: string): string {
  let prev = ' '
  let out = ''
  for (const ch of s) {
    const sep = !/[\p{L}\p{Nd}_]/u.test(prev) && !(/[\p{L}\p{Nd}]/u.test(prev) || prev === '_')
    out += sep ? ch.toUpperCase() : ch
    prev = ch
  }
  return out
}

function pathClean(p: string): string {
  if (p === '') return '.'
  const rooted = p.startsWith('/')
  const parts: string[] = []
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (parts.length && parts[parts.length - 1] !== '..') parts.pop()
      else if (!rooted) parts.push('..')
    } else parts.push(seg)
  }
  const out = (rooted ? '/' : '') + parts.join('/')
  return out === '' ? '.' : out
}
function pathBase(p: string): string {
  if (p === '') return '.'
  const t = p.replace(/\/+$/, '')
  if (t === '') return '/'
  return t.slice(t.lastIndexOf('/') + 1)
}
function pathDir(p: string): string {
  const i = p.lastIndexOf('/')
  return pathClean(p.slice(0, i + 1))
}
function pathExt(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) if (p[i] === '.') return p.slice(i)
  return ''
}

/** A function that cannot be evaluated offline. */
const unknown = (reason: string, params: ParamType[] = [], v: ParamType | undefined = 'any'): GoFunction => ({
  params,
  variadic: v,
  call: () => new Unknown(reason),
})

const ENV = 'reads the environment of the machine that runs kops'
const CLOCK = 'depends on the clock or time zone of the machine that runs kops'
const RANDOM = 'is random on every run'
const NETWORK = 'needs the network'
const notModelled = (name: string): string => `sprig's ${name} is not modelled by kops-preflight`

/** All names of sprig v3.2.x's TxtFuncMap; v3.3.0 adds sha512sum. */
export const SPRIG_NAMES: readonly string[] = [
  'abbrev', 'abbrevboth', 'add', 'add1', 'add1f', 'addf', 'adler32sum', 'ago', 'all', 'any', 'append', 'atoi', 'b32dec',
  'b32enc', 'b64dec', 'b64enc', 'base', 'bcrypt', 'biggest', 'buildCustomCert', 'camelcase', 'cat', 'ceil', 'chunk',
  'clean', 'coalesce', 'compact', 'concat', 'contains', 'date', 'dateInZone', 'dateModify', 'date_in_zone',
  'date_modify', 'decryptAES', 'deepCopy', 'deepEqual', 'default', 'derivePassword', 'dict', 'dig', 'dir', 'div',
  'divf', 'duration', 'durationRound', 'empty', 'encryptAES', 'env', 'expandenv', 'ext', 'fail', 'first', 'float64',
  'floor', 'fromJson', 'genCA', 'genCAWithKey', 'genPrivateKey', 'genSelfSignedCert', 'genSelfSignedCertWithKey',
  'genSignedCert', 'genSignedCertWithKey', 'get', 'getHostByName', 'has', 'hasKey', 'hasPrefix', 'hasSuffix', 'hello',
  'htmlDate', 'htmlDateInZone', 'htpasswd', 'indent', 'initial', 'initials', 'int', 'int64', 'isAbs', 'join',
  'kebabcase', 'keys', 'kindIs', 'kindOf', 'last', 'list', 'lower', 'max', 'maxf', 'merge', 'mergeOverwrite', 'min',
  'minf', 'mod', 'mul', 'mulf', 'mustAppend', 'mustChunk', 'mustCompact', 'mustDateModify', 'mustDeepCopy',
  'mustFirst', 'mustFromJson', 'mustHas', 'mustInitial', 'mustLast', 'mustMerge', 'mustMergeOverwrite', 'mustPrepend',
  'mustPush', 'mustRegexFind', 'mustRegexFindAll', 'mustRegexMatch', 'mustRegexReplaceAll',
  'mustRegexReplaceAllLiteral', 'mustRegexSplit', 'mustRest', 'mustReverse', 'mustSlice', 'mustToDate', 'mustToJson',
  'mustToPrettyJson', 'mustToRawJson', 'mustUniq', 'mustWithout', 'must_date_modify', 'nindent', 'nospace', 'now',
  'omit', 'osBase', 'osClean', 'osDir', 'osExt', 'osIsAbs', 'pick', 'pluck', 'plural', 'prepend', 'push', 'quote',
  'randAlpha', 'randAlphaNum', 'randAscii', 'randBytes', 'randInt', 'randNumeric', 'regexFind', 'regexFindAll',
  'regexMatch', 'regexQuoteMeta', 'regexReplaceAll', 'regexReplaceAllLiteral', 'regexSplit', 'repeat', 'replace',
  'rest', 'reverse', 'round', 'semver', 'semverCompare', 'seq', 'set', 'sha1sum', 'sha256sum', 'shuffle', 'slice',
  'snakecase', 'sortAlpha', 'split', 'splitList', 'splitn', 'squote', 'sub', 'subf', 'substr', 'swapcase', 'ternary',
  'title', 'toDate', 'toDecimal', 'toJson', 'toPrettyJson', 'toRawJson', 'toString', 'toStrings', 'trim', 'trimAll',
  'trimPrefix', 'trimSuffix', 'trimall', 'trunc', 'tuple', 'typeIs', 'typeIsLike', 'typeOf', 'uniq', 'unixEpoch',
  'unset', 'until', 'untilStep', 'untitle', 'upper', 'urlJoin', 'urlParse', 'uuidv4', 'values', 'without', 'wrap',
  'wrapWith',
]

function sha(alg: string, s: string): string {
  return createHash(alg).update(Buffer.from(s, 'utf8')).digest('hex')
}
function adler32(s: string): number {
  let a = 1
  let b = 0
  for (const byte of Buffer.from(s, 'utf8')) {
    a = (a + byte) % 65521
    b = (b + a) % 65521
  }
  return ((b << 16) | a) >>> 0
}

const goSlice = (s: string, from: number, to?: number): string => {
  const buf = Buffer.from(s, 'utf8')
  if (from < 0 || from > buf.length || (to !== undefined && (to < from || to > buf.length))) throw new CallError(`runtime error: slice bounds out of range [${from}:${to ?? buf.length}]`)
  return buf.subarray(from, to).toString('utf8')
}

const byteLen = (s: string): number => Buffer.byteLength(s, 'utf8')

/** The modelled sprig functions. */
function sprigFunctions(): Map<string, GoFunction> {
  const m = new Map<string, GoFunction>()
  const def = (name: string, f: GoFunction): void => void m.set(name, f)
  def('hello', fixed([], () => 'Hello!'))
  // strings
  def('trim', fixed(['string'], ([s]) => str(s).replace(/^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/gu, '')))
  def('upper', fixed(['string'], ([s]) => str(s).toUpperCase()))
  def('lower', fixed(['string'], ([s]) => str(s).toLowerCase()))
  def('title', fixed(['string'], ([s]) => title(str(s))))
  def('substr', fixed(['int', 'int', 'string'], ([a, b, s]) => {
    const start = num(a)
    const end = num(b)
    const len = byteLen(str(s))
    if (start < 0) return goSlice(str(s), 0, end)
    if (end < 0 || end > len) return goSlice(str(s), start)
    return goSlice(str(s), start, end)
  }))
  def('repeat', fixed(['int', 'string'], ([n, s]) => {
    if (num(n) < 0) throw new CallError('strings: negative Repeat count')
    return str(s).repeat(num(n))
  }))
  const trimAll = fixed(['string', 'string'], ([cut, s]) => {
    const set = new Set([...str(cut)])
    const chars = [...str(s)]
    let i = 0
    let j = chars.length
    while (i < j && set.has(chars[i])) i++
    while (j > i && set.has(chars[j - 1])) j--
    return chars.slice(i, j).join('')
  })
  def('trimall', trimAll)
  def('trimAll', trimAll)
  def('trimSuffix', fixed(['string', 'string'], ([a, b]) => (str(a) && str(b).endsWith(str(a)) ? str(b).slice(0, -str(a).length) : str(b))))
  def('trimPrefix', fixed(['string', 'string'], ([a, b]) => (str(b).startsWith(str(a)) ? str(b).slice(str(a).length) : str(b))))
  def('nospace', fixed(['string'], ([s]) => str(s).replace(/[\s\u0085\u00a0]/gu, '')))
  def('contains', fixed(['string', 'string'], ([a, b]) => str(b).includes(str(a))))
  def('hasPrefix', fixed(['string', 'string'], ([a, b]) => str(b).startsWith(str(a))))
  def('hasSuffix', fixed(['string', 'string'], ([a, b]) => str(b).endsWith(str(a))))
  def('quote', variadic([], 'any', (a) => a.filter((x) => !isNil(x)).map((x) => goQuote(strval(x))).join(' ')))
  def('squote', variadic([], 'any', (a) => a.filter((x) => !isNil(x)).map((x) => `'${formatV(x, false)}'`).join(' ')))
  def('cat', variadic([], 'any', (a) => a.filter((x) => !isNil(x)).map((x) => formatV(x, false)).join(' ')))
  def('nindent', fixed(['int', 'string'], ([n, s]) => '\n' + sprigIndent(num(n), str(s))))
  def('replace', fixed(['string', 'string', 'string'], ([o, n, s]) => (str(o) === '' ? str(n) + [...str(s)].map((c) => c + str(n)).join('') : str(s).split(str(o)).join(str(n)))))
  def('plural', fixed(['string', 'string', 'int'], ([one, many, c]) => (num(c) === 1 ? one : many)))
  def('sha1sum', fixed(['string'], ([s]) => sha('sha1', str(s))))
  def('sha256sum', fixed(['string'], ([s]) => sha('sha256', str(s))))
  def('adler32sum', fixed(['string'], ([s]) => String(adler32(str(s)))))
  def('toString', fixed(['any'], ([v]) => strval(v)))
  def('trunc', fixed(['int', 'string'], ([c, s]) => {
    const n = num(c)
    const len = byteLen(str(s))
    if (n < 0 && len + n > 0) return goSlice(str(s), len + n)
    if (n >= 0 && len > n) return goSlice(str(s), 0, n)
    return s
  }))
  // conversions and arithmetic
  def('atoi', fixed(['string'], ([s]) => (/^[+-]?[0-9]+$/.test(str(s)) && Math.abs(Number(str(s))) < 2 ** 63 ? int(BigInt(str(s))) : int(0))))
  def('int64', fixed(['any'], ([v]) => {
    const x = toInt64(v, 'int64')
    return x instanceof Unknown ? x : new GoInt(x, 'int64')
  }))
  def('int', fixed(['any'], ([v]) => {
    const x = toInt64(v, 'int')
    return x instanceof Unknown ? x : new GoInt(x, 'int')
  }))
  def('float64', fixed(['any'], ([v]) => toFloat64(v, 'float64')))
  def('add1', fixed(['any'], ([v]) => int64Op('add1', [v, int(1)], (a, b) => a + b)))
  def('add', variadic([], 'any', (a) => int64Op('add', a, (x, y) => x + y, 0n)))
  def('sub', fixed(['any', 'any'], (a) => int64Op('sub', a, (x, y) => x - y)))
  const divide = (op: 'div' | 'mod') =>
    fixed(['any', 'any'], ([a, b]) => {
      const x = toInt64(a, op)
      const y = toInt64(b, op)
      if (x instanceof Unknown) return x
      if (y instanceof Unknown) return y
      if (y === 0n) throw new CallError('runtime error: integer divide by zero')
      return new GoInt(op === 'div' ? x / y : x % y, 'int64')
    })
  def('div', divide('div'))
  def('mod', divide('mod'))
  def('mul', variadic(['any'], 'any', (a) => int64Op('mul', a, (x, y) => x * y)))
  const extreme = (name: string, pick: (a: bigint, b: bigint) => boolean) =>
    variadic(['any'], 'any', (a) => {
      let acc: bigint | null = null
      for (const v of a) {
        const x = toInt64(v, name)
        if (x instanceof Unknown) return x
        if (acc === null || pick(x, acc)) acc = x
      }
      return new GoInt(acc ?? 0n, 'int64')
    })
  def('max', extreme('max', (x, acc) => x > acc))
  def('biggest', extreme('biggest', (x, acc) => x > acc))
  def('min', extreme('min', (x, acc) => x < acc))
  def('floor', fixed(['any'], ([v]) => {
    const x = toFloat64(v, 'floor')
    return x instanceof Unknown ? x : Math.floor(x)
  }))
  def('ceil', fixed(['any'], ([v]) => {
    const x = toFloat64(v, 'ceil')
    return x instanceof Unknown ? x : Math.ceil(x)
  }))
  def('until', fixed(['int'], ([c]) => untilStep(0, num(c), num(c) < 0 ? -1 : 1)))
  def('untilStep', fixed(['int', 'int', 'int'], ([a, b, c]) => untilStep(num(a), num(b), num(c))))
  def('seq', variadic([], 'int', (a) => {
    const p = a.map(num)
    const join = (l: GoValue[]): string => l.map((x) => (x as GoInt).value.toString()).join(' ')
    if (p.length === 1) return join(untilStep(1, p[0] + (p[0] < 1 ? -1 : 1), p[0] < 1 ? -1 : 1))
    if (p.length === 2) {
      const step = p[1] < p[0] ? -1 : 1
      return join(untilStep(p[0], p[1] + step, step))
    }
    if (p.length === 3) {
      const inc = p[2] < p[0] ? -1 : 1
      if (p[2] < p[0] && p[1] > 0) return ''
      return join(untilStep(p[0], p[2] + inc, p[1]))
    }
    return ''
  }))
  // lists
  def('split', fixed(['string', 'string'], ([sep, s]) => {
    const parts = goSplit(str(s), str(sep))
    return new Map(parts.map((p, i) => ['_' + i, p]))
  }))
  def('splitList', fixed(['string', 'string'], ([sep, s]) => typedSlice(goSplit(str(s), str(sep)), 'string')))
  def('splitn', fixed(['string', 'int', 'string'], ([sep, n, s]) => {
    let parts = goSplit(str(s), str(sep))
    const k = num(n)
    if (k === 0) parts = []
    else if (k > 0 && parts.length > k) parts = [...parts.slice(0, k - 1), parts.slice(k - 1).join(str(sep))]
    return new Map(parts.map((p, i) => ['_' + i, p]))
  }))
  def('toStrings', fixed(['any'], ([v]) => strslice(v)))
  def('join', fixed(['string', 'any'], ([sep, v]) => ordered(v, 'join') ?? strslice(v).join(str(sep))))
  def('sortAlpha', fixed(['any'], ([v]) => {
    if (Array.isArray(v)) return typedSlice(strslice(v).map(String).sort(compareStrings), 'string')
    return typedSlice([strval(v)], 'string')
  }))
  def('list', variadic([], 'any', (a) => a.map((x) => (x === INVALID ? NIL : x))))
  def('tuple', variadic([], 'any', (a) => a.map((x) => (x === INVALID ? NIL : x))))
  const push = (name: string) =>
    fixed(['any', 'any'], ([l, v]) => {
      const list = asList(l, name, name === 'prepend' ? 'prepend' : 'push')
      return name === 'prepend' ? [v, ...list] : [...list, v]
    })
  def('append', push('push'))
  def('push', push('push'))
  def('prepend', push('prepend'))
  const listFn = (name: string, f: (l: GoValue[]) => GoValue) =>
    fixed(['any'], ([l]) => {
      if (isNil(l)) return name === 'first' || name === 'last' ? NIL : []
      if (!Array.isArray(l)) throw new CallError(`Cannot find ${name} on type ${kindName(l)}`)
      return ordered(l, name) ?? f(l)
    })
  def('first', listFn('first', (l) => (l.length ? l[0] : NIL)))
  def('last', listFn('last', (l) => (l.length ? l[l.length - 1] : NIL)))
  def('rest', listFn('rest', (l) => (l.length ? l.slice(1) : [])))
  def('initial', listFn('initial', (l) => (l.length ? l.slice(0, -1) : [])))
  def('reverse', listFn('reverse', (l) => [...l].reverse()))
  def('uniq', listFn('uniq', (l) => l.filter((x, i) => l.findIndex((y) => deepEqual(x, y)) === i)))
  def('compact', listFn('compact', (l) => l.filter((x) => !empty(x))))
  def('without', variadic(['any'], 'any', ([l, ...omit]) => {
    if (!Array.isArray(l)) throw new CallError(`Cannot find without on type ${kindName(l)}`)
    return l.filter((x) => !omit.some((o) => deepEqual(x, o)))
  }))
  def('has', fixed(['any', 'any'], ([needle, hay]) => {
    if (isNil(hay)) return false
    if (!Array.isArray(hay)) throw new CallError(`Cannot find has on type ${kindName(hay)}`)
    return hay.some((x) => deepEqual(x, needle))
  }))
  def('concat', variadic([], 'any', (lists) => {
    const out: GoValue[] = []
    for (const l of lists) {
      if (!Array.isArray(l)) throw new CallError(`Cannot concat type ${kindName(l)} as list`)
      out.push(...l)
    }
    return out
  }))
  def('slice', variadic(['any'], 'any', ([l, ...idx]) => {
    if (!Array.isArray(l)) throw new CallError(`list should be type of slice or array but ${kindName(l)}`)
    const n = idx.map((x) => Number(toInt64(x, 'slice') as bigint))
    if (n.length === 0) return [...l]
    if (n.length === 1) return l.slice(n[0])
    return l.slice(n[0], n[1])
  }))
  def('index', { params: ['value'], variadic: 'value', call: ([a, ...r]) => goIndex(a, r) })
  // dicts
  def('dict', variadic([], 'any', (a) => {
    const d: GoMap = new Map()
    for (let i = 0; i < a.length; i += 2) d.set(strval(a[i]), i + 1 < a.length ? (a[i + 1] === INVALID ? NIL : a[i + 1]) : '')
    return d
  }))
  def('get', fixed(['map', 'string'], ([d, k]) => ((d as GoMap).has(str(k)) ? (d as GoMap).get(str(k))! : '')))
  def('set', fixed(['map', 'string', 'any'], ([d, k, v]) => ((d as GoMap).set(str(k), v), d)))
  def('unset', fixed(['map', 'string'], ([d, k]) => ((d as GoMap).delete(str(k)), d)))
  def('hasKey', fixed(['map', 'string'], ([d, k]) => (d as GoMap).has(str(k))))
  def('pick', variadic(['map'], 'string', ([d, ...ks]) => new Map(ks.filter((k) => (d as GoMap).has(str(k))).map((k) => [str(k), (d as GoMap).get(str(k))!]))))
  def('omit', variadic(['map'], 'string', ([d, ...ks]) => new Map([...(d as GoMap)].filter(([k]) => !ks.includes(k)))))
  def('keys', variadic([], 'map', (ds) => unordered(ds.flatMap((d) => [...(d as GoMap).keys()]), 'string')))
  def('values', fixed(['map'], ([d]) => unordered([...(d as GoMap).values()], 'interface {}')))
  def('pluck', variadic(['string'], 'map', ([k, ...ds]) => ds.filter((d) => (d as GoMap).has(str(k))).map((d) => (d as GoMap).get(str(k))!)))
  def('dig', variadic(['any'], 'any', (a) => {
    if (a.length < 3) throw new CallError('dig needs at least three arguments')
    const d = a[a.length - 1]
    if (!(d instanceof Map)) throw new CallError(`interface conversion: interface {} is ${typeName(d)}, not map[string]interface {}`)
    const def0 = a[a.length - 2]
    let cur: GoValue = d
    for (const k of a.slice(0, -2)) {
      if (!(cur instanceof Map) || !cur.has(strval(k))) return def0
      cur = cur.get(strval(k))!
    }
    return cur
  }))
  // defaults and flow
  def('default', variadic(['any'], 'any', ([d, ...given]) => (given.length === 0 || empty(given[0]) ? d : given[0])))
  def('empty', fixed(['any'], ([v]) => empty(v)))
  def('coalesce', variadic([], 'any', (a) => a.find((x) => !empty(x)) ?? NIL))
  def('all', variadic([], 'any', (a) => a.every((x) => !empty(x))))
  def('any', variadic([], 'any', (a) => a.some((x) => !empty(x))))
  def('ternary', fixed(['any', 'any', 'bool'], ([t, f, c]) => (c ? t : f)))
  def('fail', fixed(['string'], ([msg]) => {
    throw new CallError(str(msg))
  }))
  def('toJson', fixed(['any'], ([v]) => {
    try {
      return toJson(v)
    } catch (e) {
      if (e instanceof UnknownInside) throw e
      return ''
    }
  }))
  def('mustToJson', fixed(['any'], ([v]) => toJson(v)))
  def('toRawJson', fixed(['any'], ([v]) => toJson(v, false)))
  def('mustToRawJson', fixed(['any'], ([v]) => toJson(v, false)))
  def('toPrettyJson', fixed(['any'], ([v]) => {
    try {
      return toJson(v, true, '  ')
    } catch (e) {
      if (e instanceof UnknownInside) throw e
      return ''
    }
  }))
  def('kindOf', fixed(['any'], ([v]) => (isNil(v) ? 'invalid' : kindName(v))))
  def('kindIs', fixed(['string', 'any'], ([k, v]) => (isNil(v) ? 'invalid' : kindName(v)) === k))
  def('typeOf', fixed(['any'], ([v]) => (isNil(v) ? '<nil>' : typeName(v))))
  def('typeIs', fixed(['string', 'any'], ([t, v]) => (isNil(v) ? '<nil>' : typeName(v)) === t))
  def('deepEqual', fixed(['any', 'any'], ([a, b]) => deepEqual(a, b)))
  // paths and encodings
  def('base', fixed(['string'], ([p]) => pathBase(str(p))))
  def('dir', fixed(['string'], ([p]) => pathDir(str(p))))
  def('clean', fixed(['string'], ([p]) => pathClean(str(p))))
  def('ext', fixed(['string'], ([p]) => pathExt(str(p))))
  def('isAbs', fixed(['string'], ([p]) => str(p).startsWith('/')))
  def('b64enc', fixed(['string'], ([s]) => Buffer.from(str(s), 'utf8').toString('base64')))
  def('b64dec', fixed(['string'], ([s]) => {
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(str(s))) return new Unknown('b64dec of input that is not strict base64 returns a Go error text')
    return Buffer.from(str(s), 'base64').toString('utf8')
  }))
  // semverCompare (Masterminds/semver v3.2.0–v3.4.0 by kOps tag): only the form all those versions agree on is
  // evaluated — one comparison against a full x.y.z, for a full x.y.z version, neither with a prerelease.
  def('semverCompare', fixed(['string', 'string'], ([c, v]) => {
    const n = '(0|[1-9]\\d{0,15})'
    const m = new RegExp(`^\\s*(=|!=|>=|<=|>|<)?\\s*v?${n}\\.${n}\\.${n}\\s*$`).exec(str(c))
    const w = new RegExp(`^v?${n}\\.${n}\\.${n}$`).exec(str(v))
    if (!m || !w) return new Unknown(`semverCompare ${goQuote(str(c))} ${goQuote(str(v))} is beyond the constraint forms kops-preflight models`)
    const cmp = [1, 2, 3].map((i) => Math.sign(Number(w[i]) - Number(m[i + 1]))).find((d) => d !== 0) ?? 0
    switch (m[1] ?? '=') {
      case '=':
        return cmp === 0
      case '!=':
        return cmp !== 0
      case '>':
        return cmp > 0
      case '<':
        return cmp < 0
      case '>=':
        return cmp >= 0
      default:
        return cmp <= 0
    }
  }))
  def('regexQuoteMeta', fixed(['string'], ([s]) => str(s).replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')))
  // environment, clock, randomness, network
  for (const n of ['env', 'expandenv']) def(n, unknown(`${n} ${ENV}`, ['string'], undefined))
  for (const n of ['now', 'date', 'dateInZone', 'date_in_zone', 'dateModify', 'date_modify', 'mustDateModify', 'must_date_modify', 'htmlDate', 'htmlDateInZone', 'ago', 'toDate', 'mustToDate', 'unixEpoch', 'duration', 'durationRound'])
    def(n, unknown(`${n} ${CLOCK}`))
  for (const n of ['randAlphaNum', 'randAlpha', 'randAscii', 'randNumeric', 'randBytes', 'randInt', 'uuidv4', 'shuffle', 'bcrypt', 'htpasswd', 'genPrivateKey', 'genCA', 'genCAWithKey', 'genSelfSignedCert', 'genSelfSignedCertWithKey', 'genSignedCert', 'genSignedCertWithKey', 'buildCustomCert', 'encryptAES'])
    def(n, unknown(`${n} ${RANDOM}`))
  def('getHostByName', unknown(`getHostByName ${NETWORK}`, ['string'], undefined))
  return m
}

/** strings.Split. */
function goSplit(s: string, sep: string): string[] {
  if (sep === '') return [...s]
  return s.split(sep)
}

const CHANNEL = 'reads the kOps channel (stable by default, or --channel) from the network'

/** The function map of kops toolbox template for a sprig version. */
export function templateFunctions(sprigVersion: string): Map<string, GoFunction> {
  const modelled = sprigFunctions()
  const m = new Map<string, GoFunction>()
  const names = sprigVersion >= 'v3.3.0' ? [...SPRIG_NAMES, 'sha512sum'] : SPRIG_NAMES
  for (const n of names) m.set(n, modelled.get(n) ?? unknown(notModelled(n)))
  if (m.has('sha512sum')) m.set('sha512sum', fixed(['string'], ([s]) => sha('sha512', str(s))))
  m.set('indent', fixed(['int', 'string'], ([n, s]) => kopsIndent(num(n), str(s))))
  m.set('include', fixed(['string', 'map'], ([name, ctx], c) => {
    try {
      return c.executeTemplate(str(name), ctx)
    } catch (e) {
      if (e instanceof CallError || e instanceof ExecError) throw new CallError(`snippet: ${str(name)}, issue: ${e.message}`)
      throw e
    }
  }))
  m.set('ChannelRecommendedKubernetesUpgradeVersion', unknown(`ChannelRecommendedKubernetesUpgradeVersion ${CHANNEL}`, ['string'], undefined))
  m.set('ChannelRecommendedKopsKubernetesVersion', unknown(`ChannelRecommendedKopsKubernetesVersion ${CHANNEL}`, [], undefined))
  m.set('ChannelRecommendedImage', unknown(`ChannelRecommendedImage ${CHANNEL}`, ['string', 'string', 'string'], undefined))
  return m
}
