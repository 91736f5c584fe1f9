// Mirrors kubernetes/kops:pkg/apis/kops/validation/legacy.go (v1.26.0-alpha.1 … v1.37.0-alpha.1): ValidateCluster
// and DeepValidate. Texts, field paths and tag ranges are rows of src/releases/data/legacy-texts.ts and
// instancegroup-texts.ts (DeepValidate's).
//
// ValidateCluster(c, strict, vfs) in kOps's order: kubernetesVersion (Required / unparsable: kOps returns at once);
// the strict-only "not configured" checks (completed spec only); before 1.27.0-alpha.2 the cloud, subnet and CIDR
// checks that later moved to validation.go's validateNetworking (legacy-networking.ts); the controller manager's
// clusterCIDR; kubeDNS (serverIP, ClusterDNS of the kubelets with the ExperimentalClusterDNS feature flag off, its
// default; node-local DNS provider; nameservers; stub domains); the components' cloudProvider against the cluster's;
// newValidateCluster (validation.go: validateClusterSpec); validateServiceAccountIssuerDiscovery.
// Map iteration in Go is unordered; stub domains are reported in YAML order.
import semver from 'semver'
import { INSTANCEGROUP_TEXTS, type ValidationTextRow } from '../../releases/data/instancegroup-texts.js'
import { K8S_CLOUD_PROVIDER, KUBE_APISERVER_CLOUD_CHECK_BELOW, LEGACY_TEXTS } from '../../releases/data/legacy-texts.js'
import { inTagRanges } from '../../releases/version.js'
import type { KopsDocument } from '../../manifests/parse.js'
import type { Located } from '../../types.js'
import { parseNet, parseIP, belongsTo, contains } from '../go/net.js'
import { goSemverParseTolerant } from '../go/semver.js'
import type { ValidationContext } from './context.js'
import type { FieldError, FieldErrorType } from './field.js'
import { crossValidateInstanceGroup, internalRole } from './instancegroup.js'
import { legacyNetworking, legacySubnetCIDRs } from './legacy-networking.js'
import { boolAt, entries, has, keyOf, nodeAt, scalarAt, stringAt, unknown, type ScalarValue, type SpecPath } from './spec-view.js'
import { validateClusterSpec, validateNodeLocalDNS } from './validation.js'
import { awsValidateCluster } from './aws.js'
import { gceValidateCluster } from './gce.js'
import { linodeValidateCluster, openstackValidateCluster } from './openstack.js'

const SOURCE = 'kubernetes/kops:pkg/apis/kops/validation/legacy.go'

function row(rows: ValidationTextRow[], release: string, id: string): ValidationTextRow | null {
  return rows.find((r) => r.id === id && inTagRanges(release, r.tags)) ?? null
}

/** Go's %q for plain strings. */
export const goQuote = (s: string): string => JSON.stringify(s)

/** Collects ValidateCluster's errors at one release. */
export class ClusterErrors {
  readonly out: FieldError[] = []
  constructor(
    readonly release: string,
    readonly doc: KopsDocument,
    readonly rows: ValidationTextRow[] = LEGACY_TEXTS,
    readonly source: string = SOURCE,
  ) {}

  add(id: string, type: FieldErrorType, at: Located<unknown> | null, value: ScalarValue = null, opts: { detail?: string; index?: number; key?: string; field?: string } = {}): void {
    const r = row(this.rows, this.release, id)
    if (!r) return
    const field = (opts.field ?? r.field ?? '').replace('{i}', String(opts.index ?? 0)).replace('{key}', opts.key ?? '')
    this.out.push({ field, type, value, detail: opts.detail ?? r.text, at: at ?? this.fallback(), source: this.source })
  }

  text(id: string): string | null {
    return row(this.rows, this.release, id)?.text ?? null
  }

  /** The nearest key written along `path` (Forbidden/Required point at the key kOps names, or its closest parent). */
  key(path: SpecPath): Located<unknown> {
    for (let n = path.length; n > 0; n--) {
      const k = keyOf(this.doc, path.slice(0, n))
      if (k) return k
    }
    return this.fallback()
  }

  fallback(): Located<unknown> {
    return { value: null, file: this.doc.file, pos: this.doc.at, path: 'kind' }
  }
}

/** v1alpha2 and v1alpha3 place some fields differently. */
export function clusterPaths(doc: KopsDocument) {
  const v3 = doc.apiVersion.endsWith('v1alpha3')
  return {
    v3,
    nonMasqueradeCIDR: v3 ? ['spec', 'networking', 'nonMasqueradeCIDR'] : ['spec', 'nonMasqueradeCIDR'],
    serviceClusterIPRange: v3 ? ['spec', 'networking', 'serviceClusterIPRange'] : ['spec', 'serviceClusterIPRange'],
    controlPlaneKubelet: v3 ? ['spec', 'controlPlaneKubelet'] : ['spec', 'masterKubelet'],
  }
}

/** util.ParseKubernetesVersion: semver ParseTolerant, else a `/v1.<minor>.` URL pattern. */
export function parseKubernetesVersion(raw: string): string | null {
  const p = goSemverParseTolerant(raw)
  if (p.ok) return p.version
  const m = /\/v1\.(\d+)\./.exec(raw)
  return m ? `1.${Number(m[1])}.0` : null
}

/** The kOps cloud provider of the Cluster (GetCloudProvider); null when unknown or a placeholder. */
export function cloudOf(ctx: ValidationContext): string | null {
  const c = ctx.cluster.cloudProvider
  return c && !unknown(c) ? c.value : null
}

/** ValidateCluster(c, strict=false): the API validation PopulateClusterSpec runs on the Cluster as written. */
export function validateLegacyCluster(ctx: ValidationContext): FieldError[] {
  const { release } = ctx
  const doc = ctx.cluster.doc
  const e = new ClusterErrors(release, doc)
  const paths = clusterPaths(doc)

  const k8s = scalarAt(doc, ['spec', 'kubernetesVersion'])
  if (unknown(k8s)) return e.out
  const k8sRaw = k8s === null || k8s.value === null ? '' : String(k8s.value)
  if (k8sRaw === '') {
    e.add('k8s.required', 'Required value', e.key(['spec', 'kubernetesVersion']))
    return e.out
  }
  const k8sVersion = parseKubernetesVersion(k8sRaw)
  if (k8sVersion === null) {
    e.add('k8s.invalid', 'Invalid value', k8s, k8sRaw)
    return e.out
  }

  // The strict-only `<component> not configured` checks run on the completed spec, where the option builders have
  // created every one of those blocks (kubelet, controlPlaneKubelet, kubeControllerManager, kubeDNS, kubeScheduler,
  // kubeAPIServer, kubeProxy, and docker before 1.29.0-alpha.1), so they never fire.

  const configBase = stringAt(doc, ['spec', 'configBase'])
  if (configBase?.value.startsWith('vault://')) e.add('configBase.vault', 'Invalid value', configBase, configBase.value)

  e.out.push(...legacyNetworking(ctx))

  const nmAt = stringAt(doc, paths.nonMasqueradeCIDR)
  const scAt = stringAt(doc, paths.serviceClusterIPRange)
  const nonMasq = nmAt && !unknown(nmAt) ? parseNet(nmAt.value) : null
  const serviceRange = scAt && !unknown(scAt) ? parseNet(scAt.value) : null

  const cc = stringAt(doc, ['spec', 'kubeControllerManager', 'clusterCIDR'])
  if (cc && cc.value !== '' && !unknown(cc)) {
    const net = parseNet(cc.value)
    if (!net) e.add('kcm.clusterCIDR.invalid', 'Invalid value', cc, cc.value)
    else if (nonMasq && !unknown(nmAt) && !belongsTo(nonMasq, net))
      e.add('kcm.clusterCIDR.subnet', 'Forbidden', e.key(['spec', 'kubeControllerManager', 'clusterCIDR']), null, {
        detail: `kubeControllerManager.clusterCIDR ${goQuote(cc.value)} must be a subnet of nonMasqueradeCIDR ${goQuote(nmAt!.value)}`,
      })
  }

  if (has(doc, ['spec', 'kubeDNS'])) validateKubeDNS(e, ctx, serviceRange, scAt)

  const cloud = cloudOf(ctx)
  const k8sCloud = cloud ? K8S_CLOUD_PROVIDER.find((r) => r.cloud === cloud && inTagRanges(release, r.tags))?.k8s ?? null : null
  if (k8sCloud) {
    const component = (id: string, base: SpecPath, applies = true): void => {
      if (!has(doc, base) || !applies) return
      const cp = stringAt(doc, [...base, 'cloudProvider'])
      if (!cp || cp.value === '' || unknown(cp)) return
      if (cp.value !== 'external' && cp.value !== k8sCloud) e.add(id, 'Forbidden', e.key([...base, 'cloudProvider']))
    }
    component('cloud.kubelet', ['spec', 'kubelet'])
    component('cloud.cpKubelet', paths.controlPlaneKubelet)
    const below = KUBE_APISERVER_CLOUD_CHECK_BELOW.find((r) => inTagRanges(release, r.tags))
    component('cloud.kubeAPIServer', ['spec', 'kubeAPIServer'], !below || semver.lt(k8sVersion, below.below))
    component('cloud.kcm', ['spec', 'kubeControllerManager'])
  }

  e.out.push(...legacySubnetCIDRs(ctx))

  // newValidateCluster: validateClusterSpec, then the cloud's own cluster checks.
  e.out.push(...validateClusterSpec(ctx))
  if (cloud === 'aws') e.out.push(...awsValidateCluster(ctx))
  if (cloud === 'gce') e.out.push(...gceValidateCluster(ctx))
  if (cloud === 'openstack') e.out.push(...openstackValidateCluster(ctx))
  if (cloud === 'linode') e.out.push(...linodeValidateCluster(ctx))

  // 1.26.0-alpha.1 … 1.26.0-beta.1 (exclusive): Vault secret and key stores, behind the VFSVaultSupport feature flag
  // (off unless KOPS_FEATURE_FLAGS sets it) and on AWS only.
  for (const [field, flagId, awsId] of [
    ['secretStore', 'secretStore.flag', 'secretStore.aws'],
    ['keyStore', 'keyStore.flag', 'keyStore.aws'],
  ] as const) {
    const store = stringAt(doc, ['spec', field])
    if (!store || !store.value.startsWith('vault://')) continue
    e.add(flagId, 'Forbidden', e.key(['spec', field]))
    if (cloud !== 'aws') e.add(awsId, 'Forbidden', e.key(['spec', field]))
  }

  validateServiceAccountIssuerDiscovery(e, doc, k8sVersion)
  return e.out
}

function validateKubeDNS(e: ClusterErrors, ctx: ValidationContext, serviceRange: ReturnType<typeof parseNet>, scAt: Located<string> | null): void {
  const doc = ctx.cluster.doc
  const paths = clusterPaths(doc)
  const dns = ['spec', 'kubeDNS']
  const server = stringAt(doc, [...dns, 'serverIP'])
  if (server && server.value !== '' && !unknown(server)) {
    const ip = parseIP(server.value)
    if (!ip) e.add('kubeDNS.serverIP.invalid', 'Invalid value', server, server.value)
    else {
      if (serviceRange && !contains(serviceRange, ip))
        e.add('kubeDNS.serverIP.range', 'Forbidden', e.key([...dns, 'serverIP']), null, {
          detail: `ServiceClusterIPRange ${goQuote(scAt!.value)} must contain the DNS Server IP ${goQuote(server.value)}`,
        })
      // isExperimentalClusterDNS: a kubelet block whose clusterDNS is neither the server IP nor node-local DNS's IP,
      // when a nodeLocalDNS block exists.
      const localIP = stringAt(doc, [...dns, 'nodeLocalDNS', 'localIP'])
      const experimental = (base: SpecPath): boolean => {
        if (!has(doc, base) || !has(doc, [...dns, 'nodeLocalDNS'])) return false
        const cd = stringAt(doc, [...base, 'clusterDNS'])
        if (unknown(cd) || unknown(localIP)) return false
        const v = cd?.value ?? ''
        return v !== server.value && v !== (localIP?.value ?? '')
      }
      if (experimental(['spec', 'kubelet'])) e.add('kubelet.clusterDNS', 'Forbidden', e.key(['spec', 'kubelet', 'clusterDNS']))
      if (experimental(paths.controlPlaneKubelet)) e.add('cpKubelet.clusterDNS', 'Forbidden', e.key([...paths.controlPlaneKubelet, 'clusterDNS']))
    }
    if (boolAt(doc, [...dns, 'nodeLocalDNS', 'enabled'])?.value === true) {
      const provider = stringAt(doc, [...dns, 'provider'])
      if (provider && !unknown(provider) && provider.value !== 'CoreDNS' && provider.value !== '') e.add('kubeDNS.provider', 'Forbidden', e.key([...dns, 'provider']))
      e.out.push(...validateNodeLocalDNS(ctx))
    }
  }

  const nameservers = doc.strings([...dns, 'upstreamNameservers'])
  nameservers.forEach((ns, i) => {
    if (!unknown(ns) && !parseIP(ns.value)) e.add('kubeDNS.nameserver', 'Invalid value', ns, ns.value, { index: i })
  })

  for (const { key } of entries(doc, [...dns, 'stubDomains'])) {
    if (unknown(key)) continue
    const servers = doc.strings([...dns, 'stubDomains', key.value])
    const isList = nodeAt(doc, [...dns, 'stubDomains', key.value]) !== null && servers.length > 0
    if (!isList) e.add('kubeDNS.stubDomain.empty', 'Invalid value', key, key.value, { key: key.value })
    servers.forEach((ns, i) => {
      if (!unknown(ns) && !parseIP(ns.value)) e.add('kubeDNS.stubDomain.nameserver', 'Invalid value', ns, ns.value, { key: key.value, index: i })
    })
  }
}

/** vfs.VFSContext.BuildVfsPath's outcome for a discovery store, as far as it is decided by the text alone. */
function vfsKind(p: string): 's3' | 'gs' | 'memfs' | 'other' | 'invalid' {
  if (!p.includes('://')) return 'other'
  for (const [prefix, kind] of [
    ['s3://', 's3'],
    ['gs://', 'gs'],
    ['memfs://', 'memfs'],
  ] as const)
    if (p.startsWith(prefix)) return kind
  if (['file://', 'do://', 'linode://', 'hos://', 'k8s://', 'swift://', 'azureblob://', 'scw://'].some((x) => p.startsWith(x))) return 'other'
  return 'invalid'
}

function validateServiceAccountIssuerDiscovery(e: ClusterErrors, doc: KopsDocument, k8sVersion: string): void {
  const base = ['spec', 'serviceAccountIssuerDiscovery']
  if (!has(doc, base)) return
  const store = stringAt(doc, [...base, 'discoveryStore'])
  const storeSet = store !== null && store.value !== ''
  const service = has(doc, [...base, 'discoveryService'])
  const withService = e.text('said.both') !== null
  if (storeSet && service && withService) e.add('said.both', 'Forbidden', e.key([...base, 'discoveryStore']))
  if (storeSet && !unknown(store)) {
    const kind = vfsKind(store.value)
    const bucket = kind === 's3' ? store.value.slice('s3://'.length).split('/')[0] : ''
    if (kind === 'invalid' || (kind === 's3' && bucket === '')) e.add('said.store.vfs', 'Invalid value', store, store.value)
    else if (kind === 's3') {
      if (bucket.includes('.')) e.add('said.store.dots', 'Invalid value', store, store.value)
      // memfs:// exists only inside kOps's own tests, which mark it cluster-readable (MarkClusterReadable): accepted as there.
    } else if (kind !== 'memfs' && !(kind === 'gs' && inTagRanges(e.release, [['1.29.0-alpha.3']]))) e.add('said.store.s3only', 'Invalid value', store, store.value)
  }
  if (service && withService) {
    const url = stringAt(doc, [...base, 'discoveryService', 'url'])
    if (!url || url.value === '') e.add('said.service.url', 'Required value', e.key([...base, 'discoveryService', 'url']))
  }
  if (boolAt(doc, [...base, 'enableAWSOIDCProvider'])?.value === true) {
    if (semver.lt(semver.coerce(k8sVersion)?.version ?? '0.0.0', '1.18.0')) e.add('said.oidc.k8s118', 'Forbidden', e.key([...base, 'enableAWSOIDCProvider']))
    const missing = withService ? !storeSet && !service : !storeSet
    if (missing) e.add('said.oidc', 'Forbidden', e.key([...base, 'enableAWSOIDCProvider']))
  }
}

export interface DeepValidateFailure {
  /** kOps's whole error text (an aggregate of field errors, or DeepValidate's own sentence). */
  error: string
  errors: FieldError[]
  /** The instance group whose cross validation failed; null for the cluster-level refusals. */
  instanceGroup: string | null
  at: Located<unknown>
}

const deepText = (release: string, id: string): string | null => INSTANCEGROUP_TEXTS.find((r) => r.id === id && inTagRanges(release, r.tags))?.text ?? null

/**
 * DeepValidate's checks after ValidateCluster (which PopulateClusterSpec already passed): at least one group, one
 * control-plane group and one node group, then each group's CrossValidateInstanceGroup plus, off AWS, the volumes
 * check; kOps returns the first group that fails. `render` prints field errors as kOps aggregates them.
 */
export function deepValidateGroups(ctx: ValidationContext, render: (errs: FieldError[]) => string): DeepValidateFailure | null {
  const { release } = ctx
  const at: Located<unknown> = ctx.cluster.doc.keyAt(['kind']) ?? { value: null, file: ctx.cluster.doc.file, pos: ctx.cluster.doc.at, path: 'kind' }
  const fail = (id: string): DeepValidateFailure => ({ error: deepText(release, id) ?? id, errors: [], instanceGroup: null, at })
  if (ctx.instanceGroups.length === 0) return fail('deep.noGroups')
  const roles = ctx.instanceGroups.map((ig) => {
    const r = stringAt(ig.doc, ['spec', 'role'])
    return unknown(r) ? null : internalRole(release, r?.value ?? null)
  })
  // A placeholder role leaves the group counts unknown.
  if (ctx.instanceGroups.some((ig) => unknown(stringAt(ig.doc, ['spec', 'role'])))) return null
  const cp = roles.filter((r) => r === 'ControlPlane' || r === 'Master').length
  if (cp === 0) return fail('deep.noMaster')
  if (cp === roles.length) return fail('deep.noNode')
  const cloud = cloudOf(ctx)
  for (const ig of ctx.instanceGroups) {
    const errs = crossValidateInstanceGroup(ctx, ig)
    if (cloud !== 'aws' && cloud !== null && (nodeAt(ig.doc, ['spec', 'volumes']) as { items?: unknown[] } | null)?.items?.length) {
      const t = deepText(release, 'deep.volumesNotAws')!
      errs.push({ field: 'spec.volumes', type: 'Forbidden', value: null, detail: t, at: keyOf(ig.doc, ['spec', 'volumes'])!, source: SOURCE })
    }
    if (errs.length > 0) return { error: render(errs), errors: errs, instanceGroup: ig.name?.value ?? null, at: errs[0].at }
  }
  return null
}
