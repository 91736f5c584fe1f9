// Mirrors kubernetes/kops:pkg/model/components/etcdmanager/options.go (EtcdManagerOptionsBuilder.BuildOptions,
// v1.26.0-alpha.1 … v1.37.0-alpha.1): every etcd cluster's version, without a leading `v`, must be one etcd-manager
// supports at that tag (ETCD_MANAGER_VERSIONS); an empty version was defaulted by the etcd options builder before.
// kOps's SkipEtcdVersionCheck feature flag (off by default) would turn the refusal into a warning; from
// 1.37.0-alpha.1 an etcd cluster with its own `image` runs any version.
import { ETCD_MANAGER_VERSIONS, type EtcdManagerVersionsRow } from '../../../releases/data/components-texts.js'
import { rowFor } from '../../../releases/rows.js'
import type { Located } from '../../../types.js'
import { seqLength, stringAt, unknown } from '../../validation/spec-view.js'
import type { ValidationContext } from '../../validation/context.js'

export function etcdManagerSupportedVersions(row: EtcdManagerVersionsRow): string[] {
  if (row.versions) return row.versions
  return (row.latest ?? []).flatMap((l) => {
    const [major, minor, patch] = l.split('.').map(Number)
    return Array.from({ length: patch + 1 }, (_, p) => `${major}.${minor}.${p}`)
  })
}

/** The refusal of the first etcd cluster whose version etcd-manager does not support, or null. */
export function etcdManagerOptionsError(ctx: ValidationContext): { error: string; at: Located<unknown> } | null {
  const row = rowFor(ETCD_MANAGER_VERSIONS, ctx.release, 'etcd-manager versions')
  const supported = etcdManagerSupportedVersions(row)
  const doc = ctx.cluster.doc
  for (let i = 0; i < seqLength(doc, ['spec', 'etcdClusters']); i++) {
    const v = stringAt(doc, ['spec', 'etcdClusters', i, 'version'])
    if (!v || v.value === '' || unknown(v)) continue
    if (supported.includes(v.value.replace(/^v/, ''))) continue
    if (row.imageOverrides && (stringAt(doc, ['spec', 'etcdClusters', i, 'image'])?.value ?? '') !== '') continue
    const error = row.error.replace('%q', JSON.stringify(v.value)).replace('%s', supported.join(', '))
    return { error, at: v }
  }
  return null
}
