// A unified diff (`diff -u` / `git apply` format) of the edits to one file, with three lines of context.
import type { TextEdit } from './types.js'
import { applyEdits } from './edits.js'

interface Change {
  /** 0-based index of the first old line replaced, and how many. */
  start: number
  count: number
  lines: string[]
}

function splitLines(text: string): string[] {
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** The old line spans the edits touch, merged, each with its new lines (common lines trimmed off both ends). */
function changes(text: string, edits: TextEdit[]): Change[] {
  const old = splitLines(text)
  const spans = edits
    .map((e) => ({ first: e.line - 1, last: e.endColumn === 1 && e.endLine > e.line ? e.endLine - 2 : e.endLine - 1, edits: [e] }))
    .sort((a, b) => a.first - b.first)
  const merged: typeof spans = []
  for (const s of spans) {
    const prev = merged[merged.length - 1]
    if (prev && s.first <= prev.last + 1) {
      prev.last = Math.max(prev.last, s.last)
      prev.edits.push(...s.edits)
    } else merged.push({ ...s, edits: [...s.edits] })
  }
  return merged.map((s) => {
    const last = Math.min(s.last, old.length - 1)
    const oldText = old.slice(s.first, last + 1).join('\n') + '\n'
    const shifted = s.edits.map((e) => ({ ...e, line: e.line - s.first, endLine: e.endLine - s.first }))
    const newLines = splitLines(applyEdits(oldText, shifted))
    const oldLines = old.slice(s.first, last + 1)
    let head = 0
    while (head < oldLines.length && head < newLines.length && oldLines[head] === newLines[head]) head++
    let tail = 0
    while (tail < oldLines.length - head && tail < newLines.length - head && oldLines[oldLines.length - 1 - tail] === newLines[newLines.length - 1 - tail]) tail++
    return { start: s.first + head, count: oldLines.length - head - tail, lines: newLines.slice(head, newLines.length - tail) }
  })
}

export function unifiedDiff(file: string, text: string, edits: TextEdit[], context = 3): string {
  const old = splitLines(text)
  const list = changes(text, edits).filter((c) => c.count > 0 || c.lines.length > 0)
  if (list.length === 0) return ''
  const out = [`--- a/${file}`, `+++ b/${file}`]
  let i = 0
  let delta = 0
  while (i < list.length) {
    let j = i
    while (j + 1 < list.length && list[j + 1].start - (list[j].start + list[j].count) <= 2 * context) j++
    const from = Math.max(0, list[i].start - context)
    const to = Math.min(old.length, list[j].start + list[j].count + context)
    const body: string[] = []
    let cursor = from
    let added = 0
    for (let k = i; k <= j; k++) {
      const c = list[k]
      for (; cursor < c.start; cursor++) body.push(` ${old[cursor]}`)
      for (let n = 0; n < c.count; n++) body.push(`-${old[c.start + n]}`)
      for (const l of c.lines) body.push(`+${l}`)
      cursor = c.start + c.count
      added += c.lines.length - c.count
    }
    for (; cursor < to; cursor++) body.push(` ${old[cursor]}`)
    const oldCount = to - from
    const newCount = oldCount + added
    const oldStart = oldCount === 0 ? from : from + 1
    const newStart = newCount === 0 ? from + delta : from + delta + 1
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...body)
    delta += added
    i = j + 1
  }
  return out.join('\n') + '\n'
}
