// run() when the analysis itself throws: the step fails with a short request to report the bug.
import { afterAll, expect, it, jest } from '@jest/globals'
import * as core from '../mocks/core.js'
import * as github from '../mocks/github.js'
import { removeDir, singleCommitRepo } from './fixtures.js'

const runCheck = jest.fn(() => {
  throw new TypeError("Cannot read properties of undefined (reading 'version')")
})

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => github)
jest.unstable_mockModule('../../src/check.js', () => ({ runCheck }))

const { run } = await import('../../src/main.js')
const { VERSION } = await import('../../src/version.js')

const repo = singleCommitRepo('1.29.0')
const savedWorkspace = process.env['GITHUB_WORKSPACE']

afterAll(() => {
  if (savedWorkspace === undefined) delete process.env['GITHUB_WORKSPACE']
  else process.env['GITHUB_WORKSPACE'] = savedWorkspace
  removeDir(repo.dir)
})

it('asks for a bug report and logs the stack', async () => {
  core.resetCore()
  process.env['GITHUB_WORKSPACE'] = repo.dir
  github.setEvent('push')
  await run()
  expect(runCheck).toHaveBeenCalledTimes(1)
  expect(core.setFailed).toHaveBeenCalledWith(
    `kops-preflight ${VERSION} failed unexpectedly: Cannot read properties of undefined (reading 'version'). This is a bug; please report it with the step log.`,
  )
  expect(core.info.mock.calls.some(([line]) => line.startsWith("TypeError: Cannot read properties of undefined (reading 'version')\n    at "))).toBe(true)
  expect(core.setOutput).not.toHaveBeenCalled()
})

it('hands the suppression config to runCheck: the conventional file when unset, required when named', async () => {
  process.env['GITHUB_WORKSPACE'] = repo.dir
  github.setEvent('push')
  for (const [input, config] of [
    ['', { path: '.github/kops-preflight.yaml', required: false }],
    ['ops/suppressions.yaml', { path: 'ops/suppressions.yaml', required: true }],
  ] as const) {
    core.resetCore()
    runCheck.mockClear()
    core.setInputs({ config: input })
    await run()
    expect((runCheck.mock.calls[0] as unknown[])[0]).toMatchObject({ config, base: null, head: { ref: 'WORKTREE' } })
  }
})
