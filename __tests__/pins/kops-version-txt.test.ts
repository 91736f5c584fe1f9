// Tests for the state store kops-version.txt pin extractor.
import { describe, expect, test } from '@jest/globals'
import { kopsVersionTxt } from '../../src/pins/kops-version-txt.js'
import { pinsOf } from './expected.js'

const F = 'state/prod.k8s.local/kops-version.txt'
const p = pinsOf('kops-version-txt', F)

describe('kops-version-txt: matches', () => {
  test.each([
    ['kops-version.txt', true],
    ['state/prod.k8s.local/kops-version.txt', true],
    ['kops-version.txt.bak', false],
    ['kops_version.txt', false],
    ['version.txt', false],
  ])('%s → %s', (path, expected) => {
    expect(kopsVersionTxt.matches(path)).toBe(expected)
  })
})

describe('kops-version-txt: extract', () => {
  test.each([
    ['no newline', '1.29.0', [p([1, 1, 7], '1.29.0', '1.29.0')]],
    ['final newline', '1.29.0\n', [p([1, 1, 7], '1.29.0', '1.29.0')]],
    ['leading v, CRLF', 'v1.28.4\r\n', [p([1, 1, 8], 'v1.28.4', '1.28.4')]],
    ['surrounding blank lines and spaces', '\n  1.30.0-alpha.1 \n\n', [p([2, 3, 17], '1.30.0-alpha.1', '1.30.0-alpha.1')]],
    ['byte order mark', '\uFEFF1.29.0\n', [p([1, 2, 8], '1.29.0', '1.29.0')]],
    ['not a version', 'hello world\n', [p([1, 1, 12], 'hello world', 'not-a-version')]],
    ['several lines', '1.29.0\n1.28.0\n', [p([1, 1, 2, 7], '1.29.0\n1.28.0', 'not-a-version')]],
  ])('%s', (_name, text, expected) => {
    expect(kopsVersionTxt.extract(text, F)).toStrictEqual(expected)
  })

  test.each([
    ['empty file', ''],
    ['only whitespace', ' \n\t\n'],
  ])('no pin: %s', (_name, text) => {
    expect(kopsVersionTxt.extract(text, F)).toStrictEqual([])
  })
})
