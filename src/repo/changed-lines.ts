// Which lines of a file's head version a pull request changed: a line diff (longest common subsequence over the lines
// between the common prefix and suffix), and the lines GitHub shows in the diff's hunks (changes with 3 lines of
// context), where review comments may be placed.

function lines(text: string): string[] {
  const l = text.split('\n')
  if (l[l.length - 1] === '') l.pop()
  return l
}

/** Above this many differing lines on each side the file counts as wholly changed (LCS is quadratic). */
const MAX_LCS_LINES = 4000

/** Head line numbers (1-based) that are added or modified relative to base; every line for a new file. */
export function changedLines(base: string | null, head: string): Set<number> {
  const b = base === null ? [] : lines(base)
  const h = lines(head)
  const out = new Set<number>()
  let start = 0
  while (start < b.length && start < h.length && b[start] === h[start]) start++
  let endB = b.length
  let endH = h.length
  while (endB > start && endH > start && b[endB - 1] === h[endH - 1]) {
    endB--
    endH--
  }
  const mb = b.slice(start, endB)
  const mh = h.slice(start, endH)
  if (mb.length === 0 || mh.length > MAX_LCS_LINES || mb.length > MAX_LCS_LINES) {
    for (let i = start; i < endH; i++) out.add(i + 1)
    return out
  }
  // lcs[i][j]: the longest common subsequence of mb[i..] and mh[j..].
  const width = mh.length + 1
  const lcs = new Uint32Array((mb.length + 1) * width)
  for (let i = mb.length - 1; i >= 0; i--)
    for (let j = mh.length - 1; j >= 0; j--)
      lcs[i * width + j] = mb[i] === mh[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1])
  let i = 0
  let j = 0
  while (j < mh.length) {
    if (i < mb.length && mb[i] === mh[j]) {
      i++
      j++
    } else if (i < mb.length && lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) i++
    else {
      out.add(start + j + 1)
      j++
    }
  }
  return out
}

/** Head lines inside the diff's hunks: changed lines and up to `context` lines around them. */
export function hunkLines(changed: Set<number>, lineCount: number, context = 3): Set<number> {
  const out = new Set<number>()
  for (const n of changed) for (let k = Math.max(1, n - context); k <= Math.min(lineCount, n + context); k++) out.add(k)
  return out
}
