// Tests for the GitHub workflow and composite action pin extractor.
import { describe, expect, test } from '@jest/globals'
import { githubWorkflow } from '../../src/pins/workflow.js'
import { covered, pinsOf } from './expected.js'

const WF = '.github/workflows/cluster.yml'
const ACTION = '.github/actions/setup-kops/action.yml'
const p = pinsOf('github-workflow', WF)

describe('github-workflow: matches', () => {
  test.each([
    ['.github/workflows/ci.yml', true],
    ['.github/workflows/deploy.yaml', true],
    ['.github/actions/setup-kops/action.yml', true],
    ['.github/actions/setup-kops/action.yaml', true],
    ['.github/action.yml', true],
    ['services/api/.github/workflows/ci.yml', true],
    ['.github/workflows/README.md', false],
    ['.github/workflows/scripts/install.yml', false],
    ['.github/dependabot.yml', false],
    ['action.yml', false],
    ['actions/setup/action.yml', false],
    ['workflows/ci.yml', false],
  ])('%s → %s', (path, expected) => {
    expect(githubWorkflow.matches(path)).toBe(expected)
  })
})

const WORKFLOW = `name: cluster
on:
  workflow_dispatch:
    inputs:
      kops-version:
        description: kOps release
        default: v1.29.0
env:
  KOPS_VERSION: v1.29.0   # keep in sync
jobs:
  plan:
    runs-on: ubuntu-latest
    env:
      kops_version: "1.28.4"
    steps:
      - uses: actions/checkout@v4
      - name: Install kOps
        run: |
          curl -fsSLo kops \\
            https://github.com/kubernetes/kops/releases/download/\${{ env.KOPS_VERSION }}/kops-linux-amd64
          chmod +x kops
      - name: Install with artifacts
        run: curl -Lo kops https://artifacts.k8s.io/binaries/kops/1.29.0/linux/amd64/kops
      - uses: ./.github/actions/setup-kops
        with:
          kops-version: '1.30.0-alpha.1'
      - uses: someone/setup-kops@v2
        with:
          version: 1.29.0
      - uses: actions/setup-go@v5
        with:
          version: 1.22.0
        env:
          KOPS_VERSION: \${{ inputs.kops-version }}
`

const WORKFLOW_PINS = [
  p([7, 18, 25], 'v1.29.0', '1.29.0'),
  p([9, 17, 24], 'v1.29.0', '1.29.0'),
  p([14, 22, 28], '1.28.4', '1.28.4'),
  p([20, 66, 89], '${{ env.KOPS_VERSION }}', 'contains-variable'),
  p([23, 67, 73], '1.29.0', '1.29.0'),
  p([26, 26, 40], '1.30.0-alpha.1', '1.30.0-alpha.1'),
  p([29, 20, 26], '1.29.0', '1.29.0'),
  p([34, 25, 51], '${{ inputs.kops-version }}', 'contains-variable'),
]

const COMPOSITE = `name: setup kops
inputs:
  kops_version:
    description: version
    default: "1.29.0"
runs:
  using: composite
  steps:
    - shell: bash
      env:
        KOPS_VERSION: \${{ inputs.kops_version }}
      run: >-
        curl -Lo /usr/local/bin/kops
        "https://github.com/kubernetes/kops/releases/download/v\${KOPS_VERSION}/kops-$(uname -s | tr A-Z a-z)-amd64"
`

describe('github-workflow: extract', () => {
  test('a workflow: env at every level, inputs, with, run URLs', () => {
    const pins = githubWorkflow.extract(WORKFLOW, WF)
    expect(pins).toStrictEqual(WORKFLOW_PINS)
    expect(covered(WORKFLOW, pins)).toStrictEqual(pins.map((x) => x.raw))
  })

  test('a composite action: input default, step env, folded run', () => {
    const pins = githubWorkflow.extract(COMPOSITE, ACTION)
    const a = pinsOf('github-workflow', ACTION)
    expect(pins).toStrictEqual([
      a([5, 15, 21], '1.29.0', '1.29.0'),
      a([11, 23, 49], '${{ inputs.kops_version }}', 'contains-variable'),
      a([14, 63, 79], 'v${KOPS_VERSION}', 'contains-variable'),
    ])
    expect(covered(COMPOSITE, pins)).toStrictEqual(pins.map((x) => x.raw))
  })

  test.each([
    ['single-quoted env value', "env:\n  KOPS_VERSION: 'v1.29.0'\n", [p([2, 18, 25], 'v1.29.0', '1.29.0')]],
    ['upper-case input name', 'jobs:\n  a:\n    steps:\n      - uses: ./x\n        with:\n          KOPS_VERSION: 1.29.0\n', [p([6, 25, 31], '1.29.0', '1.29.0')]],
    ['latest release URL', 'jobs:\n  a:\n    steps:\n      - run: curl -LO https://github.com/kubernetes/kops/releases/latest/download/kops-linux-amd64\n', [p([4, 67, 73], 'latest', 'not-a-version')]],
    [
      'two URLs in one block, CRLF',
      'jobs:\r\n  a:\r\n    steps:\r\n      - run: |\r\n          wget https://artifacts.k8s.io/binaries/kops/1.28.0/linux/amd64/kops\r\n          wget https://artifacts.k8s.io/binaries/kops/v1.29.0/linux/arm64/kops\r\n',
      [p([5, 55, 61], '1.28.0', '1.28.0'), p([6, 55, 62], 'v1.29.0', '1.29.0')],
    ],
    ['URL in an env value', 'env:\n  KOPS_URL: https://github.com/kubernetes/kops/releases/download/v1.29.0/kops-linux-amd64\n', [p([2, 66, 73], 'v1.29.0', '1.29.0')]],
    ['range in env', 'env:\n  KOPS_VERSION: ">=1.28"\n', [p([2, 18, 24], '>=1.28', 'range')]],
    ['partial version parsed as a number', 'env:\n  KOPS_VERSION: 1.29\n', [p([2, 17, 21], '1.29', 'range')]],
    ['stable', 'env:\n  KOPS_VERSION: stable\n', [p([2, 17, 23], 'stable', 'not-a-version')]],
    [
      'YAML that does not parse is still searched for URLs',
      'jobs: [\n  run: curl https://artifacts.k8s.io/binaries/kops/1.29.0/linux/amd64/kops\n',
      [p([2, 52, 58], '1.29.0', '1.29.0')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(githubWorkflow.extract(text, WF)).toStrictEqual(expected)
  })

  test('collections nested too deep for the YAML parser are still searched for URLs', () => {
    const url = ' https://artifacts.k8s.io/binaries/kops/1.29.0/linux/amd64/kops'
    for (const prefix of ['['.repeat(3000), '- '.repeat(3000)]) {
      const text = `${prefix}\n${url}\n`
      expect(githubWorkflow.extract(text, WF)).toStrictEqual([p([2, 41, 47], '1.29.0', '1.29.0')])
      expect(githubWorkflow.extract(text, WF)).toStrictEqual([p([2, 41, 47], '1.29.0', '1.29.0')])
    }
  })

  test.each([
    ['empty file', ''],
    ['commented out', 'env:\n  # KOPS_VERSION: v1.29.0\n  A: b\n'],
    ['commented-out URL in a run block', 'jobs:\n  a:\n    steps:\n      - run: |\n          # see https://github.com/kubernetes/kops/releases/download/v1.29.0/kops-linux-amd64\n          echo hi\n# curl https://artifacts.k8s.io/binaries/kops/1.29.0/linux/amd64/kops\n'],
    ['similar env key', 'env:\n  KOPS_VERSION_FILE: .kops-version\n  MY_KOPS_VERSION: 1.29.0\n'],
    ['KOPS_VERSION outside env', 'vars:\n  KOPS_VERSION: 1.29.0\nkops_version: 1.29.0\n'],
    ['version input of another action', 'jobs:\n  a:\n    steps:\n      - uses: hashicorp/setup-terraform@v3\n        with:\n          version: 1.7.5\n'],
    ['empty env value', 'env:\n  KOPS_VERSION:\n  B: ""\n'],
    ['empty quoted env value', 'env:\n  KOPS_VERSION: ""\n'],
    ['URL of another project', 'jobs:\n  a:\n    steps:\n      - run: curl -LO https://github.com/kubernetes/kubernetes/releases/download/v1.29.0/x\n'],
    ['env that is not a map', 'env: ${{ fromJSON(vars.ENV) }}\n'],
  ])('no pin: %s', (_name, text) => {
    expect(githubWorkflow.extract(text, WF)).toStrictEqual([])
  })
})
