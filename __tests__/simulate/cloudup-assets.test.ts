// The ordered `Assets:` list `kops update cluster` writes into each instance group's nodeup config, per tag.
// Sources (kubernetes/kops):
//   upup/pkg/fi/cloudup/apply_cluster.go addFileAssets + BuildConfig @v1.26.0, @v1.27.0, @v1.29.0
//   pkg/nodemodel/fileassets.go + nodeupconfigbuilder.go @v1.30.0, @v1.34.0-alpha.1, @v1.34.0, @v1.35.0-beta.1, @v1.36.0
//   pkg/model/components/containerd.go (defaults) at every tag named below
//   upup/pkg/fi/cloudup/{containerd,runc}.go @v1.26.0, @v1.28.0-beta.1, @v1.29.2; pkg/nodemodel/wellknownassets/*.go @v1.30.0+
//   util/pkg/mirrors/mirrors.go @v1.26.0, @v1.28.0-beta.1; pkg/assets/mirrors.go @v1.30.0, @v1.32.0, @v1.32.3, @v1.34.2, @v1.35.0
//   pkg/assets/builder.go remapURL (path.Join of fileRepository path and canonical path), same-host skip @v1.29.0-alpha.3
// Entries are written here as kOps's compact string without the hash: locations joined with commas.
import { describe, expect, it } from '@jest/globals'
import type { Arch } from '../../src/types.js'
import { H64, run, urls, type ClusterOpts, type IgOpts } from './fixtures.js'

const GCS_K8S = (v: string, a: Arch, n: string) => `https://storage.googleapis.com/kubernetes-release/release/v${v}/bin/linux/${a}/${n}`
const DL = (v: string, a: Arch, n: string) => `https://dl.k8s.io/release/v${v}/bin/linux/${a}/${n}`
const DL_CDN = (v: string, a: Arch, n: string) => `${DL(v, a, n)},https://cdn.dl.k8s.io/release/v${v}/bin/linux/${a}/${n}`
const CNI_GCS = (v: string, a: Arch) => `https://storage.googleapis.com/k8s-artifacts-cni/release/v${v}/cni-plugins-linux-${a}-v${v}.tgz`
const CNI_GH = (v: string, a: Arch) => `https://github.com/containernetworking/plugins/releases/download/v${v}/cni-plugins-linux-${a}-v${v}.tgz`
const CNI_GCS_GH = (v: string, a: Arch) => `${CNI_GCS(v, a)},${CNI_GH(v, a)}`
const CTRD = (v: string, a: Arch) => `https://github.com/containerd/containerd/releases/download/v${v}/containerd-${v}-linux-${a}.tar.gz`
const BUNDLE = (v: string) => `https://github.com/containerd/containerd/releases/download/v${v}/cri-containerd-cni-${v}-linux-amd64.tar.gz`
const RUNC = (v: string, a: Arch) => `https://github.com/opencontainers/runc/releases/download/v${v}/runc.${a}`
const NERDCTL = (a: Arch) => `https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-${a}.tar.gz`
const CRICTL = (a: Arch) => `https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-${a}.tar.gz`
const ECR = (v: string, a: Arch) => `https://artifacts.k8s.io/binaries/cloud-provider-aws/v${v}/linux/${a}/ecr-credential-provider-linux-${a}`
const GCP_STAGING = (a: Arch) => `https://storage.googleapis.com/k8s-staging-cloud-provider-gcp/auth-provider-gcp/linux-${a}/v20231005-providersv0.27.1-65-g8fbe8d27`
const GCP_V35 = (a: Arch) => `https://artifacts.k8s.io/binaries/cloud-provider-gcp/v35.0.0/auth-provider-gcp/linux/${a}/auth-provider-gcp`
const KOPS = (k: string, a: Arch, n: string) => `https://artifacts.k8s.io/binaries/kops/${k}/linux/${a}/${n},https://github.com/kubernetes/kops/releases/download/v${k}/${n}-linux-${a}`

const CP: IgOpts = { name: 'control-plane-us-east-1a', role: 'ControlPlane', machineType: 'm6i.large' }
const NODE: IgOpts = { name: 'nodes', role: 'Node' }
const BASTION: IgOpts = { name: 'bastions', role: 'Bastion', machineType: 't3.micro' }

function plan(release: string, cluster: ClusterOpts, ig: IgOpts = NODE, arch: Arch = 'amd64', kopsVersion?: string): string[] {
  const r = run({ release, kopsVersion, cluster, ig, arch })
  if (r.nodeup.outcome === 'rejected') throw new Error(`kops update cluster rejected the spec: ${r.nodeup.error}`)
  return urls(r)
}

function rejection(release: string, cluster: ClusterOpts, arch: Arch = 'amd64'): string | null {
  const r = run({ release, cluster, ig: NODE, arch })
  return r.nodeup.outcome === 'rejected' ? r.nodeup.error : null
}

// Bastions get the same list as nodes: kOps writes it into their nodeup config although their user data never runs
// nodeup (tests/integration/update_cluster/bastionadditional_user-data/data/*nodeupconfig-bastion_content, every tag).
describe('AWS control plane, node and bastion per tag', () => {
  it('v1.26.0: GCS Kubernetes base, containerd 1.6.18 + runc 1.1.4, only kOps binaries mirrored', () => {
    const c = { k8s: 'v1.26.5' }
    for (const a of ['amd64', 'arm64'] as const) {
      const node = [GCS_K8S('1.26.5', a, 'kubelet'), GCS_K8S('1.26.5', a, 'kubectl'), CNI_GCS('0.9.1', a), CTRD('1.6.18', a), RUNC('1.1.4', a)]
      expect(plan('1.26.0', c, NODE, a)).toEqual(node)
      expect(plan('1.26.0', c, CP, a)).toEqual([...node, KOPS('1.26.0', a, 'protokube'), KOPS('1.26.0', a, 'channels')])
    }
    expect(plan('1.26.0', c, BASTION)).toEqual(plan('1.26.0', c, NODE))
  })

  it('v1.27.0: dl.k8s.io, ECR provider v1.27.1 before CNI 1.2.0, containerd 1.7.2 + runc 1.1.7, no cdn mirror yet', () => {
    const c = { k8s: 'v1.27.5' }
    const node = [DL('1.27.5', 'amd64', 'kubelet'), DL('1.27.5', 'amd64', 'kubectl'), ECR('1.27.1', 'amd64'), CNI_GCS('1.2.0', 'amd64'), CTRD('1.7.2', 'amd64'), RUNC('1.1.7', 'amd64')]
    expect(plan('1.27.0', c)).toEqual(node)
    expect(plan('1.27.0', c, CP)).toEqual([...node, KOPS('1.27.0', 'amd64', 'protokube'), KOPS('1.27.0', 'amd64', 'channels')])
    expect(plan('1.27.0', c, BASTION)).toEqual(plan('1.27.0', c, NODE))
  })

  it('v1.28.1: cdn.dl.k8s.io fallback for dl.k8s.io assets, containerd 1.7.7 + runc 1.1.9', () => {
    const c = { k8s: 'v1.28.3' }
    const node = [DL_CDN('1.28.3', 'arm64', 'kubelet'), DL_CDN('1.28.3', 'arm64', 'kubectl'), ECR('1.27.1', 'arm64'), CNI_GCS('1.2.0', 'arm64'), CTRD('1.7.7', 'arm64'), RUNC('1.1.9', 'arm64')]
    expect(plan('1.28.1', c, NODE, 'arm64')).toEqual(node)
    expect(plan('1.28.1', c, CP, 'arm64')).toEqual([...node, KOPS('1.28.1', 'arm64', 'protokube'), KOPS('1.28.1', 'arm64', 'channels')])
  })

  it('v1.29.0-beta.1: nerdctl inside the containerd block, crictl after it, containerd 1.7.13 + runc 1.1.12', () => {
    const c = { k8s: 'v1.29.1' }
    const node = [DL_CDN('1.29.1', 'amd64', 'kubelet'), DL_CDN('1.29.1', 'amd64', 'kubectl'), ECR('1.27.1', 'amd64'), CNI_GCS('1.2.0', 'amd64'), CTRD('1.7.13', 'amd64'), RUNC('1.1.12', 'amd64'), NERDCTL('amd64'), CRICTL('amd64')]
    expect(plan('1.29.0-beta.1', c)).toEqual(node)
    expect(plan('1.29.0-beta.1', c, CP)).toEqual([...node, KOPS('1.29.0-beta.1', 'amd64', 'protokube'), KOPS('1.29.0-beta.1', 'amd64', 'channels')])
  })

  it('v1.29.2: containerd 1.7.16', () => {
    const c = { k8s: 'v1.29.6' }
    const node = [DL_CDN('1.29.6', 'amd64', 'kubelet'), DL_CDN('1.29.6', 'amd64', 'kubectl'), ECR('1.27.1', 'amd64'), CNI_GCS('1.2.0', 'amd64'), CTRD('1.7.16', 'amd64'), RUNC('1.1.12', 'amd64'), NERDCTL('amd64'), CRICTL('amd64')]
    expect(plan('1.29.2', c)).toEqual(node)
    expect(plan('1.29.2', c, CP)).toEqual([...node, KOPS('1.29.2', 'amd64', 'protokube'), KOPS('1.29.2', 'amd64', 'channels')])
    expect(plan('1.29.2', c, BASTION)).toEqual(plan('1.29.2', c, NODE))
  })

  it('v1.30.0: the same shape from pkg/nodemodel', () => {
    const c = { k8s: 'v1.30.2' }
    const node = [DL_CDN('1.30.2', 'arm64', 'kubelet'), DL_CDN('1.30.2', 'arm64', 'kubectl'), ECR('1.27.1', 'arm64'), CNI_GCS('1.2.0', 'arm64'), CTRD('1.7.16', 'arm64'), RUNC('1.1.12', 'arm64'), NERDCTL('arm64'), CRICTL('arm64')]
    expect(plan('1.30.0', c, NODE, 'arm64')).toEqual(node)
    expect(plan('1.30.0', c, CP, 'arm64')).toEqual([...node, KOPS('1.30.0', 'arm64', 'protokube'), KOPS('1.30.0', 'arm64', 'channels')])
  })

  it('v1.32.3: CNI 1.6.2 from GitHub, no cdn or CNI mirrors, containerd 1.7.25 + runc 1.2.4', () => {
    const c = { k8s: 'v1.32.4' }
    const node = [DL('1.32.4', 'amd64', 'kubelet'), DL('1.32.4', 'amd64', 'kubectl'), ECR('1.27.1', 'amd64'), CNI_GH('1.6.2', 'amd64'), CTRD('1.7.25', 'amd64'), RUNC('1.2.4', 'amd64'), NERDCTL('amd64'), CRICTL('amd64')]
    expect(plan('1.32.3', c)).toEqual(node)
    expect(plan('1.32.3', c, CP)).toEqual([...node, KOPS('1.32.3', 'amd64', 'protokube'), KOPS('1.32.3', 'amd64', 'channels')])
  })

  it('v1.34.0: containerd 2.1.4, ECR v1.31.7, CNI 1.6.1 on GCS with a GitHub fallback, no nerdctl or crictl by default', () => {
    const c = { k8s: 'v1.34.1' }
    const node = [DL_CDN('1.34.1', 'amd64', 'kubelet'), DL_CDN('1.34.1', 'amd64', 'kubectl'), ECR('1.31.7', 'amd64'), CNI_GCS_GH('1.6.1', 'amd64'), CTRD('2.1.4', 'amd64'), RUNC('1.3.0', 'amd64')]
    expect(plan('1.34.0', c)).toEqual(node)
    expect(plan('1.34.0', c, CP)).toEqual([...node, KOPS('1.34.0', 'amd64', 'protokube'), KOPS('1.34.0', 'amd64', 'channels')])
    expect(plan('1.34.0', c, BASTION)).toEqual(plan('1.34.0', c, NODE))
  })

  it('v1.34.0: containerd 1.7.28 below Kubernetes 1.32', () => {
    expect(plan('1.34.0', { k8s: 'v1.31.9' })).toContain(CTRD('1.7.28', 'amd64'))
  })

  it('v1.35.0: containerd 2.1.6 + runc 1.3.4, CNI straight from GitHub, no cdn', () => {
    const c = { k8s: 'v1.34.1' }
    const node = [DL('1.34.1', 'amd64', 'kubelet'), DL('1.34.1', 'amd64', 'kubectl'), ECR('1.31.7', 'amd64'), CNI_GH('1.6.2', 'amd64'), CTRD('2.1.6', 'amd64'), RUNC('1.3.4', 'amd64')]
    expect(plan('1.35.0', c)).toEqual(node)
    expect(plan('1.35.0', c, CP)).toEqual([...node, KOPS('1.35.0', 'amd64', 'protokube'), KOPS('1.35.0', 'amd64', 'channels')])
  })

  it('v1.36.0: containerd 2.2.4 + runc 1.3.5, protokube without channels on the control plane', () => {
    const c = { k8s: 'v1.35.2' }
    const node = [DL('1.35.2', 'amd64', 'kubelet'), DL('1.35.2', 'amd64', 'kubectl'), ECR('1.31.7', 'amd64'), CNI_GH('1.6.2', 'amd64'), CTRD('2.2.4', 'amd64'), RUNC('1.3.5', 'amd64')]
    expect(plan('1.36.0', c)).toEqual(node)
    expect(plan('1.36.0', c, CP)).toEqual([...node, KOPS('1.36.0', 'amd64', 'protokube')])
    expect(plan('1.36.0', c, BASTION)).toEqual(plan('1.36.0', c, NODE))
  })

  it('v1.37.0-alpha.1 (newest tag): as 1.36', () => {
    const c = { k8s: 'v1.36.1' }
    const node = [DL('1.36.1', 'arm64', 'kubelet'), DL('1.36.1', 'arm64', 'kubectl'), ECR('1.31.7', 'arm64'), CNI_GH('1.6.2', 'arm64'), CTRD('2.2.4', 'arm64'), RUNC('1.3.5', 'arm64')]
    expect(plan('1.37.0-alpha.1', c, NODE, 'arm64')).toEqual(node)
    expect(plan('1.37.0-alpha.1', c, CP, 'arm64')).toEqual([...node, KOPS('1.37.0-alpha.1', 'arm64', 'protokube')])
    expect(plan('1.37.0-alpha.1', c, BASTION, 'arm64')).toEqual(plan('1.37.0-alpha.1', c, NODE, 'arm64'))
  })
})

describe('gossip (.k8s.local)', () => {
  const gossip = (k8s: string): ClusterOpts => ({ name: 'minimal.k8s.local', k8s })

  it('before 1.36: workers of a gossip cluster also get protokube and channels', () => {
    expect(plan('1.26.0', gossip('v1.26.5')).slice(-2)).toEqual([KOPS('1.26.0', 'amd64', 'protokube'), KOPS('1.26.0', 'amd64', 'channels')])
    expect(plan('1.35.0', gossip('v1.34.1')).slice(-2)).toEqual([KOPS('1.35.0', 'amd64', 'protokube'), KOPS('1.35.0', 'amd64', 'channels')])
  })

  it('1.36+: gossip workers get protokube only', () => {
    expect(plan('1.36.0', gossip('v1.35.2')).slice(-1)).toEqual([KOPS('1.36.0', 'amd64', 'protokube')])
    expect(plan('1.36.0', gossip('v1.35.2')).filter((u) => u.includes('channels'))).toEqual([])
  })

  it('a DNS topology of None is not gossip', () => {
    const none = { name: 'minimal.k8s.local', k8s: 'v1.30.2', spec: ['  topology:', '    dns:', '      type: None'] }
    expect(plan('1.30.0', none).filter((u) => u.includes('/binaries/kops/'))).toEqual([])
  })

  it('1.36+: a gossip cluster behind a classic API load balancer keeps protokube on workers', () => {
    const elb = { name: 'minimal.k8s.local', k8s: 'v1.35.2', spec: ['  api:', '    loadBalancer:', '      type: Public', '      class: Classic'] }
    expect(plan('1.36.0', elb).filter((u) => u.includes('protokube'))).toHaveLength(1)
  })

  // kubernetes/kops:pkg/nodemodel/nodeupconfigbuilder.go@v1.36.0 adds protokube when
  // `isMaster || (usesLegacyGossip && len(bootConfig.APIServerIPs) == 0)`. APIServerIPs are control-plane addresses kOps
  // discovers in the cloud at update time (an API NLB's IPs, Hetzner/Scaleway/DO/Metal server IPs); from the spec they
  // are unknown, as in kOps's own expectations (tests/integration/update_cluster/gossip-hetzner and minimal_scaleway at
  // v1.36.0: the workers' nodeup configs list protokube).
  it('1.36+: gossip workers keep protokube while control-plane addresses are unknown', () => {
    const nlb = { name: 'minimal.k8s.local', k8s: 'v1.35.2', spec: ['  api:', '    loadBalancer:', '      type: Public', '      class: Network'] }
    expect(plan('1.36.0', nlb).filter((u) => u.includes('protokube'))).toHaveLength(1)
    const hetzner = { name: 'minimal.k8s.local', k8s: 'v1.35.2', cloud: 'hetzner' }
    expect(plan('1.36.0', hetzner).filter((u) => u.includes('protokube'))).toHaveLength(1)
    expect(plan('1.36.0', hetzner, { name: 'apiserver', role: 'APIServer' }).filter((u) => u.includes('protokube'))).toHaveLength(1)
    expect(plan('1.35.0', { ...hetzner, k8s: 'v1.34.1' }).filter((u) => u.includes('protokube'))).toHaveLength(1)
  })
})

describe('GCE', () => {
  const gce = (k8s: string): ClusterOpts => ({ name: 'minimal-gce.example.com', cloud: 'gce', k8s })

  it('v1.29.0-alpha.1: mounter, no credential provider yet', () => {
    expect(plan('1.29.0-alpha.1', gce('v1.29.0'))).toEqual([DL_CDN('1.29.0', 'amd64', 'kubelet'), DL_CDN('1.29.0', 'amd64', 'kubectl'), DL_CDN('1.29.0', 'amd64', 'mounter'), CNI_GCS('1.2.0', 'amd64'), CTRD('1.7.2', 'amd64'), RUNC('1.1.7', 'amd64')])
  })

  it('v1.29.2: the staging auth-provider-gcp build for Kubernetes 1.29+, without a mirror', () => {
    expect(plan('1.29.2', gce('v1.29.6'))).toEqual([
      DL_CDN('1.29.6', 'amd64', 'kubelet'),
      DL_CDN('1.29.6', 'amd64', 'kubectl'),
      DL_CDN('1.29.6', 'amd64', 'mounter'),
      GCP_STAGING('amd64'),
      CNI_GCS('1.2.0', 'amd64'),
      CTRD('1.7.16', 'amd64'),
      RUNC('1.1.12', 'amd64'),
      NERDCTL('amd64'),
      CRICTL('amd64'),
    ])
    expect(plan('1.29.2', gce('v1.28.9')).some((u) => u.includes('auth-provider-gcp'))).toBe(false)
  })

  it('v1.34.0: still the staging build', () => {
    expect(plan('1.34.0', gce('v1.32.4'), NODE, 'arm64')).toEqual([
      DL_CDN('1.32.4', 'arm64', 'kubelet'),
      DL_CDN('1.32.4', 'arm64', 'kubectl'),
      DL_CDN('1.32.4', 'arm64', 'mounter'),
      GCP_STAGING('arm64'),
      CNI_GCS_GH('1.6.1', 'arm64'),
      CTRD('2.1.4', 'arm64'),
      RUNC('1.3.0', 'arm64'),
    ])
  })

  it('v1.35.0: auth-provider-gcp v35.0.0 from artifacts.k8s.io', () => {
    expect(plan('1.35.0', gce('v1.32.4'))).toEqual([
      DL('1.32.4', 'amd64', 'kubelet'),
      DL('1.32.4', 'amd64', 'kubectl'),
      DL('1.32.4', 'amd64', 'mounter'),
      GCP_V35('amd64'),
      CNI_GH('1.6.2', 'amd64'),
      CTRD('2.1.6', 'amd64'),
      RUNC('1.3.4', 'amd64'),
    ])
  })

  it('v1.36.0: no mounter', () => {
    expect(plan('1.36.0', gce('v1.35.2'), CP)).toEqual([
      DL('1.35.2', 'amd64', 'kubelet'),
      DL('1.35.2', 'amd64', 'kubectl'),
      GCP_V35('amd64'),
      CNI_GH('1.6.2', 'amd64'),
      CTRD('2.2.4', 'amd64'),
      RUNC('1.3.5', 'amd64'),
      KOPS('1.36.0', 'amd64', 'protokube'),
    ])
  })

})

describe('spec.containerd.packages', () => {
  const pkg = (lines: string[]): ClusterOpts => ({ k8s: 'v1.30.2', spec: ['  containerd:', '    packages:', ...lines] })
  const CUSTOM_AMD = 'https://files.example.com/containerd/containerd-1.7.16-linux-amd64.tar.gz'
  const CUSTOM_ARM = 'https://files.example.com/containerd/containerd-1.7.16-linux-arm64.tar.gz'

  it('overrides only the arch whose URL and hash are both set', () => {
    const c = pkg([`      urlAmd64: ${CUSTOM_AMD}`, `      hashAmd64: ${H64}`])
    expect(plan('1.30.0', c, NODE, 'amd64')[4]).toBe(CUSTOM_AMD)
    expect(plan('1.30.0', c, NODE, 'arm64')[4]).toBe(CTRD('1.7.16', 'arm64'))
  })

  it('a URL without its hash (or a hash without its URL) leaves the version URL', () => {
    expect(plan('1.30.0', pkg([`      urlArm64: ${CUSTOM_ARM}`]), NODE, 'arm64')[4]).toBe(CTRD('1.7.16', 'arm64'))
    expect(plan('1.30.0', pkg([`      hashAmd64: ${H64}`]), NODE, 'amd64')[4]).toBe(CTRD('1.7.16', 'amd64'))
  })

  it('uses the package hash as given and adds no fallback', () => {
    const r = run({ release: '1.30.0', cluster: pkg([`      urlArm64: ${CUSTOM_ARM}`, `      hashArm64: ${H64}`]), ig: NODE, arch: 'arm64' })
    expect(r.assets[4]).toMatchObject({ component: 'containerd', urls: [CUSTOM_ARM], hash: H64 })
  })

  it('keeps the runc asset, decided by the (defaulted) containerd version', () => {
    const c = pkg([`      urlAmd64: ${BUNDLE('1.7.6')}`, `      hashAmd64: ${H64}`])
    expect(plan('1.30.0', c)).toEqual([
      DL_CDN('1.30.2', 'amd64', 'kubelet'),
      DL_CDN('1.30.2', 'amd64', 'kubectl'),
      ECR('1.27.1', 'amd64'),
      CNI_GCS('1.2.0', 'amd64'),
      BUNDLE('1.7.6'),
      RUNC('1.1.12', 'amd64'),
      NERDCTL('amd64'),
      CRICTL('amd64'),
    ])
  })

  // kubernetes/kops:pkg/nodemodel/wellknownassets/containerd.go@v1.30.0 (and buildFileAsset@v1.36.0) parses the package hash
  // with hashing.FromString: a value that is neither prefixed nor 32/40/64 characters long fails cloudup with
  // `unable to parse asset hash "deadbeef": cannot determine algorithm for hash length: 8` (validation only rejects > 64).
  it('rejects a package hash whose algorithm cannot be determined', () => {
    expect(rejection('1.30.0', pkg([`      urlAmd64: ${CUSTOM_AMD}`, '      hashAmd64: deadbeef']))).toBe('unable to parse asset hash "deadbeef": cannot determine algorithm for hash length: 8')
  })
})

describe('containerd and runc versions', () => {
  const pinned = (v: string, runc?: string, k8s = 'v1.30.2'): ClusterOpts => ({ k8s, spec: ['  containerd:', `    version: ${v}`, ...(runc ? ['    runc:', `      version: ${runc}`] : [])] })

  it('a pinned containerd.version leaves runc unset: `unable to find runc config` at every tag', () => {
    const cases: [string, string, string][] = [
      ['1.26.0', '1.6.18', 'v1.26.5'],
      ['1.28.1', '1.7.7', 'v1.28.3'],
      ['1.29.2', '1.7.16', 'v1.29.6'],
      ['1.30.0', '1.7.16', 'v1.30.2'],
      ['1.34.0', '2.1.4', 'v1.34.1'],
      ['1.36.0', '2.2.4', 'v1.35.2'],
      ['1.37.0-alpha.1', '2.2.4', 'v1.36.1'],
    ]
    for (const [release, v, k8s] of cases) expect(rejection(release, pinned(v, undefined, k8s))).toBe('unable to find runc config')
  })

  it('a pinned containerd with runc.version plans both', () => {
    expect(plan('1.30.0', pinned('1.7.20', '1.1.13')).slice(4, 6)).toEqual([CTRD('1.7.20', 'amd64'), RUNC('1.1.13', 'amd64')])
  })

  it('1.26–1.29: runc must be in kOps\'s table; 1.30+: any version', () => {
    expect(rejection('1.29.2', pinned('1.7.16', '1.1.13'))).toBe('unknown url and hash for runc version: amd64 - 1.1.13')
    expect(rejection('1.29.2', pinned('1.7.16', '1.1.13'), 'arm64')).toBe('unknown url and hash for runc version: arm64 - 1.1.13')
    expect(rejection('1.26.0', pinned('1.6.18', '1.1.5', 'v1.26.5'))).toBe('unknown url and hash for runc version: amd64 - 1.1.5')
    expect(plan('1.26.4', pinned('1.6.18', '1.1.5', 'v1.26.5'))[4]).toBe(RUNC('1.1.5', 'amd64'))
    expect(plan('1.30.0', pinned('1.7.16', '1.1.13'))[5]).toBe(RUNC('1.1.13', 'amd64'))
  })

  it('runc below 1.1.0 is refused once a version is accepted at all', () => {
    expect(rejection('1.30.0', pinned('1.7.16', '1.0.3'))).toBe('unsupported runc version: "1.0.3"')
    // Before 1.30 the table lookup comes first.
    expect(rejection('1.29.2', pinned('1.7.16', '1.0.3'))).toBe('unknown url and hash for runc version: amd64 - 1.0.3')
  })

  it('1.26 … 1.28.0-alpha.2: containerd versions outside kOps\'s table are refused', () => {
    expect(rejection('1.26.0', pinned('1.6.19', '1.1.4', 'v1.26.5'))).toBe('unknown url and hash for containerd version: amd64 - 1.6.19')
    expect(rejection('1.28.0-alpha.2', pinned('1.7.7', '1.1.7', 'v1.27.5'))).toBe('unknown url and hash for containerd version: amd64 - 1.7.7')
    expect(rejection('1.28.0-beta.1', pinned('1.7.7', '1.1.7', 'v1.27.5'))).toBeNull()
  })

  it('containerd 1.5.x: cri-containerd-cni on amd64, no runc asset before 1.36', () => {
    expect(plan('1.30.0', pinned('1.5.18'))).toEqual([DL_CDN('1.30.2', 'amd64', 'kubelet'), DL_CDN('1.30.2', 'amd64', 'kubectl'), ECR('1.27.1', 'amd64'), CNI_GCS('1.2.0', 'amd64'), BUNDLE('1.5.18'), NERDCTL('amd64'), CRICTL('amd64')])
    expect(plan('1.35.0', pinned('1.5.18', undefined, 'v1.34.1'))[4]).toBe(BUNDLE('1.5.18'))
  })

  it('containerd 1.5.x on arm64: `unknown url for containerd version` from 1.28.0-beta.1', () => {
    const cases: [string, string][] = [['1.28.0-beta.1', 'v1.27.5'], ['1.29.2', 'v1.29.6'], ['1.30.0', 'v1.30.2'], ['1.35.0', 'v1.34.1'], ['1.37.0-alpha.1', 'v1.36.1']]
    for (const [release, k8s] of cases) expect(rejection(release, pinned('1.5.18', '1.3.5', k8s), 'arm64')).toBe('unknown url for containerd version: arm64 - 1.5.18')
  })

  it('containerd below 1.4.0 is a legacy version from 1.28.0-beta.1', () => {
    expect(rejection('1.30.0', pinned('1.3.10'))).toBe('unsupported legacy containerd version: "1.3.10"')
  })

  it('1.36+: runc is always needed, even for containerd 1.5.x', () => {
    expect(rejection('1.36.0', pinned('1.5.18', undefined, 'v1.35.2'))).toBe('unable to find runc config')
    expect(plan('1.36.0', pinned('1.5.18', '1.3.5', 'v1.35.2')).slice(4)).toEqual([BUNDLE('1.5.18'), RUNC('1.3.5', 'amd64')])
  })

  it('1.26: arm64 below 1.6 uses a Docker static tarball (the 1.4.13 mapping when the version has none)', () => {
    expect(plan('1.26.0', pinned('1.5.14', undefined, 'v1.26.5'), NODE, 'arm64')[3]).toBe('https://download.docker.com/linux/static/stable/aarch64/docker-20.10.13.tgz')
    expect(plan('1.26.0', pinned('1.4.12', undefined, 'v1.26.5'), NODE, 'arm64')[3]).toBe('https://download.docker.com/linux/static/stable/aarch64/docker-20.10.11.tgz')
    expect(plan('1.26.0', pinned('1.5.14', undefined, 'v1.26.5'), NODE, 'amd64')[3]).toBe(BUNDLE('1.5.14'))
    expect(rejection('1.26.0', pinned('1.5.18', undefined, 'v1.26.5'), 'arm64')).toBe('unknown url and hash for containerd version: arm64 - 1.5.18')
  })

  it('1.26: a version only in the Docker mapping (1.3.7 → 19.03.13) comes from the Docker tarball on both arches', () => {
    expect(plan('1.26.0', pinned('1.3.7', undefined, 'v1.26.5'))[3]).toBe('https://download.docker.com/linux/static/stable/x86_64/docker-19.03.13.tgz')
    expect(plan('1.26.0', pinned('1.3.7', undefined, 'v1.26.5'), NODE, 'arm64')[3]).toBe('https://download.docker.com/linux/static/stable/aarch64/docker-19.03.13.tgz')
  })

  it('1.26: amd64 versions from 1.3.4 to 1.3.7 in the table use the legacy GCS bundle', () => {
    expect(plan('1.26.0', pinned('1.3.4', undefined, 'v1.26.5'))[3]).toBe('https://storage.googleapis.com/cri-containerd-release/cri-containerd-1.3.4.linux-amd64.tar.gz')
  })

  it('1.26: arm64 1.6.x must also be in the arm64 hash table', () => {
    // 1.6.18 is in both tables at 1.26.0; 1.6.21 is in neither.
    expect(plan('1.26.0', pinned('1.6.18', '1.1.4', 'v1.26.5'), NODE, 'arm64')[3]).toBe(CTRD('1.6.18', 'arm64'))
    expect(rejection('1.26.0', pinned('1.6.21', '1.1.4', 'v1.26.5'), 'arm64')).toBe('unknown url and hash for containerd version: arm64 - 1.6.21')
  })

  // kubernetes/kops:pkg/nodemodel/wellknownassets/containerd.go@v1.30.0 formats the URL with the version string as written
  // (semver.ParseTolerant is used only for the comparisons; pkg/model/components/containerd.go never normalises it), so
  // `v1.7.20` gives .../download/vv1.7.20/containerd-v1.7.20-linux-amd64.tar.gz, for which pkg/assets/builder.go findHash
  // finds neither an embedded hash nor a .sha256/.sha256sum file.
  it('containerd.version with a leading v: kOps builds a vv… URL and cannot find its hash', () => {
    expect(rejection('1.30.0', pinned('v1.7.20', '1.1.13'))).toBe(
      'cannot determine hash for "https://github.com/containerd/containerd/releases/download/vv1.7.20/containerd-v1.7.20-linux-amd64.tar.gz" (have you specified a valid file location?)',
    )
  })

  // kubernetes/kops:upup/pkg/fi/cloudup/runc.go@v1.29.2 looks the version up as written in its hash table.
  it('1.29: a runc.version with a leading v is not in kOps\'s table', () => {
    expect(rejection('1.29.2', pinned('1.7.16', 'v1.1.12'))).toBe('unknown url and hash for runc version: amd64 - v1.1.12')
  })

  it('a runc.version without containerd.version is replaced by the default pair', () => {
    expect(plan('1.30.0', { k8s: 'v1.30.2', spec: ['  containerd:', '    runc:', '      version: 1.1.13'] }).slice(4, 6)).toEqual([CTRD('1.7.16', 'amd64'), RUNC('1.1.12', 'amd64')])
  })

  it('runc.packages overrides the runc URL per arch', () => {
    const c: ClusterOpts = { k8s: 'v1.30.2', spec: ['  containerd:', '    version: 1.7.16', '    runc:', '      version: 1.1.12', '      packages:', '        urlAmd64: https://files.example.com/runc.amd64', `        hashAmd64: ${H64}`] }
    expect(plan('1.30.0', c)[5]).toBe('https://files.example.com/runc.amd64')
    expect(plan('1.30.0', c, NODE, 'arm64')[5]).toBe(RUNC('1.1.12', 'arm64'))
  })
})

describe('containerd.skipInstall in cloudup', () => {
  const skip = (k8s: string): ClusterOpts => ({ k8s, spec: ['  containerd:', '    skipInstall: true'] })
  const has = (list: string[], what: string) => list.some((u) => u.includes(what))

  it('ignored by 1.26.x, 1.27.0-alpha.1 … beta.3 and 1.28.0-alpha.1', () => {
    for (const [release, k8s] of [['1.26.0', 'v1.26.5'], ['1.26.6', 'v1.26.5'], ['1.27.0-beta.3', 'v1.27.5'], ['1.28.0-alpha.1', 'v1.27.5']]) {
      const l = plan(release, skip(k8s))
      expect(has(l, '/containerd-')).toBe(true)
      expect(has(l, '/runc.')).toBe(true)
    }
  })

  it('honoured from 1.27.0 and 1.28.0-alpha.2', () => {
    expect(plan('1.27.0', skip('v1.27.5'))).toEqual([DL('1.27.5', 'amd64', 'kubelet'), DL('1.27.5', 'amd64', 'kubectl'), ECR('1.27.1', 'amd64'), CNI_GCS('1.2.0', 'amd64')])
    expect(has(plan('1.28.0-alpha.2', skip('v1.27.5')), '/containerd-')).toBe(false)
  })

  it('1.29.0-beta.1 … 1.34.0-alpha.1: crictl stays (it is outside the block), nerdctl goes', () => {
    for (const release of ['1.29.2', '1.33.2', '1.34.0-alpha.1']) {
      const l = plan(release, skip('v1.30.2'))
      expect(l.slice(-1)).toEqual([CRICTL('amd64')])
      expect(has(l, 'nerdctl') || has(l, '/runc.') || has(l, '/containerd-')).toBe(false)
    }
  })

  it('1.34.0-beta.1+: nothing of the block, not even an opted-in crictl', () => {
    const c: ClusterOpts = { k8s: 'v1.34.1', spec: ['  containerd:', '    skipInstall: true', '    installCriCtl: true', '    installNerdCtl: true'] }
    expect(plan('1.34.0', c)).toEqual([DL_CDN('1.34.1', 'amd64', 'kubelet'), DL_CDN('1.34.1', 'amd64', 'kubectl'), ECR('1.31.7', 'amd64'), CNI_GCS_GH('1.6.1', 'amd64')])
  })

  it('an instance group\'s skipInstall does not change the download list (cloudup reads the cluster spec)', () => {
    const l = urls(run({ release: '1.30.0', cluster: { k8s: 'v1.30.2' }, ig: { ...NODE, spec: ['  containerd:', '    skipInstall: true'] } }))
    expect(has(l, '/containerd-')).toBe(true)
  })
})

describe('crictl and nerdctl gating', () => {
  const opt = (lines: string[]): ClusterOpts => ({ k8s: 'v1.30.2', spec: ['  containerd:', ...lines] })
  const tools = (l: string[]) => l.filter((u) => u.includes('nerdctl') || u.includes('crictl'))

  it('none before 1.29.0-beta.1', () => {
    expect(tools(plan('1.29.0-alpha.3', { k8s: 'v1.28.9' }))).toEqual([])
  })

  it('1.29.0-beta.1 … 1.34.0-alpha.1: always', () => {
    for (const release of ['1.29.0-beta.1', '1.31.0', '1.34.0-alpha.1']) expect(tools(plan(release, { k8s: 'v1.30.2' }))).toEqual([NERDCTL('amd64'), CRICTL('amd64')])
  })

  it('1.34.0-beta.1+: each only when opted in, after runc', () => {
    expect(tools(plan('1.34.0-beta.1', { k8s: 'v1.30.2' }))).toEqual([])
    expect(plan('1.34.0', opt(['    installCriCtl: true'])).slice(-2)).toEqual([RUNC('1.3.0', 'amd64'), CRICTL('amd64')])
    expect(plan('1.36.0', { ...opt(['    installNerdCtl: true', '    installCriCtl: true']), k8s: 'v1.35.2' }).slice(-3)).toEqual([RUNC('1.3.5', 'amd64'), NERDCTL('amd64'), CRICTL('amd64')])
  })
})

describe('CNI plugins per networking', () => {
  const net = (cni: string, k8s = 'v1.31.9'): ClusterOpts => ({ k8s, spec: ['  networking:', `    ${cni}: {}`] })
  const hasCni = (l: string[]) => l.some((u) => u.includes('cni-plugins'))

  it('up to 1.31: every CNI gets the plugins tarball', () => {
    for (const cni of ['calico', 'cilium', 'amazonvpc', 'flannel']) expect(hasCni(plan('1.31.0', net(cni)))).toBe(true)
  })

  it('1.32.0-beta.1+: none for calico, cilium and amazonvpc', () => {
    for (const release of ['1.32.0-beta.1', '1.34.0', '1.37.0-alpha.1']) {
      for (const cni of ['calico', 'cilium', 'amazonvpc']) expect(hasCni(plan(release, net(cni, 'v1.32.4')))).toBe(false)
      for (const cni of ['flannel', 'canal', 'kindnet', 'cni']) expect(hasCni(plan(release, net(cni, 'v1.32.4')))).toBe(true)
    }
  })

  it('1.32.0: GCS with the GitHub fallback; 1.32.3: GitHub only', () => {
    expect(plan('1.32.0', net('cni', 'v1.32.4'))[3]).toBe(CNI_GCS_GH('1.6.1', 'amd64'))
    expect(plan('1.32.3', net('cni', 'v1.32.4'))[3]).toBe(CNI_GH('1.6.2', 'amd64'))
  })
})

describe('mirrors per tag', () => {
  const kubelet = (release: string, k8s = 'v1.27.5') => plan(release, { k8s })[0]

  it('cdn.dl.k8s.io from 1.28.0-beta.1, dropped in 1.32.3, 1.33.2, 1.34.2 and 1.35.0', () => {
    expect(kubelet('1.28.0-alpha.2')).toBe(DL('1.27.5', 'amd64', 'kubelet'))
    expect(kubelet('1.28.0-beta.1')).toBe(DL_CDN('1.27.5', 'amd64', 'kubelet'))
    expect(kubelet('1.32.2', 'v1.31.9')).toBe(DL_CDN('1.31.9', 'amd64', 'kubelet'))
    expect(kubelet('1.32.3', 'v1.31.9')).toBe(DL('1.31.9', 'amd64', 'kubelet'))
    expect(kubelet('1.33.1', 'v1.31.9')).toBe(DL_CDN('1.31.9', 'amd64', 'kubelet'))
    expect(kubelet('1.33.2', 'v1.31.9')).toBe(DL('1.31.9', 'amd64', 'kubelet'))
    expect(kubelet('1.34.1', 'v1.31.9')).toBe(DL_CDN('1.31.9', 'amd64', 'kubelet'))
    expect(kubelet('1.34.2', 'v1.31.9')).toBe(DL('1.31.9', 'amd64', 'kubelet'))
    expect(kubelet('1.35.0-beta.1', 'v1.31.9')).toBe(DL_CDN('1.31.9', 'amd64', 'kubelet'))
    expect(kubelet('1.35.0', 'v1.31.9')).toBe(DL('1.31.9', 'amd64', 'kubelet'))
  })

  it('the kOps binaries always get their GitHub release fallback, named with the version as pinned', () => {
    expect(plan('1.30.0', { k8s: 'v1.30.2' }, CP, 'amd64', '1.30.0').slice(-2)).toEqual([KOPS('1.30.0', 'amd64', 'protokube'), KOPS('1.30.0', 'amd64', 'channels')])
  })
})

describe('spec.kubernetesVersion given as a URL', () => {
  it('is used as the base of kubelet and kubectl, with no cdn fallback', () => {
    const base = 'https://k8s.example.com/builds/v1.30.2'
    const r = run({ release: '1.30.0', cluster: { k8s: base + '/' }, ig: NODE, k8sVersion: '1.30.2' })
    expect(urls(r).slice(0, 2)).toEqual([`${base}/bin/linux/amd64/kubelet`, `${base}/bin/linux/amd64/kubectl`])
  })
})

describe('spec.assets.fileRepository', () => {
  const repo = (r: string, k8s = 'v1.28.3'): ClusterOpts => ({ k8s, spec: ['  assets:', `    fileRepository: ${r}`] })

  it('rewrites every asset to <repo path>/<canonical path> and drops the mirrors', () => {
    expect(plan('1.28.1', repo('https://artifacts.example.com/kops-files'), CP)).toEqual([
      'https://artifacts.example.com/kops-files/release/v1.28.3/bin/linux/amd64/kubelet',
      'https://artifacts.example.com/kops-files/release/v1.28.3/bin/linux/amd64/kubectl',
      'https://artifacts.example.com/kops-files/binaries/cloud-provider-aws/v1.27.1/linux/amd64/ecr-credential-provider-linux-amd64',
      'https://artifacts.example.com/kops-files/k8s-artifacts-cni/release/v1.2.0/cni-plugins-linux-amd64-v1.2.0.tgz',
      'https://artifacts.example.com/kops-files/containerd/containerd/releases/download/v1.7.7/containerd-1.7.7-linux-amd64.tar.gz',
      'https://artifacts.example.com/kops-files/opencontainers/runc/releases/download/v1.1.9/runc.amd64',
      'https://artifacts.example.com/kops-files/binaries/kops/1.28.1/linux/amd64/protokube',
      'https://artifacts.example.com/kops-files/binaries/kops/1.28.1/linux/amd64/channels',
    ])
  })

  it('cleans the joined path (trailing and doubled slashes)', () => {
    expect(plan('1.28.1', repo('https://artifacts.example.com/kops-files/'))[0]).toBe('https://artifacts.example.com/kops-files/release/v1.28.3/bin/linux/amd64/kubelet')
    expect(plan('1.28.1', repo('https://artifacts.example.com'))[0]).toBe('https://artifacts.example.com/release/v1.28.3/bin/linux/amd64/kubelet')
  })

  it('rewrites package URLs too', () => {
    const c: ClusterOpts = { k8s: 'v1.30.2', spec: ['  assets:', '    fileRepository: https://repo.example.com/files', '  containerd:', '    packages:', '      urlAmd64: https://files.example.com/x/cri-containerd-cni-1.7.6-linux-amd64.tar.gz', `      hashAmd64: ${H64}`] }
    expect(plan('1.30.0', c)[4]).toBe('https://repo.example.com/files/x/cri-containerd-cni-1.7.6-linux-amd64.tar.gz')
  })

  it('from 1.29.0-alpha.3 an asset already on the repository host is left alone', () => {
    const gh = repo('https://github.com/my-org/mirror', 'v1.28.9')
    const before = plan('1.29.0-alpha.2', gh)
    const after = plan('1.29.0-alpha.3', gh)
    expect(before[0]).toBe('https://github.com/my-org/mirror/release/v1.28.9/bin/linux/amd64/kubelet')
    expect(after[0]).toBe('https://github.com/my-org/mirror/release/v1.28.9/bin/linux/amd64/kubelet')
    expect(before.find((u) => u.includes('containerd-'))).toBe('https://github.com/my-org/mirror/containerd/containerd/releases/download/v1.7.7/containerd-1.7.7-linux-amd64.tar.gz')
    expect(after.find((u) => u.includes('containerd-'))).toBe(CTRD('1.7.7', 'amd64'))
    expect(after.find((u) => u.includes('runc.'))).toBe(RUNC('1.1.9', 'amd64'))
  })

  // kubernetes/kops:pkg/assets/builder.go@v1.30.0 remapURL: `fileRepo.Path = path.Join(fileRepo.Path, canonicalURL.Path)` and
  // returns fileRepo, so the repository URL's user info and query survive into the download URL.
  it('keeps user info and query of the repository URL', () => {
    expect(plan('1.30.0', repo('https://user:secret@repo.example.com/files?token=abc', 'v1.30.2'))[0]).toBe('https://user:secret@repo.example.com/files/release/v1.30.2/bin/linux/amd64/kubelet?token=abc')
  })
})

describe('credential provider locations (v1alpha3 spec.cloudProvider.<cloud>.binariesLocation)', () => {
  const located = (cloud: 'aws' | 'gce', loc: string): ClusterOpts => ({
    apiVersion: 'kops.k8s.io/v1alpha3',
    cloud: null,
    k8s: 'v1.34.1',
    spec: ['  cloudProvider:', `    ${cloud}:`, `      binariesLocation: ${loc}`],
  })

  it('replaces the ECR provider base', () => {
    expect(plan('1.35.0', located('aws', 'https://mirror.example.com/cloud-provider-aws/v1.31.7'))[2]).toBe('https://mirror.example.com/cloud-provider-aws/v1.31.7/linux/amd64/ecr-credential-provider-linux-amd64')
  })

  it('replaces the GCP provider base (1.35.0-beta.1 layout)', () => {
    expect(plan('1.35.0', located('gce', 'https://mirror.example.com/cloud-provider-gcp'))[3]).toBe('https://mirror.example.com/cloud-provider-gcp/auth-provider-gcp/linux/amd64/auth-provider-gcp')
  })

  // kubernetes/kops:pkg/nodemodel/fileassets.go@v1.35.0 formats `%s/linux/%s/ecr-credential-provider-linux-%s` with the
  // binariesLocation as written (no trimming), so a trailing slash gives a doubled slash in the download URL.
  it('uses binariesLocation verbatim, trailing slash included', () => {
    expect(plan('1.35.0', located('aws', 'https://mirror.example.com/cloud-provider-aws/v1.31.7/'))[2]).toBe('https://mirror.example.com/cloud-provider-aws/v1.31.7//linux/amd64/ecr-credential-provider-linux-amd64')
  })

  it('no credential provider on clouds other than AWS and GCE', () => {
    expect(plan('1.35.0', { k8s: 'v1.34.1', cloud: 'digitalocean' }).some((u) => u.includes('credential') || u.includes('auth-provider'))).toBe(false)
  })

  it('ECR only for Kubernetes 1.27+, and only from 1.27.0-alpha.2', () => {
    expect(plan('1.27.0', { k8s: 'v1.26.9' }).some((u) => u.includes('ecr-credential-provider'))).toBe(false)
    expect(plan('1.27.0-alpha.1', { k8s: 'v1.27.0' }).some((u) => u.includes('ecr-credential-provider'))).toBe(false)
    expect(plan('1.27.0-alpha.2', { k8s: 'v1.27.0' }).some((u) => u.includes('ecr-credential-provider'))).toBe(true)
  })
})

describe('legacy Docker runtime (1.26–1.28)', () => {
  it('plans the Docker static tarball and no runc', () => {
    expect(plan('1.26.0', { k8s: 'v1.23.17', spec: ['  containerRuntime: docker'] })).toEqual([
      GCS_K8S('1.23.17', 'amd64', 'kubelet'),
      GCS_K8S('1.23.17', 'amd64', 'kubectl'),
      CNI_GCS('0.9.1', 'amd64'),
      'https://download.docker.com/linux/static/stable/x86_64/docker-20.10.17.tgz',
    ])
  })
})

// upup/pkg/fi/cloudup/docker.go@v1.26.0 findDockerAsset: spec.docker.packages wins per arch when URL and hash are set
// (tests/integration/update_cluster/docker-custom at v1.26.0 … v1.28.7).
describe('Docker runtime packages (1.26 … 1.28)', () => {
  it('uses spec.docker.packages per arch', () => {
    const spec = ['  containerRuntime: docker', '  docker:', '    packages:', '      urlAmd64: https://download.docker.com/linux/static/stable/x86_64/docker-20.10.1.tgz', `      hashAmd64: ${'0'.repeat(63)}a`]
    const c = { k8s: 'v1.23.17', spec }
    expect(plan('1.26.0', c, NODE, 'amd64').find((u) => u.includes('docker-'))).toBe('https://download.docker.com/linux/static/stable/x86_64/docker-20.10.1.tgz')
    expect(plan('1.26.0', c, NODE, 'arm64').find((u) => u.includes('docker-'))).toBe('https://download.docker.com/linux/static/stable/aarch64/docker-20.10.17.tgz')
  })
})

// upup/pkg/fi/cloudup/docker.go@v1.26.0 findDockerVersionUrl: `-ce` tarballs below 18.09.0, arm64 below 17.09.0 falls
// back to 17.09.0, < 17.3.0 is refused, and a version outside kOps's hash table is `unknown hash for Docker version`.
describe('Docker runtime versions (1.26 … 1.28)', () => {
  const docker = (version: string) => ({ k8s: 'v1.23.17', spec: ['  containerRuntime: docker', '  docker:', `    version: ${version}`] })
  it('names legacy tarballs as kOps does', () => {
    expect(plan('1.26.0', docker('18.06.3'), NODE, 'amd64').find((u) => u.includes('docker-'))).toBe('https://download.docker.com/linux/static/stable/x86_64/docker-18.06.3-ce.tgz')
    expect(plan('1.26.0', docker('17.03.2'), NODE, 'arm64').find((u) => u.includes('docker-'))).toBe('https://download.docker.com/linux/static/stable/aarch64/docker-17.09.0-ce.tgz')
    expect(plan('1.26.0', docker('20.10.17'), NODE, 'arm64').find((u) => u.includes('docker-'))).toBe('https://download.docker.com/linux/static/stable/aarch64/docker-20.10.17.tgz')
  })
  it('refuses versions kOps does not know', () => {
    expect(rejection('1.26.0', docker('17.2.0'))).toBe('unsupported legacy Docker version: "17.2.0"')
    expect(rejection('1.26.0', docker('20.10.99'))).toBe('unknown hash for Docker version: amd64 - 20.10.99')
  })
})
