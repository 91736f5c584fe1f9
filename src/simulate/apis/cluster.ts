// Mirrors the Cluster helpers of kubernetes/kops:pkg/apis/kops/cluster.go that asset planning depends on, and the
// boot config's APIServerIPs of pkg/nodemodel/nodeupconfigbuilder.go (1.36.0-alpha.1 …).
import type { ClusterModel } from '../../manifests/model.js'

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
