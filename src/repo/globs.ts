// Repository-relative glob matching for the `paths` option: `**`, `*`, `?`, `[...]`, `{a,b}` and directory prefixes.

/**
 * Patterns are relative to the repository root (`*.yaml` matches only top-level files; use
 * `**\/*.yaml` for every depth). `*` and `?` never cross a `/`. A pattern also selects everything
 * beneath a directory it matches, so `clusters`, `clusters/` and `clusters/*` all select
 * `clusters/prod/cluster.yaml`. An empty pattern list matches every path.
 */
export function matchesGlobs(path: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return true
  const candidates = ancestorsAndSelf(path)
  for (const glob of globs) {
    const regexes = compile(glob)
    for (const re of regexes) {
      for (const candidate of candidates) if (re.test(candidate)) return true
    }
  }
  return false
}

/** `a/b/c` → [`a/b/c`, `a/b`, `a`]. */
function ancestorsAndSelf(path: string): string[] {
  const out = [path]
  let end = path.lastIndexOf('/')
  while (end > 0) {
    out.push(path.slice(0, end))
    end = path.lastIndexOf('/', end - 1)
  }
  return out
}

const cache = new Map<string, RegExp[]>()

/** Compiles one pattern into one regex per brace alternative. */
export function compile(glob: string): RegExp[] {
  const cached = cache.get(glob)
  if (cached) return cached
  const normalized = normalize(glob)
  const regexes = expandBraces(normalized).map((p) => new RegExp(`^${patternToRegex(normalize(p))}$`))
  cache.set(glob, regexes)
  return regexes
}

function normalize(glob: string): string {
  let g = glob.trim()
  while (g.startsWith('./')) g = g.slice(2)
  while (g.startsWith('/')) g = g.slice(1)
  while (g.endsWith('/') && !g.endsWith('\\/')) g = g.slice(0, -1)
  g = g.replace(/\/{2,}/g, '/')
  // The repository root itself selects everything.
  if (g === '' || g === '.') return '**'
  return g
}

// Expansion is capped so a hostile pattern like `{a,b}{a,b}...` cannot blow up memory.
const MAX_EXPANSIONS = 1024

/** Expands `{a,b}` alternatives (nested allowed). Braces without a top-level comma stay literal. */
export function expandBraces(glob: string): string[] {
  const open = findBraceOpen(glob)
  if (open < 0) return [glob]
  const close = findMatching(glob, open)
  if (close < 0) return [glob]
  const alternatives = splitTopLevel(glob.slice(open + 1, close))
  const prefix = glob.slice(0, open)
  const suffixes = expandBraces(glob.slice(close + 1))
  if (alternatives.length < 2) {
    // Keep `{x}` literally (escaped so it is not expanded again), expand what follows.
    const literal = `\\{${glob.slice(open + 1, close)}\\}`
    return suffixes.map((s) => prefix + literal + s)
  }
  const out: string[] = []
  for (const alt of alternatives) {
    for (const a of expandBraces(alt)) {
      for (const s of suffixes) {
        out.push(prefix + a + s)
        if (out.length > MAX_EXPANSIONS) throw new Error(`glob pattern expands to too many alternatives: ${glob}`)
      }
    }
  }
  return out
}

function findBraceOpen(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++
    else if (s[i] === '{') return i
  }
  return -1
}

function findMatching(s: string, open: number): number {
  let depth = 0
  for (let i = open; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') i++
    else if (c === '{') depth++
    else if (c === '}' && --depth === 0) return i
  }
  return -1
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') i++
    else if (c === '{') depth++
    else if (c === '}') depth--
    else if (c === ',' && depth === 0) {
      parts.push(s.slice(start, i))
      start = i + 1
    }
  }
  parts.push(s.slice(start))
  return parts
}

/** Splits on `/` that are not escaped. */
function splitSegments(glob: string): string[] {
  const segs: string[] = []
  let cur = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '\\' && i + 1 < glob.length) {
      cur += c + glob[++i]
    } else if (c === '/') {
      segs.push(cur)
      cur = ''
    } else cur += c
  }
  segs.push(cur)
  return segs
}

/** Converts a brace-free pattern to a regex source (without anchors). */
function patternToRegex(glob: string): string {
  const segs = splitSegments(glob).filter((s, i, all) => !(s === '**' && all[i - 1] === '**'))
  if (segs.length === 1 && segs[0] === '**') return '.*'
  let re = ''
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]
    const first = i === 0
    if (seg === '**') {
      // Leading: any number of whole directories before the rest. Elsewhere: the directory
      // itself or anything beneath it (the following segment adds its own `/`).
      re += first ? '(?:.*/)?' : '(?:/.*)?'
      continue
    }
    const afterLeadingGlobstar = i === 1 && segs[0] === '**'
    if (!first && !afterLeadingGlobstar) re += '/'
    re += segmentToRegex(seg)
  }
  return re
}

function segmentToRegex(seg: string): string {
  let re = ''
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]
    if (c === '\\') {
      if (i + 1 < seg.length) re += escapeRegex(seg[++i])
      else re += '\\\\'
    } else if (c === '*') {
      // `**` inside a segment (e.g. `a**b`) behaves like a single `*`.
      while (seg[i + 1] === '*') i++
      re += '[^/]*'
    } else if (c === '?') {
      re += '[^/]'
    } else if (c === '[') {
      const cls = readClass(seg, i)
      if (cls) {
        re += cls.regex
        i = cls.end
      } else re += '\\['
    } else re += escapeRegex(c)
  }
  return re
}

/** Reads a `[...]` character class starting at `start`; returns undefined when unterminated. */
function readClass(seg: string, start: number): { regex: string; end: number } | undefined {
  let i = start + 1
  let negate = false
  if (seg[i] === '!' || seg[i] === '^') {
    negate = true
    i++
  }
  let body = ''
  let firstChar = true
  for (; i < seg.length; i++) {
    const c = seg[i]
    if (c === ']' && !firstChar) {
      // A class never matches `/`, negated or not.
      return { regex: negate ? `[^/${body}]` : `(?!/)[${body}]`, end: i }
    }
    firstChar = false
    if (c === '\\' && i + 1 < seg.length) body += '\\' + seg[++i]
    else if (c === ']' || c === '[' || c === '^' || c === '\\') body += '\\' + c
    else body += c
  }
  return undefined
}

function escapeRegex(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c
}
