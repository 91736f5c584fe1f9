// kOps's own texts for ValidateCluster in pkg/apis/kops/validation/legacy.go, with the tag ranges in which each exact
// text and field path exist (half-open, kOps version order, branch-exact: see inTagRanges).
import type { TagRanges } from '../version.js'
import type { ValidationTextRow } from './instancegroup-texts.js'

const L = 'kubernetes/kops:pkg/apis/kops/validation/legacy.go'
const ALL: TagRanges = [['1.26.0-alpha.1']]
const CP_RENAMED: TagRanges = [['1.26.0-beta.1']]
const MASTER: TagRanges = [['1.26.0-alpha.1', '1.26.0-beta.1']]

export const LEGACY_TEXTS: ValidationTextRow[] = [
  { id: 'k8s.required', field: 'spec.kubernetesVersion', text: '', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'k8s.invalid', field: 'spec.kubernetesVersion', text: 'unable to determine kubernetes version', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'configBase.vault', field: 'spec.configBase', text: 'Vault is not supported as configBase', tags: MASTER, source: `${L}@v1.26.0-alpha.1` },
  { id: 'secretStore.flag', field: 'spec.secretStore', text: 'vault VFS is an experimental feature; set `export KOPS_FEATURE_FLAGS=VFSVaultSupport`', tags: MASTER, source: `${L}@v1.26.0-alpha.1` },
  { id: 'secretStore.aws', field: 'spec.secretStore', text: 'Vault secret store is only available on AWS', tags: MASTER, source: `${L}@v1.26.0-alpha.1` },
  { id: 'keyStore.flag', field: 'spec.keyStore', text: 'vault VFS is an experimental feature; set `export KOPS_FEATURE_FLAGS=VFSVaultSupport`', tags: MASTER, source: `${L}@v1.26.0-alpha.1` },
  { id: 'keyStore.aws', field: 'spec.keyStore', text: 'Vault keystore is only available on AWS', tags: MASTER, source: `${L}@v1.26.0-alpha.1` },
  { id: 'kcm.clusterCIDR.invalid', field: 'spec.kubeControllerManager.clusterCIDR', text: 'cluster had an invalid kubeControllerManager.clusterCIDR', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'kcm.clusterCIDR.subnet', field: 'spec.kubeControllerManager.clusterCIDR', text: 'kubeControllerManager.clusterCIDR %q must be a subnet of nonMasqueradeCIDR %q', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'kubeDNS.serverIP.invalid', field: 'spec.kubeDNS.serverIP', text: 'Cluster had an invalid kubeDNS.serverIP', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'kubeDNS.serverIP.range', field: 'spec.kubeDNS.serverIP', text: 'ServiceClusterIPRange %q must contain the DNS Server IP %q', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'kubelet.clusterDNS', field: 'spec.kubelet.clusterDNS', text: 'Kubelet ClusterDNS did not match cluster kubeDNS.serverIP or nodeLocalDNS.localIP', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'cpKubelet.clusterDNS', field: 'spec.masterKubelet.clusterDNS', text: 'MasterKubelet ClusterDNS did not match cluster kubeDNS.serverIP or nodeLocalDNS.localIP', tags: MASTER, source: `${L}@v1.26.0-alpha.1` },
  { id: 'cpKubelet.clusterDNS', field: 'spec.controlPlaneKubelet.clusterDNS', text: 'ControlPlaneKubelet ClusterDNS did not match cluster kubeDNS.serverIP or nodeLocalDNS.localIP', tags: CP_RENAMED, source: `${L}@v1.26.0-beta.1` },
  { id: 'kubeDNS.provider', field: 'spec.kubeDNS.provider', text: 'KubeDNS provider must be set to CoreDNS if NodeLocalDNS addon is enabled', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'kubeDNS.nameserver', field: 'spec.kubeDNS.upstreamNameservers[{i}]', text: 'Invalid nameserver given, should be a valid ip address', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'kubeDNS.stubDomain.empty', field: 'spec.kubeDNS.stubDomains[{key}]', text: 'No nameservers specified for the stub domain', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'kubeDNS.stubDomain.nameserver', field: 'spec.kubeDNS.stubDomains[{key}][{i}]', text: 'Invalid nameserver given, should be a valid ip address', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'cloud.kubelet', field: 'spec.kubelet.cloudProvider', text: 'Did not match cluster cloudProvider', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'cloud.cpKubelet', field: 'spec.masterKubelet.cloudProvider', text: 'Did not match cluster cloudProvider', tags: MASTER, source: `${L}@v1.26.0-alpha.1` },
  { id: 'cloud.cpKubelet', field: 'spec.controlPlaneKubelet.cloudProvider', text: 'Did not match cluster cloudProvider', tags: CP_RENAMED, source: `${L}@v1.26.0-beta.1` },
  { id: 'cloud.kubeAPIServer', field: 'spec.kubeAPIServer.cloudProvider', text: 'Did not match cluster cloudProvider', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'cloud.kcm', field: 'spec.kubeControllerManager.cloudProvider', text: 'Did not match cluster cloudProvider', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  // validateServiceAccountIssuerDiscovery: kOps nests `serviceAccountIssuerDiscovery` twice in most of these paths.
  { id: 'said.both', field: 'spec.serviceAccountIssuerDiscovery.discoveryStore', text: 'Only one of discoveryStore or discoveryService may be specified', tags: [['1.35.0-beta.1']], source: `${L}@v1.35.0-beta.1` },
  { id: 'said.store.vfs', field: 'spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.discoveryStore', text: 'not a valid VFS path', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'said.store.dots', field: 'spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.discoveryStore', text: 'Bucket name cannot contain dots', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'said.store.s3only', field: 'spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.discoveryStore', text: 'S3 is the only supported VFS for discoveryStore', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { id: 'said.service.url', field: 'spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.discoveryService.url', text: 'discoveryService URL must be specified', tags: [['1.35.0-beta.1']], source: `${L}@v1.35.0-beta.1` },
  { id: 'said.oidc.k8s118', field: 'spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.enableAWSOIDCProvider', text: 'AWS OIDC Provider requires kubernetes 1.18 or greates', tags: [['1.26.0-alpha.1', '1.26.0-alpha.2']], source: `${L}@v1.26.0-alpha.1` },
  { id: 'said.oidc', field: 'spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.enableAWSOIDCProvider', text: 'AWS OIDC Provider requires a discovery store', tags: [['1.26.0-alpha.1', '1.35.0-beta.1']], source: `${L}@v1.26.0-alpha.1` },
  {
    id: 'said.oidc',
    field: 'spec.serviceAccountIssuerDiscovery.serviceAccountIssuerDiscovery.enableAWSOIDCProvider',
    text: 'AWS OIDC Provider requires a discoveryStore or discoveryService to be set',
    tags: [['1.35.0-beta.1']],
    source: `${L}@v1.35.0-beta.1`,
  },
]

/**
 * The cloud, subnet and CIDR checks ValidateCluster carried before they moved to validation.go's validateNetworking
 * (1.26.0-alpha.1 … 1.27.0-alpha.2, exclusive). `{net}` in a field is `networking.` from 1.26.0-beta.1 and empty before
 * (the internal API moved these fields under spec.networking then); `{kubeletNet}` likewise.
 */
const N126: TagRanges = [['1.26.0-alpha.1', '1.27.0-alpha.2']]
export const LEGACY_NETWORKING_TEXTS: ValidationTextRow[] = [
  { id: 'net.cloud.onlyOne', field: 'spec.{cloud}', text: 'only one cloudProvider option permitted', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.cloud.required', field: 'spec.cloudProvider', text: '', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.gce.networkCIDR', field: 'spec.{net}networkCIDR', text: 'networkCIDR should not be set on GCE', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.subnets.required', field: 'spec.{net}subnets', text: 'must configure at least one subnet (use --zones)', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.networkCIDR.required', field: 'spec.{net}networkCIDR', text: 'Cluster did not have networkCIDR set', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.networkCIDR.invalid', field: 'spec.{net}networkCIDR', text: 'Cluster had an invalid networkCIDR', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.networkCIDR.private', field: 'spec.{net}networkCIDR', text: 'Cluster had a networkCIDR outside the private IP range', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.networkCIDR.networkID', field: 'spec.{net}networkCIDR', text: "DO doesn't support specifying both NetworkID and NetworkCIDR together", tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.additional.invalid', field: 'spec.{net}additionalNetworkCIDRs', text: 'Cluster had an invalid additionalNetworkCIDRs', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.nonMasq.required', field: 'spec.{net}nonMasqueradeCIDR', text: 'Cluster did not have nonMasqueradeCIDR set', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.nonMasq.invalid', field: 'spec.{net}nonMasqueradeCIDR', text: 'Cluster had an invalid nonMasqueradeCIDR', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.nonMasq.ipv6', field: 'spec.{net}nonMasqueradeCIDR', text: 'IPv6 clusters must have a nonMasqueradeCIDR of "::/0"', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.nonMasq.overlap', field: 'spec.{net}nonMasqueradeCIDR', text: 'nonMasqueradeCIDR %q cannot overlap with networkCIDR %q', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.kubelet.nonMasq', field: 'spec.kubelet.{kubeletNet}nonMasqueradeCIDR', text: 'kubelet nonMasqueradeCIDR did not match cluster nonMasqueradeCIDR', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.cpKubelet.nonMasq', field: 'spec.masterKubelet.nonMasqueradeCIDR', text: 'masterKubelet nonMasqueradeCIDR did not match cluster nonMasqueradeCIDR', tags: MASTER, source: `${L}@v1.26.0-alpha.1` },
  { id: 'net.cpKubelet.nonMasq', field: 'spec.controlPlaneKubelet.nonMasqueradeCIDR', text: 'controlPlaneKubelet nonMasqueradeCIDR did not match cluster nonMasqueradeCIDR', tags: [['1.26.0-beta.1', '1.27.0-alpha.2']], source: `${L}@v1.26.6` },
  { id: 'net.service.invalid', field: 'spec.{net}serviceClusterIPRange', text: 'Cluster had an invalid serviceClusterIPRange', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.service.subnet', field: 'spec.{net}serviceClusterIPRange', text: 'serviceClusterIPRange %q must be a subnet of nonMasqueradeCIDR %q', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.apiserver.service', field: 'spec.kubeAPIServer.serviceClusterIPRange', text: 'kubeAPIServer serviceClusterIPRange did not match cluster serviceClusterIPRange', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.subnet.cidr.invalid', field: 'spec.{net}subnets[{i}].cidr', text: 'subnet had an invalid cidr', tags: N126, source: `${L}@v1.26.6` },
  { id: 'net.subnet.cidr.outside', field: 'spec.{net}subnets[{i}].cidr', text: 'subnet %q had a cidr %q that was not a subnet of the networkCIDR %q', tags: N126, source: `${L}@v1.26.6` },
]

/** Kubernetes cloud-provider names ValidateCluster compares the components' cloudProvider with (per kOps cloud). */
export const K8S_CLOUD_PROVIDER: { cloud: string; k8s: string; tags: TagRanges; source: string }[] = [
  { cloud: 'aws', k8s: 'aws', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { cloud: 'gce', k8s: 'gce', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { cloud: 'digitalocean', k8s: 'external', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { cloud: 'hetzner', k8s: 'external', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { cloud: 'openstack', k8s: 'openstack', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { cloud: 'azure', k8s: 'azure', tags: ALL, source: `${L}@v1.26.0-alpha.1` },
  { cloud: 'scaleway', k8s: 'external', tags: [['1.26.0-beta.1']], source: `${L}@v1.26.0-beta.1` },
  { cloud: 'linode', k8s: 'external', tags: [['1.36.0-alpha.1']], source: `${L}@v1.36.0-alpha.1` },
]

/**
 * From these tags the kubeAPIServer cloudProvider check runs only below a Kubernetes version (semver order, so
 * prereleases of that version count as below it): 1.32.2 … 1.32.x below 1.33.0, from 1.33.0-alpha.1 below
 * 1.33.0-alpha.3.
 */
export const KUBE_APISERVER_CLOUD_CHECK_BELOW: { below: string; tags: TagRanges; source: string }[] = [
  { below: '1.33.0', tags: [['1.32.2', '1.33.0-alpha.1']], source: `${L}@v1.32.2` },
  { below: '1.33.0-alpha.3', tags: [['1.33.0-alpha.1']], source: `${L}@v1.33.0-alpha.1` },
]
