// Mirrors the networking part of ValidateCluster in kubernetes/kops:pkg/apis/kops/validation/legacy.go as it stood
// from v1.26.0-alpha.1 up to v1.27.0-alpha.2 (exclusive), when kOps moved it into validation.go's validateNetworking:
// one cloud provider, subnets present, networkCIDR / additionalNetworkCIDRs / nonMasqueradeCIDR /
// serviceClusterIPRange parsed and related, and (after the kubeDNS and cloudProvider checks) each subnet's CIDR
// inside the network. Only the non-strict checks run on the Cluster as written. Texts and tag ranges:
// LEGACY_NETWORKING_TEXTS in src/releases/data/legacy-texts.ts.
import { LEGACY_NETWORKING_TEXTS } from '../../releases/data/legacy-texts.js'
import { inTagRanges } from '../../releases/version.js'
import { belongsTo, isPrivate, overlap, parseNet, type IPNet } from '../go/net.js'
import type { ValidationContext } from './context.js'
import type { FieldError } from './field.js'
import { ClusterErrors, clusterPaths, cloudOf, goQuote } from './legacy.js'
import { has, seqLength, stringAt, unknown } from './spec-view.js'

const SOURCE = 'kubernetes/kops:pkg/apis/kops/validation/legacy.go'
const ACTIVE: [string, string][] = [['1.26.0-alpha.1', '1.27.0-alpha.2']]

function errors(ctx: ValidationContext): ClusterErrors & { net: string; cp: string; kubeletNet: string } {
  const early = inTagRanges(ctx.release, [['1.26.0-alpha.1', '1.26.0-beta.1']])
  const e = new ClusterErrors(ctx.release, ctx.cluster.doc, LEGACY_NETWORKING_TEXTS, SOURCE) as ClusterErrors & { net: string; cp: string; kubeletNet: string }
  e.net = early ? '' : 'networking.'
  e.kubeletNet = early ? '' : 'networking.'
  return e
}

function fix(e: ReturnType<typeof errors>, from: number): FieldError[] {
  for (const err of e.out.slice(from)) err.field = err.field.replace('{net}', e.net).replace('{kubeletNet}', e.kubeletNet)
  return e.out
}

const CLOUD_KEYS = ['aws', 'azure', 'digitalocean', 'gce', 'hetzner', 'openstack', 'scaleway']
const CLOUD_FIELD: Record<string, string> = { azure: 'azure', digitalocean: 'do', gce: 'gce', hetzner: 'hetzner', openstack: 'openstack', scaleway: 'scaleway' }

/** The checks between the kubernetesVersion parse and the clusterCIDR check. */
export function legacyNetworking(ctx: ValidationContext): FieldError[] {
  if (!inTagRanges(ctx.release, ACTIVE)) return []
  const doc = ctx.cluster.doc
  const e = errors(ctx)
  const paths = clusterPaths(doc)
  const cloud = cloudOf(ctx)
  if (ctx.cluster.cloudProvider && unknown(ctx.cluster.cloudProvider)) return []

  // Which cloud blocks are set: v1alpha2 names one provider; v1alpha3 may list several keys.
  const clouds = paths.v3 ? doc.keys(['spec', 'cloudProvider']).map((k) => (k === 'do' ? 'digitalocean' : k)) : cloud ? [cloud] : []
  let requiresSubnets = true
  let requiresNetworkCIDR = true
  let taken = false
  for (const c of CLOUD_KEYS) {
    if (!clouds.includes(c)) continue
    if (c === 'scaleway' && inTagRanges(ctx.release, [['1.26.0-alpha.1', '1.26.0-beta.1']])) continue
    if (taken) e.add('net.cloud.onlyOne', 'Forbidden', e.key(['spec', 'cloudProvider', c === 'digitalocean' ? 'do' : c]), null, { field: `spec.${CLOUD_FIELD[c]}` })
    taken = true
    if (c === 'digitalocean' || c === 'hetzner') requiresSubnets = false
    if (c !== 'aws' && c !== 'azure') requiresNetworkCIDR = false
    if (c === 'gce') {
      const nc = stringAt(doc, paths.v3 ? ['spec', 'networking', 'networkCIDR'] : ['spec', 'networkCIDR'])
      if (nc && nc.value !== '') e.add('net.gce.networkCIDR', 'Forbidden', e.key(paths.v3 ? ['spec', 'networking', 'networkCIDR'] : ['spec', 'networkCIDR']))
    }
  }
  if (!taken) {
    e.add('net.cloud.required', 'Required value', e.key(['spec', 'cloudProvider']))
    requiresSubnets = false
    requiresNetworkCIDR = false
  }
  const subnetsPath = paths.v3 ? ['spec', 'networking', 'subnets'] : ['spec', 'subnets']
  if (requiresSubnets && seqLength(doc, subnetsPath) === 0) e.add('net.subnets.required', 'Required value', e.key(subnetsPath))

  const ncPath = paths.v3 ? ['spec', 'networking', 'networkCIDR'] : ['spec', 'networkCIDR']
  const ncAt = stringAt(doc, ncPath)
  let networkCIDR: IPNet | null = null
  if (!ncAt || ncAt.value === '') {
    if (requiresNetworkCIDR) e.add('net.networkCIDR.required', 'Required value', e.key(ncPath))
  } else if (!unknown(ncAt)) {
    networkCIDR = parseNet(ncAt.value)
    if (!networkCIDR) e.add('net.networkCIDR.invalid', 'Invalid value', ncAt, ncAt.value)
    if (cloud === 'digitalocean' && networkCIDR) {
      if (!isPrivate(networkCIDR.ip)) e.add('net.networkCIDR.private', 'Invalid value', ncAt, ncAt.value)
      const id = stringAt(doc, paths.v3 ? ['spec', 'networking', 'networkID'] : ['spec', 'networkID'])
      if (id && id.value !== '') e.add('net.networkCIDR.networkID', 'Forbidden', e.key(ncPath))
    }
  }

  const additional: (IPNet | null)[] = []
  for (const a of doc.strings(paths.v3 ? ['spec', 'networking', 'additionalNetworkCIDRs'] : ['spec', 'additionalNetworkCIDRs'])) {
    if (unknown(a)) continue
    const n = parseNet(a.value)
    if (!n) e.add('net.additional.invalid', 'Invalid value', a, a.value)
    additional.push(n)
  }

  const gceNetworking = has(doc, ['spec', 'networking', 'gce'])
  const nmAt = stringAt(doc, paths.nonMasqueradeCIDR)
  let nonMasq: IPNet | null = null
  if (!nmAt || nmAt.value === '') {
    if (!gceNetworking) e.add('net.nonMasq.required', 'Required value', e.key(paths.nonMasqueradeCIDR))
  } else if (!unknown(nmAt)) {
    nonMasq = parseNet(nmAt.value)
    if (!nonMasq) e.add('net.nonMasq.invalid', 'Invalid value', nmAt, nmAt.value)
    else {
      if (nmAt.value.includes(':') && nmAt.value !== '::/0') e.add('net.nonMasq.ipv6', 'Forbidden', e.key(paths.nonMasqueradeCIDR))
      const eni = stringAt(doc, ['spec', 'networking', 'cilium', 'ipam'])?.value === 'eni'
      if (networkCIDR && overlap(nonMasq, networkCIDR) && !has(doc, ['spec', 'networking', 'amazonvpc']) && !eni)
        e.add('net.nonMasq.overlap', 'Forbidden', e.key(paths.nonMasqueradeCIDR), null, {
          detail: `nonMasqueradeCIDR ${goQuote(nmAt.value)} cannot overlap with networkCIDR ${goQuote(ncAt!.value)}`,
        })
      const runtime = ctx.cluster.containerRuntime?.value ?? ''
      if (runtime === 'docker' && has(doc, ['spec', 'kubelet']) && stringAt(doc, ['spec', 'kubelet', 'networkPluginName'])?.value === 'kubenet') {
        for (const [id, base] of [
          ['net.kubelet.nonMasq', ['spec', 'kubelet']],
          ['net.cpKubelet.nonMasq', paths.controlPlaneKubelet],
        ] as const) {
          const v = stringAt(doc, [...base, 'nonMasqueradeCIDR'])
          if (v && !unknown(v) && v.value !== nmAt.value) e.add(id, 'Forbidden', e.key([...base, 'nonMasqueradeCIDR']))
        }
      }
    }
  }

  const scAt = stringAt(doc, paths.serviceClusterIPRange)
  if (scAt && scAt.value !== '' && !unknown(scAt)) {
    const sc = parseNet(scAt.value)
    if (!sc) e.add('net.service.invalid', 'Invalid value', scAt, scAt.value)
    else {
      if (nonMasq && !gceNetworking && !belongsTo(nonMasq, sc))
        e.add('net.service.subnet', 'Forbidden', e.key(paths.serviceClusterIPRange), null, {
          detail: `serviceClusterIPRange ${goQuote(scAt.value)} must be a subnet of nonMasqueradeCIDR ${goQuote(nmAt!.value)}`,
        })
      const api = stringAt(doc, ['spec', 'kubeAPIServer', 'serviceClusterIPRange'])
      if (has(doc, ['spec', 'kubeAPIServer']) && api && api.value !== '' && !unknown(api) && api.value !== scAt.value)
        e.add('net.apiserver.service', 'Forbidden', e.key(['spec', 'kubeAPIServer', 'serviceClusterIPRange']))
    }
  }
  return fix(e, 0)
}

/** The subnet CIDR checks that came after the cloudProvider checks. */
export function legacySubnetCIDRs(ctx: ValidationContext): FieldError[] {
  if (!inTagRanges(ctx.release, ACTIVE)) return []
  const doc = ctx.cluster.doc
  const e = errors(ctx)
  const paths = clusterPaths(doc)
  const ncAt = stringAt(doc, paths.v3 ? ['spec', 'networking', 'networkCIDR'] : ['spec', 'networkCIDR'])
  const networkCIDR = ncAt && !unknown(ncAt) ? parseNet(ncAt.value) : null
  const additional = doc
    .strings(paths.v3 ? ['spec', 'networking', 'additionalNetworkCIDRs'] : ['spec', 'additionalNetworkCIDRs'])
    .map((a) => parseNet(a.value))
  const subnetsPath = paths.v3 ? ['spec', 'networking', 'subnets'] : ['spec', 'subnets']
  for (let i = 0; i < seqLength(doc, subnetsPath); i++) {
    const cidr = stringAt(doc, [...subnetsPath, i, 'cidr'])
    if (!cidr || cidr.value === '' || unknown(cidr)) continue
    const n = parseNet(cidr.value)
    if (!n) e.add('net.subnet.cidr.invalid', 'Invalid value', cidr, cidr.value, { index: i })
    else if (networkCIDR && ![networkCIDR, ...additional].some((p) => p !== null && belongsTo(p, n))) {
      const name = stringAt(doc, [...subnetsPath, i, 'name'])?.value ?? ''
      e.add('net.subnet.cidr.outside', 'Forbidden', e.key([...subnetsPath, i, 'cidr']), null, {
        index: i,
        detail: `subnet ${goQuote(name)} had a cidr ${goQuote(cidr.value)} that was not a subnet of the networkCIDR ${goQuote(ncAt!.value)}`,
      })
    }
  }
  return fix(e, 0)
}
