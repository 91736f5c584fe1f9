// Go's net.ParseIP / ParseCIDR / IPNet.Contains and kOps's subnet.BelongsTo / Overlap as src/simulate/go/net.ts mirrors them.
import { describe, expect, it } from '@jest/globals'
import { belongsTo, goParseCIDR, goParseIP, netContains, overlap } from '../../../src/simulate/go/net.js'

describe('go net', () => {
  it('parses IPv4 without leading zeros and IPv6 with one :: and a trailing IPv4 part', () => {
    expect(['10.0.0.1', '010.0.0.1', '1.2.3', '256.1.1.1', '::1', 'fd00::', '1:2:3:4:5:6:7:8', '1::2::3', '::ffff:1.2.3.4', 'g::1'].map((s) => goParseIP(s) !== null)).toEqual([
      true, false, false, false, true, true, true, false, true, false,
    ])
  })

  it('masks the CIDR address to its network and refuses prefix lengths beyond the address size', () => {
    expect(goParseCIDR('10.1.2.3/8')).toEqual({ ip: { bytes: 4, value: 10n << 24n }, ones: 8, bits: 32 })
    expect([goParseCIDR('10.0.0.0/33'), goParseCIDR('10.0.0.0'), goParseCIDR('::/129')]).toEqual([null, null, null])
  })

  it('contains, belongs to and overlaps as kOps uses them', () => {
    const a = goParseCIDR('100.64.0.0/10')!
    const b = goParseCIDR('100.64.0.0/13')!
    expect([netContains(a, goParseIP('100.72.0.10')!), netContains(b, goParseIP('100.72.0.10')!), netContains(a, goParseIP('::ffff:100.64.0.1')!)]).toEqual([true, false, true])
    expect([belongsTo(a, b), belongsTo(b, a), belongsTo(a, goParseCIDR('fd00::/64')!)]).toEqual([true, false, false])
    expect([overlap(goParseCIDR('172.20.0.0/16')!, goParseCIDR('172.20.32.0/19')!), overlap(goParseCIDR('172.20.0.0/16')!, a)]).toEqual([true, false])
  })
})
