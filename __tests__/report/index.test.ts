// Tests for the format dispatcher.
import { describe, expect, test } from '@jest/globals'
import { REPORT_FORMATS, render, renderCodeQuality, renderJson, renderMarkdown, renderSarif, renderText } from '../../src/report/index.js'
import { prResult } from './fixture.js'

describe('render', () => {
  test.each([
    ['text', renderText],
    ['json', renderJson],
    ['markdown', (r: typeof prResult) => renderMarkdown(r)],
    ['sarif', (r: typeof prResult) => renderSarif(r)],
    ['codequality', renderCodeQuality],
  ] as const)('%s', (format, fn) => {
    expect(render(format, prResult)).toBe(fn(prResult))
  })

  test('every format is listed', () => {
    expect(REPORT_FORMATS).toEqual(['text', 'json', 'markdown', 'sarif', 'codequality'])
  })

  test('the same result renders byte-identically twice', () => {
    for (const f of REPORT_FORMATS) expect(render(f, structuredClone(prResult))).toBe(render(f, prResult))
  })
})
