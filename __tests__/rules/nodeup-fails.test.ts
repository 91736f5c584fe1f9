import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/nodeup-fails.js'
import { BUNDLE_SPEC, cluster, ig, runRule, side } from '../helpers/rule-tester.js'

const manifest = cluster(BUNDLE_SPEC) + '\n' + ig('nodes', 'Node') + '\n' + ig('arm', 'Node', 'c7g.large') + '\n' + ig('bastions', 'Bastion')

describe('nodeup-fails', () => {
  it('reports each failing group and arch at the package URL with kOps text', () => {
    const found = runRule(rule, side({ 'c.yaml': manifest }, '1.29.0'))
    expect(found.map((f) => [f.instanceGroup, f.arch, f.place.file, f.place.pos.line, f.place.pos.column, f.subject, f.data.error])).toEqual([
      ['nodes', 'amd64', 'c.yaml', 10, 17, '*model.CrictlBuilder', 'error building loader: building *model.CrictlBuilder: unable to locate asset "crictl": found multiple matching assets for key: "crictl"'],
    ])
  })

  it('is silent where kOps nodeup succeeds', () => {
    for (const v of ['1.28.1', '1.30.0', '1.34.0']) expect(runRule(rule, side({ 'c.yaml': manifest }, v))).toEqual([])
  })

  it('is silent on amd64 when kOps cannot plan the arm64 assets: the whole update is refused first', () => {
    // containerd 1.5.18 would be the cri-containerd-cni bundle on amd64 (crictl clash in 1.29), but arm64 has no URL.
    const spec = '  containerd:\n    version: 1.5.18'
    const s = side({ '.tool-versions': 'kops 1.29.1\n', 'c.yaml': cluster(spec) + '\n' + ig('nodes', 'Node') })
    expect(s.clusters[0].refusal?.error).toBe('unknown url for containerd version: arm64 - 1.5.18')
    expect(runRule(rule, s)).toEqual([])
  })

  it('gives no verdict when an archive cannot be recognised', () => {
    const spec = BUNDLE_SPEC.replace(/urlAmd64: .*/, 'urlAmd64: https://mirror.example.com/containerd/custom-build.tar.gz')
    expect(runRule(rule, side({ 'c.yaml': cluster(spec) + '\n' + ig('nodes', 'Node') }, '1.29.0'))).toEqual([])
  })
})
