// getInputs(): defaults, conversion and the exact message for every invalid input.
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import * as core from '../mocks/core.js'
import { removeDir, tempDir } from './fixtures.js'

jest.unstable_mockModule('@actions/core', () => core)

const { getInputs, UsageError } = await import('../../src/inputs.js')

const workspace = tempDir('kops-preflight-ws-')
const runnerTemp = tempDir('kops-preflight-tmp-')
const outside = tempDir('kops-preflight-outside-')
mkdirSync(join(workspace, 'infra', 'clusters'), { recursive: true })
writeFileSync(join(workspace, 'README.md'), 'hello\n')
symlinkSync(outside, join(workspace, 'escape'))

const savedEnv = { GITHUB_WORKSPACE: process.env['GITHUB_WORKSPACE'], RUNNER_TEMP: process.env['RUNNER_TEMP'] }

function restoreEnv(name: keyof typeof savedEnv): void {
  if (savedEnv[name] === undefined) delete process.env[name]
  else process.env[name] = savedEnv[name]
}

beforeEach(() => {
  core.resetCore()
  process.env['GITHUB_WORKSPACE'] = workspace
  process.env['RUNNER_TEMP'] = runnerTemp
})

afterAll(() => {
  restoreEnv('GITHUB_WORKSPACE')
  restoreEnv('RUNNER_TEMP')
  for (const dir of [workspace, runnerTemp, outside]) removeDir(dir)
})

/** The message getInputs throws with `inputs`, asserting it is a UsageError. */
function failure(inputs: Record<string, string>): string {
  core.setInputs(inputs)
  try {
    getInputs()
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError)
    return (err as Error).message
  }
  throw new Error('getInputs did not throw')
}

describe('getInputs', () => {
  it('sets defaults when no input is given', () => {
    expect(getInputs()).toEqual({
      token: '',
      kopsVersion: null,
      baseKopsVersion: null,
      paths: [],
      failOn: 'error',
      reportFile: join(runnerTemp, 'kops-preflight-report.json'),
      workingDirectory: workspace,
      workspace,
      comment: 'auto',
      commentSuggestions: 'auto',
      targetKopsVersion: null,
      refreshReleases: false,
      sarifFile: null,
      issue: false,
      config: { path: '.github/kops-preflight.yaml', required: false },
      maxFileSize: 1048576,
    })
  })

  it('reads max-file-size in bytes or binary units and rejects anything else', () => {
    core.setInputs({ 'max-file-size': '4MiB' })
    expect(getInputs().maxFileSize).toBe(4 * 1024 * 1024)
    core.setInputs({ 'max-file-size': '5000000' })
    expect(getInputs().maxFileSize).toBe(5000000)
    core.setInputs({ 'max-file-size': 'lots' })
    expect(() => getInputs()).toThrow("Invalid max-file-size 'lots'. Expected a size in bytes, optionally with a unit, e.g. 4194304 or 4MiB.")
  })

  it('reads the values action.yml passes by default', () => {
    core.setInputs({ 'github-token': 'ghs_0123456789abcdef', 'fail-on': 'error', 'working-directory': '.', 'report-file': '' })
    expect(getInputs()).toMatchObject({ token: 'ghs_0123456789abcdef', failOn: 'error', workingDirectory: workspace })
  })

  it('masks the token', () => {
    core.setInputs({ 'github-token': 'ghs_0123456789abcdef' })
    getInputs()
    expect(core.setSecret).toHaveBeenCalledWith('ghs_0123456789abcdef')
    expect(core.debug.mock.calls.flat().join('\n')).not.toContain('ghs_0123456789abcdef')
  })

  it('reads no input other than through core.getInput, and each once', () => {
    getInputs()
    const names = core.getInput.mock.calls.map(([name]) => name)
    expect([...names].sort()).toEqual([
      'base-kops-version',
      'comment',
      'comment-suggestions',
      'config',
      'fail-on',
      'github-token',
      'issue',
      'kops-version',
      'max-file-size',
      'paths',
      'refresh-releases',
      'report-file',
      'sarif-file',
      'target-kops-version',
      'working-directory',
    ])
  })

  it('reads every input action.yml declares, and no other', () => {
    getInputs()
    const declared = Object.keys(parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')).inputs).sort()
    expect([...new Set(core.getInput.mock.calls.map(([name]) => name))].sort()).toEqual(declared)
  })

  it('fails outside a GitHub Actions job', () => {
    delete process.env['GITHUB_WORKSPACE']
    expect(failure({})).toBe('GITHUB_WORKSPACE is not set. kops-preflight runs as a step of a GitHub Actions job; outside Actions, use the kops-preflight command instead.')
  })

  it('fails when GITHUB_WORKSPACE does not exist', () => {
    process.env['GITHUB_WORKSPACE'] = join(workspace, 'missing')
    expect(failure({})).toBe(`GITHUB_WORKSPACE '${join(workspace, 'missing')}' does not exist.`)
  })
})

describe.each(['kops-version', 'base-kops-version', 'target-kops-version'])('%s', (name) => {
  const key = ({ 'kops-version': 'kopsVersion', 'base-kops-version': 'baseKopsVersion', 'target-kops-version': 'targetKopsVersion' } as const)[name as 'kops-version']

  it.each([
    ['1.29.0', '1.29.0'],
    ['v1.29.0', '1.29.0'],
    ['V1.30.1', '1.30.1'],
    ['1.29.0-beta.1', '1.29.0-beta.1'],
    ['v1.30.0-alpha.1', '1.30.0-alpha.1'],
    ['latest', 'latest'],
    ['Latest', 'latest'],
    ['', null],
  ])('accepts %j as %j', (raw, expected) => {
    core.setInputs({ [name]: raw })
    expect(getInputs()[key]).toBe(expected)
  })

  it.each(['1.29', 'v1.29', '1.29.x', '>=1.29.0', '~1.29.0', 'stable', '1.29.0.1', '01.29.0', 'kops-1.29.0', '$KOPS_VERSION'])('rejects %j', (raw) => {
    expect(failure({ [name]: raw })).toBe(`Invalid ${name} '${raw}'. Expected a kOps release version such as 1.29.0 or v1.29.0, or latest.`)
  })
})

describe('paths', () => {
  it.each([
    ['', []],
    ['clusters/**/*.yaml', ['clusters/**/*.yaml']],
    ['clusters/**/*.yaml\n.tool-versions\n', ['clusters/**/*.yaml', '.tool-versions']],
    ['clusters/**/*.yaml, .tool-versions', ['clusters/**/*.yaml', '.tool-versions']],
    ['clusters/{prod,staging}/*.yaml,.tool-versions', ['clusters/{prod,staging}/*.yaml', '.tool-versions']],
    ['a,\n\n  b  \r\n,c', ['a', 'b', 'c']],
    ['# cluster specs\nclusters\n# pins\n.tool-versions', ['clusters', '.tool-versions']],
  ])('reads %j as %j', (raw, expected) => {
    core.setInputs({ paths: raw })
    expect(getInputs().paths).toEqual(expected)
  })

  it('rejects negated patterns', () => {
    expect(failure({ paths: 'clusters\n!clusters/dev' })).toBe("Invalid paths entry '!clusters/dev'. Negated patterns are not supported; list the files to include instead, e.g. clusters/**/*.yaml.")
  })

  it.each(['../other/**', 'clusters/../../x', '..'])('rejects %j, which leaves the repository', (raw) => {
    expect(failure({ paths: raw })).toBe(`Invalid paths entry '${raw}'. Expected a glob relative to the repository root without '..', e.g. clusters/**/*.yaml.`)
  })
})

describe('fail-on', () => {
  it.each([
    ['error', 'error'],
    ['warning', 'warning'],
    ['notice', 'notice'],
    ['never', 'never'],
    ['Warning', 'warning'],
    ['', 'error'],
  ])('accepts %j as %j', (raw, expected) => {
    core.setInputs({ 'fail-on': raw })
    expect(getInputs().failOn).toBe(expected)
  })

  it.each(['fatal', 'errors', 'none', 'true'])('rejects %j', (raw) => {
    expect(failure({ 'fail-on': raw })).toBe(`Invalid fail-on '${raw}'. Expected one of: error, warning, notice, never.`)
  })
})

describe('report-file', () => {
  it('defaults to the runner temp directory', () => {
    expect(getInputs().reportFile).toBe(join(runnerTemp, 'kops-preflight-report.json'))
  })

  it('falls back to the system temp directory without RUNNER_TEMP', () => {
    delete process.env['RUNNER_TEMP']
    expect(getInputs().reportFile).toBe(join(tmpdir(), 'kops-preflight-report.json'))
  })

  it('resolves a relative path against the workspace', () => {
    core.setInputs({ 'report-file': 'out/report.json' })
    expect(getInputs().reportFile).toBe(join(workspace, 'out', 'report.json'))
  })

  it('keeps an absolute path', () => {
    core.setInputs({ 'report-file': join(runnerTemp, 'r.json') })
    expect(getInputs().reportFile).toBe(join(runnerTemp, 'r.json'))
  })

  it('rejects an existing directory', () => {
    expect(failure({ 'report-file': 'infra' })).toBe(`Invalid report-file 'infra': '${join(workspace, 'infra')}' is a directory. Expected a file path, e.g. infra/kops-preflight-report.json.`)
  })

  it('rejects a path ending in a slash', () => {
    expect(failure({ 'report-file': 'out/' })).toBe("Invalid report-file 'out/'. Expected a file path, not a directory, e.g. out/kops-preflight-report.json.")
  })
})

describe('working-directory', () => {
  it.each([
    ['.', ''],
    ['infra', 'infra'],
    ['infra/clusters/', 'infra/clusters'],
    ['./infra/../infra', 'infra'],
  ])('resolves %j inside the workspace', (raw, rel) => {
    core.setInputs({ 'working-directory': raw })
    expect(getInputs().workingDirectory).toBe(join(workspace, rel))
  })

  it('accepts an absolute path inside the workspace', () => {
    core.setInputs({ 'working-directory': join(workspace, 'infra') })
    expect(getInputs().workingDirectory).toBe(join(workspace, 'infra'))
  })

  it('rejects a directory that does not exist', () => {
    expect(failure({ 'working-directory': 'nope' })).toBe(`Invalid working-directory 'nope': '${join(workspace, 'nope')}' does not exist. Expected a directory inside the workspace '${workspace}'.`)
  })

  it('rejects a file', () => {
    expect(failure({ 'working-directory': 'README.md' })).toBe(`Invalid working-directory 'README.md': '${join(workspace, 'README.md')}' is not a directory. Expected a directory inside the workspace '${workspace}'.`)
  })

  it('rejects a directory outside the workspace', () => {
    expect(failure({ 'working-directory': outside })).toBe(`Invalid working-directory '${outside}': '${outside}' is not under the workspace '${workspace}'.`)
  })

  it('rejects .. out of the workspace', () => {
    const parent = join(workspace, '..')
    expect(failure({ 'working-directory': '..' })).toBe(`Invalid working-directory '..': '${join(parent)}' is not under the workspace '${workspace}'.`)
  })

  it('rejects a symlink that leads out of the workspace', () => {
    expect(failure({ 'working-directory': 'escape' })).toBe(`Invalid working-directory 'escape': '${outside}' is not under the workspace '${workspace}'.`)
  })
})

describe('comment', () => {
  it.each([
    ['', 'auto'],
    ['auto', 'auto'],
    ['true', 'true'],
    ['FALSE', 'false'],
  ])('accepts %j as %j', (raw, expected) => {
    core.setInputs({ comment: raw })
    expect(getInputs().comment).toBe(expected)
  })

  it.each(['yes', 'on', 'always'])('rejects %j', (raw) => {
    expect(failure({ comment: raw })).toBe(`Invalid comment '${raw}'. Expected one of: true, false, auto.`)
  })
})

describe('comment-suggestions', () => {
  it.each([
    ['', 'auto'],
    ['TRUE', 'true'],
    ['false', 'false'],
  ])('accepts %j as %j', (raw, expected) => {
    core.setInputs({ 'comment-suggestions': raw })
    expect(getInputs().commentSuggestions).toBe(expected)
  })

  it('names the input when it rejects a value', () => {
    expect(failure({ 'comment-suggestions': 'sometimes' })).toBe("Invalid comment-suggestions 'sometimes'. Expected one of: true, false, auto.")
  })
})

describe.each([
  ['refresh-releases', 'refreshReleases'],
  ['issue', 'issue'],
] as const)('%s', (name, key) => {
  it.each([
    ['', false],
    ['true', true],
    ['True', true],
    ['false', false],
  ])('accepts %j as %j', (raw, expected) => {
    core.setInputs({ [name]: raw })
    expect(getInputs()[key]).toBe(expected)
  })

  it('rejects anything else', () => {
    expect(failure({ [name]: 'yes' })).toBe(`Invalid ${name} 'yes'. Expected true or false.`)
  })
})

describe('sarif-file', () => {
  it('resolves a relative path against the workspace', () => {
    core.setInputs({ 'sarif-file': 'out/kops.sarif' })
    expect(getInputs().sarifFile).toBe(join(workspace, 'out', 'kops.sarif'))
  })

  it('rejects a directory', () => {
    expect(failure({ 'sarif-file': 'infra' })).toBe(`Invalid sarif-file 'infra': '${join(workspace, 'infra')}' is a directory. Expected a file path, e.g. infra/kops-preflight.sarif.`)
    expect(failure({ 'sarif-file': 'out/' })).toBe("Invalid sarif-file 'out/'. Expected a file path, not a directory, e.g. out/kops-preflight.sarif.")
  })
})

describe('config', () => {
  it('is the conventional file, optional, when not set', () => {
    expect(getInputs().config).toEqual({ path: '.github/kops-preflight.yaml', required: false })
  })

  it('is required when the workflow names it', () => {
    core.setInputs({ config: './ops/kops-preflight.yaml' })
    expect(getInputs().config).toEqual({ path: 'ops/kops-preflight.yaml', required: true })
  })

  it.each(['/etc/kops-preflight.yaml', '../shared/kops-preflight.yaml'])('rejects %j, which is not inside the repository', (raw) => {
    expect(failure({ config: raw })).toBe(`Invalid config '${raw}'. Expected a path relative to the repository root without '..', e.g. .github/kops-preflight.yaml.`)
  })
})
