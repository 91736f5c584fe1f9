// Mirrors kubernetes/kops:pkg/apis/kops/validation/validation.go (v1.26.0-alpha.1 … newest tag): newValidateCluster's
// validateClusterSpec, run on the input cluster as `kops update cluster` reads it (strict=false, after the v1alpha2
// defaults: topology.dns.type Public, flannel.backend udp). Every check runs at the tags its text row lists
// (src/releases/data/validation-texts.ts); gates that are not texts carry their own tag ranges below.
// Field paths print as kOps prints them (internal names); positions are the YAML the user wrote. A value that is a
// template expression or variable is unknown: no check runs on it.
// Layouts: from 1.27.0-alpha.2 validateClusterSpec starts with validateCloudProvider and validateNetworking holds the
// network ranges, subnets and topology; in [1.26.0-beta.1, 1.27.0-alpha.2) subnets and the AWS addons come first and
// the network ranges are legacy.go's. 1.26.0-alpha.1/alpha.2 run the newer checks here (their own layout is not
// modelled). The order of errors within each layout is kOps's.
// Exported for the other validation files: validateNodeLocalDNS (legacy.go), validateInstanceGroupContainerd and
// validateInstanceGroupRollingUpdate (instancegroup.go).
import semver from 'semver'
import type { ContainerdSpec, InstanceGroupModel } from '../../manifests/model.js'
import { isUnresolved } from '../../manifests/templates.js'
import { validationText } from '../../releases/data/validation-texts.js'
import { inTagRanges, k8sGte, type TagRanges } from '../../releases/version.js'
import { SpecNode } from '../apis/conversion.js'
import { parseGoDuration, formatGoDuration } from '../go/duration.js'
import { belongsTo, isPrivate, netString, overlap, parseCIDR, parseIP, type IPNet } from '../go/net.js'
import { goSemverParse, goSemverParseTolerant } from '../go/semver.js'
import { goUrlParseError, goUrlParse } from '../go/url.js'
import type { ValidationContext } from './context.js'
import { supportedValues, type FieldError, type GoPrinted } from './field.js'

const SOURCE = 'kubernetes/kops:pkg/apis/kops/validation/validation.go'
const DOCKER_ALWAYS_REFUSED: TagRanges = [['1.29.0-alpha.1']]
const DOCKER_REMOVED = 'Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq'
const RUNTIMES = ['containerd', 'docker']

/** validateCloudProvider, and the network ranges inside validateNetworking (1.27.0-alpha.2 …). */
const CLOUD_PROVIDER_LAYOUT: TagRanges = [['1.27.0-alpha.2']]
/** The per-CNI "only one networking option permitted" checks, replaced by ConfiguredOptions (1.32.0-beta.1). */
const OPTION_TAKEN: TagRanges = [['1.26.0-alpha.1', '1.32.0-beta.1']]
/** Kubernetes-version gates that later became unconditional. */
const KUBELET_K8S_1_24_GATE: TagRanges = [['1.26.0-alpha.1', '1.29.0-alpha.1']]
const APISERVER_K8S_GATES: TagRanges = [['1.26.0-alpha.1', '1.32.0-beta.1']]
const KCM_K8S_1_25_GATE: TagRanges = [['1.29.0-alpha.2', '1.32.0-beta.1']]
const EXTERNAL_K8S_1_26_GATE: TagRanges = [['1.26.0-alpha.2', '1.32.0-beta.1']]
/** The Canal spec checks ran for Kubernetes < 1.28 until Canal was refused for every version (1.34.0-beta.1). */
const CANAL_SPEC_CHECKS: TagRanges = [['1.26.0-alpha.1', '1.34.0-beta.1']]
/** Flannel's own checks ran only below Kubernetes 1.28 while Flannel was refused from 1.28. */
const FLANNEL_K8S_GATE: TagRanges = validationText('flannel-k8s-1.28').tags
/** kubeAPIServer / kubeControllerManager / kubeScheduler validations and their call sites. */
const KCM_VALIDATION: TagRanges = [['1.29.0-alpha.2']]
const SCHEDULER_VALIDATION: TagRanges = [['1.29.0-beta.1']]
/** Internal names printed before the control-plane rename (1.26.0-beta.1). */
const MASTER_NAMES: TagRanges = [['1.26.0-alpha.1', '1.26.0-beta.1']]
/** Lower-case CNI child names printed before 1.26.0-beta.1. */
const LOWER_CNI_NAMES: TagRanges = [['1.26.0-alpha.1', '1.26.0-beta.1']]
/** The kube-router IPv6 check printed `kuberRouter` (a typo) in [1.26.0-beta.1, 1.28.0-alpha.2). */
const KUBEROUTER_TYPO: TagRanges = [['1.26.0-beta.1', '1.28.0-alpha.2']]
/** The LyftVPC check printed `lyftvp` before 1.32.0-beta.1. */
const LYFTVPC_TYPO: TagRanges = [['1.26.0-alpha.1', '1.32.0-beta.1']]
/** ConfiguredOptions lists `canal` until Canal support was removed from the API helpers (1.34.0-beta.1). */
const CANAL_IN_OPTIONS: TagRanges = [['1.32.0-beta.1', '1.34.0-beta.1']]
/** kubeProxy ipvsExcludeCIDRs printed as `ipvsExcludeCidrs` before 1.26.0-beta.1. */
const IPVS_LOWER: TagRanges = [['1.26.0-alpha.1', '1.26.0-beta.1']]
/** validateNriConfig is called from validateContainerdConfig. */
const NRI_VALIDATION: TagRanges = validationText('nri-version').tags
const NVIDIA_VALIDATION: TagRanges = [['1.26.0-alpha.1']]
/** validateCloudDNSTopology (1.36.0-alpha.1 …). */
const CLOUD_DNS_TOPOLOGY: TagRanges = [['1.36.0-alpha.1']]
/** A validation text by id. */
const T = (id: string): string => validationText(id).text

/**
 * kOps builds these paths with `fldPath.Root().Child("spec", …)`; Root() is the `spec` element itself, so the
 * printed path repeats it.
 */
const ROOT_KUBE_PROXY_ENABLED = 'spec.spec.kubeProxy.enabled'

/** CNI options in ConfiguredOptions order (pkg/apis/kops/networking.go), internal name → v1alpha2 key. */
const CNI_OPTIONS = ['classic', 'kubenet', 'external', 'cni', 'kopeio', 'weave', 'flannel', 'calico', 'canal', 'kubeRouter', 'romana', 'amazonVPC', 'cilium', 'lyftvpc', 'gcp', 'kindnet']

/** GetCloudProvider from the cloudProvider string (v1alpha2) or map key (v1alpha3). */
const CLOUD_IDS: Record<string, string> = { do: 'digitalocean' }

/** One run of the Cluster checks: the release, the document and the errors found so far. */
class Checks {
  readonly out: FieldError[] = []
  readonly release: string
  readonly k8s: string
  readonly strict: boolean
  /** GetCloudProvider(); null when unknown (a placeholder). */
  readonly cloud: string | null
  readonly cloudKnown: boolean
  /** IsIPv6Only(); null when nonMasqueradeCIDR is a placeholder. */
  readonly ipv6: boolean | null
  /** Whether the document's structure is what kOps sees (no template control actions). */
  readonly structureKnown: boolean

  constructor(readonly ctx: ValidationContext) {
    this.release = ctx.release
    this.k8s = ctx.k8sVersion
    this.strict = ctx.strict
    const cp = ctx.cluster.cloudProvider
    this.cloudKnown = !cp || !isUnresolved(cp.value)
    this.cloud = cp && this.cloudKnown ? (CLOUD_IDS[cp.value] ?? cp.value) : null
    const nm = this.n('networking', 'nonMasqueradeCIDR')
    this.ipv6 = nm.unresolved ? null : isIPv6CIDR(nm.raw ?? '')
    this.structureKnown = !ctx.templated
  }

  /**
   * A field's YAML key: v1alpha2 spells some differently from v1alpha3 and the internal API (pkg/apis/kops/v1alpha2
   * json tags), without changing the value: hooks' Enabled is `disabled`, Cilium's Masquerade is `disableMasquerade`.
   */
  key(v1alpha2: string, v1alpha3: string): string {
    return /v1alpha2$/.test(this.ctx.cluster.doc.apiVersion) ? v1alpha2 : v1alpha3
  }

  /** A list whose items are known: written as a list (not a placeholder) in a document without template control flow. */
  listKnown(n: SpecNode): boolean {
    return this.structureKnown && !n.unresolved
  }

  n(...internal: string[]): SpecNode {
    return SpecNode.root(this.ctx.cluster.doc, this.ctx.cluster.doc.apiVersion, ['spec', ...internal])
  }

  on(id: string): boolean {
    return inTagRanges(this.release, validationText(id).tags)
  }

  in(r: TagRanges): boolean {
    return inTagRanges(this.release, r)
  }

  private push(e: Omit<FieldError, 'source' | 'release'>): void {
    this.out.push({ ...e, source: SOURCE, release: this.release })
  }

  forbidden(field: string, n: SpecNode, detail: string): void {
    this.push({ field, type: 'Forbidden', value: null, detail, at: n.keyAt() })
  }

  required(field: string, n: SpecNode, detail: string): void {
    this.push({ field, type: 'Required value', value: null, detail, at: n.keyAt() })
  }

  invalid(field: string, n: SpecNode, value: FieldError['value'], detail: string): void {
    this.push({ field, type: 'Invalid value', value, detail, at: n.at() })
  }

  duplicate(field: string, n: SpecNode, value: string): void {
    this.push({ field, type: 'Duplicate value', value, detail: '', at: n.at() })
  }

  /** helpers.go IsValidValue: field.NotSupported when the value is not one of `valid`. */
  isValidValue(field: string, n: SpecNode, value: string, valid: readonly string[]): void {
    if (!valid.includes(value)) this.push({ field, type: 'Unsupported value', value, detail: supportedValues(valid), at: n.at() })
  }

  /** A string field's known value (empty and placeholders give null). */
  known(n: SpecNode): string | null {
    const v = n.str
    return v === null || v === '' ? null : v
  }

  get kubeProxyEnabled(): boolean {
    const kp = this.n('kubeProxy')
    if (!kp.present) return false
    const e = kp.get('enabled')
    return !e.present || e.bool === true
  }

  get certManagerEnabled(): boolean {
    return this.n('certManager', 'enabled').bool === true
  }

  /** UsesNoneDNS / UsesLegacyGossip / UsesPrivateDNS / UsesPublicDNS (pkg/apis/kops/cluster.go). */
  get dnsType(): string | null {
    const api = this.ctx.cluster.doc.apiVersion
    const n = /v1alpha2$/.test(api) ? this.n('networking', 'topology', 'dns', 'type') : this.n('networking', 'topology', 'dns')
    if (n.unresolved) return null
    // v1alpha2's SetDefaults_ClusterSpec fills topology.dns.type with Public.
    return n.raw ?? (/v1alpha2$/.test(api) ? 'Public' : '')
  }

  get gossipName(): boolean {
    return (this.ctx.cluster.name?.value ?? '').endsWith('.k8s.local')
  }
}

function isIPv6CIDR(s: string): boolean {
  const r = parseCIDR(s)
  return r.ok && r.ip.v6
}

/** validateContainerdConfig's version and package checks, for the cluster or an instance group (`base` is the path). */
export function containerdErrors(c: ContainerdSpec, base: string, release?: string): FieldError[] {
  const out: FieldError[] = []
  if (c.version && !isUnresolved(c.version.value)) {
    const raw = c.version.value
    const parsed = goSemverParseTolerant(raw)
    const invalid = (detail: string): FieldError => ({ field: `${base}.version`, type: 'Invalid value', value: raw, detail, at: c.version!, source: SOURCE, release })
    // A parse failure leaves the zero version, so the legacy-version error follows it.
    if (!parsed.ok) out.push(invalid(`unable to parse version string: ${parsed.error}`))
    if (!parsed.ok || semver.lt(parsed.version, '1.3.4')) out.push(invalid('unsupported legacy version'))
  }
  const p = c.packages
  for (const [url, hash, uf, hf] of [
    [p.urlAmd64, p.hashAmd64, 'packageUrl', 'packageHash'],
    [p.urlArm64, p.hashArm64, 'packageUrlArm64', 'packageHashArm64'],
  ] as const) {
    if (url && hash) {
      const urlError = isUnresolved(url.value) ? null : goUrlParseError(url.value)
      if (urlError) out.push({ field: `${base}.${uf}`, type: 'Invalid value', value: url.value, detail: `cannot parse package URL: ${urlError}`, at: url, source: SOURCE, release })
      if (!isUnresolved(hash.value) && hash.value.length > 64)
        out.push({ field: `${base}.${hf}`, type: 'Invalid value', value: hash.value, detail: 'Package hash must be 64 characters long', at: hash, source: SOURCE, release })
    } else if (url) out.push({ field: `${base}.${uf}`, type: 'Invalid value', value: null, detail: 'Package hash must also be set', at: url, source: SOURCE, release })
    else if (hash) out.push({ field: `${base}.${hf}`, type: 'Invalid value', value: hash.value, detail: 'Package URL must also be set', at: hash, source: SOURCE, release })
  }
  return out
}

/**
 * The rest of validateContainerdConfig after the version: NRI (between the version and the packages, 1.29.0-alpha.2 …),
 * then nvidia and gVisor (after the packages). Returns [before-packages, after-packages].
 */
function containerdExtras(k: Checks, base: SpecNode, path: string, inClusterConfig: boolean): [FieldError[], FieldError[]] {
  const before: FieldError[] = []
  const after: FieldError[] = []
  const sub = new Checks(k.ctx)
  const nri = base.get('nri')
  if (k.in(NRI_VALIDATION) && nri.present && nri.get('enabled').bool === true) {
    // validateNriConfig parses containerd.version strictly; a nil version would panic in kOps.
    const ver = base.get('version')
    const raw = ver.str
    if (raw !== null) {
      const parsed = goSemverParse(raw)
      if (!parsed.ok) sub.invalid(`${path}.nri.version`, ver, raw, `unable to parse version string: ${parsed.error}`)
      if (!parsed.ok || semver.lt(parsed.version, '1.7.0')) sub.forbidden(`${path}.nri`, nri, T('nri-version'))
    }
  }
  before.push(...sub.out.splice(0))
  const nvidia = base.get('nvidia')
  if (k.in(NVIDIA_VALIDATION) && nvidia.present && nvidia.get('enabled').bool === true && k.cloudKnown) {
    if (k.cloud !== 'aws' && k.cloud !== 'openstack') sub.forbidden(`${path}.nvidia`, nvidia, T('nvidia-aws-openstack'))
    const rt = k.n('containerRuntime').str
    if (k.on('nvidia-containerd') && rt && rt !== 'containerd') sub.forbidden(`${path}.nvidia`, nvidia, T('nvidia-containerd'))
    if (k.cloud === 'openstack' && inClusterConfig) sub.forbidden(`${path}.nvidia`, nvidia, T('nvidia-openstack-ig'))
  }
  if (k.on('gvisor-cluster') && base.get('gvisor').present && inClusterConfig) sub.forbidden(`${path}.gvisor`, base.get('gvisor'), T('gvisor-cluster'))
  after.push(...sub.out.splice(0))
  return [before, after]
}

/** validateContainerdConfig in kOps's order: version, NRI, packages, nvidia, gVisor. */
function containerdConfig(k: Checks, node: SpecNode, c: ContainerdSpec, inClusterConfig: boolean): FieldError[] {
  const [before, after] = containerdExtras(k, node, 'spec.containerd', inClusterConfig)
  const main = containerdErrors(c, 'spec.containerd', k.release)
  const versionErrors = main.filter((e) => e.field === 'spec.containerd.version')
  return [...versionErrors, ...before, ...main.filter((e) => e.field !== 'spec.containerd.version'), ...after]
}

/**
 * validateContainerdConfig for an instance group's spec.containerd (instancegroup.go calls it with
 * inClusterConfig=false: gVisor is allowed there, and nvidia on OpenStack).
 */
export function validateInstanceGroupContainerd(ctx: ValidationContext, ig: InstanceGroupModel): FieldError[] {
  const k = new Checks(ctx)
  const node = SpecNode.root(ig.doc, ig.doc.apiVersion, ['spec', 'containerd'])
  return node.present ? containerdConfig(k, node, ig.containerd, false) : []
}

/** The container-runtime part of validateClusterSpec (validateContainerRuntime, validateContainerdConfig, spec.docker). */
export function validateContainerRuntime(ctx: ValidationContext): FieldError[] {
  const { cluster, release, k8sVersion } = ctx
  const out: FieldError[] = []
  const runtime = cluster.containerRuntime && !isUnresolved(cluster.containerRuntime.value) ? cluster.containerRuntime : null
  const alwaysRefused = inTagRanges(release, DOCKER_ALWAYS_REFUSED)
  if (runtime && !RUNTIMES.includes(runtime.value))
    out.push({ field: 'spec.containerRuntime', type: 'Unsupported value', value: runtime.value, detail: supportedValues(RUNTIMES), at: runtime, source: SOURCE, release })
  if (runtime?.value === 'docker' && (alwaysRefused || k8sGte(k8sVersion, '1.24')))
    out.push({ field: 'spec.containerRuntime', type: 'Forbidden', value: null, detail: DOCKER_REMOVED, at: cluster.doc.keyAt(['spec', 'containerRuntime']) ?? runtime, source: SOURCE, release })
  const k = new Checks(ctx)
  if (k.n('containerd').present) out.push(...containerdConfig(k, k.n('containerd'), cluster.containerd, true))
  const dockerKey = cluster.doc.keyAt(['spec', 'docker'])
  if (alwaysRefused && cluster.docker && k.n('docker').present)
    out.push({ field: 'spec.docker', type: 'Forbidden', value: null, detail: DOCKER_REMOVED, at: dockerKey ?? cluster.docker, source: SOURCE, release })
  if (!alwaysRefused && k.n('docker').present) {
    validateDockerConfig(k, k.n('docker'))
    out.push(...k.out)
  }
  return out
}

/** validateDockerConfig (1.26.0-alpha.1 … 1.29.0-alpha.1): version, packages and storage drivers of spec.docker. */
function validateDockerConfig(k: Checks, d: SpecNode): void {
  const p = 'spec.docker'
  const version = d.get('version')
  const vv = version.str
  if (version.present && vv !== null) {
    const parsed = goSemverParseTolerant(vv)
    if (!parsed.ok) k.invalid(`${p}.version`, version, vv, `unable to parse version string: ${parsed.error}`)
    const v = parsed.ok ? parsed.version : '0.0.0'
    if (semver.lt(v, '1.14.0')) k.invalid(`${p}.version`, version, vv, T('version-is-no-longer-available-https'))
    else if (semver.lt(v, '17.3.0')) k.invalid(`${p}.version`, version, vv, T('unsupported-legacy-version'))
  }
  const pk = d.get('packages')
  for (const [u, h, uf, hf] of [
    ['urlAmd64', 'hashAmd64', 'packageUrl', 'packageHash'],
    ['urlArm64', 'hashArm64', 'packageUrlArm64', 'packageHashArm64'],
  ] as const) {
    const url = pk.get(u)
    const hash = pk.get(h)
    if (url.present && hash.present) {
      const err = url.str === null ? null : goUrlParseError(url.str)
      if (err) k.invalid(`${p}.${uf}`, url, url.str, `unable parse package URL string: ${err}`)
      if (hash.str !== null && hash.str.length > 64) k.invalid(`${p}.${hf}`, hash, hash.str, T('package-hash-must-be-64-characters'))
    } else if (url.present) k.invalid(`${p}.${uf}`, url, null, T('package-hash-must-also-be-set'))
    else if (hash.present) k.invalid(`${p}.${hf}`, hash, hash.str, T('package-url-must-also-be-set'))
  }
  const storage = d.get('storage')
  if (storage.present && storage.str !== null)
    for (const value of storage.str.split(',')) k.isValidValue(`${p}.storage`, storage, value, ['aufs', 'btrfs', 'devicemapper', 'overlay', 'overlay2', 'zfs'])
}

/** validateCloudConfiguration: manageStorageClasses must agree with OpenStack's blockStorage.createStorageClass. */
function validateCloudConfiguration(k: Checks): void {
  const cc = k.n('cloudConfig')
  const manage = cc.get('manageStorageClasses').bool
  const create = k.n('cloudProvider', 'openstack', 'blockStorage', 'createStorageClass').bool
  if (manage !== null && create !== null && manage !== create)
    k.forbidden('spec.cloudConfig.manageStorageClasses', cc.get('manageStorageClasses'), T('management-of-storage-classes-and-openstack'))
}

/**
 * validateNodeLocalDNS, which legacy.go's ValidateCluster calls when nodeLocalDNS is enabled (kubeDNS.serverIP set):
 * the local IP must parse, and with IPVS kube-proxy or Cilium the kubelets' clusterDNS must be that IP.
 */
export function validateNodeLocalDNS(ctx: ValidationContext): FieldError[] {
  const k = new Checks(ctx)
  const p = 'spec.spec'
  const local = k.n('kubeDNS', 'nodeLocalDNS', 'localIP')
  const lv = local.str
  if (local.unresolved) return []
  if (lv !== null && lv !== '' && !parseIP(lv)) k.invalid(`${p}.kubeDNS.nodeLocalDNS.localIP`, local, lv, T('cluster-had-an-invalid-kubedns-nodelocaldns'))
  if (k.n('kubeProxy', 'proxyMode').str === 'ipvs' || k.n('networking', 'cilium').present) {
    const kd = k.n('kubelet', 'clusterDNS')
    if (!kd.unresolved && (kd.raw ?? '') !== '' && kd.raw !== (lv ?? '')) k.forbidden(`${p}.kubelet.clusterDNS`, kd, T('kubelet-clusterdns-must-be-set-to'))
    const cd = k.n('controlPlaneKubelet', 'clusterDNS')
    if (!cd.unresolved && (cd.raw ?? '') !== '' && cd.raw !== (lv ?? ''))
      k.forbidden(`${p}.kubelet.clusterDNS`, cd, k.in(MASTER_NAMES) ? 'MasterKubelet ClusterDNS must be set to the default IP address for LocalIP' : 'ControlPlaneKubelet ClusterDNS must be set to the default IP address for LocalIP')
  }
  return k.out
}

/** parseCIDR: like net.ParseCIDR, with kOps's hints. */
function parseCIDRChecked(k: Checks, field: string, n: SpecNode, cidr: string): IPNet | null {
  const r = parseCIDR(cidr)
  if (!r.ok) {
    let detail = 'Could not be parsed as a CIDR'
    if (!cidr.includes('/')) {
      const ip = parseIP(cidr)
      if (ip) detail += !ip.v6 && !cidr.includes(':') ? ` (did you mean "${cidr}/32")` : ` (did you mean "${cidr}/64")`
    }
    k.invalid(field, n, cidr, detail)
    return null
  }
  if (r.ip.value !== r.net.ip.value || r.ip.v6 !== r.net.ip.v6) k.invalid(field, n, cidr, `Network contains bits outside prefix (did you mean "${netString(r.net)}")`)
  return r.net
}

function validateAccessList(k: Checks, internal: string[], printed: string): void {
  k.n(...internal).items().forEach((item, i) => {
    const cidr = item.str
    if (cidr === null) return
    if (cidr.startsWith('pl-')) {
      if (k.cloudKnown && k.cloud !== 'aws') k.invalid(`spec.${printed}[${i}]`, item, cidr, T('prefix-list-aws'))
    } else parseCIDRChecked(k, `spec.${printed}[${i}]`, item, cidr)
  })
}

function validateHooks(k: Checks): void {
  k.n('hooks').items().forEach((h, i) => {
    const p = `spec.hooks[${i}]`
    // v1alpha2 stores Enabled under the key `disabled` (json:"disabled"): `disabled: false` switches validation off.
    if (h.get(k.key('disabled', 'enabled')).bool === false) return
    const exec = h.get('execContainer')
    const manifest = h.get('manifest')
    const raw = h.get('useRawManifest').bool === true
    const hasManifest = manifest.raw !== null && manifest.raw !== ''
    if (!exec.present && !hasManifest) k.required(p, h, T('hook-manifest-or-exec'))
    if (exec.present && raw) k.forbidden(p, h, T('hook-exec-raw'))
    if (!hasManifest && raw) k.required(p, h, T('hook-raw-needs-manifest'))
    if (h.get('before').present && raw) k.forbidden(p, h, T('hook-before-raw'))
    if (h.get('requires').present && raw) k.forbidden(p, h, T('hook-requires-raw'))
    if (exec.present) {
      const image = exec.get('image')
      if (image.raw === null || image.raw === '') k.required(`${p}.execContainer.image`, image, T('hook-exec-image'))
    }
  })
}

function validateFileAssets(k: Checks): void {
  k.n('fileAssets').items().forEach((f, i) => {
    const name = f.get('name')
    const content = f.get('content')
    if (name.raw === null || name.raw === '') k.required(`spec.fileAssets[${i}].name`, name, '')
    if (content.raw === null || content.raw === '') k.required(`spec.fileAssets[${i}].content`, content, '')
  })
}

function validateKubeAPIServer(k: Checks): void {
  const a = k.n('kubeAPIServer')
  const p = 'spec.kubeAPIServer'
  if (k.on('apiserver-auth-config-oidc') && k.known(a.get('authenticationConfigFile'))) {
    const oidc = k.n('authentication', 'oidc')
    if (oidc.present && ['usernameClaim', 'usernamePrefix', 'groupsClaims', 'groupsPrefix', 'issuerURL', 'clientID', 'requiredClaims'].some((f) => oidc.get(f).present))
      k.forbidden(`${p}.authenticationConfigFile`, a.get('authenticationConfigFile'), T('apiserver-auth-config-oidc'))
  }
  if (k.on('apiserver-bootstrap-token') && a.get('enableBootstrapTokenAuth').bool === true) k.forbidden(`${p}.enableBootstrapTokenAuth`, a.get('enableBootstrapTokenAuth'), T('apiserver-bootstrap-token'))
  const gated = k.in(APISERVER_K8S_GATES)
  const admission = a.get('admissionControl')
  if (admission.items().length > 0) {
    if (k.on('apiserver-admission-control-exclusive') && a.get('disableAdmissionPlugins').items().length > 0) k.forbidden(`${p}.admissionControl`, admission, T('apiserver-admission-control-exclusive'))
    if (k.on('apiserver-admission-control-replaced') && (!gated || k8sGte(k.k8s, '1.26'))) k.forbidden(`${p}.admissionControl`, admission, T('apiserver-admission-control-replaced'))
  }
  const pspGate = !gated || k8sGte(k.k8s, '1.25')
  for (const plugin of a.get('enableAdmissionPlugins').items()) if (plugin.str === 'PodSecurityPolicy' && pspGate) k.forbidden(`${p}.enableAdmissionPlugins`, a.get('enableAdmissionPlugins'), T('apiserver-psp'))
  for (const plugin of admission.items()) if (plugin.str === 'PodSecurityPolicy' && pspGate) k.forbidden(`${p}.admissionControl`, admission, T('apiserver-psp'))
  if (a.get('proxyClientCertFile').present !== a.get('proxyClientKeyFile').present) k.forbidden(p, a, T('apiserver-proxy-client'))
  const range = a.get('serviceNodePortRange')
  const rv = k.known(range)
  if (rv !== null) {
    const err = portRangeError(rv)
    if (err) k.invalid(`${p}.serviceNodePortRange`, range, rv, err)
  }
  const mode = a.get('authorizationMode')
  if (mode.present && mode.str !== null) {
    const m = mode.str
    if (m.includes('Webhook') && !a.get('authorizationWebhookConfigFile').present) k.required(`${p}.authorizationWebhookConfigFile`, a.get('authorizationWebhookConfigFile'), T('apiserver-webhook-config'))
    if (k.n('authorization', 'rbac').present) {
      let hasNode = false
      let hasRBAC = false
      for (const md of m.split(',')) {
        if (md === 'Node') hasNode = true
        else if (md === 'RBAC') hasRBAC = true
        else k.isValidValue(`${p}.authorizationMode`, mode, md, ['ABAC', 'Webhook', 'Node', 'RBAC', 'AlwaysAllow', 'AlwaysDeny'])
      }
      if (k.cloud === 'aws' && (!hasNode || !hasRBAC)) k.required(`${p}.authorizationMode`, mode, T('apiserver-aws-rbac-node'))
    }
  }
  const logFormat = k.known(a.get('logFormat'))
  if (logFormat !== null) k.isValidValue(`${p}.logFormat`, a.get('logFormat'), logFormat, ['text', 'json'])
  // insecurePort: kOps builds a Forbidden error here but never appends it (all tags): nothing is reported.
  const policy = a.get('auditPolicyFile')
  const webhook = a.get('auditWebhookConfigFile')
  if (k.on('apiserver-audit-policy-required') && !policy.unresolved && !webhook.unresolved) {
    const pv = policy.raw ?? ''
    const wv = webhook.raw ?? ''
    if (pv === '' && wv !== '') k.invalid(`${p}.auditWebhookConfigFile`, webhook, wv, T('apiserver-audit-policy-required'))
    if (pv !== '' && wv !== '' && goDir(pv) !== goDir(wv)) k.invalid(`${p}.auditWebhookConfigFile`, webhook, wv, T('apiserver-audit-same-dir'))
  }
  if (k.on('apiserver-service-range')) {
    const own = a.get('serviceClusterIPRange')
    const cluster = k.n('networking', 'serviceClusterIPRange')
    if (!own.unresolved && !cluster.unresolved && (own.raw ?? '') !== (cluster.raw ?? '') && (k.strict || (own.raw ?? '') !== ''))
      k.forbidden(`${p}.serviceClusterIPRange`, own, T('apiserver-service-range'))
  }
}

/** path/filepath.Dir for slash paths. */
function goDir(p: string): string {
  const i = p.lastIndexOf('/')
  const dir = i < 0 ? '.' : p.slice(0, i) || '/'
  return dir.replace(/\/+$/, '') || '/'
}

/** strconv.Atoi: the value, or Go's NumError text. */
function goAtoi(s: string): number | string {
  if (!/^[+-]?[0-9]+$/.test(s)) return `strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`
  const n = Number(s)
  if (!Number.isSafeInteger(n)) return `strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range`
  return n
}

/** utilnet.PortRange.Set's error (k8s.io/apimachinery/pkg/util/net/port_range.go, the same v0.26 … v0.36). */
function portRangeError(value: string): string | null {
  const v = value.trim()
  if (v === '') return null
  const hyphen = v.indexOf('-')
  const plus = v.indexOf('+')
  let low: number
  let high: number
  if (hyphen === -1 && plus === -1) {
    const n = goAtoi(v)
    if (typeof n === 'string') return n
    low = high = n
  } else if (hyphen !== -1 && plus === -1) {
    const a = goAtoi(v.slice(0, hyphen))
    if (typeof a === 'string') return a
    const b = goAtoi(v.slice(hyphen + 1))
    if (typeof b === 'string') return b
    low = a
    high = b
  } else if (plus !== -1 && hyphen === -1) {
    const a = goAtoi(v.slice(0, plus))
    if (typeof a === 'string') return a
    const b = goAtoi(v.slice(plus + 1))
    if (typeof b === 'string') return b
    low = a
    high = a + b
  } else return `unable to parse port range: ${v}`
  if (low > 65535 || high > 65535) return `the port range cannot be greater than 65535: ${v}`
  if (high < low) return `end port cannot be less than start port: ${v}`
  return null
}

function validateKubeControllerManager(k: Checks): void {
  const c = k.n('kubeControllerManager')
  const d = c.get('experimentalClusterSigningDuration')
  if (d.present && (!k.in(KCM_K8S_1_25_GATE) || k8sGte(k.k8s, '1.25'))) k.forbidden('spec.kubeControllerManager.experimentalClusterSigningDuration', d, T('kcm-signing-duration'))
}

function validateKubeScheduler(k: Checks): void {
  const u = k.n('kubeScheduler', 'usePolicyConfigMap')
  if (u.present) k.forbidden('spec.kubeScheduler.usePolicyConfigMap', u, T('scheduler-policy-configmap'))
}

function validateKubeProxy(k: Checks): void {
  const kp = k.n('kubeProxy')
  const child = k.in(IPVS_LOWER) ? 'ipvsExcludeCidrs' : 'ipvsExcludeCIDRs'
  kp.get(k.key('ipvsExcludeCidrs', 'ipvsExcludeCIDRs')).items().forEach((x, i) => {
    const v = x.str
    if (v !== null && !parseCIDR(v).ok) k.invalid(`spec.kubeProxy.${child}[${i}]`, x, v, T('kube-proxy-ipvs-cidr'))
  })
  const master = kp.get('master')
  const mv = k.known(master)
  if (mv !== null) {
    const u = goUrlParse(mv)
    if (!u || u.host === '' || u.scheme === '') k.invalid('spec.kubeProxy.master', master, mv, T('kube-proxy-master'))
  }
}

function validateKubelet(k: Checks, kl: SpecNode, printed: string): void {
  const p = `spec.${printed}`
  if (kl.get('configureCbr0').present) k.forbidden(`${p}.ConfigureCBR0`, kl.get('configureCbr0'), T('kubelet-cbr0'))
  if (k.known(kl.get('apiServers'))) k.forbidden(`${p}.apiServers`, kl.get('apiServers'), T('kubelet-api-servers'))
  if (k.on('kubelet-pod-infra') && k.known(kl.get('podInfraContainerImage'))) k.forbidden(`${p}.podInfraContainerImage`, kl.get('podInfraContainerImage'), T('kubelet-pod-infra'))
  if (kl.get('requireKubeconfig').present) k.forbidden(`${p}.requireKubeconfig`, kl.get('requireKubeconfig'), T('kubelet-require-kubeconfig'))
  if (kl.get('experimentalAllowedUnsafeSysctls').present) k.forbidden(`${p}.experimentalAllowedUnsafeSysctls`, kl.get('experimentalAllowedUnsafeSysctls'), T('kubelet-unsafe-sysctls'))
  const bootstrap = kl.get('bootstrapKubeconfig')
  if (bootstrap.raw !== null && bootstrap.raw !== '') {
    if (k.on('kubelet-bootstrap-unsupported')) k.forbidden(`${p}.bootstrapKubeconfig`, bootstrap, T('kubelet-bootstrap-unsupported'))
    else if (!k.n('kubeAPIServer').present) k.required('spec.spec.kubeAPIServer', bootstrap, T('kubelet-bootstrap-node-restriction'))
  }
  const tmp = k.known(kl.get('topologyManagerPolicy'))
  if (tmp !== null) k.isValidValue(`${p}.topologyManagerPolicy`, kl.get('topologyManagerPolicy'), tmp, ['none', 'best-effort', 'restricted', 'single-numa-node'])
  if (kl.get('enableCadvisorJsonEndpoints').present) k.forbidden(`${p}.enableCadvisorJsonEndpoints`, kl.get('enableCadvisorJsonEndpoints'), T('kubelet-cadvisor-json'))
  const lf = k.known(kl.get('logFormat'))
  if (lf !== null) k.isValidValue(`${p}.logFormat`, kl.get('logFormat'), lf, ['text', 'json'])
  if (kl.get('cpuCFSQuotaPeriod').present) k.forbidden(`${p}.cpuCFSQuotaPeriod`, kl.get('cpuCFSQuotaPeriod'), T('kubelet-cfs-quota-period'))
  // 1.26–1.28: these were refused only for Kubernetes ≥ 1.24; from 1.29.0-alpha.1 always.
  if (!k.in(KUBELET_K8S_1_24_GATE) || k8sGte(k.k8s, '1.24')) {
    if (kl.get('networkPluginName').present) k.forbidden(`${p}.networkPluginName`, kl.get('networkPluginName'), T('kubelet-network-plugin-name'))
    if (kl.get('networkPluginMTU').present) k.forbidden(`${p}.networkPluginMTU`, kl.get('networkPluginMTU'), T('kubelet-network-plugin-mtu'))
    const nm = kl.get('nonMasqueradeCIDR')
    if (nm.present) k.forbidden(`${p}.nonMasqueradeCIDR`, nm, T('kubelet-non-masquerade-cidr'))
    if (k.on('kubelet-non-masquerade-mismatch')) {
      const npn = k.n('kubelet', 'networkPluginName')
      const cluster = k.n('networking', 'nonMasqueradeCIDR')
      if (k.n('containerRuntime').str === 'docker' && npn.str === 'kubenet' && !nm.unresolved && !cluster.unresolved && (nm.raw ?? '') !== (cluster.raw ?? ''))
        k.forbidden(`${p}.nonMasqueradeCIDR`, nm, T('kubelet-non-masquerade-mismatch'))
    }
  }
  const critical = kl.get('shutdownGracePeriodCriticalPods')
  if (critical.present) {
    const grace = kl.get('shutdownGracePeriod')
    if (!grace.present) k.forbidden(`${p}.shutdownGracePeriodCriticalPods`, critical, T('kubelet-shutdown-grace-required'))
    // With no shutdownGracePeriod kOps dereferences a nil pointer here and crashes; nothing more is reported.
    const c = critical.str !== null ? parseGoDuration(critical.str) : null
    const g = grace.str !== null ? parseGoDuration(grace.str) : null
    if (grace.present && c !== null && g !== null && g < c) k.invalid(`${p}.shutdownGracePeriodCriticalPods`, critical, formatGoDuration(c), T('kubelet-shutdown-grace-greater'))
  }
  const crash = kl.get('crashLoopBackOffMaxContainerRestartPeriod')
  if (k.on('kubelet-crashloop-period') && crash.str !== null) {
    const d = parseGoDuration(crash.str)
    if (d !== null && (d < 1e9 || d > 300e9)) k.invalid(`${p}.crashLoopBackOffMaxContainerRestartPeriod`, crash, formatGoDuration(d), T('kubelet-crashloop-period'))
  }
  const swap = k.known(kl.get('memorySwapBehavior'))
  if (k.on('kubelet-memory-swap') && swap !== null) k.isValidValue(`${p}.memorySwapBehavior`, kl.get('memorySwapBehavior'), swap, T('kubelet-memory-swap').split(','))
}

/** What validateNetworking's range checks leave for the subnet checks. */
interface NetworkRanges {
  networkCIDRs: IPNet[]
  /** networkCIDR as the stored cluster has it (written, or filled by PerformAssignments). */
  networkCIDRText: string
  podCIDR: IPNet | null
  serviceClusterIPRange: IPNet | null
  /** Some range is a placeholder or comes from the cloud: no containment check runs. */
  unknown: boolean
}

/** validateNetworking's range checks (1.27.0-alpha.2 …): networkCIDR, additionalNetworkCIDRs, nonMasqueradeCIDR, podCIDR, serviceClusterIPRange. */
function validateNetworkCIDRs(k: Checks): NetworkRanges {
  const p = 'spec.networking'
  const c = constraintsOf(k)
  const networkCIDRs: IPNet[] = []
  let unknown = false
  const nc = k.n('networking', 'networkCIDR')
  // PerformAssignments (upup/pkg/fi/cloudup/defaults.go), run by `kops create -f`, `kops replace -f` and
  // `kops create cluster` before the cluster reaches the state store, fills an empty networkCIDR on AWS (the shared
  // VPC's range, read from the cloud, or 172.20.0.0/16) and Azure (10.0.0.0/16), and an empty nonMasqueradeCIDR.
  const written = nc.raw ?? ''
  const assign = written === '' && !nc.unresolved && (k.cloud === 'aws' || k.cloud === 'azure')
  const sharedVPC = (k.n('networking', 'networkID').raw ?? '') !== '' || k.n('networking', 'networkID').unresolved
  const ncv = assign ? (sharedVPC ? '' : k.cloud === 'aws' ? '172.20.0.0/16' : '10.0.0.0/16') : written
  if (nc.unresolved || (assign && sharedVPC)) unknown = true
  else if (ncv === '') {
    if (c.requiresNetworkCIDR) k.required(`${p}.networkCIDR`, nc, T('cluster-does-not-have-networkcidr-set'))
  } else if (c.prohibitsNetworkCIDR && k.in(SUBNET_CHECKS_1_28)) k.forbidden(`${p}.networkCIDR`, nc, `${k.cloud} doesn't support networkCIDR`)
  else {
    const net = parseCIDRChecked(k, `${p}.networkCIDR`, nc, ncv)
    if (net) networkCIDRs.push(net)
    const netID = k.n('networking', 'networkID')
    if (k.cloud === 'digitalocean' || (k.cloud === 'linode' && k.in([['1.36.0-alpha.1']]))) {
      if (net && !isPrivate(net.ip)) k.invalid(`${p}.networkCIDR`, nc, ncv, T('networkcidr-must-be-within-a-private'))
      if ((netID.raw ?? '') !== '') k.forbidden(`${p}.networkCIDR`, nc, k.cloud === 'digitalocean' ? "DO doesn't support specifying both NetworkID and NetworkCIDR" : "Linode (Akamai) doesn't support specifying both NetworkID and NetworkCIDR")
    }
  }
  const additional = k.n('networking', 'additionalNetworkCIDRs')
  if (additional.items().length > 0 && c.prohibitsMultipleNetworkCIDRs && k.in(ADDITIONAL_FORBIDDEN)) k.forbidden(`${p}.additionalNetworkCIDRs`, additional, `${k.cloud} doesn't support additionalNetworkCIDRs`)
  else
    additional.items().forEach((x, i) => {
      const v = x.str
      if (v === null) return void (unknown = true)
      const net = parseCIDRChecked(k, `${p}.additionalNetworkCIDRs[${i}]`, x, v)
      if (net) networkCIDRs.push(net)
    })
  const nmNode = k.n('networking', 'nonMasqueradeCIDR')
  const amazonVPCAssigned = assign && k.cloud === 'aws' && k.n('networking', 'amazonVPC').present && (nmNode.raw ?? '') !== '::/0'
  const gceKeepsEmpty = k.n('networking', 'gcp').present && k.in(GCE_NETWORKING_NO_NON_MASQ)
  const nmv = amazonVPCAssigned ? ncv : (nmNode.raw ?? '') || (nmNode.unresolved || gceKeepsEmpty ? '' : '100.64.0.0/10')
  if (amazonVPCAssigned && sharedVPC) unknown = true
  let nonMasq: IPNet | null = null
  if (nmNode.unresolved || (amazonVPCAssigned && sharedVPC)) unknown = true
  else if (nmv === '') {
    if (c.requiresNonMasqueradeCIDR) k.required(`${p}.nonMasqueradeCIDR`, nmNode, T('cluster-does-not-have-nonmasqueradecidr-set'))
  } else {
    nonMasq = parseCIDRChecked(k, `${p}.nonMasqueradeCIDR`, nmNode, nmv)
    if (nmv.includes(':') && nmv !== '::/0') k.forbidden(`${p}.nonMasqueradeCIDR`, nmNode, T('ipv6-clusters-must-have-a-nonmasqueradecidr'))
    const ipam = k.n('networking', 'cilium', 'ipam').str
    if (nonMasq && networkCIDRs.length > 0 && !k.n('networking', 'amazonVPC').present && (!k.n('networking', 'cilium').present || ipam !== 'eni')) {
      if (overlap(nonMasq, networkCIDRs[0])) k.forbidden(`${p}.nonMasqueradeCIDR`, nmNode, `nonMasqueradeCIDR ${JSON.stringify(nmv)} cannot overlap with networkCIDR ${JSON.stringify(ncv)}`)
      networkCIDRs.slice(1).forEach((cidr, i) => {
        if (overlap(nonMasq, cidr)) k.forbidden(`${p}.nonMasqueradeCIDR`, nmNode, `nonMasqueradeCIDR ${JSON.stringify(nmv)} cannot overlap with additionalNetworkCIDRs[${i}] ${JSON.stringify(netString(cidr))}`)
      })
    }
  }
  let podCIDR: IPNet | null = null
  const pc = k.n('networking', 'podCIDR')
  const pcv = pc.raw ?? ''
  if (pc.unresolved) unknown = true
  else if (pcv === '') {
    if (k.in(POD_CIDR_CHECKS) && k.strict && k.ipv6 !== true) k.required(`${p}.podCIDR`, pc, T('cluster-did-not-have-podcidr-set'))
  } else if (k.in(POD_CIDR_CHECKS)) {
    podCIDR = parseCIDRChecked(k, `${p}.podCIDR`, pc, pcv)
    if (podCIDR && nonMasq && !belongsTo(nonMasq, podCIDR)) k.forbidden(`${p}.podCIDR`, pc, `podCIDR ${JSON.stringify(netString(podCIDR))} must be a subnet of nonMasqueradeCIDR ${JSON.stringify(netString(nonMasq))}`)
  }
  let serviceClusterIPRange: IPNet | null = null
  const sc = k.n('networking', 'serviceClusterIPRange')
  const scv = sc.raw ?? ''
  if (sc.unresolved) unknown = true
  else if (scv === '') {
    if (k.strict) k.required(`${p}.serviceClusterIPRange`, sc, T('cluster-did-not-have-serviceclusteriprange-set'))
  } else {
    serviceClusterIPRange = parseCIDRChecked(k, `${p}.serviceClusterIPRange`, sc, scv)
    // requiresServiceClusterSubnetOfNonMasqueradeCIDR: every provider but GCE.
    if (k.in(SERVICE_IN_NON_MASQ) && k.cloud !== 'gce' && serviceClusterIPRange && nonMasq && !belongsTo(nonMasq, serviceClusterIPRange))
      k.forbidden(`${p}.serviceClusterIPRange`, sc, `serviceClusterIPRange ${JSON.stringify(scv)} must be a subnet of nonMasqueradeCIDR ${JSON.stringify(nmv)}`)
    if (k.in(SERVICE_POD_OVERLAP) && serviceClusterIPRange && podCIDR && overlap(podCIDR, serviceClusterIPRange))
      k.forbidden(`${p}.serviceClusterIPRange`, sc, `serviceClusterIPRange ${JSON.stringify(netString(serviceClusterIPRange))} must not overlap podCIDR ${JSON.stringify(netString(podCIDR))}`)
  }
  return { networkCIDRs, networkCIDRText: ncv, podCIDR, serviceClusterIPRange, unknown }
}

/** validateSubnets and validateSubnet inside validateNetworking (1.27.0-alpha.2 …). */
const SUBNET_CHECKS: TagRanges = [['1.27.0-alpha.2']]
/** The 1.28 form: overlap with podCIDR / serviceClusterIPRange, regions, the reworded networkCIDR message. */
const SUBNET_CHECKS_1_28: TagRanges = [['1.28.0-alpha.2']]
/** validateSubnets' `must configure at least one subnet` (1.27.0-alpha.2 …). */
const SUBNETS_REQUIRED: TagRanges = [['1.27.0-alpha.2']]
const EGRESS_TYPES = ['nat', 'eipalloc', 'i', 'External', 'tgw']

function validateSubnets(k: Checks, cidrs: NetworkRanges): void {
  const c = constraintsOf(k)
  const subnetsNode = k.n('networking', 'subnets')
  const subnets = subnetsNode.items()
  const p = 'spec.networking.subnets'
  if (k.in(SUBNETS_REQUIRED) && c.requiresSubnets && subnets.length === 0 && k.listKnown(subnetsNode)) k.required(p, subnetsNode, T('must-configure-at-least-one-subnet'))
  if (!k.in(SUBNET_CHECKS)) return
  const ncv = cidrs.networkCIDRText
  subnets.forEach((sn, i) => {
    const sp = `${p}[${i}]`
    const name = sn.get('name').raw ?? ''
    if (name === '' && !sn.get('name').unresolved) k.required(`${sp}.name`, sn.get('name'), '')
    const cidrNode = sn.get('cidr')
    const cidr = cidrNode.raw ?? ''
    // The input cluster is validated with strict=false; the completed cluster (strict) needs every subnet's CIDR.
    if (cidr === '' && !cidrNode.unresolved && c.requiresSubnetCIDR && k.strict) {
      const nm = k.n('networking', 'nonMasqueradeCIDR').raw ?? ''
      if (!nm.includes(':') || (sn.get('ipv6CIDR').raw ?? '') === '') k.required(`${sp}.cidr`, cidrNode, T('subnet-does-not-have-a-cidr'))
    }
    if (cidr !== '' && !cidrNode.unresolved) {
      const subnetCIDR = parseCIDRChecked(k, `${sp}.cidr`, cidrNode, cidr)
      if (cidrs.networkCIDRs.length > 0 && subnetCIDR && !cidrs.unknown && !cidrs.networkCIDRs.some((n) => belongsTo(n, subnetCIDR))) {
        if (k.in(SUBNET_CHECKS_1_28))
          k.forbidden(`${sp}.cidr`, cidrNode, `subnet ${JSON.stringify(name)} cidr ${JSON.stringify(cidr)} is not a subnet of the networkCIDR ${JSON.stringify(ncv)}${cidrs.networkCIDRs.length > 1 ? ' or an additionalNetworkCIDR' : ''}`)
        else k.forbidden(`${sp}.cidr`, cidrNode, `subnet ${JSON.stringify(name)} had a cidr ${JSON.stringify(cidr)} that was not a subnet of the networkCIDR ${JSON.stringify(ncv)}`)
      }
      if (overlap(subnetCIDR, cidrs.podCIDR) && !k.n('networking', 'amazonVPC').present) k.forbidden(`${sp}.cidr`, cidrNode, `subnet ${JSON.stringify(name)} cidr ${JSON.stringify(cidr)} must not overlap podCIDR ${JSON.stringify(netString(cidrs.podCIDR!))}`)
      if (k.in(SUBNET_CHECKS_1_28) && overlap(subnetCIDR, cidrs.serviceClusterIPRange)) k.forbidden(`${sp}.cidr`, cidrNode, `subnet ${JSON.stringify(name)} cidr ${JSON.stringify(cidr)} must not overlap serviceClusterIPRange ${JSON.stringify(netString(cidrs.serviceClusterIPRange!))}`)
    }
    const v6Node = sn.get('ipv6CIDR')
    const v6 = v6Node.str ?? ''
    if (v6 !== '') validateIPv6CIDR(k, `${sp}.ipv6CIDR`, v6Node, v6, k.in(SUBNET_CHECKS_1_28) ? cidrs.serviceClusterIPRange : null)
    const egressNode = sn.get('egress')
    const egress = egressNode.str ?? ''
    const type = sn.get('type')
    const tv = type.raw ?? ''
    if (egress !== '' && !type.unresolved) {
      if (!EGRESS_TYPES.includes(egress.split('-')[0]))
        k.invalid(`${sp}.egress`, egressNode, egress, T('egress-must-be-of-type-nat'))
      if (egress !== 'External' && tv !== 'DualStack' && tv !== 'Private' && (v6 === '' || tv !== 'Public')) k.forbidden(`${sp}.egress`, egressNode, T('egress-can-only-be-specified-for'))
    }
    if (!type.unresolved) {
      k.isValidValue(`${sp}.type`, type.present ? type : sn, tv, ['Public', 'Private', 'DualStack', 'Utility'])
      if (tv === 'DualStack' && k.ipv6 === false) k.forbidden(`${sp}.type`, type, T('subnet-type-dualstack-may-only-be'))
      const os = k.n('cloudProvider', 'openstack')
      if ((k.cloud === 'openstack' || os.present) && !os.get('router').get('externalNetwork').present && tv === 'Public') k.forbidden(`${sp}.type`, type, T('subnet-type-public-requires-an-external'))
    }
    const routes = sn.get('additionalRoutes')
    if (k.cloud === 'aws' && routes.present) {
      if ((sn.get('id').raw ?? '') !== '') k.forbidden(`${sp}.additionalRoutes`, routes, T('additional-routes-cannot-be-added-if'))
      else if (tv !== 'Private' && !type.unresolved) k.forbidden(`${sp}.additionalRoutes`, routes, T('additional-routes-can-only-be-added'))
    }
  })
  if (!k.structureKnown) return
  const names = new Set<string>()
  subnets.forEach((sn, i) => {
    const n = sn.get('name')
    if (n.unresolved) return
    const name = n.raw ?? ''
    if (names.has(name)) k.duplicate(`${p}[${i}].name`, n, name)
    names.add(name)
  })
  if (subnets.length > 0 && !subnets.some((sn) => sn.get('id').unresolved)) {
    const hasID = (subnets[0].get('id').raw ?? '') !== ''
    subnets.forEach((sn, i) => {
      if (((sn.get('id').raw ?? '') !== '') !== hasID) k.forbidden(`${p}[${i}].id`, sn.get('id').present ? sn.get('id') : sn, T('cannot-mix-subnets-with-specified-id'))
    })
  }
  if (c.requiresSubnetRegion && k.in(SUBNET_CHECKS_1_28)) {
    let region = ''
    subnets.forEach((sn, i) => {
      const r = sn.get('region')
      if (r.unresolved) return
      const rv = r.raw ?? ''
      if (rv === '') k.required(`${p}[${i}].region`, r, T('region-must-be-specified'))
      else if (region === '') region = rv
      else if (region !== rv) k.forbidden(`${p}[${i}].region`, r, T('clusters-cannot-span-regions'))
    })
  }
  if (k.cloudKnown && k.cloud !== 'aws')
    subnets.forEach((sn, i) => {
      if ((sn.get('ipv6CIDR').raw ?? '') !== '') k.forbidden(`${p}[${i}].ipv6CIDR`, sn.get('ipv6CIDR'), T('ipv6cidr-can-only-be-specified-for'))
    })
}

/** validateIPv6CIDR: a CIDR or kOps's `/<size>#<index>` allocation notation. */
function validateIPv6CIDR(k: Checks, field: string, n: SpecNode, cidr: string, serviceClusterIPRange: IPNet | null): void {
  if (cidr.startsWith('/')) {
    const m = /^\/(\d+)#([a-f0-9]+)$/.exec(cidr)
    if (!m) return void k.invalid(field, n, cidr, `IPv6 CIDR subnet is not parsable: unable to parse CIDR subnet string ${JSON.stringify(cidr)} using "^/(\\\\d+)#([a-f0-9]+)$"`)
    const size = Number(m[1])
    if (size < 0 || size > 128) k.invalid(field, n, cidr, T('ipv6-cidr-subnet-size-must-be'))
    return
  }
  const net = parseCIDRChecked(k, field, n, cidr)
  if (!isIPv6CIDR(cidr)) k.invalid(field, n, cidr, T('network-is-not-an-ipv6-cidr'))
  if (overlap(net, serviceClusterIPRange)) k.forbidden(field, n, `ipv6CIDR ${JSON.stringify(cidr)} must not overlap serviceClusterIPRange ${JSON.stringify(netString(serviceClusterIPRange!))}`)
}

/** DNS topologies each cloud supports (validateCloudDNSTopology, 1.36.0-alpha.1 …). */
const CLOUD_DNS: Record<string, { none: boolean; gossip: boolean; public: boolean; private: boolean }> = {
  aws: { none: true, gossip: true, public: true, private: true },
  azure: { none: true, gossip: true, public: false, private: false },
  digitalocean: { none: true, gossip: true, public: true, private: false },
  gce: { none: true, gossip: true, public: true, private: true },
  hetzner: { none: true, gossip: true, public: false, private: false },
  linode: { none: true, gossip: false, public: false, private: false },
  metal: { none: true, gossip: false, public: false, private: false },
  openstack: { none: true, gossip: true, public: true, private: true },
  scaleway: { none: true, gossip: true, public: true, private: false },
}

/** validateTopology's control-plane, nodes and bastion checks, dropped with those fields in 1.28.0-alpha.2. */
const TOPOLOGY_PLACEMENT: TagRanges = [['1.26.0-beta.1', '1.28.0-alpha.2']]
/** Clouds that accepted DNS type None before 1.28.0-alpha.2, per branch. */
const NONE_DNS_CLOUDS: readonly [TagRanges, readonly string[]][] = [
  [[['1.26.0-alpha.2', '1.26.0-beta.1']], ['hetzner', 'aws']],
  [
    [
      ['1.26.0-beta.1', '1.26.0-beta.2'],
      ['1.27.0-alpha.1', '1.27.0-alpha.2'],
    ],
    ['hetzner', 'aws', 'gce'],
  ],
  [[['1.26.0-beta.2', '1.27.0-alpha.1']], ['hetzner', 'aws', 'gce', 'openstack']],
  [[['1.27.0-alpha.2', '1.27.0-beta.1']], ['openstack', 'hetzner', 'aws', 'gce', 'digitalocean']],
  [[['1.27.0-beta.1', '1.28.0-alpha.2']], ['openstack', 'hetzner', 'aws', 'gce', 'digitalocean', 'scaleway']],
]

/** The 1.26 layout of validateClusterSpec's network checks (1.26.0-beta.1 … 1.27.0-alpha.2). */
const LAYOUT_1_26: TagRanges = [['1.26.0-beta.1', '1.27.0-alpha.2']]

/** validateSubnets / validateSubnet as 1.26 ran them, first in validateClusterSpec. */
function validateSubnets126(k: Checks): void {
  const subnetsNode = k.n('networking', 'subnets')
  const subnets = subnetsNode.items()
  const p = 'spec.networking.subnets'
  if (subnets.length === 0 && k.listKnown(subnetsNode)) k.required(p, subnetsNode, '')
  subnets.forEach((sn, i) => {
    const sp = `${p}[${i}]`
    if ((sn.get('name').raw ?? '') === '' && !sn.get('name').unresolved) k.required(`${sp}.name`, sn.get('name'), '')
    const cidr = sn.get('cidr').str ?? ''
    if (cidr !== '') parseCIDRChecked(k, `${sp}.cidr`, sn.get('cidr'), cidr)
    const v6 = sn.get('ipv6CIDR').str ?? ''
    if (v6 !== '') validateIPv6CIDR(k, `${sp}.ipv6CIDR`, sn.get('ipv6CIDR'), v6, null)
    const type = sn.get('type')
    const tv = type.raw ?? ''
    const egress = sn.get('egress').str ?? ''
    if (egress !== '' && !type.unresolved) {
      if (!EGRESS_TYPES.includes(egress.split('-')[0]))
        k.invalid(`${sp}.egress`, sn.get('egress'), egress, T('egress-must-be-of-type-nat'))
      if (egress !== 'External' && tv !== 'DualStack' && tv !== 'Private' && (v6 === '' || tv !== 'Public')) k.forbidden(`${sp}.egress`, sn.get('egress'), T('egress-can-only-be-specified-for'))
    }
    if (!type.unresolved) {
      k.isValidValue(`${sp}.type`, type.present ? type : sn, tv, ['Public', 'Private', 'DualStack', 'Utility'])
      if (tv === 'DualStack' && k.ipv6 === false) k.forbidden(`${sp}.type`, type, T('subnet-type-dualstack-may-only-be'))
    }
  })
  if (!k.structureKnown) return
  const names = new Set<string>()
  subnets.forEach((sn, i) => {
    const n = sn.get('name')
    if (n.unresolved) return
    if (names.has(n.raw ?? '')) k.duplicate(`${p}[${i}].name`, n, n.raw ?? '')
    names.add(n.raw ?? '')
  })
  if (subnets.length > 0 && !subnets.some((sn) => sn.get('id').unresolved)) {
    const hasID = (subnets[0].get('id').raw ?? '') !== ''
    subnets.forEach((sn, i) => {
      if (((sn.get('id').raw ?? '') !== '') !== hasID) k.forbidden(`${p}[${i}].id`, sn.get('id').present ? sn.get('id') : sn, T('cannot-mix-subnets-with-specified-id'))
    })
  }
  if (k.cloudKnown && k.cloud !== 'aws')
    subnets.forEach((sn, i) => {
      if ((sn.get('ipv6CIDR').raw ?? '') !== '') k.forbidden(`${p}[${i}].ipv6CIDR`, sn.get('ipv6CIDR'), T('ipv6cidr-can-only-be-specified-for'))
    })
}

/** validateTopology: [1.27.0-alpha.2, 1.28.0-alpha.2) placement and DNS; 1.28.0-alpha.2 … the DNS type, then the cloud's DNS support. */
function validateTopology(k: Checks): void {
  const api = k.ctx.cluster.doc.apiVersion
  const topo = k.n('networking', 'topology')
  const dnsNode = /v1alpha2$/.test(api) ? topo.get('dns').get('type') : topo.get('dns')
  const dns = k.dnsType
  if (k.in(TOPOLOGY_PLACEMENT)) {
    const tp = 'spec.networking.topology'
    // v1alpha2's defaults fill an empty masters/nodes topology with public in these releases.
    const v2 = /v1alpha2$/.test(api)
    const place: Record<string, string | null> = {}
    for (const [internal, yaml] of [
      ['controlPlane', v2 ? 'masters' : 'controlPlane'],
      ['nodes', 'nodes'],
    ] as const) {
      const n = topo.get(yaml)
      if (n.unresolved) {
        place[internal] = null
        continue
      }
      const v = n.raw ?? (v2 ? 'public' : '')
      place[internal] = v
      if (v === '') k.required(`${tp}.${internal}`, n, '')
      else k.isValidValue(`${tp}.${internal}`, n, v, ['public', 'private'])
    }
    if (!k.in(CLOUD_PROVIDER_LAYOUT) && place.nodes === 'private' && k.ipv6 === true && !k8sGte(k.k8s, '1.22'))
      k.forbidden(`${tp}.nodes`, topo.get('nodes'), T('private-topology-in-ipv6-clusters-requires'))
    if (topo.get('bastion').present && (place.controlPlane === 'public' || place.nodes === 'public')) k.forbidden(`${tp}.bastion`, topo.get('bastion'), T('bastion-requires-control-plane-and-nodes'))
    if (dns === null || dns === '') return
    k.isValidValue('spec.networking.topology.dns.type', dnsNode, dns, ['Public', 'Private', 'None'])
    const noneClouds = NONE_DNS_CLOUDS.find(([r]) => k.in(r))?.[1] ?? []
    if (dns === 'None' && k.cloudKnown && !noneClouds.includes(k.cloud ?? '')) k.invalid('spec.networking.topology.dns.type', dnsNode, dns, `not supported for ${JSON.stringify(k.cloud ?? '')}`)
    return
  }
  // The topology is never nil: v1alpha2's SetDefaults_ClusterSpec and PerformAssignments create it.
  if (dns === null) return
  const field = 'spec.networking.topology.dns.type'
  if (dns !== '') k.isValidValue(field, dnsNode, dns, ['Public', 'Private', 'None'])
  if (!k.in(CLOUD_DNS_TOPOLOGY) || !k.cloudKnown) return
  const cloud = k.cloud ?? ''
  const support = CLOUD_DNS[cloud]
  const at = dnsNode.present ? dnsNode : topo
  if (!support) return void k.forbidden(field, at, `cloud provider ${JSON.stringify(cloud)} has no declared DNS topology support`)
  const none = dns === 'None'
  const gossip = !none && k.gossipName
  if (gossip) {
    if (!support.gossip) k.forbidden(field, at, `cloud provider ${JSON.stringify(cloud)} does not support gossip dns topology`)
  } else if (none) {
    if (!support.none) k.forbidden(field, at, `cloud provider ${JSON.stringify(cloud)} does not support none dns topology`)
  } else if (dns === 'Private') {
    if (!support.private) k.forbidden(field, at, `cloud provider ${JSON.stringify(cloud)} does not support private dns topology`)
  } else if (dns === '' || dns === 'Public') {
    if (!support.public) k.forbidden(field, at, `cloud provider ${JSON.stringify(cloud)} does not support public dns topology`)
  } else k.forbidden(field, at, T('unsupported-dns-topology'))
}

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
const DNS1123_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"

/**
 * newValidateCluster's name checks: ValidateObjectMeta's metadata.name, then kOps's own objectMeta.name
 * (kubernetes/kops:pkg/apis/kops/validation/validation.go@v1.26.0-alpha.1..v1.37.0-alpha.1). A Cluster that writes
 * no metadata.name at all (absent or null) is a fragment, completed by what applies it (a script, `--name`;
 * manifest-incomplete says so): its name is unknown, not empty, so only a written empty name is Required.
 */
function validateClusterName(k: Checks): void {
  const name = k.ctx.cluster.name
  const at0 = SpecNode.root(k.ctx.cluster.doc, k.ctx.cluster.doc.apiVersion, ['metadata', 'name'])
  if (!at0.present || at0.unresolved || !name) return
  if (name.value === '') {
    k.required('metadata.name', at0, 'name or generateName is required')
    return void k.required('objectMeta.name', at0, T('cluster-name-is-required-e-g'))
  }
  const v = name.value
  const errs: string[] = []
  if (v.length > 253) errs.push('must be no more than 253 characters')
  if (!DNS1123_SUBDOMAIN.test(v)) errs.push(DNS1123_MESSAGE)
  const at = SpecNode.root(k.ctx.cluster.doc, k.ctx.cluster.doc.apiVersion, ['metadata', 'name'])
  for (const e of errs) k.invalid('metadata.name', at, v, e)
  if (errs.length) k.invalid('objectMeta.name', at, v, `Cluster Name must be a valid DNS name (e.g. --name=mycluster.myzone.com) errors: ${errs.join(', ')}`)
  else if (!v.includes('.') && k.dnsType !== 'None' && k.dnsType !== null) {
    const imported = SpecNode.root(k.ctx.cluster.doc, k.ctx.cluster.doc.apiVersion, ['metadata', 'annotations', 'kops.kubernetes.io/management']).raw === 'imported'
    if (!imported) k.invalid('objectMeta.name', at, v, T('cluster-name-must-be-a-fully'))
  }
}

/** PerformAssignments left nonMasqueradeCIDR empty for GCE networking until the GCE CNI became `gcp` (1.28.0-alpha.2). */
const GCE_NETWORKING_NO_NON_MASQ: TagRanges = [['1.26.0-alpha.1', '1.28.0-alpha.2']]
/** podCIDR checks in validateNetworking (1.28.0-alpha.2 …). */
const POD_CIDR_CHECKS: TagRanges = [['1.28.0-alpha.2']]
/** serviceClusterIPRange must be inside nonMasqueradeCIDR ([1.27.0-alpha.2, 1.28.0-alpha.2)). */
const SERVICE_IN_NON_MASQ: TagRanges = [['1.27.0-alpha.2', '1.28.0-alpha.2']]
/** serviceClusterIPRange must not overlap podCIDR (removed by #16340 on both branches). */
const SERVICE_POD_OVERLAP: TagRanges = [
  ['1.28.0-alpha.2', '1.28.5'],
  ['1.29.0-alpha.0', '1.29.0-beta.1'],
]
/** additionalNetworkCIDRs Forbidden for providers that prohibit several network CIDRs. */
const ADDITIONAL_FORBIDDEN: TagRanges = [
  ['1.27.0', '1.28.0-alpha.1'],
  ['1.28.0-alpha.2'],
]

interface Constraints {
  requiresSubnets: boolean
  requiresNetworkCIDR: boolean
  prohibitsNetworkCIDR: boolean
  prohibitsMultipleNetworkCIDRs: boolean
  requiresNonMasqueradeCIDR: boolean
  requiresSubnetCIDR: boolean
  requiresSubnetRegion: boolean
}

/** validateCloudProvider's constraints (1.27.0-alpha.2 …) for the one provider the spec names. */
function constraintsOf(k: Checks): Constraints {
  const c: Constraints = { requiresSubnets: true, requiresNetworkCIDR: true, prohibitsNetworkCIDR: false, prohibitsMultipleNetworkCIDRs: true, requiresNonMasqueradeCIDR: true, requiresSubnetCIDR: true, requiresSubnetRegion: false }
  switch (k.cloudKnown ? k.cloud : 'unknown') {
    case 'aws':
      c.prohibitsMultipleNetworkCIDRs = false
      break
    case 'azure':
      c.requiresSubnetRegion = true
      break
    case 'digitalocean':
      Object.assign(c, { requiresSubnets: false, requiresSubnetCIDR: false, requiresSubnetRegion: true, requiresNetworkCIDR: false })
      break
    case 'gce':
      Object.assign(c, { requiresNetworkCIDR: false, requiresSubnetCIDR: false, requiresSubnetRegion: true, prohibitsNetworkCIDR: true, requiresNonMasqueradeCIDR: false })
      break
    case 'hetzner':
      Object.assign(c, { requiresNetworkCIDR: false, requiresSubnets: false, requiresSubnetCIDR: false })
      break
    case 'openstack':
    case 'scaleway':
    case 'metal':
      Object.assign(c, { requiresNetworkCIDR: false, requiresSubnetCIDR: false })
      break
    case 'linode':
      Object.assign(c, { requiresSubnets: false, requiresSubnetCIDR: false, requiresSubnetRegion: true, requiresNetworkCIDR: false })
      break
    default:
      // No provider (or an unknown one): validateCloudProvider reports spec.cloudProvider Required and relaxes these;
      // an unresolved provider is unknown, so nothing that depends on it is required either.
      Object.assign(c, { requiresSubnets: false, requiresSubnetCIDR: false, requiresNetworkCIDR: false, requiresNonMasqueradeCIDR: k.cloudKnown })
  }
  return c
}

function validateCNIs(k: Checks): void {
  const p = 'spec.networking'
  const net = k.n('networking')
  const ipv6 = k.ipv6 === true
  const optionTaken = k.in(OPTION_TAKEN)
  let taken = false
  const lower = k.in(LOWER_CNI_NAMES)
  const onlyOne = (name: string, n: SpecNode): void => {
    if (optionTaken && taken && k.structureKnown) k.forbidden(`${p}.${name}`, n, T('only-one-networking'))
  }
  const cni = (name: string): SpecNode => net.get(yamlCniKey(k, name))
  if (cni('classic').present) k.invalid(p, cni('classic'), 'classic', T('classic-unsupported'))
  if (cni('kubenet').present) {
    taken = true
    if (ipv6) k.forbidden(`${p}.kubenet`, cni('kubenet'), T('kubenet-ipv6'))
  }
  if (cni('external').present) {
    onlyOne('external', cni('external'))
    if (k.on('external-k8s-1.26') && (!k.in(EXTERNAL_K8S_1_26_GATE) || k8sGte(k.k8s, '1.26'))) k.forbidden(`${p}.external`, cni('external'), T('external-k8s-1.26'))
    taken = true
  }
  if (cni('kopeio').present) {
    onlyOne('kopeio', cni('kopeio'))
    taken = true
    if (ipv6) k.forbidden(`${p}.kopeio`, cni('kopeio'), T('kopeio-ipv6'))
  }
  if (cni('cni').present && optionTaken && taken && k.structureKnown) k.forbidden(`${p}.cni`, cni('cni'), T('only-one-networking'))
  const weave = cni('weave')
  if (weave.present) {
    if (k.on('weave-removed')) k.forbidden(`${p}.weave`, weave, T('weave-removed'))
    else {
      onlyOne('weave', weave)
      taken = true
      if (k8sGte(k.k8s, '1.23')) k.forbidden(`${p}.weave`, weave, T('weave-k8s-1.23'))
      else if (ipv6) k.forbidden(`${p}.weave`, weave, T('weave-ipv6'))
    }
  }
  const flannel = cni('flannel')
  if (flannel.present) {
    onlyOne('flannel', flannel)
    taken = true
    if (k.in(FLANNEL_K8S_GATE) && k8sGte(k.k8s, '1.28')) k.forbidden(`${p}.flannel`, flannel, T('flannel-k8s-1.28'))
    else {
      if (ipv6) k.forbidden(`${p}.flannel`, flannel, T('flannel-ipv6'))
      const backend = flannel.get('backend')
      // v1alpha2 defaults an empty backend to udp before validation.
      const bv = backend.raw ?? (/v1alpha2$/.test(k.ctx.cluster.doc.apiVersion) ? 'udp' : '')
      if (!backend.unresolved) {
        if (bv === '') k.required(`${p}.flannel.backend`, backend, T('flannel-backend-required'))
        else k.isValidValue(`${p}.flannel.backend`, backend, bv, ['udp', 'vxlan'])
      }
    }
  }
  const calico = cni('calico')
  if (calico.present) {
    onlyOne('calico', calico)
    taken = true
    if (k.in(CLOUD_PROVIDER_LAYOUT)) validateNetworkingCalico(k, calico)
  }
  const canal = cni('canal')
  if (canal.present) {
    onlyOne('canal', canal)
    taken = true
    if (k.on('canal-k8s-1.28') && (!k.in(CANAL_SPEC_CHECKS) || k8sGte(k.k8s, '1.28'))) k.forbidden(`${p}.canal`, canal, T('canal-k8s-1.28'))
    else if (k.in(CANAL_SPEC_CHECKS)) validateNetworkingCanal(k, canal)
  }
  const kr = cni('kubeRouter')
  if (kr.present) {
    const name = lower ? 'kuberouter' : 'kubeRouter'
    onlyOne(name, kr)
    if (k.kubeProxyEnabled) k.forbidden(ROOT_KUBE_PROXY_ENABLED, k.n('kubeProxy', 'enabled'), T('kuberouter-kube-proxy'))
    taken = true
    if (k.on('kuberouter-k8s-1.28') && k8sGte(k.k8s, '1.28')) k.forbidden(`${p}.kubeRouter`, kr, T('kuberouter-k8s-1.28'))
    else if (ipv6) k.forbidden(`${p}.${lower ? 'kuberouter' : k.in(KUBEROUTER_TYPO) ? 'kuberRouter' : 'kubeRouter'}`, kr, T('kuberouter-ipv6'))
  }
  if (cni('romana').present) k.forbidden(`${p}.romana`, cni('romana'), T('romana-removed'))
  const vpc = cni('amazonVPC')
  if (vpc.present) {
    const name = lower ? 'amazonvpc' : 'amazonVPC'
    onlyOne(name, vpc)
    taken = true
    if (k.cloudKnown && k.cloud !== 'aws') k.forbidden(`${p}.${name}`, vpc, T('amazonvpc-aws-only'))
    if (ipv6) k.forbidden(`${p}.${name}`, vpc, T('amazonvpc-ipv6'))
  }
  const cilium = cni('cilium')
  if (cilium.present) {
    onlyOne('cilium', cilium)
    taken = true
    validateNetworkingCilium(k, cilium)
  }
  if (cni('lyftvpc').present) k.forbidden(`${p}.${k.in(LYFTVPC_TYPO) ? 'lyftvp' : 'lyftvpc'}`, cni('lyftvpc'), T('lyftvpc-removed'))
  const gcp = cni('gcp')
  if (gcp.present) {
    const old = k.on('gce-networking-gce-only')
    const name = old ? 'gce' : 'gcp'
    onlyOne(name, gcp)
    if (k.cloudKnown && k.cloud !== 'gce') k.forbidden(`${p}.${name}`, gcp, T(old ? 'gce-networking-gce-only' : 'gcp-networking-gce-only'))
    if (ipv6) k.forbidden(`${p}.${name}`, gcp, T(old ? 'gce-networking-ipv6' : 'gcp-networking-ipv6'))
  }
  const kindnet = cni('kindnet')
  if (k.on('only-one-networking-found') && kindnet.present) {
    const m = kindnet.get('masquerade')
    if (m.get('enabled').bool === true)
      for (const x of m.get('nonMasqueradeCIDRs').items()) {
        const v = x.str
        if (v === null || v === '') continue
        const err = netipParsePrefixError(v)
        if (err) k.invalid(`${p}.kindnet`, x, v, err)
      }
  }
  if (k.on('only-one-networking-found')) {
    const names = CNI_OPTIONS.filter((o) => (o !== 'canal' || k.in(CANAL_IN_OPTIONS)) && cni(o).present).sort()
    if (names.length > 1 && k.structureKnown) for (const o of names) k.forbidden(`${p}.${o}`, cni(o), T('only-one-networking-found').replace('%s', names.join(', ')))
  }
}

/** The YAML key of a CNI option: v1alpha2 spells some in lower case or by an older name. */
function yamlCniKey(k: Checks, internal: string): string {
  if (!/v1alpha2$/.test(k.ctx.cluster.doc.apiVersion)) return internal
  return ({ kubeRouter: 'kuberouter', amazonVPC: 'amazonvpc', gcp: 'gce' } as Record<string, string>)[internal] ?? internal
}

/** netip.ParsePrefix's error text for the common mistakes (a missing slash, a bad length); ParseAddr's own texts are approximated. */
function netipParsePrefixError(s: string): string | null {
  const slash = s.lastIndexOf('/')
  if (slash < 0) return `netip.ParsePrefix(${JSON.stringify(s)}): no '/'`
  const addr = s.slice(0, slash)
  const bits = s.slice(slash + 1)
  const ip = parseIP(addr)
  if (!ip || (ip.v6 === false && addr.includes(':'))) return null === ip ? `netip.ParsePrefix(${JSON.stringify(s)}): ParseAddr(${JSON.stringify(addr)}): unable to parse IP` : null
  const max = ip.v6 ? 128 : 32
  if (!/^(0|[1-9][0-9]*)$/.test(bits)) return `netip.ParsePrefix(${JSON.stringify(s)}): bad bits after slash: ${JSON.stringify(bits)}`
  if (Number(bits) > max) return `netip.ParsePrefix(${JSON.stringify(s)}): prefix length out of range`
  return null
}

function validateNetworkingCanal(k: Checks, v: SpecNode): void {
  const p = 'spec.networking.canal'
  if (k.ipv6 === true) k.forbidden(p, v, T('canal-ipv6'))
  for (const [f, valid] of [
    ['defaultEndpointToHostAction', ['ACCEPT', 'DROP', 'RETURN']],
    ['chainInsertMode', ['insert', 'append']],
    ['logSeveritySys', ['INFO', 'DEBUG', 'WARNING', 'ERROR', 'CRITICAL', 'NONE']],
    ['iptablesBackend', ['Auto', 'Legacy', 'NFT']],
  ] as const) {
    const x = k.known(v.get(f))
    if (x !== null) k.isValidValue(`${p}.${f}`, v.get(f), x, valid)
  }
}

/** The Cilium minor a release accepts for a pinned spec.networking.cilium.version, with its text id. */
const CILIUM_MINORS: readonly [id: string, minor: number][] = [
  ['cilium-version-1.12', 12],
  ['cilium-version-1.13', 13],
  ['cilium-version-1.14', 14],
  ['cilium-version-1.15', 15],
  ['cilium-version-1.16', 16],
  ['cilium-version-1.18', 18],
]

function validateNetworkingCilium(k: Checks, v: SpecNode): void {
  const p = 'spec.networking.cilium'
  const version = v.get('version')
  const vv = k.known(version)
  const hubble = v.get('hubble').get('enabled')
  const hubbleCheck = (): void => {
    if (hubble.bool === true && !k.certManagerEnabled) k.forbidden(`${p}.hubble.enabled`, hubble, T('cilium-hubble-cert-manager'))
  }
  if (version.unresolved) {
    // The version is unknown: no version check runs. When its `v` prefix is written, kOps goes on to the Hubble check.
    if ((version.raw ?? '').startsWith('v')) hubbleCheck()
  } else if (vv !== null) {
    if (!vv.startsWith('v')) return void k.invalid(`${p}.version`, version, vv, T('cilium-version-v'))
    const parsed = goSemverParse(vv.slice(1))
    // blang/semver's Parse leaves the zero version on error, so the minor check follows a parse error.
    const minor = parsed.ok ? semver.minor(parsed.version) : 0
    const patch = parsed.ok ? semver.patch(parsed.version) : 0
    if (!parsed.ok) k.invalid(`${p}.version`, version, vv, T('cilium-version-semver'))
    if (k.on('cilium-version-1.11')) {
      if (minor !== 11 && patch < 5) k.invalid(`${p}.version`, version, vv, T('cilium-version-1.11'))
    } else
      for (const [id, want] of CILIUM_MINORS) if (k.on(id) && minor !== want) k.invalid(`${p}.version`, version, vv, T(id))
    hubbleCheck()
  }
  if (v.get('enableNodePort').bool === true && k.kubeProxyEnabled) k.forbidden(ROOT_KUBE_PROXY_ENABLED, k.n('kubeProxy', 'enabled'), T('cilium-nodeport-kube-proxy'))
  const enums: [string, string[]][] = [
    ['enablePolicy', ['default', 'always', 'never']],
    ['tunnel', ['vxlan', 'geneve', 'disabled']],
    ['monitorAggregation', ['low', 'medium', 'maximum']],
  ]
  for (const [f, valid] of enums) {
    const x = k.known(v.get(f))
    if (x !== null) k.isValidValue(`${p}.${f}`, v.get(f), x, valid)
  }
  const iam = k.known(v.get('identityAllocationMode'))
  if (iam !== null) {
    k.isValidValue(`${p}.identityAllocationMode`, v.get('identityAllocationMode'), iam, ['crd', 'kvstore'])
    if (iam === 'kvstore' && v.get('etcdManaged').bool !== true) k.forbidden(`${p}.identityAllocationMode`, v.get('identityAllocationMode'), T('cilium-kvstore-etcd'))
  }
  const lb = k.known(v.get('bpfLBAlgorithm'))
  if (lb !== null) k.isValidValue(`${p}.bpfLBAlgorithm`, v.get('bpfLBAlgorithm'), lb, ['random', 'maglev'])
  if (k.on('cilium-bpf-lb-sock') && v.get('bpfLBSock').bool !== true && v.get('bpfLBSockHostNSOnly').bool === true) k.forbidden(`${p}.bpfLBSockHostNSOnly`, v.get('bpfLBSockHostNSOnly'), T('cilium-bpf-lb-sock'))
  const encryption = v.get('enableEncryption').bool === true
  if (k.on('cilium-encryption-ipv6') && encryption && k.ipv6 === true) k.forbidden(`${p}.enableEncryption`, v.get('enableEncryption'), T('cilium-encryption-ipv6'))
  const et = k.known(v.get('encryptionType'))
  if (et !== null) {
    if (k.on('cilium-encryption-type') && !encryption) k.forbidden(`${p}.encryptionType`, v.get('encryptionType'), T('cilium-encryption-type'))
    k.isValidValue(`${p}.encryptionType`, v.get('encryptionType'), et, ['ipsec', 'wireguard'])
    if (k.on('cilium-l7-wireguard') && et === 'wireguard' && v.get('enableL7Proxy').bool === true) k.forbidden(`${p}.enableL7Proxy`, v.get('enableL7Proxy'), T('cilium-l7-wireguard'))
  }
  if (k.on('cilium-l7-iptables') && v.get('enableL7Proxy').bool === true && v.get(k.key('IPTablesRulesNoinstall', 'installIptablesRules')).bool === false) k.forbidden(`${p}.enableL7Proxy`, v.get('enableL7Proxy'), T('cilium-l7-iptables'))
  const ipam = k.known(v.get('ipam'))
  if (ipam !== null) {
    k.isValidValue(`${p}.ipam`, v.get('ipam'), ipam, ['hostscope', 'kubernetes', 'crd', 'eni'])
    if (ipam === 'eni') {
      if (k.cloudKnown && k.cloud !== 'aws') k.forbidden(`${p}.ipam`, v.get('ipam'), T('cilium-eni-aws-only'))
      const masqNode = v.get(k.key('disableMasquerade', 'masquerade'))
      const masq = masqNode.bool
      if (k.on('cilium-eni-masquerade-disabled') && masq === true) k.forbidden(`${p}.masquerade`, masqNode, T('cilium-eni-masquerade-disabled'))
      if (k.on('cilium-eni-masquerade-enabled') && masq === false) k.forbidden(`${p}.masquerade`, masqNode, T('cilium-eni-masquerade-enabled'))
      if (k.ipv6 === true) k.forbidden(`${p}.ipam`, v.get('ipam'), T('cilium-eni-ipv6'))
    }
  }
  if (v.get('etcdManaged').bool === true) {
    const clusters = k.n('etcdClusters').items()
    if (k.listKnown(k.n('etcdClusters')) && !clusters.some((c) => c.get('name').raw === 'cilium' || c.get('name').unresolved)) k.required('spec.etcdClusters', k.n('etcdClusters'), T('cilium-etcd-cluster'))
  }
  const ingress = v.get('ingress')
  if (k.in([['1.29.0-alpha.2']]) && ingress.get('enabled').bool === true) {
    const mode = k.known(ingress.get('defaultLoadBalancerMode'))
    if (mode !== null) k.isValidValue(`${p}.ingress.defaultLoadBalancerMode`, ingress.get('defaultLoadBalancerMode'), mode, ['shared', 'dedicated'])
  }
}

function validateNetworkingCalico(k: Checks, v: SpecNode): void {
  const p = 'spec.networking.calico'
  const ipv6 = k.ipv6
  const src = k.known(v.get('awsSrcDstCheck'))
  if (src !== null) {
    if (ipv6 === true && src !== 'DoNothing' && k.in(CALICO_IPV6_CHECKS)) k.forbidden(`${p}.awsSrcDstCheck`, v.get('awsSrcDstCheck'), T('awssrcdstcheck-may-only-be-donothing-for'))
    else k.isValidValue(`${p}.awsSrcDstCheck`, v.get('awsSrcDstCheck'), src, ['Enable', 'Disable', 'DoNothing'])
  }
  // crossSubnet: kOps builds an Invalid error but never appends it: nothing is reported.
  if (v.get('bpfEnabled').bool === true && k.kubeProxyEnabled && k.in(CALICO_BPF)) k.forbidden('spec.kubeProxy.enabled', k.n('kubeProxy', 'enabled'), T('calico-in-bpf-mode-spec-networking'))
  for (const [f, valid] of [
    ['bpfExternalServiceMode', ['Tunnel', 'DSR']],
    ['bpfLogLevel', ['Off', 'Info', 'Debug']],
    ['chainInsertMode', ['insert', 'append']],
  ] as const) {
    const x = k.known(v.get(f))
    if (x !== null) k.isValidValue(`${p}.${f}`, v.get(f), x, valid)
  }
  const enc = k.known(v.get('encapsulationMode'))
  if (enc !== null) {
    k.isValidValue(`${p}.encapsulationMode`, v.get('encapsulationMode'), enc, ['ipip', 'vxlan', 'none'])
    if (enc !== 'none' && ipv6 === true) k.forbidden(`${p}.encapsulationMode`, v.get('encapsulationMode'), T('ipv6-requires-an-encapsulationmode-of-none'))
    else if (enc === 'none' && ipv6 === false) k.forbidden(`${p}.encapsulationMode`, v.get('encapsulationMode'), T('encapsulationmode-none-is-only-supported-for'))
    if (enc !== 'vxlan' && k.cloud === 'azure' && k.in(CALICO_AZURE)) k.forbidden(`${p}.encapsulationMode`, v.get('encapsulationMode'), T('azure-requires-an-encapsulationmode-of-vxlan'))
  }
  for (const [f, name, mode] of [
    ['ipipMode', 'IP-in-IP', 'ipip'],
    ['vxlanMode', 'VXLAN', 'vxlan'],
  ] as const) {
    const x = k.known(v.get(f))
    if (x === null) continue
    k.isValidValue(`${p}.${f}`, v.get(f), x, ['Always', 'CrossSubnet', 'Never'])
    if (x !== 'Never' && enc !== null && enc !== mode) k.forbidden(`${p}.${f}`, v.get(f), `${name} encapsulation requires use of Calico's "${mode}" encapsulation mode`)
  }
  for (const [f, version] of [
    ['ipv4AutoDetectionMethod', 4],
    ['ipv6AutoDetectionMethod', 6],
  ] as const) {
    const x = k.known(v.get(f))
    if (x !== null) calicoAutoDetection(k, `${p}.${f}`, v.get(f), x, version)
  }
  const ipt = k.known(v.get('iptablesBackend'))
  if (ipt !== null) k.isValidValue(`${p}.iptablesBackend`, v.get('iptablesBackend'), ipt, ['Auto', 'Legacy', 'NFT'])
  const typha = v.get('typhaReplicas').num
  if (typha !== null && typha < 0) k.invalid(`${p}.typhaReplicas`, v.get('typhaReplicas'), typha, `Unable to set number of Typha replicas to less than 0, you've specified ${typha}`)
  if (v.get('wireguardEnabled').bool === true && ipv6 === true && k.in(CALICO_IPV6_CHECKS)) k.forbidden(`${p}.wireguardEnabled`, v.get('wireguardEnabled'), T('wireguard-is-not-supported-on-ipv6'))
}

/** Calico's IPv6 awsSrcDstCheck and WireGuard checks (1.26.0-beta.1 …). */
const CALICO_IPV6_CHECKS: TagRanges = [['1.26.0-beta.1']]
/** The calico BPF / kube-proxy check (1.36.0-alpha.1 …). */
const CALICO_BPF: TagRanges = [['1.36.0-alpha.1']]
/** Azure needs vxlan encapsulation (1.35.0-beta.1 …). */
const CALICO_AZURE: TagRanges = [['1.35.0-beta.1']]
/** can-reach errors quote the whole method from 1.33.0-beta.1; before, IsValidIPv4Address quoted the address. */
const CALICO_CAN_REACH_METHOD: TagRanges = [['1.33.0-beta.1']]

/** validateCalicoAutoDetectionMethod, without the regexp compile errors (Go's regexp texts are not modelled). */
function calicoAutoDetection(k: Checks, field: string, n: SpecNode, value: string, version: 4 | 6): void {
  const method = value.split('=')
  if (method.length > 2) return void k.invalid(field, n, value, T('malformed-autodetection-method'))
  switch (method[0]) {
    case 'first-found':
      return
    case 'can-reach': {
      const dest = method[1] ?? ''
      const ip = parseIP(dest)
      // Before 1.33.0-beta.1 apimachinery's IsValidIPv4Address/IsValidIPv6Address built these errors, same words.
      const shown = k.in(CALICO_CAN_REACH_METHOD) ? value : dest
      if (version === 4 && (!ip || ip.v6)) k.invalid(field, n, shown, T('must-be-a-valid-ipv4-address'))
      if (version === 6 && (!ip || !ip.v6)) k.invalid(field, n, shown, T('must-be-a-valid-ipv6-address'))
      return
    }
    case 'interface':
    case 'skip-interface': {
      const list = (method[1] ?? '').split(/\s*,\s*/)
      if (list.length === 0 || list[0] === '') k.invalid(field, n, value, `'${method[0]}=' must be followed by a comma separated list of interface regular expressions`)
      return
    }
    default:
      k.invalid(field, n, value, T('unsupported-autodetection-method'))
  }
}

function validateEtcdClusters(k: Checks): void {
  const clusters = k.n('etcdClusters')
  const items = clusters.items()
  const base = 'spec.etcdClusters'
  if (!k.listKnown(clusters)) return
  if (items.length === 0) return void k.required(base, clusters, '')
  const names = k.on('etcd-names-leases') ? T('etcd-names-leases').split(',') : ['cilium', 'main', 'events']
  items.forEach((c, i) => {
    const p = `${base}[${i}]`
    const name = c.get('name')
    if (!name.unresolved) k.isValidValue(`${p}.name`, name, name.raw ?? '', names)
    const provider = k.known(c.get('provider'))
    if (provider !== null) k.isValidValue(`${p}.provider`, c.get('provider'), provider, ['Manager'])
    const members = c.get('etcdMembers').items()
    if (!k.listKnown(c.get('etcdMembers'))) {
      // unknown members: neither their number nor their fields are checked
    } else if (members.length === 0) k.required(`${p}.etcdMembers`, c.get('etcdMembers'), T('etcd-members-required'))
    else if (members.length % 2 === 0) k.invalid(`${p}.etcdMembers`, c.get('etcdMembers'), members.length, T(k.on('etcd-members-odd') ? 'etcd-members-odd' : 'etcd-members-odd-master'))
    const version = c.get('version')
    if (k.on('etcd-version-image') && k.known(c.get('image')) !== null && (version.raw ?? '') === '') k.required(`${p}.version`, version, T('etcd-version-image'))
    const vv = k.known(version)
    if (vv !== null) {
      // validateEtcdVersion: blang/semver Parse of the version without a leading v; only major 3 is accepted.
      const parsed = goSemverParse(vv.replace(/^v/, ''))
      if (!parsed.ok) k.invalid(`${p}.version`, version, vv, T('etcd-version-invalid'))
      else if (semver.major(parsed.version) !== 3) k.invalid(`${p}.version`, version, vv, T('etcd-version-major'))
    }
    members.forEach((m, j) => {
      const mp = `${p}.etcdMembers[${j}]`
      if ((m.get('name').raw ?? '') === '') k.required(`${mp}.name`, m.get('name'), T('etcd-member-name'))
      if ((m.get('instanceGroup').raw ?? '') === '') k.required(`${mp}.instanceGroup`, m.get('instanceGroup'), T('etcd-member-ig'))
    })
  })
  if (!k.structureKnown) return
  // validateEtcdBackupStore: keyed by cluster name; a repeated name points at the first cluster's backupStore.
  const seen = new Set<string>()
  for (const c of items) {
    const n = c.get('name')
    if (n.unresolved) continue
    const name = n.raw ?? ''
    if (seen.has(name)) k.forbidden(`${base}[0].backupStore`, items[0].get('backupStore'), T('etcd-backup-store'))
    seen.add(name)
  }
  // validateEtcdStorage: every set version equals the first cluster's.
  const first = items[0].get('version')
  if (!first.unresolved) {
    const v0 = first.raw ?? ''
    items.forEach((c, i) => {
      const v = c.get('version')
      if (v.unresolved) return
      const x = v.raw ?? ''
      if (x !== '' && x !== v0) k.forbidden(`${base}[${i}].version`, v, `cluster: ${JSON.stringify(c.get('name').raw ?? '')}, has a different storage version: ${JSON.stringify(x)}, both must be the same`)
    })
  }
}

function validateAddons(k: Checks): void {
  const ca = k.n('clusterAutoscaler')
  if (ca.present) {
    const e = k.known(ca.get('expander'))
    if (e !== null) k.isValidValue('spec.clusterAutoscaler.expander', ca.get('expander'), e, ['least-waste', 'random', 'most-pods', 'price', 'priority'])
    if (e === 'price' && k.cloudKnown && !k.n('cloudProvider', 'gce').present && k.cloud !== 'gce') k.forbidden('spec.clusterAutoscaler.expander', ca.get('expander'), T('cluster-autoscaler-price'))
    if (k.cloud === 'openstack') k.forbidden('spec.clusterAutoscaler', ca, T('cluster-autoscaler-openstack'))
  }
  const ed = k.n('externalDNS')
  if (ed.present) {
    const provider = ed.get('provider')
    if (!provider.unresolved) k.isValidValue('spec.externalDNS.provider', provider, provider.raw ?? '', ['', 'dns-controller', 'external-dns', 'none'])
    const ns = k.known(ed.get('watchNamespace'))
    if (ns !== null && ns !== 'kube-system') k.forbidden('spec.externalDNS.watchNamespace', ed.get('watchNamespace'), T('external-dns-namespace'))
    const dns = k.dnsType
    if (provider.raw === 'external-dns' && dns !== null) {
      const none = dns === 'None'
      const gossip = !none && k.gossipName
      if (k.on('external-dns-topology') && (gossip || none)) k.forbidden('spec.externalDNS.provider', provider, T('external-dns-topology'))
      if (k.on('external-dns-gossip') && gossip) k.forbidden('spec.externalDNS.provider', provider, T('external-dns-gossip'))
      if (k.on('external-dns-ipv6') && k.ipv6 === true) k.forbidden('spec.externalDNS.provider', provider, T('external-dns-ipv6'))
    }
  }
  const ms = k.n('metricsServer')
  if (ms.get('enabled').bool === true && ms.get('insecure').bool !== true && !k.certManagerEnabled) k.forbidden('spec.metricsServer.insecure', ms.get('insecure'), T('metrics-server-cert-manager'))
  const sc = k.n('snapshotController')
  if (sc.get('enabled').bool === true && !k.certManagerEnabled) k.forbidden('spec.snapshotController.enabled', sc.get('enabled'), T('snapshot-controller-cert-manager'))
}

function validateAWSAddons(k: Checks): void {
  const base = 'spec.cloudProvider.aws'
  const nth = k.n('cloudProvider', 'aws', 'nodeTerminationHandler')
  if (nth.present) {
    const enabled = nth.get('enabled')
    const karpenter = k.n('karpenter', 'enabled').bool === true
    if (k.on('nth-karpenter') && (!enabled.present || enabled.bool === true) && karpenter) k.forbidden(`${base}.nodeTerminationHandler`, nth, T('nth-karpenter'))
    // IsQueueMode (pkg/apis/kops/componentconfig.go): enabled set to true, and SQS draining unset or true.
    const sqs = nth.get('enableSQSTerminationDraining')
    const queue = enabled.bool === true && (!sqs.present || sqs.bool === true)
    if (queue) {
      if (nth.get('enableSpotInterruptionDraining').bool === false) k.forbidden(`${base}.nodeTerminationHandler.enableSpotInterruptionDraining`, nth.get('enableSpotInterruptionDraining'), T('nth-spot-draining'))
      if (k.on('nth-scheduled-draining') && nth.get('enableScheduledEventDraining').bool === false) k.forbidden(`${base}.nodeTerminationHandler.enableScheduledEventDraining`, nth.get('enableScheduledEventDraining'), T('nth-scheduled-draining'))
      if (nth.get('enableRebalanceDraining').bool !== true && nth.get('enableRebalanceMonitoring').bool === true) k.forbidden(`${base}.nodeTerminationHandler.enableRebalanceMonitoring`, nth.get('enableRebalanceMonitoring'), T('nth-rebalance'))
    }
  }
  const lbc = k.n('cloudProvider', 'aws', 'loadBalancerController')
  if (lbc.get('enabled').bool === true && !k.certManagerEnabled) k.forbidden(`${base}.awsLoadBalanceController`, lbc, T('lbc-cert-manager'))
  const wp = k.n('cloudProvider', 'aws', 'warmPool')
  if (wp.present) {
    const max = wp.get('maxSize')
    const min = wp.get('minSize').num ?? 0
    const mv = max.num
    if (mv !== null) {
      if (mv < 0) k.invalid(`${base}.warmPool.maxSize`, max, mv, T('warm-pool-max-negative'))
      else if (min > mv) k.invalid(`${base}.warmPool.maxSize`, max, mv, T('warm-pool-max-lower'))
      else if (k.on('warm-pool-additional-images') && wp.get('additionalImages').items().length > 0) k.forbidden(`${base}.warmPool.additionalImages`, wp.get('additionalImages'), T('warm-pool-additional-images'))
    }
    if (min < 0) k.invalid(`${base}.warmPool.minSize`, wp.get('minSize'), min, T('warm-pool-min-negative'))
  }
  const piw = k.n('cloudProvider', 'aws', 'podIdentityWebhook')
  if (piw.get('enabled').bool === true && !k.certManagerEnabled) k.forbidden(`${base}.podIdentityWebhook`, piw, T('pod-identity-cert-manager'))
}

/** validateCloudProvider: `only one cloudProvider option permitted` needs several providers, impossible in v1alpha2. */
function validateCloudProvider(k: Checks): void {
  if (!k.cloudKnown) return
  const cp = k.n('cloudProvider')
  const providers = ['aws', 'azure', 'do', 'gce', 'hetzner', 'openstack', 'scaleway', 'linode']
  const set = /v1alpha2$/.test(k.ctx.cluster.doc.apiVersion) ? (k.cloud ? [k.cloud === 'digitalocean' ? 'do' : k.cloud] : []) : providers.filter((p) => cp.get(p).present)
  const known = set.filter((p) => providers.includes(p) || p === 'metal')
  let taken = false
  for (const p of [...providers, 'metal']) {
    if (!known.includes(p)) continue
    if (p === 'aws') validateAWSAddons(k)
    if (taken) k.forbidden(`spec.cloudProvider.${p}`, cp.get(p), T('only-one-cloudprovider-option-permitted'))
    taken = true
    const nc = k.n('networking', 'networkCIDR')
    if (p === 'gce' && !k.in(SUBNET_CHECKS_1_28) && (nc.raw ?? '') !== '') k.forbidden('spec.cloudProvider.networking.networkCIDR', nc, T('networkcidr-should-not-be-set-on'))
  }
  if (!taken && k.structureKnown) k.required('spec.cloudProvider', cp, '')
}

/**
 * validateRollingUpdate for an instance group's spec.rollingUpdate (instancegroup.go calls it with
 * onControlPlaneInstanceGroup for control-plane groups): the same checks, plus no surge on the control plane.
 */
export function validateInstanceGroupRollingUpdate(ctx: ValidationContext, ig: InstanceGroupModel, onControlPlaneInstanceGroup: boolean): FieldError[] {
  const k = new Checks(ctx)
  const ru = SpecNode.root(ig.doc, ig.doc.apiVersion, ['spec', 'rollingUpdate'])
  if (ru.present) validateRollingUpdate(k, ru, 'spec.rollingUpdate', onControlPlaneInstanceGroup)
  return k.out
}

function validateRollingUpdate(k: Checks, ru: SpecNode, p: string, onControlPlane = false): void {
  let unavailable = 1
  const mu = ru.get('maxUnavailable')
  if (mu.present && !mu.unresolved) {
    const r = scaledIntOrPercent(mu, 1, false)
    if (r.error) k.invalid(`${p}.maxUnavailable`, mu, intOrStringValue(mu), `Unable to parse: ${r.error}`)
    unavailable = r.value
    if (unavailable < 0) k.invalid(`${p}.maxUnavailable`, mu, intOrStringValue(mu), T('rolling-negative'))
  }
  const ms = ru.get('maxSurge')
  if (ms.present && !ms.unresolved) {
    const r = scaledIntOrPercent(ms, 1000, true)
    if (r.error) k.invalid(`${p}.maxSurge`, ms, intOrStringValue(ms), `Unable to parse: ${r.error}`)
    if (onControlPlane && r.value !== 0) k.forbidden(`${p}.maxSurge`, ms, k.in(MASTER_NAMES) ? 'Cannot surge instance groups with role "Master"' : 'Cannot surge instance groups with role "ControlPlane"')
    else if (r.value < 0) k.invalid(`${p}.maxSurge`, ms, intOrStringValue(ms), T('rolling-negative'))
    if (unavailable === 0 && r.value === 0) k.forbidden(`${p}.maxSurge`, ms, T('rolling-zero'))
  }
}

/**
 * How an *intstr.IntOrString bad value prints: apimachinery before v0.34 dereferences the pointer and prints the
 * struct with %#v (String() has a pointer receiver); v0.34 and later print its JSON.
 */
function intOrStringValue(n: SpecNode): GoPrinted {
  const num = n.num
  if (num !== null) return { reflect: `intstr.IntOrString{Type:0, IntVal:${num}, StrVal:""}`, json: String(num) }
  const s = n.raw ?? ''
  return { reflect: `intstr.IntOrString{Type:1, IntVal:0, StrVal:${JSON.stringify(s)}}`, json: JSON.stringify(s) }
}

/** intstr.GetScaledValueFromIntOrPercent. */
function scaledIntOrPercent(n: SpecNode, total: number, roundUp: boolean): { value: number; error: string | null } {
  const num = n.num
  if (num !== null) return { value: num, error: null }
  const s = n.raw ?? ''
  if (!s.endsWith('%')) return { value: 0, error: 'invalid value for IntOrString: invalid type: string is not a percentage' }
  const body = s.slice(0, -1)
  if (!/^[+-]?[0-9]+$/.test(body)) return { value: 0, error: `invalid value for IntOrString: invalid value ${JSON.stringify(s)}: strconv.Atoi: parsing ${JSON.stringify(body)}: invalid syntax` }
  const pct = Number(body)
  const v = (pct * total) / 100
  return { value: roundUp ? Math.ceil(v) : Math.floor(v), error: null }
}

function validateLoadBalancer(k: Checks): void {
  const lb = k.n('api', 'loadBalancer')
  if (!lb.present) return
  const lbPath = 'spec.api.loadBalancer'
  if (!k.in(CLOUD_PROVIDER_LAYOUT) && k.cloud === 'aws') {
    // Before 1.27.0-alpha.2: the class (v1alpha2 defaults it to Classic on AWS), ACM certificates need an NLB, and an
    // internal NLB cannot serve the internal API.
    const cls = lb.get('class')
    const cv = cls.unresolved ? null : (cls.raw ?? (/v1alpha2$/.test(k.ctx.cluster.doc.apiVersion) ? 'Classic' : ''))
    if (cv !== null) {
      k.isValidValue(`${lbPath}.class`, cls.present ? cls : lb, cv, ['Classic', 'Network'])
      if ((lb.get('sslCertificate').raw ?? '') !== '' && cv !== 'Network') k.forbidden(lbPath, lb, T('sslcertificate-requires-network-loadbalancer-see-https'))
      const internalText = k.in(MASTER_NAMES) ? 'useForInternalApi cannot be used with internal NLB due lack of hairpinning support' : 'useForInternalAPI cannot be used with internal NLB due lack of hairpinning support'
      if (cv === 'Network' && lb.get(k.key('useForInternalApi', 'useForInternalAPI')).bool === true && lb.get('type').raw === 'Internal') k.forbidden(lbPath, lb, internalText)
    }
  }
  if (k.in(CLOUD_PROVIDER_LAYOUT) && k.cloudKnown && k.cloud !== 'aws') {
    for (const f of ['class', 'idleTimeoutSeconds', 'securityGroupOverride', 'additionalSecurityGroups', 'sslCertificate', 'sslPolicy', 'crossZoneLoadBalancing', 'accessLog']) {
      const x = lb.get(f)
      const set = f === 'class' || f === 'sslCertificate' ? (x.raw ?? '') !== '' : x.present
      if (set) k.forbidden(`${lbPath}.${f}`, x, T('lb-aws-only').replace('%s', f))
    }
  }
  if (lb.get('type').str === 'Internal') {
    const subnets = k.n('networking', 'subnets').items()
    if (!k.listKnown(k.n('networking', 'subnets')) || subnets.some((s) => s.get('type').unresolved)) return
    if (!subnets.some((s) => s.get('type').raw === 'Private')) k.forbidden(`${lbPath}.type`, lb.get('type'), T('lb-internal-private'))
  }
}

function validateIAM(k: Checks): void {
  const iam = k.n('iam')
  if (!iam.present) return
  if (iam.get('legacy').bool === true) k.forbidden('spec.iam.legacy', iam.get('legacy'), T('iam-legacy'))
  const perms = iam.get('serviceAccountExternalPermissions').items()
  const seen = new Set<string>()
  for (const sa of perms) {
    const ns = sa.get('namespace').raw ?? ''
    const name = sa.get('name').raw ?? ''
    if (sa.get('namespace').unresolved || sa.get('name').unresolved) continue
    const key = `${ns}/${name}`
    const p = `spec.iam.serviceAccountExternalPermissions[${key}]`
    if (ns === '') k.required(`${p}.namespace`, sa.get('namespace'), T('sa-namespace'))
    if (name === '') k.required(`${p}.name`, sa.get('name'), T('sa-name'))
    if (seen.has(key)) k.duplicate(p, sa, key)
    seen.add(key)
    const aws = sa.get('aws')
    if (!aws.present) {
      k.required(`${p}.aws`, aws, T('sa-aws'))
      continue
    }
    const arns = aws.get('policyARNs').items().length
    const inline = (aws.get('inlinePolicy').raw ?? '') !== ''
    if (arns === 0 && !inline) k.required(`${p}.aws`, aws, T('sa-policy-required'))
    if (arns > 0 && inline) k.forbidden(`${p}.aws`, aws, T('sa-policy-both'))
  }
}

/**
 * validateAdditionalPolicy: the role must be known; the policy is a JSON list of IAM statements, each with an
 * Effect of Allow or Deny. kOps parses it with encoding/json (iam.ParseStatements). A JSON value that is not a list
 * gives Go's type error; a syntax error or a statement Go cannot decode gives Go's own decoding text, which is not
 * modelled: nothing more is reported for that policy.
 */
function validateAdditionalPolicies(k: Checks): void {
  const cp = k.in(CONTROL_PLANE_ROLE)
  const roles = [cp ? 'control-plane' : 'master', 'apiserver', 'node', 'bastion']
  const p = 'spec.additionalPolicies'
  for (const [written, policy] of k.n('additionalPolicies').entries()) {
    const role = cp && written === 'master' && /v1alpha2$/.test(k.ctx.cluster.doc.apiVersion) ? 'control-plane' : written
    k.isValidValue(p, policy, role, roles)
    const text = policy.str
    if (text === null) continue
    const shape = jsonTopLevel(text)
    if (shape !== null && shape !== 'array' && shape !== 'null') {
      k.invalid(`${p}[${role}]`, policy, text, `policy was not valid JSON: error parsing IAM statements: json: cannot unmarshal ${shape} into Go value of type []*iam.Statement`)
      continue
    }
    const statements = jsonStatements(text)
    if (!statements) continue
    statements.forEach((effect, i) => {
      const f = `${p}[${role}][${i}].Effect`
      if (effect === '') k.required(f, policy, T('effect-must-be-specified-for-iam'))
      else k.isValidValue(f, policy, effect, ['Allow', 'Deny'])
    })
  }
}

/** The kind of JSON value encoding/json names in an UnmarshalTypeError; null when the text is not JSON. */
function jsonTopLevel(text: string): 'array' | 'object' | 'string' | 'number' | 'bool' | 'null' | null {
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch {
    return null
  }
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'boolean') return 'bool'
  return typeof v as 'object' | 'string' | 'number'
}

/** Each statement's Effect (encoding/json matches the key case-insensitively, an exact match first); null when Go's decoding could fail. */
function jsonStatements(text: string): string[] | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (!Array.isArray(parsed)) return null
  const out: string[] = []
  for (const st of parsed) {
    if (st === null) continue
    if (typeof st !== 'object' || Array.isArray(st)) return null
    const keys = Object.keys(st as object)
    const key = keys.includes('Effect') ? 'Effect' : keys.find((x) => x.toLowerCase() === 'effect')
    const v = key === undefined ? '' : (st as Record<string, unknown>)[key]
    if (typeof v !== 'string') return null
    out.push(v)
  }
  return out
}

/** Role names the policy maps accept (InstanceGroupRole.ToLowerString), and v1alpha2's `master` key renamed by conversion.go. */
const CONTROL_PLANE_ROLE: TagRanges = [['1.26.0-alpha.2']]

function validateExternalPolicies(k: Checks): void {
  const cp = k.in(CONTROL_PLANE_ROLE)
  const roles = [cp ? 'control-plane' : 'master', 'apiserver', 'node', 'bastion']
  for (const [written, policies] of k.n('externalPolicies').entries()) {
    const role = cp && written === 'master' && /v1alpha2$/.test(k.ctx.cluster.doc.apiVersion) ? 'control-plane' : written
    k.isValidValue('spec.externalPolicies', policies, role, roles)
    for (const policy of policies.items()) {
      const v = policy.str
      if (v === null) continue
      if (!isPolicyARN(v)) k.invalid(`spec.externalPolicies.${role}`, policy, v, T('external-policy-arn'))
    }
  }
}

/** arn.Parse succeeds and the resource starts with `policy/`. */
function isPolicyARN(s: string): boolean {
  if (!s.startsWith('arn:')) return false
  const parts = s.split(':')
  if (parts.length < 6) return false
  return parts.slice(5).join(':').startsWith('policy/')
}

function validateFileRepository(k: Checks): void {
  const fr = k.n('assets', 'fileRepository')
  const v = fr.str
  if (v === null) return
  const p = 'spec.assets.fileRepository'
  const err = goUrlParseError(v)
  if (err) return void k.invalid(p, fr, v, `cannot parse fileRepository URL: ${err}`)
  const u = goUrlParse(v)
  if (!u) return
  if (u.scheme !== 'http' && u.scheme !== 'https') k.invalid(p, fr, v, T('file-repository-scheme'))
  if (u.host === '') k.invalid(p, fr, v, T('file-repository-host'))
}

/** validateClusterSpec, in kOps's order of checks. */
export function validateClusterSpec(ctx: ValidationContext): FieldError[] {
  const head = new Checks(ctx)
  validateClusterName(head)
  const k = new Checks(ctx)
  const newLayout = k.in(CLOUD_PROVIDER_LAYOUT)
  const layout126 = k.in(LAYOUT_1_26)
  if (newLayout) validateCloudProvider(k)
  else if (layout126) {
    validateSubnets126(k)
    if (k.cloud === 'aws') validateAWSAddons(k)
  }
  validateAccessList(k, ['sshAccess'], 'sshAccess')
  validateAccessList(k, ['api', 'access'], 'kubernetesAPIAccess')
  validateAccessList(k, ['nodePortAccess'], 'nodePortAccess')
  if (layout126) {
    k.n('networking', 'additionalNetworkCIDRs').items().forEach((x, i) => {
      const v = x.str
      if (v !== null) parseCIDRChecked(k, `spec.networking.additionalNetworkCIDRs[${i}]`, x, v)
    })
    validateTopology(k)
  }
  const up = k.n('updatePolicy')
  if (up.present && !up.unresolved) k.isValidValue('spec.updatePolicy', up, up.raw ?? '', ['automatic', 'external'])
  validateHooks(k)
  validateFileAssets(k)
  if (k.n('kubeAPIServer').present) validateKubeAPIServer(k)
  // Until 1.29.0-alpha.1, right after kubeAPIServer (the kubeControllerManager checks came later, 1.29.0-alpha.2).
  if (k.on('ipv6-ccm-required') && !k.n('cloudControllerManager').present && k.ipv6 === true) k.required('spec.cloudControllerManager', k.n('cloudControllerManager'), T('ipv6-ccm-required'))
  if (k.in(KCM_VALIDATION) && k.n('kubeControllerManager').present) validateKubeControllerManager(k)
  if (k.in(SCHEDULER_VALIDATION) && k.n('kubeScheduler').present) validateKubeScheduler(k)
  if (k.n('kubeProxy').present) validateKubeProxy(k)
  if (k.n('kubelet').present) validateKubelet(k, k.n('kubelet'), 'kubelet')
  if (k.n('controlPlaneKubelet').present) validateKubelet(k, k.n('controlPlaneKubelet'), k.in(MASTER_NAMES) ? 'masterKubelet' : 'controlPlaneKubelet')
  if (newLayout) {
    const cidrs = validateNetworkCIDRs(k)
    validateSubnets(k, cidrs)
    validateTopology(k)
  }
  validateCNIs(k)
  if (!newLayout && k.n('networking', 'calico').present) validateNetworkingCalico(k, k.n('networking', 'calico'))
  if (k.n('nodeAuthorization').present) k.forbidden('spec.nodeAuthorization', k.n('nodeAuthorization'), T('node-authorization'))
  validateAddons(k)
  if (k.on('addon-file-manifest'))
    k.n('addons').items().forEach((a, i) => {
      const m = a.get('manifest').str
      if (m !== null && m.startsWith('file://')) k.invalid(`spec.addons[${i}].manifest`, a.get('manifest'), m, T('addon-file-manifest'))
    })
  validateAdditionalPolicies(k)
  validateExternalPolicies(k)
  validateEtcdClusters(k)
  const out = [...head.out, ...k.out]
  out.push(...validateContainerRuntime(ctx))
  const tail = new Checks(ctx)
  const assets = tail.n('assets')
  if (assets.present) {
    if (assets.get('containerProxy').present && assets.get('containerRegistry').present) tail.forbidden('spec.assets.containerProxy', assets.get('containerProxy'), T('container-proxy-registry'))
    if (tail.on('file-repository-parse')) validateFileRepository(tail)
  }
  if (tail.on('sysctl-equals'))
    tail.n('sysctlParameters').items().forEach((s, i) => {
      const v = s.str
      if (v !== null && !v.includes('=')) tail.invalid(`spec.sysctlParameters[${i}]`, s, v, T('sysctl-equals'))
    })
  if (tail.n('rollingUpdate').present) validateRollingUpdate(tail, tail.n('rollingUpdate'), 'spec.rollingUpdate')
  validateLoadBalancer(tail)
  if (tail.n('cloudConfig').present) validateCloudConfiguration(tail)
  validateIAM(tail)
  const karpenter = tail.n('karpenter', 'enabled')
  if (tail.on('karpenter-external-permissions') && karpenter.bool === true && tail.n('iam', 'useServiceAccountExternalPermissions').bool !== true)
    tail.forbidden('spec.karpenter.enabled', karpenter, T('karpenter-external-permissions'))
  const cm = tail.n('certManager')
  if (cm.get('enabled').bool === true && cm.get('hostedZoneIDs').items().length > 0 && tail.n('iam', 'useServiceAccountExternalPermissions').bool !== true)
    tail.forbidden('spec.certManager', cm, T('cert-manager-external-permissions'))
  out.push(...tail.out)
  return out
}

