// Code shared by the pin extractors: version normalisation, pin construction, download URLs and paths.
import type { Pin, PinSkipReason } from './types.js'
import { spanPosition, type LinePosOf } from './position.js'

export interface NormalisedVersion {
  /** The version without quotes or a leading `v`, or null when skipped. */
  version: string | null
  skipReason?: PinSkipReason
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/
const PARTIAL_OR_WILDCARD = /^(?:\d+|[xX*])(?:\.(?:\d+|[xX*])){0,2}$/
const RANGE_OPERATOR = /^(?:>=|<=|>|<|==?|~>|~=|~|\^|!=)\s*v?(?:\d|[xX*](?:\.|$))/
const HYPHEN_RANGE = /^v?\d[\w.*-]*\s+-\s+v?\d/

/** Removes one pair of matching surrounding quotes. */
export function stripQuotes(value: string): string {
  if (value.length >= 2) {
    const q = value[0]
    if ((q === '"' || q === "'") && value[value.length - 1] === q) return value.slice(1, -1)
  }
  return value
}

/** Normalises a version as written: quotes and a leading `v` go; variables, ranges and words are skipped. */
export function normaliseVersion(raw: string): NormalisedVersion {
  const s = stripQuotes(raw.trim()).trim()
  if (/\$|\{\{|%/.test(s)) return { version: null, skipReason: 'contains-variable' }
  const bare = /^[vV]\d/.test(s) ? s.slice(1) : s
  if (SEMVER.test(bare)) return { version: bare }
  if (PARTIAL_OR_WILDCARD.test(bare)) return { version: null, skipReason: 'range' }
  if (RANGE_OPERATOR.test(s) || HYPHEN_RANGE.test(s) || (s.includes('||') && /\d/.test(s))) {
    return { version: null, skipReason: 'range' }
  }
  return { version: null, skipReason: 'not-a-version' }
}

/** A pin for the token text[start, end), which must exclude any quotes. */
export function makePin(source: string, file: string, text: string, posOf: LinePosOf, start: number, end: number): Pin {
  const raw = text.slice(start, end)
  const { version, skipReason } = normaliseVersion(raw)
  const pin: Pin = { source, file, pos: spanPosition(posOf, start, end), raw, version }
  if (skipReason !== undefined) pin.skipReason = skipReason
  return pin
}

/** Narrows [start, end) to the inside of a quoted token, if it is quoted. */
export function unquoteSpan(text: string, start: number, end: number): [number, number] {
  if (end - start >= 2) {
    const q = text[start]
    if ((q === '"' || q === "'") && text[end - 1] === q) return [start + 1, end - 1]
  }
  return [start, end]
}

/** Span of the trimmed content of text[start, end). */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return [start, end]
}

// One path segment of a version, allowing template and shell expansions such as ${{ env.X }}, $(cmd) and ${X}.
// Each alternative starts differently, so a segment has a single reading (no exponential backtracking).
const URL_VERSION_TOKEN = String.raw`(?:\$\{\{[^}\n]*\}\}|\$\{[^{}\n][^}\n]*\}|\$\([^)\n]*\)|\$(?![{(])|\{\{[^}\n]*\}\}|[^/\s"'\x60\\{}()<>|;&$])+`
const DOWNLOAD_URL = new RegExp(
  String.raw`https?://(?:github\.com/kubernetes/kops/releases/(?:download/|(?=latest/download/))|artifacts\.k8s\.io/binaries/kops/|kubeupv2\.s3\.amazonaws\.com/kops/)(${URL_VERSION_TOKEN})/`,
  'g',
)

/** Spans of the version segment of every kOps release download URL in text[from, to). */
export function downloadUrlVersions(text: string, from = 0, to = text.length): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const slice = text.slice(from, to)
  DOWNLOAD_URL.lastIndex = 0
  for (let m = DOWNLOAD_URL.exec(slice); m !== null; m = DOWNLOAD_URL.exec(slice)) {
    const token = m[1]!
    const start = from + m.index + m[0].length - 1 - token.length
    spans.push([start, start + token.length])
  }
  return spans
}

/** Forward slashes, no leading `./`. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '')
}

/** The last segment of a path. */
export function baseName(path: string): string {
  const p = normalisePath(path)
  return p.slice(p.lastIndexOf('/') + 1)
}

/** Pins in file order (line, then column); stable for ties. */
export function sortPins(pins: Pin[]): Pin[] {
  return pins
    .map((pin, i) => ({ pin, i }))
    .sort((a, b) => a.pin.pos.line - b.pin.pos.line || a.pin.pos.column - b.pin.pos.column || a.i - b.i)
    .map((x) => x.pin)
}
