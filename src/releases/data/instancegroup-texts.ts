// kOps's own texts for the instance-group checks of pkg/apis/kops/validation (instancegroup.go, legacy.go's
// DeepValidate), with the tag ranges in which each exact text and field path exist (ranges are half-open, in kOps
// version order, branch-exact: see inTagRanges). `field` is kOps's internal field path as printed; `text` is the
// detail (for NotSupported the list of supported values).
import type { TagRanges } from '../version.js'

export interface ValidationTextRow {
  id: string
  text: string
  /** kOps's printed field path; `{i}` stands for the index, `{key}` for a map key. */
  field?: string
  tags: TagRanges
  source: string
}

const IG = 'kubernetes/kops:pkg/apis/kops/validation/instancegroup.go'
const LEGACY = 'kubernetes/kops:pkg/apis/kops/validation/legacy.go'
const ALL: TagRanges = [['1.26.0-alpha.1']]

export const INSTANCEGROUP_TEXTS: ValidationTextRow[] = [
  { id: 'role.required', field: 'spec.role', text: 'Role must be set', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'role.values', field: 'spec.role', text: 'Master,APIServer,Node,Bastion', tags: [['1.26.0-alpha.1', '1.26.0-alpha.2']], source: 'kubernetes/kops:pkg/apis/kops/instancegroup.go@v1.26.0-alpha.1' },
  { id: 'role.values', field: 'spec.role', text: 'ControlPlane,APIServer,Node,Bastion', tags: [['1.26.0-alpha.2']], source: 'kubernetes/kops:pkg/apis/kops/instancegroup.go@v1.26.0' },
  { id: 'controlPlane.subnets', field: 'spec.subnets', text: 'master InstanceGroup must specify at least one Subnet', tags: [['1.26.0-alpha.1', '1.26.0-beta.1']], source: `${IG}@v1.26.0-alpha.1` },
  { id: 'controlPlane.subnets', field: 'spec.subnets', text: 'controlPlane InstanceGroup must specify at least one Subnet', tags: [['1.26.0-beta.1']], source: `${IG}@v1.26.0-beta.1` },
  { id: 'controlPlane.minSize', field: 'spec.minSize', text: 'controlPlane InstanceGroup must have minSize set to 1', tags: [['1.26.0-beta.1']], source: `${IG}@v1.26.0-beta.1` },
  { id: 'controlPlane.maxSize', field: 'spec.maxSize', text: 'controlPlane InstanceGroup must have maxSize set to 1, add more InstanceGroups instead', tags: [['1.26.0-beta.1']], source: `${IG}@v1.26.0-beta.1` },
  { id: 'tenancy.values', field: 'spec.tenancy', text: 'default,dedicated,host', tags: ALL, source: `${IG}@v1.26.0-alpha.1 (ec2 Tenancy values)` },
  { id: 'maxSize.lessThanMin', field: 'spec.maxSize', text: 'maxSize must be greater than or equal to minSize.', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'gvisor.role', field: 'spec.containerd.gvisor', text: 'gVisor can only be enabled on instance groups with role Node', tags: [['1.36.0-beta.1']], source: `${IG}@v1.36.0-beta.1` },
  // The v1alpha2 field rootVolumeIops/rootVolumeThroughput prints under the internal API's name of the release.
  { id: 'rootVolume.iops', field: 'spec.rootVolumeIops', text: 'RootVolumeIOPS must be greater than 0', tags: [['1.26.0-alpha.1', '1.26.0-beta.1']], source: `${IG}@v1.26.0-alpha.1` },
  { id: 'rootVolume.iops', field: 'spec.rootVolumeIOPS', text: 'RootVolumeIOPS must be greater than 0', tags: [['1.26.0-beta.1', '1.27.0-alpha.2']], source: `${IG}@v1.26.0-beta.1` },
  { id: 'rootVolume.iops', field: 'spec.rootVolume.iops', text: 'IOPS must be greater than 0', tags: [['1.27.0-alpha.2']], source: `${IG}@v1.27.0-alpha.2` },
  { id: 'rootVolume.throughput', field: 'spec.rootVolumeThroughput', text: 'RootVolumeThroughput must be greater than 0', tags: [['1.26.0-alpha.1', '1.27.0-alpha.2']], source: `${IG}@v1.26.0-alpha.1` },
  { id: 'rootVolume.throughput', field: 'spec.rootVolume.throughput', text: 'Throughput must be greater than 0', tags: [['1.27.0-alpha.2']], source: `${IG}@v1.27.0-alpha.2` },
  { id: 'userData.name', field: 'additionalUserData.name', text: 'field must be set', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'userData.content', field: 'additionalUserData.content', text: 'field must be set', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  {
    id: 'userData.types',
    field: 'additionalUserData.type',
    text: 'text/x-include-once-url,text/x-include-url,text/cloud-config-archive,text/upstart-job,text/cloud-config,text/part-handler,text/x-shellscript,text/cloud-boothook',
    tags: ALL,
    source: `${IG}@v1.26.0-alpha.1`,
  },
  { id: 'volume.device', field: 'spec.volumes[{i}].device', text: 'device name required', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'volume.size', field: 'spec.volumes[{i}].size', text: 'must be greater than zero', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'volumeMount.device', field: 'spec.volumeMounts[{i}].device', text: 'device name required', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'volumeMount.filesystem', field: 'spec.volumeMounts[{i}].filesystem', text: 'filesystem type required', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'volumeMount.path', field: 'spec.volumeMounts[{i}].path', text: 'mount path required', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'volumeMount.filesystems', field: 'spec.volumeMounts[{i}].filesystem', text: 'btfs,ext4,xfs', tags: ALL, source: 'kubernetes/kops:pkg/apis/kops/instancegroup.go@v1.26.0-alpha.1 (SupportedFilesystems)' },
  {
    id: 'iam.profile',
    field: 'spec.iam.profile',
    text: 'Instance Group IAM Instance Profile must be a valid aws arn such as arn:aws:iam::123456789012:instance-profile/KopsExampleRole',
    tags: ALL,
    source: `${IG}@v1.26.0-alpha.1`,
  },
  { id: 'sysctl.equals', field: 'spec.sysctlParameters[{i}]', text: 'must contain a "=" character', tags: [['1.28.0-alpha.2']], source: `${IG}@v1.28.0-alpha.2` },
  { id: 'nodeLabels.slash', field: 'spec.nodeLabels', text: 'Node label may only contain a single slash', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'cloudLabels.igName', field: 'spec.cloudLabels.kops.k8s.io/instancegroup', text: 'value must match instance group name', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'lb.tooMany', field: 'spec.externalLoadBalancers[{i}]', text: 'must have at most 1 items', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'lb.name', field: 'spec.externalLoadBalancers[{i}].loadBalancerName', text: 'Load Balancer name must have at most 32 characters', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'lb.arn', field: 'spec.externalLoadBalancers[{i}].targetGroupArn', text: 'Target Group ARN must be a valid AWS ARN: %v', tags: [['1.26.0-alpha.1', '1.26.0-beta.1']], source: `${IG}@v1.26.0-alpha.1` },
  { id: 'lb.arn', field: 'spec.externalLoadBalancers[{i}].targetGroupARN', text: 'Target Group ARN must be a valid AWS ARN: %v', tags: [['1.26.0-beta.1']], source: `${IG}@v1.26.0-beta.1` },
  {
    id: 'lb.arnResource',
    field: 'spec.externalLoadBalancers[{i}].targetGroupARN',
    text: 'Target Group ARN resource must be a valid AWS ARN resource such as "targetgroup/tg-name/1234567890123456"',
    tags: ALL,
    source: `${IG}@v1.26.0-alpha.1`,
  },
  { id: 'lb.arnKind', field: 'spec.externalLoadBalancers[{i}].targetGroupARN', text: 'Target Group ARN resource type must be "targetgroup"', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'lb.arnName', field: 'spec.externalLoadBalancers[{i}].targetGroupARN', text: 'Target Group ARN resource name must have at most 32 characters', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'updatePolicy.values', field: 'spec.updatePolicy', text: 'automatic,external', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'taint.invalid', field: 'spec.taints[{i}]', text: 'invalid taint value', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  // CrossValidateInstanceGroup
  {
    id: 'controlPlane.etcdMember',
    field: 'spec.metadata.name',
    text: 'InstanceGroup "%s" with role Master must have a member in etcd cluster "%s"',
    tags: [['1.26.0-alpha.1', '1.26.0-beta.1']],
    source: `${IG}@v1.26.0-alpha.1`,
  },
  {
    id: 'controlPlane.etcdMember',
    field: 'spec.metadata.name',
    text: 'InstanceGroup "%s" with role ControlPlane must have a member in etcd cluster "%s"',
    tags: [['1.26.0-beta.1', '1.37.0-alpha.1']],
    source: `${IG}@v1.26.0-beta.1`,
  },
  {
    id: 'controlPlane.etcdMember',
    field: 'spec.metadata.name',
    text: 'InstanceGroup "%s" with role ControlPlane must have a member in etcd (IG: "%s") cluster "%s"',
    tags: [['1.37.0-alpha.1']],
    source: `${IG}@v1.37.0-alpha.1`,
  },
  { id: 'apiserver.cloud', field: 'spec.role', text: 'Apiserver role only supported on AWS', tags: [['1.26.0-alpha.1', '1.26.0-alpha.2']], source: `${IG}@v1.26.0-alpha.1` },
  { id: 'apiserver.cloud', field: 'spec.role', text: 'APIServer role only supported on AWS', tags: [['1.26.0-alpha.2', '1.36.0-alpha.1']], source: `${IG}@v1.26.0-alpha.2` },
  { id: 'apiserver.cloud', field: 'spec.role', text: 'APIServer role only supported on AWS and GCE', tags: [['1.36.0-alpha.1']], source: `${IG}@v1.36.0-alpha.1` },
  { id: 'apiserver.dnsNone', field: 'spec.role', text: 'APIServer cannot be used with topology.dns.type=None', tags: [['1.26.0-alpha.2']], source: `${IG}@v1.26.0-alpha.2` },
  { id: 'subnets.notFound', field: 'spec.subnets[{i}]', text: '', tags: [['1.26.0-alpha.1', '1.26.0-beta.1']], source: `${IG}@v1.26.0-alpha.1` },
  { id: 'subnets.notFound', field: 'spec.networking.subnets[{i}]', text: '', tags: [['1.26.0-beta.1']], source: `${IG}@v1.26.0-beta.1` },
  { id: 'rootVolume.types', field: 'spec.rootVolumeType', text: 'standard,gp3,gp2,io1,io2', tags: [['1.26.0-alpha.1', '1.27.0-alpha.2']], source: `${IG}@v1.26.0-alpha.1` },
  { id: 'rootVolume.types', field: 'spec.rootVolume.type', text: 'standard,gp3,gp2,io1,io2', tags: [['1.27.0-alpha.2']], source: `${IG}@v1.27.0-alpha.2` },
  { id: 'warmPool.notAws', field: 'spec.warmPool', text: 'warm pool only supported on AWS', tags: [['1.26.0-alpha.1', '1.26.0-beta.1']], source: `${IG}@v1.26.0-alpha.1` },
  { id: 'warmPool.role', field: 'spec.warmPool', text: 'warm pool only allowed on instance groups with role Node or APIServer', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'warmPool.spot', field: 'spec.warmPool', text: 'warm pool cannot be used with spot instances', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  {
    id: 'warmPool.mixed',
    field: 'spec.warmPool',
    text: 'warm pool cannot be combined with a mixed instances policy',
    tags: [['1.26.0-alpha.1', '1.34.2'], ['1.35.0-alpha.1', '1.35.0-beta.1']],
    source: `${IG}@v1.34.1`,
  },
  { id: 'warmPool.maxNegative', field: 'spec.warmPool.maxSize', text: 'warm pool maxSize cannot be negative', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'warmPool.maxBelowMin', field: 'spec.warmPool.maxSize', text: 'warm pool maxSize cannot be set to lower than minSize', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'warmPool.minNegative', field: 'spec.warmPool.minSize', text: 'warm pool minSize cannot be negative', tags: ALL, source: `${IG}@v1.26.0-alpha.1` },
  { id: 'karpenter.cloud', field: 'spec.manager', text: 'Karpenter InstanceGroups are only supported on AWS', tags: [['1.36.0']], source: `${IG}@v1.36.0` },
  { id: 'karpenter.role', field: 'spec.role', text: 'Karpenter InstanceGroups must have role Node', tags: [['1.36.0']], source: `${IG}@v1.36.0` },
  { id: 'karpenter.maxSize', field: 'spec.maxSize', text: 'must be greater than zero', tags: [['1.36.0']], source: `${IG}@v1.36.0` },
  { id: 'karpenter.image', field: 'spec.image', text: 'must be ami-*, ssm:<parameter>, <name>, or <owner>/<name>', tags: [['1.36.0']], source: `${IG}@v1.36.0` },
  { id: 'karpenter.ssm', field: 'spec.image', text: 'ssm image parameter is required', tags: [['1.36.0']], source: `${IG}@v1.36.0` },
  { id: 'karpenter.minSize', field: 'spec.minSize', text: 'must be greater than zero for static capacity', tags: [['1.36.0']], source: `${IG}@v1.36.0` },
  {
    id: 'karpenter.staticCapacity',
    field: 'spec.minSize',
    text: 'static capacity requires StaticCapacity=true in cluster.spec.karpenter.featureGates',
    tags: [['1.36.0']],
    source: `${IG}@v1.36.0`,
  },
  // DeepValidate (legacy.go)
  { id: 'deep.noGroups', text: 'must configure at least one InstanceGroup', tags: ALL, source: `${LEGACY}@v1.26.0-alpha.1` },
  { id: 'deep.noMaster', text: 'must configure at least one Master InstanceGroup', tags: [['1.26.0-alpha.1', '1.26.0-beta.1']], source: `${LEGACY}@v1.26.0-alpha.1` },
  { id: 'deep.noMaster', text: 'must configure at least one ControlPlane InstanceGroup', tags: [['1.26.0-beta.1']], source: `${LEGACY}@v1.26.0-beta.1` },
  { id: 'deep.noNode', text: 'must configure at least one Node InstanceGroup', tags: ALL, source: `${LEGACY}@v1.26.0-alpha.1` },
  { id: 'deep.volumesNotAws', field: 'spec.volumes', text: 'instancegroup volumes are only available with aws at present', tags: ALL, source: `${LEGACY}@v1.26.0-alpha.1` },
]
