// The offline checks of kubernetes/kops:pkg/apis/kops/validation/aws.go and gce.go on our own fixtures, reached through
// ValidateCluster (legacy.ts) and CrossValidateInstanceGroup on the populated group.
import { describe, expect, it } from '@jest/globals'
import { readCluster, readInstanceGroup } from '../../../src/manifests/model.js'
import { parseManifestFile } from '../../../src/manifests/parse.js'
import { renderFieldError } from '../../../src/simulate/validation/field.js'
import { crossValidateInstanceGroup } from '../../../src/simulate/validation/instancegroup.js'
import { validateLegacyCluster } from '../../../src/simulate/validation/legacy.js'
import type { ValidationContext } from '../../../src/simulate/validation/context.js'

// The blocks every real cluster has, appended after a fixture's own lines (so their positions stay) unless it writes them.
const SUBNETS = ['  subnets:', '  - name: a', '    cidr: 172.20.32.0/19', '    type: Public']
const ETCD = ['  etcdClusters:', '  - name: main', '    etcdMembers: [{instanceGroup: nodes, name: a}]', '  - name: events', '    etcdMembers: [{instanceGroup: nodes, name: a}]']

function completed(spec: string[]): string[] {
  const has = (key: string) => spec.some((l) => l.startsWith(`  ${key}:`))
  return [...spec, ...(has('subnets') ? [] : SUBNETS), ...(has('etcdClusters') ? [] : ETCD)]
}

function ctx(release: string, spec: string[], cloud = 'aws', ig: string[] = ['  role: Node']): ValidationContext {
  const text = ['apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', '  name: c.example.com', 'spec:', `  cloudProvider: ${cloud}`, '  kubernetesVersion: 1.30.2', ...completed(spec)].join('\n')
  const group = readInstanceGroup(parseManifestFile('ig.yaml', ['apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata:', '  name: nodes', 'spec:', ...ig].join('\n')).docs[0])
  return { release, k8sVersion: '1.30.2', cluster: readCluster(parseManifestFile('cluster.yaml', text).docs[0]), instanceGroups: [group], strict: false }
}
const cluster = (release: string, spec: string[], cloud = 'aws') => validateLegacyCluster(ctx(release, spec, cloud)).map((e) => [renderFieldError(e), `${e.at.pos.line}:${e.at.pos.column}`])
const group = (release: string, ig: string[]) => {
  const c = ctx(release, [], 'aws', ig)
  return crossValidateInstanceGroup(c, c.instanceGroups[0]).map((e) => [renderFieldError(e), `${e.at.pos.line}:${e.at.pos.column}`])
}

describe('awsValidateCluster', () => {
  it('checks the API load balancer: class, security groups, certificate and policy', () => {
    expect(
      cluster('1.30.0', ['  api:', '    loadBalancer:', '      class: Application', '      additionalSecurityGroups: [sg-1, web, sg-1]', '      sslCertificate: arn:aws:acm:x', '      sslPolicy: p']),
    ).toEqual([
      ['spec.api.loadBalancer.class: Unsupported value: "Application": supported values: "Classic", "Network"', '10:14'],
      ['spec.api.loadBalancer.additionalSecurityGroups[1]: Invalid value: "web": security group does not match the expected AWS format', '11:40'],
      ['spec.api.loadBalancer.additionalSecurityGroups[2]: Duplicate value: "sg-1"', '11:45'],
      ['spec.api.loadBalancer.sslCertificate: Forbidden: sslCertificate requires a network load balancer. See https://github.com/kubernetes/kops/blob/master/permalinks/acm_nlb.md', '12:7'],
      ['spec.api.loadBalancer.sslPolicy: Forbidden: sslPolicy should be specified with Network Load Balancer', '13:7'],
    ])
  })

  it('refuses a security group override on an NLB only in 1.27.0-alpha.2 … 1.32.0 and 1.33.0-alpha.1', () => {
    const spec = ['  api:', '    loadBalancer:', '      class: Network', '      securityGroupOverride: sg-1']
    const refused = [['spec.api.loadBalancer.securityGroupOverride: Forbidden: security group override cannot be specified for a Network Load Balancer', '11:7']]
    expect(cluster('1.32.0', spec)).toEqual(refused)
    expect(cluster('1.32.1', spec)).toEqual([])
    expect(cluster('1.33.0-alpha.1', spec)).toEqual(refused)
    expect(cluster('1.33.0-beta.1', spec)).toEqual([])
  })

  it('requires identity mappings to be CRD-backed IAM roles or users', () => {
    expect(cluster('1.30.0', ['  authentication:', '    aws:', '      backendMode: MountedFile', '      identityMappings:', '      - arn: arn:aws:iam::123456789012:group/x'])).toEqual([
      ['spec.authentication.aws.backendMode: Forbidden: backendMode must be CRD if identityMappings is set', '10:7'],
      ['spec.authentication.aws.identityMappings[0].arn: Invalid value: "arn:aws:iam::123456789012:group/x": arn must be a valid IAM Role or User ARN such as arn:aws:iam::123456789012:role/KopsExampleRole', '12:14'],
    ])
  })

  it('refuses disabling the EBS CSI driver from 1.29.0-alpha.1', () => {
    const spec = ['  cloudConfig:', '    awsEBSCSIDriver:', '      enabled: false']
    expect(cluster('1.28.7', spec)).toEqual([])
    expect(cluster('1.29.0-alpha.1', spec)).toEqual([['spec.cloudProvider.aws.ebsCSIDriver.enabled: Forbidden: must not be disabled', '10:7']])
  })
})

describe('gceValidateCluster', () => {
  it('refuses subnet zones; before 1.28.0-alpha.2 needs one region', () => {
    const spec = ['  subnets:', '  - name: a', '    zone: us-central1-a', '    region: us-central1', '    type: Public', '  - name: b', '    region: europe-west1', '    type: Public']
    // validateSubnets' own region check (requiresSubnetRegion on GCE, pkg/apis/kops/validation/validation.go@v1.30.0) stays.
    expect(cluster('1.30.0', spec, 'gce')).toEqual([
      ['spec.networking.subnets[1].region: Forbidden: clusters cannot span regions', '14:5'],
      ['spec.networking.subnets[0].zone: Invalid value: "us-central1-a": zones should not be specified for GCE subnets, as GCE subnets are regional', '10:11'],
    ])
    expect(cluster('1.28.0-alpha.1', spec, 'gce').map((x) => x[0])).toEqual([
      'spec.networking.subnets[0].zone: Invalid value: "us-central1-a": zones should not be specified for GCE subnets, as GCE subnets are regional',
      'spec.networking.subnets[1].region: Forbidden: clusters cannot span GCE regions',
    ])
  })
})

describe('awsValidateInstanceGroup (DeepValidate)', () => {
  it('checks the enumerated fields, some under paths that start with the group name', () => {
    expect(
      group('1.30.0', ['  role: Node', '  spotDurationInMinutes: 90', '  instanceInterruptionBehavior: pause', '  mixedInstancesPolicy:', '    spotAllocationStrategy: cheapest', '  instanceMetadata:', '    httpTokens: always', '  cpuCredits: boost']),
    ).toEqual([
      ['nodes.spec.spotDurationInMinutes: Unsupported value: "90": supported values: "60", "120", "180", "240", "300", "360"', '7:26'],
      ['nodes.spec.instanceInterruptionBehavior: Unsupported value: "pause": supported values: "hibernate", "stop", "terminate"', '8:33'],
      ['spec.mixedInstancesPolicy.spotAllocationStrategy: Unsupported value: "cheapest": supported values: "lowest-price", "diversified", "capacity-optimized", "capacity-optimized-prioritized", "price-capacity-optimized"', '10:29'],
      ['spec.instanceMetadata.httpTokens: Unsupported value: "always": supported values: "optional", "required"', '12:17'],
      ['spec.cpuCredits: Unsupported value: "boost": supported values: "standard", "unlimited"', '13:15'],
    ])
  })

  it('checks security groups, mixed-instance bases against the populated max size, and the metadata hop limit', () => {
    expect(
      group('1.30.0', ['  role: Node', '  additionalSecurityGroups: [" "]', '  mixedInstancesPolicy:', '    onDemandBase: 3', '    onDemandAboveBase: 120', '  instanceMetadata:', '    httpPutResponseHopLimit: 65']),
    ).toEqual([
      ['spec.additionalSecurityGroups[0]: Invalid value: " ": security group cannot be empty, if specified', '7:30'],
      ['spec.mixedInstancesPolicy.onDemandBase: Invalid value: 3: cannot be greater than max size', '9:19'],
      ['spec.mixedInstancesPolicy.onDemandAboveBase: Invalid value: 120: cannot be greater than 100', '10:24'],
      ['spec.instanceMetadata.httpPutResponseHopLimit: Invalid value: 65: HTTPPutResponseLimit must be a value between 1 and 64', '12:30'],
    ])
  })
})

describe('openstackValidateCluster (1.26) and linodeValidateCluster (1.37)', () => {
  it('refuses public topologies without a router external network, with each tag\'s field names', () => {
    const spec = ['  topology:', '    masters: public', '    nodes: private']
    expect(cluster('1.26.6', spec, 'openstack').filter((x) => x[0].includes('external network'))).toEqual([
      ['spec.networking.topology.controlPlane: Forbidden: Public topology requires an external network', '9:5'],
    ])
    expect(cluster('1.26.0-alpha.1', spec, 'openstack').filter((x) => x[0].includes('external network'))[0][0]).toBe('spec.topology.masters: Forbidden: Public topology requires an external network')
    expect(cluster('1.26.6', [...spec, '  cloudConfig:', '    openstack:', '      router:', '        externalNetwork: ext'], 'openstack').filter((x) => x[0].includes('external network'))).toEqual([])
    // From 1.27.0-alpha.2 validateSubnet asks it of each Public subnet instead of the topology (validation.go@v1.27.0-alpha.2 … v1.37.0-alpha.1).
    expect(cluster('1.27.0-alpha.2', spec, 'openstack').filter((x) => x[0].includes('external network'))).toEqual([
      ['spec.networking.subnets[0].type: Forbidden: subnet type Public requires an external network', '14:5'],
    ])
    const privateSubnet = [...spec, '  subnets:', '  - name: a', '    cidr: 172.20.32.0/19', '    type: Private']
    expect(cluster('1.27.0-alpha.2', privateSubnet, 'openstack').filter((x) => x[0].includes('external network'))).toEqual([])
    expect(cluster('1.37.0-alpha.1', spec, 'openstack').filter((x) => x[0].includes('external network'))).toEqual([
      ['spec.networking.subnets[0].type: Forbidden: subnet type Public requires an external network', '14:5'],
    ])
    expect(cluster('1.27.0-alpha.1', spec, 'openstack').filter((x) => x[0].includes('external network'))[0][0]).toBe('spec.networking.topology.controlPlane: Forbidden: Public topology requires an external network')
  })

  it('refuses Linode cluster names over 32 characters from 1.37.0-alpha.1', () => {
    const text = ['apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', '  name: a-very-long-cluster-name.example.com', 'spec:', '  cloudProvider: linode', '  kubernetesVersion: 1.30.2', '  topology:', '    dns:', '      type: None', ...ETCD].join('\n')
    const c = readCluster(parseManifestFile('cluster.yaml', text).docs[0])
    const run = (release: string) => validateLegacyCluster({ release, k8sVersion: '1.30.2', cluster: c, instanceGroups: [], strict: false }).map(renderFieldError)
    expect(run('1.36.2')).toEqual([])
    expect(run('1.37.0-alpha.1')).toEqual(['objectMeta.name: Invalid value: "a-very-long-cluster-name.example.com": cluster name must be no more than 32 characters long'])
  })
})
