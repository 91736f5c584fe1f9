import { describe, expect, it } from '@jest/globals'
import rule, { adviceFor } from '../../src/rules/nodeup-fails.js'
import type { ArchResult } from '../../src/simulate/types.js'
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

  it('advises from the cause: the bundle came from spec.containerd.packages', () => {
    const found = runRule(rule, side({ 'c.yaml': manifest }, '1.29.0'))
    // kOps 1.29.0's default for Kubernetes 1.28.5 is containerd 1.7.16 (pkg/model/components/containerd.go@v1.29.0).
    expect(found[0].data.advice).toBe(
      'The crictl inside the bundle clashes with the one kOps installs. The archive comes from spec.containerd.packages.urlAmd64: point it at the release tarball containerd-1.7.6-linux-amd64.tar.gz (https://github.com/containerd/containerd/releases/download/v1.7.6/containerd-1.7.6-linux-amd64.tar.gz) with its SHA-256 in spec.containerd.packages.hashAmd64, or remove spec.containerd.packages so that kOps downloads containerd-1.7.16-linux-amd64.tar.gz, or go to kOps 1.30.0 or later, where nodeup only warns.',
    )
  })

  describe('advice for an archive without bin/containerd', () => {
    const s = side({ 'c.yaml': cluster('') + '\n' + ig('nodes', 'Node') }, '1.29.0')
    const c = s.clusters[0].group.cluster
    const url = 'https://example.com/containerd-1.7.20-linux-arm64.tar.gz'
    const result = (origin: ArchResult['archives'][number]['origin']): ArchResult => ({
      assets: [],
      nodeup: { outcome: 'fail', error: 'error building loader: building *model.ContainerdBuilder: unable to find any containerd binaries in assets', warnings: [] },
      files: [],
      failureOrigin: origin,
      failedIn: '*model.ContainerdBuilder',
      uncertain: false,
      archives: [{ url, family: 'containerd', version: '1.7.20', byFileName: true, unpublished: false, origin }],
    })

    it('names the release tarball and kOps\'s default when packages brought it in', () => {
      const origin = { value: url, file: 'c.yaml', pos: { line: 10, column: 17, endLine: 10, endColumn: 17 + url.length }, path: 'spec.containerd.packages.urlArm64' }
      expect(adviceFor(result(origin), 'arm64', { release: '1.29.0', cluster: c, k8sVersion: '1.28.5' })).toBe(
        'nodeup looks for bin/containerd in the archive. The archive comes from spec.containerd.packages.urlArm64: point it at the release tarball containerd-1.7.20-linux-arm64.tar.gz (https://github.com/containerd/containerd/releases/download/v1.7.20/containerd-1.7.20-linux-arm64.tar.gz) with its SHA-256 in spec.containerd.packages.hashArm64, or remove spec.containerd.packages so that kOps downloads containerd-1.7.16-linux-arm64.tar.gz.',
      )
    })

    it('falls back to the general fix when the archive is kOps\'s own', () => {
      expect(adviceFor(result(null), 'arm64', { release: '1.29.0', cluster: c, k8sVersion: '1.28.5' })).toBe(
        "Point spec.containerd.packages at a containerd-<version>-linux-arm64.tar.gz release tarball (bin/ layout), or remove it to use kOps's default.",
      )
    })
  })
})

