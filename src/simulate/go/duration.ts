// Go's time.ParseDuration (as metav1.Duration's JSON decoding uses it): an optional sign and one or more
// <decimal><unit> parts, units ns, us, µs, μs, ms, s, m, h; a bare "0" is zero. Returns nanoseconds, null on error.
const UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 }

export function goParseDuration(s: string): number | null {
  let rest = s
  let sign = 1
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1
    rest = rest.slice(1)
  }
  if (rest === '0') return 0
  if (rest === '') return null
  let total = 0
  const part = /^(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/
  while (rest !== '') {
    const m = part.exec(rest)
    if (!m || m[1] === '' || m[1] === '.') return null
    total += Number(m[1]) * UNITS[m[2]]
    rest = rest.slice(m[0].length)
  }
  return sign * total
}
