// `kops toolbox template` in Makefile recipes, with the Makefile's own literal variables expanded as GNU make does:
// `=` (recursive), `:=`/`::=` (simple), `?=` (if unset), `+=` (append), target-specific `target: VAR = x`, and
// literal `include`/`-include` files. Recipes run in the Makefile's directory, one shell per line.
// A variable make cannot know without its command line or environment (`make CLUSTER=prod`) stays unresolved.
import type { TemplateInvocation } from '../invocation.js'
import { findInvocations, joinMapped, resolvePath, type MappedText } from './command.js'
import { dirOf, lineStartsOf } from './paths.js'

export function isMakefile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1)
  return name === 'Makefile' || name === 'makefile' || name === 'GNUmakefile' || /.\.mk$/.test(name)
}

interface Var {
  flavor: 'recursive' | 'simple'
  value: MappedText
  exported: boolean
}

interface Line {
  text: MappedText
  file: string
}

/** Lines with backslash continuations joined (make replaces backslash-newline and the next line's indent by one space). */
function logicalLines(text: string, file: string): Line[] {
  const out: Line[] = []
  let cur: { text: string; at: number[] } | null = null
  let i = 0
  for (const line of text.split('\n')) {
    const body = line.endsWith('\r') ? line.slice(0, -1) : line
    const continued = /(?<!\\)(?:\\\\)*\\$/.test(body)
    const part = continued ? body.slice(0, -1) : body
    cur ??= { text: '', at: [] }
    const start = cur.text === '' ? 0 : part.length - part.replace(/^[ \t]+/, '').length
    // A recipe keeps its backslash-newline for the shell; elsewhere make joins with a space.
    const recipe = cur.text.startsWith('\t')
    if (cur.text !== '' && !recipe) {
      cur.text += ' '
      cur.at.push(i)
    }
    for (let k = recipe && cur.text !== '' ? 0 : start; k < part.length; k++) {
      cur.text += part[k]
      cur.at.push(i + k)
    }
    if (continued && recipe) {
      cur.text += '\\\n'
      cur.at.push(i + part.length, i + part.length)
    }
    if (!continued) {
      out.push({ text: cur, file })
      cur = null
    }
    i += line.length + 1
  }
  if (cur) out.push({ text: cur, file })
  return out
}

function at(m: MappedText, from: number, to = m.text.length): MappedText {
  return { text: m.text.slice(from, to), at: m.at.slice(from, to) }
}

function trimMapped(m: MappedText): MappedText {
  const s = m.text.length - m.text.trimStart().length
  const e = m.text.trimEnd().length
  return at(m, s, Math.max(s, e))
}

/** An unresolvable reference is kept as `$(…)` so the shell sees something that is not literal. */
function opaque(ref: string, offset: number): MappedText {
  const t = `$(${ref})`
  return { text: t, at: Array.from({ length: t.length }, () => offset) }
}

class Make {
  readonly vars = new Map<string, Var>()
  readonly targetVars = new Map<string, Map<string, Var>>()
  exportAll = false

  constructor(private readonly files: ReadonlyMap<string, string>) {}

  /** Expands `$(X)`, `${X}`, `$X`, `$$`; `$@` to the target; functions and unknown variables stay opaque. */
  expand(m: MappedText, local: Map<string, Var> | null, target: string | null, depth = 0): MappedText {
    const parts: MappedText[] = []
    let i = 0
    const s = m.text
    while (i < s.length) {
      const d = s.indexOf('$', i)
      if (d === -1) {
        parts.push(at(m, i))
        break
      }
      parts.push(at(m, i, d))
      const c = s[d + 1]
      if (c === '$') {
        parts.push(at(m, d, d + 1))
        i = d + 2
        continue
      }
      let name: string
      let end: number
      if (c === '(' || c === '{') {
        const close = c === '(' ? ')' : '}'
        let depthP = 0
        let j = d + 1
        for (; j < s.length; j++) {
          if (s[j] === c) depthP++
          else if (s[j] === close && --depthP === 0) break
        }
        name = s.slice(d + 2, j)
        end = j + 1
      } else if (c !== undefined) {
        name = c
        end = d + 2
      } else {
        parts.push(at(m, d))
        break
      }
      if (name === '@' && target !== null) parts.push({ text: target, at: Array.from({ length: target.length }, () => m.at[d]) })
      else if (name === 'CURDIR') parts.push({ text: '.', at: [m.at[d]] })
      else {
        const v = local?.get(name) ?? this.vars.get(name)
        if (!v || depth > 20 || /[\s,:]/.test(name)) parts.push(opaque(name, m.at[d]))
        else {
          const value = v.flavor === 'recursive' ? this.expand(v.value, local, target, depth + 1) : v.value
          parts.push({ text: value.text, at: value.at.map(() => m.at[d]) })
        }
      }
      i = end
    }
    return joinMapped(parts)
  }

  assign(into: Map<string, Var>, name: string, op: string, value: MappedText, exported: boolean, local: Map<string, Var> | null): void {
    const old = into.get(name) ?? (into === this.vars ? undefined : this.vars.get(name))
    const exp = exported || (old?.exported ?? false)
    if (op === '?=') {
      if (!old) into.set(name, { flavor: 'recursive', value, exported: exp })
    } else if (op === '+=') {
      if (!old) into.set(name, { flavor: 'recursive', value, exported: exp })
      else {
        const add = old.flavor === 'simple' ? this.expand(value, local, null) : value
        into.set(name, { flavor: old.flavor, value: joinMapped([old.value, { text: ' ', at: [value.at[0] ?? 0] }, add]), exported: exp })
      }
    } else if (op === ':=' || op === '::=' || op === ':::=') into.set(name, { flavor: 'simple', value: this.expand(value, local, null), exported: exp })
    else if (op === '!=') into.set(name, { flavor: 'simple', value: opaque('shell', value.at[0] ?? 0), exported: exp })
    else into.set(name, { flavor: 'recursive', value, exported: exp })
  }

  /** The environment a recipe's shell gets: exported make variables (or all, with .EXPORT_ALL_VARIABLES). */
  env(local: Map<string, Var> | null, target: string | null): Map<string, string> {
    const out = new Map<string, string>()
    for (const [k, v] of [...this.vars, ...(local ?? [])]) {
      if (!v.exported && !this.exportAll) continue
      const e = v.flavor === 'recursive' ? this.expand(v.value, local, target) : v.value
      if (!e.text.includes('$(')) out.set(k, e.text)
    }
    return out
  }
}

const ASSIGN = /^((?:(?:export|override|private)[ \t]+)*)([^\s:#=+?!]+)[ \t]*(\?=|:::=|::=|:=|\+=|!=|=)[ \t]*/
const RULE = /^([^\t#=:][^#=:]*?)::?(?!=)(.*)$/

/** Reads one Makefile (and the files it includes) and returns the `kops toolbox template` of its recipes. */
export function makefileInvocations(path: string, files: ReadonlyMap<string, string>, seen: Set<string> = new Set()): TemplateInvocation[] {
  const text = files.get(path)
  if (text === undefined || !/toolbox|include/.test(text)) {
    seen.add(path)
    return []
  }
  const make = new Make(files)
  const dir = dirOf(path)
  const recipes: { line: Line; target: string }[] = []
  const read = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const src = files.get(file)
    if (src === undefined) return
    let targets: string[] = []
    for (const line of logicalLines(src, file)) {
      const t = line.text.text
      if (t.startsWith('\t')) {
        for (const target of targets) recipes.push({ line: { text: at(line.text, 1), file }, target })
        continue
      }
      if (/^\s*(?:#|$)/.test(t)) continue
      const inc = /^\s*[-s]?include\s+(.*)$/.exec(t)
      if (inc) {
        const names = make.expand(at(line.text, t.indexOf(inc[1])), null, null).text.split(/\s+/).filter(Boolean)
        // make resolves included names against its working directory, the Makefile's directory.
        for (const n of names) if (!n.includes('$(')) {
          const r = resolvePath(dir, n)
          if (r !== null) read(r)
        }
        continue
      }
      if (/^\s*\.EXPORT_ALL_VARIABLES\s*:/.test(t)) {
        make.exportAll = true
        continue
      }
      const exp = /^\s*export\s+([A-Za-z_][\w]*(?:\s+[A-Za-z_]\w*)*)\s*$/.exec(t)
      if (exp) {
        for (const n of exp[1].split(/\s+/)) {
          const v = make.vars.get(n)
          if (v) v.exported = true
          else make.vars.set(n, { flavor: 'simple', value: { text: '', at: [] }, exported: true })
        }
        continue
      }
      const a = ASSIGN.exec(t)
      if (a) {
        make.assign(make.vars, a[2], a[3], trimMapped(at(line.text, a[0].length)), /\bexport\b/.test(a[1]), null)
        targets = []
        continue
      }
      const r = RULE.exec(t)
      if (r) {
        const names = make.expand(at(line.text, 0, r[1].length), null, null).text.split(/\s+/).filter(Boolean)
        const rest = r[2]
        const ta = ASSIGN.exec(rest.trimStart())
        if (ta) {
          // Target-specific variable: `prod: CLUSTER = prod.example.com`.
          const off = r[1].length + 1 + (rest.length - rest.trimStart().length) + ta[0].length
          for (const n of names) {
            const local = make.targetVars.get(n) ?? new Map<string, Var>()
            make.assign(local, ta[2], ta[3], trimMapped(at(line.text, off)), /\bexport\b/.test(ta[1]), local)
            make.targetVars.set(n, local)
          }
          continue
        }
        targets = names
        const semi = rest.indexOf(';')
        if (semi !== -1) for (const target of targets) recipes.push({ line: { text: at(line.text, r[1].length + 1 + semi + 1), file }, target })
      }
    }
  }
  read(path)
  const out: TemplateInvocation[] = []
  for (const { line, target } of recipes) {
    if (!line.text.text.includes('toolbox') && !line.text.text.includes('$')) continue
    const local = make.targetVars.get(target) ?? null
    const raw = line.text.text.replace(/^[@+-]+/, '')
    const cmd = at(line.text, line.text.text.length - raw.length)
    const expanded = make.expand(cmd, local, target)
    if (!expanded.text.includes('toolbox')) continue
    const src = files.get(line.file) ?? ''
    out.push(...findInvocations(expanded, { kind: 'makefile', file: line.file, lineStarts: lineStartsOf(src), cwd: dir, env: make.env(local, target) }))
  }
  return out
}
