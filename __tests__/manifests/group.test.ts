// Grouping instance groups with their Cluster: by the kops.k8s.io/cluster label, else by sharing the Cluster's file.
import { describe, expect, it } from '@jest/globals'
import { readManifests } from '../../src/manifests/group.js'

const cluster = (name: string) => ['apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', `  name: ${name}`, 'spec:', '  kubernetesVersion: 1.30.2'].join('\n')
const ig = (name: string, label?: string) =>
  ['apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata:', `  name: ${name}`, ...(label ? ['  labels:', `    kops.k8s.io/cluster: ${label}`] : []), 'spec:', '  role: Node'].join('\n')

function shape(files: Record<string, string>) {
  const set = readManifests(Object.entries(files).map(([path, text]) => ({ path, text })))
  return set.groups.map((g) => ({ cluster: g.cluster?.name?.value ?? null, file: g.file, igs: g.instanceGroups.map((i) => i.name?.value), files: g.files }))
}

describe('readManifests', () => {
  it('joins instance groups to their cluster by label, across files', () => {
    expect(shape({ 'kops/cluster.yaml': cluster('a.example.com'), 'kops/igs/nodes.yaml': ig('nodes', 'a.example.com'), 'kops/igs/cp.yaml': ig('cp', 'a.example.com') })).toEqual([
      { cluster: 'a.example.com', file: 'kops/cluster.yaml', igs: ['nodes', 'cp'], files: ['kops/cluster.yaml', 'kops/igs/nodes.yaml', 'kops/igs/cp.yaml'] },
    ])
  })

  it('joins unlabelled instance groups to the only cluster in their file', () => {
    expect(shape({ 'all.yaml': [cluster('a.example.com'), ig('nodes')].join('\n---\n') })).toEqual([{ cluster: 'a.example.com', file: 'all.yaml', igs: ['nodes'], files: ['all.yaml'] }])
  })

  it('keeps two clusters in one file apart by label, and does not guess for unlabelled groups', () => {
    const text = [cluster('a.example.com'), cluster('b.example.com'), ig('a-nodes', 'a.example.com'), ig('b-nodes', 'b.example.com'), ig('stray')].join('\n---\n')
    expect(shape({ 'two.yaml': text })).toEqual([
      { cluster: 'a.example.com', file: 'two.yaml', igs: ['a-nodes'], files: ['two.yaml'] },
      { cluster: 'b.example.com', file: 'two.yaml', igs: ['b-nodes'], files: ['two.yaml'] },
      { cluster: null, file: 'two.yaml', igs: ['stray'], files: ['two.yaml'] },
    ])
  })

  it('collects groups whose cluster is missing by label, else by file', () => {
    expect(shape({ 'x/a.yaml': ig('a', 'gone.example.com'), 'y/b.yaml': ig('b', 'gone.example.com'), 'z/c.yaml': ig('c') })).toEqual([
      { cluster: null, file: 'x/a.yaml', igs: ['a', 'b'], files: ['x/a.yaml', 'y/b.yaml'] },
      { cluster: null, file: 'z/c.yaml', igs: ['c'], files: ['z/c.yaml'] },
    ])
  })

  it('prefers the same-named cluster in the same file, then in the same directory', () => {
    const files = {
      'prod/cluster.yaml': cluster('a.example.com'),
      'staging/cluster.yaml': [cluster('a.example.com'), ig('in-file', 'a.example.com')].join('\n---\n'),
      'prod/nodes.yaml': ig('same-dir', 'a.example.com'),
    }
    expect(shape(files)).toEqual([
      { cluster: 'a.example.com', file: 'prod/cluster.yaml', igs: ['same-dir'], files: ['prod/cluster.yaml', 'prod/nodes.yaml'] },
      { cluster: 'a.example.com', file: 'staging/cluster.yaml', igs: ['in-file'], files: ['staging/cluster.yaml'] },
    ])
  })

  it('ignores files that are not kOps manifests and gathers parse problems', () => {
    const set = readManifests([
      { path: 'deploy.yaml', text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n' },
      { path: 'c.yaml', text: `${cluster('a.example.com')}\n${ig('nodes', 'a.example.com')}` },
    ])
    expect(set.parsed.map((p) => p.file)).toEqual(['c.yaml'])
    expect(set.problems.map((p) => [p.file, p.messageId, p.pos.line])).toEqual([['c.yaml', 'missingSeparator', 7]])
    expect(set.groups.map((g) => g.instanceGroups.length)).toEqual([1])
  })
})
