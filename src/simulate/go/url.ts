// The url.Parse failures of Go's net/url that a hand-written package URL can hit, with Go's error texts.

export function goUrlParseError(raw: string): string | null {
  if (/[\u0000-\u001f\u007f]/.test(raw)) return `parse ${JSON.stringify(raw)}: net/url: invalid control character in URL`
  const bad = /%(?![0-9a-fA-F]{2})(.{0,2})/.exec(raw)
  if (bad) return `parse ${JSON.stringify(raw)}: invalid URL escape ${JSON.stringify('%' + bad[1])}`
  return null
}
