// The GitHub sinks with the renderers faked: annotation properties, the overflow notice, summary, report and outputs.
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
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

describe('writeReport', () => {
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
    ])
  })

  it('leaves versions that are unknown or absent empty', () => {
    sinks.setOutputs({ ...result, mode: 'snapshot', base: null, head: { ref: 'WORKTREE', kopsVersion: null } }, '/tmp/r.json')
    expect(core.output('base-kops-version')).toBe('')
    expect(core.output('head-kops-version')).toBe('')
  })
})
