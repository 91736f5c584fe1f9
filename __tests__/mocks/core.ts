// Typed fakes of @actions/core for jest.unstable_mockModule: inputs from a map, a recording job summary.
import { jest } from '@jest/globals'
import type * as core from '@actions/core'

/** Inputs the fake getInput serves, by name; reset with setInputs. */
export const inputs: Record<string, string> = {}

export function setInputs(values: Record<string, string>): void {
  for (const key of Object.keys(inputs)) delete inputs[key]
  Object.assign(inputs, values)
}

export const getInput = jest.fn<typeof core.getInput>((name, options) => {
  const value = inputs[name] ?? ''
  if (options?.required && value === '') throw new Error(`Input required and not supplied: ${name}`)
  return options?.trimWhitespace === false ? value : value.trim()
})
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const setSecret = jest.fn<typeof core.setSecret>()
export const error = jest.fn<typeof core.error>()
export const warning = jest.fn<typeof core.warning>()
export const notice = jest.fn<typeof core.notice>()
export const info = jest.fn<typeof core.info>()
export const debug = jest.fn<typeof core.debug>()

/** What the step summary file would hold after each write, in order. */
export const summaryWrites: string[] = []

/** Set to make the next summary write fail, as it does on a runner without GITHUB_STEP_SUMMARY. */
export const summaryState = { failWith: null as Error | null }

let buffer = ''

export const summary = {
  addRaw: jest.fn((text: string, addEOL = false) => {
    buffer += text + (addEOL ? '\n' : '')
    return summary
  }),
  emptyBuffer: jest.fn(() => {
    buffer = ''
    return summary
  }),
  write: jest.fn(async () => {
    if (summaryState.failWith) throw summaryState.failWith
    summaryWrites.push(buffer)
    buffer = ''
    return summary
  }),
}

/** Clears recorded calls, inputs and the summary; call from beforeEach. */
export function resetCore(): void {
  for (const fn of [getInput, setOutput, setFailed, setSecret, error, warning, notice, info, debug, summary.addRaw, summary.emptyBuffer, summary.write]) fn.mockClear()
  setInputs({})
  summaryWrites.length = 0
  summaryState.failWith = null
  buffer = ''
}

/** The value last passed to setOutput for `name`, or undefined. */
export function output(name: string): string | undefined {
  const call = setOutput.mock.calls.filter(([n]) => n === name).at(-1)
  return call === undefined ? undefined : String(call[1])
}
