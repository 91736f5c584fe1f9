// Tests for the aqua config pin extractor.
import { describe, expect, test } from '@jest/globals'
import { aquaYaml } from '../../src/pins/aqua-yaml.js'
import { pinsOf } from './expected.js'

const F = 'aqua.yaml'
const p = pinsOf('aqua-yaml', F)

describe('aqua-yaml: matches', () => {
  test.each([
    ['aqua.yaml', true],
    ['aqua.yml', true],
    ['.aqua.yaml', true],
    ['infra/aqua.yaml', true],
    ['aqua/kops.yaml', true],
    ['aqua/imports/kops.yml', true],
    ['.aqua/aqua.yaml', true],
    ['aqua-checksums.json', false],
    ['aqua/aqua-checksums.json', false],
    ['my-aqua.yaml', false],
    ['aquarium/x.yaml', false],
  ])('%s → %s', (path, expected) => {
    expect(aquaYaml.matches(path)).toBe(expected)
  })
})

const REGISTRIES = '---\n# aqua - Declarative CLI Version Manager\nregistries:\n  - type: standard\n    ref: v4.155.1\n'

describe('aqua-yaml: extract', () => {
  test.each([
    ['name@version', 'packages:\n- name: kubernetes/kops@v1.29.0\n', [p([2, 25, 32], 'v1.29.0', '1.29.0')]],
    [
      'after registries, with a trailing comment',
      `${REGISTRIES}packages:\n  - name: hashicorp/terraform@v1.7.5\n  - name: kubernetes/kops@v1.29.0 # renovate: depName=kubernetes/kops\n`,
      [p([8, 27, 34], 'v1.29.0', '1.29.0')],
    ],
    ['quoted name', 'packages:\n  - name: "kubernetes/kops@1.28.4"\n', [p([2, 28, 34], '1.28.4', '1.28.4')]],
    ['name and version fields', 'packages:\n  - name: kubernetes/kops\n    version: v1.29.0\n', [p([3, 14, 21], 'v1.29.0', '1.29.0')]],
    ['version before name, quoted', "packages:\n  - version: '1.30.0-alpha.1'\n    name: kubernetes/kops\n", [p([2, 15, 29], '1.30.0-alpha.1', '1.30.0-alpha.1')]],
    ['flow sequence', 'packages: [{name: kubernetes/kops@v1.29.0}]\n', [p([1, 35, 42], 'v1.29.0', '1.29.0')]],
    ['4-space indent', 'packages:\n    -   name: kubernetes/kops@v1.29.0\n', [p([2, 31, 38], 'v1.29.0', '1.29.0')]],
    ['CRLF', 'packages:\r\n- name: kubernetes/kops@v1.29.0\r\n', [p([2, 25, 32], 'v1.29.0', '1.29.0')]],
    ['variable', 'packages:\n- name: kubernetes/kops@{{ .kops }}\n', [p([2, 25, 36], '{{ .kops }}', 'contains-variable')]],
    ['not a version', 'packages:\n- name: kubernetes/kops\n  version: latest\n', [p([3, 12, 18], 'latest', 'not-a-version')]],
    [
      'two documents',
      'packages:\n- name: kubernetes/kops@v1.28.0\n---\npackages:\n- name: kubernetes/kops@v1.29.0\n',
      [p([2, 25, 32], 'v1.28.0', '1.28.0'), p([5, 25, 32], 'v1.29.0', '1.29.0')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(aquaYaml.extract(text, F)).toStrictEqual(expected)
  })

  test.each([
    ['empty file', ''],
    ['registries only', REGISTRIES],
    ['no version', 'packages:\n- name: kubernetes/kops\n'],
    ['empty version', 'packages:\n- name: kubernetes/kops@\n'],
    ['other packages', 'packages:\n- name: kubernetes/kubectl@v1.29.0\n- name: kubernetes-sigs/kind@v0.22.0\n'],
    ['similar name', 'packages:\n- name: kubernetes/kops-tools@v1.29.0\n'],
    ['import', 'packages:\n- import: aqua/*.yaml\n'],
    ['not under packages', 'tools:\n- name: kubernetes/kops@v1.29.0\n'],
    ['commented out', 'packages:\n# - name: kubernetes/kops@v1.29.0\n'],
    ['registry definition', 'packages:\n  - type: github_release\n    repo_owner: kubernetes\n    repo_name: kops\n'],
    ['not YAML', 'packages: [\n  - name: kubernetes/kops@v1.29.0\n'],
    ['a scalar document', 'just text\n'],
    ['nested too deep to parse', `${'- '.repeat(3000)}x\npackages:\n- name: kubernetes/kops@v1.29.0\n`],
  ])('no pin: %s', (_name, text) => {
    expect(aquaYaml.extract(text, F)).toStrictEqual([])
  })
})
