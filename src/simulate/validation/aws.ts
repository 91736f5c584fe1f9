// Mirrors the offline-decidable part of kubernetes/kops:pkg/apis/kops/validation/aws.go (v1.26.0-alpha.1 …
// v1.37.0-alpha.1). awsValidateCluster runs inside newValidateCluster right after validateClusterSpec, for AWS
// clusters; awsValidateInstanceGroup runs inside ValidateInstanceGroup only when kOps has a cloud, i.e. in DeepValidate.
// Left to the cloud (needs-cloud): image and machine-type lookups, GPU mixing.
// Not modelled: additional routes, the external cloud-controller-manager checks of 1.26–1.28, the load-balancer
// subnet errors whose value is the whole subnet struct, maxInstanceLifetime (its value prints as a Go Duration).
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import type { InstanceGroupModel } from '../../manifests/model.js'
import type { KopsDocument } from '../../manifests/parse.js'
import type { Located } from '../../types.js'
import type { ValidationContext } from './context.js'
import type { FieldError, FieldErrorType } from './field.js'
import { parseArn } from './instancegroup.js'
import { boolAt, has, intAt, keyOf, scalarAt, seqLength, stringAt, unknown, type ScalarValue, type SpecPath } from './spec-view.js'

const SOURCE = 'kubernetes/kops:pkg/apis/kops/validation/aws.go'
const LB_V2: TagRanges = [['1.27.0-alpha.2']]

class AwsErrors {
  readonly out: FieldError[] = []
  constructor(readonly doc: KopsDocument) {}
  push(field: string, type: FieldErrorType, at: Located<unknown> | null, value: ScalarValue, detail: string): void {
    this.out.push({ field, type, value, detail, at: at ?? { value: null, file: this.doc.file, pos: this.doc.at, path: 'kind' }, source: SOURCE })
  }
  key(path: SpecPath): Located<unknown> {
    for (let n = path.length; n > 0; n--) {
      const k = keyOf(this.doc, path.slice(0, n))
      if (k) return k
    }
    return { value: null, file: this.doc.file, pos: this.doc.at, path: 'kind' }
  }
}

function additionalSecurityGroups(e: AwsErrors, yamlPath: SpecPath, field: string): void {
  const seen = new Set<string>()
  e.doc.strings(yamlPath as string[]).forEach((s, i) => {
    if (unknown(s)) return
    if (seen.has(s.value)) e.push(`${field}[${i}]`, 'Duplicate value', s, s.value, '')
    seen.add(s.value)
    if (s.value.trim() === '') e.push(`${field}[${i}]`, 'Invalid value', s, s.value, 'security group cannot be empty, if specified')
    else if (!s.value.startsWith('sg-')) e.push(`${field}[${i}]`, 'Invalid value', s, s.value, 'security group does not match the expected AWS format')
  })
}

const quote = (vs: string[]): string => 'supported values: ' + vs.map((v) => JSON.stringify(v)).join(', ')

/** awsValidateCluster(c, strict=false). */
export function awsValidateCluster(ctx: ValidationContext): FieldError[] {
  const { release } = ctx
  const doc = ctx.cluster.doc
  const e = new AwsErrors(doc)
  const lb = ['spec', 'api', 'loadBalancer']
  const f = 'spec.api.loadBalancer'
  if (has(doc, lb)) {
    const cls = stringAt(doc, [...lb, 'class'])
    const type = stringAt(doc, [...lb, 'type'])?.value ?? ''
    const network = cls?.value === 'Network'
    const dnsNone = ctx.cluster.dnsType?.value === 'None'
    const topologyDNS = () => {
      if (dnsNone && !network && inTagRanges(release, [['1.26.0-alpha.2']])) e.push(`${f}.type`, 'Forbidden', e.key([...lb, 'type']), null, 'topology.dns.type=none requires Network Load Balancer')
    }
    const sslPolicy = () => {
      if (!has(doc, [...lb, 'sslPolicy'])) return
      if (!network) e.push(`${f}.sslPolicy`, 'Forbidden', e.key([...lb, 'sslPolicy']), null, 'sslPolicy should be specified with Network Load Balancer')
      if ((stringAt(doc, [...lb, 'sslCertificate'])?.value ?? '') === '') e.push(`${f}.sslPolicy`, 'Forbidden', e.key([...lb, 'sslPolicy']), null, 'sslPolicy should not be specified without SSLCertificate')
    }
    if (inTagRanges(release, LB_V2)) {
      if (cls && cls.value !== '' && !unknown(cls) && !['Classic', 'Network'].includes(cls.value)) e.push(`${f}.class`, 'Unsupported value', cls, cls.value, quote(['Classic', 'Network']))
      topologyDNS()
      const override = stringAt(doc, [...lb, 'securityGroupOverride'])
      if (override && !unknown(override)) {
        if (override.value.trim() === '') e.push(`${f}.securityGroupOverride`, 'Invalid value', override, override.value, 'security group override cannot be empty, if specified')
        else {
          if (!override.value.startsWith('sg-')) e.push(`${f}.securityGroupOverride`, 'Invalid value', override, override.value, 'security group override does not match the expected AWS format')
          if (network && inTagRanges(release, [['1.27.0-alpha.2', '1.32.1'], ['1.33.0-alpha.1', '1.33.0-beta.1']]))
            e.push(`${f}.securityGroupOverride`, 'Forbidden', e.key([...lb, 'securityGroupOverride']), null, 'security group override cannot be specified for a Network Load Balancer')
        }
      }
      additionalSecurityGroups(e, [...lb, 'additionalSecurityGroups'], `${f}.additionalSecurityGroups`)
      if (network && boolAt(doc, [...lb, 'useForInternalAPI'])?.value === true && type === 'Internal')
        e.push(`${f}.useForInternalAPI`, 'Forbidden', e.key([...lb, 'useForInternalAPI']), null, 'useForInternalAPI cannot be used with internal NLB due lack of hairpinning support')
      if ((stringAt(doc, [...lb, 'sslCertificate'])?.value ?? '') !== '' && !network)
        e.push(`${f}.sslCertificate`, 'Forbidden', e.key([...lb, 'sslCertificate']), null, 'sslCertificate requires a network load balancer. See https://github.com/kubernetes/kops/blob/master/permalinks/acm_nlb.md')
      sslPolicy()
      loadBalancerSubnets(e, ctx, network, type)
    } else {
      additionalSecurityGroups(e, [...lb, 'additionalSecurityGroups'], `${f}.additionalSecurityGroups`)
      sslPolicy()
      loadBalancerSubnets(e, ctx, network, type)
      topologyDNS()
    }
  }
  const ebs = boolAt(doc, doc.apiVersion.endsWith('v1alpha3') ? ['spec', 'cloudProvider', 'aws', 'ebsCSIDriver', 'enabled'] : ['spec', 'cloudConfig', 'awsEBSCSIDriver', 'enabled'])
  if (ebs?.value === false && inTagRanges(release, [['1.29.0-alpha.1']])) e.push('spec.cloudProvider.aws.ebsCSIDriver.enabled', 'Forbidden', e.key(ebs.path.split('.')), null, 'must not be disabled')
  const auth = ['spec', 'authentication', 'aws']
  if (has(doc, auth)) {
    const mappings = seqLength(doc, [...auth, 'identityMappings'])
    const backend = stringAt(doc, [...auth, 'backendMode'])?.value ?? ''
    if (!backend.includes('CRD') && mappings > 0) e.push('spec.authentication.aws.backendMode', 'Forbidden', e.key([...auth, 'backendMode']), null, 'backendMode must be CRD if identityMappings is set')
    for (let i = 0; i < mappings; i++) {
      const arn = stringAt(doc, [...auth, 'identityMappings', i, 'arn'])
      if (unknown(arn)) continue
      const parsed = parseArn(arn?.value ?? '')
      if ('error' in parsed || (!parsed.resource.startsWith('role/') && !parsed.resource.startsWith('user/')))
        e.push(`spec.authentication.aws.identityMappings[${i}].arn`, 'Invalid value', arn ?? e.key([...auth, 'identityMappings', i]), arn?.value ?? '', 'arn must be a valid IAM Role or User ARN such as arn:aws:iam::123456789012:role/KopsExampleRole')
    }
  }
  return e.out
}

/** awsValidateLoadBalancerSubnets: the Required and Forbidden errors (the Invalid ones print the whole subnet struct). */
function loadBalancerSubnets(e: AwsErrors, ctx: ValidationContext, network: boolean, type: string): void {
  const doc = ctx.cluster.doc
  const base = ['spec', 'api', 'loadBalancer', 'subnets']
  const f = 'spec.api.loadBalancer.subnets'
  for (let i = 0; i < seqLength(doc, base); i++) {
    const name = stringAt(doc, [...base, i, 'name'])
    if (!name || name.value === '') e.push(`${f}[${i}].name`, 'Required value', e.key([...base, i, 'name']), null, "subnet name can't be empty")
    if (has(doc, [...base, i, 'privateIPv4Address'])) {
      const ip = stringAt(doc, [...base, i, 'privateIPv4Address'])
      if (!ip || ip.value === '') e.push(`${f}[${i}].privateIPv4Address`, 'Required value', e.key([...base, i, 'privateIPv4Address']), null, "privateIPv4Address can't be empty")
      if (!network || type !== 'Internal') e.push(`${f}[${i}].privateIPv4Address`, 'Forbidden', e.key([...base, i, 'privateIPv4Address']), null, 'privateIPv4Address only allowed for internal NLBs')
    }
    if (has(doc, [...base, i, 'allocationID'])) {
      const id = stringAt(doc, [...base, i, 'allocationID'])
      if (!id || id.value === '') e.push(`${f}[${i}].allocationID`, 'Required value', e.key([...base, i, 'allocationID']), null, "allocationID can't be empty")
      if (!network || type === 'Internal') e.push(`${f}[${i}].allocationID`, 'Forbidden', e.key([...base, i, 'allocationID']), null, 'allocationID only allowed for Public NLBs')
    }
  }
}

const SPOT_ALLOCATION_STRATEGIES = ['lowest-price', 'diversified', 'capacity-optimized', 'capacity-optimized-prioritized', 'price-capacity-optimized']
const SPOT_DURATIONS = ['60', '120', '180', '240', '300', '360']
const INTERRUPTION_BEHAVIORS = ['hibernate', 'stop', 'terminate']

/**
 * awsValidateInstanceGroup's offline checks on the populated group (`maxSize` after PopulateInstanceGroupSpec), in
 * kOps's order. Some paths start with the group's name, as kOps builds them (field.NewPath(ig.GetName(), "spec", …)).
 */
export function awsValidateInstanceGroup(ig: InstanceGroupModel, maxSize: number | null): FieldError[] {
  const doc = ig.doc
  const e = new AwsErrors(doc)
  const name = ig.name?.value ?? ''
  const oneOf = (path: SpecPath, field: string, values: string[], raw?: Located<ScalarValue> | null) => {
    const v = raw === undefined ? stringAt(doc, path) : raw
    if (!v || unknown(v)) return
    const text = String(v.value)
    if (!values.includes(text)) e.push(field, 'Unsupported value', v, text, quote(values))
  }
  additionalSecurityGroups(e, ['spec', 'additionalSecurityGroups'], 'spec.additionalSecurityGroups')
  // (machine type and image: resolved through the EC2 API)
  oneOf(['spec', 'spotDurationInMinutes'], `${name}.spec.spotDurationInMinutes`, SPOT_DURATIONS, intAt(doc, ['spec', 'spotDurationInMinutes']))
  oneOf(['spec', 'instanceInterruptionBehavior'], `${name}.spec.instanceInterruptionBehavior`, INTERRUPTION_BEHAVIORS)
  const mip = ['spec', 'mixedInstancesPolicy']
  if (has(doc, mip)) {
    const f = 'spec.mixedInstancesPolicy'
    const base = intAt(doc, [...mip, 'onDemandBase'])
    if (base) {
      if (base.value < 0) e.push(`${f}.onDemandBase`, 'Invalid value', base, base.value, 'cannot be less than zero')
      if (base.value > (maxSize ?? 0)) e.push(`${f}.onDemandBase`, 'Invalid value', base, base.value, 'cannot be greater than max size')
    }
    const above = intAt(doc, [...mip, 'onDemandAboveBase'])
    if (above) {
      if (above.value < 0) e.push(`${f}.onDemandAboveBase`, 'Invalid value', above, above.value, 'cannot be less than 0')
      if (above.value > 100) e.push(`${f}.onDemandAboveBase`, 'Invalid value', above, above.value, 'cannot be greater than 100')
    }
    oneOf([...mip, 'spotAllocationStrategy'], `${f}.spotAllocationStrategy`, SPOT_ALLOCATION_STRATEGIES)
  }
  oneOf(['spec', 'instanceMetadata', 'httpTokens'], 'spec.instanceMetadata.httpTokens', ['optional', 'required'])
  const hop = scalarAt(doc, ['spec', 'instanceMetadata', 'httpPutResponseHopLimit'])
  if (hop && typeof hop.value === 'number' && (hop.value < 1 || hop.value > 64))
    e.push('spec.instanceMetadata.httpPutResponseHopLimit', 'Invalid value', hop, hop.value, 'HTTPPutResponseLimit must be a value between 1 and 64')
  oneOf(['spec', 'cpuCredits'], 'spec.cpuCredits', ['standard', 'unlimited'])
  return e.out
}
