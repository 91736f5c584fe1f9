// Mirrors the Cluster helpers of kubernetes/kops:pkg/apis/kops/cluster.go that asset planning depends on, and the
// boot config's APIServerIPs of pkg/nodemodel/nodeupconfigbuilder.go (1.36.0-alpha.1 …).
import type { ClusterModel } from '../../manifests/model.js'
import { inTagRanges, type TagRanges } from '../../releases/version.js'

// InstallCNIAssets: the CNI plugins are not installed by kOps for CNIs that ship their own (bc4eb919cf, 1.32.0-beta.1 …).
const OWN_CNI_SKIPS_PLUGINS: TagRanges = [['1.32.0-beta.1']]
const OWN_CNI = ['amazonvpc', 'calico', 'cilium']

/** InstallCNIAssets (cluster.go): whether the CNI plugins asset is planned and copied into /opt/cni/bin. */
export function installCniAssets(release: string, c: Pick<ClusterModel, 'networking'>): boolean {
  return !(inTagRanges(release, OWN_CNI_SKIPS_PLUGINS) && OWN_CNI.includes(c.networking?.value ?? ''))
}

/** IsGossip (1.26) / UsesLegacyGossip (1.27 …): a `.k8s.local` name and a DNS topology other than None. */
export function usesLegacyGossip(c: ClusterModel): boolean {
  return (c.name?.value ?? '').endsWith('.k8s.local') && (c.dnsType?.value ?? '').toLowerCase() !== 'none'
}

/**
 * Whether the boot config carries control-plane IPs. kOps fills APIServerIPs from the control-plane addresses it
 * discovers in the cloud at update time (API load balancer, Hetzner/Scaleway/DO/Metal server IPs); from the spec
 * alone they are unknown, exactly as in kOps's own integration tests, so the list is empty and gossip workers keep
 * protokube (`isMaster || (usesLegacyGossip && len(APIServerIPs) == 0)`).
 */
export function hasAPIServerIPs(): boolean {
  return false
}
