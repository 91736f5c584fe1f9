// Mirrors openstackValidateCluster of kubernetes/kops:pkg/apis/kops/validation/openstack.go, which refuses public
// topologies without a router external network; it exists from v1.26.0-alpha.1 up to v1.27.0-alpha.2 (exclusive).
// The field names follow the internal API of each tag: spec.topology.{nodes,masters} (1.26.0-alpha.1),
// spec.topology.{nodes,controlPlane} (1.26.0-alpha.2), spec.networking.topology.{nodes,controlPlane} (1.26.0-beta.1 on).
// Runs in newValidateCluster after validateClusterSpec, for OpenStack clusters. linodeValidateCluster (linode.go,
// from 1.37.0-alpha.1) refuses Linode cluster names longer than 32 characters.
import { inTagRanges } from '../../releases/version.js'
import type { ValidationContext } from './context.js'
import type { FieldError } from './field.js'
import { has, keyOf, stringAt, unknown } from './spec-view.js'

export function openstackValidateCluster(ctx: ValidationContext): FieldError[] {
  const { release } = ctx
  if (!inTagRanges(release, [['1.26.0-alpha.1', '1.27.0-alpha.2']])) return []
  const doc = ctx.cluster.doc
  const v3 = doc.apiVersion.endsWith('v1alpha3')
  const os = v3 ? ['spec', 'cloudProvider', 'openstack'] : ['spec', 'cloudConfig', 'openstack']
  if (!v3 && !has(doc, os) && ctx.cluster.cloudProvider?.value !== 'openstack') return []
  const ext = stringAt(doc, [...os, 'router', 'externalNetwork'])
  if (ext !== null || unknown(ext)) return []
  const topo = v3 ? ['spec', 'networking', 'topology'] : ['spec', 'topology']
  const nodes = stringAt(doc, [...topo, 'nodes'])
  const cp = stringAt(doc, [...topo, v3 ? 'controlPlane' : 'masters'])
  const prefix = inTagRanges(release, [['1.26.0-beta.1']]) ? 'spec.networking.topology' : 'spec.topology'
  const cpName = inTagRanges(release, [['1.26.0-alpha.2']]) ? 'controlPlane' : 'masters'
  const at = (k: string) => keyOf(doc, [...topo, k]) ?? keyOf(doc, topo) ?? keyOf(doc, ['spec'])!
  const out: FieldError[] = []
  const source = 'kubernetes/kops:pkg/apis/kops/validation/openstack.go'
  const noTopology = !has(doc, topo)
  if (noTopology || nodes?.value === 'public') out.push({ field: `${prefix}.nodes`, type: 'Forbidden', value: null, detail: 'Public topology requires an external network', at: at('nodes'), source })
  if (noTopology || cp?.value === 'public') out.push({ field: `${prefix}.${cpName}`, type: 'Forbidden', value: null, detail: 'Public topology requires an external network', at: at(v3 ? 'controlPlane' : 'masters'), source })
  return out
}

export function linodeValidateCluster(ctx: ValidationContext): FieldError[] {
  if (!inTagRanges(ctx.release, [['1.37.0-alpha.1']])) return []
  const name = ctx.cluster.name
  if (!name || unknown(name) || name.value.length <= 32) return []
  return [{ field: 'objectMeta.name', type: 'Invalid value', value: name.value, detail: 'cluster name must be no more than 32 characters long', at: name, source: 'kubernetes/kops:pkg/apis/kops/validation/linode.go' }]
}
