// Mirrors kubernetes/kops:util/pkg/hashing/hash.go FromString (unchanged v1.26 … v1.37.0-alpha.1): an optional
// `md5:`/`sha1:`/`sha256:` prefix, otherwise the algorithm is chosen by length (32, 40, 64 hex characters).

const LENGTHS: Record<string, number> = { md5: 32, sha1: 40, sha256: 64 }

export function hashParseError(s: string): string | null {
  for (const [alg, len] of Object.entries(LENGTHS))
    if (s.startsWith(`${alg}:`)) {
      const v = s.slice(alg.length + 1)
      if (v.length !== len) return `invalid ${JSON.stringify(alg)} hash - unexpected length ${v.length}`
      return /^[0-9a-fA-F]*$/.test(v) ? null : `invalid hash ${JSON.stringify(v)} - not hex`
    }
  if (![32, 40, 64].includes(s.length)) return `cannot determine algorithm for hash length: ${s.length}`
  return /^[0-9a-fA-F]*$/.test(s) ? null : `invalid hash ${JSON.stringify(s)} - not hex`
}
