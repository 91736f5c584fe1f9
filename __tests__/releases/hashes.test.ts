// The hashes kOps carries in its own source (src/releases/data/hashes.ts), spot-checked against values read from the
// kOps source at a tag, and the plans that now carry them cross-checked against kOps's integration expectations.
import { describe, expect, it } from '@jest/globals'
import { KNOWN_HASHES } from '../../src/releases/data/hashes.js'
import { CONTAINERD_HASH_TABLE, RUNC_HASH_TABLE } from '../../src/releases/data/known-versions.js'
import { knownHash, knownHashUrls } from '../../src/releases/hashes.js'
import { run, type ClusterOpts, type IgOpts } from '../simulate/fixtures.js'

describe('knownHash', () => {
  // [canonical URL, sha256, where kOps holds it]
  const SPOTS: [string, string, string][] = [
    ['https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubelet', '39e7f1c61c8389ea7680690f8bd5dd733672fa16875ae598df0fd8c205df57a9', 'pkg/assets/assetdata/k8s-1.31.yaml@v1.37.0-alpha.1'],
    ['https://dl.k8s.io/release/v1.33.1/bin/linux/arm64/kubelet', '10540261c311ae005b9af514d83c02694e12614406a8524fd2d0bad75296f70d', 'pkg/assets/assetdata/k8s-1.33.yaml@v1.37.0-alpha.1'],
    ['https://github.com/containerd/containerd/releases/download/v2.1.4/containerd-2.1.4-linux-amd64.tar.gz', '316d510a0428276d931023f72c09fdff1a6ba81d6cc36f31805fea6a3c88f515', 'pkg/assets/assetdata/containerd-2.1.yaml@v1.36.0'],
    ['https://github.com/containerd/containerd/releases/download/v2.0.0/containerd-2.0.0-linux-arm64.tar.gz', '2a00b1553f38aa9e716d61316b661961c2fbfbb7aad7bd73b377be5725ecc0f1', 'pkg/assets/assetdata/containerd-2.0.yaml@v1.36.0'],
    ['https://github.com/opencontainers/runc/releases/download/v1.3.0/runc.amd64', '028986516ab5646370edce981df2d8e8a8d12188deaf837142a02097000ae2f2', 'pkg/assets/assetdata/runc-1.3.yaml@v1.36.0'],
    ['https://github.com/opencontainers/runc/releases/download/v1.3.5/runc.arm64', 'bd843d75a788e612c9df286b1fa519a44fcbb7a7b8d01e2268431433cc7c718c', 'pkg/assets/assetdata/runc-1.3.yaml@v1.36.0'],
    ['https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-amd64.tar.gz', 'd16a1ffb3938f5a19d5c8f45d363bd091ef89c0bc4d44ad16b933eede32fdcbb', 'pkg/assets/assetdata/crictl.yaml@v1.30.0'],
    ['https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-arm64.tar.gz', '0b615cfa00c331fb9c4524f3d4058a61cc487b33a3436d1269e7832cf283f925', 'pkg/assets/assetdata/crictl.yaml@v1.30.0'],
    ['https://github.com/containernetworking/plugins/releases/download/v1.6.2/cni-plugins-linux-amd64-v1.6.2.tgz', 'b8e811578fb66023f90d2e238d80cec3bdfca4b44049af74c374d4fae0f9c090', 'pkg/assets/assetdata/cni-1.6.yaml@v1.36.0'],
    ['https://storage.googleapis.com/k8s-artifacts-cni/release/v1.2.0/cni-plugins-linux-amd64-v1.2.0.tgz', 'f3a841324845ca6bf0d4091b4fc7f97e18a623172158b72fc3fdcdb9d42d2d37', 'pkg/assets/assetdata/cni.yaml@v1.30.0'],
    ['https://storage.googleapis.com/k8s-artifacts-cni/release/v0.9.1/cni-plugins-linux-arm64-v0.9.1.tgz', 'ef17764ffd6cdcb16d76401bac1db6acc050c9b088f1be5efa0e094ea3b01df0', 'pkg/assets/assetdata/cni.yaml@v1.30.0'],
    ['https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.31.7/linux/amd64/ecr-credential-provider-linux-amd64', '7644623e4ec9ad443ab352a8a5800a5180ee28741288be805286ba72bb8e7164', 'pkg/assets/assetdata/ecr.yaml@v1.34.0'],
    ['https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.27.1/linux/arm64/ecr-credential-provider-linux-arm64', 'b3d567bda9e2996fc1fbd9d13506bd16763d3865b5c7b0b3c4b48c6088c04481', 'pkg/assets/assetdata/ecr.yaml@v1.30.0'],
    ['https://artifacts.k8s.io/binaries/cloud-provider-gcp/v35.0.0/auth-provider-gcp/linux/amd64/auth-provider-gcp', 'b5852509ab5c950485794afd49a3fd1c3d6166db988c15b683d2373b7055300f', 'pkg/assets/assetdata/gcp.yaml@v1.36.0'],
    ['https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-amd64.tar.gz', '71aee9d987b7fad0ff2ade50b038ad7e2356324edc02c54045960a3521b3e6a7', 'upup/pkg/fi/cloudup/nerdctl.go@v1.29.0'],
    ['https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-arm64.tar.gz', 'd8df47708ca57b9cd7f498055126ba7dcfc811d9ba43aae1830c93a09e70e22d', 'pkg/nodemodel/wellknownassets/nerdctl.go@v1.34.0'],
    ['https://storage.googleapis.com/k8s-staging-cloud-provider-gcp/auth-provider-gcp/linux-amd64/v20231005-providersv0.27.1-65-g8fbe8d27', '827d558953d861b81a35c3b599191a73f53c1f63bce42c61e7a3fee21a717a89', 'pkg/nodemodel/fileassets.go@v1.34.0'],
    ['https://storage.googleapis.com/k8s-staging-cloud-provider-gcp/auth-provider-gcp/linux-arm64/v20231005-providersv0.27.1-65-g8fbe8d27', 'f1617c0ef77f3718e12a3efc6f650375d5b5e96eebdbcbad3e465e89e781bdfa', 'upup/pkg/fi/cloudup/apply_cluster.go@v1.29.0'],
    // The Go tables of 1.26 … 1.29, under the URL kOps builds for the version and arch.
    ['https://github.com/opencontainers/runc/releases/download/v1.1.4/runc.amd64', 'db772be63147a4e747b4fe286c7c16a2edc4a8458bd3092ea46aaee77750e8ce', 'upup/pkg/fi/cloudup/runc.go@v1.26.0 findAllRuncHashesAmd64'],
    ['https://github.com/opencontainers/runc/releases/download/v1.1.4/runc.arm64', 'dbb71e737eaef454a406ce21fd021bd8f1b35afb7635016745992bbd7c17a223', 'upup/pkg/fi/cloudup/runc.go@v1.26.0 findAllRuncHashesArm64'],
    ['https://github.com/containerd/containerd/releases/download/v1.6.18/containerd-1.6.18-linux-arm64.tar.gz', '56b83a0bc955edc5ebaa3bd0f788e654b63395be00fcb1bd03ff4bdfe4b5e1e7', 'upup/pkg/fi/cloudup/containerd.go@v1.28.0-alpha.2 findAllContainerdHashesArm64'],
    ['https://storage.googleapis.com/cri-containerd-release/cri-containerd-1.3.4.linux-amd64.tar.gz', '4616971c3ad21c24f2f2320fa1c085577a91032a068dd56a41c7c4b71a458087', 'upup/pkg/fi/cloudup/containerd.go@v1.28.0-alpha.2 findAllContainerdHashesAmd64'],
    ['https://download.docker.com/linux/static/stable/aarch64/docker-20.10.13.tgz', 'debed306ed9a4e70dcbcb228a0b3898f9730099e324f34bb0e76abbaddf7a6a7', 'upup/pkg/fi/cloudup/docker.go@v1.26.0 findAllDockerHashesArm64'],
    ['https://download.docker.com/linux/static/stable/x86_64/docker-17.03.2-ce.tgz', '183b31b001e7480f3c691080486401aa519101a5cfe6e05ad01b9f5521c4112d', 'upup/pkg/fi/cloudup/docker.go@v1.26.0 findAllDockerHashesAmd64'],
  ]
  for (const [url, hash, source] of SPOTS) {
    it(`${url.replace(/^https:\/\//, '')} (kubernetes/kops:${source})`, () => {
      expect(knownHash(url)).toBe(hash)
    })
  }

  it('gives null for a URL kOps holds no hash for', () => {
    for (const url of [
      'https://example.com/kubelet',
      'https://dl.k8s.io/release/v1.36.0-rc.1/bin/linux/amd64/kubelet',
      // Same file, other host: kOps looks hashes up by the exact canonical URL.
      'https://storage.googleapis.com/kubernetes-release/release/v1.31.0/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/',
      'https://dl.k8s.io/release/',
      'https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubelet?x=1',
      'https://artifacts.k8s.io/binaries/kops/1.30.0/linux/amd64/protokube',
      // kOps's data names this file with the text "Hash:" as its sha256; nothing is carried for it.
      'https://github.com/opencontainers/runc/releases/download/v1.1.14/SHA512',
      '',
      'constructor',
      '__proto__',
    ]) expect(knownHash(url)).toBeNull()
  })

  it('decodes every entry to a 32-byte sha256 and holds only http(s) URLs', () => {
    const urls = knownHashUrls()
    expect(urls.length).toBeGreaterThan(6000)
    expect(new Set(urls).size).toBe(urls.length)
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/[^\s]+[^/]$/)
      expect(knownHash(url)).toMatch(/^[0-9a-f]{64}$/)
    }
  })

  it('keeps no base that is a prefix of another (kOps matches every base that prefixes the URL)', () => {
    const bases = Object.keys(KNOWN_HASHES)
    for (const a of bases) for (const b of bases) if (a !== b) expect(b.startsWith(a)).toBe(false)
  })

  it('has a hash for every version of the 1.26 … 1.29 URL+hash tables, per arch, as kOps builds the URL', () => {
    const containerd = (v: string, arch: string) => `https://github.com/containerd/containerd/releases/download/v${v}/containerd-${v}-linux-${arch}.tar.gz`
    const bundle = (v: string) => `https://github.com/containerd/containerd/releases/download/v${v}/cri-containerd-cni-${v}-linux-amd64.tar.gz`
    const legacy = (v: string) => `https://storage.googleapis.com/cri-containerd-release/cri-containerd-${v}.linux-amd64.tar.gz`
    const docker = (dir: string, dv: string) => `https://download.docker.com/linux/static/stable/${dir}/docker-${dv}.tgz`
    const n = (v: string) => v.split('.').map(Number)
    const gte = (v: string, min: string) => {
      const [a, b] = [n(v), n(min)]
      for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i]
      return true
    }
    const missing: string[] = []
    const want = (url: string) => {
      if (knownHash(url) === null) missing.push(url)
    }
    for (const row of CONTAINERD_HASH_TABLE) {
      for (const v of row.versions) want(gte(v, '1.6.0') ? containerd(v, 'amd64') : gte(v, '1.3.8') ? bundle(v) : legacy(v))
      for (const v of row.arm64Versions ?? []) want(containerd(v, 'arm64'))
      for (const dv of Object.values(row.dockerMappings ?? {})) for (const dir of ['x86_64', 'aarch64']) want(docker(dir, dv))
    }
    for (const row of RUNC_HASH_TABLE) for (const v of row.versions) for (const arch of ['amd64', 'arm64']) want(`https://github.com/opencontainers/runc/releases/download/v${v}/runc.${arch}`)
    expect(missing).toEqual([])
  })
})

// kOps's integration expectations: the `Assets:` entries of
// kubernetes/kops:tests/integration/update_cluster/<case>/data/aws_s3_object_nodeupconfig-nodes_content at the tag,
// re-typed here as data (`<sha256>@<urls>`). The cluster fields are those of each case's in-v1alpha2.yaml that decide
// assets (as in __tests__/simulate/integration-expectations.test.ts).
describe('plans carry the hashes of kOps integration expectations', () => {
  const NODES: IgOpts = { name: 'nodes', role: 'Node', machineType: 't2.medium' }
  interface Case {
    tag: string
    kops: string
    arch: 'amd64' | 'arm64'
    cluster: ClusterOpts
    assets: string[]
    /** Files kOps's source holds no hash for (kOps downloads `<url>.sha256`): planned with a null hash here. */
    downloaded?: string[]
  }
  const CASES: Record<string, Case> = {
    'minimal-1.30@v1.30.0 amd64': {
      tag: '1.30.0',
      kops: '1.21.0-alpha.1',
      arch: 'amd64',
      cluster: { k8s: 'v1.30.0', spec: ['  networking:', '    cni: {}'] },
      assets: [
        '32a32ec3d7e7f8b2648c9dd503ce9ef63b4af1d1677f5b5aed7846fb02d66f18@https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubelet,https://cdn.dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubelet',
        '7c3807c0f5c1b30110a2ff1e55da1d112a6d0096201f1beb81b269f582b5d1c5@https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl,https://cdn.dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl',
        '5035d7814c95cd3cedbc5efb447ef25a4942ef05caab2159746d55ce1698c74a@https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.27.1/linux/amd64/ecr-credential-provider-linux-amd64',
        'f3a841324845ca6bf0d4091b4fc7f97e18a623172158b72fc3fdcdb9d42d2d37@https://storage.googleapis.com/k8s-artifacts-cni/release/v1.2.0/cni-plugins-linux-amd64-v1.2.0.tgz',
        '4f4f2c3c7d14fd59a404961a3a3341303c2fdeeba0e78808c209f606e828f99c@https://github.com/containerd/containerd/releases/download/v1.7.16/containerd-1.7.16-linux-amd64.tar.gz',
        'aadeef400b8f05645768c1476d1023f7875b78f52c7ff1967a6dbce236b8cbd8@https://github.com/opencontainers/runc/releases/download/v1.1.12/runc.amd64',
        '71aee9d987b7fad0ff2ade50b038ad7e2356324edc02c54045960a3521b3e6a7@https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-amd64.tar.gz',
        'd16a1ffb3938f5a19d5c8f45d363bd091ef89c0bc4d44ad16b933eede32fdcbb@https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-amd64.tar.gz',
      ],
    },
    'minimal-1.30@v1.30.0 arm64': {
      tag: '1.30.0',
      kops: '1.21.0-alpha.1',
      arch: 'arm64',
      cluster: { k8s: 'v1.30.0', spec: ['  networking:', '    cni: {}'] },
      assets: [
        'fa887647422d34f3c7cc5b30fefcf97084d2c3277eff237c5808685ba8e4b15a@https://dl.k8s.io/release/v1.30.0/bin/linux/arm64/kubelet,https://cdn.dl.k8s.io/release/v1.30.0/bin/linux/arm64/kubelet',
        '669af0cf520757298ea60a8b6eb6b719ba443a9c7d35f36d3fb2fd7513e8c7d2@https://dl.k8s.io/release/v1.30.0/bin/linux/arm64/kubectl,https://cdn.dl.k8s.io/release/v1.30.0/bin/linux/arm64/kubectl',
        'b3d567bda9e2996fc1fbd9d13506bd16763d3865b5c7b0b3c4b48c6088c04481@https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.27.1/linux/arm64/ecr-credential-provider-linux-arm64',
        '525e2b62ba92a1b6f3dc9612449a84aa61652e680f7ebf4eff579795fe464b57@https://storage.googleapis.com/k8s-artifacts-cni/release/v1.2.0/cni-plugins-linux-arm64-v1.2.0.tgz',
        '2d4373de40a6f58cd0f29377c0257b35697a987248e6268520586996771d7a75@https://github.com/containerd/containerd/releases/download/v1.7.16/containerd-1.7.16-linux-arm64.tar.gz',
        '879f910a05c95c10c64ad8eb7d5e3aa8e4b30e65587b3d68e009a3565aed5bb8@https://github.com/opencontainers/runc/releases/download/v1.1.12/runc.arm64',
        'd8df47708ca57b9cd7f498055126ba7dcfc811d9ba43aae1830c93a09e70e22d@https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-arm64.tar.gz',
        '0b615cfa00c331fb9c4524f3d4058a61cc487b33a3436d1269e7832cf283f925@https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-arm64.tar.gz',
      ],
    },
    'minimal-1.32@v1.32.3 amd64': {
      tag: '1.32.3',
      kops: '1.21.0-alpha.1',
      arch: 'amd64',
      cluster: { k8s: 'v1.32.0', spec: ['  networking:', '    cni: {}'] },
      assets: [
        '5ad4965598773d56a37a8e8429c3dc3d86b4c5c26d8417ab333ae345c053dae2@https://dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubelet',
        '646d58f6d98ee670a71d9cdffbf6625aeea2849d567f214bc43a35f8ccb7bf70@https://dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubectl',
        '5035d7814c95cd3cedbc5efb447ef25a4942ef05caab2159746d55ce1698c74a@https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.27.1/linux/amd64/ecr-credential-provider-linux-amd64',
        'b8e811578fb66023f90d2e238d80cec3bdfca4b44049af74c374d4fae0f9c090@https://github.com/containernetworking/plugins/releases/download/v1.6.2/cni-plugins-linux-amd64-v1.6.2.tgz',
        '02990fa281c0a2c4b073c6d2415d264b682bd693aa7d86c5d8eb4b86d684a18c@https://github.com/containerd/containerd/releases/download/v1.7.25/containerd-1.7.25-linux-amd64.tar.gz',
        'e83565aa78ec8f52a4d2b4eb6c4ca262b74c5f6770c1f43670c3029c20175502@https://github.com/opencontainers/runc/releases/download/v1.2.4/runc.amd64',
        '71aee9d987b7fad0ff2ade50b038ad7e2356324edc02c54045960a3521b3e6a7@https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-amd64.tar.gz',
        'd16a1ffb3938f5a19d5c8f45d363bd091ef89c0bc4d44ad16b933eede32fdcbb@https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-amd64.tar.gz',
      ],
    },
    'minimal-1.32@v1.32.3 arm64': {
      tag: '1.32.3',
      kops: '1.21.0-alpha.1',
      arch: 'arm64',
      cluster: { k8s: 'v1.32.0', spec: ['  networking:', '    cni: {}'] },
      assets: [
        'bda9b2324c96693b38c41ecea051bab4c7c434be5683050b5e19025b50dbc0bf@https://dl.k8s.io/release/v1.32.0/bin/linux/arm64/kubelet',
        'ba4004f98f3d3a7b7d2954ff0a424caa2c2b06b78c17b1dccf2acc76a311a896@https://dl.k8s.io/release/v1.32.0/bin/linux/arm64/kubectl',
        'b3d567bda9e2996fc1fbd9d13506bd16763d3865b5c7b0b3c4b48c6088c04481@https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.27.1/linux/arm64/ecr-credential-provider-linux-arm64',
        '01e0e22acc7f7004e4588c1fe1871cc86d7ab562cd858e1761c4641d89ebfaa4@https://github.com/containernetworking/plugins/releases/download/v1.6.2/cni-plugins-linux-arm64-v1.6.2.tgz',
        'e9201d478e4c931496344b779eb6cb40ce5084ec08c8fff159a02cabb0c6b9bf@https://github.com/containerd/containerd/releases/download/v1.7.25/containerd-1.7.25-linux-arm64.tar.gz',
        '285f6c4c3de1d78d9f536a0299ae931219527b2ebd9ad89df5a1072896b7e82a@https://github.com/opencontainers/runc/releases/download/v1.2.4/runc.arm64',
        'd8df47708ca57b9cd7f498055126ba7dcfc811d9ba43aae1830c93a09e70e22d@https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-arm64.tar.gz',
        '0b615cfa00c331fb9c4524f3d4058a61cc487b33a3436d1269e7832cf283f925@https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-arm64.tar.gz',
      ],
    },
    'ha_gce@v1.34.0 amd64 (staging auth-provider-gcp, mounter, CNI with a GitHub fallback)': {
      tag: '1.34.0',
      kops: '1.21.0-alpha.1',
      arch: 'amd64',
      cluster: { name: 'ha-gce.example.com', cloud: 'gce', k8s: 'v1.32.0', spec: ['  networking:', '    cni: {}'] },
      assets: [
        '5ad4965598773d56a37a8e8429c3dc3d86b4c5c26d8417ab333ae345c053dae2@https://dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubelet,https://cdn.dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubelet',
        '646d58f6d98ee670a71d9cdffbf6625aeea2849d567f214bc43a35f8ccb7bf70@https://dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubectl,https://cdn.dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubectl',
        'eca252d94176f8e08084433d08cd478c28cba7b773b49d691f1bec0f1e94e7d1@https://dl.k8s.io/release/v1.32.0/bin/linux/amd64/mounter,https://cdn.dl.k8s.io/release/v1.32.0/bin/linux/amd64/mounter',
        '827d558953d861b81a35c3b599191a73f53c1f63bce42c61e7a3fee21a717a89@https://storage.googleapis.com/k8s-staging-cloud-provider-gcp/auth-provider-gcp/linux-amd64/v20231005-providersv0.27.1-65-g8fbe8d27',
        '2503ce29ac445715ebe146073f45468153f9e28f45fa173cb060cfd9e735f563@https://storage.googleapis.com/k8s-artifacts-cni/release/v1.6.1/cni-plugins-linux-amd64-v1.6.1.tgz,https://github.com/containernetworking/plugins/releases/download/v1.6.1/cni-plugins-linux-amd64-v1.6.1.tgz',
        '316d510a0428276d931023f72c09fdff1a6ba81d6cc36f31805fea6a3c88f515@https://github.com/containerd/containerd/releases/download/v2.1.4/containerd-2.1.4-linux-amd64.tar.gz',
        '028986516ab5646370edce981df2d8e8a8d12188deaf837142a02097000ae2f2@https://github.com/opencontainers/runc/releases/download/v1.3.0/runc.amd64',
      ],
    },
    'minimal_gce@v1.35.0 arm64 (cloud-provider-gcp v35.0.0)': {
      tag: '1.35.0',
      kops: '1.34.0-beta.1',
      arch: 'arm64',
      cluster: { name: 'minimal-gce.example.com', cloud: 'gce', k8s: 'v1.32.0', spec: ['  networking:', '    cni: {}'] },
      assets: [
        'bda9b2324c96693b38c41ecea051bab4c7c434be5683050b5e19025b50dbc0bf@https://dl.k8s.io/release/v1.32.0/bin/linux/arm64/kubelet',
        'ba4004f98f3d3a7b7d2954ff0a424caa2c2b06b78c17b1dccf2acc76a311a896@https://dl.k8s.io/release/v1.32.0/bin/linux/arm64/kubectl',
        'ee06cd4a0e8428a3cced77f4f7db836138c589e8e4bf46f0c676f8ff4b54b942@https://dl.k8s.io/release/v1.32.0/bin/linux/arm64/mounter',
        '510aee27ef32a27b76e461e9084719365210d56166057b37db290a72dfecbffa@https://artifacts.k8s.io/binaries/cloud-provider-gcp/v35.0.0/auth-provider-gcp/linux/arm64/auth-provider-gcp',
        '01e0e22acc7f7004e4588c1fe1871cc86d7ab562cd858e1761c4641d89ebfaa4@https://github.com/containernetworking/plugins/releases/download/v1.6.2/cni-plugins-linux-arm64-v1.6.2.tgz',
        '88d6e32348c36628c8500a630c6dd4b3cb8c680b1d18dc8d1d19041f67757c6e@https://github.com/containerd/containerd/releases/download/v2.1.6/containerd-2.1.6-linux-arm64.tar.gz',
        'd6dcab36d1b6af1b72c7f0662e5fcf446a291271ba6006532b95c4144e19d428@https://github.com/opencontainers/runc/releases/download/v1.3.4/runc.arm64',
      ],
    },
    'minimal-1.36@v1.36.0 amd64 (a Kubernetes release candidate kOps has no hash for)': {
      tag: '1.36.0',
      kops: '1.34.0-beta.1',
      arch: 'amd64',
      cluster: { k8s: 'v1.36.0-rc.1', spec: ['  networking:', '    cni: {}'] },
      assets: [
        '21be18730b9c70507bb68a1da0b1d57b61a2499f3583e7ffec5e7aeee71ebb9d@https://dl.k8s.io/release/v1.36.0-rc.1/bin/linux/amd64/kubelet',
        '837bb39bfdf84d6b63f2d53e1f73bc6034bc2b2393641c8d2ba69d2b3b174092@https://dl.k8s.io/release/v1.36.0-rc.1/bin/linux/amd64/kubectl',
        '7644623e4ec9ad443ab352a8a5800a5180ee28741288be805286ba72bb8e7164@https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.31.7/linux/amd64/ecr-credential-provider-linux-amd64',
        'b8e811578fb66023f90d2e238d80cec3bdfca4b44049af74c374d4fae0f9c090@https://github.com/containernetworking/plugins/releases/download/v1.6.2/cni-plugins-linux-amd64-v1.6.2.tgz',
        '62e77f6294e432dca5b56ad7e7d6085b5bbb526ebba0a51d832714f9b04cfdfd@https://github.com/containerd/containerd/releases/download/v2.2.4/containerd-2.2.4-linux-amd64.tar.gz',
        '66fa8390be8fb3b23dfbb60c767368bb5b51f1acfa88692bbff1a82953d4d9e9@https://github.com/opencontainers/runc/releases/download/v1.3.5/runc.amd64',
      ],
      downloaded: ['https://dl.k8s.io/release/v1.36.0-rc.1/bin/linux/amd64/kubelet', 'https://dl.k8s.io/release/v1.36.0-rc.1/bin/linux/amd64/kubectl'],
    },
  }

  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const r = run({ release: c.tag, kopsVersion: c.kops, cluster: c.cluster, ig: NODES, arch: c.arch })
      const downloaded = new Set(c.downloaded ?? [])
      const expected = c.assets.map((line) => {
        const at = line.indexOf('@')
        const urls = line.slice(at + 1).split(',')
        return { urls, hash: downloaded.has(urls[0]) ? null : line.slice(0, at) }
      })
      expect(r.assets.map((a) => ({ urls: a.urls, hash: a.hash }))).toEqual(expected)
    })
  }

  it('keeps the staging auth-provider-gcp hash for a custom binariesLocation, as kOps does', () => {
    const cluster: ClusterOpts = {
      apiVersion: 'kops.k8s.io/v1alpha3',
      name: 'ha-gce.example.com',
      cloud: null,
      k8s: 'v1.32.0',
      spec: ['  cloudProvider:', '    gce:', '      binariesLocation: https://mirror.example.com/gcp', '  networking:', '    cni: {}'],
    }
    const r = run({ release: '1.34.0', kopsVersion: '1.34.0', cluster, ig: NODES, arch: 'amd64' })
    const gcp = r.assets.find((a) => a.component === 'auth-provider-gcp')
    expect(gcp).toMatchObject({
      urls: ['https://mirror.example.com/gcp/linux-amd64/v20231005-providersv0.27.1-65-g8fbe8d27'],
      hash: '827d558953d861b81a35c3b599191a73f53c1f63bce42c61e7a3fee21a717a89',
    })
  })

  it('looks the hash up by the canonical URL and writes it for the fileRepository copy', () => {
    const cluster: ClusterOpts = { k8s: 'v1.32.0', spec: ['  assets:', '    fileRepository: https://files.example.com/mirror', '  networking:', '    cni: {}'] }
    const r = run({ release: '1.32.3', kopsVersion: '1.32.3', cluster, ig: NODES, arch: 'amd64' })
    expect(r.assets[0]).toMatchObject({
      urls: ['https://files.example.com/mirror/release/v1.32.0/bin/linux/amd64/kubelet'],
      hash: '5ad4965598773d56a37a8e8429c3dc3d86b4c5c26d8417ab333ae345c053dae2',
    })
  })
})

describe('knownHash lookup', () => {
  it('finds nothing for a URL beside one of the table (looked up by directory, then name)', () => {
    const urls = knownHashUrls()
    expect(knownHash(urls[0] + '.sha256')).toBeNull()
    expect(knownHash(urls[0].slice(0, urls[0].lastIndexOf('/') + 1) + 'not-a-file')).toBeNull()
  })
})

