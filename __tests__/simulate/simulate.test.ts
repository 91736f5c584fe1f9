// End to end: cloudup's asset list loaded into nodeup's asset store and run through the builders, per tag.
// kOps behaviour from kubernetes/kops:upup/pkg/fi/nodeup/{command,loader}.go (first builder error aborts the whole
// build, `error building loader: building <type>: <err>`, and no task runs) and the builder files cited in
// nodeup-builders.test.ts; asset lists as in cloudup-assets.test.ts.
import { describe, expect, it } from '@jest/globals'
import { H64, installed, run, type ClusterOpts, type IgOpts } from './fixtures.js'

const BUNDLE_URL = 'https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz'
const bundle = (k8s: string, extra: string[] = []): ClusterOpts => ({ k8s, spec: ['  containerd:', ...extra, '    packages:', `      urlAmd64: ${BUNDLE_URL}`, `      hashAmd64: ${H64}`] })
const NODE: IgOpts = { role: 'Node' }
const CP: IgOpts = { name: 'control-plane-us-east-1a', role: 'ControlPlane' }
const CRICTL_FATAL = 'error building loader: building *model.CrictlBuilder: unable to locate asset "crictl": found multiple matching assets for key: "crictl"'

describe('a cri-containerd-cni package across releases', () => {
  it('1.28.1: installs, with the bundle crictl in /usr/bin and the standalone runc', () => {
    const r = run({ release: '1.28.1', cluster: bundle('v1.28.3'), ig: NODE })
    expect(r.nodeup).toEqual({ outcome: 'ok', error: null, warnings: [] })
    const f = installed(r)
    expect(f['/usr/bin/crictl']).toBe('usr/local/bin/crictl')
    expect(f['/usr/bin/containerd']).toBe('usr/local/bin/containerd')
    expect(f['/usr/sbin/runc']).toBe('runc.amd64')
    // The bundle is registered after the CNI tarball, so its plugins win in /opt/cni/bin.
    expect(f['/opt/cni/bin/bridge']).toBe('opt/cni/bin/bridge')
  })

  it('1.29.0-beta.1 … 1.29.2: CrictlBuilder fails the whole nodeup run', () => {
    for (const release of ['1.29.0-beta.1', '1.29.0', '1.29.2']) {
      const r = run({ release, cluster: bundle('v1.29.6'), ig: NODE })
      expect(r.nodeup).toEqual({ outcome: 'fail', error: CRICTL_FATAL, warnings: [] })
      expect(r.failedIn).toBe('*model.CrictlBuilder')
      expect(r.failureOrigin?.path).toBe('spec.containerd.packages.urlAmd64')
    }
  })

  it('1.29.x: Flatcar does not escape it (CrictlBuilder has no distribution check)', () => {
    const r = run({ release: '1.29.2', cluster: bundle('v1.29.6'), ig: { ...NODE, image: '075585003325/Flatcar-stable-3815.2.0-hvm' } })
    expect(r.nodeup.error).toBe(CRICTL_FATAL)
  })

  it('1.29.x: arm64 nodes are unaffected (only the amd64 package is a bundle)', () => {
    expect(run({ release: '1.29.2', cluster: bundle('v1.29.6'), ig: NODE, arch: 'arm64' }).nodeup.outcome).toBe('ok')
  })

  it('1.29.x: skipInstall keeps the bundle out of the store, so crictl resolves', () => {
    const r = run({ release: '1.29.2', cluster: bundle('v1.29.6', ['    skipInstall: true']), ig: NODE })
    expect(r.nodeup).toEqual({ outcome: 'ok', error: null, warnings: [] })
    expect(installed(r)['/usr/local/bin/crictl']).toBe('crictl')
  })

  it('1.29.x: containerd 1.5.x on amd64 brings the bundle by itself', () => {
    const r = run({ release: '1.29.2', cluster: { k8s: 'v1.29.6', spec: ['  containerd:', '    version: 1.5.18'] }, ig: NODE })
    expect(r.nodeup.error).toBe(CRICTL_FATAL)
  })

  it('1.30.0: installs; the crictl tarball goes to /usr/local/bin next to the bundle copy in /usr/bin', () => {
    const r = run({ release: '1.30.0', cluster: bundle('v1.30.2'), ig: NODE })
    expect(r.nodeup).toEqual({ outcome: 'ok', error: null, warnings: [] })
    expect(installed(r)['/usr/local/bin/crictl']).toBe('crictl')
    expect(installed(r)['/usr/bin/crictl']).toBe('usr/local/bin/crictl')
  })

  it('1.34.0: installs, warning that neither nerdctl nor crictl was found', () => {
    const r = run({ release: '1.34.0', cluster: bundle('v1.34.1'), ig: NODE })
    expect(r.nodeup).toEqual({ outcome: 'ok', error: null, warnings: ['unable to find any nerdctl binaries in assets', 'unable to find any crictl binaries in assets'] })
  })

  // kubernetes/kops:upup/pkg/fi/nodeup/loader.go@v1.29.0 returns on the first builder error and command.go@v1.29.0
  // returns `error building loader` before any task runs: a failed build installs nothing.
  it('reports no installed files when the build fails', () => {
    expect(run({ release: '1.29.2', cluster: bundle('v1.29.6'), ig: NODE }).files).toEqual([])
  })
})

describe('default clusters', () => {
  it('1.30.0 worker: binaries per builder, every store key copied into /opt/cni/bin, no kubectl', () => {
    const r = run({ release: '1.30.0', cluster: { k8s: 'v1.30.2' }, ig: NODE })
    expect(r.nodeup).toEqual({ outcome: 'ok', error: null, warnings: [] })
    const f = installed(r)
    expect(f).toMatchObject({
      '/usr/bin/containerd': 'bin/containerd',
      '/usr/bin/ctr': 'bin/ctr',
      '/usr/sbin/runc': 'runc.amd64',
      '/usr/local/bin/kubelet': 'kubelet',
      '/usr/local/bin/ecr-credential-provider': 'ecr-credential-provider-linux-amd64',
      '/usr/local/bin/nerdctl': 'nerdctl',
      '/usr/local/bin/crictl': 'crictl',
      '/opt/cni/bin/bridge': 'bridge',
      '/opt/cni/bin/kubelet': 'kubelet',
      '/opt/cni/bin/containerd': 'bin/containerd',
    })
    expect(f['/usr/local/bin/kubectl']).toBeUndefined()
    expect(Object.keys(f).filter((p) => p.startsWith('/opt/kops/'))).toEqual([])
  })

  it('1.30.0 control plane: kubectl, protokube and channels too', () => {
    const f = installed(run({ release: '1.30.0', cluster: { k8s: 'v1.30.2' }, ig: CP }))
    expect(f['/usr/local/bin/kubectl']).toBe('kubectl')
    expect(f['/opt/kops/bin/protokube']).toBe('protokube')
    expect(f['/opt/kops/bin/channels']).toBe('channels')
  })

  it('1.36.0 control plane without gossip: protokube is downloaded but ProtokubeBuilder skips it', () => {
    const r = run({ release: '1.36.0', cluster: { k8s: 'v1.35.2' }, ig: CP })
    expect(r.assets.map((a) => a.component)).toContain('protokube')
    const f = installed(r)
    expect(f['/opt/kops/bin/protokube']).toBeUndefined()
    expect(f['/opt/cni/bin/protokube']).toBe('protokube')
  })

  it('gossip workers install protokube (and channels before 1.36)', () => {
    const f = installed(run({ release: '1.35.0', cluster: { name: 'minimal.k8s.local', k8s: 'v1.34.1' }, ig: NODE }))
    expect(f['/opt/kops/bin/protokube']).toBe('protokube')
    expect(f['/opt/kops/bin/channels']).toBe('channels')
    const g = installed(run({ release: '1.36.0', cluster: { name: 'minimal.k8s.local', k8s: 'v1.35.2' }, ig: NODE }))
    expect(g['/opt/kops/bin/protokube']).toBe('protokube')
    expect(g['/opt/kops/bin/channels']).toBeUndefined()
  })

  it('bastions get the node asset list but run no builder', () => {
    const r = run({ release: '1.30.0', cluster: { k8s: 'v1.30.2' }, ig: { role: 'Bastion' } })
    expect(r.assets).toEqual(run({ release: '1.30.0', cluster: { k8s: 'v1.30.2' }, ig: { role: 'Node' } }).assets)
    expect(r.files).toEqual([])
    expect(r.nodeup).toEqual({ outcome: 'ok', error: null, warnings: [] })
  })

  it('1.26.0: only the 16 named plugins reach /opt/cni/bin', () => {
    const f = installed(run({ release: '1.26.0', cluster: { k8s: 'v1.26.5' }, ig: NODE }))
    expect(Object.keys(f).filter((p) => p.startsWith('/opt/cni/bin/')).sort()).toEqual(
      ['bandwidth', 'bridge', 'dhcp', 'firewall', 'flannel', 'host-device', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'sbr', 'static', 'tuning', 'vlan'].map((n) => `/opt/cni/bin/${n}`),
    )
  })

  it('1.32.0-beta.1+: calico clusters get nothing in /opt/cni/bin; 1.31 still copies everything', () => {
    const calico = (k8s: string): ClusterOpts => ({ k8s, spec: ['  networking:', '    calico: {}'] })
    const cni = (release: string, k8s: string) => Object.keys(installed(run({ release, cluster: calico(k8s), ig: NODE }))).filter((p) => p.startsWith('/opt/cni/bin/'))
    expect(cni('1.32.0', 'v1.32.4')).toEqual([])
    expect(cni('1.31.0', 'v1.31.9')).toContain('/opt/cni/bin/bridge')
  })

  it('1.34.0 with skipInstall and installCriCtl: crictl is not downloaded, yet CrictlBuilder looks and warns', () => {
    const r = run({ release: '1.34.0', cluster: { k8s: 'v1.34.1', spec: ['  containerd:', '    skipInstall: true', '    installCriCtl: true'] }, ig: NODE })
    expect(r.nodeup).toEqual({ outcome: 'ok', error: null, warnings: ['unable to find any crictl binaries in assets'] })
  })

  it('1.34.0 opt-in tools install into /usr/local/bin', () => {
    const r = run({ release: '1.34.0', cluster: { k8s: 'v1.34.1', spec: ['  containerd:', '    installCriCtl: true', '    installNerdCtl: true'] }, ig: NODE })
    expect(r.nodeup.warnings).toEqual([])
    expect(installed(r)).toMatchObject({ '/usr/local/bin/crictl': 'crictl', '/usr/local/bin/nerdctl': 'nerdctl' })
  })

  it('GCE ContainerOS worker: no containerd install, kubelet, mounter and the GCP provider under /home/kubernetes', () => {
    const r = run({ release: '1.29.2', cluster: { cloud: 'gce', k8s: 'v1.29.6' }, ig: { ...NODE, image: 'cos-cloud/cos-stable-109-17800-66-32' } })
    expect(r.nodeup.outcome).toBe('ok')
    const f = installed(r)
    expect(f).toMatchObject({
      '/home/kubernetes/bin/kubelet': 'kubelet',
      '/home/kubernetes/containerized_mounter/mounter': 'mounter',
      '/home/kubernetes/bin/gcp-credential-provider': 'v20231005-providersv0.27.1-65-g8fbe8d27',
      '/home/kubernetes/bin/crictl': 'crictl',
    })
    expect(f['/usr/bin/containerd']).toBeUndefined()
  })

  it('1.26.0 Docker runtime: DockerBuilder installs the docker/ layout, ContainerdBuilder looks nothing up', () => {
    const r = run({ release: '1.26.0', cluster: { k8s: 'v1.23.17', spec: ['  containerRuntime: docker'] }, ig: NODE })
    expect(r.nodeup.outcome).toBe('ok')
    expect(installed(r)).toMatchObject({ '/usr/bin/dockerd': 'docker/dockerd', '/usr/bin/containerd': 'docker/containerd', '/usr/bin/runc': 'docker/runc' })
    expect(installed(r)['/usr/sbin/runc']).toBeUndefined()
  })
})

describe('rejections and archive notes', () => {
  it('a cloudup failure stops before nodeup, naming kops update cluster', () => {
    const r = run({ release: '1.30.0', cluster: { k8s: 'v1.30.2', spec: ['  containerd:', '    version: 1.7.20'] }, ig: NODE })
    expect(r.nodeup).toEqual({ outcome: 'rejected', error: 'unable to find runc config', warnings: [] })
    expect(r.failedIn).toBe('kops update cluster')
    expect(r.failureOrigin?.path).toBe('spec.containerd.version')
    expect(r.assets).toEqual([])
  })

  it('records every archive with its family, and flags upstream-unpublished and custom-hosted ones', () => {
    const url = 'https://mirror.example.com/containerd/cri-containerd-cni-2.0.0-linux-amd64.tar.gz'
    const r = run({ release: '1.36.0', cluster: { k8s: 'v1.35.2', spec: ['  containerd:', '    packages:', `      urlAmd64: ${url}`, `      hashAmd64: ${H64}`] }, ig: NODE })
    expect(r.archives.map((a) => [a.url, a.family, a.version, a.byFileName, a.unpublished])).toEqual([
      ['https://github.com/containernetworking/plugins/releases/download/v1.6.2/cni-plugins-linux-amd64-v1.6.2.tgz', 'cni-plugins', '1.6.2', false, false],
      [url, 'cri-containerd-cni', '2.0.0', true, true],
    ])
    expect(r.uncertain).toBe(false)
  })

  it('an archive it cannot recognise makes the result uncertain', () => {
    const r = run({ release: '1.30.0', cluster: { k8s: 'v1.30.2', spec: ['  containerd:', '    packages:', '      urlAmd64: https://mirror.example.com/custom-build.tar.gz', `      hashAmd64: ${H64}`] }, ig: NODE })
    expect(r.uncertain).toBe(true)
  })
})
