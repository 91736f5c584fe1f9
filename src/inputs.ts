// Reads and validates the action's inputs into one typed settings object; the only reader of `core.getInput`.
import * as core from '@actions/core'
import { realpathSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import semver from 'semver'
import { FAIL_ON_VALUES, isFailOn } from './fail-on.js'
import { DEFAULT_MAX_BYTES, parseByteSize } from './repo/side.js'
import type { FailOn } from './types.js'

/** The action's settings, validated and converted; see action.yml for how users set them. */
export interface ActionInputs {
  /**
   * `github-token`: a token for the GitHub API (default `github.token`). Annotations, the job
   * summary, the report file and the outputs need no token, so they also work on pull requests
   * from forks and Dependabot, whose token is read-only.
   */
  token: string
  /** `kops-version`: the kOps version for the head side, overriding every pin in the repository; null when unset. `latest` or a version without a leading `v`. */
  kopsVersion: string | null
  /** `base-kops-version`: the kOps version for the base side, overriding the base's pins; null when unset. `latest` or a version without a leading `v`. */
  baseKopsVersion: string | null
  /** `paths`: repository-relative glob patterns selecting the files read on each side; empty means every file. */
  paths: string[]
  /** `fail-on`: the lowest severity of a head-side finding that fails the step; `never` never fails. */
  failOn: FailOn
  /** `report-file`: absolute path the JSON report is written to. */
  reportFile: string
  /** `working-directory`: absolute, symlink-free path of the checked-out repository, inside the workspace. */
  workingDirectory: string
  /** `GITHUB_WORKSPACE`, absolute and symlink-free; relative input paths are resolved against it. */
  workspace: string
  /** `comment`: the sticky pull request comment; `auto` posts it on pull request events when the token can write. */
  comment: CommentMode
  /** `comment-suggestions`: one pull request review with GitHub suggestions for new findings whose fix is one edit on changed lines. */
  commentSuggestions: CommentMode
  /** `target-kops-version`: drift scans simulate the head also under this release; `latest` or a version without `v`; null when unset. */
  targetKopsVersion: string | null
  /** `refresh-releases`: look up the newest kOps release on GitHub for `target-kops-version: latest`. */
  refreshReleases: boolean
  /** `sarif-file`: absolute path the SARIF report is written to; null when unset. */
  sarifFile: string | null
  /** `issue`: keep one tracking issue with the drift scan's report, closed when the scan is clean. */
  issue: boolean
  /** `config`: the suppression file, relative to the repository; `required` when the workflow named it explicitly. */
  config: ConfigInput
  /** `max-file-size`: files larger than this many bytes are not read (a file-not-checked finding names them). */
  maxFileSize: number
}

export type CommentMode = 'true' | 'false' | 'auto'

export interface ConfigInput {
  path: string
  required: boolean
}

/** Where the suppression file is looked for when the `config` input is empty; a missing file there is fine. */
export const DEFAULT_CONFIG_PATH = '.github/kops-preflight.yaml'

/** A problem with the workflow: a bad input or a checkout without the needed commits. Not a failure of the action itself. */
export class UsageError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'UsageError'
  }
}

export const DEFAULT_REPORT_NAME = 'kops-preflight-report.json'

/** Reads every input once, validates it, and returns the settings; throws UsageError on a bad value. */
export function getInputs(): ActionInputs {
  const workspace = readWorkspace()

  const token = core.getInput('github-token')
  if (token !== '') core.setSecret(token)
  core.debug(`github-token = ${token === '' ? "''" : '(set)'}`)

  const kopsVersion = parseKopsVersion('kops-version', core.getInput('kops-version'))
  const baseKopsVersion = parseKopsVersion('base-kops-version', core.getInput('base-kops-version'))
  const paths = parsePaths(core.getInput('paths'))
  const failOn = parseFailOn(core.getInput('fail-on'))
  const reportFile = parseReportFile(core.getInput('report-file'), workspace)
  const workingDirectory = parseWorkingDirectory(core.getInput('working-directory'), workspace)
  const comment = parseCommentMode(core.getInput('comment'))
  const commentSuggestions = parseCommentMode(core.getInput('comment-suggestions'), 'comment-suggestions')
  const targetKopsVersion = parseKopsVersion('target-kops-version', core.getInput('target-kops-version'))
  const refreshReleases = parseBoolean('refresh-releases', core.getInput('refresh-releases'), false)
  const sarifFile = parseOutputFile('sarif-file', core.getInput('sarif-file'), workspace, 'kops-preflight.sarif')
  const issue = parseBoolean('issue', core.getInput('issue'), false)
  const config = parseConfig(core.getInput('config'))
  const maxFileSize = parseMaxFileSize(core.getInput('max-file-size'))

  const settings: ActionInputs = {
    token,
    kopsVersion,
    baseKopsVersion,
    paths,
    failOn,
    reportFile,
    workingDirectory,
    workspace,
    comment,
    commentSuggestions,
    targetKopsVersion,
    refreshReleases,
    sarifFile,
    issue,
    config,
    maxFileSize,
  }
  core.debug(`kops-version = '${kopsVersion ?? ''}'`)
  core.debug(`base-kops-version = '${baseKopsVersion ?? ''}'`)
  core.debug(`paths = ${JSON.stringify(paths)}`)
  core.debug(`fail-on = '${failOn}'`)
  core.debug(`report-file = '${reportFile}'`)
  core.debug(`working-directory = '${workingDirectory}'`)
  core.debug(`comment = '${comment}'`)
  core.debug(`comment-suggestions = '${commentSuggestions}'`)
  core.debug(`target-kops-version = '${targetKopsVersion ?? ''}'`)
  core.debug(`refresh-releases = ${refreshReleases}`)
  core.debug(`sarif-file = '${sarifFile ?? ''}'`)
  core.debug(`issue = ${issue}`)
  core.debug(`config = '${config.path}' (${config.required ? 'required' : 'optional'})`)
  core.debug(`max-file-size = ${maxFileSize}`)
  return settings
}

function parseMaxFileSize(raw: string): number {
  if (raw.trim() === '') return DEFAULT_MAX_BYTES
  const bytes = parseByteSize(raw)
  if (bytes === null || bytes <= 0) throw new UsageError(`Invalid max-file-size '${raw}'. Expected a size in bytes, optionally with a unit, e.g. 4194304 or 4MiB.`)
  return bytes
}

function readWorkspace(): string {
  const raw = process.env['GITHUB_WORKSPACE']
  if (!raw) throw new UsageError('GITHUB_WORKSPACE is not set. kops-preflight runs as a step of a GitHub Actions job; outside Actions, use the kops-preflight command instead.')
  try {
    return realpathSync(raw)
  } catch {
    throw new UsageError(`GITHUB_WORKSPACE '${raw}' does not exist.`)
  }
}

/** `1.29.0`, `v1.29.0`, `1.29.0-beta.1` or `latest` (any case); empty means unset. */
export function parseKopsVersion(name: string, raw: string): string | null {
  if (raw === '') return null
  if (raw.toLowerCase() === 'latest') return 'latest'
  const bare = /^[vV]\d/.test(raw) ? raw.slice(1) : raw
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(bare) || semver.valid(bare) === null) {
    throw new UsageError(`Invalid ${name} '${raw}'. Expected a kOps release version such as 1.29.0 or v1.29.0, or latest.`)
  }
  return bare
}

/**
 * Splits on newlines and on commas outside braces, so `clusters/{prod,staging}/**` stays one
 * pattern. Blank entries are dropped; `#` starts a comment line.
 */
export function parsePaths(raw: string): string[] {
  const out: string[] = []
  for (const line of raw.split(/\r?\n/)) {
    if (line.trim().startsWith('#')) continue
    for (const entry of splitTopLevelCommas(line)) {
      const pattern = entry.trim()
      if (pattern === '') continue
      if (pattern.startsWith('!')) {
        throw new UsageError(`Invalid paths entry '${pattern}'. Negated patterns are not supported; list the files to include instead, e.g. clusters/**/*.yaml.`)
      }
      if (pattern.split(/[\\/]/).includes('..')) {
        throw new UsageError(`Invalid paths entry '${pattern}'. Expected a glob relative to the repository root without '..', e.g. clusters/**/*.yaml.`)
      }
      out.push(pattern)
    }
  }
  return out
}

function splitTopLevelCommas(line: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === '\\') i++
    else if (c === '{') depth++
    else if (c === '}' && depth > 0) depth--
    else if (c === ',' && depth === 0) {
      parts.push(line.slice(start, i))
      start = i + 1
    }
  }
  parts.push(line.slice(start))
  return parts
}

/** `error` (the default), `warning`, `notice` or `never`, in any case. */
export function parseFailOn(raw: string): FailOn {
  if (raw === '') return 'error'
  const value = raw.toLowerCase()
  if (!isFailOn(value)) throw new UsageError(`Invalid fail-on '${raw}'. Expected one of: ${FAIL_ON_VALUES.join(', ')}.`)
  return value
}

/** Empty means `$RUNNER_TEMP/kops-preflight-report.json`; a relative path is resolved against the workspace. */
export function parseReportFile(raw: string, workspace: string): string {
  if (raw === '') return resolve(process.env['RUNNER_TEMP'] || tmpdir(), DEFAULT_REPORT_NAME)
  return parseOutputFile('report-file', raw, workspace, DEFAULT_REPORT_NAME) as string
}

/** A file the action writes: null when empty; a relative path is resolved against the workspace; never a directory. */
export function parseOutputFile(name: string, raw: string, workspace: string, example: string): string | null {
  if (raw === '') return null
  if (raw.endsWith('/') || raw.endsWith('\\')) {
    throw new UsageError(`Invalid ${name} '${raw}'. Expected a file path, not a directory, e.g. ${raw}${example}.`)
  }
  const full = resolve(workspace, raw)
  if (isDirectory(full)) {
    throw new UsageError(`Invalid ${name} '${raw}': '${full}' is a directory. Expected a file path, e.g. ${join(raw, example)}.`)
  }
  return full
}

/** `true`, `false` or `auto` (any case); empty means `auto`. */
export function parseCommentMode(raw: string, name = 'comment'): CommentMode {
  if (raw === '') return 'auto'
  const value = raw.toLowerCase()
  if (value !== 'true' && value !== 'false' && value !== 'auto') throw new UsageError(`Invalid ${name} '${raw}'. Expected one of: true, false, auto.`)
  return value
}

/** `true` or `false` (any case); empty means `fallback`. */
export function parseBoolean(name: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback
  const value = raw.toLowerCase()
  if (value === 'true') return true
  if (value === 'false') return false
  throw new UsageError(`Invalid ${name} '${raw}'. Expected true or false.`)
}

/**
 * The suppression file, relative to the repository (`working-directory`). Empty means the
 * conventional `.github/kops-preflight.yaml`, which may be absent; a path the workflow names must exist.
 */
export function parseConfig(raw: string): ConfigInput {
  if (raw === '') return { path: DEFAULT_CONFIG_PATH, required: false }
  if (isAbsolute(raw) || raw.split(/[\\/]/).includes('..')) {
    throw new UsageError(`Invalid config '${raw}'. Expected a path relative to the repository root without '..', e.g. ${DEFAULT_CONFIG_PATH}.`)
  }
  return { path: raw.replace(/^\.\//, ''), required: true }
}

/** Resolved against the workspace; must be an existing directory inside it (symlinks resolved). */
export function parseWorkingDirectory(raw: string, workspace: string): string {
  const given = raw === '' ? '.' : raw
  const full = resolve(workspace, given)
  let real: string
  try {
    real = realpathSync(full)
  } catch {
    throw new UsageError(`Invalid working-directory '${given}': '${full}' does not exist. Expected a directory inside the workspace '${workspace}'.`)
  }
  if (!isDirectory(real)) {
    throw new UsageError(`Invalid working-directory '${given}': '${full}' is not a directory. Expected a directory inside the workspace '${workspace}'.`)
  }
  const rel = relative(workspace, real)
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new UsageError(`Invalid working-directory '${given}': '${real}' is not under the workspace '${workspace}'.`)
  }
  return real
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
