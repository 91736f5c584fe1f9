// The url.Parse failures of Go's net/url that a hand-written package URL can hit, with Go's error texts.

export function goUrlParseError(raw: string): string | null {
  if (/[\u0000-\u001f\u007f]/.test(raw)) return `parse ${JSON.stringify(raw)}: net/url: invalid control character in URL`
  const bad = /%(?![0-9a-fA-F]{2})(.{0,2})/.exec(raw)
  if (bad) return `parse ${JSON.stringify(raw)}: invalid URL escape ${JSON.stringify('%' + bad[1])}`
  return null
}

export interface GoURL {
  scheme: string
  /** Host with port, as url.URL.Host. */
  host: string
}

/**
 * url.Parse's scheme and host (net/url getScheme and the `//authority` split); null when Go returns an error
 * (goUrlParseError's failures, a leading colon, or a colon in the first segment of a scheme-less path).
 */
export function goUrlParse(raw: string): GoURL | null {
  if (goUrlParseError(raw)) return null
  let rest = raw.split('#')[0]
  let scheme = ''
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]
    if (/[a-zA-Z]/.test(c)) continue
    if (/[0-9+.-]/.test(c)) {
      if (i === 0) break
      continue
    }
    if (c === ':') {
      if (i === 0) return null
      scheme = rest.slice(0, i).toLowerCase()
      rest = rest.slice(i + 1)
    }
    break
  }
  rest = rest.split('?')[0]
  if (scheme === '' && !rest.startsWith('/')) {
    const seg = rest.split('/')[0]
    if (seg.includes(':')) return null
  }
  if ((scheme !== '' || rest.startsWith('//')) && rest.startsWith('//')) {
    const authority = rest.slice(2).split('/')[0]
    const at = authority.lastIndexOf('@')
    return { scheme, host: at >= 0 ? authority.slice(at + 1) : authority }
  }
  return { scheme, host: '' }
}
