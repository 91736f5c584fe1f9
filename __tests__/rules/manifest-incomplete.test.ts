// Fragments: a Cluster without metadata.name, instance groups without the cluster label or without a Cluster.
// They are simulated as far as they go, their findings name no cluster, and one notice says what is missing.
import { describe, expect, it } from '@jest/globals'
import incomplete from '../../src/rules/manifest-incomplete.js'
import invalid from '../../src/rules/manifest-invalid.js'
import nodeupFails from '../../src/rules/nodeup-fails.js'
import { BUNDLE_SPEC, cluster, ig, runRule, side } from '../helpers/rule-tester.js'

const unnamed = (spec: string) => cluster(spec).replace('metadata:\n  name: c.example.com\n', 'metadata: {}\n')
const unlabelled = (name: string) => ['---', 'apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata:', `  name: ${name}`, 'spec:', '  role: Node', '  machineType: m5.large'].join('\n')

describe('manifest-incomplete', () => {
  it('simulates a base spec without metadata.name and unlabelled groups in its file, with one notice and no error', () => {
    const s = side({ 'base/cluster.yaml': [unnamed(BUNDLE_SPEC), unlabelled('nodes'), unlabelled('spot')].join('\n') }, '1.29.0')
    expect(runRule(invalid, s)).toEqual([])
    expect(runRule(incomplete, s)).toEqual([
      {
        ruleId: 'manifest-incomplete',
        severity: 'notice',
        messageId: 'fragment',
        data: {
          missing:
            'the Cluster has no metadata.name; instance groups "nodes", "spot" have no kops.k8s.io/cluster label, which kops create -f and kops replace -f require ("must specify \"kops.k8s.io/cluster\" label with cluster name to create instanceGroup")',
        },
        message:
          'This is a fragment: the Cluster has no metadata.name; instance groups "nodes", "spot" have no kops.k8s.io/cluster label, which kops create -f and kops replace -f require ("must specify \"kops.k8s.io/cluster\" label with cluster name to create instanceGroup"). It was checked as it is; its findings name no cluster.',
        remediation: incomplete.remediation,
        place: { file: 'base/cluster.yaml', pos: { line: 2, column: 7, endLine: 2, endColumn: 14 } },
        cluster: null,
        instanceGroup: null,
        arch: null,
        kopsVersion: null,
        subject: 'fragment:base/cluster.yaml',
      },
    ])
    expect(s.clusters.map((c) => [c.evaluated, c.igs.length])).toEqual([['full', 2]])
    // The two groups plan alike: the urlAmd64 bundle fails nodeup of 1.29 on amd64 for each, at the fragment's line.
    expect(runRule(nodeupFails, s).map((f) => [f.cluster, f.instanceGroup, f.arch, f.place.file, f.place.pos.line])).toEqual([
      [null, 'nodes', 'amd64', 'base/cluster.yaml', 9],
      [null, 'spot', 'amd64', 'base/cluster.yaml', 9],
    ])
  })

  it('says when instance groups have no Cluster to be simulated with', () => {
    const s = side({ 'igs/a.yaml': unlabelled('a'), 'igs/b.yaml': unlabelled('b').replace('  name: b', '  name: b\n  labels:\n    kops.k8s.io/cluster: gone.example.com') }, '1.29.0')
    expect(runRule(incomplete, s).map((f) => [f.place.file, f.messageId, f.data.missing])).toEqual([
      [
        'igs/a.yaml',
        'noCluster',
        'instance group "a" has no kops.k8s.io/cluster label, which kops create -f and kops replace -f require ("must specify \"kops.k8s.io/cluster\" label with cluster name to create instanceGroup"); there is no Cluster document beside these instance groups, so they were not simulated',
      ],
      ['igs/b.yaml', 'noCluster', 'there is no Cluster document named "gone.example.com" in the repository, so these instance groups were not simulated'],
    ])
  })

  it('says nothing about complete manifests', () => {
    expect(runRule(incomplete, side({ 'c.yaml': cluster('') }, '1.29.0'))).toEqual([])
  })
})

describe('unlabelled instance groups in files of their own', () => {
  it('are grouped by file: with no Cluster there, they are not simulated against a Cluster kOps was never told of', () => {
    const s = side({ 'kops/cluster.yaml': cluster(BUNDLE_SPEC), 'kops/ig-nodes.yaml': unlabelled('nodes').replace('---\n', '') }, '1.29.0')
    expect(s.clusters.map((c) => [c.group.cluster?.name?.value ?? null, c.group.instanceGroups.map((i) => i.name?.value), c.evaluated])).toEqual([
      ['c.example.com', [], 'full'],
      [null, ['nodes'], 'none'],
    ])
    expect(runRule(incomplete, s).map((f) => [f.messageId, f.place.file])).toEqual([['noCluster', 'kops/ig-nodes.yaml']])
    expect(runRule(nodeupFails, s)).toEqual([])
  })
})

describe('templates whose control flow decides the structure', () => {
  it('are read but not simulated, so nothing is validated from what masking leaves', () => {
    const tmpl = [cluster('  subnets:\n{{ range .zones }}\n  - name: {{ . }}\n{{ end }}', { name: '{{ .clusterName }}' }), ig('nodes', 'Node', 'm5.large', '{{ .clusterName }}')].join('\n')
    const s = side({ 'kops/cluster.tmpl.yaml': tmpl }, '1.29.0')
    expect(s.clusters.map((c) => [c.evaluated, c.reason, c.k8sVersion, c.igs.map((i) => i.results)])).toEqual([
      ['none', "its template decides the document's structure (kops/cluster.tmpl.yaml:9), and it was not rendered", null, [{}]],
    ])
  })

  it('stay partial when only values are templated', () => {
    const s = side({ 'kops/cluster.tmpl.yaml': cluster('', { name: '{{ .clusterName }}' }) + '\n' + ig('nodes', 'Node', 'm5.large', '{{ .clusterName }}') }, '1.29.0')
    expect(s.clusters.map((c) => [c.evaluated, c.k8sVersion])).toEqual([['partial', '1.28.5']])
  })
})
