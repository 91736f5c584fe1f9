// Tests for the .tool-versions pin extractor.
import { describe, expect, test } from '@jest/globals'
import { toolVersions } from '../../src/pins/tool-versions.js'
import { pinsOf } from './expected.js'

const F = '.tool-versions'
const p = pinsOf('tool-versions', F)

describe('tool-versions: matches', () => {
  test.each([
    ['.tool-versions', true],
    ['infra/clusters/prod/.tool-versions', true],
    ['./.tool-versions', true],
    ['tool-versions', false],
    ['.tool-versions.bak', false],
    ['mise.toml', false],
  ])('%s → %s', (path, expected) => {
    expect(toolVersions.matches(path)).toBe(expected)
  })
})

describe('tool-versions: extract', () => {
  test.each([
    ['plain', 'kops 1.29.0\n', [p([1, 6, 12], '1.29.0', '1.29.0')]],
    ['leading v, no final newline', 'kops v1.29.0', [p([1, 6, 13], 'v1.29.0', '1.29.0')]],
    ['among other tools', 'terraform 1.7.5\nkops 1.28.4\nkubectl 1.29.1\n', [p([2, 6, 12], '1.28.4', '1.28.4')]],
    ['first of several versions', 'kops 1.29.0 1.28.0 system\n', [p([1, 6, 12], '1.29.0', '1.29.0')]],
    ['tabs and extra spaces', '  kops\t\t 1.30.0-alpha.1  \n', [p([1, 10, 24], '1.30.0-alpha.1', '1.30.0-alpha.1')]],
    ['trailing comment', 'kops 1.29.0 # pinned for prod\n', [p([1, 6, 12], '1.29.0', '1.29.0')]],
    ['comment glued to the version', 'kops 1.29.0#x\n', [p([1, 6, 12], '1.29.0', '1.29.0')]],
    ['CRLF', 'helm 3.14.0\r\nkops 1.29.0\r\n', [p([2, 6, 12], '1.29.0', '1.29.0')]],
    ['quoted', 'kops "1.29.0"\n', [p([1, 7, 13], '1.29.0', '1.29.0')]],
    ['not a version', 'kops latest\n', [p([1, 6, 12], 'latest', 'not-a-version')]],
    ['system', 'kops system\n', [p([1, 6, 12], 'system', 'not-a-version')]],
    ['ref', 'kops ref:v1.29.0\n', [p([1, 6, 17], 'ref:v1.29.0', 'not-a-version')]],
    ['partial version', 'kops 1.29\n', [p([1, 6, 10], '1.29', 'range')]],
    ['variable', 'kops ${KOPS_VERSION}\n', [p([1, 6, 21], '${KOPS_VERSION}', 'contains-variable')]],
    ['two lines', 'kops 1.28.0\nkops 1.29.0\n', [p([1, 6, 12], '1.28.0', '1.28.0'), p([2, 6, 12], '1.29.0', '1.29.0')]],
  ])('%s', (_name, text, expected) => {
    expect(toolVersions.extract(text, F)).toStrictEqual(expected)
  })

  test.each([
    ['empty file', ''],
    ['commented out', '# kops 1.29.0\n'],
    ['indented comment', '   # kops 1.29.0\n'],
    ['no version', 'kops\n'],
    ['no version before comment', 'kops # 1.29.0\n'],
    ['another tool', 'kopsctl 1.29.0\nkubectl 1.29.0\n'],
    ['name not first', 'terraform kops 1.29.0\n'],
    ['upper case name', 'KOPS 1.29.0\n'],
  ])('no pin: %s', (_name, text) => {
    expect(toolVersions.extract(text, F)).toStrictEqual([])
  })

  test('keeps the path it was given', () => {
    expect(toolVersions.extract('kops 1.29.0', 'a/b/.tool-versions')[0]?.file).toBe('a/b/.tool-versions')
  })
})
