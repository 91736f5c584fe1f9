// The assets-to-mirror list: computed from two simulated releases of a cluster with a file repository, and its Markdown (golden).
import { describe, expect, it } from '@jest/globals'
import { analyzeSide } from '../../src/analyze.js'
import { MAX_MIRROR_ROWS, mirrorAssets, mirrorJson, renderMirrorMarkdown, type MirrorPlan } from '../../src/report/mirror.js'
import type { RepoFile } from '../../src/repo/side.js'
import { expectGolden } from './golden.js'
import { HOSTILE_CLUSTER, HOSTILE_FILE } from './fixture.js'

const MIRROR = 'https://mirror.example.com/kops'

function files(fileRepository: string | null): RepoFile[] {
  const assets = fileRepository ? `  assets:\n    fileRepository: ${fileRepository}\n` : ''
  return [
    {
      path: 'clusters/prod.yaml',
      text: `apiVersion: kops.k8s.io/v1alpha2
kind: Cluster
metadata:
  name: prod.example.com
spec:
  cloudProvider: aws
  kubernetesVersion: 1.30.4
${assets}  networking:
    calico: {}
  subnets:
  - cidr: 172.20.32.0/19
    name: eu-west-1a
    type: Public
    zone: eu-west-1a
  etcdClusters:
  - etcdMembers: [{instanceGroup: control-plane, name: a}]
    name: main
  - etcdMembers: [{instanceGroup: control-plane, name: a}]
    name: events
---
apiVersion: kops.k8s.io/v1alpha2
kind: InstanceGroup
metadata:
  name: nodes
  labels:
    kops.k8s.io/cluster: prod.example.com
spec:
  role: Node
  machineType: m6g.large
---
apiVersion: kops.k8s.io/v1alpha2
kind: InstanceGroup
metadata:
  name: bastions
  labels:
    kops.k8s.io/cluster: prod.example.com
spec:
  role: Bastion
  machineType: t3.micro
`,
    },
  ]
}

function plan(fileRepository: string | null, pinned = '1.30.0', target = '1.31.0'): MirrorPlan | null {
  const repo = files(fileRepository)
  return mirrorAssets(analyzeSide(repo, { side: 'base', ref: 'x', kopsVersion: pinned }), analyzeSide(repo, { side: 'head', ref: 'x', kopsVersion: target }))
}

const sample: MirrorPlan = {
  kopsVersion: '1.31.0',
  pinnedKopsVersion: '1.30.0',
  assets: [
    {
      cluster: 'prod.example.com',
      file: 'clusters/prod.yaml',
      fileRepository: MIRROR,
      component: 'containerd',
      url: `${MIRROR}/containerd/containerd/releases/download/v1.7.22/containerd-1.7.22-linux-amd64.tar.gz`,
      source: 'https://github.com/containerd/containerd/releases/download/v1.7.22/containerd-1.7.22-linux-amd64.tar.gz',
      hash: null,
      instanceGroups: ['nodes', 'spot'],
      arches: ['amd64', 'arm64'],
    },
    {
      cluster: HOSTILE_CLUSTER,
      file: HOSTILE_FILE,
      fileRepository: MIRROR,
      component: 'run_c*',
      url: `${MIRROR}/a_b/*x*/|pipe|/runc.amd64`,
      source: null,
      hash: 'f'.repeat(64),
      instanceGroups: ['@octocat'],
      arches: ['amd64'],
    },
    {
      cluster: null,
      file: 'clusters/orphans.yaml',
      fileRepository: MIRROR,
      component: 'kubelet',
      url: `${MIRROR}/release/v1.31.1/bin/linux/arm64/kubelet`,
      source: 'https://dl.k8s.io/release/v1.31.1/bin/linux/arm64/kubelet',
      hash: null,
      instanceGroups: ['nodes'],
      arches: ['arm64'],
    },
  ],
}

describe('renderMirrorMarkdown', () => {
  it('renders the table, escaping repository text', () => {
    expectGolden('mirror.md', renderMirrorMarkdown(sample))
  })

  it('says there is nothing to copy when every asset is already in use', () => {
    expectGolden('mirror-empty.md', renderMirrorMarkdown({ ...sample, assets: [] }))
  })

  it('renders nothing without a file repository', () => {
    expect(renderMirrorMarkdown(null)).toBe('')
  })

  it('caps the rows and points at the JSON report for the rest', () => {
    const many = { ...sample, assets: Array.from({ length: MAX_MIRROR_ROWS + 3 }, (_, i) => ({ ...sample.assets[0], url: `${MIRROR}/f${i}` })) }
    const md = renderMirrorMarkdown(many)
    expect(md.split('\n').filter((l) => l.startsWith('| prod.example.com'))).toHaveLength(MAX_MIRROR_ROWS)
    expect(md).toContain('_3 more assets are listed under `mirror` in the JSON report._')
  })
})

describe('mirrorAssets', () => {
  it('is null when no cluster sets spec.assets.fileRepository', () => {
    expect(plan(null)).toBeNull()
  })

  it('lists the target release URLs the pinned release does not use, with their upstream URL', () => {
    const p = plan(MIRROR) as MirrorPlan
    expect(p).toMatchObject({ kopsVersion: '1.31.0', pinnedKopsVersion: '1.30.0' })
    expect(p.assets.length).toBeGreaterThan(0)
    const pinned = plan(MIRROR, '1.30.0', '1.30.0') as MirrorPlan
    expect(pinned.assets).toEqual([])
    for (const a of p.assets) {
      expect(a.url.startsWith(`${MIRROR}/`)).toBe(true)
      expect(a.instanceGroups).toEqual(['nodes'])
      expect(a.cluster).toBe('prod.example.com')
      if (a.source !== null) expect(new URL(a.source).pathname).toBe(new URL(a.url).pathname.slice('/kops'.length))
    }
    expect(p.assets.every((a) => a.source !== null)).toBe(true)
    // Sorted and without duplicates.
    const keys = p.assets.map((a) => `${a.component}\u0000${a.url}`)
    expect(keys).toEqual([...keys].sort())
    expect(new Set(p.assets.map((a) => a.url)).size).toBe(p.assets.length)
  })

  it('is the JSON report field as is', () => {
    expect(mirrorJson(sample)).toEqual(sample)
    expect(mirrorJson(null)).toBeNull()
  })
})
