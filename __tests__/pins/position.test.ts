// Tests for offset-to-position conversion and the YAML nesting guard.
import { describe, expect, test } from '@jest/globals'
import { nestsTooDeep, positionOf } from '../../src/pins/position.js'

describe('positionOf', () => {
  const text = 'ab\ncd\r\nefg'
  test.each([
    [0, 2, { line: 1, column: 1, endLine: 1, endColumn: 3 }],
    [3, 5, { line: 2, column: 1, endLine: 2, endColumn: 3 }],
    [7, 10, { line: 3, column: 1, endLine: 3, endColumn: 4 }],
    [1, 8, { line: 1, column: 2, endLine: 3, endColumn: 2 }],
  ])('[%i, %i)', (start, end, expected) => {
    expect(positionOf(text, start, end)).toStrictEqual(expected)
  })
})

describe('nestsTooDeep', () => {
  test.each([
    ['', false],
    ['a: [1, [2, [3]]]\n', false],
    ['['.repeat(256), false],
    ['['.repeat(257), true],
    ['[]'.repeat(5000), false],
    [`${'{'.repeat(200)}\n${'['.repeat(100)}`, true],
    ['- '.repeat(256) + 'x', false],
    ['- '.repeat(257) + 'x', true],
    ['  ' + '-\t'.repeat(300) + 'x', true],
    ['? '.repeat(300), true],
    [`${'- '.repeat(200)}x\n${'- '.repeat(200)}y\n`, false],
    ['x ' + '- '.repeat(300), false],
  ])('%#', (text, expected) => {
    expect(nestsTooDeep(text)).toBe(expected)
  })
})
