// Review suggestions: only new findings with a certain fix whose lines the pull request changed, as whole-line
// replacements; and the line diff that decides what changed.
import { describe, expect, it } from '@jest/globals'
import { suggestionBody, suggestionsFor } from '../../src/fixes/suggestions.js'
import { changedLines, hunkLines } from '../../src/repo/changed-lines.js'
import { renderSuggestionsMarkdown } from '../../src/github/review.js'
import { escapeMarkdown } from '../../src/report/escape.js'
import type { Finding } from '../../src/types.js'

describe('changedLines', () => {
  it('finds added and modified head lines, and every line of a new file', () => {
    expect([...changedLines('a\nb\nc\nd\n', 'a\nB\nc\nx\nd\n')]).toEqual([2, 4])
    expect([...changedLines('a\nb\n', 'a\nb\n')]).toEqual([])
    expect([...changedLines(null, 'a\nb\n')]).toEqual([1, 2])
    expect([...changedLines('a\nb\nc\n', 'c\n')]).toEqual([])
    expect([...hunkLines(new Set([5]), 6, 3)]).toEqual([2, 3, 4, 5, 6])
  })
})

const head = ['spec:', '  containerd:', '    packages:', '      urlAmd64: old-url', '      hashAmd64: old-hash', '  kubernetesVersion: 1.29.4', ''].join('\n')
const fixOf = (line: number) => ({
  description: 'Use the tarball.',
  edits: [
    { file: 'c.yaml', line, column: 17, endLine: line, endColumn: 24, replacement: 'new-url' },
    { file: 'c.yaml', line: line + 1, column: 18, endLine: line + 1, endColumn: 26, replacement: 'new-hash' },
  ],
})
function finding(over: Partial<Finding>): Finding {
  return { ruleId: 'nodeup-fails', severity: 'error', status: 'new', message: 'm', remediation: 'r.', messageId: 'fails', data: {}, file: 'c.yaml', line: 4, column: 17, endLine: 4, endColumn: 24, cluster: 'c', instanceGroup: 'nodes', arch: 'amd64', kopsVersion: '1.29.0', subject: 's', ...over }
}

describe('suggestionsFor', () => {
  it('turns a new finding’s fix on changed lines into one whole-line suggestion, deduplicated across instance groups', () => {
    const base = head.replace('old-url', 'older-url').replace('old-hash', 'older-hash')
    const list = suggestionsFor([finding({ fix: fixOf(4) }), finding({ instanceGroup: 'other', fix: fixOf(4) })], [{ path: 'c.yaml', text: head }], [{ path: 'c.yaml', text: base }])
    expect(list).toEqual([{ path: 'c.yaml', startLine: 4, line: 5, replacement: ['      urlAmd64: new-url', '      hashAmd64: new-hash'], description: 'Use the tarball.', ruleId: 'nodeup-fails', key: list[0].key }])
    expect(suggestionBody(list[0], escapeMarkdown)).toBe(
      [`<!-- kops-preflight:suggestion ${list[0].key} -->`, '**kops-preflight** (`nodeup-fails`): Use the tarball.', '', '```suggestion', '      urlAmd64: new-url', '      hashAmd64: new-hash', '```'].join('\n'),
    )
    expect(renderSuggestionsMarkdown(list)).toBe(
      ['### Fixes kops-preflight can apply', '', 'Run `kops-preflight fix --write` locally, or apply these edits:', '', '- `c.yaml` line 4-5 (`nodeup-fails`): Use the tarball.', '', '  ```yaml', '        urlAmd64: new-url', '        hashAmd64: new-hash', '  ```', ''].join('\n'),
    )
  })

  it('leaves out unchanged lines, standing findings and findings without a certain fix', () => {
    const files = [{ path: 'c.yaml', text: head }]
    expect(suggestionsFor([finding({ fix: fixOf(4) })], files, files)).toEqual([])
    const base = [{ path: 'c.yaml', text: head.replace('1.29.4', '1.28.9') }]
    expect(suggestionsFor([finding({ fix: fixOf(4) })], files, base)).toEqual([])
    const changed = [{ path: 'c.yaml', text: head.replace('old-url', 'x').replace('old-hash', 'y') }]
    expect(suggestionsFor([finding({ status: 'unchanged', fix: fixOf(4) }), finding({})], files, changed)).toEqual([])
  })
})
