// Turns string offsets into 1-based Positions (end column exclusive) and locates YAML scalar values.
import { isScalar } from 'yaml'
import type { Position } from '../types.js'

/** A 1-based line and column for a string offset. */
export interface LinePos {
  line: number
  col: number
}

/** Maps an offset to its 1-based line and column (the `yaml` package's LineCounter has the same shape). */
export type LinePosOf = (offset: number) => LinePos

/** Offsets at which each line of `text` starts; lines end at `\n`. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1)
  }
  return starts
}

/** A LinePosOf over `text`, computed once and reused for many offsets. */
export function linePosOf(text: string): LinePosOf {
  const starts = lineStarts(text)
  return (offset: number): LinePos => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 }
  }
}

/** The Position of the half-open span [start, end). */
export function spanPosition(posOf: LinePosOf, start: number, end: number): Position {
  const a = posOf(start)
  const b = posOf(end)
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col }
}

/** The Position of the half-open span [start, end) of `text`. */
export function positionOf(text: string, start: number, end: number): Position {
  return spanPosition(linePosOf(text), start, end)
}

/** The value span of a YAML scalar as written (quotes excluded), or null for block scalars, empty values and non-scalars. */
export function yamlScalarSpan(node: unknown): [number, number] | null {
  if (!isScalar(node) || node.range == null) return null
  const [start, end] = node.range
  let span: [number, number]
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') span = [start + 1, end - 1]
  else if (node.type === 'PLAIN' || node.type === undefined) span = [start, end]
  else return null
  return span[1] > span[0] ? span : null
}

/**
 * Whether collections nest deeper than `limit`, counting flow brackets and block indicators opening one line
 * (`- - - x`); such text is not handed to the YAML parser, whose recursion it could exhaust.
 */
export function nestsTooDeep(text: string, limit = 256): boolean {
  let depth = 0
  let lineIndicators = 0
  let atLineStart = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) {
      atLineStart = true
      lineIndicators = 0
    } else if (c === 0x5b || c === 0x7b) {
      atLineStart = false
      if (++depth > limit) return true
    } else if (c === 0x5d || c === 0x7d) {
      atLineStart = false
      if (depth > 0) depth--
    } else if (atLineStart && (c === 0x2d || c === 0x3f || c === 0x3a)) {
      const next = text.charCodeAt(i + 1)
      if (next === 0x20 || next === 0x09) {
        if (++lineIndicators > limit) return true
      } else atLineStart = false
    } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) atLineStart = false
  }
  return false
}
