// A complete v1alpha2 Cluster (what `kops get cluster -o yaml` gives for a small AWS cluster) and drivers that run
// kOps's Cluster validation on it with extra lines.
import { readCluster, type ClusterModel } from '../../../src/manifests/model.js'
import { parseManifestFile } from '../../../src/manifests/parse.js'
import { renderFieldError, type FieldError } from '../../../src/simulate/validation/field.js'
import { validateClusterSpec } from '../../../src/simulate/validation/validation.js'

/** Spec lines every real cluster has: network ranges, one subnet, etcd clusters with one member each. */
export const BASE_SPEC = [
  '  networkCIDR: 172.20.0.0/16',
  '  nonMasqueradeCIDR: 100.64.0.0/10',
  '  subnets:',
  '  - cidr: 172.20.32.0/19',
  '    name: us-east-1a',
  '    type: Public',
  '    zone: us-east-1a',
  '  etcdClusters:',
  '  - name: main',
  '    etcdMembers:',
  '    - instanceGroup: control-plane-us-east-1a',
  '      name: a',
  '  - name: events',
  '    etcdMembers:',
  '    - instanceGroup: control-plane-us-east-1a',
  '      name: a',
]

export interface ClusterDoc {
  apiVersion?: string
  name?: string
  cloud?: string | null
  k8s?: string
  /** Lines under `spec:` after the base, indented by two spaces. */
  spec?: string[]
  /** Leave BASE_SPEC out. */
  bare?: boolean
}

/** BASE_SPEC without the top-level blocks the extra lines write again. */
function baseWithout(extra: string[]): string[] {
  const keys = new Set(extra.map((l) => /^  ([A-Za-z]+):/.exec(l)?.[1]).filter(Boolean))
  const out: string[] = []
  let skip = false
  for (const l of BASE_SPEC) {
    const key = /^  ([A-Za-z]+):/.exec(l)?.[1]
    if (key) skip = keys.has(key)
    if (!skip) out.push(l)
  }
  return out
}

export function clusterText(o: ClusterDoc = {}): string {
  return [
    `apiVersion: ${o.apiVersion ?? 'kops.k8s.io/v1alpha2'}`,
    'kind: Cluster',
    'metadata:',
    `  name: ${o.name ?? 'minimal.example.com'}`,
    'spec:',
    ...(o.cloud === null ? [] : [`  cloudProvider: ${o.cloud ?? 'aws'}`]),
    `  kubernetesVersion: v${o.k8s ?? '1.30.2'}`,
    ...(o.bare ? [] : baseWithout(o.spec ?? [])),
    ...(o.spec ?? []),
  ].join('\n')
}

export function load(o: ClusterDoc = {}): ClusterModel {
  const parsed = parseManifestFile('cluster.yaml', clusterText(o))
  if (parsed.docs.length !== 1) throw new Error(`fixture did not parse: ${JSON.stringify(parsed.problems)}`)
  return readCluster(parsed.docs[0])
}

/** Field errors of the cluster at a release. */
export function fieldErrors(release: string, o: ClusterDoc = {}): FieldError[] {
  return validateClusterSpec({ release, k8sVersion: o.k8s ?? '1.30.2', cluster: load(o), instanceGroups: [], strict: false })
}

/** The errors as kOps prints them. */
export function printed(release: string, o: ClusterDoc = {}): string[] {
  return fieldErrors(release, o).map(renderFieldError)
}

/** Where the first error points: [line, column] (1-based). */
export function where(release: string, o: ClusterDoc = {}): [number, number][] {
  return fieldErrors(release, o).map((e) => [e.at.pos.line, e.at.pos.column])
}

/** The line number (1-based) of the first line of the fixture containing `text`. */
export function lineOf(o: ClusterDoc, text: string): number {
  return clusterText(o).split('\n').findIndex((l) => l.includes(text)) + 1
}
