// Expectations from kubernetes/kops:upup/pkg/fi/assetstore.go (identical lookup code from v1.26.0 to v1.37.0-alpha.1):
//   addURLs: Key = path.Base(primaryURL), AssetPath = primaryURL; extract when strings.ToLower(primaryURL) ends in
//            .tar.gz or .tgz; every walked file becomes {Key: info.Name(), AssetPath: filepath.Rel(root, file)}.
//   Find(key, ""): exact Key equality over raw entries; 0 → (nil, nil); ≥2 → `found multiple matching assets for key: %q`.
//   FindMatches(re): re.MatchString(AssetPath) over every entry; map[Key] with the later entry winning.
//   FindMatch(re): distinct Keys; 0 → `found no matching assets for expr: %q`, ≥2 → `found multiple matching assets for expr: %q`.
import { describe, expect, it } from '@jest/globals'
import { AssetStore, LookupError } from '../../src/simulate/asset-store.js'
import { asset, storeOf } from './fixtures.js'

const CRICTL = 'https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-amd64.tar.gz'
const BUNDLE = 'https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz'
const CNI = 'https://storage.googleapis.com/k8s-artifacts-cni/release/v1.2.0/cni-plugins-linux-amd64-v1.2.0.tgz'
const KUBELET = 'https://dl.k8s.io/release/v1.29.2/bin/linux/amd64/kubelet'
const RUNC = 'https://github.com/opencontainers/runc/releases/download/v1.1.12/runc.amd64'

function thrown(f: () => unknown): string {
  try {
    f()
  } catch (e) {
    return (e as Error).message
  }
  return '(no error)'
}

describe('AssetStore.add', () => {
  it('registers a plain file once, Key = base name of the primary URL, AssetPath = the primary URL', () => {
    const s = storeOf(asset(KUBELET, 'https://cdn.dl.k8s.io/release/v1.29.2/bin/linux/amd64/kubelet'))
    expect(s.assets.map((a) => [a.key, a.assetPath])).toEqual([['kubelet', KUBELET]])
    expect(s.archives).toEqual([])
  })

  it('registers the archive file itself with AssetPath = primary URL (never a mirror), then its members', () => {
    const mirror = 'https://mirror.example.com/crictl-v1.29.0-linux-amd64.tar.gz'
    const s = storeOf(asset(CRICTL, mirror))
    expect(s.assets.map((a) => [a.key, a.assetPath])).toEqual([
      ['crictl-v1.29.0-linux-amd64.tar.gz', CRICTL],
      ['crictl', 'crictl'],
    ])
  })

  it('extracts .tgz as well as .tar.gz', () => {
    const s = storeOf(asset(CNI))
    expect(s.archives).toHaveLength(1)
    expect(s.assets[0]).toMatchObject({ key: 'cni-plugins-linux-amd64-v1.2.0.tgz', assetPath: CNI })
    expect(s.assets.slice(1).map((a) => a.assetPath)).toContain('bridge')
  })

  it('decides extraction on the lower-cased primary URL', () => {
    const s = storeOf(asset('https://example.com/files/cni-plugins-linux-amd64-v1.2.0.TGZ'), asset('https://example.com/files/bundle.Tar.Gz'))
    expect(s.archives.map((a) => a.asset.urls[0])).toEqual(['https://example.com/files/cni-plugins-linux-amd64-v1.2.0.TGZ', 'https://example.com/files/bundle.Tar.Gz'])
  })

  // kubernetes/kops:upup/pkg/fi/assetstore.go@v1.29.0 (addURLs): an upper-case extension is extracted like any other, so the
  // members of cni-plugins-linux-amd64-v1.2.0.TGZ (bridge, dhcp, …) are in kOps's store; the simulator does not recognise
  // the archive by that name and registers no member (it marks the result uncertain instead).
  it('knows the members of an archive whose extension is upper case', () => {
    const s = storeOf(asset('https://example.com/files/cni-plugins-linux-amd64-v1.2.0.TGZ'))
    expect(s.assets.map((a) => a.assetPath)).toContain('bridge')
  })

  it('does not extract when a query string follows the extension, and keeps the query in the Key', () => {
    const u = CRICTL + '?raw=true'
    const s = storeOf(asset(u))
    expect(s.archives).toEqual([])
    expect(s.assets.map((a) => [a.key, a.assetPath])).toEqual([['crictl-v1.29.0-linux-amd64.tar.gz?raw=true', u]])
  })

  it('does not extract other compressions (.tar.xz, .zip, .tar)', () => {
    const s = storeOf(asset('https://example.com/a.tar.xz'), asset('https://example.com/b.zip'), asset('https://example.com/c.tar'))
    expect(s.archives).toEqual([])
    expect(s.assets.map((a) => a.key)).toEqual(['a.tar.xz', 'b.zip', 'c.tar'])
  })

  // kubernetes/kops:upup/pkg/fi/assetstore.go@v1.29.0 uses path.Base(primaryURL), which drops trailing slashes:
  // path.Base("https://example.com/files/kubelet/") == "kubelet".
  it('takes the Key with path.Base semantics for a URL ending in a slash', () => {
    const s = storeOf(asset('https://example.com/files/kubelet/'))
    expect(s.assets[0].key).toBe('kubelet')
  })

  it('appends in registration order, each archive followed by its members in filepath.Walk order', () => {
    const s = storeOf(asset(KUBELET), asset(BUNDLE), asset(RUNC))
    expect(s.assets.map((a) => a.assetPath)).toEqual([
      KUBELET,
      BUNDLE,
      'cri-containerd.DEPRECATED.txt',
      'etc/cni/net.d/10-containerd-net.conflist',
      'etc/crictl.yaml',
      'etc/systemd/system/containerd.service',
      ...['bandwidth', 'bridge', 'dhcp', 'dummy', 'firewall', 'host-device', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'sbr', 'static', 'tuning', 'vlan', 'vrf'].map((n) => `opt/cni/bin/${n}`),
      'opt/containerd/cluster/gce/cloud-init/master.yaml',
      'opt/containerd/cluster/gce/cloud-init/node.yaml',
      'opt/containerd/cluster/gce/cni.template',
      'opt/containerd/cluster/gce/configure.sh',
      'opt/containerd/cluster/gce/env',
      'opt/containerd/cluster/version',
      ...['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'containerd-stress', 'crictl', 'critest', 'ctd-decoder', 'ctr'].map((n) => `usr/local/bin/${n}`),
      'usr/local/sbin/runc',
      RUNC,
    ])
    // Keys are base names (info.Name()).
    expect(s.assets.find((a) => a.assetPath === 'etc/crictl.yaml')?.key).toBe('crictl.yaml')
    expect(s.assets.find((a) => a.assetPath === 'usr/local/sbin/runc')?.key).toBe('runc')
    expect(s.assets.find((a) => a.assetPath === RUNC)?.key).toBe('runc.amd64')
  })
})

describe('AssetStore.find (Find(key, ""))', () => {
  it('returns null when nothing has the key', () => {
    expect(storeOf(asset(KUBELET)).find('kubectl')).toBeNull()
  })

  it('returns the single entry with that exact key', () => {
    const s = storeOf(asset(KUBELET), asset(CRICTL))
    expect(s.find('crictl')).toMatchObject({ key: 'crictl', assetPath: 'crictl' })
    expect(s.find('kubelet')).toMatchObject({ key: 'kubelet', assetPath: KUBELET })
  })

  it('does not match by regex or suffix: "crictl" does not find crictl.yaml or the crictl archive', () => {
    const s = storeOf(asset(CRICTL))
    expect(s.find('crictl')?.assetPath).toBe('crictl')
    expect(s.find('crictl.yaml')).toBeNull()
  })

  it('counts raw entries: two different paths with the same base name are an error', () => {
    const s = storeOf(asset(BUNDLE), asset(CRICTL))
    expect(thrown(() => s.find('crictl'))).toBe('found multiple matching assets for key: "crictl"')
    const err = (() => {
      try {
        s.find('crictl')
      } catch (e) {
        return e as LookupError
      }
      return null
    })()
    expect(err).toBeInstanceOf(LookupError)
    expect(err?.entries.map((e) => e.assetPath)).toEqual(['usr/local/bin/crictl', 'crictl'])
  })

  it('counts the same URL registered twice as two entries', () => {
    const s = storeOf(asset(KUBELET), asset(KUBELET))
    expect(thrown(() => s.find('kubelet'))).toBe('found multiple matching assets for key: "kubelet"')
  })
})

describe('AssetStore.findMatches (FindMatches)', () => {
  it('matches the regex against AssetPath and keys the result by base name, the later entry winning', () => {
    const s = storeOf(asset(CNI), asset(BUNDLE))
    const all = s.findMatches(/.*/)
    expect(all.get('bridge')?.assetPath).toBe('opt/cni/bin/bridge')
    expect(all.get('bridge')?.from.urls[0]).toBe(BUNDLE)
    // cni-plugins v1.2.0 ships no LICENSE (added to the tarball from v1.5.0).
    expect(all.has('LICENSE')).toBe(false)
    // The archive files themselves are entries too.
    expect(all.get('cni-plugins-linux-amd64-v1.2.0.tgz')?.assetPath).toBe(CNI)
  })

  it('applies unanchored patterns to full URLs of plain files and archives', () => {
    const s = storeOf(asset(RUNC), asset('https://artifacts.k8s.io/binaries/kops/1.29.2/linux/amd64/protokube'))
    expect([...s.findMatches(/\/runc\.(amd64|arm64)$/).keys()]).toEqual(['runc.amd64'])
    expect([...s.findMatches(/protokube$/).keys()]).toEqual(['protokube'])
  })

  it('lets anchored member patterns miss URLs', () => {
    const s = storeOf(asset('https://example.com/bin/containerd'))
    expect(s.findMatches(/^bin\/(containerd|ctr)/).size).toBe(0)
  })

  it('never fails, returning an empty map', () => {
    expect(storeOf(asset(KUBELET)).findMatches(/^nothing$/).size).toBe(0)
  })
})

describe('AssetStore.findMatch (FindMatch)', () => {
  it('fails with kOps text when nothing matches', () => {
    const s = storeOf(asset(KUBELET))
    expect(thrown(() => s.findMatch(/protokube$/, 'protokube$'))).toBe('found no matching assets for expr: "protokube$"')
  })

  it('fails with kOps text for two or more distinct keys', () => {
    const s = storeOf(asset('https://github.com/containerd/containerd/releases/download/v1.7.16/containerd-1.7.16-linux-amd64.tar.gz'))
    expect(thrown(() => s.findMatch(/^bin\/(containerd|ctr)/, '^bin/(containerd|ctr)'))).toBe('found multiple matching assets for expr: "^bin/(containerd|ctr)"')
  })

  it('quotes the expression like Go %q (backslashes doubled)', () => {
    const s = new AssetStore()
    expect(thrown(() => s.findMatch(/^(\.\/)?usr\/local\/sbin\/runc$/, '^(\\./)?usr/local/sbin/runc$'))).toBe('found no matching assets for expr: "^(\\\\./)?usr/local/sbin/runc$"')
  })

  it('counts distinct keys, not entries: two crictl files are one match (the later one)', () => {
    const s = storeOf(asset(CRICTL), asset(BUNDLE))
    const m = s.findMatch(/crictl$/, 'crictl$')
    expect(m.key).toBe('crictl')
    expect(m.assetPath).toBe('usr/local/bin/crictl')
  })
})
