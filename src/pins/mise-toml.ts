// Pins from mise config files: the kOps entry of the `[tools]` table, read with a small TOML scanner.
import type { Pin, PinExtractor } from './types.js'
import { linePosOf, type LinePosOf } from './position.js'
import { baseName, makePin, normalisePath, sortPins } from './normalise.js'

const ID = 'mise-toml'

interface StringValue {
  kind: 'string'
  /** Content span, without the quotes. */
  start: number
  end: number
}
interface ArrayValue {
  kind: 'array'
  items: TomlValue[]
}
interface TableValue {
  kind: 'table'
  entries: Entry[]
}
interface OtherValue {
  kind: 'other'
}
type TomlValue = StringValue | ArrayValue | TableValue | OtherValue
interface Entry {
  key: string[]
  value: TomlValue
}

const BARE_KEY = /[A-Za-z0-9_-]/

/** Reads key/value entries with their full key paths; tolerant of anything it does not understand. */
class Scanner {
  private i = 0
  constructor(private readonly text: string) {}

  entries(): Entry[] {
    const out: Entry[] = []
    const t = this.text
    let table: string[] = []
    while (true) {
      this.skipBlank(true)
      if (this.i >= t.length) break
      const lineStart = this.i
      if (t[this.i] === '[') {
        const double = t[this.i + 1] === '['
        this.i += double ? 2 : 1
        const key = this.key()
        this.skipBlank(false)
        table = key !== null && t[this.i] === ']' ? key : ['\u0000']
      } else {
        const key = this.key()
        this.skipBlank(false)
        if (key !== null && t[this.i] === '=') {
          this.i++
          this.skipBlank(false)
          out.push({ key: [...table, ...key], value: this.value() })
        }
      }
      this.skipLine()
      if (this.i <= lineStart) this.i = lineStart + 1
    }
    return out
  }

  /** Skips spaces and comments; also newlines when `newlines` is set. */
  private skipBlank(newlines: boolean): void {
    const t = this.text
    while (this.i < t.length) {
      const c = t[this.i]
      if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n')) this.i++
      else if (c === '#') {
        const nl = t.indexOf('\n', this.i)
        this.i = nl === -1 ? t.length : newlines ? nl + 1 : nl
      } else break
    }
  }

  private skipLine(): void {
    const nl = this.text.indexOf('\n', this.i)
    this.i = nl === -1 ? this.text.length : nl + 1
  }

  /** A dotted key, or null. */
  private key(): string[] | null {
    const t = this.text
    const parts: string[] = []
    while (true) {
      this.skipBlank(false)
      const c = t[this.i]
      if (c === '"' || c === "'") {
        const s = this.quoted()
        if (s === null) return null
        parts.push(unescapeBasic(t.slice(s.start, s.end), c))
      } else {
        const from = this.i
        while (this.i < t.length && BARE_KEY.test(t[this.i]!)) this.i++
        if (this.i === from) return null
        parts.push(t.slice(from, this.i))
      }
      this.skipBlank(false)
      if (t[this.i] !== '.') return parts
      this.i++
    }
  }

  /** A single-line quoted string starting at the current quote, or null if unterminated. */
  private quoted(): StringValue | null {
    const t = this.text
    const q = t[this.i]!
    const start = this.i + 1
    let j = start
    while (j < t.length && t[j] !== q && t[j] !== '\n') j += q === '"' && t[j] === '\\' ? 2 : 1
    if (j >= t.length || t[j] !== q) return null
    this.i = j + 1
    return { kind: 'string', start, end: j }
  }

  private value(): TomlValue {
    const t = this.text
    const c = t[this.i]
    if ((c === '"' || c === "'") && t.startsWith(c.repeat(3), this.i)) {
      const delim = c.repeat(3)
      let start = this.i + 3
      if (t[start] === '\n') start++
      else if (t[start] === '\r' && t[start + 1] === '\n') start += 2
      let j = start
      while (j < t.length && !t.startsWith(delim, j)) j += c === '"' && t[j] === '\\' ? 2 : 1
      if (j >= t.length) {
        this.i = t.length
        return { kind: 'other' }
      }
      this.i = j + 3
      return { kind: 'string', start, end: j }
    }
    if (c === '"' || c === "'") return this.quoted() ?? { kind: 'other' }
    if (c === '[') {
      this.i++
      const items: TomlValue[] = []
      while (true) {
        this.skipBlank(true)
        if (this.i >= t.length) break
        if (t[this.i] === ']') {
          this.i++
          break
        }
        const before = this.i
        items.push(this.value())
        this.skipBlank(true)
        if (t[this.i] === ',') this.i++
        else if (t[this.i] === ']') {
          this.i++
          break
        } else if (this.i === before || this.i >= t.length) break
      }
      return { kind: 'array', items }
    }
    if (c === '{') {
      this.i++
      const entries: Entry[] = []
      while (true) {
        this.skipBlank(true)
        if (this.i >= t.length) break
        if (t[this.i] === '}') {
          this.i++
          break
        }
        const key = this.key()
        this.skipBlank(false)
        if (key === null || t[this.i] !== '=') break
        this.i++
        this.skipBlank(false)
        entries.push({ key, value: this.value() })
        this.skipBlank(true)
        if (t[this.i] === ',') this.i++
        else if (t[this.i] === '}') {
          this.i++
          break
        } else break
      }
      return { kind: 'table', entries }
    }
    while (this.i < t.length && !/[\n,\]}#]/.test(t[this.i]!)) this.i++
    return { kind: 'other' }
  }
}

function unescapeBasic(s: string, quote: string): string {
  if (quote !== '"') return s
  return s.replace(/\\(["\\/])/g, '$1')
}

/** `kops`, or a backend-qualified kOps tool such as `aqua:kubernetes/kops`, `ubi:kubernetes/kops[exe=kops]`, `asdf:kops`. */
export function isKopsTool(name: string): boolean {
  const bare = name.trim().replace(/\[[^\]]*\]$/, '').toLowerCase()
  return bare === 'kops' || /^[a-z0-9_-]+:(?:kubernetes\/)?kops$/.test(bare)
}

function collect(entry: Entry, emit: (v: StringValue) => void): void {
  const [root, tool, field, ...rest] = entry.key
  if (root !== 'tools') return
  if (tool === undefined) {
    if (entry.value.kind === 'table') {
      for (const e of entry.value.entries) collect({ key: ['tools', ...e.key], value: e.value }, emit)
    }
    return
  }
  if (!isKopsTool(tool)) return
  if (field === undefined) toolValue(entry.value, emit)
  else if (field === 'version' && rest.length === 0 && entry.value.kind === 'string') emit(entry.value)
}

/** `"1.29.0"`, `["1.29.0", …]` (the first is the active one) or `{ version = "1.29.0" }`. */
function toolValue(value: TomlValue, emit: (v: StringValue) => void): void {
  if (value.kind === 'string') emit(value)
  else if (value.kind === 'array') {
    const first = value.items[0]
    if (first !== undefined && first.kind !== 'array') toolValue(first, emit)
  } else if (value.kind === 'table') {
    for (const e of value.entries) {
      if (e.key.length === 1 && e.key[0] === 'version' && e.value.kind === 'string') emit(e.value)
    }
  }
}

function extract(text: string, path: string): Pin[] {
  const pins: Pin[] = []
  let posOf: LinePosOf | undefined
  for (const entry of new Scanner(text).entries()) {
    collect(entry, (v) => {
      if (v.end <= v.start) return
      posOf ??= linePosOf(text)
      pins.push(makePin(ID, path, text, posOf, v.start, v.end))
    })
  }
  return sortPins(pins)
}

function matches(path: string): boolean {
  const p = normalisePath(path)
  if (/^\.?mise(?:\.[A-Za-z0-9_-]+)?\.toml$/.test(baseName(p))) return true
  return /(?:^|\/)\.?mise\/config(?:\.[A-Za-z0-9_-]+)?\.toml$/.test(p) || /(?:^|\/)\.config\/mise\/conf\.d\/[^/]+\.toml$/.test(p)
}

export const miseToml: PinExtractor = {
  id: ID,
  describe: 'mise config (`mise.toml`, `.mise.toml`, `.config/mise/config.toml`, …): `[tools] kops = "1.29.0"`',
  matches,
  extract: (text, path) => {
    try {
      return extract(text, path)
    } catch {
      return []
    }
  },
}
