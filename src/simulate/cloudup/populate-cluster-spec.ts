// Mirrors kubernetes/kops:upup/pkg/fi/cloudup/populate_cluster_spec.go populateClusterSpec.run (v1.26.0-alpha.1 …
// v1.37.0-alpha.1, the same three refusals in the same order at every tag):
//   1. ValidateCluster of the Cluster as written (strict = false): every field error, printed as one aggregate
//      (`errs.ToAggregate()`); instance groups are not part of this call.
//   2. the option builders of pkg/model/components, in kOps's builder order: the first failure only, printed as
//      `error building complete spec: …` (buildCompleteSpec in simulate/components).
//   3. ValidateCluster of the completed spec (strict = true): `completed cluster failed validation: <aggregate>`;
//      modelled for the values assignSubnets fills in (the service range against a pinned kubeDNS.serverIP).
// The etcd member checks and state-store lookups between 1 and 2 need the state store and are not simulated.
//
// It also mirrors assignSubnets: the service range kOps fills into the completed spec when
// spec.serviceClusterIPRange / spec.networking.serviceClusterIPRange is empty, which the strict ValidateCluster of
// pkg/apis/kops/validation/legacy.go (step 3) checks a pinned kubeDNS.serverIP against.
//   nonMasqueradeCIDR empty or unparseable → nothing assigned (kOps warns, or fails parsing it);
//   IPv6 nonMasqueradeCIDR → fd00:5e4f:ce::/108 (every tag);
//   IPv4, to v1.28.0-beta.1 and at v1.29.0-alpha.0: the nonMasqueradeCIDR's network with its mask + 3 bits
//     (at most 20 host bits), e.g. 100.64.0.0/10 → 100.64.0.0/13, 10.0.0.0/8 → 10.0.0.0/12;
//   IPv4, v1.28.0-beta.2 … v1.28.x and v1.29.0-alpha.1 …: 100.64.0.0/13 (commit c654b5b32c).
// ValidateCluster(strict) then refuses a kubeDNS.serverIP outside the range (every tag).
import type { ClusterModel } from '../../manifests/model.js'
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import type { Located } from '../../types.js'
import type { FieldError } from '../validation/field.js'
import { isUnresolved } from '../../manifests/templates.js'
import { buildCompleteSpec } from '../components/index.js'
import { renderAggregate, renderFieldError, validateCluster, type IgFieldError, type ValidationContext } from '../validation/index.js'
import type { Refusal } from './apply-cluster.js'

const SOURCE = 'kubernetes/kops:upup/pkg/fi/cloudup/populate_cluster_spec.go'

/** A field error that reads a template expression or variable says nothing about the rendered spec. */
export function fromPlaceholder(e: IgFieldError): boolean {
  const value = typeof e.at.value === 'string' && isUnresolved(e.at.value)
  return value || (typeof e.value === 'string' && isUnresolved(e.value)) || isUnresolved(renderFieldError(e))
}

/** The field errors of one validation call that kOps would report, placeholders left out. */
export function knownErrors(errors: IgFieldError[]): IgFieldError[] {
  return errors.filter((e) => !fromPlaceholder(e))
}

export interface PopulateOutcome {
  refusal: Refusal | null
  /** A step read a template expression or variable, so its verdict is unknown (the cluster is partial). */
  unknown: boolean
}

/**
 * Steps 1–3 for the cluster; the first that refuses ends `kops update cluster`. `validate` returns validateCluster's
 * errors for the strict flag (the caller may reuse them for the instance groups).
 */
export function populateClusterSpec(
  ctx: Omit<ValidationContext, 'strict'>,
  validate: (strict: boolean) => IgFieldError[] = (strict) => validateCluster({ ...ctx, strict }),
): PopulateOutcome {
  let unknown = false
  const clusterErrors = (strict: boolean): IgFieldError[] => {
    const all = validate(strict).filter((e) => e.instanceGroup === null)
    const known = knownErrors(all)
    if (known.length < all.length) unknown = true
    return known
  }
  const input = clusterErrors(false)
  if (input.length) return { refusal: { stage: 'validation', error: renderAggregate(input), fieldErrors: input, origin: null, arch: null, source: SOURCE }, unknown }
  const options = buildCompleteSpec({ ...ctx, strict: false })
  if (options) {
    if (!isUnresolved(options.error) && !(typeof options.at?.value === 'string' && isUnresolved(options.at.value)))
      return { refusal: { stage: 'options', error: options.error, fieldErrors: [], origin: options.at, arch: null, source: options.source }, unknown }
    unknown = true
  }
  // The completed spec is the input plus what kOps fills in (podCIDR, serviceClusterIPRange, subnet CIDRs, component
  // configs…). The simulator does not build that spec, so a strict-only error computed from the input would be about
  // a value kOps has filled: only the completed-spec checks whose filled-in values are modelled are reported.
  const completed: IgFieldError[] = []
  // The service range the completed spec got from assignSubnets must hold a pinned kubeDNS.serverIP.
  const dns = kubeDnsServerIpOutsideRange(ctx.release, ctx.cluster)
  if (dns && !completed.some((e) => e.field === dns.field && e.detail === dns.detail)) completed.push({ ...dns, instanceGroup: null, cross: false })
  if (completed.length)
    return {
      refusal: { stage: 'validation', error: `completed cluster failed validation: ${renderAggregate(completed)}`, fieldErrors: completed, origin: null, arch: null, source: SOURCE },
      unknown,
    }
  return { refusal: null, unknown }
}

const FIXED_IPV4_DEFAULT: TagRanges = [['1.28.0-beta.2', '1.29.0-alpha.0'], ['1.29.0-alpha.1']]
export const NEW_IPV4_SERVICE_RANGE = '100.64.0.0/13'
const IPV6_SERVICE_RANGE = 'fd00:5e4f:ce::/108'

export interface ServiceRange {
  /** The range kOps ends up with; null when kOps assigns none. */
  range: string | null
  /** True when the spec sets it (kOps keeps it). */
  explicit: boolean
  nonMasqueradeCIDR: Located<string> | null
}

function specValue(cluster: ClusterModel, key: string): Located<string> | null {
  return cluster.doc.string(['spec', key]) ?? cluster.doc.string(['spec', 'networking', key])
}

/** Parses `a.b.c.d/n` to its 32-bit network address and prefix length. */
function parseIPv4Cidr(cidr: string): { ip: number; ones: number } | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr.trim())
  if (!m) return null
  const octets = m.slice(1, 5).map(Number)
  const ones = Number(m[5])
  if (octets.some((o) => o > 255) || ones > 32) return null
  const ip = octets.reduce((a, o) => a * 256 + o, 0)
  const mask = ones === 0 ? 0 : (0xffffffff << (32 - ones)) >>> 0
  return { ip: (ip & mask) >>> 0, ones }
}

function renderIPv4(ip: number, ones: number): string {
  return `${ip >>> 24}.${(ip >>> 16) & 255}.${(ip >>> 8) & 255}.${ip & 255}/${ones}`
}

/** The 1.27-style derivation from nonMasqueradeCIDR (IPv4 only). */
export function derivedServiceRange(nonMasqueradeCIDR: string): string | null {
  const n = parseIPv4Cidr(nonMasqueradeCIDR)
  if (!n) return null
  const ones = Math.max(n.ones + 3, 32 - 20)
  const mask = ones >= 32 ? 0xffffffff : (0xffffffff << (32 - ones)) >>> 0
  return renderIPv4((n.ip & mask) >>> 0, ones)
}

export function serviceClusterIPRange(release: string, cluster: ClusterModel): ServiceRange {
  const explicit = specValue(cluster, 'serviceClusterIPRange')
  const nonMasqueradeCIDR = specValue(cluster, 'nonMasqueradeCIDR')
  if (explicit) return { range: explicit.value, explicit: true, nonMasqueradeCIDR }
  const nm = nonMasqueradeCIDR?.value.trim() ?? ''
  if (nm === '') return { range: null, explicit: false, nonMasqueradeCIDR }
  if (nm.includes(':')) return { range: IPV6_SERVICE_RANGE, explicit: false, nonMasqueradeCIDR }
  if (!parseIPv4Cidr(nm)) return { range: null, explicit: false, nonMasqueradeCIDR }
  return { range: inTagRanges(release, FIXED_IPV4_DEFAULT) ? NEW_IPV4_SERVICE_RANGE : derivedServiceRange(nm), explicit: false, nonMasqueradeCIDR }
}

function ipv4InRange(ip: string, cidr: string): boolean | null {
  const a = parseIPv4Cidr(`${ip}/32`)
  const r = parseIPv4Cidr(cidr)
  if (!a || !r) return null
  const mask = r.ones === 0 ? 0 : (0xffffffff << (32 - r.ones)) >>> 0
  return ((a.ip & mask) >>> 0) === r.ip
}

/**
 * ValidateCluster's kubeDNS.serverIP check on the completed spec: the Forbidden error kOps prints inside
 * `completed cluster failed validation: …` when a pinned serverIP lies outside the service range kOps assigned.
 * A range the spec sets itself is checked by the API validation of the input already (the same text without the
 * prefix), so it is left out here; so are IPv6 and unparseable addresses.
 */
export function kubeDnsServerIpOutsideRange(release: string, cluster: ClusterModel): FieldError | null {
  const serverIP = cluster.doc.string(['spec', 'kubeDNS', 'serverIP'])
  const { range, explicit } = serviceClusterIPRange(release, cluster)
  if (!serverIP || !range || explicit) return null
  if (ipv4InRange(serverIP.value.trim(), range) !== false) return null
  return {
    field: 'spec.kubeDNS.serverIP',
    type: 'Forbidden',
    value: null,
    detail: `ServiceClusterIPRange ${JSON.stringify(range)} must contain the DNS Server IP ${JSON.stringify(serverIP.value)}`,
    at: cluster.doc.keyAt(['spec', 'kubeDNS', 'serverIP']) ?? serverIP,
    source: 'kubernetes/kops:pkg/apis/kops/validation/legacy.go',
  }
}

/** How `kops update cluster` prints a completed-spec refusal. */
export function completedClusterFailure(error: string): string {
  return `completed cluster failed validation: ${error}`
}
