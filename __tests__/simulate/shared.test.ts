// Shared simulations: clusters equal apart from names, sizes and subnets share one simulation, and every shared
// result equals the one a fresh simulation of that cluster gives, origins pointing into that cluster's own file.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readManifests } from '../../src/manifests/group.js'
import { simulate, type SimulationRequest } from '../../src/simulate/index.js'
import { CLUSTER_KEYS_NOT_SIMULATED, INSTANCE_GROUP_KEYS_NOT_SIMULATED, simulateShared } from '../../src/simulate/shared.js'
import type { Arch } from '../../src/types.js'

function clusterFile(name: string, opts: { subnet: string; min: number; extra?: string; igExtra?: string }): string {
  return [
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: Cluster',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  cloudProvider: aws',
    '  kubernetesVersion: 1.28.5',
    `  configBase: s3://state/${name}`,
    '  networking:',
    '    calico: {}',
    '  subnets:',
    `  - cidr: ${opts.subnet}`,
    '    name: a',
    '  containerd:',
    '    packages:',
    '      urlAmd64: https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz',
    `      hashAmd64: ${'ab'.repeat(32)}`,
    ...(opts.extra ? [opts.extra] : []),
    '---',
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: InstanceGroup',
    'metadata:',
    '  name: nodes',
    '  labels:',
    `    kops.k8s.io/cluster: ${name}`,
    'spec:',
    '  role: Node',
    '  machineType: m5.large',
    `  minSize: ${opts.min}`,
    `  maxSize: ${opts.min + 2}`,
    ...(opts.igExtra ? [opts.igExtra] : []),
  ].join('\n')
}

function requests(files: { path: string; text: string }[], release = '1.29.0-beta.1'): SimulationRequest[] {
  const out: SimulationRequest[] = []
  for (const g of readManifests(files).groups)
    for (const ig of g.instanceGroups)
      for (const arch of ['amd64', 'arm64'] as Arch[]) out.push({ release, kopsVersion: release, cluster: g.cluster!, ig, arch, k8sVersion: '1.28.5', pin: null })
  return out
}

describe('simulateShared', () => {
  it('gives every cluster exactly what a fresh simulation gives, origins in its own file, computing each distinct spec once', () => {
    const files = [
      // Leading comment lines shift every position of the second file.
      { path: 'a/cluster.yaml', text: clusterFile('a.example.com', { subnet: '10.0.0.0/16', min: 1 }) },
      { path: 'b/cluster.yaml', text: '# b\n# moved down\n' + clusterFile('b.example.com', { subnet: '10.1.0.0/16', min: 3 }) },
      { path: 'c/cluster.yaml', text: clusterFile('c.k8s.local', { subnet: '10.2.0.0/16', min: 2 }) },
      { path: 'd/cluster.yaml', text: clusterFile('d.example.com', { subnet: '10.3.0.0/16', min: 1, igExtra: '  containerd:\n    version: 1.7.13' }) },
    ]
    const scope = {}
    for (const req of requests(files)) {
      const shared = simulateShared(scope, req)
      expect(shared).toEqual(simulate(req))
      for (const a of shared.assets) if (a.origin) expect(a.origin.file).toBe(req.cluster.doc.file)
    }
    const origins = requests(files)
      .filter((r) => r.arch === 'amd64')
      .map((r) => simulateShared(scope, r).assets.find((a) => a.component === 'containerd')?.origin)
    expect(origins.map((o) => o && [o.file, o.pos.line])).toEqual([
      ['a/cluster.yaml', 16],
      ['b/cluster.yaml', 18],
      ['c/cluster.yaml', 16],
      ['d/cluster.yaml', 16],
    ])
  })

  it('returns the very same result object for a cluster equal to an earlier one apart from names, sizes and subnets', () => {
    const files = [
      { path: 'a.yaml', text: clusterFile('a.example.com', { subnet: '10.0.0.0/16', min: 1 }) },
      { path: 'b.yaml', text: clusterFile('b.example.com', { subnet: '10.1.0.0/16', min: 5 }) },
    ]
    const [a, , b] = requests(files)
    const scope = {}
    const first = simulateShared(scope, a)
    const second = simulateShared(scope, b)
    expect(second).not.toBe(first)
    // Shared: the same arrays of installed files and warnings, re-pointed origins.
    expect(second.files).toBe(first.files)
    expect(second.assets.map((x) => x.urls)).toEqual(first.assets.map((x) => x.urls))
  })

  it('does not share across a difference the simulation reads, nor a spec with aliases', () => {
    const files = [
      { path: 'a.yaml', text: clusterFile('a.example.com', { subnet: '10.0.0.0/16', min: 1 }) },
      { path: 'b.yaml', text: clusterFile('b.example.com', { subnet: '10.0.0.0/16', min: 1, extra: '    version: 1.6.20' }) },
      { path: 'c.yaml', text: clusterFile('c.example.com', { subnet: '10.0.0.0/16', min: 1, extra: '  x: &v 1\n  y: *v' }) },
    ]
    const scope = {}
    const results = requests(files).map((r) => [r, simulateShared(scope, r)] as const)
    for (const [r, got] of results) expect(got).toEqual(simulate(r))
    expect(results[2][1].files).not.toBe(results[0][1].files)
  })

  it('leaves out only keys that no file of the simulation reads', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && e.name !== 'shared.ts' ? [readFileSync(join(dir, e.name), 'utf8')] : []))
    const code = [...sources('src/simulate'), readFileSync('src/manifests/model.ts', 'utf8')].join('\n')
    for (const key of [...CLUSTER_KEYS_NOT_SIMULATED, ...INSTANCE_GROUP_KEYS_NOT_SIMULATED]) expect({ key, read: code.includes(`'${key}'`) }).toEqual({ key, read: false })
  })
})
