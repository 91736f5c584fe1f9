// Tests for the Makefile pin extractor.
import { describe, expect, test } from '@jest/globals'
import { makefile } from '../../src/pins/makefile.js'
import { covered, pinsOf } from './expected.js'

const F = 'Makefile'
const p = pinsOf('makefile', F)

describe('makefile: matches', () => {
  test.each([
    ['Makefile', true],
    ['makefile', true],
    ['GNUmakefile', true],
    ['build/versions.mk', true],
    ['clusters/prod/Makefile', true],
    ['Makefile.bak', false],
    ['.mk', false],
    ['makefile.txt', false],
    ['CMakeLists.txt', false],
  ])('%s → %s', (path, expected) => {
    expect(makefile.matches(path)).toBe(expected)
  })
})

const MAKEFILE = `# Tool versions
KOPS_VERSION ?= 1.29.0 # bump with care
HELM_VERSION := 3.14.0

image:
\tdocker build --build-arg KOPS_VERSION=$(KOPS_VERSION) .

bin/kops:
\tcurl -fsSLo $@ https://github.com/kubernetes/kops/releases/download/v$(KOPS_VERSION)/kops-$(OS)-$(ARCH)
`

describe('makefile: extract', () => {
  test('assignment and recipe URL', () => {
    const pins = makefile.extract(MAKEFILE, F)
    expect(pins).toStrictEqual([
      p([2, 17, 23], '1.29.0', '1.29.0'),
      p([9, 70, 86], 'v$(KOPS_VERSION)', 'contains-variable'),
    ])
    expect(covered(MAKEFILE, pins)).toStrictEqual(pins.map((x) => x.raw))
  })

  test.each([
    ['=', 'KOPS_VERSION = v1.29.0\n', [p([1, 16, 23], 'v1.29.0', '1.29.0')]],
    [':=', 'KOPS_VERSION := 1.29.0\n', [p([1, 17, 23], '1.29.0', '1.29.0')]],
    ['::=', 'KOPS_VERSION ::= 1.29.0\n', [p([1, 18, 24], '1.29.0', '1.29.0')]],
    ['no spaces', 'KOPS_VERSION?=1.29.0', [p([1, 15, 21], '1.29.0', '1.29.0')]],
    ['export', 'export KOPS_VERSION ?= 1.28.4\n', [p([1, 24, 30], '1.28.4', '1.28.4')]],
    ['override', 'override KOPS_VERSION = 1.29.0\n', [p([1, 25, 31], '1.29.0', '1.29.0')]],
    ['quoted', 'KOPS_VERSION ?= "1.29.0"\n', [p([1, 18, 24], '1.29.0', '1.29.0')]],
    ['comment without a space', 'KOPS_VERSION=1.29.0#pinned\n', [p([1, 14, 20], '1.29.0', '1.29.0')]],
    ['tab before the operator, CRLF', 'KOPS_VERSION\t:= 1.30.0-alpha.1\r\n', [p([1, 17, 31], '1.30.0-alpha.1', '1.30.0-alpha.1')]],
    ['shell function', 'KOPS_VERSION := $(shell cat .kops-version)\n', [p([1, 17, 43], '$(shell cat .kops-version)', 'contains-variable')]],
    ['another variable', 'KOPS_VERSION ?= $(DEFAULT_KOPS)\n', [p([1, 17, 32], '$(DEFAULT_KOPS)', 'contains-variable')]],
    ['latest', 'KOPS_VERSION ?= latest\n', [p([1, 17, 23], 'latest', 'not-a-version')]],
    ['URL in a variable', 'KOPS_URL = https://artifacts.k8s.io/binaries/kops/1.29.0/linux/amd64/kops\n', [p([1, 51, 57], '1.29.0', '1.29.0')]],
  ])('%s', (_name, text, expected) => {
    expect(makefile.extract(text, F)).toStrictEqual(expected)
  })

  test.each([
    ['empty file', ''],
    ['commented out', '# KOPS_VERSION ?= 1.29.0\n\t# curl https://artifacts.k8s.io/binaries/kops/1.29.0/linux/amd64/kops\n'],
    ['empty value', 'KOPS_VERSION ?=\nKOPS_VERSION = # none\n'],
    ['append', 'KOPS_VERSION += 1.29.0\n'],
    ['shell assignment', 'KOPS_VERSION != cat .kops-version\n'],
    ['similar names', 'KOPS_VERSION_FILE = .kops-version\nMY_KOPS_VERSION = 1.29.0\n'],
    ['recipe line', 'x:\n\tKOPS_VERSION=1.29.0 ./install.sh\n'],
    ['target', 'KOPS_VERSION: deps\n'],
  ])('no pin: %s', (_name, text) => {
    expect(makefile.extract(text, F)).toStrictEqual([])
  })
})
