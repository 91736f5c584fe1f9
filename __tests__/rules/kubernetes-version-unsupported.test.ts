import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/kubernetes-version-unsupported.js'
import { cluster, ig, runRule, side } from '../helpers/rule-tester.js'

const run = (k8s: string, kops: string) => runRule(rule, side({ 'c.yaml': cluster('', { k8s }) + '\n' + ig('a', 'Node') }, kops))

describe('kubernetes-version-unsupported', () => {
  it('refuses a Kubernetes minor newer than the kOps minor', () => {
    expect(run('1.30.2', '1.29.2').map((f) => [f.severity, f.messageId, f.data.limit, f.place.pos.line, f.place.pos.column, f.place.pos.endColumn])).toEqual([['error', 'tooNew', '1.30.0', 7, 22, 28]])
  })
  it('refuses Kubernetes below the oldest supported version', () => {
    expect(run('1.23.17', '1.29.0').map((f) => [f.severity, f.messageId, f.data.oldest])).toEqual([['error', 'tooOld', '1.24.0']])
  })
  it('warns below the oldest recommended version', () => {
    expect(run('1.25.16', '1.29.0').map((f) => [f.severity, f.messageId, f.data.recommended])).toEqual([['warning', 'deprecated', '1.26.0']])
  })
  it('accepts the window and ignores prerelease suffixes', () => {
    expect(run('1.29.0-rc.1', '1.29.0')).toEqual([])
    expect(run('v1.28.5', '1.29.0')).toEqual([])
  })
})

describe('kubernetes-version-unsupported messages', () => {
  it('quotes kOps for each check', () => {
    expect(run('1.30.2', '1.29.2')[0].message).toBe(
      'kops update cluster of kOps 1.29.2 refuses Kubernetes 1.30.2: "This version of kubernetes is not yet supported; upgrading kops is required" (kops upgrade is required); kOps 1.29.2 accepts Kubernetes below 1.30.0.',
    )
    expect(run('1.23.17', '1.29.0')[0].message).toBe(
      'kops update cluster of kOps 1.29.0 refuses Kubernetes 1.23.17: "This version of Kubernetes is no longer supported; upgrading Kubernetes is required" (kubernetes upgrade is required); the oldest it accepts is 1.24.0.',
    )
    expect(run('1.25.16', '1.29.0')[0].message).toBe(
      'kOps 1.29.0 warns for Kubernetes 1.25.16: "Kops support for this Kubernetes version is deprecated and will be removed in a future release." Upgrade to 1.26.0 or later.',
    )
  })
})
