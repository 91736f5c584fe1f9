// Table tests for the repository-relative glob matcher.

import { describe, expect, it } from '@jest/globals'
import { expandBraces, matchesGlobs } from '../../src/repo/globs.js'

type Row = [pattern: string, path: string, expected: boolean]

const rows: Row[] = [
  // literals and directory prefixes
  ['README.md', 'README.md', true],
  ['README.md', 'docs/README.md', false],
  ['clusters', 'clusters/prod/cluster.yaml', true],
  ['clusters/', 'clusters/prod/cluster.yaml', true],
  ['./clusters', 'clusters/prod/cluster.yaml', true],
  ['/clusters', 'clusters/a.yaml', true],
  ['clusters', 'clusters-old/a.yaml', false],
  ['clusters/prod', 'clusters/production/a.yaml', false],
  ['clusters/prod', 'clusters/prod/a.yaml', true],
  ['.', 'anything/at/all.txt', true],
  ['', 'x', true],
  // `*` stays within one segment
  ['*.yaml', 'a.yaml', true],
  ['*.yaml', 'dir/a.yaml', false],
  ['clusters/*.yaml', 'clusters/a.yaml', true],
  ['clusters/*.yaml', 'clusters/prod/a.yaml', false],
  ['clusters/*', 'clusters/prod/a.yaml', true],
  ['*', '.github/workflows/ci.yaml', true],
  ['c*s', 'clusters/x', true],
  ['a**b', 'axxb', true],
  ['a**b', 'ax/xb', false],
  // `?`
  ['ig-?.yaml', 'ig-a.yaml', true],
  ['ig-?.yaml', 'ig-ab.yaml', false],
  ['a?b', 'a/b', false],
  // `**`
  ['**', 'a/b/c', true],
  ['**/*.yaml', 'a.yaml', true],
  ['**/*.yaml', 'a/b/c.yaml', true],
  ['**/*.yaml', 'a/b/c.yml', false],
  ['**/cluster.yaml', 'x/cluster.yaml', true],
  ['**/cluster.yaml', 'xcluster.yaml', false],
  ['clusters/**', 'clusters/a/b/c', true],
  ['clusters/**', 'clustersx/a', false],
  ['clusters/**/ig.yaml', 'clusters/ig.yaml', true],
  ['clusters/**/ig.yaml', 'clusters/a/b/ig.yaml', true],
  ['clusters/**/ig.yaml', 'clusters/a/b/xig.yaml', false],
  ['clusters/**/**/ig.yaml', 'clusters/a/ig.yaml', true],
  ['**/prod/**', 'x/y/prod/z.yaml', true],
  // braces
  ['*.{yaml,yml}', 'a.yml', true],
  ['*.{yaml,yml}', 'a.yaml', true],
  ['*.{yaml,yml}', 'a.json', false],
  ['{clusters,envs}/**/*.yaml', 'envs/p/a.yaml', true],
  ['{clusters,envs}/**/*.yaml', 'other/p/a.yaml', false],
  ['a{b,c{d,e}}f', 'acef', true],
  ['a{b,c{d,e}}f', 'acf', false],
  ['{,sub/}x.yaml', 'x.yaml', true],
  ['{,sub/}x.yaml', 'sub/x.yaml', true],
  ['{x}.yaml', '{x}.yaml', true],
  ['{x}.yaml', 'x.yaml', false],
  ['{a,b', '{a,b', true],
  // classes and escapes
  ['ig-[ab].yaml', 'ig-a.yaml', true],
  ['ig-[ab].yaml', 'ig-c.yaml', false],
  ['ig-[!ab].yaml', 'ig-c.yaml', true],
  ['ig-[!ab].yaml', 'ig-a.yaml', false],
  ['a[/]b', 'a/b', false],
  ['a[!x]b', 'a/b', false],
  ['[0-9]*.txt', '7up.txt', true],
  ['a[b', 'a[b', true],
  ['\\*.yaml', '*.yaml', true],
  ['\\*.yaml', 'a.yaml', false],
  // regex metacharacters are literal
  ['a.b', 'axb', false],
  ['a+b(c)|d$', 'a+b(c)|d$', true],
]

describe('matchesGlobs', () => {
  it.each(rows)('%j against %j → %j', (pattern, path, expected) => {
    expect(matchesGlobs(path, [pattern])).toBe(expected)
  })

  it('matches everything when the list is empty', () => {
    expect(matchesGlobs('a/b/c.yaml', [])).toBe(true)
  })

  it('matches when any pattern of the list matches', () => {
    expect(matchesGlobs('b/x.yaml', ['a/**', 'b/*.yaml'])).toBe(true)
    expect(matchesGlobs('c/x.yaml', ['a/**', 'b/*.yaml'])).toBe(false)
  })
})

describe('expandBraces', () => {
  it.each<[string, string[]]>([
    ['a', ['a']],
    ['{a,b}', ['a', 'b']],
    ['x{a,b}y{1,2}', ['xay1', 'xay2', 'xby1', 'xby2']],
    ['{a,{b,c}}', ['a', 'b', 'c']],
    ['{a}', ['\\{a\\}']],
  ])('%j', (pattern, expected) => {
    expect(expandBraces(pattern)).toEqual(expected)
  })

  it('refuses patterns that expand without bound', () => {
    expect(() => expandBraces('{a,b}'.repeat(12))).toThrow(/too many alternatives/)
  })
})
