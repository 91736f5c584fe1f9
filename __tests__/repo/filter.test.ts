// Shared filters: ignored directories, binary sniffing, decoding and collection order.

import { describe, expect, it } from '@jest/globals'
import { BINARY_SNIFF_BYTES, firstInvalidUtf8, isUnderIgnoredDir, isWantedPath, looksBinary, mapLimit, SideCollector } from '../../src/repo/filter.js'

describe('isUnderIgnoredDir', () => {
  it.each<[string, boolean]>([
    ['node_modules/a.js', true],
    ['a/b/node_modules/c/d.yaml', true],
    ['vendor/x', true],
    ['x/third_party/y', true],
    ['.terraform/providers', true],
    ['.git/config', true],
    ['vendor', false],
    ['docs/vendor', false],
    ['vendors/x', false],
    ['my.git/x', false],
    ['clusters/a.yaml', false],
  ])('%j → %j', (path, expected) => {
    expect(isUnderIgnoredDir(path)).toBe(expected)
  })

  it('combines with globs', () => {
    expect(isWantedPath('vendor/a.yaml', { paths: ['**/*.yaml'], maxBytes: 1 })).toBe(false)
    expect(isWantedPath('a.yaml', { paths: ['**/*.yaml'], maxBytes: 1 })).toBe(true)
  })
})

describe('looksBinary', () => {
  it('looks for a NUL in the first 8000 bytes only', () => {
    const at = (i: number): Buffer => {
      const b = Buffer.alloc(BINARY_SNIFF_BYTES + 10, 0x61)
      b[i] = 0
      return b
    }
    expect(BINARY_SNIFF_BYTES).toBe(8000)
    expect(looksBinary(at(0))).toBe(true)
    expect(looksBinary(at(7999))).toBe(true)
    expect(looksBinary(at(8000))).toBe(false)
    expect(looksBinary(Buffer.from('plain text\n'))).toBe(false)
    expect(looksBinary(Buffer.alloc(0))).toBe(false)
  })
})

describe('SideCollector', () => {
  it('sorts by code unit order, decodes UTF-8 and drops a BOM', () => {
    const c = new SideCollector()
    c.addContent('b.yaml', Buffer.from('b'))
    c.addContent('B.yaml', Buffer.from('\ufeffB'))
    c.addContent('a/z.yaml', Buffer.from([0xff, 0x41]))
    c.addContent('bin', Buffer.from([0]))
    c.skip('a.big', 'too-large')
    expect(c.build('r')).toEqual({
      ref: 'r',
      files: [
        { path: 'B.yaml', text: 'B' },
        { path: 'a/z.yaml', text: '\ufffdA', invalidUtf8: { line: 1, column: 1 } },
        { path: 'b.yaml', text: 'b' },
      ],
      skipped: [
        { path: 'a.big', reason: 'too-large' },
        { path: 'bin', reason: 'binary' },
      ],
    })
  })
})

describe('invalid UTF-8', () => {
  it('finds the first byte that is not UTF-8, as a line and column of the decoded text', () => {
    expect(firstInvalidUtf8(Buffer.from('plain ü 🚀\n'))).toBe(-1)
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x0a, 0x62, 0xc3, 0x28]))).toBe(3)
    // A sequence cut short at the end of the file.
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xf0, 0x9f, 0x9a]))).toBe(1)
    const c = new SideCollector()
    c.addContent('x.yaml', Buffer.concat([Buffer.from('\ufeffkind: Cluster\r\nname: gr\u00fc'), Buffer.from([0xfe]), Buffer.from('x\n')]))
    expect(c.build('r').files).toEqual([{ path: 'x.yaml', text: 'kind: Cluster\r\nname: gr\u00fc\ufffdx\n', invalidUtf8: { line: 2, column: 10 } }])
  })
})

describe('mapLimit', () => {
  it('keeps order and bounds concurrency', async () => {
    let active = 0
    let peak = 0
    const out = await mapLimit([5, 1, 4, 2, 3, 0], 2, async (n) => {
      active++
      peak = Math.max(peak, active)
      await new Promise((r) => setTimeout(r, n))
      active--
      return n * 10
    })
    expect(out).toEqual([50, 10, 40, 20, 30, 0])
    expect(peak).toBe(2)
    expect(await mapLimit([], 4, async () => 1)).toEqual([])
  })
})
