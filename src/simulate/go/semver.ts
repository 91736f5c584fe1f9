// Mirrors github.com/blang/semver/v4 ParseTolerant, which kOps uses to parse containerd and runc versions,
// so that kOps's validation texts (`unable to parse version string: <err>`) come out as kOps prints them.

export type GoSemverResult = { ok: true; version: string } | { ok: false; error: string }

const NUMBERS = /^[0-9]*$/
const ALPHANUM = /^[0-9A-Za-z-]*$/

function parseNumber(part: string, what: 'major' | 'minor' | 'patch'): string | null {
  if (part === '') return 'strconv.ParseUint: parsing "": invalid syntax'
  if (!NUMBERS.test(part)) return `Invalid character(s) found in ${what} number ${JSON.stringify(part)}`
  if (part.length > 1 && part.startsWith('0')) return `${what[0].toUpperCase()}${what.slice(1)} number must not contain leading zeroes ${JSON.stringify(part)}`
  return null
}

/** Parse: exactly Major.Minor.Patch[-pre][+build]. */
export function goSemverParse(s: string): GoSemverResult {
  if (s.length === 0) return { ok: false, error: 'Version string empty' }
  const parts = s.split('.')
  if (parts.length < 3) return { ok: false, error: 'No Major.Minor.Patch elements found' }
  const [major, minor] = parts
  const rest = parts.slice(2).join('.')
  for (const [p, w] of [
    [major, 'major'],
    [minor, 'minor'],
  ] as const) {
    const e = parseNumber(p, w)
    if (e) return { ok: false, error: e }
  }
  let patch = rest
  let build: string[] = []
  let pre: string[] = []
  const b = patch.indexOf('+')
  if (b !== -1) {
    build = patch.slice(b + 1).split('.')
    patch = patch.slice(0, b)
  }
  const p = patch.indexOf('-')
  if (p !== -1) {
    pre = patch.slice(p + 1).split('.')
    patch = patch.slice(0, p)
  }
  const e = parseNumber(patch, 'patch')
  if (e) return { ok: false, error: e }
  for (const pr of pre) {
    if (pr.length === 0) return { ok: false, error: 'Prerelease is empty' }
    if (NUMBERS.test(pr) && pr.length > 1 && pr.startsWith('0')) return { ok: false, error: `Numeric PreRelease version must not contain leading zeroes ${JSON.stringify(pr)}` }
    if (!ALPHANUM.test(pr)) return { ok: false, error: `Invalid character(s) found in prerelease ${JSON.stringify(pr)}` }
  }
  for (const bd of build) {
    if (bd.length === 0) return { ok: false, error: 'Build meta data is empty' }
    if (!ALPHANUM.test(bd)) return { ok: false, error: `Invalid character(s) found in build meta data ${JSON.stringify(bd)}` }
  }
  const suffix = (pre.length ? `-${pre.join('.')}` : '') + (build.length ? `+${build.join('.')}` : '')
  return { ok: true, version: `${Number(major)}.${Number(minor)}.${Number(patch)}${suffix}` }
}

/** ParseTolerant: trims spaces, drops a leading `v`, pads short versions (which may not carry prerelease or build data). */
export function goSemverParseTolerant(input: string): GoSemverResult {
  const s = input.trim().replace(/^v/, '')
  // strings.SplitN(s, ".", 3): the third part keeps any further dots.
  const first = s.indexOf('.')
  const second = first === -1 ? -1 : s.indexOf('.', first + 1)
  const parts = first === -1 ? [s] : second === -1 ? [s.slice(0, first), s.slice(first + 1)] : [s.slice(0, first), s.slice(first + 1, second), s.slice(second + 1)]
  // Leading zeros are removed (a part that becomes empty or non-numeric at the start gets a "0" back).
  for (let i = 0; i < parts.length; i++)
    if (parts[i].length > 1) {
      let p = parts[i].replace(/^0+/, '')
      if (p.length === 0 || !/^[0-9]/.test(p)) p = '0' + p
      parts[i] = p
    }
  if (parts.length < 3) {
    if (/[+-]/.test(parts[parts.length - 1])) return { ok: false, error: 'Short version cannot contain PreRelease/Build meta data' }
    while (parts.length < 3) parts.push('0')
  }
  return goSemverParse(parts.join('.'))
}
