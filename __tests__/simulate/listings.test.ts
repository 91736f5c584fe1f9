// Members of the upstream archives as kOps's filepath.Walk registers them (no `./`, files only, lexical per directory).
// Rebuilt from the projects' packaging scripts at each tag:
//   containerd/containerd: Makefile COMMANDS `ctr containerd containerd-stress` + Makefile.linux shims
//     (v1.x: containerd-shim containerd-shim-runc-v1 containerd-shim-runc-v2; v2.0.0: containerd-shim-runc-v2 only);
//     1.4/1.5 release workflow drops containerd-stress from the plain tarball; cri bundles `tar -C $(CRIDIR)
//     [cri-containerd.DEPRECATED.txt] etc usr opt` with the DEPRECATED file from v1.6.22 (Makefile@v1.6.22) and v1.7.0;
//     embedded CNI plugins: v0.7.6 (1.4.0), v0.8.6 (1.4.1+), v0.9.1 (1.5), v1.1.1 (1.6.3+), v1.2.0 (1.7.0–1.7.29),
//     v1.9.0 (1.7.30+, script/setup/cni-plugins-version); no cri bundles published from v2.0.0.
//   kubernetes-sigs/cri-tools hack/release.sh@v1.29.0: `tar zcf crictl-….tar.gz -C … crictl`.
//   containerd/nerdctl Makefile@v1.7.4: flattened `_output/nerdctl extras/rootless/*`.
//   containernetworking/plugins: plugins/{meta,main,ipam}/* per tag; LICENSE and README.md copied into bin/ by
//     .github/workflows/release.yaml@v1.5.0.
import { describe, expect, it } from '@jest/globals'
import { listingFor, walkOrder } from '../../src/archives/listings.js'

const bins = (dir: string, names: string[]) => names.map((n) => `${dir}/${n}`)
const CNI_0_8_6 = ['bandwidth', 'bridge', 'dhcp', 'firewall', 'flannel', 'host-device', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'sbr', 'static', 'tuning', 'vlan']
const CNI_0_9_1 = [...CNI_0_8_6, 'vrf'].sort()
const CNI_1_1_1 = CNI_0_9_1.filter((n) => n !== 'flannel')
const CNI_1_2_0 = [...CNI_1_1_1, 'dummy'].sort()
const CNI_1_5_0 = [...CNI_1_2_0, 'tap'].sort()
const GCE = ['opt/containerd/cluster/gce/cloud-init/master.yaml', 'opt/containerd/cluster/gce/cloud-init/node.yaml', 'opt/containerd/cluster/gce/cni.template', 'opt/containerd/cluster/gce/configure.sh', 'opt/containerd/cluster/gce/env', 'opt/containerd/cluster/version']
const BIN_9 = ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'containerd-stress', 'crictl', 'critest', 'ctd-decoder', 'ctr']

function bundle(opts: { deprecated: boolean; cni: string[]; bin: string[] }): string[] {
  return [
    ...(opts.deprecated ? ['cri-containerd.DEPRECATED.txt'] : []),
    'etc/cni/net.d/10-containerd-net.conflist',
    'etc/crictl.yaml',
    'etc/systemd/system/containerd.service',
    ...bins('opt/cni/bin', opts.cni),
    ...GCE,
    ...bins('usr/local/bin', opts.bin),
    'usr/local/sbin/runc',
  ]
}

function files(name: string): string[] | undefined {
  return listingFor(name)?.files
}

describe('containerd release tarballs', () => {
  it('1.5.x: bin/ without containerd-stress', () => {
    expect(files('containerd-1.5.18-linux-amd64.tar.gz')).toEqual(bins('bin', ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'ctr']))
  })

  it('1.6.x and 1.7.x: the v1 shims and containerd-stress', () => {
    const six = bins('bin', ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'containerd-stress', 'ctr'])
    expect(files('containerd-1.6.20-linux-amd64.tar.gz')).toEqual(six)
    expect(files('containerd-1.6.36-linux-arm64.tar.gz')).toEqual(six)
    expect(files('containerd-1.7.16-linux-amd64.tar.gz')).toEqual(six)
    expect(files('containerd-1.7.32-linux-arm64.tar.gz')).toEqual(six)
  })

  it('2.x: only the runc v2 shim', () => {
    const four = bins('bin', ['containerd', 'containerd-shim-runc-v2', 'containerd-stress', 'ctr'])
    expect(files('containerd-2.1.4-linux-amd64.tar.gz')).toEqual(four)
    expect(files('containerd-2.2.4-linux-arm64.tar.gz')).toEqual(four)
  })

  it('the static variant has the same members', () => {
    expect(files('containerd-static-1.7.16-linux-amd64.tar.gz')).toEqual(files('containerd-1.7.16-linux-amd64.tar.gz'))
    expect(files('containerd-static-2.2.4-linux-amd64.tar.gz')).toEqual(files('containerd-2.2.4-linux-amd64.tar.gz'))
  })

  it('reports family, version and arch, and that arm64 tarballs exist only from 1.6.0', () => {
    expect(listingFor('containerd-1.7.16-linux-arm64.tar.gz')).toMatchObject({ family: 'containerd', version: '1.7.16', arch: 'arm64' })
    expect(listingFor('containerd-1.7.16-linux-arm64.tar.gz')?.unpublished).toBeUndefined()
    expect(listingFor('containerd-1.5.18-linux-arm64.tar.gz')?.unpublished).toBe(true)
  })
})

describe('cri-containerd-cni bundles', () => {
  it('1.4.0: crictl and critest, CNI v0.7.6 (with sample)', () => {
    expect(files('cri-containerd-cni-1.4.0-linux-amd64.tar.gz')).toEqual(
      bundle({
        deprecated: false,
        cni: ['bridge', 'dhcp', 'flannel', 'host-device', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'sample', 'tuning', 'vlan'],
        bin: ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'crictl', 'critest', 'ctr'],
      }),
    )
  })

  it('1.4.13: crictl and critest, CNI v0.8.6', () => {
    expect(files('cri-containerd-cni-1.4.13-linux-amd64.tar.gz')).toEqual(
      bundle({ deprecated: false, cni: CNI_0_8_6, bin: ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'crictl', 'critest', 'ctr'] }),
    )
  })

  it('1.5.0: no crictl or critest (containerd#5460), ctd-decoder and ctr-enc, CNI v0.9.1', () => {
    const f = files('cri-containerd-cni-1.5.0-linux-amd64.tar.gz')
    expect(f).toEqual(
      bundle({ deprecated: false, cni: CNI_0_9_1, bin: ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'containerd-stress', 'ctd-decoder', 'ctr', 'ctr-enc'] }),
    )
    expect(f).not.toContain('usr/local/bin/crictl')
  })

  it('1.5.18: crictl back, CNI v0.9.1', () => {
    expect(files('cri-containerd-cni-1.5.18-linux-amd64.tar.gz')).toEqual(bundle({ deprecated: false, cni: CNI_0_9_1, bin: BIN_9 }))
  })

  it('1.6.x: CNI v1.1.1 (no flannel), DEPRECATED.txt only from 1.6.22', () => {
    expect(files('cri-containerd-cni-1.6.21-linux-amd64.tar.gz')).toEqual(bundle({ deprecated: false, cni: CNI_1_1_1, bin: BIN_9 }))
    expect(files('cri-containerd-cni-1.6.22-linux-amd64.tar.gz')).toEqual(bundle({ deprecated: true, cni: CNI_1_1_1, bin: BIN_9 }))
  })

  it('1.7.x: DEPRECATED.txt, CNI v1.2.0 up to 1.7.29 and v1.9.0 from 1.7.30', () => {
    expect(files('cri-containerd-cni-1.7.6-linux-amd64.tar.gz')).toEqual(bundle({ deprecated: true, cni: CNI_1_2_0, bin: BIN_9 }))
    expect(files('cri-containerd-cni-1.7.29-linux-arm64.tar.gz')).toEqual(bundle({ deprecated: true, cni: CNI_1_2_0, bin: BIN_9 }))
    expect(files('cri-containerd-cni-1.7.30-linux-amd64.tar.gz')).toEqual(bundle({ deprecated: true, cni: CNI_1_5_0, bin: BIN_9 }))
  })

  it('always carries crictl under usr/local/bin from 1.5.1 on', () => {
    for (const v of ['1.5.1', '1.6.0', '1.6.36', '1.7.0', '1.7.34']) expect(files(`cri-containerd-cni-${v}-linux-amd64.tar.gz`)).toContain('usr/local/bin/crictl')
  })

  it('the CNI-less cri-containerd bundle has no etc/cni or opt/cni', () => {
    const f = files('cri-containerd-1.7.6-linux-amd64.tar.gz') ?? []
    expect(f).toEqual(bundle({ deprecated: true, cni: CNI_1_2_0, bin: BIN_9 }).filter((p) => !p.startsWith('etc/cni/') && !p.startsWith('opt/cni/')))
  })

  it('marks bundles that upstream never published: 2.x, and arm64 before 1.6', () => {
    expect(listingFor('cri-containerd-cni-2.0.0-linux-amd64.tar.gz')).toMatchObject({ family: 'cri-containerd-cni', version: '2.0.0', unpublished: true })
    expect(listingFor('cri-containerd-cni-2.2.4-linux-amd64.tar.gz')?.unpublished).toBe(true)
    expect(listingFor('cri-containerd-cni-1.5.18-linux-arm64.tar.gz')?.unpublished).toBe(true)
    expect(listingFor('cri-containerd-cni-1.7.6-linux-arm64.tar.gz')?.unpublished).toBeUndefined()
    expect(listingFor('cri-containerd-cni-1.7.6-linux-amd64.tar.gz')?.unpublished).toBeUndefined()
  })
})

describe('cri-tools, nerdctl and CNI plugins', () => {
  it('crictl: a single crictl at the archive root', () => {
    expect(listingFor('crictl-v1.29.0-linux-amd64.tar.gz')).toMatchObject({ family: 'crictl', version: '1.29.0', arch: 'amd64', files: ['crictl'] })
    expect(files('crictl-v1.29.0-linux-arm64.tar.gz')).toEqual(['crictl'])
  })

  it('critest: a single critest', () => {
    expect(files('critest-v1.29.0-linux-amd64.tar.gz')).toEqual(['critest'])
  })

  it('nerdctl minimal: nerdctl and the two rootless scripts, flattened', () => {
    expect(listingFor('nerdctl-1.7.4-linux-amd64.tar.gz')).toMatchObject({ family: 'nerdctl', version: '1.7.4', arch: 'amd64' })
    expect(files('nerdctl-1.7.4-linux-arm64.tar.gz')).toEqual(['containerd-rootless-setuptool.sh', 'containerd-rootless.sh', 'nerdctl'])
  })

  it('cni-plugins v1.2.0: the 17 plugins, no LICENSE or README', () => {
    expect(listingFor('cni-plugins-linux-amd64-v1.2.0.tgz')).toMatchObject({ family: 'cni-plugins', version: '1.2.0', arch: 'amd64', files: CNI_1_2_0 })
  })

  it('cni-plugins v1.5.0 and later: LICENSE and README.md first (upper case sorts first), tap added', () => {
    expect(files('cni-plugins-linux-arm64-v1.5.0.tgz')).toEqual(['LICENSE', 'README.md', ...CNI_1_5_0])
    expect(files('cni-plugins-linux-amd64-v1.6.2.tgz')).toEqual(['LICENSE', 'README.md', ...CNI_1_5_0])
  })

  it('cni-plugins v0.9.1 keeps flannel and has vrf', () => {
    expect(files('cni-plugins-linux-amd64-v0.9.1.tgz')).toEqual(CNI_0_9_1)
    expect(files('cni-plugins-linux-amd64-v0.8.7.tgz')).toEqual(CNI_0_8_6)
  })

  it('does not recognise unrelated names', () => {
    expect(listingFor('custom-build.tar.gz')).toBeNull()
    expect(listingFor('nerdctl-full-1.7.4-linux-amd64.tar.gz')).toBeNull()
  })
})

describe('walkOrder', () => {
  it('sorts per directory, depth first, by byte value', () => {
    expect(walkOrder(['b', 'a.txt', 'a/z', 'A', 'a/b/c', 'a-b'])).toEqual(['A', 'a/b/c', 'a/z', 'a-b', 'a.txt', 'b'])
  })
})
