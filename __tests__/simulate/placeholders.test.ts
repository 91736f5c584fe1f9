// No placeholder reaches kOps logic: a template expression (masked as KPTPL…) or a `${VAR}` value is unknown, so no
// validation, hash parsing, asset planning or nodeup runs on it; the cluster is partial, and manifest-not-evaluated
// warns once for the file (templated) and once for each decisive value left unknown (variable). The masking marker
// never shows in a message, a name or a cluster entry.
import { describe, expect, it } from '@jest/globals'
import { runCheck } from '../../src/check.js'
import { displayValue, resolvedOrNull } from '../../src/manifests/templates.js'
import { runPlan } from '../../src/plan.js'
import { COMPLETE_SPEC, files, side } from '../helpers/rule-tester.js'

const H64 = 'ab'.repeat(32)

function manifest(name: string, spec: string[], igName = 'nodes', label = 'c.example.com', igSpec: string[] = []): string {
  return [
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: Cluster',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  cloudProvider: aws',
    '  kubernetesVersion: 1.28.5',
    ...spec,
    COMPLETE_SPEC,
    '---',
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: InstanceGroup',
    'metadata:',
    `  name: ${igName}`,
    '  labels:',
    `    kops.k8s.io/cluster: ${label}`,
    'spec:',
    '  role: Node',
    '  machineType: m5.large',
    ...igSpec,
  ].join('\n')
}

function check(text: string, kopsVersion = '1.29.0') {
  return runCheck({ head: { ref: 'h', files: files({ 'c.yaml': text }), kopsVersion } }).result
}

describe('placeholders are unknown, not values', () => {
  it('parses no templated package hash and plans no assets from it', () => {
    const text = manifest('c.example.com', ['  containerd:', '    packages:', '      urlAmd64: https://example.com/containerd-1.7.16-linux-amd64.tar.gz', '      hashAmd64: {{ .containerd.hash }}'])
    const r = check(text)
    // The file is a Go template (one warning, at its first expression); the decisive value it leaves unknown gets its own.
    expect(r.findings.map((f) => [f.ruleId, f.messageId, f.line, f.column, f.message])).toEqual([
      [
        'manifest-not-evaluated',
        'templated',
        11,
        18,
        'This file is a Go template (kops toolbox template) ({{ .containerd.hash }}): kOps never reads it as it is; no kops toolbox template invocation with literal arguments names it, so only its literal parts were checked. To check it, add a templates: entry (template, values, name) to .github/kops-preflight.yaml, or commit the Makefile, script or workflow that runs kops toolbox template with literal arguments.',
      ],
      ['manifest-not-evaluated', 'variable', 11, 18, 'The value "{{ .containerd.hash }}" of spec.containerd.packages.hashAmd64 depends on a variable and was not evaluated.'],
    ])
    expect(r.clusters).toStrictEqual([
      { side: 'head', name: 'c.example.com', file: 'c.yaml', kopsVersion: '1.29.0', kubernetesVersion: '1.28.5', containerdVersion: '1.7.16', instanceGroups: ['nodes'], evaluated: 'partial', stoppedAt: null },
    ])
    const plan = runPlan(files({ 'c.yaml': text }), '1.29.0', ['amd64', 'arm64'])
    expect(plan.clusters[0].instanceGroups[0].architectures).toEqual({})
  })

  it('validates no templated value, and still reports a known refusal next to it', () => {
    // A templated containerd version would fail semver parsing; the Docker runtime is refused whatever it renders to.
    const r = check(manifest('c.example.com', ['  containerRuntime: docker', '  containerd:', '    version: "{{ .containerd.version }}"']))
    expect(r.findings.map((f) => [f.ruleId, f.messageId, f.line, f.column])).toEqual([
      ['kops-rejects-spec', 'invalid', 8, 3],
      ['manifest-not-evaluated', 'variable', 10, 14],
      ['manifest-not-evaluated', 'templated', 10, 15],
    ])
    // Forbidden points at the key kOps names; the templated containerd version is not in the aggregate.
    expect(r.findings[0].message).toBe('kOps 1.29.0 would refuse this spec in validation: spec.containerRuntime: Forbidden: Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq')
    expect([r.clusters[0].evaluated, r.clusters[0].stoppedAt]).toEqual(['stopped', 'validation'])
  })

  it('treats a ${VAR} value like a template expression', () => {
    const r = check(manifest('c.example.com', ['  containerd:', '    version: ${CONTAINERD_VERSION}']))
    expect(r.findings.map((f) => [f.ruleId, f.messageId, f.line, f.column, f.message])).toEqual([
      [
        'manifest-not-evaluated',
        'templated',
        9,
        14,
        'This file is a file with shell variables (envsubst) (${CONTAINERD_VERSION}): kOps never reads it as it is, so only its literal parts were checked. To check it, commit the manifest with its variables substituted, and check that file.',
      ],
      ['manifest-not-evaluated', 'variable', 9, 14, 'The value "${CONTAINERD_VERSION}" of spec.containerd.version depends on a variable and was not evaluated.'],
    ])
    expect([r.clusters[0].evaluated, r.clusters[0].containerdVersion]).toEqual(['partial', null])
  })

  it('skips nodeup for a group whose image or containerd is templated, and keeps the other groups', () => {
    const text = [
      manifest('c.example.com', ['  containerd:', '    packages:', '      urlAmd64: https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz', `      hashAmd64: ${H64}`], 'templated', 'c.example.com', ['  image: "{{ .image }}"']),
      ['---', 'apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata:', '  name: plain', '  labels:', '    kops.k8s.io/cluster: c.example.com', 'spec:', '  role: Node', '  machineType: m5.large'].join('\n'),
    ].join('\n')
    const r = check(text)
    expect(r.findings.filter((f) => f.ruleId === 'nodeup-fails').map((f) => f.instanceGroup)).toEqual(['plain'])
    expect(r.clusters[0].evaluated).toBe('partial')
  })
})

describe('placeholders say nothing about the architecture', () => {
  it('leaves the arch unknown for a templated machine type, even next to a known one', () => {
    const text = manifest('c.example.com', [], 'nodes', 'c.example.com', ['  mixedInstancesPolicy:', '    instances:', '    - m6g.large', '    - "{{ .spotType }}"'])
    const s = side({ 'c.yaml': text.replace('  machineType: m5.large\n', '') }, '1.29.0')
    expect(s.clusters[0].group.instanceGroups.map((g) => g.arches)).toEqual([null])
    const known = side({ 'c.yaml': text.replace('    - "{{ .spotType }}"', '    - m7g.large').replace('  machineType: m5.large\n', '') }, '1.29.0')
    expect(known.clusters[0].group.instanceGroups.map((g) => g.arches)).toEqual([['arm64']])
  })
})

describe('placeholders never show as names', () => {
  it('gives a templated cluster name as null and keeps its groups with it', () => {
    const r = check(manifest('{{ .clusterName }}', [], '{{ .env }}-nodes', '{{ .clusterName }}'))
    expect(r.clusters.map((c) => [c.name, c.instanceGroups, c.evaluated])).toEqual([[null, ['{{…}}-nodes'], 'partial']])
    expect(JSON.stringify(r)).not.toContain('KPTPL')
    const plan = runPlan(files({ 'c.yaml': manifest('{{ .clusterName }}', [], '{{ .env }}-nodes', '{{ .clusterName }}') }), '1.29.0', ['amd64'])
    expect(plan.clusters.map((c) => [c.name, c.instanceGroups.map((g) => g.name)])).toEqual([[null, ['{{…}}-nodes']]])
    expect(JSON.stringify(plan)).not.toContain('KPTPL')
  })

  it('shows the marker of a masked expression as {{…}} and leaves real text alone', () => {
    expect(displayValue('KPTPL_____-nodes')).toBe('{{…}}-nodes')
    expect(displayValue('a-KPTPL-b-KPTPL___')).toBe('a-{{…}}-b-{{…}}')
    expect(displayValue('nodes-${ENV}')).toBe('nodes-${ENV}')
    const at = { value: 'KPTPL___', file: 'c.yaml', pos: { line: 1, column: 1, endLine: 1, endColumn: 9 }, path: 'metadata.name' }
    expect(resolvedOrNull(at)).toBeNull()
    expect(resolvedOrNull({ ...at, value: 'c.example.com' })).toEqual({ ...at, value: 'c.example.com' })
  })
})
