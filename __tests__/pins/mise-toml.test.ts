// Tests for the mise config pin extractor.
import { describe, expect, test } from '@jest/globals'
import { isKopsTool, miseToml } from '../../src/pins/mise-toml.js'
import { pinsOf } from './expected.js'

const F = 'mise.toml'
const p = pinsOf('mise-toml', F)

describe('mise-toml: matches', () => {
  test.each([
    ['mise.toml', true],
    ['.mise.toml', true],
    ['mise/config.toml', true],
    ['.mise/config.toml', true],
    ['.config/mise.toml', true],
    ['.config/mise/config.toml', true],
    ['.config/mise/conf.d/kops.toml', true],
    ['mise.production.toml', true],
    ['mise.local.toml', true],
    ['.mise.staging.toml', true],
    ['infra/prod/mise.toml', true],
    ['mise.toml.example', false],
    ['config.toml', false],
    ['misery.toml', false],
    ['mise.yaml', false],
    ['tools/mise/other.toml', false],
    ['.tool-versions', false],
  ])('%s → %s', (path, expected) => {
    expect(miseToml.matches(path)).toBe(expected)
  })
})

describe('mise-toml: tool names', () => {
  test.each([
    ['kops', true],
    ['aqua:kubernetes/kops', true],
    ['ubi:kubernetes/kops', true],
    ['ubi:kubernetes/kops[exe=kops]', true],
    ['github:kubernetes/kops', true],
    ['asdf:kops', true],
    ['kops-tools', false],
    ['aqua:kubernetes/kubectl', false],
    ['aqua:someone/kops-tools', false],
  ])('%s → %s', (name, expected) => {
    expect(isKopsTool(name)).toBe(expected)
  })
})

describe('mise-toml: extract', () => {
  test.each([
    ['string', '[tools]\nkops = "1.29.0"\n', [p([2, 9, 15], '1.29.0', '1.29.0')]],
    ['literal string with v', "[tools]\nkops = 'v1.29.0'\n", [p([2, 9, 16], 'v1.29.0', '1.29.0')]],
    ['no spaces, no final newline', '[tools]\nkops="1.29.0"', [p([2, 7, 13], '1.29.0', '1.29.0')]],
    ['array: the first is active', '[tools]\nkops = ["1.29.0", "1.28.0"]\n', [p([2, 10, 16], '1.29.0', '1.29.0')]],
    ['multi-line array with comments', '[tools]\nkops = [\n  # newest first\n  "1.30.0-alpha.1", # try\n  "1.29.0",\n]\n', [p([4, 4, 18], '1.30.0-alpha.1', '1.30.0-alpha.1')]],
    ['inline table', '[tools]\nkops = { version = "1.29.0", os = ["linux"] }\n', [p([2, 21, 27], '1.29.0', '1.29.0')]],
    ['inline table, version not first', '[tools]\nkops = { os = ["linux", "macos"], version = "v1.28.2" }\n', [p([2, 46, 53], 'v1.28.2', '1.28.2')]],
    ['array of inline tables', '[tools]\nkops = [{ version = "1.29.0" }]\n', [p([2, 22, 28], '1.29.0', '1.29.0')]],
    ['aqua backend key', '[tools]\n"aqua:kubernetes/kops" = "1.29.0"\n', [p([2, 27, 33], '1.29.0', '1.29.0')]],
    ['ubi backend key with options', "[tools]\n'ubi:kubernetes/kops[exe=kops]' = \"v1.29.0\"\n", [p([2, 36, 43], 'v1.29.0', '1.29.0')]],
    ['asdf backend key', '[tools]\n"asdf:kops" = "1.28.0"\n', [p([2, 16, 22], '1.28.0', '1.28.0')]],
    ['tool sub-table', '[tools.kops]\nversion = "1.29.0"\nos = ["linux"]\n', [p([2, 12, 18], '1.29.0', '1.29.0')]],
    ['quoted tool sub-table', '[tools."aqua:kubernetes/kops"]\nversion = "1.29.0"\n', [p([2, 12, 18], '1.29.0', '1.29.0')]],
    ['dotted key at the root', 'tools.kops = "1.29.0"\n', [p([1, 15, 21], '1.29.0', '1.29.0')]],
    ['dotted version key', '[tools]\nkops.version = "1.29.0"\n', [p([2, 17, 23], '1.29.0', '1.29.0')]],
    ['inline tools table', 'tools = { kops = "1.29.0", helm = "3" }\n', [p([1, 19, 25], '1.29.0', '1.29.0')]],
    ['spaced header with comment', '[settings]\nexperimental = true\n\n[ tools ] # pinned\n# kops = "1.1.1"\nterraform = "1.7"\nkops = "1.29.0" # prod\n', [p([7, 9, 15], '1.29.0', '1.29.0')]],
    ['hash inside a string', '[tools]\nnode = "#20"\nkops = "1.29.0"\n', [p([3, 9, 15], '1.29.0', '1.29.0')]],
    ['multi-line string', '[tools]\nkops = """\n1.29.0"""\n', [p([3, 1, 7], '1.29.0', '1.29.0')]],
    ['CRLF', '[tools]\r\nkops = "1.29.0"\r\n', [p([2, 9, 15], '1.29.0', '1.29.0')]],
    ['latest', '[tools]\nkops = "latest"\n', [p([2, 9, 15], 'latest', 'not-a-version')]],
    ['prefix', '[tools]\nkops = "prefix:1.29"\n', [p([2, 9, 20], 'prefix:1.29', 'not-a-version')]],
    ['fuzzy version', '[tools]\nkops = "1.29"\n', [p([2, 9, 13], '1.29', 'range')]],
    ['template', '[tools]\nkops = "{{ env.KOPS_VERSION }}"\n', [p([2, 9, 31], '{{ env.KOPS_VERSION }}', 'contains-variable')]],
    ['two tables', '[tools]\nkops = "1.28.0"\n[env]\nX = "1"\n[tools]\n"aqua:kubernetes/kops" = "1.29.0"\n', [p([2, 9, 15], '1.28.0', '1.28.0'), p([6, 27, 33], '1.29.0', '1.29.0')]],
    ['garbage before the table', 'this is = = not toml [\n[tools]\nkops = "1.29.0"\n', [p([3, 9, 15], '1.29.0', '1.29.0')]],
  ])('%s', (_name, text, expected) => {
    expect(miseToml.extract(text, F)).toStrictEqual(expected)
  })

  test.each([
    ['empty file', ''],
    ['no tools table', 'kops = "1.29.0"\n'],
    ['env table', '[env]\nKOPS_VERSION = "1.29.0"\nkops = "1.29.0"\n'],
    ['alias table', '[alias]\nkops = "asdf:kops"\n'],
    ['nested table under tools', '[tools.kops.options]\nversion = "1.29.0"\n'],
    ['commented out', '[tools]\n# kops = "1.29.0"\n'],
    ['other tools', '[tools]\nkubectl = "1.29.0"\n"aqua:kubernetes/kubectl" = "1.29.0"\n'],
    ['empty string', '[tools]\nkops = ""\n'],
    ['empty array', '[tools]\nkops = []\n'],
    ['bare number', '[tools]\nkops = 1.29\n'],
    ['unterminated string', '[tools]\nkops = "1.29.0\n'],
    ['unterminated array', '[tools]\nkops = [\n'],
  ])('no pin: %s', (_name, text) => {
    expect(miseToml.extract(text, F)).toStrictEqual([])
  })
})
