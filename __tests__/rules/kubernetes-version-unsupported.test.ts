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
