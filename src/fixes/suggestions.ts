// Pull request review suggestions from fixes: a new finding's certain fix whose edits lie on lines the pull request
// changed becomes a GitHub suggestion (` ```suggestion ` block replacing the lines the edits touch).
import { createHash } from 'node:crypto'
import { changedLines } from '../repo/changed-lines.js'
import type { RepoFile } from '../repo/side.js'
import type { Finding } from '../types.js'
import { applyEdits } from './edits.js'

export interface Suggestion {
  path: string
  /** First and last head lines replaced (equal for one line). */
  startLine: number
  line: number
  /** The replacement lines (empty: the lines are deleted). */
  replacement: string[]
  description: string
  ruleId: string
  /** Identity of the suggestion across runs: file, lines and replacement. */
  key: string
}

export const SUGGESTION_MARKER = 'kops-preflight:suggestion'

function splitLines(text: string): string[] {
  const l = text.split('\n')
  if (l[l.length - 1] === '') l.pop()
  return l
}

/** Suggestions for the new findings' fixes that touch only lines the pull request changed. */
export function suggestionsFor(findings: Finding[], head: RepoFile[], base: RepoFile[]): Suggestion[] {
  const headText = new Map(head.map((f) => [f.path, f.text]))
  const baseText = new Map(base.map((f) => [f.path, f.text]))
  const changed = new Map<string, Set<number>>()
  const out = new Map<string, Suggestion>()
  for (const f of findings) {
    if (f.status !== 'new' || !f.fix) continue
    const files = new Set(f.fix.edits.map((e) => e.file))
    if (files.size !== 1) continue
    const [path] = files
    const text = headText.get(path)
    if (text === undefined) continue
    let lines = changed.get(path)
    if (!lines) {
      lines = changedLines(baseText.get(path) ?? null, text)
      changed.set(path, lines)
    }
    const first = Math.min(...f.fix.edits.map((e) => e.line))
    const last = Math.max(...f.fix.edits.map((e) => (e.endColumn === 1 && e.endLine > e.line ? e.endLine - 1 : e.endLine)))
    let onChanged = true
    for (let n = first; n <= last; n++) if (!lines.has(n)) onChanged = false
    if (!onChanged) continue
    const old = splitLines(text)
    const span = old.slice(first - 1, last).join('\n') + '\n'
    const shifted = f.fix.edits.map((e) => ({ ...e, line: e.line - first + 1, endLine: e.endLine - first + 1 }))
    const replacement = splitLines(applyEdits(span, shifted))
    const key = createHash('sha256').update(JSON.stringify([path, first, last, replacement])).digest('hex').slice(0, 16)
    if (!out.has(key)) out.set(key, { path, startLine: first, line: last, replacement, description: f.fix.description, ruleId: f.ruleId, key })
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.startLine - b.startLine))
}

/** The review comment body: marker, what and why, and the suggestion block. */
export function suggestionBody(s: Suggestion, escape: (t: string) => string): string {
  const fence = s.replacement.some((l) => l.startsWith('```')) ? '````' : '```'
  return [`<!-- ${SUGGESTION_MARKER} ${s.key} -->`, `**kops-preflight** (\`${s.ruleId}\`): ${escape(s.description)}`, '', `${fence}suggestion`, ...s.replacement, fence].join('\n')
}
