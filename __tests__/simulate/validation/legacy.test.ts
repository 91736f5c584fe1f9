// ValidateCluster and DeepValidate (kubernetes/kops:pkg/apis/kops/validation/legacy.go) on our own fixtures, and the
// staged entry points of src/simulate/validation/index.ts.
import { describe, expect, it } from '@jest/globals'
import { readCluster, readInstanceGroup } from '../../../src/manifests/model.js'
import { parseManifestFile } from '../../../src/manifests/parse.js'
import { renderFieldError, type FieldError } from '../../../src/simulate/validation/field.js'
import { deepValidate, validateInputCluster, validateInputInstanceGroups } from '../../../src/simulate/validation/index.js'
import type { ValidationContext } from '../../../src/simulate/validation/context.js'
import { parseKubernetesVersion } from '../../../src/simulate/validation/legacy.js'

// The blocks every real cluster has, appended after a fixture's own lines (so their positions stay) unless it writes them.
const SUBNETS = ['  subnets:', '  - name: a', '    cidr: 172.20.32.0/19', '    type: Public']
const ETCD = ['  etcdClusters:', '  - name: main', '    etcdMembers: [{instanceGroup: g0, name: a}]', '  - name: events', '    etcdMembers: [{instanceGroup: g0, name: a}]']

function completed(spec: string[]): string[] {
  const has = (key: string) => spec.some((l) => l.startsWith(`  ${key}:`))
  return [...spec, ...(has('subnets') ? [] : SUBNETS), ...(has('etcdClusters') ? [] : ETCD)]
}

/** A Cluster whose line 5 is `spec:` and line 8 the first extra line; subnets and etcd clusters follow unless given. */
function ctxFor(release: string, spec: string[], opts: { cloud?: string; k8s?: string; groups?: string[][]; incomplete?: boolean } = {}): ValidationContext {
  const lines = opts.incomplete ? spec : completed(spec)
  const text = ['apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', '  name: c.example.com', 'spec:', `  cloudProvider: ${opts.cloud ?? 'aws'}`, `  kubernetesVersion: ${opts.k8s ?? '1.30.2'}`, ...lines].join('\n')
  const cluster = readCluster(parseManifestFile('cluster.yaml', text).docs[0])
  const groups = (opts.groups ?? []).map((g, i) =>
    readInstanceGroup(parseManifestFile(`ig${i}.yaml`, ['apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata:', `  name: g${i}`, 'spec:', ...g].join('\n')).docs[0]),
  )
  return { release, k8sVersion: (opts.k8s ?? '1.30.2').replace(/^v/, ''), cluster, instanceGroups: groups, strict: false }
}

const summary = (errs: FieldError[]): [string, string][] => errs.map((e) => [renderFieldError(e), `${e.at.pos.line}:${e.at.pos.column}`])
const errs = (release: string, spec: string[], opts: Parameters<typeof ctxFor>[2] = {}) => summary(validateInputCluster(ctxFor(release, spec, opts)))

// A 1.26-valid network so that legacy-networking's checks stay quiet unless a test breaks them.
const NET = ['  networkCIDR: 172.20.0.0/16', '  nonMasqueradeCIDR: 100.64.0.0/10', '  subnets:', '  - name: a', '    cidr: 172.20.32.0/19', '    type: Public']

describe('kubernetesVersion', () => {
  it('stops at an unparsable version, at the value', () => {
    expect(errs('1.30.0', ['  kubelet:', '    cloudProvider: gce'], { k8s: 'latest' })).toEqual([['spec.kubernetesVersion: Invalid value: "latest": unable to determine kubernetes version', '7:22']])
  })

  it('parses like util.ParseKubernetesVersion, including channel URLs', () => {
    expect(['v1.30.2', '1.29', 'https://example.com/v1.31.0/', 'x'].map(parseKubernetesVersion)).toEqual(['1.30.2', '1.29.0', '1.31.0', null])
  })
})

describe('components\' cloudProvider', () => {
  it('refuses a kubelet cloudProvider other than the cluster\'s or external, at the key', () => {
    expect(errs('1.30.0', ['  kubelet:', '    cloudProvider: gce', '  masterKubelet:', '    cloudProvider: external'])).toEqual([
      ['spec.kubelet.cloudProvider: Forbidden: Did not match cluster cloudProvider', '9:5'],
    ])
  })

  it('prints masterKubelet as controlPlaneKubelet from 1.26.0-beta.1', () => {
    const spec = ['  masterKubelet:', '    cloudProvider: gce', ...NET]
    expect(errs('1.26.0', spec)).toEqual([['spec.controlPlaneKubelet.cloudProvider: Forbidden: Did not match cluster cloudProvider', '9:5']])
    expect(errs('1.26.0-alpha.2', spec)).toEqual([['spec.masterKubelet.cloudProvider: Forbidden: Did not match cluster cloudProvider', '9:5']])
  })

  it('checks kubeAPIServer.cloudProvider only below Kubernetes 1.33.0 (1.32.2+) or 1.33.0-alpha.3 (1.33+)', () => {
    const spec = ['  kubeAPIServer:', '    cloudProvider: gce']
    const refused = [['spec.kubeAPIServer.cloudProvider: Forbidden: Did not match cluster cloudProvider', '9:5']]
    expect(errs('1.32.1', spec, { k8s: '1.33.0' })).toEqual(refused)
    expect(errs('1.32.2', spec, { k8s: '1.33.0' })).toEqual([])
    expect(errs('1.32.2', spec, { k8s: '1.33.0-alpha.3' })).toEqual(refused)
    expect(errs('1.33.0', spec, { k8s: '1.33.0-alpha.3' })).toEqual([])
    expect(errs('1.33.0', spec, { k8s: '1.33.0-alpha.2' })).toEqual(refused)
  })

  it('maps Scaleway to external from 1.26.0-beta.1 and Linode from 1.36.0-alpha.1', () => {
    const spec = ['  kubelet:', '    cloudProvider: scaleway']
    expect(errs('1.30.0', spec, { cloud: 'scaleway' })).toEqual([['spec.kubelet.cloudProvider: Forbidden: Did not match cluster cloudProvider', '9:5']])
    // Linode subnets name their region (requiresSubnetRegion) and, from 1.36.0-alpha.1, Linode has no public DNS topology.
    const linode = ['  kubelet:', '    cloudProvider: aws', ...SUBNETS, '    region: us-east', '  topology:', '    dns:', '      type: None']
    expect(errs('1.35.0', linode, { cloud: 'linode' })).toEqual([])
    expect(errs('1.36.0-alpha.1', linode, { cloud: 'linode' })).toEqual([['spec.kubelet.cloudProvider: Forbidden: Did not match cluster cloudProvider', '9:5']])
  })
})

describe('CIDRs and kubeDNS', () => {
  it('checks the controller manager clusterCIDR against nonMasqueradeCIDR', () => {
    expect(errs('1.30.0', ['  nonMasqueradeCIDR: 100.64.0.0/10', '  kubeControllerManager:', '    clusterCIDR: 10.0.0.0/16'])).toEqual([
      ['spec.kubeControllerManager.clusterCIDR: Forbidden: kubeControllerManager.clusterCIDR "10.0.0.0/16" must be a subnet of nonMasqueradeCIDR "100.64.0.0/10"', '10:5'],
    ])
    expect(errs('1.30.0', ['  kubeControllerManager:', '    clusterCIDR: 10.0.0.0/33'])).toEqual([
      ['spec.kubeControllerManager.clusterCIDR: Invalid value: "10.0.0.0/33": cluster had an invalid kubeControllerManager.clusterCIDR', '9:18'],
    ])
  })

  it('checks the DNS server IP, node-local DNS provider and upstream nameservers', () => {
    expect(
      errs('1.30.0', [
        '  serviceClusterIPRange: 100.64.0.0/13',
        '  kubeDNS:',
        '    serverIP: 100.72.0.10',
        '    provider: KubeDNS',
        '    nodeLocalDNS:',
        '      enabled: true',
        '    upstreamNameservers:',
        '    - 8.8.8.8',
        '    - 08.8.8.8',
      ]),
    ).toEqual([
      ['spec.kubeDNS.serverIP: Forbidden: ServiceClusterIPRange "100.64.0.0/13" must contain the DNS Server IP "100.72.0.10"', '10:5'],
      ['spec.kubeDNS.provider: Forbidden: KubeDNS provider must be set to CoreDNS if NodeLocalDNS addon is enabled', '11:5'],
      ['spec.kubeDNS.upstreamNameservers[1]: Invalid value: "08.8.8.8": Invalid nameserver given, should be a valid ip address', '16:7'],
    ])
  })

  it('refuses a kubelet clusterDNS that is neither the server IP nor the node-local IP when node-local DNS is configured', () => {
    const spec = ['  kubelet:', '    clusterDNS: 10.0.0.3', '  kubeDNS:', '    serverIP: 100.64.0.10', '    nodeLocalDNS:', '      localIP: 169.254.20.10']
    expect(errs('1.30.0', spec)).toEqual([['spec.kubelet.clusterDNS: Forbidden: Kubelet ClusterDNS did not match cluster kubeDNS.serverIP or nodeLocalDNS.localIP', '9:5']])
  })

  it('reports stub domains without or with bad nameservers', () => {
    expect(errs('1.30.0', ['  kubeDNS:', '    stubDomains:', '      a.example: []', '      b.example: ["1.2.3"]'])).toEqual([
      ['spec.kubeDNS.stubDomains[a.example]: Invalid value: "a.example": No nameservers specified for the stub domain', '10:7'],
      ['spec.kubeDNS.stubDomains[b.example][0]: Invalid value: "1.2.3": Invalid nameserver given, should be a valid ip address', '11:19'],
    ])
  })
})

describe('service account issuer discovery', () => {
  const said = (lines: string[]) => ['  serviceAccountIssuerDiscovery:', ...lines]

  it('refuses S3 buckets with dots and, before 1.29.0-alpha.3, any non-S3 store', () => {
    expect(errs('1.30.0', said(['    discoveryStore: s3://a.b/c']))).toEqual([
      ['spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.discoveryStore: Invalid value: "s3://a.b/c": Bucket name cannot contain dots', '9:21'],
    ])
    expect(errs('1.29.0-alpha.2', said(['    discoveryStore: gs://bucket/x']))).toEqual([
      ['spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.discoveryStore: Invalid value: "gs://bucket/x": S3 is the only supported VFS for discoveryStore', '9:21'],
    ])
    expect(errs('1.29.0-alpha.3', said(['    discoveryStore: gs://bucket/x']))).toEqual([])
    expect(errs('1.30.0', said(['    discoveryStore: ftp://x/y']))[0][0]).toBe(
      'spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.discoveryStore: Invalid value: "ftp://x/y": not a valid VFS path',
    )
  })

  it('needs a store (or, from 1.35.0-beta.1, a discovery service) for the AWS OIDC provider', () => {
    expect(errs('1.34.0', said(['    enableAWSOIDCProvider: true']))).toEqual([
      ['spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.enableAWSOIDCProvider: Forbidden: AWS OIDC Provider requires a discovery store', '9:5'],
    ])
    expect(errs('1.35.0-beta.1', said(['    enableAWSOIDCProvider: true']))[0][0]).toBe(
      'spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.enableAWSOIDCProvider: Forbidden: AWS OIDC Provider requires a discoveryStore or discoveryService to be set',
    )
    expect(errs('1.35.0-beta.1', said(['    discoveryStore: s3://bucket', '    discoveryService: {}']))).toEqual([
      ['spec.serviceAccountIssuerDiscovery.discoveryStore: Forbidden: Only one of discoveryStore or discoveryService may be specified', '9:5'],
      ['spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.discoveryService.url: Required value: discoveryService URL must be specified', '10:5'],
    ])
  })
})

describe('1.26.0-alpha only', () => {
  it('refuses Vault stores (feature flag off) and, off AWS, Vault at all; OIDC below Kubernetes 1.18', () => {
    const spec = ['  secretStore: vault://v/secrets', '  keyStore: vault://v/keys', ...NET]
    expect(errs('1.26.0-alpha.2', spec, { cloud: 'gce' }).map((x) => x[0]).filter((m) => m.includes('Vault') || m.includes('vault'))).toEqual([
      'spec.secretStore: Forbidden: vault VFS is an experimental feature; set `export KOPS_FEATURE_FLAGS=VFSVaultSupport`',
      'spec.secretStore: Forbidden: Vault secret store is only available on AWS',
      'spec.keyStore: Forbidden: vault VFS is an experimental feature; set `export KOPS_FEATURE_FLAGS=VFSVaultSupport`',
      'spec.keyStore: Forbidden: Vault keystore is only available on AWS',
    ])
    expect(errs('1.26.0-beta.1', spec).filter((x) => x[0].includes('ault'))).toEqual([])
    const oidc = [...NET, '  serviceAccountIssuerDiscovery:', '    discoveryStore: s3://bucket', '    enableAWSOIDCProvider: true']
    expect(errs('1.26.0-alpha.1', oidc, { k8s: '1.17.9' })).toEqual([
      ['spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.enableAWSOIDCProvider: Forbidden: AWS OIDC Provider requires kubernetes 1.18 or greates', '16:5'],
    ])
    expect(errs('1.26.0-alpha.2', oidc, { k8s: '1.17.9' })).toEqual([])
  })
})

describe('1.26 networking checks (before 1.27.0-alpha.2)', () => {
  it('refuses a nonMasqueradeCIDR overlapping the network: legacy.go in 1.26, validateNetworking from 1.27.0-alpha.2', () => {
    const spec = ['  networkCIDR: 100.64.0.0/16', '  nonMasqueradeCIDR: 100.64.0.0/10', '  subnets:', '  - name: a', '    cidr: 100.64.32.0/19', '    type: Public']
    expect(errs('1.26.6', spec)).toEqual([['spec.networking.nonMasqueradeCIDR: Forbidden: nonMasqueradeCIDR "100.64.0.0/10" cannot overlap with networkCIDR "100.64.0.0/16"', '9:3']])
    expect(errs('1.26.0-alpha.2', spec)[0][0]).toBe('spec.nonMasqueradeCIDR: Forbidden: nonMasqueradeCIDR "100.64.0.0/10" cannot overlap with networkCIDR "100.64.0.0/16"')
    // kubernetes/kops:pkg/apis/kops/validation/validation.go@v1.27.0-alpha.2 (legacy.go drops it in the same tag).
    expect(errs('1.27.0-alpha.2', spec)).toEqual([['spec.networking.nonMasqueradeCIDR: Forbidden: nonMasqueradeCIDR "100.64.0.0/10" cannot overlap with networkCIDR "100.64.0.0/16"', '9:3']])
  })

  it('refuses a subnet outside the network, after the cloudProvider checks', () => {
    const spec = ['  kubelet:', '    cloudProvider: gce', '  networkCIDR: 172.20.0.0/16', '  nonMasqueradeCIDR: 100.64.0.0/10', '  subnets:', '  - name: a', '    cidr: 10.1.0.0/19', '    type: Public']
    expect(errs('1.26.3', spec)).toEqual([
      ['spec.kubelet.cloudProvider: Forbidden: Did not match cluster cloudProvider', '9:5'],
      ['spec.networking.subnets[0].cidr: Forbidden: subnet "a" had a cidr "10.1.0.0/19" that was not a subnet of the networkCIDR "172.20.0.0/16"', '14:5'],
    ])
  })

  it('requires subnets, networkCIDR and nonMasqueradeCIDR on AWS', () => {
    // legacy.go's own three, then validateSubnets' bare Required (pkg/apis/kops/validation/validation.go@v1.26.0).
    expect(errs('1.26.0', ETCD, { incomplete: true })).toEqual([
      ['spec.networking.subnets: Required value: must configure at least one subnet (use --zones)', '5:1'],
      ['spec.networking.networkCIDR: Required value: Cluster did not have networkCIDR set', '5:1'],
      ['spec.networking.nonMasqueradeCIDR: Required value: Cluster did not have nonMasqueradeCIDR set', '5:1'],
      ['spec.networking.subnets: Required value', '5:1'],
    ])
  })
})

describe('kOps\'s steps', () => {
  const node = ['  role: Node', '  subnets: [a]']
  const cp = ['  role: Master', '  subnets: [a]']

  it('input groups fail one at a time with kOps\'s prefix', () => {
    const c = ctxFor('1.30.0', NET, { groups: [cp, ['  role: Node', '  minSize: 3', '  maxSize: 1', '  taints: [a:b:c]'], ['  role: x']] })
    expect(validateInputInstanceGroups(c)).toEqual({
      instanceGroup: 'g1',
      errors: expect.any(Array),
      error: 'failed validating input specs: [spec.maxSize: Forbidden: maxSize must be greater than or equal to minSize., spec.taints[0]: Invalid value: "a:b:c": invalid taint value]',
    })
  })

  it('DeepValidate needs control-plane and node groups, then cross-validates each', () => {
    expect(deepValidate(ctxFor('1.30.0', NET, { groups: [] }))?.error).toBe('must configure at least one InstanceGroup')
    expect(deepValidate(ctxFor('1.26.0-alpha.2', NET, { groups: [node] }))?.error).toBe('must configure at least one Master InstanceGroup')
    expect(deepValidate(ctxFor('1.30.0', NET, { groups: [node] }))?.error).toBe('must configure at least one ControlPlane InstanceGroup')
    expect(deepValidate(ctxFor('1.30.0', NET, { groups: [cp] }))?.error).toBe('must configure at least one Node InstanceGroup')
    const bad = deepValidate(ctxFor('1.30.0', NET, { groups: [cp, ['  role: Node', '  subnets: [b]']] }))
    expect([bad?.error, bad?.instanceGroup]).toEqual(['spec.networking.subnets[0]: Not found: "b"', 'g1'])
    expect(deepValidate(ctxFor('1.30.0', NET, { groups: [cp, node] }))).toBeNull()
  })

  it('DeepValidate refuses instance-group volumes off AWS', () => {
    const f = deepValidate(ctxFor('1.30.0', NET, { cloud: 'gce', groups: [cp, [...node, '  volumes:', '  - device: /dev/sdb', '    size: 10']] }))
    expect(f?.error).toBe('spec.volumes: Forbidden: instancegroup volumes are only available with aws at present')
    expect(f?.at.pos.line).toBe(8)
  })
})
