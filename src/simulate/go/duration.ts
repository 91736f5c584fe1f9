// Go's time.ParseDuration and Duration.String, for the kubelet durations kOps's validation compares and prints.

const UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 }

/** Nanoseconds, or null when Go cannot parse it (kOps would have refused the YAML before validation). */
export function parseGoDuration(s: string): number | null {
  let str = s
  let sign = 1
  if (str.startsWith('-') || str.startsWith('+')) {
    if (str[0] === '-') sign = -1
    str = str.slice(1)
  }
  if (str === '0') return 0
  if (str === '') return null
  let total = 0
  const re = /^([0-9]*(?:\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)/
  while (str.length) {
    const m = re.exec(str)
    if (!m || m[1] === '' || m[1] === '.') return null
    total += Number(m[1]) * UNITS[m[2]]
    str = str.slice(m[0].length)
  }
  return sign * Math.round(total)
}

/** Duration.String(): `1h2m3.5s`, `300ms`, `0s`. */
export function formatGoDuration(ns: number): string {
  if (ns === 0) return '0s'
  const neg = ns < 0
  let u = Math.abs(ns)
  const frac = (v: number, digits: number): string => {
    const s = String(v).padStart(digits, '0').replace(/0+$/, '')
    return s ? '.' + s : ''
  }
  let out: string
  if (u < 1e9) {
    if (u < 1e3) out = `${u}ns`
    else if (u < 1e6) out = `${Math.floor(u / 1e3)}${frac(u % 1e3, 3)}µs`
    else out = `${Math.floor(u / 1e6)}${frac(u % 1e6, 6)}ms`
  } else {
    const secs = Math.floor(u / 1e9)
    const rem = u % 1e9
    const h = Math.floor(secs / 3600)
    const m = Math.floor((secs % 3600) / 60)
    const s = secs % 60
    out = `${s}${frac(rem, 9)}s`
    if (h > 0 || m > 0) out = `${m}m${out}`
    if (h > 0) out = `${h}h${out}`
    u = 0
  }
  return neg ? '-' + out : out
}
