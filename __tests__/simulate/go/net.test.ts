// Go's net.ParseIP / ParseCIDR / IPNet.Contains and kOps's subnet.BelongsTo / Overlap as src/simulate/go/net.ts mirrors them.
import { describe, expect, it } from '@jest/globals'
import { belongsTo, parseNet, parseIP, contains, overlap } from '../../../src/simulate/go/net.js'

describe('go net', () => {
  it('parses IPv4 without leading zeros and IPv6 with one :: and a trailing IPv4 part', () => {
    expect(['10.0.0.1', '010.0.0.1', '1.2.3', '256.1.1.1', '::1', 'fd00::', '1:2:3:4:5:6:7:8', '1::2::3', '::ffff:1.2.3.4', 'g::1'].map((s) => parseIP(s) !== null)).toEqual([
      true, false, false, false, true, true, true, false, true, false,
    ])
  })

  it('masks the CIDR address to its network and refuses prefix lengths beyond the address size', () => {
    expect(parseNet('10.1.2.3/8')).toEqual({ ip: { v6: false, value: 10n << 24n }, prefix: 8 })
    expect([parseNet('10.0.0.0/33'), parseNet('10.0.0.0'), parseNet('::/129')]).toEqual([null, null, null])
  })

  it('contains, belongs to and overlaps as kOps uses them', () => {
    const a = parseNet('100.64.0.0/10')!
    const b = parseNet('100.64.0.0/13')!
    expect([contains(a, parseIP('100.72.0.10')!), contains(b, parseIP('100.72.0.10')!), contains(a, parseIP('::ffff:100.64.0.1')!)]).toEqual([true, false, true])
    expect([belongsTo(a, b), belongsTo(b, a), belongsTo(a, parseNet('fd00::/64')!)]).toEqual([true, false, false])
    expect([overlap(parseNet('172.20.0.0/16')!, parseNet('172.20.32.0/19')!), overlap(parseNet('172.20.0.0/16')!, a)]).toEqual([true, false])
  })
})
