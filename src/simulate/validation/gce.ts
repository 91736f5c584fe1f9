// Mirrors the offline part of kubernetes/kops:pkg/apis/kops/validation/gce.go (v1.26.0-alpha.1 … v1.37.0-alpha.1):
// gceValidateCluster, run inside newValidateCluster after validateClusterSpec for GCE clusters. A subnet may not name a
// zone (GCE subnets are regional); before 1.28.0-alpha.2 each subnet also needed a region, one for all subnets.
// Subnet paths print as spec.networking.subnets[i] (the internal API's) from 1.26.0-beta.1, spec.subnets[i] before.
// gceValidateInstanceGroup (provisioning model; from 1.35.0-beta.1 zones required on the populated group) is not
// modelled: PopulateInstanceGroupSpec's zone assignment for GCE is not mirrored.
import { inTagRanges } from '../../releases/version.js'
import type { FieldError } from './field.js'
import type { ValidationContext } from './context.js'
import { keyOf, seqLength, stringAt, unknown } from './spec-view.js'

const SOURCE = 'kubernetes/kops:pkg/apis/kops/validation/gce.go'

export function gceValidateCluster(ctx: ValidationContext): FieldError[] {
  const doc = ctx.cluster.doc
  const out: FieldError[] = []
  const subnets = doc.apiVersion.endsWith('v1alpha3') ? ['spec', 'networking', 'subnets'] : ['spec', 'subnets']
  const prefix = inTagRanges(ctx.release, [['1.26.0-beta.1']]) ? 'spec.networking.subnets' : 'spec.subnets'
  const regions = inTagRanges(ctx.release, [['1.26.0-alpha.1', '1.28.0-alpha.2']])
  let region = ''
  for (let i = 0; i < seqLength(doc, subnets); i++) {
    const f = `${prefix}[${i}]`
    const zone = stringAt(doc, [...subnets, i, 'zone'])
    if (zone && zone.value !== '' && !unknown(zone))
      out.push({ field: `${f}.zone`, type: 'Invalid value', value: zone.value, detail: 'zones should not be specified for GCE subnets, as GCE subnets are regional', at: zone, source: SOURCE })
    if (!regions) continue
    const r = stringAt(doc, [...subnets, i, 'region'])
    if (unknown(r)) continue
    const at = keyOf(doc, [...subnets, i, 'region']) ?? keyOf(doc, [...subnets, i]) ?? keyOf(doc, subnets)!
    if (!r || r.value === '') out.push({ field: `${f}.region`, type: 'Required value', value: null, detail: 'region must be specified for GCE subnets', at, source: SOURCE })
    else if (region === '') region = r.value
    else if (region !== r.value) out.push({ field: `${f}.region`, type: 'Forbidden', value: null, detail: 'clusters cannot span GCE regions', at, source: SOURCE })
  }
  return out
}
