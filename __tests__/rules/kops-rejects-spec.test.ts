import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/kops-rejects-spec.js'
import { COMPLETE_SPEC, cluster, ig, runRule, side } from '../helpers/rule-tester.js'

describe('kops-rejects-spec', () => {
  it('quotes kOps when a pinned containerd version leaves runc unset', () => {
    const found = runRule(rule, side({ 'c.yaml': cluster('  containerd:\n    version: 1.7.16\n' + COMPLETE_SPEC) + '\n' + ig('a', 'Node') }, '1.30.0'))
    expect(found.map((f) => [f.messageId, f.data.error, f.arch, f.place.pos.line, f.place.pos.column])).toEqual([
      ['assets', 'unable to find runc config', 'amd64', 9, 14],
      ['assets', 'unable to find runc config', 'arm64', 9, 14],
    ])
  })

  it('reports a package URL without its hash from validation', () => {
    const found = runRule(rule, side({ 'c.yaml': cluster('  containerd:\n    packages:\n      urlAmd64: https://example.com/containerd-1.7.16-linux-amd64.tar.gz\n' + COMPLETE_SPEC) + '\n' + ig('a', 'Node') }, '1.30.0'))
    expect(found.filter((f) => f.messageId === 'invalid').map((f) => [f.data.field, f.data.detail, f.place.pos.line])).toEqual([['spec.containerd.packageUrl', 'Package hash must also be set', 10]])
  })

  it('refuses the Docker runtime from kOps 1.29 whatever the Kubernetes version', () => {
    const spec = '  containerRuntime: docker\n' + COMPLETE_SPEC
    expect(runRule(rule, side({ 'c.yaml': cluster(spec, { k8s: '1.23.17' }) + '\n' + ig('a', 'Node') }, '1.28.1')).filter((f) => f.messageId === 'invalid')).toEqual([])
    const found = runRule(rule, side({ 'c.yaml': cluster(spec, { k8s: '1.23.17' }) + '\n' + ig('a', 'Node') }, '1.29.0'))
    expect(found.filter((f) => f.messageId === 'invalid').map((f) => [f.data.field, f.data.detail])).toEqual([
      ['spec.containerRuntime', 'Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq'],
    ])
  })

  it('refuses containerd 1.5 on arm64 from kOps 1.28.0-beta.1', () => {
    const found = runRule(rule, side({ 'c.yaml': cluster('  containerd:\n    version: 1.5.18\n' + COMPLETE_SPEC) + '\n' + ig('a', 'Node') }, '1.29.0'))
    expect(found.map((f) => [f.arch, f.data.error])).toEqual([['arm64', 'unknown url for containerd version: arm64 - 1.5.18']])
  })

  it('is silent for a default spec', () => {
    expect(runRule(rule, side({ 'c.yaml': cluster(COMPLETE_SPEC) + '\n' + ig('a', 'Node') }, '1.30.0'))).toEqual([])
  })
})
