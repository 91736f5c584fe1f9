// validateNetworking's CIDR checks, validateSubnets / validateSubnet / validateIPv6CIDR, validateTopology and
// validateCloudDNSTopology, and newValidateCluster's name checks (kubernetes/kops:pkg/apis/kops/validation/validation.go
// @v1.28.0-alpha.2 … @v1.36.2), on the cluster as the state store holds it: PerformAssignments
// (upup/pkg/fi/cloudup/defaults.go @v1.36.2) fills an empty networkCIDR on AWS and an empty nonMasqueradeCIDR.
import { describe, expect, it } from '@jest/globals'
import { printed, where, lineOf, type ClusterDoc } from './helpers.js'

const subnets = (...rows: string[][]): string[] => ['  subnets:', ...rows.flatMap((r) => r.map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`)))]

describe('network ranges', () => {
  it('accepts the complete base cluster at every layout', () => {
    for (const r of ['1.26.0', '1.27.3', '1.28.0', '1.31.0', '1.34.0', '1.36.2', '1.37.0-alpha.1']) expect(printed(r)).toEqual([])
  })

  it('does not require networkCIDR or nonMasqueradeCIDR: PerformAssignments fills them on AWS', () => {
    const doc: ClusterDoc = { bare: true, spec: [...subnets(['cidr: 172.20.32.0/19', 'name: a', 'type: Public']), '  etcdClusters:', '  - name: main', '    etcdMembers: [{name: a, instanceGroup: cp}]'] }
    expect(printed('1.36.2', doc)).toEqual([])
  })

  it('hints at the missing prefix length and at host bits', () => {
    expect(printed('1.36.2', { spec: ['  networkCIDR: 172.20.0.1'] })).toEqual([
      'spec.networking.networkCIDR: Invalid value: "172.20.0.1": Could not be parsed as a CIDR (did you mean "172.20.0.1/32")',
    ])
    expect(printed('1.36.2', { spec: ['  networkCIDR: 172.20.1.0/16'] })).toEqual([
      'spec.networking.networkCIDR: Invalid value: "172.20.1.0/16": Network contains bits outside prefix (did you mean "172.20.0.0/16")',
    ])
  })

  it('refuses a nonMasqueradeCIDR overlapping the network, pointing at it', () => {
    const doc: ClusterDoc = { spec: ['  nonMasqueradeCIDR: 172.16.0.0/12'] }
    expect(printed('1.36.2', doc)).toEqual(['spec.networking.nonMasqueradeCIDR: Forbidden: nonMasqueradeCIDR "172.16.0.0/12" cannot overlap with networkCIDR "172.20.0.0/16"'])
    expect(where('1.36.2', doc)).toEqual([[lineOf(doc, 'nonMasqueradeCIDR: 172.16'), 3]])
  })

  it('podCIDR must lie inside nonMasqueradeCIDR (1.28.0-alpha.2 …)', () => {
    expect(printed('1.28.0-alpha.1', { spec: ['  podCIDR: 10.0.0.0/16'] })).toEqual([])
    expect(printed('1.28.0-alpha.2', { spec: ['  podCIDR: 10.0.0.0/16'] })).toEqual(['spec.networking.podCIDR: Forbidden: podCIDR "10.0.0.0/16" must be a subnet of nonMasqueradeCIDR "100.64.0.0/10"'])
  })

  it('serviceClusterIPRange overlapping podCIDR is refused only on the branches that still had the check', () => {
    const doc: ClusterDoc = { spec: ['  podCIDR: 100.96.0.0/11', '  serviceClusterIPRange: 100.96.0.0/13'] }
    const text = 'spec.networking.serviceClusterIPRange: Forbidden: serviceClusterIPRange "100.96.0.0/13" must not overlap podCIDR "100.96.0.0/11"'
    expect(printed('1.28.4', doc)).toEqual([text])
    expect(printed('1.28.5', doc)).toEqual([])
    expect(printed('1.29.0-alpha.3', doc)).toEqual([text])
    expect(printed('1.29.0-beta.1', doc)).toEqual([])
  })

  it('never checks a template placeholder', () => {
    expect(printed('1.36.2', { spec: ['  networkCIDR: "{{ .vpcCidr }}"', '  podCIDR: ${POD_CIDR}'] })).toEqual([])
  })
})

describe('subnets', () => {
  it('requires at least one subnet on AWS', () => {
    expect(printed('1.36.2', { spec: ['  subnets: []'] })).toEqual(['spec.networking.subnets: Required value: must configure at least one subnet (use --zones)'])
  })

  it('checks each subnet: cidr inside the network, type, egress, duplicates', () => {
    const doc: ClusterDoc = {
      spec: subnets(
        ['cidr: 10.0.0.0/24', 'name: a', 'type: Public', 'egress: nat-0123456789abcdef0'],
        ['cidr: 172.20.64.0/19', 'name: a', 'type: Private', 'egress: igw-1'],
        ['cidr: 172.20.96.0/19', 'name: c'],
      ),
    }
    expect(printed('1.36.2', doc)).toEqual([
      'spec.networking.subnets[0].cidr: Forbidden: subnet "a" cidr "10.0.0.0/24" is not a subnet of the networkCIDR "172.20.0.0/16"',
      'spec.networking.subnets[0].egress: Forbidden: egress can only be specified for private or IPv6-capable public subnets',
      'spec.networking.subnets[1].egress: Invalid value: "igw-1": egress must be of type NAT Gateway, NAT Gateway with existing ElasticIP, NAT EC2 Instance, Transit Gateway, or External',
      'spec.networking.subnets[2].type: Unsupported value: "": supported values: "Public", "Private", "DualStack", "Utility"',
      'spec.networking.subnets[1].name: Duplicate value: "a"',
    ])
  })

  it('refuses mixing shared and new subnets', () => {
    expect(printed('1.36.2', { spec: subnets(['cidr: 172.20.32.0/19', 'id: subnet-1', 'name: a', 'type: Public'], ['cidr: 172.20.64.0/19', 'name: b', 'type: Public']) })).toEqual([
      'spec.networking.subnets[1].id: Forbidden: cannot mix subnets with specified ID and unspecified ID',
    ])
  })

  it('checks IPv6 subnet ranges, including the /64#1 notation', () => {
    expect(printed('1.36.2', { spec: subnets(['cidr: 172.20.32.0/19', 'ipv6CIDR: /64#1', 'name: a', 'type: Public'], ['cidr: 172.20.64.0/19', 'ipv6CIDR: 10.1.0.0/16', 'name: b', 'type: Public']) })).toEqual([
      'spec.networking.subnets[1].ipv6CIDR: Invalid value: "10.1.0.0/16": Network is not an IPv6 CIDR',
    ])
    expect(printed('1.36.2', { spec: subnets(['cidr: 172.20.32.0/19', 'ipv6CIDR: /64#x', 'name: a', 'type: Public']) })).toEqual([
      'spec.networking.subnets[0].ipv6CIDR: Invalid value: "/64#x": IPv6 CIDR subnet is not parsable: unable to parse CIDR subnet string "/64#x" using "^/(\\\\d+)#([a-f0-9]+)$"',
    ])
  })
})

describe('DNS topology', () => {
  it('refuses an unknown DNS type', () => {
    expect(printed('1.36.2', { spec: ['  topology:', '    dns:', '      type: Route53'] })).toEqual([
      'spec.networking.topology.dns.type: Unsupported value: "Route53": supported values: "Public", "Private", "None"',
      'spec.networking.topology.dns.type: Forbidden: unsupported dns topology',
    ])
  })

  it('from 1.36.0-alpha.1, checks the DNS topologies each cloud supports', () => {
    const doc: ClusterDoc = { cloud: 'hetzner', bare: true, spec: ['  etcdClusters:', '  - name: main', '    etcdMembers: [{name: a, instanceGroup: cp}]'] }
    expect(printed('1.35.2', doc)).toEqual([])
    expect(printed('1.36.0-alpha.1', doc)).toEqual(['spec.networking.topology.dns.type: Forbidden: cloud provider "hetzner" does not support public dns topology'])
    expect(printed('1.36.0-alpha.1', { ...doc, name: 'minimal.k8s.local' })).toEqual([])
  })
})

describe('cluster name', () => {
  it('must be a DNS subdomain and fully qualified', () => {
    expect(printed('1.36.2', { name: 'Minimal.example.com' })).toEqual([
      "metadata.name: Invalid value: \"Minimal.example.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      "objectMeta.name: Invalid value: \"Minimal.example.com\": Cluster Name must be a valid DNS name (e.g. --name=mycluster.myzone.com) errors: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ])
    expect(printed('1.36.2', { name: 'minimal' })).toEqual(['objectMeta.name: Invalid value: "minimal": Cluster Name must be a fully-qualified DNS name (e.g. --name=mycluster.myzone.com)'])
    expect(printed('1.36.2', { name: 'minimal', spec: ['  topology:', '    dns:', '      type: None'] })).toEqual([])
  })

  it('is Required when written empty; a Cluster that writes none is a fragment whose name comes from what completes it', () => {
    for (const r of ['1.26.0-alpha.1', '1.36.2']) {
      expect(printed(r, { name: '""' })).toEqual(['metadata.name: Required value: name or generateName is required', 'objectMeta.name: Required value: Cluster Name is required (e.g. --name=mycluster.myzone.com)'])
      expect(where(r, { name: '""' })).toEqual([
        [4, 3],
        [4, 3],
      ])
    }
    // `name:` with nothing after it is null, as an absent key is: no name is written.
    expect(printed('1.36.2', { name: '' })).toEqual([])
    expect(printed('1.36.2', { name: '{{ .clusterName }}' })).toEqual([])
  })
})

describe('the 1.26 and 1.27 layouts', () => {
  // validation.go@v1.26.6 validateClusterSpec runs validateSubnets first; @v1.27.3 validateNetworking runs it after
  // the network ranges, with the older "had a cidr … that was not a subnet" text and the control-plane/nodes topology.
  it('1.26: subnets come first and are only parsed, not placed in the network', () => {
    const doc: ClusterDoc = { spec: [...subnets(['cidr: 10.0.0.0/24', 'name: a', 'type: Public']), '  sshAccess:', '  - 0.0.0.0'] }
    expect(printed('1.26.6', doc)).toEqual(['spec.sshAccess[0]: Invalid value: "0.0.0.0": Could not be parsed as a CIDR (did you mean "0.0.0.0/32")'])
    expect(printed('1.27.3', doc)).toEqual([
      'spec.sshAccess[0]: Invalid value: "0.0.0.0": Could not be parsed as a CIDR (did you mean "0.0.0.0/32")',
      'spec.networking.subnets[0].cidr: Forbidden: subnet "a" had a cidr "10.0.0.0/24" that was not a subnet of the networkCIDR "172.20.0.0/16"',
    ])
    expect(printed('1.28.0', doc)).toEqual([
      'spec.sshAccess[0]: Invalid value: "0.0.0.0": Could not be parsed as a CIDR (did you mean "0.0.0.0/32")',
      'spec.networking.subnets[0].cidr: Forbidden: subnet "a" cidr "10.0.0.0/24" is not a subnet of the networkCIDR "172.20.0.0/16"',
    ])
  })

  it('before 1.28.0-alpha.2 a bastion needs private topology; masters/nodes default to public in v1alpha2', () => {
    const doc: ClusterDoc = { spec: ['  topology:', '    bastion: {}', '    masters: private', '    dns:', '      type: Public'] }
    expect(printed('1.27.3', doc)).toEqual(['spec.networking.topology.bastion: Forbidden: bastion requires control plane and nodes to have private topology'])
    expect(printed('1.28.0', doc)).toEqual([])
  })

  it('DNS type None was accepted only on some clouds', () => {
    const doc: ClusterDoc = { cloud: 'digitalocean', bare: true, spec: ['  etcdClusters:', '  - name: main', '    etcdMembers: [{name: a, instanceGroup: cp}]', '  topology:', '    dns:', '      type: None'] }
    expect(printed('1.26.6', doc)).toContain('spec.networking.topology.dns.type: Invalid value: "None": not supported for "digitalocean"')
    expect(printed('1.27.3', doc).filter((e) => e.includes('dns'))).toEqual([])
  })
})

describe('values kOps fills or reads elsewhere', () => {
  it('a subnet outside the network quotes the networkCIDR PerformAssignments filled in', () => {
    const doc: ClusterDoc = { bare: true, spec: [...subnets(['cidr: 10.0.0.0/24', 'name: a', 'type: Public']), '  etcdClusters:', '  - name: main', '    etcdMembers: [{name: a, instanceGroup: cp}]'] }
    expect(printed('1.36.2', doc)).toEqual(['spec.networking.subnets[0].cidr: Forbidden: subnet "a" cidr "10.0.0.0/24" is not a subnet of the networkCIDR "172.20.0.0/16"'])
    expect(printed('1.36.2', { ...doc, spec: [...doc.spec!, '  networkID: vpc-0123'] })).toEqual([])
  })

  it('v1alpha2 keeps the OpenStack router under spec.cloudConfig', () => {
    const base: ClusterDoc = { cloud: 'openstack', spec: ['  networkCIDR: 10.0.0.0/16', '  subnets:', '  - {cidr: 10.0.32.0/19, name: a, type: Public, zone: nova}'] }
    expect(printed('1.36.2', base)).toEqual(['spec.networking.subnets[0].type: Forbidden: subnet type Public requires an external network'])
    expect(printed('1.36.2', { ...base, spec: [...base.spec!, '  cloudConfig:', '    openstack:', '      router:', '        externalNetwork: public'] })).toEqual([])
  })
})

describe('DNS type None per branch before 1.28.0-alpha.2', () => {
  // validateTopology's list of clouds that accept DNS None grew branch by branch: openstack reached 1.26 at
  // 1.26.0-beta.2, scaleway reached 1.27 at 1.27.0-beta.1.
  it('follows the list of the tag', () => {
    const none = (cloud: string): ClusterDoc => ({ cloud, bare: true, spec: ['  etcdClusters:', '  - name: main', '    etcdMembers: [{name: a, instanceGroup: cp}]', '  topology:', '    dns:', '      type: None'] })
    const dnsErrors = (release: string, cloud: string): string[] => printed(release, none(cloud)).filter((e) => e.includes('dns.type'))
    expect(dnsErrors('1.26.0-beta.1', 'openstack')).toEqual(['spec.networking.topology.dns.type: Invalid value: "None": not supported for "openstack"'])
    expect(dnsErrors('1.26.0-beta.2', 'openstack')).toEqual([])
    expect(dnsErrors('1.27.0-alpha.2', 'scaleway')).toEqual(['spec.networking.topology.dns.type: Invalid value: "None": not supported for "scaleway"'])
    expect(dnsErrors('1.27.0-beta.1', 'scaleway')).toEqual([])
  })
})

describe('v1alpha3 documents', () => {
  // pkg/apis/kops/v1alpha3 uses the internal names: networking.* ranges and subnets, controlPlaneKubelet,
  // cloudProvider as a map, networking.topology.dns as a string.
  const v3 = (extra: string[]): ClusterDoc => ({
    apiVersion: 'kops.k8s.io/v1alpha3',
    cloud: null,
    bare: true,
    spec: [
      '  cloudProvider:',
      '    aws: {}',
      '  networking:',
      '    networkCIDR: 172.20.0.0/16',
      '    subnets:',
      '    - {cidr: 172.20.32.0/19, name: a, type: Public, zone: us-east-1a}',
      '    topology:',
      '      dns: Public',
      '    cilium: {}',
      '  etcdClusters:',
      '  - name: main',
      '    etcdMembers: [{name: a, instanceGroup: cp}]',
      ...extra,
    ],
  })

  it('accepts a complete cluster', () => {
    expect(printed('1.36.2', v3([]))).toEqual([])
  })

  it('prints the same internal paths, pointing at the v1alpha3 keys', () => {
    const doc = v3(['  controlPlaneKubelet:', '    networkPluginName: cni'])
    expect(printed('1.36.2', doc)).toEqual(['spec.controlPlaneKubelet.networkPluginName: Forbidden: networkPluginName has been removed on Kubernetes >=1.24'])
    expect(where('1.36.2', doc)).toEqual([[lineOf(doc, 'networkPluginName'), 5]])
  })
})

describe('serviceClusterIPRange inside nonMasqueradeCIDR (1.27)', () => {
  it('is required on every provider but GCE, only before 1.28.0-alpha.2', () => {
    const doc: ClusterDoc = { spec: ['  serviceClusterIPRange: 10.96.0.0/12'] }
    expect(printed('1.27.3', doc)).toEqual(['spec.networking.serviceClusterIPRange: Forbidden: serviceClusterIPRange "10.96.0.0/12" must be a subnet of nonMasqueradeCIDR "100.64.0.0/10"'])
    expect(printed('1.28.0', doc)).toEqual([])
  })
})
