// Where kOps's internal Cluster fields live in the YAML a user writes. Mirrors the field renames of
// kubernetes/kops:pkg/apis/kops/v1alpha2/cluster.go, networking.go and conversion.go (v1.26.0 … newest tag): v1alpha2
// keeps the networking fields at spec top level, calls the control-plane kubelet `masterKubelet`, the API access list
// `kubernetesApiAccess`, the AWS addons top-level keys, the OpenStack/Azure settings under cloudConfig, and spells some
// CNI keys in lower case; v1alpha3
// (pkg/apis/kops/v1alpha3) uses the internal names. kOps prints internal paths; positions stay at the user's YAML.
import { isMap, isScalar, isSeq, type Node } from 'yaml'
import type { KopsDocument } from '../../manifests/parse.js'
import { isUnresolved } from '../../manifests/templates.js'
import type { Located } from '../../types.js'

/** spec.networking.<field> in the internal API that v1alpha2 keeps at spec.<field>. */
const V1ALPHA2_TOP_NETWORKING: Record<string, string> = {
  networkID: 'networkID',
  networkCIDR: 'networkCIDR',
  additionalNetworkCIDRs: 'additionalNetworkCIDRs',
  subnets: 'subnets',
  tagSubnets: 'tagSubnets',
  topology: 'topology',
  egressProxy: 'egressProxy',
  nonMasqueradeCIDR: 'nonMasqueradeCIDR',
  podCIDR: 'podCIDR',
  serviceClusterIPRange: 'serviceClusterIPRange',
  isolateControlPlane: 'isolateMasters',
}

/** Internal CNI option names (pkg/apis/kops/networking.go json tags) → v1alpha2 keys. */
const V1ALPHA2_CNI: Record<string, string> = { kubeRouter: 'kuberouter', amazonVPC: 'amazonvpc', gcp: 'gce' }

/** Internal spec.cloudProvider.aws.<field> → v1alpha2 spec.<key>. */
const V1ALPHA2_AWS_TOP: Record<string, string> = {
  nodeTerminationHandler: 'nodeTerminationHandler',
  loadBalancerController: 'awsLoadBalancerController',
  warmPool: 'warmPool',
  podIdentityWebhook: 'podIdentityWebhook',
}

const V1ALPHA2_TOP: Record<string, string[]> = {
  controlPlaneKubelet: ['masterKubelet'],
  externalDNS: ['externalDns'],
}

/** The YAML path (under the document root) of an internal spec path such as `['spec', 'networking', 'podCIDR']`. */
export function yamlPath(apiVersion: string, internal: readonly string[]): string[] {
  if (!/v1alpha2$/.test(apiVersion) || internal[0] !== 'spec') return [...internal]
  const [, a, b, ...rest] = internal
  if (a === 'networking' && b !== undefined && V1ALPHA2_TOP_NETWORKING[b]) return ['spec', V1ALPHA2_TOP_NETWORKING[b], ...rest]
  if (a === 'networking' && b !== undefined && V1ALPHA2_CNI[b]) return ['spec', 'networking', V1ALPHA2_CNI[b], ...rest]
  if (a === 'api' && b === 'access') return ['spec', 'kubernetesApiAccess', ...rest]
  if (a === 'cloudProvider' && b === 'aws' && rest[0] !== undefined && V1ALPHA2_AWS_TOP[rest[0]]) return ['spec', V1ALPHA2_AWS_TOP[rest[0]], ...rest.slice(1)]
  // v1alpha2 keeps the OpenStack and Azure provider settings under spec.cloudConfig (conversion.go).
  if (a === 'cloudProvider' && (b === 'openstack' || b === 'azure')) return ['spec', 'cloudConfig', b, ...rest]
  if (a !== undefined && V1ALPHA2_TOP[a]) return ['spec', ...V1ALPHA2_TOP[a], ...internal.slice(2)]
  return [...internal]
}

/**
 * A value of a kOps document reached through internal field names. `absent` when the key is missing or explicitly
 * null (Go's JSON decoding leaves a nil pointer for both).
 */
export class SpecNode {
  constructor(
    private readonly doc: KopsDocument,
    readonly node: Node | null,
    private readonly key: Node | null,
    /** The YAML path, for located values. */
    readonly path: string,
    private readonly parent: SpecNode | null = null,
  ) {}

  static root(doc: KopsDocument, apiVersion: string, internal: readonly string[]): SpecNode {
    let n = new SpecNode(doc, doc.node([]), null, '')
    for (const k of yamlPath(apiVersion, internal)) n = n.get(k)
    return n
  }

  /** The child at a map key. */
  get(k: string): SpecNode {
    if (isMap(this.node))
      for (const item of [...this.node.items].reverse())
        if (isScalar(item.key) && String(item.key.value) === k) return new SpecNode(this.doc, (item.value as Node) ?? null, item.key, `${this.path ? this.path + '.' : ''}${k}`, this)
    return new SpecNode(this.doc, null, null, `${this.path ? this.path + '.' : ''}${k}`, this)
  }

  /** Whether Go would see a non-nil value (the key is present and not null). */
  get present(): boolean {
    return this.node !== null && !(isScalar(this.node) && this.node.value === null)
  }

  /** The elements of a sequence. */
  items(): SpecNode[] {
    if (!isSeq(this.node)) return []
    return this.node.items.map((n, i) => new SpecNode(this.doc, n as Node, null, `${this.path}.${i}`, this))
  }

  /** Map entries in document order. */
  entries(): [string, SpecNode][] {
    if (!isMap(this.node)) return []
    return this.node.items.filter((i) => isScalar(i.key)).map((i) => {
      const k = String((i.key as { value: unknown }).value)
      return [k, new SpecNode(this.doc, (i.value as Node) ?? null, i.key as Node, `${this.path ? this.path + '.' : ''}${k}`, this)]
    })
  }

  /** The scalar's text (numbers as written); null when absent or not a scalar. */
  get raw(): string | null {
    if (!isScalar(this.node) || this.node.value === null || this.node.value === undefined) return null
    if (typeof this.node.value === 'number' && this.node.source !== undefined) return String(this.node.source)
    return String(this.node.value)
  }

  /** Whether the value is a template expression or variable: unknown, never checked. */
  get unresolved(): boolean {
    const r = this.raw
    return r !== null && isUnresolved(r)
  }

  /** The scalar's text when known (not a placeholder). */
  get str(): string | null {
    return this.unresolved ? null : this.raw
  }

  /** A boolean as Go decodes it; null when absent, a placeholder or not a boolean. */
  get bool(): boolean | null {
    if (!isScalar(this.node) || this.unresolved) return null
    const v = this.node.value
    return typeof v === 'boolean' ? v : null
  }

  /** A number as Go decodes it; null when absent, a placeholder or not a number. */
  get num(): number | null {
    if (!isScalar(this.node) || this.unresolved) return null
    const v = this.node.value
    return typeof v === 'number' ? v : null
  }

  /** Where the value is (the value itself, or the key when the value is empty). */
  at(): Located<unknown> {
    const n = this.node && this.node.range ? this.node : this.key
    if (!n && this.parent) return this.parent.keyAt()
    const pos = n ? this.doc.position(n) : this.doc.at
    return { value: this.raw, file: this.doc.file, pos, path: this.path }
  }

  /**
   * Where the key is (Forbidden and Required errors point here); the value's place for sequence elements; for a
   * missing key, the nearest key that is written.
   */
  keyAt(): Located<unknown> {
    const n = this.key ?? this.node
    if (!n && this.parent) return this.parent.keyAt()
    const pos = n ? this.doc.position(n) : this.doc.at
    return { value: this.path.split('.').pop(), file: this.doc.file, pos, path: this.path }
  }
}
