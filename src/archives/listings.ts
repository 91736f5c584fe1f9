// File listings inside the upstream archives nodeup extracts, rebuilt from each project's release scripts by version.
// Paths are as kOps's filepath.Walk sees them: files only, no `./`, relative to the archive root.
import semver from 'semver'

export type ArchiveFamily = 'containerd' | 'containerd-static' | 'cri-containerd-cni' | 'cri-containerd' | 'crictl' | 'critest' | 'nerdctl' | 'cni-plugins' | 'docker'

export interface ArchiveListing {
  family: ArchiveFamily
  version: string
  arch: string
  files: string[]
  /** True when the upstream project never published this file (e.g. cri-containerd-cni for containerd 2.x). */
  unpublished?: boolean
}

// containerd/containerd Makefile BINARIES (+ Makefile.linux shims): 1.x ships the v1 shims, 2.x only runc-v2
// (containerd@v1.7.34:Makefile.linux:19, containerd@v2.0.0:Makefile.linux:19); 1.4/1.5 workflows removed containerd-stress
// (containerd@v1.5.18:.github/workflows/release.yml:113-122).
function containerdBins(v: string): string[] {
  if (semver.lt(v, '1.6.0')) return ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'ctr']
  if (semver.lt(v, '2.0.0')) return ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'containerd-stress', 'ctr']
  return ['containerd', 'containerd-shim-runc-v2', 'containerd-stress', 'ctr']
}

// containernetworking/plugins build_linux.sh directory scan per tag (plugins@v0.8.6:build_linux.sh:24,28);
// LICENSE and README.md added by the release workflow from v1.5.0 (plugins@v1.5.0:.github/workflows/release.yaml:31,38).
export function cniPluginNames(v: string): string[] {
  const base08 = ['bandwidth', 'bridge', 'dhcp', 'firewall', 'flannel', 'host-device', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'sbr', 'static', 'tuning', 'vlan']
  if (semver.lt(v, '0.7.0')) return ['bridge', 'dhcp', 'flannel', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'sample', 'tuning', 'vlan']
  if (semver.lt(v, '0.8.0')) return ['bridge', 'dhcp', 'flannel', 'host-device', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'sample', 'tuning', 'vlan']
  if (semver.lt(v, '0.9.0')) return base08
  if (semver.lt(v, '1.0.0')) return [...base08, 'vrf'].sort()
  const v1 = base08.filter((n) => n !== 'flannel').concat('vrf')
  if (semver.lt(v, '1.2.0')) return v1.sort()
  if (semver.lt(v, '1.3.0')) return [...v1, 'dummy'].sort()
  return [...v1, 'dummy', 'tap'].sort()
}

function cniArchive(v: string): string[] {
  const names = cniPluginNames(v)
  return semver.gte(v, '1.5.0') ? ['LICENSE', 'README.md', ...names] : names
}

// containerd/containerd cri bundles: bin set and embedded CNI plugin version by containerd version (archives.md §3.3).
function criBundle(v: string, withCni: boolean): string[] {
  let bins: string[]
  if (semver.lt(v, '1.5.0')) bins = ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'crictl', 'critest', 'ctr']
  else if (semver.eq(v, '1.5.0')) bins = ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'containerd-stress', 'ctd-decoder', 'ctr', 'ctr-enc']
  else bins = ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'containerd-stress', 'crictl', 'critest', 'ctd-decoder', 'ctr']
  const cniVersion = semver.lt(v, '1.4.1') ? '0.7.6' : semver.lt(v, '1.5.0') ? '0.8.6' : semver.lt(v, '1.6.0') ? '0.9.1' : semver.lt(v, '1.6.3') ? '1.0.1' : semver.lt(v, '1.7.0') ? '1.1.1' : semver.lt(v, '1.7.30') ? '1.2.0' : '1.9.0'
  const deprecated = (semver.gte(v, '1.6.22') && semver.lt(v, '1.7.0')) || semver.gte(v, '1.7.0')
  const files = [
    ...(deprecated ? ['cri-containerd.DEPRECATED.txt'] : []),
    ...(withCni ? ['etc/cni/net.d/10-containerd-net.conflist'] : []),
    'etc/crictl.yaml',
    'etc/systemd/system/containerd.service',
    ...(withCni ? cniPluginNames(cniVersion).map((n) => `opt/cni/bin/${n}`) : []),
    'opt/containerd/cluster/gce/cloud-init/master.yaml',
    'opt/containerd/cluster/gce/cloud-init/node.yaml',
    'opt/containerd/cluster/gce/cni.template',
    'opt/containerd/cluster/gce/configure.sh',
    'opt/containerd/cluster/gce/env',
    'opt/containerd/cluster/version',
    ...bins.map((b) => `usr/local/bin/${b}`),
    'usr/local/sbin/runc',
  ]
  return walkOrder(files)
}

/** Sorts paths the way filepath.Walk visits them: lexical per directory, depth first. */
export function walkOrder(paths: string[]): string[] {
  return [...paths].sort((a, b) => {
    const pa = a.split('/')
    const pb = b.split('/')
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1
    return pa.length - pb.length
  })
}

interface Pattern {
  family: ArchiveFamily
  re: RegExp
  files(version: string): string[]
  /** Versions upstream published under this name. */
  published(version: string, arch: string): boolean
}

const PATTERNS: Pattern[] = [
  {
    family: 'cri-containerd-cni',
    re: /^cri-containerd-cni-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)-linux-([a-z0-9]+)\.(?:tar\.gz|tgz)$/,
    files: (v) => criBundle(v, true),
    published: (v, arch) => semver.gte(v, '1.3.8') && semver.lt(v, '2.0.0-0') && (arch === 'amd64' || semver.gte(v, '1.6.0')),
  },
  {
    family: 'cri-containerd',
    re: /^cri-containerd-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)[.-]linux-([a-z0-9]+)\.(?:tar\.gz|tgz)$/,
    files: (v) => criBundle(v, false),
    published: (v) => semver.gte(v, '1.6.0') && semver.lt(v, '2.0.0-0'),
  },
  {
    family: 'containerd-static',
    re: /^containerd-static-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)-linux-([a-z0-9]+)\.(?:tar\.gz|tgz)$/,
    files: (v) => containerdBins(v).map((b) => `bin/${b}`),
    published: (v) => semver.gte(v, '1.7.0'),
  },
  {
    family: 'containerd',
    re: /^containerd-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)-linux-([a-z0-9]+)\.(?:tar\.gz|tgz)$/,
    files: (v) => containerdBins(v).map((b) => `bin/${b}`),
    published: (v, arch) => semver.gte(v, '1.4.0') && (arch === 'amd64' || semver.gte(v, '1.6.0')),
  },
  {
    family: 'crictl',
    re: /^crictl-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)-linux-([a-z0-9]+)\.(?:tar\.gz|tgz)$/,
    files: () => ['crictl'],
    published: () => true,
  },
  {
    family: 'critest',
    re: /^critest-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)-linux-([a-z0-9]+)\.(?:tar\.gz|tgz)$/,
    files: () => ['critest'],
    published: () => true,
  },
  {
    family: 'nerdctl',
    re: /^nerdctl-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)-linux-([a-z0-9-]+)\.(?:tar\.gz|tgz)$/,
    files: (v) => (semver.gte(v, '0.6.0') ? ['containerd-rootless-setuptool.sh', 'containerd-rootless.sh', 'nerdctl'] : ['nerdctl']),
    published: () => true,
  },
  {
    family: 'cni-plugins',
    re: /^cni-plugins-(?:linux-)?([a-z0-9]+)-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)\.(?:tar\.gz|tgz)$/,
    files: (v) => cniArchive(v),
    published: () => true,
  },
  {
    family: 'docker',
    re: /^docker-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)\.(?:tar\.gz|tgz)$/,
    // download.docker.com static tgz: docker/{containerd,containerd-shim,ctr,docker,docker-init,docker-proxy,dockerd,runc} (20.10.x)
    files: () => ['docker/containerd', 'docker/containerd-shim', 'docker/containerd-shim-runc-v2', 'docker/ctr', 'docker/docker', 'docker/docker-init', 'docker/docker-proxy', 'docker/dockerd', 'docker/runc'],
    published: () => true,
  },
]

const listings = new Map<string, ArchiveListing | null>()

/** Recognises an archive by its file name (the last URL path segment) and returns its listing, or null when unknown. */
export function listingFor(fileName: string): ArchiveListing | null {
  let l = listings.get(fileName)
  if (l === undefined) {
    l = classify(fileName)
    listings.set(fileName, l)
  }
  return l
}

function classify(name: string): ArchiveListing | null {
  // nodeup decides extraction on the lower-cased name, so `.TGZ` is an archive like `.tgz`.
  const fileName = name.replace(/\.(tar\.gz|tgz)$/i, (e) => e.toLowerCase())
  for (const p of PATTERNS) {
    const m = p.re.exec(fileName)
    if (!m) continue
    const [version, arch] = p.family === 'cni-plugins' ? [m[2], m[1]] : [m[1], m[2] ?? '']
    const v = semver.valid(version)
    if (!v) continue
    const published = p.published(v, arch)
    return { family: p.family, version: v, arch, files: walkOrder(p.files(v)), ...(published ? {} : { unpublished: true }) }
  }
  return null
}
