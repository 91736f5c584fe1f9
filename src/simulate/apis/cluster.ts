// Mirrors the Cluster helpers of kubernetes/kops:pkg/apis/kops/cluster.go that asset planning depends on, and the
// boot config's APIServerIPs rule of pkg/nodemodel/nodeupconfigbuilder.go (1.36.0-alpha.1 …).
import type { ClusterModel, Role } from '../../manifests/model.js'

function dnsType(c: ClusterModel): string {
  return (c.dnsType?.value ?? '').toLowerCase()
}

/** IsGossip (1.26) / UsesLegacyGossip (1.27 …): a `.k8s.local` name and a DNS topology other than None. */
export function usesLegacyGossip(c: ClusterModel): boolean {
  return (c.name?.value ?? '').endsWith('.k8s.local') && dnsType(c) !== 'none'
}

export function usesNoneDNS(c: ClusterModel): boolean {
  return dnsType(c) === 'none'
}

function cloud(c: ClusterModel): string {
  return (c.cloudProvider?.value ?? '').toLowerCase()
}

/** Workers reach kops-controller through the API load balancer (cluster.go UsesLoadBalancerForKopsController, 1.36 …). */
export function usesLoadBalancerForKopsController(c: ClusterModel): boolean {
  if (usesNoneDNS(c)) return true
  // Public or private DNS (every non-gossip cluster), or no API load balancer.
  if (!usesLegacyGossip(c)) return false
  const lb = c.doc.present(['spec', 'api', 'loadBalancer'])
  if (!lb) return false
  if (cloud(c) === 'aws') return (c.doc.string(['spec', 'api', 'loadBalancer', 'class'])?.value ?? '') === 'Network'
  return true
}

/** Whether the boot config carries control-plane IPs for this role (nodeupconfigbuilder.go, 1.36.0-alpha.1 …). */
export function hasAPIServerIPs(c: ClusterModel, role: Role): boolean {
  const hasAPIServer = role === 'ControlPlane' || role === 'APIServer'
  if (usesLoadBalancerForKopsController(c) && !hasAPIServer) return true
  return ['hetzner', 'scaleway', 'digitalocean', 'metal'].includes(cloud(c))
}
