// Finds Go-template expressions (`kops toolbox template`) and masks them so the rest of the file still parses.
import type { Position } from '../types.js'

/** Marker written in place of an inline template expression; values containing it are unresolved. */
export const TEMPLATE_MARKER = 'KPTPL'

export interface TemplateExpression {
  text: string
  pos: Position
}

export interface MaskedText {
  text: string
  expressions: TemplateExpression[]
}

const EXPRESSION = /\{\{[\s\S]*?\}\}/g

/** Go template keywords that may stand alone in an action. */
const KEYWORDS = new Set(['end', 'else', 'break', 'continue', 'nil'])

/**
 * Whether `{{ … }}` is a Go template action. A bare identifier such as `{{SessionNameRaw}}` or `{{EC2PrivateDNSName}}`
 * is literal text that other tools substitute (aws-iam-authenticator mappings): in a Go template it would be a call
 * of an undefined function, which no template kOps renders can contain.
 */
export function isTemplateAction(expr: string): boolean {
  const inner = expr.slice(2, -2).replace(/^-\s*/, '').replace(/\s*-$/, '').trim()
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(inner)) return true
  return KEYWORDS.has(inner)
}

/** Converts a string offset into a 1-based line/column using precomputed line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return starts
}

export function offsetToLineCol(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 }
}

export function spanToPosition(starts: number[], start: number, end: number): Position {
  const a = offsetToLineCol(starts, start)
  const b = offsetToLineCol(starts, end)
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
}

/**
 * Replaces every `{{ … }}` with text of the same length so that positions stay exact:
 * a line holding only template actions becomes blank (control flow such as `{{ range }}`
 * or `{{ end }}`); an expression inside a value becomes the marker padded with `_`.
 */
export function maskTemplates(text: string): MaskedText {
  const expressions: TemplateExpression[] = []
  if (!text.includes('{{')) return { text, expressions }
  const starts = lineStarts(text)
  const chars = text.split('')
  for (const m of text.matchAll(EXPRESSION)) {
    if (!isTemplateAction(m[0])) continue
    const start = m.index
    const end = start + m[0].length
    expressions.push({ text: m[0], pos: spanToPosition(starts, start, end) })
    const lineStart = text.lastIndexOf('\n', start - 1) + 1
    let lineEnd = text.indexOf('\n', end)
    if (lineEnd === -1) lineEnd = text.length
    const rest = (text.slice(lineStart, start) + text.slice(end, lineEnd)).replace(EXPRESSION, (e) => (isTemplateAction(e) ? '' : e))
    const standalone = rest.trim() === ''
    for (let i = start; i < end; i++) {
      if (chars[i] === '\n' || chars[i] === '\r') continue
      chars[i] = standalone ? ' ' : i - start < TEMPLATE_MARKER.length ? TEMPLATE_MARKER[i - start] : '_'
    }
  }
  return { text: chars.join(''), expressions }
}

/** Whether a scalar read from YAML depends on something this tool cannot evaluate: a masked template, `${VAR}` or `$VAR`. */
export function isUnresolved(value: string): boolean {
  return value.includes(TEMPLATE_MARKER) || /\$\{[^}]*\}/.test(value) || /(?<![$\\\w])\$[A-Za-z_]\w*/.test(value)
}

/** Jinja2 statements and comments, Terraform directives, and `${…}` alone on a line (a Terraform snippet insertion). */
const DIRECTIVE = /\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|%\{[^}]*\}|^[ \t]*\$\{[^}\n]*\}[ \t]*$/gm

/**
 * Masks the statements of other template languages as maskTemplates does Go actions: same length, a line holding
 * only statements becomes blank, a statement inside a value becomes the marker.
 */
export function maskDirectives(text: string): string {
  if (!/\{%|\{#|%\{|\$\{/.test(text)) return text
  const chars = text.split('')
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index
    const end = start + m[0].length
    const lineStart = text.lastIndexOf('\n', start - 1) + 1
    let lineEnd = text.indexOf('\n', end)
    if (lineEnd === -1) lineEnd = text.length
    const standalone = (text.slice(lineStart, start) + text.slice(end, lineEnd)).replace(DIRECTIVE, '').trim() === ''
    for (let i = start; i < end; i++) {
      if (chars[i] === '\n' || chars[i] === '\r') continue
      chars[i] = standalone ? ' ' : i - start < TEMPLATE_MARKER.length ? TEMPLATE_MARKER[i - start] : '_'
    }
  }
  return chars.join('')
}

const MARKER_RUN = new RegExp(`${TEMPLATE_MARKER}_*`, 'g')

/**
 * A value for people to read: each masked template expression shows as `{{…}}` (the marker is this tool's, never the
 * user's text). `${VAR}` is left as written.
 */
export function displayValue(value: string): string {
  return value.includes(TEMPLATE_MARKER) ? value.replace(MARKER_RUN, '{{…}}') : value
}

/** A located value that is known: null when it is a template expression or variable (unknown, not a value). */
export function resolvedOrNull<T extends { value: string }>(v: T | null): T | null {
  return v !== null && isUnresolved(v.value) ? null : v
}
