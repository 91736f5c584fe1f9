// ValidateInstanceGroup and CrossValidateInstanceGroup (kubernetes/kops:pkg/apis/kops/validation/instancegroup.go) on
// our own fixtures: exact kOps texts, internal field paths, positions (key for Forbidden/Required, value otherwise) and
// the tag-range edges of each check.
import { describe, expect, it } from '@jest/globals'
import { readCluster, readInstanceGroup, type InstanceGroupModel } from '../../../src/manifests/model.js'
import { parseManifestFile } from '../../../src/manifests/parse.js'
import { renderFieldError, type FieldError } from '../../../src/simulate/validation/field.js'
import { crossValidateInstanceGroup, parseArn, taintParses, validateInstanceGroup } from '../../../src/simulate/validation/instancegroup.js'
import type { ValidationContext } from '../../../src/simulate/validation/context.js'

/** An InstanceGroup whose line 1 is `apiVersion`, line 6 `spec:`, line 7 the first `spec` line given. */
function ig(spec: string[], name = 'nodes'): InstanceGroupModel {
  const text = ['apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata:', `  name: ${name}`, '  labels: {}', 'spec:', ...spec].join('\n')
  const parsed = parseManifestFile('ig.yaml', text)
  return readInstanceGroup(parsed.docs[0])
}

function cluster(spec: string[] = [], cloud = 'aws') {
  const text = ['apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', '  name: c.example.com', 'spec:', `  cloudProvider: ${cloud}`, '  kubernetesVersion: 1.30.2', ...spec].join('\n')
  return readCluster(parseManifestFile('cluster.yaml', text).docs[0])
}

const SUBNETS = ['  subnets:', '  - name: us-east-1a', '    type: Private']

function ctx(release: string, group: InstanceGroupModel, clusterSpec: string[] = SUBNETS, cloud = 'aws'): ValidationContext {
  return { release, k8sVersion: '1.30.2', cluster: cluster(clusterSpec, cloud), instanceGroups: [group], strict: false }
}

/** [printed error, line:column of the position]. */
const summary = (errs: FieldError[]): [string, string][] => errs.map((e) => [renderFieldError(e), `${e.at.pos.line}:${e.at.pos.column}`])

const input = (release: string, spec: string[]) => summary(validateInstanceGroup(ctx(release, ig(spec)), ig(spec)))
const cross = (release: string, spec: string[], clusterSpec: string[] = SUBNETS, cloud = 'aws', name = 'nodes') => {
  const g = ig(spec, name)
  return summary(crossValidateInstanceGroup(ctx(release, g, clusterSpec, cloud), g))
}

describe('ValidateInstanceGroup: role', () => {
  it('requires a role, at the spec key when none is written', () => {
    expect(input('1.30.0', ['  machineType: t3.medium'])).toEqual([['spec.role: Required value: Role must be set', '6:1']])
  })

  it('lists the supported roles of the release for an unknown one, at the value', () => {
    expect(input('1.30.0', ['  role: master', '  subnets: [a]'])).toEqual([['spec.role: Unsupported value: "master": supported values: "ControlPlane", "APIServer", "Node", "Bastion"', '7:9']])
    expect(input('1.26.0-alpha.1', ['  role: worker'])).toEqual([['spec.role: Unsupported value: "worker": supported values: "Master", "APIServer", "Node", "Bastion"', '7:9']])
  })

  it('reads v1alpha2 Master as ControlPlane and checks its subnets and sizes (sizes from 1.26.0-beta.1)', () => {
    const spec = ['  role: Master', '  minSize: 3', '  maxSize: 3']
    expect(input('1.26.0-beta.1', spec)).toEqual([
      ['spec.subnets: Required value: controlPlane InstanceGroup must specify at least one Subnet', '6:1'],
      ['spec.minSize: Invalid value: 3: controlPlane InstanceGroup must have minSize set to 1', '8:12'],
      ['spec.maxSize: Invalid value: 3: controlPlane InstanceGroup must have maxSize set to 1, add more InstanceGroups instead', '9:12'],
    ])
    expect(input('1.26.0-alpha.2', spec)).toEqual([['spec.subnets: Required value: master InstanceGroup must specify at least one Subnet', '6:1']])
  })

  it('skips every role check when the role is a template placeholder', () => {
    const parsed = parseManifestFile('ig.yaml', ['apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata:', '  name: nodes', 'spec:', '  role: {{ .role }}', '  minSize: 3'].join('\n'))
    const g = readInstanceGroup(parsed.docs[0])
    expect(validateInstanceGroup(ctx('1.30.0', g), g)).toEqual([])
  })
})

describe('ValidateInstanceGroup: sizes and fields', () => {
  it('refuses maxSize below minSize at the maxSize key', () => {
    expect(input('1.30.0', ['  role: Node', '  minSize: 3', '  maxSize: 2'])).toEqual([['spec.maxSize: Forbidden: maxSize must be greater than or equal to minSize.', '9:3']])
  })

  it('names the root volume fields as the release\'s internal API does', () => {
    const spec = ['  role: Node', '  rootVolumeIops: -1', '  rootVolumeThroughput: -5']
    expect(input('1.26.0-alpha.1', spec)).toEqual([
      ['spec.rootVolumeIops: Invalid value: -1: RootVolumeIOPS must be greater than 0', '8:19'],
      ['spec.rootVolumeThroughput: Invalid value: -5: RootVolumeThroughput must be greater than 0', '9:25'],
    ])
    expect(input('1.26.0', spec)[0][0]).toBe('spec.rootVolumeIOPS: Invalid value: -1: RootVolumeIOPS must be greater than 0')
    expect(input('1.27.0-alpha.2', spec)).toEqual([
      ['spec.rootVolume.iops: Invalid value: -1: IOPS must be greater than 0', '8:19'],
      ['spec.rootVolume.throughput: Invalid value: -5: Throughput must be greater than 0', '9:25'],
    ])
  })

  it('checks sysctl parameters from 1.28.0-alpha.2', () => {
    const spec = ['  role: Node', '  sysctlParameters:', '  - net.ipv4.ip_forward=1', '  - vm.swappiness']
    expect(input('1.28.0-alpha.1', spec)).toEqual([])
    expect(input('1.28.0-alpha.2', spec)).toEqual([['spec.sysctlParameters[1]: Invalid value: "vm.swappiness": must contain a "=" character', '10:5']])
  })

  it('refuses gVisor off role Node from 1.36.0-beta.1', () => {
    const spec = ['  role: Bastion', '  containerd:', '    gvisor:', '      enabled: true']
    expect(input('1.36.0-alpha.1', spec)).toEqual([])
    expect(input('1.36.0-beta.1', spec)).toEqual([['spec.containerd.gvisor: Forbidden: gVisor can only be enabled on instance groups with role Node', '9:5']])
  })

  it('checks taints with kops util.ParseTaint and reports repeats', () => {
    expect(input('1.30.0', ['  role: Node', '  taints:', '  - a=b:NoSchedule', '  - a=b=c:NoSchedule', '  - a=b:NoSchedule'])).toEqual([
      ['spec.taints[1]: Invalid value: "a=b=c:NoSchedule": invalid taint value', '10:5'],
      ['spec.taints[2]: Duplicate value: "a=b:NoSchedule"', '11:5'],
    ])
    expect([taintParses('key'), taintParses('k=v:NoExecute'), taintParses('k:v:x'), taintParses('')]).toEqual([true, true, false, true])
  })

  it('checks external load balancers: one kind each, name length, target group ARN', () => {
    const spec = [
      '  role: Node',
      '  externalLoadBalancers:',
      '  - loadBalancerName: a',
      '    targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/0123456789abcdef',
      '  - targetGroupArn: tg-name',
      '  - targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/x/y',
    ]
    expect(input('1.30.0', spec)).toEqual([
      ['spec.externalLoadBalancers[0]: Too many: 2: must have at most 1 items', '9:5'],
      ['spec.externalLoadBalancers[1].targetGroupARN: Invalid value: "tg-name": Target Group ARN must be a valid AWS ARN: arn: invalid prefix', '11:21'],
      ['spec.externalLoadBalancers[2].targetGroupARN: Invalid value: "loadbalancer": Target Group ARN resource type must be "targetgroup"', '12:21'],
    ])
    expect(parseArn('arn:aws:iam::1')).toEqual({ error: 'arn: not enough sections' })
    expect(input('1.26.0-alpha.2', spec)[2][0]).toBe('spec.externalLoadBalancers[2].targetGroupArn: Invalid value: "loadbalancer": Target Group ARN resource type must be "targetgroup"')
  })

  it('offers kOps\'s own filesystem list (with its "btfs" spelling) for volume mounts', () => {
    expect(input('1.30.0', ['  role: Node', '  volumeMounts:', '  - device: /dev/xvdd', '    filesystem: btrfs', '    path: /data'])).toEqual([
      ['spec.volumeMounts[0].filesystem: Unsupported value: "btrfs": supported values: "btfs", "ext4", "xfs"', '10:17'],
    ])
  })

  it('checks node labels, the instance-group cloud label and the IAM profile', () => {
    expect(
      input('1.30.0', ['  role: Node', '  nodeLabels:', '    a/b/c: x', '  cloudLabels:', '    kops.k8s.io/instancegroup: other', '  iam:', '    profile: arn:aws:iam::123456789012:role/x']),
    ).toEqual([
      ['spec.iam.profile: Invalid value: "arn:aws:iam::123456789012:role/x": Instance Group IAM Instance Profile must be a valid aws arn such as arn:aws:iam::123456789012:instance-profile/KopsExampleRole', '13:14'],
      ['spec.nodeLabels: Invalid value: "a/b/c": Node label may only contain a single slash', '9:5'],
      ['spec.cloudLabels.kops.k8s.io/instancegroup: Invalid value: "kops.k8s.io/instancegroup": value must match instance group name', '11:32'],
    ])
  })

  it('checks the group\'s hooks and file assets as validation.go does (disabled hooks skipped)', () => {
    expect(
      input('1.30.0', ['  role: Node', '  hooks:', '  - name: a.service', '  - enabled: false', '  - execContainer: {}', '    useRawManifest: true', '  fileAssets:', '  - content: x']),
    ).toEqual([
      ['spec.hooks[0]: Required value: you must set either manifest or execContainer for a hook', '9:5'],
      ['spec.hooks[2]: Forbidden: execContainer may not be used with useRawManifest (use manifest instead)', '11:5'],
      ['spec.hooks[2]: Required value: you must set manifest when useRawManifest is true', '11:5'],
      ['spec.hooks[2].execContainer.image: Required value: image must be specified', '11:5'],
      ['spec.fileAssets[0].name: Required value', '14:5'],
    ])
  })

  it('refuses reserved cloud labels (cluster.go validateCloudLabels), keys first, then prefixes in order', () => {
    expect(input('1.30.0', ['  role: Node', '  cloudLabels:', '    kops.k8s.io/foo: a', '    Name: b', '    k8s.io/role/x: c', '    kops.k8s.io/instancegroup: nodes'])).toEqual([
      ['spec.cloudLabels.Name: Forbidden: "Name" is a reserved label and cannot be used as a custom label', '10:5'],
      ['spec.cloudLabels.k8s.io/role/x: Forbidden: "k8s.io/role/" is a reserved label prefix and cannot be used as a custom label', '11:5'],
      ['spec.cloudLabels.kops.k8s.io/foo: Forbidden: "kops.k8s.io/" is a reserved label prefix and cannot be used as a custom label', '9:5'],
    ])
  })

  it('refuses an update policy outside automatic/external and requires user-data names', () => {
    expect(input('1.30.0', ['  role: Node', '  updatePolicy: Automatic', '  additionalUserData:', '  - type: text/x-shellscript', '    content: echo'])).toEqual([
      ['additionalUserData.name: Required value: field must be set', '10:5'],
      ['spec.updatePolicy: Unsupported value: "Automatic": supported values: "automatic", "external"', '8:17'],
    ])
  })

  it('gives whole records with the source', () => {
    const g = ig(['  role: Node', '  minSize: 2', '  maxSize: 1'])
    expect(validateInstanceGroup(ctx('1.30.0', g), g)).toStrictEqual([
      {
        field: 'spec.maxSize',
        type: 'Forbidden',
        value: null,
        detail: 'maxSize must be greater than or equal to minSize.',
        at: { value: 'maxSize', file: 'ig.yaml', pos: { line: 9, column: 3, endLine: 9, endColumn: 10 }, path: 'spec.maxSize' },
        source: 'kubernetes/kops:pkg/apis/kops/validation/instancegroup.go',
      },
    ])
  })
})

describe('CrossValidateInstanceGroup', () => {
  it('checks the populated sizes: a node group with minSize 3 gets maxSize 2', () => {
    expect(input('1.30.0', ['  role: Node', '  minSize: 3', '  subnets: [us-east-1a]'])).toEqual([])
    expect(cross('1.30.0', ['  role: Node', '  minSize: 3', '  subnets: [us-east-1a]'])).toEqual([['spec.maxSize: Forbidden: maxSize must be greater than or equal to minSize.', '6:1']])
  })

  it('reports subnets the Cluster does not define, with the path of the release', () => {
    expect(cross('1.30.0', ['  role: Node', '  subnets:', '  - us-east-1a', '  - us-east-1b'])).toEqual([['spec.networking.subnets[1]: Not found: "us-east-1b"', '10:5']])
    expect(cross('1.26.0-alpha.2', ['  role: Node', '  subnets:', '  - us-east-1b'])).toEqual([['spec.subnets[0]: Not found: "us-east-1b"', '9:5']])
  })

  it('needs a control-plane group in every etcd cluster; 1.37 names the last other member', () => {
    const etcd = [...SUBNETS, '  etcdClusters:', '  - name: main', '    etcdMembers:', '    - name: a', '      instanceGroup: control-plane-a']
    const spec = ['  role: ControlPlane', '  subnets: [us-east-1a]']
    expect(cross('1.36.2', spec, etcd, 'aws', 'control-plane-b')).toEqual([
      ['spec.metadata.name: Forbidden: InstanceGroup "control-plane-b" with role ControlPlane must have a member in etcd cluster "main"', '4:3'],
    ])
    expect(cross('1.37.0-alpha.1', spec, etcd, 'aws', 'control-plane-b')).toEqual([
      ['spec.metadata.name: Forbidden: InstanceGroup "control-plane-b" with role ControlPlane must have a member in etcd (IG: "control-plane-a") cluster "main"', '4:3'],
    ])
    expect(cross('1.26.0-alpha.2', ['  role: Master', '  subnets: [us-east-1a]'], etcd, 'aws', 'control-plane-b')[0][0]).toBe(
      'spec.metadata.name: Forbidden: InstanceGroup "control-plane-b" with role Master must have a member in etcd cluster "main"',
    )
  })

  it('allows APIServer groups on GCE from 1.36.0-alpha.1', () => {
    const spec = ['  role: APIServer', '  subnets: [us-east-1a]']
    expect(cross('1.35.2', spec, SUBNETS, 'gce')).toEqual([['spec.role: Forbidden: APIServer role only supported on AWS', '7:3']])
    expect(cross('1.36.0-alpha.1', spec, SUBNETS, 'gce')).toEqual([])
    expect(cross('1.36.0', spec, SUBNETS, 'openstack')).toEqual([['spec.role: Forbidden: APIServer role only supported on AWS and GCE', '7:3']])
  })

  it('leaves cloud-dependent checks undecided when the cloud provider is a placeholder', () => {
    expect(cross('1.35.2', ['  role: APIServer', '  subnets: [us-east-1a]'], SUBNETS, '{{ .cloud }}')).toEqual([])
  })

  it('refuses warm pools on control planes, with spot prices, and (until 1.34.2) with mixed instances', () => {
    const spec = ['  role: Node', '  subnets: [us-east-1a]', '  maxPrice: "0.1"', '  mixedInstancesPolicy:', '    instances: [m5.large]', '  warmPool:', '    minSize: 3', '    maxSize: 2']
    expect(cross('1.34.1', spec)).toEqual([
      ['spec.warmPool: Forbidden: warm pool cannot be combined with a mixed instances policy', '12:3'],
      ['spec.warmPool: Forbidden: warm pool cannot be used with spot instances', '12:3'],
      ['spec.warmPool.maxSize: Invalid value: 2: warm pool maxSize cannot be set to lower than minSize', '14:14'],
    ])
    expect(cross('1.34.2', spec).map((s) => s[0])).toEqual([
      'spec.warmPool: Forbidden: warm pool cannot be used with spot instances',
      'spec.warmPool.maxSize: Invalid value: 2: warm pool maxSize cannot be set to lower than minSize',
    ])
    expect(cross('1.30.0', ['  role: Bastion', '  subnets: [us-east-1a]', '  warmPool: {}'])).toEqual([['spec.warmPool: Forbidden: warm pool only allowed on instance groups with role Node or APIServer', '9:3']])
  })

  it('a cluster-wide warm pool reaches node groups, not bastions', () => {
    const withPool = [...SUBNETS, '  warmPool:', '    maxSize: 1']
    expect(cross('1.30.0', ['  role: Node', '  subnets: [us-east-1a]', '  maxPrice: "0.2"'], withPool)).toEqual([['spec.warmPool: Forbidden: warm pool cannot be used with spot instances', '6:1']])
    expect(cross('1.30.0', ['  role: Bastion', '  subnets: [us-east-1a]'], withPool)).toEqual([])
  })

  it('checks the root volume type on AWS only', () => {
    expect(cross('1.30.0', ['  role: Node', '  subnets: [us-east-1a]', '  rootVolumeType: sc1'])).toEqual([
      ['spec.rootVolume.type: Unsupported value: "sc1": supported values: "standard", "gp3", "gp2", "io1", "io2"', '9:19'],
    ])
    expect(cross('1.30.0', ['  role: Node', '  subnets: [us-east-1a]', '  rootVolumeType: sc1'], SUBNETS, 'gce')).toEqual([])
  })

  it('validates Karpenter groups from 1.36.0', () => {
    const spec = ['  role: Node', '  manager: Karpenter', '  subnets: [us-east-1a]', '  image: owner/', '  minSize: 1']
    expect(cross('1.36.0-beta.1', spec)).toEqual([])
    expect(cross('1.36.0', spec, [...SUBNETS, '  karpenter:', '    featureGates: StaticCapacity=false'])).toEqual([
      ['spec.image: Invalid value: "owner/": must be ami-*, ssm:<parameter>, <name>, or <owner>/<name>', '10:10'],
      ['spec.minSize: Forbidden: static capacity requires StaticCapacity=true in cluster.spec.karpenter.featureGates', '11:3'],
    ])
  })

  it('checks the group\'s containerd after its own checks', () => {
    expect(cross('1.30.0', ['  role: Node', '  subnets: [us-east-1a]', '  containerd:', '    version: 1.3.3'])).toEqual([
      ['spec.containerd.version: Invalid value: "1.3.3": unsupported legacy version', '10:14'],
    ])
  })
})
