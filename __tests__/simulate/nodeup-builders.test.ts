// Each nodeup builder that reads the asset store, per kOps tag range, run over hand-filled stores.
// Sources (kubernetes/kops):
//   nodeup/pkg/model/crictl.go      @v1.29.0-beta.1 (Find, error), @v1.30.0-alpha.1 (FindMatches ^crictl$, warnings),
//                                   @v1.34.0-beta.1 (skip when skipInstall && !installCriCtl)
//   nodeup/pkg/model/nerdctl.go     @v1.29.0-beta.1 (skipInstall, Find, error), @v1.30.0-alpha.1 (Find, warning),
//                                   @v1.34.0-beta.1 (skipInstall && !installNerdCtl, FindMatches ^nerdctl$)
//   nodeup/pkg/model/containerd.go  @v1.26.0 (lookups only for containerRuntime containerd), @v1.29.0-alpha.1 (always)
//   nodeup/pkg/model/protokube.go   @v1.26.0 / @v1.35.0 (IsMaster || gossip, protokube$ + channels$), @v1.36.0 (gossip only)
//   nodeup/pkg/model/kubelet.go     @v1.29.0-alpha.1 (`error trying to locate asset`), @v1.29.0-alpha.2 (`trying to locate asset`)
//   nodeup/pkg/model/kubectl.go     @v1.26.0 … @v1.37.0-alpha.1 (HasAPIServer only)
//   nodeup/pkg/model/networking/common.go + context.go AddCNIBinAssets
//                                   @v1.26.0 (FindMatch per name), @v1.27.0-beta.1 (FindMatches .*), @v1.32.0-beta.1 (InstallCNIAssets)
//   upup/pkg/fi/nodeup/loader.go    `building %s: %v`; command.go `error building loader: %v`
import { describe, expect, it } from '@jest/globals'
import { KopsError } from '../../src/simulate/asset-store.js'
import { buildersFor, loaderError } from '../../src/simulate/nodeup/command.js'
import { ContainerdBuilder } from '../../src/simulate/nodeup/containerd.js'
import type { NodeupBuilder, NodeupContext } from '../../src/simulate/nodeup/context.js'
import { CrictlBuilder } from '../../src/simulate/nodeup/crictl.js'
import { DockerBuilder } from '../../src/simulate/nodeup/docker.js'
import { KubectlBuilder } from '../../src/simulate/nodeup/kubectl.js'
import { KubeletBuilder } from '../../src/simulate/nodeup/kubelet.js'
import { NerdctlBuilder } from '../../src/simulate/nodeup/nerdctl.js'
import { CommonBuilder } from '../../src/simulate/nodeup/networking/common.js'
import { ProtokubeBuilder } from '../../src/simulate/nodeup/protokube.js'
import { asset, nodeupContext, storeOf, type ClusterOpts, type IgOpts } from './fixtures.js'

const CRICTL = asset('https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-amd64.tar.gz')
const NERDCTL = asset('https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-amd64.tar.gz')
const BUNDLE = asset('https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz')
const CONTAINERD = asset('https://github.com/containerd/containerd/releases/download/v1.7.16/containerd-1.7.16-linux-amd64.tar.gz')
const RUNC = asset('https://github.com/opencontainers/runc/releases/download/v1.1.12/runc.amd64')
const RUNC_ARM = asset('https://github.com/opencontainers/runc/releases/download/v1.1.12/runc.arm64')
const DOCKER = asset('https://download.docker.com/linux/static/stable/x86_64/docker-20.10.13.tgz')
const KUBELET = asset('https://dl.k8s.io/release/v1.29.2/bin/linux/amd64/kubelet')
const KUBECTL = asset('https://dl.k8s.io/release/v1.29.2/bin/linux/amd64/kubectl')
const CNI_091 = asset('https://storage.googleapis.com/k8s-artifacts-cni/release/v0.9.1/cni-plugins-linux-amd64-v0.9.1.tgz')
const CNI_120 = asset('https://storage.googleapis.com/k8s-artifacts-cni/release/v1.2.0/cni-plugins-linux-amd64-v1.2.0.tgz')
const PROTOKUBE = asset('https://artifacts.k8s.io/binaries/kops/1.35.0/linux/amd64/protokube', 'https://github.com/kubernetes/kops/releases/download/v1.35.0/protokube-linux-amd64')
const CHANNELS = asset('https://artifacts.k8s.io/binaries/kops/1.35.0/linux/amd64/channels', 'https://github.com/kubernetes/kops/releases/download/v1.35.0/channels-linux-amd64')
const ECR = asset('https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.27.1/linux/amd64/ecr-credential-provider-linux-amd64')
const GCP_STAGING = asset('https://storage.googleapis.com/k8s-staging-cloud-provider-gcp/auth-provider-gcp/linux-amd64/v20231005-providersv0.27.1-65-g8fbe8d27')
const GCP = asset('https://artifacts.k8s.io/binaries/cloud-provider-gcp/v35.0.0/auth-provider-gcp/linux/amd64/auth-provider-gcp')
const MOUNTER = asset('https://dl.k8s.io/release/v1.32.0/bin/linux/amd64/mounter')

const FLATCAR = '075585003325/Flatcar-stable-3815.2.0-hvm'
const COS = 'cos-cloud/cos-stable-109-17800-66-32'
const SKIP = ['  containerd:', '    skipInstall: true']

interface Outcome {
  error: string | null
  warnings: string[]
  files: Record<string, string>
}

function build(builder: NodeupBuilder, o: { release: string; assets?: ReturnType<typeof asset>[]; cluster?: ClusterOpts; ig?: IgOpts; credentialProvider?: string | null; installCniAssets?: boolean }): Outcome {
  const ctx: NodeupContext = nodeupContext({ release: o.release, store: storeOf(...(o.assets ?? [])), cluster: o.cluster, ig: o.ig, credentialProvider: o.credentialProvider, installCniAssets: o.installCniAssets })
  let error: string | null = null
  try {
    builder.build(ctx)
  } catch (e) {
    if (!(e instanceof KopsError)) throw e
    error = loaderError(builder, e.message)
  }
  return { error, warnings: [...ctx.warnings], files: Object.fromEntries(ctx.files.map((f) => [f.path, f.entry.assetPath])) }
}

describe('loader order (upup/pkg/fi/nodeup/command.go)', () => {
  const names = (r: string) => buildersFor(r).map((b) => b.goType)
  it('1.26.x–1.28.x: Containerd, Docker, Protokube, Kubelet, Kubectl, networking.Common', () => {
    for (const r of ['1.26.0', '1.27.3', '1.28.7', '1.29.0-alpha.0'])
      expect(names(r)).toEqual(['*model.ContainerdBuilder', '*model.DockerBuilder', '*model.ProtokubeBuilder', '*model.KubeletBuilder', '*model.KubectlBuilder', '*networking.CommonBuilder'])
  })
  it('1.29.0-alpha.1 drops DockerBuilder', () => {
    expect(names('1.29.0-alpha.1')).toEqual(['*model.ContainerdBuilder', '*model.ProtokubeBuilder', '*model.KubeletBuilder', '*model.KubectlBuilder', '*networking.CommonBuilder'])
  })
  it('1.29.0-beta.1 adds Nerdctl then Crictl before networking.Common', () => {
    for (const r of ['1.29.0-beta.1', '1.30.0', '1.36.0', '1.37.0-alpha.1'])
      expect(names(r)).toEqual(['*model.ContainerdBuilder', '*model.ProtokubeBuilder', '*model.KubeletBuilder', '*model.KubectlBuilder', '*model.NerdctlBuilder', '*model.CrictlBuilder', '*networking.CommonBuilder'])
  })
})

describe('CrictlBuilder', () => {
  const MULTIPLE = 'error building loader: building *model.CrictlBuilder: unable to locate asset "crictl": found multiple matching assets for key: "crictl"'

  it('1.29.0-beta.1 … 1.29.2: a bundle crictl next to the crictl tarball is fatal (kubernetes/kops#16425)', () => {
    for (const release of ['1.29.0-beta.1', '1.29.0', '1.29.1', '1.29.2']) expect(build(CrictlBuilder, { release, assets: [BUNDLE, CRICTL] }).error).toBe(MULTIPLE)
  })

  it('1.29.x: no distribution and no skipInstall escape the lookup', () => {
    expect(build(CrictlBuilder, { release: '1.29.2', assets: [BUNDLE, CRICTL], ig: { image: FLATCAR } }).error).toBe(MULTIPLE)
    expect(build(CrictlBuilder, { release: '1.29.2', assets: [BUNDLE, CRICTL], cluster: { spec: SKIP } }).error).toBe(MULTIPLE)
  })

  it('1.29.x: one crictl installs it; none adds no file and no error', () => {
    expect(build(CrictlBuilder, { release: '1.29.2', assets: [CRICTL] })).toEqual({ error: null, warnings: [], files: { '/usr/local/bin/crictl': 'crictl' } })
    expect(build(CrictlBuilder, { release: '1.29.2', assets: [KUBELET] })).toEqual({ error: null, warnings: [], files: {} })
  })

  it('1.30.0-alpha.1 … 1.34.0-alpha.1: only an archive-root crictl counts, so the bundle no longer collides', () => {
    for (const release of ['1.30.0-alpha.1', '1.30.0', '1.33.2', '1.34.0-alpha.1'])
      expect(build(CrictlBuilder, { release, assets: [BUNDLE, CRICTL] })).toEqual({ error: null, warnings: [], files: { '/usr/local/bin/crictl': 'crictl' } })
  })

  it('1.30+: no archive-root crictl is only a warning', () => {
    expect(build(CrictlBuilder, { release: '1.30.0', assets: [BUNDLE] })).toEqual({ error: null, warnings: ['unable to find any crictl binaries in assets'], files: {} })
  })

  it('1.30+: two crictl tarballs share one Key, so the later wins and "multiple" is never reached', () => {
    const other = asset('https://mirror.example.com/crictl-v1.29.0-linux-amd64.tar.gz')
    const r = build(CrictlBuilder, { release: '1.30.0', assets: [CRICTL, other] })
    expect(r.warnings).toEqual([])
    expect(Object.keys(r.files)).toEqual(['/usr/local/bin/crictl'])
  })

  it('1.34.0-alpha.1 has no skip rule: skipInstall still installs crictl', () => {
    expect(build(CrictlBuilder, { release: '1.34.0-alpha.1', assets: [CRICTL], cluster: { spec: SKIP } }).files).toEqual({ '/usr/local/bin/crictl': 'crictl' })
  })

  it('1.34.0-beta.1+: skipped without a word when skipInstall and not installCriCtl', () => {
    for (const release of ['1.34.0-beta.1', '1.34.0', '1.36.0']) expect(build(CrictlBuilder, { release, assets: [CRICTL], cluster: { spec: SKIP } })).toEqual({ error: null, warnings: [], files: {} })
  })

  it('1.34.0-beta.1+: installCriCtl overrides skipInstall; without the asset it warns', () => {
    expect(build(CrictlBuilder, { release: '1.34.0', assets: [CRICTL], cluster: { spec: [...SKIP, '    installCriCtl: true'] } }).files).toEqual({ '/usr/local/bin/crictl': 'crictl' })
    expect(build(CrictlBuilder, { release: '1.34.0', assets: [CONTAINERD] }).warnings).toEqual(['unable to find any crictl binaries in assets'])
  })

  it('installs into the distribution tool directory', () => {
    expect(Object.keys(build(CrictlBuilder, { release: '1.30.0', assets: [CRICTL], ig: { image: FLATCAR } }).files)).toEqual(['/opt/kops/bin/crictl'])
    expect(Object.keys(build(CrictlBuilder, { release: '1.30.0', assets: [CRICTL], ig: { image: COS } }).files)).toEqual(['/home/kubernetes/bin/crictl'])
  })
})

describe('NerdctlBuilder', () => {
  // A plain file whose base name is `nerdctl` (e.g. a custom package) next to the nerdctl tarball gives Find("nerdctl") two entries.
  const PLAIN_NERDCTL = asset('https://files.example.com/tools/nerdctl')
  const TEXT = 'unable to locate asset "nerdctl": found multiple matching assets for key: "nerdctl"'

  it('1.29.x: two nerdctl entries are fatal', () => {
    expect(build(NerdctlBuilder, { release: '1.29.2', assets: [NERDCTL, PLAIN_NERDCTL] }).error).toBe(`error building loader: building *model.NerdctlBuilder: ${TEXT}`)
  })

  it('1.29.x: skipped with skipInstall, installed otherwise', () => {
    expect(build(NerdctlBuilder, { release: '1.29.2', assets: [NERDCTL, PLAIN_NERDCTL], cluster: { spec: SKIP } })).toEqual({ error: null, warnings: [], files: {} })
    expect(build(NerdctlBuilder, { release: '1.29.0-beta.1', assets: [NERDCTL] }).files).toEqual({ '/usr/local/bin/nerdctl': 'nerdctl' })
  })

  it('1.30.0-alpha.1 … 1.34.0-alpha.1: the same lookup failure is only a warning', () => {
    for (const release of ['1.30.0-alpha.1', '1.31.0', '1.33.2', '1.34.0-alpha.1'])
      expect(build(NerdctlBuilder, { release, assets: [NERDCTL, PLAIN_NERDCTL] })).toEqual({ error: null, warnings: [TEXT], files: {} })
  })

  it('1.30–1.33: nothing found adds no file and no warning (Find returns nil)', () => {
    expect(build(NerdctlBuilder, { release: '1.33.0', assets: [KUBELET] })).toEqual({ error: null, warnings: [], files: {} })
  })

  it('1.34.0-beta.1+: matches ^nerdctl$ on AssetPath, so only the archive-root file counts', () => {
    expect(build(NerdctlBuilder, { release: '1.34.0', assets: [NERDCTL, PLAIN_NERDCTL] })).toEqual({ error: null, warnings: [], files: { '/usr/local/bin/nerdctl': 'nerdctl' } })
  })

  it('1.34.0-beta.1+: no nerdctl is a warning; skipInstall without installNerdCtl skips quietly', () => {
    expect(build(NerdctlBuilder, { release: '1.34.0-beta.1', assets: [CONTAINERD] })).toEqual({ error: null, warnings: ['unable to find any nerdctl binaries in assets'], files: {} })
    expect(build(NerdctlBuilder, { release: '1.36.0', assets: [CONTAINERD], cluster: { spec: SKIP } })).toEqual({ error: null, warnings: [], files: {} })
    expect(build(NerdctlBuilder, { release: '1.36.0', assets: [NERDCTL], cluster: { spec: [...SKIP, '    installNerdCtl: true'] } }).files).toEqual({ '/usr/local/bin/nerdctl': 'nerdctl' })
  })

  it('installs into the distribution tool directory', () => {
    expect(Object.keys(build(NerdctlBuilder, { release: '1.30.0', assets: [NERDCTL], ig: { image: FLATCAR } }).files)).toEqual(['/opt/kops/bin/nerdctl'])
  })
})

describe('ContainerdBuilder', () => {
  it('release tarball: every bin/ entry to /usr/bin, the standalone runc to /usr/sbin/runc', () => {
    expect(build(ContainerdBuilder, { release: '1.30.0', assets: [CONTAINERD, RUNC] })).toEqual({
      error: null,
      warnings: [],
      files: {
        '/usr/bin/containerd': 'bin/containerd',
        '/usr/bin/containerd-shim': 'bin/containerd-shim',
        '/usr/bin/containerd-shim-runc-v1': 'bin/containerd-shim-runc-v1',
        '/usr/bin/containerd-shim-runc-v2': 'bin/containerd-shim-runc-v2',
        '/usr/bin/containerd-stress': 'bin/containerd-stress',
        '/usr/bin/ctr': 'bin/ctr',
        '/usr/sbin/runc': RUNC.urls[0],
      },
    })
  })

  it('cri-containerd-cni bundle: usr/local/bin/(containerd|crictl|ctr)* to /usr/bin, the standalone runc preferred', () => {
    expect(build(ContainerdBuilder, { release: '1.29.2', assets: [BUNDLE, RUNC] }).files).toEqual({
      '/usr/bin/containerd': 'usr/local/bin/containerd',
      '/usr/bin/containerd-shim': 'usr/local/bin/containerd-shim',
      '/usr/bin/containerd-shim-runc-v1': 'usr/local/bin/containerd-shim-runc-v1',
      '/usr/bin/containerd-shim-runc-v2': 'usr/local/bin/containerd-shim-runc-v2',
      '/usr/bin/containerd-stress': 'usr/local/bin/containerd-stress',
      '/usr/bin/crictl': 'usr/local/bin/crictl',
      '/usr/bin/ctr': 'usr/local/bin/ctr',
      '/usr/sbin/runc': RUNC.urls[0],
    })
  })

  it('bundle without a standalone runc: the bundle runc', () => {
    expect(build(ContainerdBuilder, { release: '1.29.2', assets: [BUNDLE] }).files['/usr/sbin/runc']).toBe('usr/local/sbin/runc')
  })

  it('bin/ wins over the bundle layout when both are present', () => {
    const files = build(ContainerdBuilder, { release: '1.30.0', assets: [CONTAINERD, BUNDLE, RUNC] }).files
    expect(files['/usr/bin/containerd']).toBe('bin/containerd')
    expect(files['/usr/bin/crictl']).toBeUndefined()
  })

  it('Docker static tarball: docker/(containerd|ctr)* and docker/runc', () => {
    expect(build(ContainerdBuilder, { release: '1.27.3', assets: [DOCKER] }).files).toEqual({
      '/usr/bin/containerd': 'docker/containerd',
      '/usr/bin/containerd-shim': 'docker/containerd-shim',
      '/usr/bin/containerd-shim-runc-v2': 'docker/containerd-shim-runc-v2',
      '/usr/bin/ctr': 'docker/ctr',
      '/usr/sbin/runc': 'docker/runc',
    })
  })

  it('no binaries in any layout is fatal', () => {
    expect(build(ContainerdBuilder, { release: '1.36.0', assets: [KUBELET, RUNC] }).error).toBe('error building loader: building *model.ContainerdBuilder: unable to find any containerd binaries in assets')
  })

  it('runc must match exactly once', () => {
    expect(build(ContainerdBuilder, { release: '1.30.0', assets: [CONTAINERD] }).error).toBe('error building loader: building *model.ContainerdBuilder: error finding runc asset')
    expect(build(ContainerdBuilder, { release: '1.30.0', assets: [CONTAINERD, RUNC, RUNC_ARM] }).error).toBe('error building loader: building *model.ContainerdBuilder: error finding runc asset')
  })

  it('a runc package whose name is not runc.<arch> is missed by the standalone rule', () => {
    const custom = asset('https://files.example.com/runc-1.1.12')
    expect(build(ContainerdBuilder, { release: '1.30.0', assets: [CONTAINERD, custom] }).error).toBe('error building loader: building *model.ContainerdBuilder: error finding runc asset')
  })

  it('skipInstall (cluster or instance group) skips everything', () => {
    expect(build(ContainerdBuilder, { release: '1.30.0', assets: [], cluster: { spec: SKIP } })).toEqual({ error: null, warnings: [], files: {} })
    expect(build(ContainerdBuilder, { release: '1.30.0', assets: [], ig: { spec: SKIP } })).toEqual({ error: null, warnings: [], files: {} })
    expect(build(ContainerdBuilder, { release: '1.26.0', assets: [], cluster: { spec: SKIP } }).error).toBeNull()
  })

  // kubernetes/kops:pkg/apis/nodeup/config.go@v1.29.0 buildContainerdConfig merges the group's containerd over the
  // cluster's with reflectutils.JSONMergeStruct (json.Marshal then Unmarshal); SkipInstall is `json:"skipInstall,omitempty"`,
  // so an instance group's `skipInstall: false` is dropped and the cluster's `true` stays.
  it('an instance group cannot turn a cluster-level skipInstall off', () => {
    const r = build(ContainerdBuilder, { release: '1.30.0', assets: [], cluster: { spec: SKIP }, ig: { spec: ['  containerd:', '    skipInstall: false'] } })
    expect(r).toEqual({ error: null, warnings: [], files: {} })
  })

  // Same merge (kubernetes/kops:pkg/apis/nodeup/config.go@v1.34.0): InstallCriCtl is `json:"installCriCtl,omitempty"`.
  it('an instance group cannot turn a cluster-level installCriCtl off', () => {
    const r = build(CrictlBuilder, { release: '1.34.0', assets: [CRICTL], cluster: { spec: [...SKIP, '    installCriCtl: true'] }, ig: { spec: ['  containerd:', '    installCriCtl: false'] } })
    expect(r.files).toEqual({ '/usr/local/bin/crictl': 'crictl' })
  })

  it('Flatcar and ContainerOS look nothing up', () => {
    expect(build(ContainerdBuilder, { release: '1.30.0', assets: [], ig: { image: FLATCAR } }).error).toBeNull()
    expect(build(ContainerdBuilder, { release: '1.30.0', assets: [], ig: { image: COS } }).error).toBeNull()
  })

  it('1.26–1.28 (to 1.29.0-alpha.0): no lookups unless containerRuntime is containerd; from 1.29.0-alpha.1 always', () => {
    const docker = { spec: ['  containerRuntime: docker'] }
    for (const release of ['1.26.0', '1.28.7', '1.29.0-alpha.0']) expect(build(ContainerdBuilder, { release, assets: [DOCKER], cluster: docker })).toEqual({ error: null, warnings: [], files: {} })
    expect(build(ContainerdBuilder, { release: '1.29.0-alpha.1', assets: [KUBELET], cluster: docker }).error).toBe('error building loader: building *model.ContainerdBuilder: unable to find any containerd binaries in assets')
  })
})

describe('DockerBuilder (1.26.x–1.28.x)', () => {
  const docker = { spec: ['  containerRuntime: docker'] }
  it('installs docker/* to /usr/bin', () => {
    const r = build(DockerBuilder, { release: '1.26.0', assets: [DOCKER], cluster: docker })
    expect(r.error).toBeNull()
    expect(r.files['/usr/bin/dockerd']).toBe('docker/dockerd')
    expect(r.files['/usr/bin/runc']).toBe('docker/runc')
  })
  it('fails when there is no docker/ layout', () => {
    expect(build(DockerBuilder, { release: '1.28.7', assets: [CONTAINERD], cluster: docker }).error).toBe('error building loader: building *model.DockerBuilder: unable to find any Docker binaries in assets')
  })
  it('does nothing for containerd clusters', () => {
    expect(build(DockerBuilder, { release: '1.28.7', assets: [] }).error).toBeNull()
  })
})

describe('ProtokubeBuilder', () => {
  const GOSSIP = { name: 'minimal.k8s.local' }
  const CP = { role: 'ControlPlane', name: 'control-plane-us-east-1a' }

  it('skips plain worker nodes', () => {
    expect(build(ProtokubeBuilder, { release: '1.35.0', assets: [] })).toEqual({ error: null, warnings: [], files: {} })
  })

  it('1.26–1.35: control planes need protokube$ and channels$, errors unwrapped', () => {
    expect(build(ProtokubeBuilder, { release: '1.35.0', assets: [], ig: CP }).error).toBe('error building loader: building *model.ProtokubeBuilder: found no matching assets for expr: "protokube$"')
    expect(build(ProtokubeBuilder, { release: '1.26.0', assets: [PROTOKUBE], ig: CP }).error).toBe('error building loader: building *model.ProtokubeBuilder: found no matching assets for expr: "channels$"')
    expect(build(ProtokubeBuilder, { release: '1.35.0', assets: [PROTOKUBE, CHANNELS], ig: CP }).files).toEqual({ '/opt/kops/bin/protokube': PROTOKUBE.urls[0], '/opt/kops/bin/channels': CHANNELS.urls[0] })
  })

  it('1.26–1.35: gossip workers run it too; DNS type None is not gossip', () => {
    expect(build(ProtokubeBuilder, { release: '1.26.0', assets: [], cluster: GOSSIP }).error).toBe('error building loader: building *model.ProtokubeBuilder: found no matching assets for expr: "protokube$"')
    expect(build(ProtokubeBuilder, { release: '1.30.0', assets: [], cluster: { ...GOSSIP, spec: ['  topology:', '    dns:', '      type: None'] } }).error).toBeNull()
  })

  it('two distinct keys ending in protokube are ambiguous', () => {
    const old = asset('https://files.example.com/old-protokube')
    expect(build(ProtokubeBuilder, { release: '1.35.0', assets: [PROTOKUBE, old, CHANNELS], ig: CP }).error).toBe('error building loader: building *model.ProtokubeBuilder: found multiple matching assets for expr: "protokube$"')
  })

  it('1.36.0-alpha.1+: only gossip clusters run it, and there is no channels lookup', () => {
    for (const release of ['1.36.0-alpha.1', '1.36.0', '1.37.0-alpha.1']) {
      expect(build(ProtokubeBuilder, { release, assets: [], ig: CP }).error).toBeNull()
      expect(build(ProtokubeBuilder, { release, assets: [PROTOKUBE], ig: CP, cluster: GOSSIP }).files).toEqual({ '/opt/kops/bin/protokube': PROTOKUBE.urls[0] })
      expect(build(ProtokubeBuilder, { release, assets: [PROTOKUBE], cluster: GOSSIP }).files).toEqual({ '/opt/kops/bin/protokube': PROTOKUBE.urls[0] })
    }
  })

  // kubernetes/kops:nodeup/pkg/model/protokube.go@v1.36.0 skips when `!IsMaster && len(BootConfig.APIServerIPs) > 0`;
  // the addresses are unknown from the spec (see apis/cluster.ts), so gossip workers on Hetzner still look it up.
  it('1.36.0-alpha.1+: gossip workers on Hetzner look protokube up', () => {
    expect(build(ProtokubeBuilder, { release: '1.36.0', assets: [], cluster: { ...GOSSIP, cloud: 'hetzner' } }).error).toBe('error building loader: building *model.ProtokubeBuilder: found no matching assets for expr: "protokube$"')
    expect(build(ProtokubeBuilder, { release: '1.36.0', assets: [PROTOKUBE], ig: { role: 'APIServer' }, cluster: { ...GOSSIP, cloud: 'hetzner' } }).files).toEqual({ '/opt/kops/bin/protokube': PROTOKUBE.urls[0] })
  })
})

describe('KubeletBuilder', () => {
  const TWO_KUBELETS = [KUBELET, asset('https://files.example.com/custom/kubelet')]

  it('error text before 1.29.0-alpha.2: `error trying to locate asset`', () => {
    for (const release of ['1.26.0', '1.28.7', '1.29.0-alpha.1'])
      expect(build(KubeletBuilder, { release, assets: TWO_KUBELETS }).error).toBe('error building loader: building *model.KubeletBuilder: error trying to locate asset "kubelet": found multiple matching assets for key: "kubelet"')
  })

  it('error text from 1.29.0-alpha.2: `trying to locate asset`', () => {
    for (const release of ['1.29.0-alpha.2', '1.29.2', '1.37.0-alpha.1'])
      expect(build(KubeletBuilder, { release, assets: TWO_KUBELETS }).error).toBe('error building loader: building *model.KubeletBuilder: trying to locate asset "kubelet": found multiple matching assets for key: "kubelet"')
  })

  it('a missing kubelet is `unable to locate asset`', () => {
    expect(build(KubeletBuilder, { release: '1.30.0', assets: [KUBECTL] }).error).toBe('error building loader: building *model.KubeletBuilder: unable to locate asset "kubelet"')
  })

  it('installs the kubelet per distribution', () => {
    expect(build(KubeletBuilder, { release: '1.30.0', assets: [KUBELET] }).files).toEqual({ '/usr/local/bin/kubelet': KUBELET.urls[0] })
    expect(Object.keys(build(KubeletBuilder, { release: '1.30.0', assets: [KUBELET], ig: { image: FLATCAR } }).files)).toEqual(['/opt/kubernetes/bin/kubelet'])
  })

  it('ContainerOS also needs the mounter until 1.36.0-alpha.1', () => {
    expect(build(KubeletBuilder, { release: '1.35.0', assets: [KUBELET, MOUNTER], cluster: { cloud: 'gce' }, ig: { image: COS } }).files).toEqual({
      '/home/kubernetes/bin/kubelet': KUBELET.urls[0],
      '/home/kubernetes/containerized_mounter/mounter': MOUNTER.urls[0],
    })
    expect(build(KubeletBuilder, { release: '1.35.0', assets: [KUBELET], cluster: { cloud: 'gce' }, ig: { image: COS } }).error).toBe('error building loader: building *model.KubeletBuilder: unable to locate asset "mounter"')
    expect(build(KubeletBuilder, { release: '1.36.0', assets: [KUBELET], cluster: { cloud: 'gce' }, ig: { image: COS } }).error).toBeNull()
  })

  it('ECR credential provider: installed as ecr-credential-provider; the wrap text changed in 1.29.0-alpha.2', () => {
    const name = 'ecr-credential-provider-linux-amd64'
    expect(build(KubeletBuilder, { release: '1.29.2', assets: [KUBELET, ECR], credentialProvider: name }).files).toEqual({ '/usr/local/bin/kubelet': KUBELET.urls[0], '/usr/local/bin/ecr-credential-provider': ECR.urls[0] })
    expect(build(KubeletBuilder, { release: '1.28.7', assets: [KUBELET], credentialProvider: name }).error).toBe(
      'error building loader: building *model.KubeletBuilder: failed to add ECR credential provider: unable to locate asset "ecr-credential-provider-linux-amd64"',
    )
    expect(build(KubeletBuilder, { release: '1.29.0-alpha.2', assets: [KUBELET], credentialProvider: name }).error).toBe(
      'error building loader: building *model.KubeletBuilder: failed to add the aws kubelet credential provider: unable to locate asset "ecr-credential-provider-linux-amd64"',
    )
  })

  it('GCP credential provider: the staging build name until 1.35.0-alpha.1, auth-provider-gcp after; installed as gcp-credential-provider', () => {
    const gce = { cloud: 'gce', k8s: 'v1.32.0' }
    expect(build(KubeletBuilder, { release: '1.34.0', assets: [KUBELET, GCP_STAGING], cluster: gce, credentialProvider: 'v20231005-providersv0.27.1-65-g8fbe8d27' }).files['/usr/local/bin/gcp-credential-provider']).toBe(GCP_STAGING.urls[0])
    expect(build(KubeletBuilder, { release: '1.35.0', assets: [KUBELET, GCP], cluster: gce, credentialProvider: 'auth-provider-gcp' }).files['/usr/local/bin/gcp-credential-provider']).toBe(GCP.urls[0])
    expect(build(KubeletBuilder, { release: '1.35.0', assets: [KUBELET], cluster: gce, credentialProvider: 'auth-provider-gcp' }).error).toBe(
      'error building loader: building *model.KubeletBuilder: failed to add the gce kubelet credential provider: unable to locate asset "auth-provider-gcp"',
    )
  })
})

describe('KubectlBuilder', () => {
  const TWO = [KUBECTL, asset('https://files.example.com/kubectl')]
  it('does nothing on nodes without an API server', () => {
    expect(build(KubectlBuilder, { release: '1.30.0', assets: TWO })).toEqual({ error: null, warnings: [], files: {} })
  })
  it('control planes and APIServer nodes look it up, with the text that never changed', () => {
    for (const release of ['1.26.0', '1.29.2', '1.36.0'])
      for (const role of ['ControlPlane', 'Master', 'APIServer'])
        expect(build(KubectlBuilder, { release, assets: TWO, ig: { role } }).error).toBe('error building loader: building *model.KubectlBuilder: error trying to locate asset "kubectl": found multiple matching assets for key: "kubectl"')
    expect(build(KubectlBuilder, { release: '1.30.0', assets: [KUBELET], ig: { role: 'ControlPlane' } }).error).toBe('error building loader: building *model.KubectlBuilder: unable to locate asset "kubectl"')
  })
  it('installs into the distribution tool directory', () => {
    expect(build(KubectlBuilder, { release: '1.30.0', assets: [KUBECTL], ig: { role: 'ControlPlane' } }).files).toEqual({ '/usr/local/bin/kubectl': KUBECTL.urls[0] })
    expect(Object.keys(build(KubectlBuilder, { release: '1.30.0', assets: [KUBECTL], ig: { role: 'ControlPlane', image: FLATCAR } }).files)).toEqual(['/opt/kops/bin/kubectl'])
    expect(Object.keys(build(KubectlBuilder, { release: '1.30.0', assets: [KUBECTL], ig: { role: 'ControlPlane', image: COS } }).files)).toEqual(['/home/kubernetes/bin/kubectl'])
  })
})

describe('networking.CommonBuilder', () => {
  const SIXTEEN = ['bridge', 'dhcp', 'flannel', 'host-device', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'tuning', 'vlan', 'bandwidth', 'firewall', 'sbr', 'static']

  it('1.26 … 1.27.0-alpha.2: one FindMatch(^name$) per plugin name; only those 16 are copied', () => {
    for (const release of ['1.26.0', '1.27.0-alpha.2']) {
      const r = build(CommonBuilder, { release, assets: [KUBELET, CNI_091, CONTAINERD] })
      expect(r.error).toBeNull()
      expect(r.files).toEqual(Object.fromEntries(SIXTEEN.map((n) => [`/opt/cni/bin/${n}`, n])))
    }
  })

  it('1.26: plugins v1.x have no flannel, which is fatal', () => {
    expect(build(CommonBuilder, { release: '1.26.0', assets: [CNI_120] }).error).toBe('error building loader: building *networking.CommonBuilder: found no matching assets for expr: "^flannel$"')
  })

  it('1.26: bundle plugins under opt/cni/bin do not match ^name$', () => {
    expect(build(CommonBuilder, { release: '1.26.0', assets: [BUNDLE] }).error).toBe('error building loader: building *networking.CommonBuilder: found no matching assets for expr: "^bridge$"')
  })

  it('1.27.0-beta.1+: every Key in the store is copied, the later entry winning', () => {
    const r = build(CommonBuilder, { release: '1.27.0-beta.1', assets: [KUBELET, CNI_120, BUNDLE, RUNC] })
    expect(r.error).toBeNull()
    expect(r.files['/opt/cni/bin/kubelet']).toBe(KUBELET.urls[0])
    expect(r.files['/opt/cni/bin/runc.amd64']).toBe(RUNC.urls[0])
    expect(r.files['/opt/cni/bin/cni-plugins-linux-amd64-v1.2.0.tgz']).toBe(CNI_120.urls[0])
    expect(r.files['/opt/cni/bin/bridge']).toBe('opt/cni/bin/bridge')
    expect(r.files['/opt/cni/bin/crictl']).toBe('usr/local/bin/crictl')
    expect(r.files['/opt/cni/bin/runc']).toBe('usr/local/sbin/runc')
  })

  it('1.27.0-beta.1+: never fails, even with an empty store', () => {
    expect(build(CommonBuilder, { release: '1.31.0', assets: [] })).toEqual({ error: null, warnings: [], files: {} })
  })

  it('1.32.0-beta.1+: nothing is copied when InstallCNIAssets is false', () => {
    expect(build(CommonBuilder, { release: '1.32.0-beta.1', assets: [CNI_120], installCniAssets: false }).files).toEqual({})
  })
})
