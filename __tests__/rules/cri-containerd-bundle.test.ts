import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/cri-containerd-bundle.js'
import { BUNDLE_SPEC, cluster, ig, runRule, side } from '../helpers/rule-tester.js'

describe('cri-containerd-bundle', () => {
  it('warns once per arch at the package URL', () => {
    const found = runRule(rule, side({ 'c.yaml': cluster(BUNDLE_SPEC) + '\n' + ig('a', 'Node') + '\n' + ig('b', 'Node') }, '1.30.0'))
    expect(found).toEqual([
      {
        ruleId: 'cri-containerd-bundle',
        severity: 'warning',
        messageId: 'bundle',
        data: {
          file: 'cri-containerd-cni-1.7.6-linux-amd64.tar.gz',
          family: 'cri-containerd-cni',
          version: '1.7.6',
          arch: 'amd64',
          newest: '1.37.0-alpha.1',
          upcoming: 'error building loader: building *model.ContainerdBuilder: unable to find any containerd binaries in assets',
        },
        message:
          'cri-containerd-cni-1.7.6-linux-amd64.tar.gz is a cri-containerd-cni bundle (containerd 1.7.6, amd64): deprecated since containerd 1.6, not published for containerd 2.x, and its crictl clashes with the crictl kOps 1.29 installs. Upcoming: kOps main (unreleased, after 1.37.0-alpha.1) drops the bundle layout, and its nodeup fails with "error building loader: building *model.ContainerdBuilder: unable to find any containerd binaries in assets".',
        remediation: rule.remediation,
        place: { file: 'c.yaml', pos: { line: 10, column: 17, endLine: 10, endColumn: 126 } },
        cluster: 'c.example.com',
        instanceGroup: null,
        arch: 'amd64',
        kopsVersion: null,
        subject: 'containerd-package:amd64',
      },
    ])
  })

  it('warns when kOps itself chooses the bundle for containerd 1.4 (at the version)', () => {
    const found = runRule(rule, side({ 'c.yaml': cluster('  containerd:\n    version: 1.4.13', { k8s: '1.26.5' }) + '\n' + ig('a', 'Node') }, '1.27.3'))
    expect(found.map((f) => [f.messageId, f.place.pos.line, f.data.file])).toEqual([['bundle', 9, 'cri-containerd-cni-1.4.13-linux-amd64.tar.gz']])
  })

  it('is silent when kOps refuses the version before planning any bundle (arm64 has no URL for 1.5.18 from kOps 1.28.0-beta.1)', () => {
    expect(runRule(rule, side({ 'c.yaml': cluster('  containerd:\n    version: 1.5.18') + '\n' + ig('a', 'Node') }, '1.28.1'))).toEqual([])
  })

  it('says a 2.x bundle was never published', () => {
    const spec = BUNDLE_SPEC.replaceAll('1.7.6', '2.1.4')
    const found = runRule(rule, side({ 'c.yaml': cluster(spec, { k8s: '1.32.4' }) + '\n' + ig('a', 'Node') }, '1.34.0'))
    expect(found.map((f) => f.messageId)).toEqual(['unpublished'])
  })

  it('is silent for release tarballs and for arches no group runs', () => {
    expect(runRule(rule, side({ 'c.yaml': cluster('') + '\n' + ig('a', 'Node') }, '1.30.0'))).toEqual([])
    expect(runRule(rule, side({ 'c.yaml': cluster(BUNDLE_SPEC) + '\n' + ig('a', 'Node', 'm6g.large') }, '1.30.0'))).toEqual([])
  })
})
