// Finds `kops toolbox template` in shell command text and reads its arguments as kOps's flags take them.
// Flags: kubernetes/kops:cmd/kops/toolbox_template.go@v1.26.0-alpha.1..v1.37.0-alpha.1 (`--values`, `--template`,
// `--snippets` are pflag string slices: repeated and comma-separated; `--set`, `--set-string` are string arrays:
// repeated, commas kept for the values parser; `--out`, and `--output` (an alias: normalised to `out` before
// v1.28.0-alpha.1, deprecated after); `--fail-on-missing` (default true) and `--format-yaml` (default false) are
// booleans that take a value only as `--flag=value`). `--name` and the positional cluster name come from
// cmd/kops/root.go (`KOPS_CLUSTER_NAME` is its default). kOps has no short forms of these; `-v` is klog verbosity.
// Without any of them kOps takes the cluster of the kubeconfig's current context (RootCmd.ClusterName), which is not
// in the repository, and fails with "--name is required" when there is none; `name` is then null.
import { spanToPosition } from '../../manifests/templates.js'
import type { InvocationKind, TemplateInvocation } from '../invocation.js'

/** Text with, for each character, the offset in the file it came from (expanded variables map to their reference). */
export interface MappedText {
  text: string
  at: number[]
}

export function mapped(text: string, start = 0): MappedText {
  return { text, at: Array.from({ length: text.length }, (_, i) => start + i) }
}

export function sliceMapped(m: MappedText, from: number, to: number): MappedText {
  return { text: m.text.slice(from, to), at: m.at.slice(from, to) }
}

export function joinMapped(parts: MappedText[]): MappedText {
  return { text: parts.map((p) => p.text).join(''), at: parts.flatMap((p) => p.at) }
}

/** Where a command runs and what it knows: the working directory (repository-relative) and literal variables. */
export interface ShellContext {
  kind: InvocationKind
  file: string
  /** Offsets of line starts in the file, for positions. */
  lineStarts: number[]
  cwd: string
  env: Map<string, string>
}

interface Word {
  /** The expanded value, or null when it depends on something not literal ($(cmd), an unknown variable, a glob). */
  value: string | null
  raw: string
  start: number
  end: number
}

type Token = { kind: 'word'; word: Word } | { kind: 'op'; op: string; start: number }

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/

/** env key holding a script's own directory (repository-relative), for `$(dirname "$0")`. */
export const SCRIPT_DIR = '\u0000script-dir'
/** Prefix of a path that is repository-relative whatever the working directory. */
export const ROOT = '\u0000root/'
/** `dirname "$0"`, `dirname "${BASH_SOURCE[0]}"`, and `cd "$(dirname "$0")" && pwd` (and `/..`-free variants). */
const OWN_DIR = /^\s*(?:cd\s+"?\$\(\s*)?dirname\s+"?\$(?:0|\{0\}|\{?BASH_SOURCE(?:\[0\])?\}?)"?\s*(?:\)"?\s*(?:&&|;)\s*pwd(?:\s+-P)?\s*)?$/

/** Expands `$VAR`, `${VAR}`, `${VAR:-x}` from env; null for anything else that is not literal. */
function expandParam(s: string, i: number, env: Map<string, string>): { value: string | null; end: number } {
  const next = s[i + 1]
  if (next === '(') {
    // $(command) or $((arithmetic)): not literal, except the script's own directory. Skip to the matching parenthesis.
    let depth = 0
    let j = i + 1
    for (; j < s.length; j++) {
      if (s[j] === '(') depth++
      else if (s[j] === ')' && --depth === 0) break
    }
    const inner = s.slice(i + 2, j)
    const own = env.get(SCRIPT_DIR)
    if (own !== undefined && OWN_DIR.test(inner)) return { value: `${ROOT}${own}`, end: Math.min(j + 1, s.length) }
    return { value: null, end: Math.min(j + 1, s.length) }
  }
  if (next === '{') {
    const close = s.indexOf('}', i + 2)
    if (close === -1) return { value: null, end: s.length }
    const body = s.slice(i + 2, close)
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=])(.*))?$/s.exec(body)
    if (!m) return { value: null, end: close + 1 }
    const v = env.get(m[1])
    if (v !== undefined && !(m[2]?.startsWith(':') && v === '')) return { value: v, end: close + 1 }
    return { value: m[2] !== undefined ? m[3] : null, end: close + 1 }
  }
  const m = NAME.exec(s.slice(i + 1))
  if (!m) return { value: '$', end: i + 1 }
  return { value: env.get(m[0]) ?? null, end: i + 1 + m[0].length }
}

/** Splits shell text into words (quotes, escapes and parameters resolved) and control operators. */
export function tokenize(s: string, env: Map<string, string>): Token[] {
  const out: Token[] = []
  let i = 0
  while (i < s.length) {
    const c = s[i]
    if (c === ' ' || c === '\t' || c === '\r') {
      i++
      continue
    }
    if (c === '\\' && s[i + 1] === '\n') {
      i += 2
      continue
    }
    if (c === '#') {
      while (i < s.length && s[i] !== '\n') i++
      continue
    }
    if ((c === '<' || c === '>') && s[i + 1] === '(') {
      // Process substitution `<(cmd)`: a file name only the running shell knows.
      let depth = 0
      let j = i + 1
      for (; j < s.length; j++) {
        if (s[j] === '(') depth++
        else if (s[j] === ')' && --depth === 0) break
      }
      out.push({ kind: 'word', word: { value: null, raw: s.slice(i, j + 1), start: i, end: Math.min(j + 1, s.length) } })
      i = j + 1
      continue
    }
    const op = /^(?:&&|\|\||;;|[;&|\n(){}]|\d?>>|\d?>&?|<)/.exec(s.slice(i))
    if (op && !(op[0] === '{' && s[i + 1] !== ' ' && s[i + 1] !== '\n') && !(op[0] === '}' && i > 0 && s[i - 1] !== ' ' && s[i - 1] !== ';')) {
      out.push({ kind: 'op', op: op[0], start: i })
      i += op[0].length
      continue
    }
    const start = i
    let value: string | null = ''
    while (i < s.length && !/[\s;&|()<>]/.test(s[i])) {
      const ch = s[i]
      if (ch === "'") {
        const close = s.indexOf("'", i + 1)
        const end = close === -1 ? s.length : close
        if (value !== null) value += s.slice(i + 1, end)
        i = end + 1
      } else if (ch === '"') {
        i++
        while (i < s.length && s[i] !== '"') {
          if (s[i] === '\\' && i + 1 < s.length && '$`"\\\n'.includes(s[i + 1])) {
            if (value !== null && s[i + 1] !== '\n') value += s[i + 1]
            i += 2
          } else if (s[i] === '$') {
            const p = expandParam(s, i, env)
            value = value === null || p.value === null ? null : value + p.value
            i = p.end
          } else if (s[i] === '`') {
            const close = s.indexOf('`', i + 1)
            value = null
            i = close === -1 ? s.length : close + 1
          } else {
            if (value !== null) value += s[i]
            i++
          }
        }
        i++
      } else if (ch === '\\') {
        if (value !== null && i + 1 < s.length && s[i + 1] !== '\n') value += s[i + 1]
        i += 2
      } else if (ch === '$') {
        const p = expandParam(s, i, env)
        value = value === null || p.value === null ? null : value + p.value
        i = p.end
      } else if (ch === '`') {
        const close = s.indexOf('`', i + 1)
        value = null
        i = close === -1 ? s.length : close + 1
      } else {
        if (value !== null) value += ch
        i++
      }
    }
    const raw = s.slice(start, i)
    if (value !== null && /[*?[]/.test(raw.replace(/'[^']*'|"[^"]*"/g, ''))) value = null
    out.push({ kind: 'word', word: { value, raw, start, end: i } })
  }
  return out
}

/** The value of one word (as tokenize splits them) with the variables known now. */
function expandWord(raw: string, env: Map<string, string>): string | null {
  const t = tokenize(raw, env)
  return t.length === 1 && t[0].kind === 'word' ? t[0].word.value : null
}

/** Simple commands: words between control operators, with the redirection target of `>` if any. */
function commands(tokens: Token[]): { words: Word[]; stdout: Word | null }[] {
  const out: { words: Word[]; stdout: Word | null }[] = []
  let cur: { words: Word[]; stdout: Word | null } = { words: [], stdout: null }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]
    if (t.kind === 'word') cur.words.push(t.word)
    else if (/^1?>>?$/.test(t.op) && tokens[k + 1]?.kind === 'word') {
      cur.stdout = (tokens[++k] as { word: Word }).word
    } else if (/^\d?>&?$|^\d>>$|^<$/.test(t.op)) {
      if (tokens[k + 1]?.kind === 'word') k++
    } else {
      out.push(cur)
      cur = { words: [], stdout: null }
    }
  }
  out.push(cur)
  return out.filter((c) => c.words.length > 0)
}

/** Resolves `p` against `cwd`, both repository-relative; null when it leaves the repository or is absolute. */
export function resolvePath(cwd: string, p: string): string | null {
  if (p.startsWith(ROOT)) return resolvePath('', p.slice(ROOT.length).replace(/^\/+/, ''))
  if (p.startsWith('/') || p.startsWith('~')) return null
  const parts = cwd === '' ? [] : cwd.split('/')
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (parts.length === 0) return null
      parts.pop()
    } else parts.push(seg)
  }
  return parts.join('/')
}

/** Flags of `kops toolbox template` and kOps's global flags that take a value (`--flag value` consumes the next word). */
const VALUE_FLAGS = new Set(['values', 'set', 'set-string', 'template', 'snippets', 'channel', 'output', 'out', 'config-value', 'name', 'state', 'config', 'v', 'log_dir', 'log_file', 'log_file_max_size', 'stderrthreshold', 'vmodule', 'log_backtrace_at', 's2a_timeout'])
const BOOL_FLAGS = new Set(['fail-on-missing', 'format-yaml', 'help', 'h', 'add_dir_header', 'alsologtostderr', 'logtostderr', 'one_output', 'skip_headers', 'skip_log_headers', 's2a_enable_appengine_dialer'])

/** pflag's strconv.ParseBool. */
function parseBool(v: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false
  return null
}

/** pflag's string slices read their value as one CSV record. */
function csv(v: string): string[] {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < v.length; i++) {
    const c = v[i]
    if (quoted) {
      if (c === '"' && v[i + 1] === '"') {
        cur += '"'
        i++
      } else if (c === '"') quoted = false
      else cur += c
    } else if (c === '"' && cur === '') quoted = true
    else if (c === ',') {
      out.push(cur)
      cur = ''
    } else cur += c
  }
  out.push(cur)
  return out
}

function isKops(w: Word): boolean {
  return w.value !== null && /(?:^|\/)kops(?:-linux-(?:amd|arm)64|-darwin-(?:amd|arm)64)?$/.test(w.value)
}

/** Reads one simple command; null when it is not `kops … toolbox template`. */
function invocationOf(words: Word[], stdout: Word | null, src: MappedText, ctx: ShellContext, cwd: string): TemplateInvocation | null {
  const k = words.findIndex(isKops)
  if (k === -1) return null
  // `kops [global flags] toolbox [flags] template [flags] [CLUSTER]`
  const rest = words.slice(k + 1)
  const sub: string[] = []
  const args: Word[] = []
  let j = 0
  for (; j < rest.length && sub.length < 2; j++) {
    const v = rest[j].value
    if (v === null) return null
    if (v.startsWith('-')) {
      args.push(rest[j])
      const name = v.replace(/^--?/, '').split('=')[0]
      if (!v.includes('=') && VALUE_FLAGS.has(name) && j + 1 < rest.length) args.push(rest[++j])
      continue
    }
    sub.push(v)
  }
  if (sub[0] !== 'toolbox' || sub[1] !== 'template') return null
  args.push(...rest.slice(j))
  const inv: TemplateInvocation = {
    kind: ctx.kind,
    at: { value: '', file: ctx.file, pos: spanToPosition(ctx.lineStarts, 0, 0), path: 'kops toolbox template' },
    templates: [],
    values: [],
    snippets: [],
    set: [],
    setString: [],
    name: ctx.env.get('KOPS_CLUSTER_NAME') ?? null,
    out: null,
    failOnMissing: true,
    formatYaml: false,
    unresolved: [],
  }
  // Assignments before the command (`KOPS_CLUSTER_NAME=x kops …`) are its environment.
  for (const w of words.slice(0, k)) {
    const m = /^KOPS_CLUSTER_NAME=(.*)$/s.exec(w.value ?? '')
    if (m) inv.name = m[1]
  }
  const paths = (v: string, into: string[]): void => {
    for (const p of csv(v)) {
      if (p === '') continue
      const r = resolvePath(cwd, p)
      if (r === null) inv.unresolved.push(p)
      else into.push(r)
    }
  }
  const positionals: string[] = []
  let flagName: string | null = null
  for (let a = 0; a < args.length; a++) {
    const w = args[a]
    if (w.value === null) {
      inv.unresolved.push(w.raw)
      continue
    }
    const v = w.value
    if (v === '--') {
      for (const p of args.slice(a + 1)) if (p.value !== null) positionals.push(p.value)
      break
    }
    if (!v.startsWith('-') || v === '-') {
      positionals.push(v)
      continue
    }
    const long = v.startsWith('--')
    const body = v.slice(long ? 2 : 1)
    const eq = body.indexOf('=')
    let name = eq === -1 ? body : body.slice(0, eq)
    let value: string | null = eq === -1 ? null : body.slice(eq + 1)
    // pflag shorthand with the value attached: `-v2`.
    if (!long && name.length > 1 && name[0] === 'v') {
      value = name.slice(1)
      name = 'v'
    }
    if (!long && name !== 'v' && name !== 'h') {
      inv.unresolved.push(v)
      continue
    }
    if (value === null && VALUE_FLAGS.has(name)) {
      const nextWord = args[a + 1]
      if (!nextWord) {
        inv.unresolved.push(v)
        continue
      }
      a++
      if (nextWord.value === null) {
        inv.unresolved.push(`${v} ${nextWord.raw}`)
        continue
      }
      value = nextWord.value
    }
    flagName = name
    switch (flagName) {
      case 'values':
        paths(value ?? '', inv.values)
        break
      case 'template':
        paths(value ?? '', inv.templates)
        break
      case 'snippets':
        paths(value ?? '', inv.snippets)
        break
      case 'set':
        inv.set.push(value ?? '')
        break
      case 'set-string':
        inv.setString.push(value ?? '')
        break
      case 'name':
        inv.name = value
        break
      case 'out':
      case 'output': {
        const r = resolvePath(cwd, value ?? '')
        if (r === null) inv.unresolved.push(v)
        inv.out = r
        break
      }
      case 'fail-on-missing':
      case 'format-yaml': {
        const b = value === null ? true : parseBool(value)
        if (b === null) inv.unresolved.push(v)
        else if (flagName === 'fail-on-missing') inv.failOnMissing = b
        else inv.formatYaml = b
        break
      }
      default:
        if (!VALUE_FLAGS.has(name) && !BOOL_FLAGS.has(name)) inv.unresolved.push(v)
    }
  }
  // cmd/kops/root.go ProcessArgs: one positional name, and only when neither --name nor KOPS_CLUSTER_NAME gave one.
  if (positionals.length > 1) inv.unresolved.push(`${positionals.join(' ')} (kOps expects a single cluster name argument)`)
  else if (positionals.length === 1 && inv.name !== null) inv.unresolved.push(`${positionals[0]} (kOps refuses a positional cluster name beside --name or KOPS_CLUSTER_NAME)`)
  else if (positionals.length === 1) inv.name = positionals[0]
  if (inv.out === null && stdout && stdout.value !== null) inv.out = resolvePath(cwd, stdout.value)
  else if (inv.out === null && stdout) inv.unresolved.push(`> ${stdout.raw}`)
  const first = words[k]
  const last = stdout ?? words[words.length - 1]
  const from = src.at[first.start] ?? 0
  const to = (src.at[Math.max(last.end - 1, first.start)] ?? from) + 1
  const text = src.text.slice(first.start, last.end).replace(/\\\n\s*/g, ' ').replace(/\s+/g, ' ')
  inv.at = { value: text.length > 200 ? text.slice(0, 197) + '...' : text, file: ctx.file, pos: spanToPosition(ctx.lineStarts, from, to), path: 'kops toolbox template' }
  return inv
}

/**
 * Every `kops toolbox template` in a piece of shell text. `cd dir` (literal) changes the working directory for the
 * commands after it, `VAR=value` and `export VAR=value` (literal) set variables; `sh -c '…'` / `bash -c "…"` is read
 * as a script of its own.
 */
export function findInvocations(src: MappedText, ctx: ShellContext): TemplateInvocation[] {
  const env = new Map(ctx.env)
  let cwd = ctx.cwd
  const out: TemplateInvocation[] = []
  // Word boundaries do not depend on variables; values do, and assignments change them as the script goes.
  for (const cmd of commands(tokenize(src.text, new Map()))) {
    const words = cmd.words.map((w) => ({ ...w, value: expandWord(w.raw, env) }))
    const stdout = cmd.stdout ? { ...cmd.stdout, value: expandWord(cmd.stdout.raw, env) } : null
    const first = words[0].value
    // Assignments alone set shell variables; `export` too.
    const assigns = (first === 'export' || first === 'readonly' || first === 'local' || first === 'declare' ? words.slice(1) : words).filter((w) => /^[A-Za-z_]\w*=/.test(w.raw))
    if (assigns.length && (first === 'export' || first === 'readonly' || first === 'local' || first === 'declare' || assigns.length === words.length)) {
      for (const w of assigns) {
        const eq = w.raw.indexOf('=')
        const name = w.raw.slice(0, eq)
        if (w.value === null) env.delete(name)
        else env.set(name, w.value.slice(w.value.indexOf('=') + 1))
      }
      continue
    }
    if (first === 'cd') {
      const target = words[1]?.value ?? null
      const r = target === null ? null : resolvePath(cwd, target)
      cwd = r ?? cwd
      continue
    }
    const shellC = words.findIndex((w, i) => i > 0 && w.value === '-c' && /(?:^|\/)(?:ba|z|da)?sh$/.test(words[i - 1].value ?? ''))
    if (shellC !== -1 && words[shellC + 1]) {
      const w = words[shellC + 1]
      const inner = w.value ?? ''
      const offset = src.text.slice(w.start, w.end).indexOf(inner.slice(0, 8))
      const base = offset >= 0 ? w.start + offset : w.start
      const sub: MappedText = { text: inner, at: Array.from({ length: inner.length }, (_, i) => src.at[Math.min(base + i, src.at.length - 1)] ?? 0) }
      out.push(...findInvocations(sub, { ...ctx, env, cwd }))
      continue
    }
    const inv = invocationOf(words, stdout, src, { ...ctx, env }, cwd)
    if (inv) out.push(inv)
  }
  return out
}
