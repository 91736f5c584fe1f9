// Typed views of Cluster and InstanceGroup specs: the fields that decide assets and nodeup behaviour, and the
// architectures an instance group runs on, inferred from its machine types or image.
import { describe, expect, it } from '@jest/globals'
import { archesOf, readCluster, readInstanceGroup } from '../../src/manifests/model.js'
import { parseManifestFile } from '../../src/manifests/parse.js'

function cluster(lines: string[], api = 'kops.k8s.io/v1alpha2') {
  const [doc] = parseManifestFile('c.yaml', [`apiVersion: ${api}`, 'kind: Cluster', 'metadata:', '  name: c.example.com', 'spec:', ...lines].join('\n')).docs
  return readCluster(doc)
}

function group(lines: string[], meta: string[] = []) {
  const [doc] = parseManifestFile('ig.yaml', ['apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata:', '  name: nodes', ...meta, 'spec:', ...lines].join('\n')).docs
  return readInstanceGroup(doc)
}

describe('readCluster', () => {
  it('reads the containerd settings with their positions', () => {
    const c = cluster([
      '  kubernetesVersion: v1.30.2',
      '  cloudProvider: aws',
      '  containerRuntime: containerd',
      '  containerd:',
      '    version: 1.7.16',
      '    skipInstall: true',
      '    installCriCtl: true',
      '    installNerdCtl: false',
      '    runc:',
      '      version: 1.1.12',
      '      packages:',
      '        urlArm64: https://files.example.com/runc.arm64',
      '    packages:',
      '      urlAmd64: https://files.example.com/containerd.tar.gz',
      '      hashAmd64: abc',
    ])
    expect(c.name?.value).toBe('c.example.com')
    expect(c.kubernetesVersion?.value).toBe('v1.30.2')
    expect(c.cloudProvider?.value).toBe('aws')
    expect(c.containerRuntime?.value).toBe('containerd')
    expect(c.containerd.version).toMatchObject({ value: '1.7.16', pos: { line: 10, column: 14 } })
    expect(c.containerd.skipInstall?.value).toBe(true)
    expect(c.containerd.installCriCtl?.value).toBe(true)
    expect(c.containerd.installNerdCtl?.value).toBe(false)
    expect(c.containerd.runc.version?.value).toBe('1.1.12')
    expect(c.containerd.runc.packages.urlArm64?.value).toBe('https://files.example.com/runc.arm64')
    expect(c.containerd.packages.urlAmd64).toMatchObject({ value: 'https://files.example.com/containerd.tar.gz', path: 'spec.containerd.packages.urlAmd64', pos: { line: 19 } })
    expect(c.containerd.packages.hashAmd64?.value).toBe('abc')
    expect(c.containerd.packages.urlArm64).toBeNull()
  })

  it('reads the networking choice by its key', () => {
    expect(cluster(['  networking:', '    calico:', '      mtu: 8981']).networking?.value).toBe('calico')
    expect(cluster(['  networking:', '    amazonvpc: {}']).networking?.value).toBe('amazonvpc')
    // v1alpha3 keeps the choice next to other networking fields.
    expect(cluster(['  networking:', '    networkCIDR: 10.0.0.0/16', '    cilium: {}'], 'kops.k8s.io/v1alpha3').networking?.value).toBe('cilium')
    expect(cluster([]).networking).toBeNull()
  })

  it('reads the DNS topology in v1alpha2 and v1alpha3 form', () => {
    expect(cluster(['  topology:', '    dns:', '      type: None']).dnsType?.value).toBe('None')
    expect(cluster(['  networking:', '    topology:', '      dns: Private'], 'kops.k8s.io/v1alpha3').dnsType?.value).toBe('Private')
  })

  it('reads the cloud provider from the v1alpha3 map form, with binariesLocation', () => {
    const c = cluster(['  cloudProvider:', '    gce:', '      binariesLocation: https://mirror.example.com/gcp'], 'kops.k8s.io/v1alpha3')
    expect(c.cloudProvider?.value).toBe('gce')
    expect(c.gceBinariesLocation?.value).toBe('https://mirror.example.com/gcp')
    expect(cluster(['  cloudProvider:', '    aws:', '      binariesLocation: https://mirror.example.com/aws'], 'kops.k8s.io/v1alpha3').awsBinariesLocation?.value).toBe('https://mirror.example.com/aws')
  })

  it('reads spec.assets.fileRepository and spec.docker presence', () => {
    const c = cluster(['  assets:', '    fileRepository: https://repo.example.com/files', '  docker:', '    version: 20.10.17'])
    expect(c.fileRepository?.value).toBe('https://repo.example.com/files')
    expect(c.docker?.pos.line).toBe(9)
  })
})

describe('readInstanceGroup', () => {
  it('maps kOps role names', () => {
    expect(group(['  role: Master']).role).toBe('ControlPlane')
    expect(group(['  role: ControlPlane']).role).toBe('ControlPlane')
    expect(group(['  role: APIServer']).role).toBe('APIServer')
    expect(group(['  role: Bastion']).role).toBe('Bastion')
    expect(group(['  role: Node']).role).toBe('Node')
    expect(group(['  machineType: m5.large']).role).toBe('Node')
  })

  it('reads the cluster label, image, machine type and group containerd settings', () => {
    const g = group(['  role: Node', '  image: ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-arm64-server-20240207', '  machineType: m7g.large', '  containerd:', '    skipInstall: true'], ['  labels:', '    kops.k8s.io/cluster: c.example.com'])
    expect(g.clusterLabel?.value).toBe('c.example.com')
    expect(g.machineType?.value).toBe('m7g.large')
    expect(g.containerd.skipInstall?.value).toBe(true)
    expect(g.arches).toEqual(['arm64'])
  })

  it('collects the architectures of a mixed instances policy', () => {
    const g = group(['  role: Node', '  machineType: m5.large', '  mixedInstancesPolicy:', '    instances:', '    - m5.large', '    - m6g.large', '    - c7gn.xlarge'])
    expect(g.arches).toEqual(['amd64', 'arm64'])
  })
})

describe('archesOf', () => {
  it('recognises AWS Graviton families', () => {
    for (const t of ['a1.large', 'm6g.large', 'm6gd.xlarge', 'm7g.medium', 'm8g.large', 'c6gn.large', 'c7gn.xlarge', 'c8g.large', 'r6g.large', 'r7gd.large', 't4g.micro', 'x2gd.large', 'im4gn.large', 'is4gen.large', 'i4g.large', 'g5g.xlarge', 'hpc7g.4xlarge'])
      expect([t, archesOf([t], null)]).toEqual([t, ['arm64']])
  })

  it('keeps x86 families on amd64', () => {
    for (const t of ['m5.large', 'm6i.large', 'm6a.large', 'c5n.large', 'g4dn.xlarge', 'g6e.xlarge', 'p4d.24xlarge', 'r7iz.large', 't3.medium', 'inf2.xlarge', 'x2iezn.2xlarge', 'z1d.large'])
      expect([t, archesOf([t], null)]).toEqual([t, ['amd64']])
  })

  it('recognises GCE and Azure Arm shapes', () => {
    expect(archesOf(['t2a-standard-4'], null)).toEqual(['arm64'])
    expect(archesOf(['c4a-standard-8'], null)).toEqual(['arm64'])
    expect(archesOf(['n2-standard-4'], null)).toEqual(['amd64'])
    expect(archesOf(['Standard_D2ps_v5'], null)).toEqual(['arm64'])
    expect(archesOf(['Standard_D4pds_v5'], null)).toEqual(['arm64'])
    expect(archesOf(['Standard_D2s_v5'], null)).toEqual(['amd64'])
  })

  it('lets the image decide when it names an architecture', () => {
    expect(archesOf(['m5.large'], 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-arm64-server-20240207')).toEqual(['arm64'])
    expect(archesOf(['m6g.large'], '099720109477/ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240207')).toEqual(['amd64'])
    expect(archesOf([], 'al2023-ami-2023.4.20240401.1-kernel-6.1-x86_64')).toEqual(['amd64'])
    expect(archesOf([], 'debian-12-arm64-20240211-1654')).toEqual(['arm64'])
  })

  it('knows nothing without machine types or a telling image', () => {
    expect(archesOf([], null)).toBeNull()
    expect(archesOf([], 'cos-cloud/cos-stable-109-17800-66-32')).toBeNull()
  })
})
