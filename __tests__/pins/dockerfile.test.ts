// Tests for the Dockerfile pin extractor.
import { describe, expect, test } from '@jest/globals'
import { dockerfile } from '../../src/pins/dockerfile.js'
import { covered, pinsOf } from './expected.js'

const F = 'images/tools/Dockerfile'
const p = pinsOf('dockerfile', F)

describe('dockerfile: matches', () => {
  test.each([
    ['Dockerfile', true],
    ['images/tools/Dockerfile', true],
    ['Dockerfile.kops', true],
    ['kops.Dockerfile', true],
    ['Containerfile', true],
    ['dockerfile', true],
    ['Dockerfile.dockerignore', false],
    ['.dockerignore', false],
    ['Dockerfiles', false],
    ['docker-compose.yml', false],
    ['Dockerfile/README.md', false],
  ])('%s → %s', (path, expected) => {
    expect(dockerfile.matches(path)).toBe(expected)
  })
})

const DOCKERFILE = `# syntax=docker/dockerfile:1
FROM alpine:3.19 AS kops
ARG KOPS_VERSION=1.29.0
ARG TARGETARCH
ENV KOPS_VERSION=v1.29.0 PATH=/usr/local/bin:$PATH
ENV KOPS_VERSION 1.28.4
ENV OTHER=1 \\
    KOPS_VERSION="1.30.0-alpha.1"
# ARG KOPS_VERSION=1.1.1
RUN curl -fsSL -o /usr/local/bin/kops \\
      https://github.com/kubernetes/kops/releases/download/v\${KOPS_VERSION}/kops-linux-\${TARGETARCH} \\
 && chmod +x /usr/local/bin/kops
ADD https://artifacts.k8s.io/binaries/kops/1.29.0/linux/amd64/kops /usr/local/bin/kops
`

describe('dockerfile: extract', () => {
  test('ARG, ENV (both forms, continued), RUN and ADD URLs', () => {
    const pins = dockerfile.extract(DOCKERFILE, F)
    expect(pins).toStrictEqual([
      p([3, 18, 24], '1.29.0', '1.29.0'),
      p([5, 18, 25], 'v1.29.0', '1.29.0'),
      p([6, 18, 24], '1.28.4', '1.28.4'),
      p([8, 19, 33], '1.30.0-alpha.1', '1.30.0-alpha.1'),
      p([11, 60, 76], 'v${KOPS_VERSION}', 'contains-variable'),
      p([13, 44, 50], '1.29.0', '1.29.0'),
    ])
    expect(covered(DOCKERFILE, pins)).toStrictEqual(pins.map((x) => x.raw))
  })

  test.each([
    ['double-quoted ARG', 'ARG KOPS_VERSION="v1.29.0"\n', [p([1, 19, 26], 'v1.29.0', '1.29.0')]],
    ['single-quoted ENV', "ENV KOPS_VERSION='1.29.0'\n", [p([1, 19, 25], '1.29.0', '1.29.0')]],
    ['legacy ENV, quoted, trailing spaces', 'ENV KOPS_VERSION "1.29.0"  \n', [p([1, 19, 25], '1.29.0', '1.29.0')]],
    ['lower-case instruction and key', 'arg kops_version=1.29.0\n', [p([1, 18, 24], '1.29.0', '1.29.0')]],
    ['several ARGs on one line', 'ARG HELM_VERSION=3.14.0 KOPS_VERSION=1.29.0\n', [p([1, 38, 44], '1.29.0', '1.29.0')]],
    ['indented, no final newline', '  ARG KOPS_VERSION=1.29.0', [p([1, 20, 26], '1.29.0', '1.29.0')]],
    ['CRLF', 'FROM x\r\nARG KOPS_VERSION=1.29.0\r\n', [p([2, 18, 24], '1.29.0', '1.29.0')]],
    ['comment between continuation lines', 'ENV A=1 \\\n# note\n    KOPS_VERSION=1.29.0\n', [p([3, 18, 24], '1.29.0', '1.29.0')]],
    ['variable default', 'ARG KOPS_VERSION=${BASE_KOPS_VERSION}\n', [p([1, 18, 38], '${BASE_KOPS_VERSION}', 'contains-variable')]],
    ['not a version', 'ARG KOPS_VERSION=latest\n', [p([1, 18, 24], 'latest', 'not-a-version')]],
    ['URL in a heredoc', 'RUN <<EOF\ncurl -LO https://artifacts.k8s.io/binaries/kops/1.29.0/linux/amd64/kops\nEOF\n', [p([2, 49, 55], '1.29.0', '1.29.0')]],
  ])('%s', (_name, text, expected) => {
    expect(dockerfile.extract(text, F)).toStrictEqual(expected)
  })

  test.each([
    ['empty file', ''],
    ['ARG without a default', 'ARG KOPS_VERSION\n'],
    ['empty default', 'ARG KOPS_VERSION=\nENV KOPS_VERSION=""\n'],
    ['legacy ENV without a value', 'ENV KOPS_VERSION\n'],
    ['similar names', 'ARG KOPS_VERSION_SHA=abc\nENV MY_KOPS_VERSION=1.29.0\n'],
    ['other instructions', 'LABEL KOPS_VERSION=1.29.0\nRUN KOPS_VERSION=1.29.0 make\n'],
    ['commented out', '# ARG KOPS_VERSION=1.29.0\n  # RUN curl https://artifacts.k8s.io/binaries/kops/1.29.0/linux/amd64/kops\n'],
    ['another project', 'RUN curl -LO https://github.com/kubernetes/kubernetes/releases/download/v1.29.0/kubectl\n'],
  ])('no pin: %s', (_name, text) => {
    expect(dockerfile.extract(text, F)).toStrictEqual([])
  })
})
