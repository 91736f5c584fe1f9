// Mirrors kubernetes/kops:pkg/model/components/context.go: NewOptionsContext's Kubernetes version parse (from
// 1.31.0-beta.1; kOps returns it before any builder runs, unwrapped) and WellKnownServiceIP's parse of
// serviceClusterIPRange (all tags; reached from the kube-dns builder, so wrapped as a builder error). ValidateCluster
// refuses both inputs first, so on a real run neither is reached. NewOptionsContext's second parse
// (kopsmodel.ParseKubernetesVersion) repeats the first and never fails after it; Image's `assetBuilder is not
// defined` cannot happen in kops update cluster, which always passes one.
import { COMPONENT_TEXTS } from '../../releases/data/components-texts.js'
import { inTagRanges } from '../../releases/version.js'
import type { Located } from '../../types.js'
import { parseNet } from '../go/net.js'
import { clusterPaths, parseKubernetesVersion } from '../validation/legacy.js'
import type { ValidationContext } from '../validation/context.js'
import { stringAt, unknown } from '../validation/spec-view.js'

export function componentText(release: string, id: string): string | null {
  return COMPONENT_TEXTS.find((r) => r.id === id && inTagRanges(release, r.tags))?.text ?? null
}

export function newOptionsContextError(ctx: ValidationContext): { error: string; at: Located<unknown> } | null {
  const k = stringAt(ctx.cluster.doc, ['spec', 'kubernetesVersion'])
  const t = componentText(ctx.release, 'context.k8sVersion')
  if (!k || !t || unknown(k) || parseKubernetesVersion(k.value) !== null) return null
  return { error: t.replace('%q', JSON.stringify(k.value)), at: k }
}

/** WellKnownServiceIP's error for an unparsable serviceClusterIPRange; Go's net.ParseCIDR error text follows. */
export function wellKnownServiceIPError(ctx: ValidationContext): { error: string; at: Located<unknown> } | null {
  const s = stringAt(ctx.cluster.doc, clusterPaths(ctx.cluster.doc).serviceClusterIPRange)
  const t = componentText(ctx.release, 'context.serviceRange.parse')
  if (!s || s.value === '' || !t || unknown(s) || parseNet(s.value)) return null
  // The kube-dns builder asks for the service IP when kubeDNS.serverIP is unset, the kubelet builder when
  // kubelet.clusterDNS is unset and node-local DNS is off.
  const doc = ctx.cluster.doc
  const serverIP = stringAt(doc, ['spec', 'kubeDNS', 'serverIP'])?.value ?? ''
  const clusterDNS = stringAt(doc, ['spec', 'kubelet', 'clusterDNS'])?.value ?? ''
  const nodeLocal = doc.boolean(['spec', 'kubeDNS', 'nodeLocalDNS', 'enabled'])?.value === true
  if (serverIP !== '' && (clusterDNS !== '' || nodeLocal)) return null
  return { error: t.replace('%q', JSON.stringify(s.value)).replace('%v', `invalid CIDR address: ${s.value}`), at: s }
}
