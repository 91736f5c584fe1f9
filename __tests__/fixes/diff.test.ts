// Unified diffs of fix edits: hunk headers, context, merged hunks, insertions and deletions.
import { describe, expect, it } from '@jest/globals'
import { unifiedDiff } from '../../src/fixes/diff.js'

const text = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n'
const edit = (line: number, column: number, endLine: number, endColumn: number, replacement: string) => ({ file: 'a.yaml', line, column, endLine, endColumn, replacement })

describe('unifiedDiff', () => {
  it('prints one hunk with three lines of context around a replacement', () => {
    expect(unifiedDiff('a.yaml', text, [edit(10, 6, 10, 8, '10b')])).toBe(
      ['--- a/a.yaml', '+++ b/a.yaml', '@@ -7,7 +7,7 @@', ' line 7', ' line 8', ' line 9', '-line 10', '+line 10b', ' line 11', ' line 12', ' line 13', ''].join('\n'),
    )
  })

  it('merges nearby edits into one hunk and keeps distant ones apart, with new-side line numbers shifted', () => {
    const d = unifiedDiff('a.yaml', text, [edit(2, 1, 4, 1, ''), edit(6, 1, 6, 1, 'inserted\n'), edit(18, 1, 18, 8, 'eighteen')])
    expect(d).toBe(
      [
        '--- a/a.yaml',
        '+++ b/a.yaml',
        '@@ -1,8 +1,7 @@',
        ' line 1',
        '-line 2',
        '-line 3',
        ' line 4',
        ' line 5',
        '+inserted',
        ' line 6',
        ' line 7',
        ' line 8',
        '@@ -15,6 +14,6 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        '+eighteen',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    )
  })

  it('is empty when the edits change nothing', () => {
    expect(unifiedDiff('a.yaml', text, [edit(3, 1, 3, 7, 'line 3')])).toBe('')
  })
})
