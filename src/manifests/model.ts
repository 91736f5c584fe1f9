// Typed views of the parts of a kOps Cluster and InstanceGroup spec that decide assets and nodeup behaviour.
import type { Arch, Located } from '../types.js'
import type { KopsDocument } from './parse.js'
import { isUnresolved, resolvedOrNull } from './templates.js'

export type Role = 'ControlPlane' | 'APIServer' | 'Node' | 'Bastion'

export interface PackagesSpec {
  urlAmd64: Located<string> | null
  hashAmd64: Located<string> | null
  urlArm64: Located<string> | null
  hashArm64: Located<string> | null
}

export interface ContainerdSpec {
  at: Located<true> | null
  version: Located<string> | null
  skipInstall: Located<boolean> | null
  packages: PackagesSpec
  runc: { at: Located<true> | null; version: Located<string> | null; packages: PackagesSpec }
  installCriCtl: Located<boolean> | null
  installNerdCtl: Located<boolean> | null
}

export interface ClusterModel {
  doc: KopsDocument
  name: Located<string> | null
  kubernetesVersion: Located<string> | null
  cloudProvider: Located<string> | null
  containerRuntime: Located<string> | null
  containerd: ContainerdSpec
  docker: Located<true> | null
  /** The CNI named under spec.networking (calico, cilium, amazonvpc, …). */
  networking: Located<string> | null
  fileRepository: Located<string> | null
  dnsType: Located<string> | null
  awsBinariesLocation: Located<string> | null
  gceBinariesLocation: Located<string> | null
}

export interface InstanceGroupModel {
  doc: KopsDocument
  name: Located<string> | null
  role: Role
  roleAt: Located<string> | null
  clusterLabel: Located<string> | null
  image: Located<string> | null
  machineType: Located<string> | null
  containerd: ContainerdSpec
  /** Architectures this group's machines run, when the machine type or image tells; null when unknown. */
  arches: Arch[] | null
}

/** A `packages` block (urlAmd64, hashAmd64, urlArm64, hashArm64) at `base`. */
export function readPackages(doc: KopsDocument, base: string[]): PackagesSpec {
  return {
    urlAmd64: doc.string([...base, 'urlAmd64']),
    hashAmd64: doc.string([...base, 'hashAmd64']),
    urlArm64: doc.string([...base, 'urlArm64']),
    hashArm64: doc.string([...base, 'hashArm64']),
  }
}

export function readContainerd(doc: KopsDocument): ContainerdSpec {
  const c = ['spec', 'containerd']
  return {
    at: doc.present(c),
    version: doc.string([...c, 'version']),
    skipInstall: doc.boolean([...c, 'skipInstall']),
    packages: readPackages(doc, [...c, 'packages']),
    runc: { at: doc.present([...c, 'runc']), version: doc.string([...c, 'runc', 'version']), packages: readPackages(doc, [...c, 'runc', 'packages']) },
    installCriCtl: doc.boolean([...c, 'installCriCtl']),
    installNerdCtl: doc.boolean([...c, 'installNerdCtl']),
  }
}

/** CNI keys kOps knows under spec.networking (pkg/apis/kops/networking.go). */
const CNI_KEYS = ['amazonvpc', 'calico', 'canal', 'cilium', 'cni', 'external', 'flannel', 'gcp', 'gce', 'kindnet', 'kopeio', 'kubenet', 'kuberouter', 'romana', 'weave', 'classic', 'lyftvpc']

export function readCluster(doc: KopsDocument): ClusterModel {
  let cloudProvider = doc.string(['spec', 'cloudProvider'])
  if (!cloudProvider) {
    const key = doc.keys(['spec', 'cloudProvider'])[0]
    const at = doc.present(['spec', 'cloudProvider', key ?? ''])
    if (key && at) cloudProvider = { ...at, value: key }
  }
  const netKey = doc.keys(['spec', 'networking']).find((k) => CNI_KEYS.includes(k))
  const netAt = netKey ? doc.present(['spec', 'networking', netKey]) : null
  return {
    doc,
    // A templated name is unknown: no cluster is named after a placeholder.
    name: resolvedOrNull(doc.string(['metadata', 'name'])),
    kubernetesVersion: doc.string(['spec', 'kubernetesVersion']),
    cloudProvider,
    containerRuntime: doc.string(['spec', 'containerRuntime']),
    containerd: readContainerd(doc),
    docker: doc.present(['spec', 'docker']),
    networking: netKey && netAt ? { ...netAt, value: netKey } : null,
    fileRepository: doc.string(['spec', 'assets', 'fileRepository']),
    dnsType: doc.string(['spec', 'topology', 'dns', 'type']) ?? doc.string(['spec', 'networking', 'topology', 'dns']),
    awsBinariesLocation: doc.string(['spec', 'cloudProvider', 'aws', 'binariesLocation']),
    gceBinariesLocation: doc.string(['spec', 'cloudProvider', 'gce', 'binariesLocation']),
  }
}

const ROLES: Record<string, Role> = { master: 'ControlPlane', controlplane: 'ControlPlane', apiserver: 'APIServer', node: 'Node', bastion: 'Bastion' }

/** AWS Graviton families (a1, m6g, c7gn, t4g, x2gd, im4gn, is4gen, hpc7g, g5g …) and GCE/Azure Arm shapes. */
const ARM64_MACHINE = /^(?:a1|[a-z]+\d+g[a-z]*|hpc\d+g)\.|^(?:t2a|c4a|n4a|c3a?-arm)-|^standard_[a-z]+\d+p[a-z]*_v\d/i

export function archesOf(machineTypes: string[], image: string | null): Arch[] | null {
  if (image) {
    if (/arm64|aarch64/i.test(image)) return ['arm64']
    if (/amd64|x86_64|x86-64/i.test(image)) return ['amd64']
  }
  if (machineTypes.length === 0) return null
  const set = new Set<Arch>(machineTypes.map((m) => (ARM64_MACHINE.test(m) ? 'arm64' : 'amd64')))
  return [...set].sort()
}

export function readInstanceGroup(doc: KopsDocument): InstanceGroupModel {
  const roleAt = doc.string(['spec', 'role'])
  const role = ROLES[(roleAt?.value ?? 'node').toLowerCase()] ?? 'Node'
  const machineType = doc.string(['spec', 'machineType'])
  const mixed = doc.strings(['spec', 'mixedInstancesPolicy', 'instances']).map((s) => s.value)
  const image = doc.string(['spec', 'image'])
  const types = [...(machineType ? machineType.value.split(',').map((s) => s.trim()) : []), ...mixed]
  return {
    doc,
    name: doc.string(['metadata', 'name']),
    role,
    roleAt,
    clusterLabel: doc.string(['metadata', 'labels', 'kops.k8s.io/cluster']),
    image,
    machineType,
    containerd: readContainerd(doc),
    // A templated machine type or image says nothing about the architecture: one unknown type leaves it unknown.
    arches: archesOf(types.some(isUnresolved) ? [] : types, resolvedOrNull(image)?.value ?? null),
  }
}
