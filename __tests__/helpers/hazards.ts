// Fixture builders for the upgrade-hazard rules: Cluster and InstanceGroup documents with free spec lines, and the
// exact span of a token in a fixture (found by text, independent of the parser).
import type { Position } from '../../src/types.js'
import { COMPLETE_SPEC } from './rule-tester.js'

/**
 * A Cluster with free spec lines (unindented), then the subnet and etcd clusters kOps requires (COMPLETE_SPEC) unless
 * the lines write `subnets` or `etcdClusters` themselves.
 */
export function clusterYaml(spec: string[], opts: { name?: string; k8s?: string; cloud?: string } = {}): string {
  const written = new Set(spec.map((l) => /^([A-Za-z]+):/.exec(l)?.[1]))
  const completion: string[] = []
  let keep = true
  for (const l of COMPLETE_SPEC.split('\n')) {
    const key = /^  ([A-Za-z]+):/.exec(l)?.[1]
    if (key) keep = !written.has(key)
    if (keep) completion.push(l)
  }
  return [
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: Cluster',
    'metadata:',
    `  name: ${opts.name ?? 'c.example.com'}`,
    'spec:',
    `  cloudProvider: ${opts.cloud ?? 'aws'}`,
    `  kubernetesVersion: ${opts.k8s ?? '1.34.2'}`,
    ...spec.map((l) => `  ${l}`),
    ...completion,
  ].join('\n')
}

export function igYaml(name: string, spec: string[], opts: { role?: string; cluster?: string; machineType?: string } = {}): string {
  return [
    '---',
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: InstanceGroup',
    'metadata:',
    `  name: ${name}`,
    '  labels:',
    `    kops.k8s.io/cluster: ${opts.cluster ?? 'c.example.com'}`,
    'spec:',
    `  role: ${opts.role ?? 'Node'}`,
    `  machineType: ${opts.machineType ?? 'm5.large'}`,
    ...spec.map((l) => `  ${l}`),
  ].join('\n')
}

/** The span of `token` on the `nth` (1-based) line of `text` that contains `line` (a substring). */
export function spanOf(text: string, line: string, token: string, nth = 1): Position {
  const lines = text.split('\n')
  let seen = 0
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes(line)) continue
    if (++seen < nth) continue
    const col = lines[i].indexOf(token)
    if (col === -1) throw new Error(`token ${token} not on line ${i + 1}`)
    return { line: i + 1, column: col + 1, endLine: i + 1, endColumn: col + 1 + token.length }
  }
  throw new Error(`no line containing ${line}`)
}
