// The GitHub sinks with the renderers faked: annotation properties, the overflow notice, summary, report and outputs.
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import * as core from '../mocks/core.js'
import type { Annotation, AnnotationPlan } from '../../src/report/annotations.js'
import type { CheckResult } from '../../src/result.js'
import { removeDir, tempDir } from './fixtures.js'

const plan: { value: AnnotationPlan } = { value: { annotations: [], overflow: 0 } }
const planAnnotations = jest.fn((_result: CheckResult, _opts?: { perLevel?: number }) => plan.value)
const renderMarkdown = jest.fn((_result: CheckResult, _opts?: { maxBytes?: number }) => '## kops-preflight\n')
const renderJson = jest.fn((_result: CheckResult) => '{"schemaVersion":1}\n')

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('../../src/report/annotations.js', () => ({ planAnnotations }))
jest.unstable_mockModule('../../src/report/markdown.js', () => ({ renderMarkdown }))
jest.unstable_mockModule('../../src/report/json.js', () => ({ renderJson }))

const sinks = await import('../../src/sinks/github.js')
const { UsageError } = await import('../../src/inputs.js')

const result: CheckResult = {
  schemaVersion: 1,
  mode: 'pull-request',
  base: { ref: 'a'.repeat(40), kopsVersion: '1.28.1' },
  head: { ref: 'b'.repeat(40), kopsVersion: '1.29.0-beta.1' },
  target: null,
  findings: [],
  clusters: [],
  summary: { errors: 2, warnings: 1, notices: 0, new: 3, unchanged: 0, fixed: 1 },
}

const dir = tempDir('kops-preflight-sinks-')

beforeEach(() => {
  core.resetCore()
  plan.value = { annotations: [], overflow: 0 }
  planAnnotations.mockClear()
})

afterAll(() => removeDir(dir))

function annotation(over: Partial<Annotation>): Annotation {
  return { level: 'error', message: 'nodeup would fail', title: 'kops-preflight: nodeup-fails', file: 'clusters/prod.yaml', startLine: 11, ...over }
}

describe('emitAnnotations', () => {
  it('leaves an error slot for setFailed', () => {
    sinks.emitAnnotations(result)
    expect(planAnnotations).toHaveBeenCalledWith(result, { perLevel: 9 })
  })

  it('emits each planned annotation at its level with its position', () => {
    plan.value = {
      annotations: [
        annotation({ startColumn: 17, endColumn: 120 }),
        annotation({ level: 'warning', title: 'kops-preflight: cri-containerd-bundle', startLine: 3, endLine: 5 }),
        annotation({ level: 'notice', title: 'kops-preflight: asset-changed', file: '.tool-versions', startLine: 1, startColumn: 6 }),
      ],
      overflow: 0,
    }
    expect(sinks.emitAnnotations(result)).toEqual({ emitted: 3, overflow: 0 })
    expect(core.error).toHaveBeenCalledWith('nodeup would fail', { title: 'kops-preflight: nodeup-fails', file: 'clusters/prod.yaml', startLine: 11, startColumn: 17, endColumn: 120 })
    expect(core.warning).toHaveBeenCalledWith('nodeup would fail', { title: 'kops-preflight: cri-containerd-bundle', file: 'clusters/prod.yaml', startLine: 3, endLine: 5 })
    expect(core.notice).toHaveBeenCalledTimes(1)
    expect(core.notice).toHaveBeenCalledWith('nodeup would fail', { title: 'kops-preflight: asset-changed', file: '.tool-versions', startLine: 1, startColumn: 6 })
  })

  it('drops columns from a multi-line annotation', () => {
    plan.value = { annotations: [annotation({ startLine: 3, endLine: 5, startColumn: 2, endColumn: 9 })], overflow: 0 }
    sinks.emitAnnotations(result)
    expect(core.error).toHaveBeenCalledWith('nodeup would fail', { title: 'kops-preflight: nodeup-fails', file: 'clusters/prod.yaml', startLine: 3, endLine: 5 })
  })

  it('gives an annotation without a file no position', () => {
    plan.value = { annotations: [annotation({ file: '', startLine: 0 })], overflow: 0 }
    sinks.emitAnnotations(result)
    expect(core.error).toHaveBeenCalledWith('nodeup would fail', { title: 'kops-preflight: nodeup-fails' })
  })

  it.each([
    [1, '1 more finding is in the job summary'],
    [12, '12 more findings are in the job summary'],
  ])('adds one notice for %i findings that did not fit', (overflow, text) => {
    plan.value = { annotations: [annotation({})], overflow }
    expect(sinks.emitAnnotations(result)).toEqual({ emitted: 1, overflow })
    expect(core.notice).toHaveBeenCalledTimes(1)
    expect(core.notice).toHaveBeenCalledWith(text, { title: 'kops-preflight' })
  })
})

describe('emitAnnotations with reserved notices', () => {
  const notices = (n: number) => Array.from({ length: n }, (_, i) => annotation({ level: 'notice', title: 'kops-preflight: asset-changed', startLine: i + 1 }))

  it('leaves the reserved notice slots free, counting the dropped notices in the overflow note', () => {
    plan.value = { annotations: [annotation({}), ...notices(9)], overflow: 0 }
    expect(sinks.emitAnnotations(result, { reservedNotices: 2 })).toEqual({ emitted: 8, overflow: 2 })
    // 7 finding notices + the overflow note + 2 reserved = 10.
    expect(core.notice).toHaveBeenCalledTimes(8)
    expect(core.notice.mock.calls.at(-1)).toEqual(['2 more findings are in the job summary', { title: 'kops-preflight' }])
    expect(core.notice.mock.calls.slice(0, 7).map(([, p]) => p?.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(core.error).toHaveBeenCalledTimes(1)
  })

  it('changes nothing when the notices fit', () => {
    plan.value = { annotations: notices(5), overflow: 0 }
    expect(sinks.emitAnnotations(result, { reservedNotices: 3 })).toEqual({ emitted: 5, overflow: 0 })
    expect(core.notice).toHaveBeenCalledTimes(5)
  })

  it('counts an existing overflow note against the room', () => {
    plan.value = { annotations: notices(8), overflow: 4 }
    expect(sinks.emitAnnotations(result, { reservedNotices: 1 })).toEqual({ emitted: 8, overflow: 4 })
    expect(core.notice).toHaveBeenCalledTimes(9)
  })
})

describe('writeSummary', () => {
  it('writes the Markdown report within the step summary limit', async () => {
    expect(await sinks.writeSummary(result)).toBe(true)
    expect(renderMarkdown).toHaveBeenCalledWith(result, { maxBytes: sinks.SUMMARY_MAX_BYTES })
    expect(sinks.SUMMARY_MAX_BYTES).toBeLessThan(1024 * 1024)
    expect(core.summaryWrites).toEqual(['## kops-preflight\n\n'])
  })

  it('warns instead of failing when the runner has no summary file', async () => {
    core.summaryState.failWith = new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.')
    expect(await sinks.writeSummary(result)).toBe(false)
    expect(core.warning).toHaveBeenCalledWith(
      'The job summary could not be written (Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.), so the full list of findings is only in the report file and the outputs.',
    )
    expect(core.summary.emptyBuffer).toHaveBeenCalled()
  })
})

describe('writeSummary with an appendix', () => {
  it('appends the sections after the report and leaves room for them in the budget', async () => {
    renderMarkdown.mockClear()
    expect(await sinks.writeSummary(result, '#### Assets to mirror\n')).toBe(true)
    expect(renderMarkdown).toHaveBeenCalledWith(result, { maxBytes: sinks.SUMMARY_MAX_BYTES - Buffer.byteLength('\n#### Assets to mirror\n') })
    expect(core.summaryWrites).toEqual(['## kops-preflight\n\n#### Assets to mirror\n\n'])
  })
})

describe('writeSarif', () => {
  it('writes the SARIF report, creating its directory', async () => {
    const path = join(dir, 'sarif', 'kops.sarif')
    await sinks.writeSarif({ ...result, base: null, mode: 'drift', target: { kopsVersion: '1.36.2' } }, path)
    const sarif = JSON.parse(readFileSync(path, 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].tool.driver.version).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('reports a path it cannot write as a usage error', async () => {
    const file = join(dir, 'a-sarif-blocker')
    writeFileSync(file, '')
    const err = await sinks.writeSarif(result, join(file, 'x.sarif')).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UsageError)
    expect((err as Error).message).toContain(`Could not write sarif-file '${join(file, 'x.sarif')}': `)
  })
})

describe('writeReport', () => {
  it('adds the extra fields after the interface fields', async () => {
    const path = join(dir, 'extra.json')
    await sinks.writeReport(result, path, { mirror: null })
    expect(readFileSync(path, 'utf8')).toBe('{\n  "schemaVersion": 1,\n  "mirror": null\n}\n')
  })

  it('writes the JSON report, creating its directory', async () => {
    const path = join(dir, 'nested', 'deeper', 'report.json')
    await sinks.writeReport(result, path)
    expect(readFileSync(path, 'utf8')).toBe('{"schemaVersion":1}\n')
  })

  it('reports a path it cannot write as a usage error', async () => {
    const file = join(dir, 'a-file')
    writeFileSync(file, '')
    const path = join(file, 'report.json')
    const err = await sinks.writeReport(result, path).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UsageError)
    expect((err as Error).message).toContain(`Could not write report-file '${path}': `)
  })
})

describe('setOutputs', () => {
  it('sets every output of action.yml', () => {
    sinks.setOutputs(result, '/tmp/r.json')
    expect(core.setOutput.mock.calls).toEqual([
      ['errors', '2'],
      ['warnings', '1'],
      ['notices', '0'],
      ['new', '3'],
      ['base-kops-version', '1.28.1'],
      ['head-kops-version', '1.29.0-beta.1'],
      ['report-file', '/tmp/r.json'],
      ['target-kops-version', ''],
      ['sarif-file', ''],
      ['comment-url', ''],
      ['issue-url', ''],
      ['assets-to-mirror', ''],
    ])
  })

  it('sets the outputs of drift scans, comments and issues', () => {
    sinks.setOutputs({ ...result, mode: 'drift', base: null, target: { kopsVersion: '1.36.2' } }, '/tmp/r.json', {
      sarifFile: '/tmp/k.sarif',
      commentUrl: 'https://github.example/acme/infra/pull/7#issuecomment-1',
      issueUrl: 'https://github.example/acme/infra/issues/3',
      assetsToMirror: 0,
    })
    expect(core.output('target-kops-version')).toBe('1.36.2')
    expect(core.output('sarif-file')).toBe('/tmp/k.sarif')
    expect(core.output('comment-url')).toBe('https://github.example/acme/infra/pull/7#issuecomment-1')
    expect(core.output('issue-url')).toBe('https://github.example/acme/infra/issues/3')
    expect(core.output('assets-to-mirror')).toBe('0')
  })

  it('sets every output action.yml declares, and no other', () => {
    sinks.setOutputs(result, '/tmp/r.json')
    const declared = Object.keys(parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')).outputs).sort()
    expect(core.setOutput.mock.calls.map(([name]) => name).sort()).toEqual(declared)
  })

  it('leaves versions that are unknown or absent empty', () => {
    sinks.setOutputs({ ...result, mode: 'snapshot', base: null, head: { ref: 'WORKTREE', kopsVersion: null } }, '/tmp/r.json')
    expect(core.output('base-kops-version')).toBe('')
    expect(core.output('head-kops-version')).toBe('')
  })
})
