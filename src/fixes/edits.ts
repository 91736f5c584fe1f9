// Applying text edits to a file's text.
import type { TextEdit } from './types.js'

/** Applies edits of one file (1-based, end-exclusive ranges; non-overlapping). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  const at = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1
  const sorted = [...edits].sort((a, b) => at(b.line, b.column) - at(a.line, a.column))
  let out = text
  for (const e of sorted) out = out.slice(0, at(e.line, e.column)) + e.replacement + out.slice(at(e.endLine, e.endColumn))
  return out
}
