// Pins from Dockerfiles and Containerfiles: `ARG`/`ENV KOPS_VERSION` values and kOps download URLs.
import type { Pin, PinExtractor } from './types.js'
import { linePosOf } from './position.js'
import { baseName, downloadUrlVersions, makePin, sortPins, unquoteSpan } from './normalise.js'

const ID = 'dockerfile'
const KEY = /^KOPS_VERSION$/i

/** One instruction with its continuation lines joined; `at[i]` is the file offset of `text[i]`. */
interface Logical {
  text: string
  at: number[]
}

function physicalLines(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = []
  let start = 0
  while (start <= text.length) {
    const nl = text.indexOf('\n', start)
    let end = nl === -1 ? text.length : nl
    if (end > start && text[end - 1] === '\r') end--
    lines.push([start, end])
    if (nl === -1) break
    start = nl + 1
  }
  return lines
}

const isComment = (text: string, [start, end]: [number, number]): boolean => /^\s*#/.test(text.slice(start, end))

function logicalLines(text: string): Logical[] {
  const out: Logical[] = []
  let cur: Logical | null = null
  for (const line of physicalLines(text)) {
    const [start] = line
    let [, end] = line
    const body = text.slice(start, end)
    if (isComment(text, line) || (cur !== null && body.trim() === '')) continue
    while (end > start && /[ \t]/.test(text[end - 1]!)) end--
    const continued = end > start && text[end - 1] === '\\'
    if (continued) end--
    cur ??= { text: '', at: [] }
    for (let i = start; i < end; i++) {
      cur.text += text[i]
      cur.at.push(i)
    }
    if (!continued) {
      out.push(cur)
      cur = null
    }
  }
  if (cur !== null) out.push(cur)
  return out
}

/** Whitespace-separated words of s from `from`, keeping quoted runs together. */
function words(s: string, from: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let i = from
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i]!)) i++
    if (i >= s.length) break
    const start = i
    let quote: string | null = null
    while (i < s.length && (quote !== null || !/\s/.test(s[i]!))) {
      const c = s[i]!
      if (c === '\\' && quote !== "'") i++
      else if (quote === null && (c === '"' || c === "'")) quote = c
      else if (c === quote) quote = null
      i++
    }
    out.push([start, Math.min(i, s.length)])
  }
  return out
}

/** Spans (in the logical text) of KOPS_VERSION values of an ARG or ENV instruction. */
function assignedValues(s: string): Array<[number, number]> {
  const m = /^\s*(ARG|ENV)\s+/i.exec(s)
  if (m === null) return []
  const ws = words(s, m[0].length)
  const spans: Array<[number, number]> = []
  const first = ws[0]
  if (first === undefined) return spans
  const firstText = s.slice(first[0], first[1])
  if (m[1]!.toUpperCase() === 'ENV' && !firstText.includes('=')) {
    // Legacy `ENV KEY value…`: the rest of the line is the value.
    if (!KEY.test(firstText) || ws.length < 2) return spans
    let end = s.length
    while (end > ws[1]![0] && /\s/.test(s[end - 1]!)) end--
    spans.push(unquoteSpan(s, ws[1]![0], end))
    return spans
  }
  for (const [start, end] of ws) {
    const eq = s.indexOf('=', start)
    if (eq === -1 || eq >= end) continue
    if (!KEY.test(s.slice(start, eq))) continue
    spans.push(unquoteSpan(s, eq + 1, end))
  }
  return spans
}

function extract(text: string, path: string): Pin[] {
  const posOf = linePosOf(text)
  const pins: Pin[] = []
  for (const logical of logicalLines(text)) {
    for (const [start, end] of assignedValues(logical.text)) {
      if (end <= start) continue
      pins.push(makePin(ID, path, text, posOf, logical.at[start]!, logical.at[end - 1]! + 1))
    }
  }
  for (const line of physicalLines(text)) {
    if (isComment(text, line)) continue
    for (const [start, end] of downloadUrlVersions(text, line[0], line[1])) pins.push(makePin(ID, path, text, posOf, start, end))
  }
  return sortPins(pins)
}

function matches(path: string): boolean {
  const name = baseName(path)
  if (/\.dockerignore$/i.test(name)) return false
  return /^(?:Dockerfile|Containerfile)(?:\..+)?$/i.test(name) || /.\.(?:Dockerfile|Containerfile)$/i.test(name)
}

export const dockerfile: PinExtractor = {
  id: ID,
  describe: 'Dockerfiles and Containerfiles: `ARG KOPS_VERSION=1.29.0`, `ENV KOPS_VERSION …`, kOps download URLs',
  matches,
  extract: (text, path) => {
    try {
      return extract(text, path)
    } catch {
      return []
    }
  },
}
