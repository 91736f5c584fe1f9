import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/asset-changed.js'
import assetContentsUnknown from '../../src/rules/asset-contents-unknown.js'
import { BUNDLE_SPEC, cluster, ig, runRule, side } from '../helpers/rule-tester.js'

const m = cluster('') + '\n' + ig('nodes', 'Node') + '\n' + ig('arm', 'Node', 't4g.large')

describe('asset-changed', () => {
  it('lists what a kOps bump changes, merged across groups, at the pin', () => {
    const base = side({ '.tool-versions': 'kops 1.28.1\n', 'c.yaml': m }, undefined, 'base')
    const head = side({ '.tool-versions': 'kops 1.29.0\n', 'c.yaml': m })
    const found = runRule(rule, head, base)
    expect(found.map((f) => [f.messageId, f.message, f.arch, f.place.file])).toEqual([
      ['changed', 'containerd changes from containerd-1.7.7-linux-<arch>.tar.gz to containerd-1.7.16-linux-<arch>.tar.gz on "arm" (arm64), "nodes" (amd64).', null, '.tool-versions'],
      ['changed', 'runc changes from v1.1.9 to v1.1.12 on "arm" (arm64), "nodes" (amd64).', null, '.tool-versions'],
      ['added', 'nerdctl is added (nerdctl-1.7.4-linux-<arch>.tar.gz) on "arm" (arm64), "nodes" (amd64).', null, '.tool-versions'],
      ['added', 'crictl is added (crictl-v1.29.0-linux-<arch>.tar.gz) on "arm" (arm64), "nodes" (amd64).', null, '.tool-versions'],
    ])
  })
  it('is silent without a base or when nothing changes', () => {
    const s = side({ '.tool-versions': 'kops 1.29.0\n', 'c.yaml': m })
    expect(runRule(rule, s, null)).toEqual([])
    expect(runRule(rule, s, side({ '.tool-versions': 'kops 1.29.0\n', 'c.yaml': m }, undefined, 'base'))).toEqual([])
  })
})

describe('asset-contents-unknown', () => {
  it('says an unrecognised archive could not be simulated', () => {
    const spec = BUNDLE_SPEC.replace(/urlAmd64: .*/, 'urlAmd64: https://mirror.example.com/custom-build.tar.gz')
    const found = runRule(assetContentsUnknown, side({ 'c.yaml': cluster(spec) + '\n' + ig('nodes', 'Node') }, '1.29.0'))
    expect(found.map((f) => [f.severity, f.data.file, f.arch, f.place.pos.line])).toEqual([['notice', 'custom-build.tar.gz', 'amd64', 10]])
  })
})
