// Tests for the golden-file comparison: an update run must never pass.
import { existsSync, readFileSync, unlinkSync } from 'node:fs'
import { afterEach, describe, expect, test } from '@jest/globals'
import { expectGolden, goldenPath } from './golden.js'

const NAME = 'golden-selftest.txt'
const saved = process.env.UPDATE_GOLDEN

afterEach(() => {
  if (saved === undefined) delete process.env.UPDATE_GOLDEN
  else process.env.UPDATE_GOLDEN = saved
  if (existsSync(goldenPath(NAME))) unlinkSync(goldenPath(NAME))
})

describe('expectGolden', () => {
  test('UPDATE_GOLDEN=1 rewrites the file and still fails', () => {
    process.env.UPDATE_GOLDEN = '1'
    expect(() => expectGolden(NAME, 'content\n')).toThrow(/was rewritten/)
    expect(readFileSync(goldenPath(NAME), 'utf8')).toBe('content\n')
  })

  test('a missing golden file fails with a hint', () => {
    delete process.env.UPDATE_GOLDEN
    expect(() => expectGolden(NAME, 'content\n')).toThrow(/does not exist; run with UPDATE_GOLDEN=1/)
  })
})
