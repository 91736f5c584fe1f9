// Edits of YAML by text range: finds the nodes behind a finding's position in the file as written, builds edits that
// leave every untouched byte (comments, quoting, indentation) as it was, and verifies each result by re-parsing.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml'
import type { TextEdit } from './types.js'

export interface YamlFile {
  file: string
  text: string
  docs: Document.Parsed[]
  lines: LineCounter
}

export interface OffsetEdit {
  start: number
  end: number
  replacement: string
}

/** Parses every document of a file (multi-document streams split on their `---` lines) with positions. */
export function readYamlFile(file: string, text: string): YamlFile {
  const lines = new LineCounter()
  const docs: Document.Parsed[] = []
  const all = parseAllDocuments(text, { lineCounter: lines })
  for (const d of Array.isArray(all) ? all : []) docs.push(d)
  return { file, text, docs, lines }
}

/** Offset of a 1-based line and column. */
export function offsetOf(y: YamlFile, line: number, column: number): number {
  const start = y.lines.lineStarts[line - 1]
  return start === undefined ? y.text.length : start + column - 1
}

export function lineCol(y: YamlFile, offset: number): { line: number; column: number } {
  const p = y.lines.linePos(offset)
  return { line: p.line, column: p.col }
}

export function toTextEdit(y: YamlFile, e: OffsetEdit): TextEdit {
  const s = lineCol(y, e.start)
  const t = lineCol(y, e.end)
  return { file: y.file, line: s.line, column: s.column, endLine: t.line, endColumn: t.column, replacement: e.replacement }
}

export interface PairAt {
  pair: Pair<Node, Node | null>
  parent: YAMLMap
  path: string[]
}

/** Every map pair of the file, with its path of keys (sequence items as their index). */
export function pairs(y: YamlFile): PairAt[] {
  const out: PairAt[] = []
  const visit = (n: unknown, path: string[]): void => {
    if (isMap(n))
      for (const item of n.items) {
        if (!isPair(item) || !isScalar(item.key)) continue
        const p = [...path, String(item.key.value)]
        out.push({ pair: item as Pair<Node, Node | null>, parent: n, path: p })
        visit(item.value, p)
      }
    else if (isSeq(n)) n.items.forEach((c, i) => visit(c, [...path, String(i)]))
  }
  for (const d of y.docs) visit(d.contents, [])
  return out
}

/**
 * The pair a position names: the one whose key starts there, else the one whose value starts there (a block map's
 * value starts where its first key does, so keys win).
 */
export function pairAt(y: YamlFile, offset: number): PairAt | null {
  const all = pairs(y)
  const byKey = all.find((p) => (p.pair.key as Node).range?.[0] === offset)
  if (byKey) return byKey
  return all.find((p) => p.pair.value?.range?.[0] === offset) ?? null
}

function lineStartOf(text: string, offset: number): number {
  const i = text.lastIndexOf('\n', offset - 1)
  return i + 1
}

function lineEndOf(text: string, offset: number): number {
  const i = text.indexOf('\n', offset)
  return i === -1 ? text.length : i + 1
}

/** Only blanks between two offsets (on the same line)? */
function blank(text: string, from: number, to: number): boolean {
  return /^[ \t]*$/.test(text.slice(from, to))
}

/** The offset just past the last non-blank character before `end`. */
function trimBack(text: string, from: number, end: number): number {
  let i = end
  while (i > from && /\s/.test(text[i - 1])) i--
  return i
}

/**
 * Removes a block-style pair: whole lines, from its key's line to its value's last line. Null when the pair shares
 * a line with other content (flow style), which a line edit cannot remove cleanly.
 */
export function removePair(y: YamlFile, p: PairAt): OffsetEdit | null {
  const key = (p.pair.key as Node).range
  if (!key || p.parent.flow) return null
  const start = lineStartOf(y.text, key[0])
  if (!blank(y.text, start, key[0])) return null
  const value = p.pair.value?.range
  const last = value ? trimBack(y.text, key[0], value[1]) : key[1]
  const end = lineEndOf(y.text, Math.max(last - 1, key[1] - 1))
  if (!/^[ \t]*(#.*)?\n?$/.test(y.text.slice(last, end))) return null
  return { start, end, replacement: '' }
}

/** Replaces a scalar's text, keeping its quoting style. */
export function replaceScalar(y: YamlFile, node: Node, value: string): OffsetEdit | null {
  if (!isScalar(node) || !node.range) return null
  const raw = y.text.slice(node.range[0], node.range[1])
  const quote = raw.startsWith('"') ? '"' : raw.startsWith("'") ? "'" : ''
  if (quote === '"' && /["\\]/.test(value)) return null
  if (quote === "'" && value.includes("'")) return null
  // A plain scalar must not hold `: `, ` #` or a line break, nor start with an indicator character.
  if (!quote && (/: |\s#|\n|:$/.test(value) || /^[\s'"&*!|>%@`[\]{},#?:-]/.test(value))) return null
  return { start: node.range[0], end: node.range[1], replacement: `${quote}${value}${quote}` }
}

/** Removes one item of a sequence, block (`- x` line) or flow (`[a, x, b]`). */
export function removeSeqItem(y: YamlFile, seq: YAMLSeq, index: number): OffsetEdit | null {
  const item = seq.items[index] as Node | undefined
  if (!item?.range) return null
  if (!seq.flow) {
    const start = lineStartOf(y.text, item.range[0])
    const dash = y.text.slice(start, item.range[0])
    if (!/^[ \t]*-[ \t]+$/.test(dash)) return null
    return { start, end: lineEndOf(y.text, item.range[1] - 1), replacement: '' }
  }
  const items = seq.items as Node[]
  if (items.length === 1) return { start: item.range[0], end: item.range[1], replacement: '' }
  if (index < items.length - 1) return { start: item.range[0], end: items[index + 1].range![0], replacement: '' }
  return { start: items[index - 1].range![1], end: item.range[1], replacement: '' }
}

/** Applies non-overlapping edits (any order). */
export function applyOffsetEdits(text: string, edits: OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start)
  let out = text
  for (const e of sorted) out = out.slice(0, e.start) + e.replacement + out.slice(e.end)
  return out
}

/** The text parses as YAML with no errors and `check` holds of its documents. */
export function verifies(text: string, check: (docs: unknown[]) => boolean): boolean {
  const docs = parseAllDocuments(text)
  if (!Array.isArray(docs)) return false
  if (docs.some((d) => d.errors.length > 0)) return false
  // toJS expands aliases and refuses excessive ones (alias bombs): such a file is not verified, so it gets no fix.
  try {
    return check(docs.map((d) => d.toJS()))
  } catch {
    return false
  }
}

export function getPath(obj: unknown, path: readonly string[]): unknown {
  let cur = obj
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[k]
  }
  return cur
}

