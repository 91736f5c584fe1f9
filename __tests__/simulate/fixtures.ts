// Inline Cluster / InstanceGroup fixtures and small drivers for the simulator.
import { readCluster, readInstanceGroup, type ClusterModel, type InstanceGroupModel } from '../../src/manifests/model.js'
import { parseManifestFile } from '../../src/manifests/parse.js'
import { AssetStore } from '../../src/simulate/asset-store.js'
import { simulate } from '../../src/simulate/index.js'
import { NodeupContext } from '../../src/simulate/nodeup/context.js'
import type { ArchResult, PlannedAsset } from '../../src/simulate/types.js'
import type { Arch } from '../../src/types.js'

export interface ClusterOpts {
  name?: string
  k8s?: string
  /** `null` leaves `spec.cloudProvider` to the extra spec lines (v1alpha3 map form). */
  cloud?: string | null
  apiVersion?: string
  /** Extra lines under `spec:`, each already indented by two spaces. */
  spec?: string[]
}

export function clusterYaml(opts: ClusterOpts = {}): string {
  return [
    `apiVersion: ${opts.apiVersion ?? 'kops.k8s.io/v1alpha2'}`,
    'kind: Cluster',
    'metadata:',
    `  name: ${opts.name ?? 'minimal.example.com'}`,
    'spec:',
    ...(opts.cloud === null ? [] : [`  cloudProvider: ${opts.cloud ?? 'aws'}`]),
    `  kubernetesVersion: ${opts.k8s ?? 'v1.30.0'}`,
    ...(opts.spec ?? []),
  ].join('\n')
}

export interface IgOpts {
  name?: string
  role?: string
  machineType?: string
  image?: string
  cluster?: string
  spec?: string[]
}

export function igYaml(opts: IgOpts = {}): string {
  return [
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: InstanceGroup',
    'metadata:',
    `  name: ${opts.name ?? 'nodes'}`,
    '  labels:',
    `    kops.k8s.io/cluster: ${opts.cluster ?? 'minimal.example.com'}`,
    'spec:',
    `  role: ${opts.role ?? 'Node'}`,
    `  machineType: ${opts.machineType ?? 't3.medium'}`,
    `  image: ${opts.image ?? 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240207'}`,
    ...(opts.spec ?? []),
  ].join('\n')
}

export function loadCluster(opts: ClusterOpts = {}): ClusterModel {
  const parsed = parseManifestFile('cluster.yaml', clusterYaml(opts))
  if (parsed.docs.length !== 1) throw new Error(`fixture did not parse: ${JSON.stringify(parsed.problems)}`)
  return readCluster(parsed.docs[0])
}

export function loadIg(opts: IgOpts = {}): InstanceGroupModel {
  const parsed = parseManifestFile('ig.yaml', igYaml(opts))
  if (parsed.docs.length !== 1) throw new Error(`fixture did not parse: ${JSON.stringify(parsed.problems)}`)
  return readInstanceGroup(parsed.docs[0])
}

export interface RunOpts {
  release: string
  /** kOps version written into kOps's own URLs; defaults to the release. */
  kopsVersion?: string
  cluster?: ClusterOpts
  ig?: IgOpts
  arch?: Arch
  /** The Kubernetes version as the caller normalised it; defaults to spec.kubernetesVersion without its `v`. */
  k8sVersion?: string
}

/** Runs the whole simulation for one group and arch. */
export function run(o: RunOpts): ArchResult {
  const cluster = loadCluster(o.cluster)
  const ig = loadIg(o.ig)
  const k8s = o.k8sVersion ?? (cluster.kubernetesVersion?.value ?? '').replace(/^v/, '')
  return simulate({ release: o.release, kopsVersion: o.kopsVersion ?? o.release, cluster, ig, arch: o.arch ?? 'amd64', k8sVersion: k8s, pin: null })
}

/** The `Assets:` entries as kOps writes them, without the hash: each entry's locations joined with commas. */
export function urls(r: ArchResult): string[] {
  return r.assets.map((a) => a.urls.join(','))
}

export function installed(r: ArchResult): Record<string, string> {
  return Object.fromEntries(r.files.map((f) => [f.path, f.member]))
}

export function asset(...locations: string[]): PlannedAsset {
  return { component: 'test', urls: locations, hash: null, origin: null }
}

export function storeOf(...assets: PlannedAsset[]): AssetStore {
  const s = new AssetStore()
  for (const a of assets) s.add(a)
  return s
}

/** A nodeup context over a hand-filled asset store. */
export function nodeupContext(o: { release: string; store: AssetStore; cluster?: ClusterOpts; ig?: IgOpts; arch?: Arch; credentialProvider?: string | null; installCniAssets?: boolean }): NodeupContext {
  const cluster = loadCluster(o.cluster)
  const ig = loadIg(o.ig)
  const k8s = (cluster.kubernetesVersion?.value ?? '').replace(/^v/, '')
  return new NodeupContext(o.release, o.arch ?? 'amd64', o.store, cluster, ig, k8s, o.credentialProvider ?? null, o.installCniAssets ?? true)
}

export const H64 = 'ab'.repeat(32)
