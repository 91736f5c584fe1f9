// Mirrors the spec-decided refusals of kubernetes/kops:pkg/model/components/etcdmanager/model.go
// (EtcdManagerBuilder, v1.26.0-alpha.1 … v1.37.0-alpha.1). This is a model builder: kOps runs it while building the
// cloudup tasks, after the asset plan, not among the option builders; its error ends `kops update cluster` there.
//   - an etcd cluster named other than main, events, cilium (and leases from 1.36.0-alpha.1) is
//     `unknown etcd cluster key %q` (validation.go's name check refuses such names earlier);
//   - leaderElectionTimeout or heartbeatInterval on an etcd cluster are refused, in that order.
// `backupStore must be set` and `unexpected name for etcd cluster` never fire: the etcd-manager option builder always
// sets a backup store, and the pod name is always `etcd-<name>`.
import { inTagRanges } from '../../../releases/version.js'
import type { Located } from '../../../types.js'
import type { ValidationContext } from '../../validation/context.js'
import { has, keyOf, seqLength, stringAt, unknown } from '../../validation/spec-view.js'

export function etcdClusterKeys(release: string): string[] {
  return ['main', 'events', 'cilium', ...(inTagRanges(release, [['1.36.0-alpha.1']]) ? ['leases'] : [])]
}

/** The first etcd cluster the etcd-manager model builder refuses, in order; null when it builds them all. */
export function etcdManagerModelError(ctx: ValidationContext): { error: string; at: Located<unknown> } | null {
  const doc = ctx.cluster.doc
  const keys = etcdClusterKeys(ctx.release)
  for (let i = 0; i < seqLength(doc, ['spec', 'etcdClusters']); i++) {
    const base = ['spec', 'etcdClusters', i]
    const name = stringAt(doc, [...base, 'name'])
    if (unknown(name)) return null
    if (!keys.includes(name?.value ?? '')) return { error: `unknown etcd cluster key ${JSON.stringify(name?.value ?? '')}`, at: name ?? keyOf(doc, base)! }
    if (has(doc, [...base, 'leaderElectionTimeout'])) return { error: 'LeaderElectionTimeout not supported by etcd-manager', at: keyOf(doc, [...base, 'leaderElectionTimeout'])! }
    if (has(doc, [...base, 'heartbeatInterval'])) return { error: 'HeartbeatInterval not supported by etcd-manager', at: keyOf(doc, [...base, 'heartbeatInterval'])! }
  }
  return null
}
