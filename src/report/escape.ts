// Escaping for repository-derived text in Markdown, HTML, terminal lines and GitHub workflow commands.

const ZWJ = '\u200d'

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Entity-encodes `& < > " '` so the text is inert inside HTML elements and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c])
}

/**
 * Puts a zero-width joiner after every `@` so GitHub does not turn `@user` or `@org/team` into a
 * mention (and notify them). The text still reads the same.
 */
export function neutraliseMentions(s: string): string {
  return s.replaceAll('@', `@${ZWJ}`)
}

/**
 * Makes text safe as inline GitHub-flavoured Markdown, including inside a table cell or a list item:
 * - line breaks become one space (a raw newline would end the table row or list item);
 * - `& < > "` are entity-encoded, so no HTML is interpreted;
 * - every character with inline meaning is backslash-escaped: `\ ` * _ ~ [ ] | # ! $`
 *   (`$` because GitHub renders `$…$` as math, `#` because of headings and `#123` references);
 * - a leading `-`, `+` or `=` (list item, setext heading) and a leading `1.` or `1)` followed by a
 *   space (ordered list item) are escaped;
 * - `@mentions` are neutralised (see {@link neutraliseMentions}).
 * Never put the result inside a code span: entities and escapes are shown literally there.
 */
export function escapeMarkdown(s: string): string {
  const oneLine = s.replace(/\r\n|\r|\n/g, ' ')
  let out = oneLine.replace(/[\\`*_~[\]|#!$&<>"]/g, (c) => {
    const entity = HTML_ENTITIES[c]
    return entity ?? `\\${c}`
  })
  out = out.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
  return neutraliseMentions(out)
}

/**
 * Inline Markdown from a trusted template that uses backticks for code (rule summaries and
 * remediations): each backtick pair becomes a `<code>` element, everything else is escaped as by
 * {@link escapeMarkdown}. An unpaired backtick is shown as is.
 */
export function escapeMarkdownKeepingCode(s: string): string {
  const parts = s.split('`')
  if (parts.length % 2 === 0) return escapeMarkdown(s)
  return parts.map((p, i) => (i % 2 === 1 ? `<code>${escapeMarkdown(p)}</code>` : escapeMarkdown(p))).join('')
}

/** Text inside an HTML element of a Markdown document (e.g. `<summary>`): one line, entity-encoded, no mentions. */
export function escapeHtmlText(s: string): string {
  return neutraliseMentions(escapeHtml(s.replace(/\r\n|\r|\n/g, ' ')))
}

/**
 * Makes text printable on one terminal line: line breaks and tabs become `\n`, `\r`, `\t`, and
 * other control characters (C0, DEL, C1, which could move the cursor or recolour the terminal)
 * become `\u00XX`.
 */
export function escapeTextLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    if (c === '\n') return '\\n'
    if (c === '\r') return '\\r'
    if (c === '\t') return '\\t'
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

/** The data (message) part of a workflow command, as actions/toolkit's `escapeData` does it. */
export function escapeWorkflowCommandData(s: string): string {
  return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** A property value of a workflow command (`file=…`, `title=…`), as actions/toolkit's `escapeProperty` does it. */
export function escapeWorkflowCommandProperty(s: string): string {
  return escapeWorkflowCommandData(s).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
