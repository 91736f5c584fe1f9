// Each mechanical fix as a golden edit: the exact replacement ranges, and the file after applying them.
import { describe, expect, it } from '@jest/globals'
import { applyEdits, attachFixes } from '../../src/fixes/index.js'
import { authorizationFixes } from '../../src/fixes/authorization.js'
import { containerdBundleFix } from '../../src/fixes/containerd-bundle.js'
import { removeFieldFix } from '../../src/fixes/remove-field.js'
import { readYamlFile } from '../../src/fixes/yaml-text.js'
import type { Finding } from '../../src/types.js'

function finding(line: number, column: number, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'kops-rejects-spec',
    severity: 'error',
    status: 'new',
    message: 'm',
    remediation: 'r.',
    messageId: 'invalid',
    data: {},
    file: 'c.yaml',
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    cluster: 'c.example.com',
    instanceGroup: null,
    arch: null,
    kopsVersion: '1.29.0',
    subject: 's',
    ...over,
  }
}

const lines = (...l: string[]) => l.join('\n') + '\n'
const REL = 'https://github.com/containerd/containerd/releases/download'
const H = '83c77eec1c68348348d63623f03c711c3515e86e67e87f6e6a5921c33f7f5333'

const CLUSTER = lines(
  'apiVersion: kops.k8s.io/v1alpha2',
  'kind: Cluster',
  'metadata:',
  '  name: c.example.com',
  'spec:',
  '  kubernetesVersion: 1.28.5',
  '  containerd:',
  '    packages:',
  '      # our mirror of the bundle',
  `      urlAmd64: ${REL}/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz`,
  `      hashAmd64: ${H}`,
  `      urlArm64: "${REL}/v1.7.6/cri-containerd-cni-1.7.6-linux-arm64.tar.gz"`,
  `      hashArm64: "${H}"`,
  '  docker:',
  '    # left over from 1.23',
  '    logDriver: json-file',
  '  kubelet:',
  '    anonymousAuth: false',
  '    networkPluginName: cni',
  '  kubeScheduler:',
  '    usePolicyConfigMap: true',
  '  kubeAPIServer:',
  '    enableAdmissionPlugins:',
  '    - NodeRestriction',
  '    - PodSecurityPolicy',
  '  networking:',
  '    cilium:',
  '      version: v1.13.5',
  '      enableNodePort: true',
)

describe('cri-containerd bundle → containerd release tarball', () => {
  it('replaces URL and hash for every arch the bundle is set for, keeping quotes and comments', () => {
    const y = readYamlFile('c.yaml', CLUSTER)
    const fix = containerdBundleFix(finding(10, 17, { ruleId: 'nodeup-fails' }), y)
    expect(fix).toEqual({
      description:
        'Replace the cri-containerd bundle in spec.containerd.packages with the containerd release tarball containerd-1.7.6-linux-amd64.tar.gz and containerd-1.7.6-linux-arm64.tar.gz (sha256 as kOps embeds it).',
      edits: [
        { file: 'c.yaml', line: 10, column: 17, endLine: 10, endColumn: 17 + `${REL}/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz`.length, replacement: `${REL}/v1.7.6/containerd-1.7.6-linux-amd64.tar.gz` },
        { file: 'c.yaml', line: 11, column: 18, endLine: 11, endColumn: 82, replacement: '58408cfa025003e671b0af72183b963363d519543d0d0ba186037e9c57489ffe' },
        { file: 'c.yaml', line: 12, column: 17, endLine: 12, endColumn: 19 + `${REL}/v1.7.6/cri-containerd-cni-1.7.6-linux-arm64.tar.gz`.length, replacement: `"${REL}/v1.7.6/containerd-1.7.6-linux-arm64.tar.gz"` },
        { file: 'c.yaml', line: 13, column: 18, endLine: 13, endColumn: 84, replacement: '"d844a1c8b993e7e9647f73b9814567004dce1287c0529ce55c50519490eafcce"' },
      ],
    })
    const after = applyEdits(CLUSTER, fix!.edits).split('\n')
    expect(after.slice(8, 13)).toEqual([
      '      # our mirror of the bundle',
      `      urlAmd64: ${REL}/v1.7.6/containerd-1.7.6-linux-amd64.tar.gz`,
      '      hashAmd64: 58408cfa025003e671b0af72183b963363d519543d0d0ba186037e9c57489ffe',
      `      urlArm64: "${REL}/v1.7.6/containerd-1.7.6-linux-arm64.tar.gz"`,
      '      hashArm64: "d844a1c8b993e7e9647f73b9814567004dce1287c0529ce55c50519490eafcce"',
    ])
    // Every other line is untouched.
    expect([...CLUSTER.split('\n').slice(0, 9), ...CLUSTER.split('\n').slice(13)]).toEqual([...after.slice(0, 9), ...after.slice(13)])
  })

  it('gives nothing for a mirror host, a version whose tarball hash kOps does not embed, or a finding elsewhere', () => {
    const mirrored = CLUSTER.replaceAll(REL, 'https://artifacts.example.com/containerd')
    expect(containerdBundleFix(finding(10, 17), readYamlFile('c.yaml', mirrored))).toBeNull()
    const unknown = CLUSTER.replaceAll('1.7.6', '1.7.99')
    expect(containerdBundleFix(finding(10, 17), readYamlFile('c.yaml', unknown))).toBeNull()
    expect(containerdBundleFix(finding(6, 22), readYamlFile('c.yaml', CLUSTER))).toBeNull()
  })
})

describe('removals of refused fields', () => {
  const y = readYamlFile('c.yaml', CLUSTER)
  const removed = (line: number, column: number) => {
    const fix = removeFieldFix(finding(line, column), y)
    return fix && { description: fix.description, edits: fix.edits, removedLines: CLUSTER.split('\n').filter((l, i) => !applyEdits(CLUSTER, fix.edits).split('\n').includes(l) || i < 0) }
  }

  it('removes the whole spec.docker block, its comment lines included', () => {
    expect(removed(14, 3)).toEqual({
      description: 'Remove the spec.docker block: kOps no longer supports Docker as the container runtime.',
      edits: [{ file: 'c.yaml', line: 14, column: 1, endLine: 17, endColumn: 1, replacement: '' }],
      removedLines: ['  docker:', '    # left over from 1.23', '    logDriver: json-file'],
    })
  })

  it('removes kubelet networkPluginName, kubeScheduler.usePolicyConfigMap and cilium.version, key or value position alike', () => {
    expect(removed(19, 5)?.edits).toEqual([{ file: 'c.yaml', line: 19, column: 1, endLine: 20, endColumn: 1, replacement: '' }])
    expect(removed(19, 24)?.edits).toEqual([{ file: 'c.yaml', line: 19, column: 1, endLine: 20, endColumn: 1, replacement: '' }])
    expect(removed(21, 5)?.description).toBe('Remove kubeScheduler.usePolicyConfigMap: scheduler policies were removed from Kubernetes.')
    expect(removed(28, 7)).toEqual({
      description: 'Remove spec.networking.cilium.version: kOps installs the Cilium version it supports.',
      edits: [{ file: 'c.yaml', line: 28, column: 1, endLine: 29, endColumn: 1, replacement: '' }],
      removedLines: ['      version: v1.13.5'],
    })
  })

  it('drops PodSecurityPolicy from a block or a flow list', () => {
    expect(removed(23, 5)?.edits).toEqual([{ file: 'c.yaml', line: 25, column: 1, endLine: 26, endColumn: 1, replacement: '' }])
    const flow = readYamlFile('f.yaml', lines('spec:', '  kubeAPIServer:', '    enableAdmissionPlugins: [NodeRestriction, PodSecurityPolicy, Priority]'))
    const fix = removeFieldFix(finding(3, 29, { file: 'f.yaml' }), flow)
    expect(applyEdits(lines('spec:', '  kubeAPIServer:', '    enableAdmissionPlugins: [NodeRestriction, PodSecurityPolicy, Priority]'), fix!.edits)).toBe(
      lines('spec:', '  kubeAPIServer:', '    enableAdmissionPlugins: [NodeRestriction, Priority]'),
    )
  })

  it('gives nothing for a field it has no removal for', () => {
    expect(removeFieldFix(finding(6, 3), y)).toBeNull()
    expect(removeFieldFix(finding(18, 5), y)).toBeNull()
  })
})

describe('authorization alternatives', () => {
  it('offers alwaysAllow and rbac under spec, never one alone', () => {
    const text = lines('apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', '  name: c', 'spec:', '  # the API', '  kubernetesVersion: 1.35.2')
    const y = readYamlFile('c.yaml', text)
    const fixes = authorizationFixes(finding(5, 1, { ruleId: 'authorization-default-rbac' }), y)
    expect(fixes.map((f) => applyEdits(text, f.edits))).toEqual([
      lines('apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', '  name: c', 'spec:', '  authorization:', '    alwaysAllow: {}', '  # the API', '  kubernetesVersion: 1.35.2'),
      lines('apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', '  name: c', 'spec:', '  authorization:', '    rbac: {}', '  # the API', '  kubernetesVersion: 1.35.2'),
    ])
    const empty = lines('spec:', '  authorization: {}', '  kubernetesVersion: 1.35.2')
    const alt = authorizationFixes(finding(2, 3, { ruleId: 'authorization-default-rbac' }), readYamlFile('c.yaml', empty))
    expect(alt.map((f) => applyEdits(empty, f.edits))).toEqual([
      lines('spec:', '  authorization:', '    alwaysAllow: {}', '  kubernetesVersion: 1.35.2'),
      lines('spec:', '  authorization:', '    rbac: {}', '  kubernetesVersion: 1.35.2'),
    ])
  })
})

describe('attachFixes', () => {
  it('attaches certain fixes to open head findings only, alternatives as alternativeFixes', () => {
    const files = [{ path: 'c.yaml', text: CLUSTER }]
    const [docker, fixed, other, rbac] = attachFixes(
      [finding(14, 3), finding(14, 3, { status: 'fixed' }), finding(14, 3, { file: 'missing.yaml' }), finding(5, 1, { ruleId: 'authorization-default-rbac' })],
      files,
    )
    expect(docker.fix?.edits).toEqual([{ file: 'c.yaml', line: 14, column: 1, endLine: 17, endColumn: 1, replacement: '' }])
    expect(fixed.fix).toBeUndefined()
    expect(other.fix).toBeUndefined()
    expect(rbac.fix).toBeUndefined()
    expect(rbac.alternativeFixes?.map((f) => f.description)).toEqual([
      'Keep the AlwaysAllow authorization the cluster has today: set spec.authorization.alwaysAllow: {}.',
      'Adopt RBAC explicitly (kOps 1.36 default): set spec.authorization.rbac: {}.',
    ])
  })
})

describe('containerd configAdditions v2 → v3 key', () => {
  const V2 = 'plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options.SystemdCgroup'
  const V3 = 'plugins."io.containerd.cri.v1.runtime".containerd.runtimes.runc.options.SystemdCgroup'
  const text = lines('apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata:', '  name: nodes', 'spec:', '  containerd:', '    configAdditions:', `      ${V2}: "true"`)
  const at = (over: Partial<Finding>) => finding(8, 7, { ruleId: 'containerd-config-ignored', messageId: 'ignored', instanceGroup: 'nodes', data: { key: V2, v3Key: V3 }, ...over })

  it('renames an instance group key to its containerd 2 location, keeping the value as written', () => {
    const [f] = attachFixes([at({})], [{ path: 'c.yaml', text }])
    expect(f.fix).toEqual({
      description: `Rename the configAdditions key to ${V3}, where containerd 2 reads it.`,
      edits: [{ file: 'c.yaml', line: 8, column: 7, endLine: 8, endColumn: 7 + V2.length, replacement: V3 }],
    })
    expect(applyEdits(text, f.fix!.edits).split('\n')[7]).toBe(`      ${V3}: "true"`)
  })

  it('leaves a cluster-level key alone: groups still on containerd 1.x read the old one', () => {
    expect(attachFixes([at({ instanceGroup: null })], [{ path: 'c.yaml', text }])[0].fix).toBeUndefined()
  })
})

describe('verification of an edited file', () => {
  it('offers no fix, and does not throw, in a file whose aliases YAML refuses to expand', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]']
    const text = lines(...bomb, 'spec:', '  docker:', '    logDriver: json-file')
    const [f] = attachFixes([finding(7, 3)], [{ path: 'c.yaml', text }])
    expect(f.fix).toBeUndefined()
  })
})
