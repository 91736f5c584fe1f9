// Tests for version normalisation and download-URL version spans.
import { describe, expect, test } from '@jest/globals'
import { downloadUrlVersions, normaliseVersion } from '../../src/pins/normalise.js'

describe('normaliseVersion', () => {
  test.each([
    ['1.29.0', { version: '1.29.0' }],
    ['v1.29.0', { version: '1.29.0' }],
    ['"v1.29.0"', { version: '1.29.0' }],
    ["'1.32.0'", { version: '1.32.0' }],
    [' 1.29.0 ', { version: '1.29.0' }],
    ['1.29.0-beta.1', { version: '1.29.0-beta.1' }],
    ['v1.30.0-alpha.1', { version: '1.30.0-alpha.1' }],
    ['1.17.0-alpha.4', { version: '1.17.0-alpha.4' }],
    ['1.29.0+build.5', { version: '1.29.0+build.5' }],
    ['$KOPS_VERSION', { version: null, skipReason: 'contains-variable' }],
    ['${KOPS_VERSION}', { version: null, skipReason: 'contains-variable' }],
    ['v${KOPS_VERSION}', { version: null, skipReason: 'contains-variable' }],
    ['$(KOPS_VERSION)', { version: null, skipReason: 'contains-variable' }],
    ['${{ env.KOPS_VERSION }}', { version: null, skipReason: 'contains-variable' }],
    ['{{ .Values.kopsVersion }}', { version: null, skipReason: 'contains-variable' }],
    ['%KOPS_VERSION%', { version: null, skipReason: 'contains-variable' }],
    ['latest', { version: null, skipReason: 'not-a-version' }],
    ['stable', { version: null, skipReason: 'not-a-version' }],
    ['system', { version: null, skipReason: 'not-a-version' }],
    ['ref:v1.29.0', { version: null, skipReason: 'not-a-version' }],
    ['1.29.0.1', { version: null, skipReason: 'not-a-version' }],
    ['<kops-version>', { version: null, skipReason: 'not-a-version' }],
    ['', { version: null, skipReason: 'not-a-version' }],
    ['>=1.28', { version: null, skipReason: 'range' }],
    ['>= 1.28.0', { version: null, skipReason: 'range' }],
    ['~1.28', { version: null, skipReason: 'range' }],
    ['~> 1.28', { version: null, skipReason: 'range' }],
    ['^1.28', { version: null, skipReason: 'range' }],
    ['1.28.x', { version: null, skipReason: 'range' }],
    ['1.x', { version: null, skipReason: 'range' }],
    ['*', { version: null, skipReason: 'range' }],
    ['1.28', { version: null, skipReason: 'range' }],
    ['v1.28', { version: null, skipReason: 'range' }],
    ['>=1.28, <1.30', { version: null, skipReason: 'range' }],
    ['1.28.0 - 1.29.0', { version: null, skipReason: 'range' }],
    ['1.28.0 || 1.29.0', { version: null, skipReason: 'range' }],
  ])('%j', (raw, expected) => {
    expect(normaliseVersion(raw)).toStrictEqual(expected)
  })
})

describe('downloadUrlVersions', () => {
  const spanText = (text: string) => downloadUrlVersions(text).map(([s, e]) => text.slice(s, e))
  test.each([
    ['https://github.com/kubernetes/kops/releases/download/v1.29.0/kops-linux-amd64', ['v1.29.0']],
    ['https://artifacts.k8s.io/binaries/kops/1.29.0/linux/amd64/kops', ['1.29.0']],
    ['https://kubeupv2.s3.amazonaws.com/kops/1.15.0/linux/amd64/kops', ['1.15.0']],
    ['https://github.com/kubernetes/kops/releases/latest/download/kops-linux-amd64', ['latest']],
    ['"https://github.com/kubernetes/kops/releases/download/${KOPS_VERSION}/kops-$(uname -s)"', ['${KOPS_VERSION}']],
    ['https://github.com/kubernetes/kops/releases/download/${{ inputs.version }}/kops-linux-amd64', ['${{ inputs.version }}']],
    [
      "https://github.com/kubernetes/kops/releases/download/$(curl -s https://api.github.com/repos/kubernetes/kops/releases/latest | grep tag_name | cut -d '\"' -f 4)/kops-linux-amd64",
      ["$(curl -s https://api.github.com/repos/kubernetes/kops/releases/latest | grep tag_name | cut -d '\"' -f 4)"],
    ],
    ['a https://artifacts.k8s.io/binaries/kops/1.28.0/x b https://artifacts.k8s.io/binaries/kops/1.29.0/y', ['1.28.0', '1.29.0']],
    ['https://github.com/kubernetes/kubernetes/releases/download/v1.29.0/x', []],
    ['https://github.com/kubernetes/kops/releases/tag/v1.29.0', []],
    ['https://github.com/kubernetes/kops/releases/download/v1.29.0', []],
  ])('%s', (text, expected) => {
    expect(spanText(text)).toStrictEqual(expected)
  })
})
