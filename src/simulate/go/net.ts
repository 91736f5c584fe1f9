// Go's net.ParseIP, net.ParseCIDR and IPNet.Contains, and kOps's pkg/util/subnet BelongsTo, as kOps's validation
// uses them: IPv4 is four decimal octets without leading zeros, IPv6 is hex groups with at most one `::` and an
// optional trailing IPv4 part; a CIDR is `<ip>/<prefix length>` with the address masked to the network.

export interface GoIP {
  /** 4 for IPv4, 16 for IPv6. */
  bytes: 4 | 16
  value: bigint
}

export interface GoIPNet {
  ip: GoIP
  ones: number
  bits: 32 | 128
}

function parseV4(s: string): bigint | null {
  const parts = s.split('.')
  if (parts.length !== 4) return null
  let v = 0n
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || (p.length > 1 && p.startsWith('0'))) return null
    const n = Number(p)
    if (n > 255) return null
    v = (v << 8n) | BigInt(n)
  }
  return v
}

function parseV6(s: string): bigint | null {
  let groups: string[]
  let tailV4: bigint | null = null
  const last = s.lastIndexOf(':')
  if (s.slice(last + 1).includes('.')) {
    tailV4 = parseV4(s.slice(last + 1))
    if (tailV4 === null) return null
    s = s.slice(0, last + 1) + '0:0'
  }
  const halves = s.split('::')
  if (halves.length > 2) return null
  const split = (h: string): string[] => (h === '' ? [] : h.split(':'))
  if (halves.length === 2) {
    const a = split(halves[0])
    const b = split(halves[1])
    if (a.length + b.length > 7) return null
    groups = [...a, ...Array<string>(8 - a.length - b.length).fill('0'), ...b]
  } else {
    groups = split(halves[0])
    if (groups.length !== 8) return null
  }
  let v = 0n
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null
    v = (v << 16n) | BigInt(parseInt(g, 16))
  }
  if (tailV4 !== null) v = (v & ~0xffffffffn) | tailV4
  return v
}

/** net.ParseIP; null where Go returns nil. */
export function goParseIP(s: string): GoIP | null {
  if (s.includes(':')) {
    const v = parseV6(s)
    return v === null ? null : { bytes: 16, value: v }
  }
  const v = parseV4(s)
  return v === null ? null : { bytes: 4, value: v }
}

const maskOf = (ones: number, bits: number): bigint => (bits === 0 ? 0n : ((1n << BigInt(ones)) - 1n) << BigInt(bits - ones))

/** net.ParseCIDR's network; null where Go returns an error. */
export function goParseCIDR(s: string): GoIPNet | null {
  const slash = s.lastIndexOf('/')
  if (slash < 0) return null
  const ip = goParseIP(s.slice(0, slash))
  const len = s.slice(slash + 1)
  if (!ip || !/^\d+$/.test(len)) return null
  const bits = ip.bytes === 4 ? 32 : 128
  const ones = Number(len)
  if (ones > bits) return null
  return { ip: { bytes: ip.bytes, value: ip.value & maskOf(ones, bits) }, ones, bits }
}

/** IPv4 addresses written in IPv6 form (::ffff:a.b.c.d) count as IPv4, as Go's To4 does. */
function as4(ip: GoIP): GoIP {
  if (ip.bytes === 16 && ip.value >> 32n === 0xffffn) return { bytes: 4, value: ip.value & 0xffffffffn }
  return ip
}

/** IPNet.Contains. */
export function netContains(n: GoIPNet, ip: GoIP): boolean {
  const a = n.bits === 32 ? as4(ip) : ip
  if ((a.bytes === 4 ? 32 : 128) !== n.bits) return false
  const m = maskOf(n.ones, n.bits)
  return (a.value & m) === n.ip.value
}

/** kubernetes/kops:pkg/util/subnet/subnet.go BelongsTo: child lies inside parent. */
export function belongsTo(parent: GoIPNet, child: GoIPNet): boolean {
  if (parent.bits !== child.bits || parent.ones > child.ones) return false
  return (child.ip.value & maskOf(parent.ones, parent.bits)) === parent.ip.value
}

/** kubernetes/kops:pkg/util/subnet/subnet.go Overlap: either network contains the other's first address. */
export function overlap(a: GoIPNet, b: GoIPNet): boolean {
  return netContains(a, b.ip) || netContains(b, a.ip)
}
