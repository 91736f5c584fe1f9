// Mirrors what kOps's validation uses of Go's net package (ParseIP, ParseCIDR, IPNet.Contains) and of
// kubernetes/kops:pkg/util/subnet (Overlap, BelongsTo), so CIDR checks decide as kOps decides.

export interface IP {
  /** 4 or 16 bytes as a number (IPv4 addresses stay 32-bit; IPv4-mapped IPv6 is folded to IPv4 as Go's To4 does). */
  value: bigint
  v6: boolean
}

export interface IPNet {
  /** The network address (masked). */
  ip: IP
  prefix: number
}

function parseIPv4(s: string): bigint | null {
  const parts = s.split('.')
  if (parts.length !== 4) return null
  let v = 0n
  for (const p of parts) {
    // Go 1.17+ rejects leading zeros and anything but decimal digits.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p)) return null
    const n = Number(p)
    if (n > 255) return null
    v = (v << 8n) | BigInt(n)
  }
  return v
}

function parseIPv6(s: string): bigint | null {
  if (s.includes('%')) return null
  let tail4: bigint | null = null
  let str = s
  const lastColon = s.lastIndexOf(':')
  if (s.slice(lastColon + 1).includes('.')) {
    tail4 = parseIPv4(s.slice(lastColon + 1))
    if (tail4 === null) return null
    str = s.slice(0, lastColon + 1) + '0:0'
  }
  const halves = str.split('::')
  if (halves.length > 2) return null
  const groups = (h: string): string[] | null => (h === '' ? [] : h.split(':'))
  const head = groups(halves[0])
  const tail = halves.length === 2 ? groups(halves[1]) : []
  if (!head || !tail) return null
  const all = [...head, ...tail]
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return null
  if (halves.length === 1 && all.length !== 8) return null
  if (halves.length === 2 && all.length > 7) return null
  const zeros = 8 - all.length
  const full = halves.length === 2 ? [...head, ...Array(zeros).fill('0'), ...tail] : all
  let v = 0n
  for (const g of full) v = (v << 16n) | BigInt(parseInt(g, 16))
  if (tail4 !== null) v = (v & ~0xffffffffn) | tail4
  return v
}

/** net.ParseIP: null when Go returns nil. */
export function parseIP(s: string): IP | null {
  const v4 = parseIPv4(s)
  if (v4 !== null) return { value: v4, v6: false }
  const v6 = parseIPv6(s)
  if (v6 === null) return null
  if (v6 >> 32n === 0xffffn) return { value: v6 & 0xffffffffn, v6: false }
  return { value: v6, v6: true }
}

function bitsOf(ip: IP): number {
  return ip.v6 ? 128 : 32
}

function mask(bits: number, prefix: number): bigint {
  return ((1n << BigInt(prefix)) - 1n) << BigInt(bits - prefix)
}

export type CIDRResult = { ok: true; ip: IP; net: IPNet } | { ok: false }

/** net.ParseCIDR: the address as written and its network. */
export function parseCIDR(s: string): CIDRResult {
  const slash = s.indexOf('/')
  if (slash < 0) return { ok: false }
  const addr = s.slice(0, slash)
  const pre = s.slice(slash + 1)
  const isV4Text = parseIPv4(addr) !== null
  let ip: IP | null
  if (isV4Text) ip = { value: parseIPv4(addr)!, v6: false }
  else {
    const v6 = parseIPv6(addr)
    ip = v6 === null ? null : { value: v6, v6: true }
  }
  if (!ip || !/^[0-9]+$/.test(pre) || (pre.length > 1 && pre.startsWith('0'))) return { ok: false }
  const prefix = Number(pre)
  const bits = bitsOf(ip)
  if (prefix > bits) return { ok: false }
  let netIP: IP = { value: ip.value & mask(bits, prefix), v6: ip.v6 }
  // Go folds an IPv4-mapped IPv6 address written in IPv6 form only when the mask allows it; kOps clusters never do.
  if (ip.v6 && ip.value >> 32n === 0xffffn && prefix >= 96) {
    netIP = { value: netIP.value & 0xffffffffn, v6: false }
    return { ok: true, ip: { value: ip.value & 0xffffffffn, v6: false }, net: { ip: netIP, prefix: prefix - 96 } }
  }
  return { ok: true, ip, net: { ip: netIP, prefix } }
}

/** net.ParseCIDR's network; null where Go returns an error. */
export function parseNet(s: string): IPNet | null {
  const r = parseCIDR(s)
  return r.ok ? r.net : null
}

/** IPNet.Contains. */
export function contains(n: IPNet, ip: IP): boolean {
  if (n.ip.v6 !== ip.v6) return false
  const bits = bitsOf(ip)
  return (ip.value & mask(bits, n.prefix)) === n.ip.value
}

/** The last address of a network. */
function lastOf(n: IPNet): IP {
  const bits = bitsOf(n.ip)
  return { value: n.ip.value | ((1n << BigInt(bits - n.prefix)) - 1n), v6: n.ip.v6 }
}

/** pkg/util/subnet Overlap: either network contains the other's first address. */
export function overlap(a: IPNet | null, b: IPNet | null): boolean {
  if (!a || !b) return false
  return contains(a, b.ip) || contains(b, a.ip)
}

/** pkg/util/subnet BelongsTo: the child's first and last addresses are inside the parent. */
export function belongsTo(parent: IPNet | null, child: IPNet | null): boolean {
  if (!parent || !child) return false
  return contains(parent, child.ip) && contains(parent, lastOf(child))
}

/** IP.String(): dotted quad, or RFC 5952 compressed IPv6. */
export function ipString(ip: IP): string {
  if (!ip.v6) return [24n, 16n, 8n, 0n].map((s) => String((ip.value >> s) & 255n)).join('.')
  const groups: number[] = []
  for (let i = 7; i >= 0; i--) groups.push(Number((ip.value >> BigInt(i * 16)) & 0xffffn))
  let best = -1
  let bestLen = 0
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++
      continue
    }
    let j = i
    while (j < 8 && groups[j] === 0) j++
    if (j - i > bestLen && j - i >= 2) {
      best = i
      bestLen = j - i
    }
    i = j
  }
  const hex = groups.map((g) => g.toString(16))
  if (best < 0) return hex.join(':')
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`
}

/** IPNet.String(). */
export function netString(n: IPNet): string {
  return `${ipString(n.ip)}/${n.prefix}`
}

/** IP.IsPrivate: RFC 1918 and RFC 4193. */
export function isPrivate(ip: IP): boolean {
  if (!ip.v6) {
    const a = Number(ip.value >> 24n)
    const b = Number((ip.value >> 16n) & 255n)
    return a === 10 || (a === 172 && (b & 0xf0) === 16) || (a === 192 && b === 168)
  }
  return ip.value >> 121n === 0x7en
}
