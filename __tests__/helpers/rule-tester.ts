// Runs one rule over inline repository files (one side, or base and head) and returns its raw findings.
import { analyzeSide } from '../../src/analyze.js'
import type { RepoFile } from '../../src/repo/side.js'
import { toRaw, type Rule, type SideAnalysis } from '../../src/rules/rule.js'
import type { RawFinding } from '../../src/types.js'

export function files(map: Record<string, string>): RepoFile[] {
  return Object.entries(map).map(([path, text]) => ({ path, text }))
}

export function side(map: Record<string, string>, kopsVersion?: string, which: 'base' | 'head' = 'head'): SideAnalysis {
  return analyzeSide(files(map), { side: which, ref: which, kopsVersion })
}

export function runRule(rule: Rule, head: SideAnalysis, base: SideAnalysis | null = null): RawFinding[] {
  const out: RawFinding[] = []
  rule.check({ side: head, base, head }, (r) => {
    if (!(r.messageId in rule.messages)) throw new Error(`unknown messageId ${r.messageId}`)
    out.push(toRaw(rule, r))
  })
  return out
}

/**
 * A Cluster document with the given extra `spec:` lines (indented by two spaces) from line 8, then the subnet and etcd
 * clusters of COMPLETE_SPEC that the lines do not write themselves (kOps refuses a cluster without them); `incomplete`
 * leaves them out.
 */
export function cluster(specLines: string, opts: { name?: string; k8s?: string; cloud?: string; incomplete?: boolean } = {}): string {
  return [
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: Cluster',
    'metadata:',
    `  name: ${opts.name ?? 'c.example.com'}`,
    'spec:',
    `  cloudProvider: ${opts.cloud ?? 'aws'}`,
    `  kubernetesVersion: ${opts.k8s ?? '1.28.5'}`,
    specLines,
    opts.incomplete ? '' : completion(specLines),
  ]
    .filter((l) => l !== '')
    .join('\n')
}

/** The top-level blocks of COMPLETE_SPEC that `specLines` does not write. */
function completion(specLines: string): string {
  const written = new Set(specLines.split('\n').map((l) => /^  ([A-Za-z]+):/.exec(l)?.[1]))
  const out: string[] = []
  let keep = true
  for (const l of COMPLETE_SPEC.split('\n')) {
    const key = /^  ([A-Za-z]+):/.exec(l)?.[1]
    if (key) keep = !written.has(key)
    if (keep) out.push(l)
  }
  return out.join('\n')
}

/** The spec lines kOps's validation requires of every cluster (a subnet and the etcd clusters), to append to a fixture. */
export const COMPLETE_SPEC = [
  '  subnets:',
  '  - cidr: 172.20.32.0/19',
  '    name: eu-west-1a',
  '    type: Public',
  '    zone: eu-west-1a',
  '  etcdClusters:',
  '  - etcdMembers: [{instanceGroup: control-plane, name: a}]',
  '    name: main',
  '  - etcdMembers: [{instanceGroup: control-plane, name: a}]',
  '    name: events',
].join('\n')

export function ig(name: string, role: string, machineType = 'm5.large', cluster = 'c.example.com'): string {
  return ['---', 'apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata:', `  name: ${name}`, '  labels:', `    kops.k8s.io/cluster: ${cluster}`, 'spec:', `  role: ${role}`, `  machineType: ${machineType}`].join('\n')
}

export const BUNDLE_SPEC = [
  '  containerd:',
  '    packages:',
  '      urlAmd64: https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz',
  '      hashAmd64: ' + 'ab'.repeat(32),
].join('\n')
