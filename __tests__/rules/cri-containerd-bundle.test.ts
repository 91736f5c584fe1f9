import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/cri-containerd-bundle.js'
import { BUNDLE_SPEC, cluster, ig, runRule, side } from '../helpers/rule-tester.js'

// kOps 1.30.0's default for Kubernetes 1.28 is containerd 1.7.16 (pkg/model/components/containerd.go@v1.30.0).
const PACKAGES_ADVICE =
  'The archive comes from spec.containerd.packages.urlAmd64: point it at the release tarball containerd-1.7.6-linux-amd64.tar.gz (https://github.com/containerd/containerd/releases/download/v1.7.6/containerd-1.7.6-linux-amd64.tar.gz) with its SHA-256 in spec.containerd.packages.hashAmd64, or remove spec.containerd.packages so that kOps downloads containerd-1.7.16-linux-amd64.tar.gz.'

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
          advice: PACKAGES_ADVICE,
        },
        message:
          'cri-containerd-cni-1.7.6-linux-amd64.tar.gz is a cri-containerd-cni bundle (containerd 1.7.6, amd64): deprecated since containerd 1.6, not published for containerd 2.x, and its crictl clashes with the crictl kOps 1.29 installs. Upcoming: kOps main (unreleased, after 1.37.0-alpha.1) drops the bundle layout, and its nodeup fails with "error building loader: building *model.ContainerdBuilder: unable to find any containerd binaries in assets". ' +
          PACKAGES_ADVICE,
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
    // The fix follows the cause: drop the old version (kOps 1.27.3 then picks 1.6.28 with runc 1.1.12 for Kubernetes 1.26).
    expect(found[0].data.advice).toBe(
      'For spec.containerd.version 1.4.13, kOps 1.27.3 picks cri-containerd-cni-1.4.13-linux-amd64.tar.gz: remove spec.containerd.version so that kOps uses its default for Kubernetes 1.26, containerd 1.6.28 with runc 1.1.12 (containerd-1.6.28-linux-amd64.tar.gz), or set spec.containerd.version to 1.6.0 or later together with spec.containerd.runc.version.',
    )
  })

  it('advises an explicit version with runc where kOps\'s own default is the bundle (Kubernetes below 1.23 in kOps 1.26)', () => {
    // kOps 1.26 requires the network ranges on AWS (pkg/apis/kops/validation/legacy.go@v1.26.0).
    const net = '  networkCIDR: 172.20.0.0/16\n  nonMasqueradeCIDR: 100.64.0.0/10'
    const found = runRule(rule, side({ 'c.yaml': cluster(net, { k8s: '1.22.17' }) + '\n' + ig('a', 'Node') }, '1.26.0'))
    expect(found.map((f) => [f.data.file, f.data.advice, f.place.pos.line])).toEqual([
      [
        'cri-containerd-cni-1.4.13-linux-amd64.tar.gz',
        'With no spec.containerd.version, kOps 1.26.0 picks cri-containerd-cni-1.4.13-linux-amd64.tar.gz for Kubernetes 1.22: set spec.containerd.version to 1.6.0 or later together with spec.containerd.runc.version.',
        2,
      ],
    ])
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
