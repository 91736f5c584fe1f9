// Mirrors kubernetes/kops:pkg/apis/kops/validation/instancegroup.go (v1.26.0-alpha.1 … v1.37.0-alpha.1):
// ValidateInstanceGroup and CrossValidateInstanceGroup. Texts, field paths and the tag range of each check are rows of
// src/releases/data/instancegroup-texts.ts; a check whose text has no row at a release does not exist there.
//
// kOps runs them at two places of `kops update cluster` (upup/pkg/fi/cloudup, all modelled tags):
//   - PopulateInstanceGroupSpec (populate_instancegroup_spec.go): ValidateInstanceGroup(input, cloud=nil, strict=false)
//     for each group in turn, after the option builders: `failed validating input specs: <aggregate>`.
//   - DeepValidate (legacy.go), after the Kubernetes version window: CrossValidateInstanceGroup(populated group,
//     cluster, cloud, strict=true) for each group until one fails (printed as the bare aggregate).
// strict=true only adds checks for fields PopulateInstanceGroupSpec always fills (image, minSize, maxSize of cloud
// groups), so on the populated group they never fire; the populated min/max sizes do matter for `maxSize must be
// greater than or equal to minSize.`.
//
// Field paths print as the internal API names them at the release (e.g. v1alpha2 `rootVolumeIops` is
// `spec.rootVolume.iops` from 1.27.0-alpha.2); positions stay at the YAML as written: Forbidden/Required at the key,
// Invalid/Unsupported/Duplicate/NotFound/TooMany at the value. Values that are template expressions or variables are
// unknown: no check runs on them.
import { INSTANCEGROUP_TEXTS } from '../../releases/data/instancegroup-texts.js'
import { inTagRanges } from '../../releases/version.js'
import type { InstanceGroupModel } from '../../manifests/model.js'
import type { KopsDocument } from '../../manifests/parse.js'
import type { Located } from '../../types.js'
import { populatedSizes } from '../cloudup/populate-instancegroup.js'
import type { ValidationContext } from './context.js'
import type { FieldError, FieldErrorType } from './field.js'
import { boolAt, entries, has, intAt, keyOf, scalarAt, seqLength, stringAt, unknown, valueOf, type ScalarValue, type SpecPath } from './spec-view.js'
import { validateInstanceGroupContainerd, validateInstanceGroupRollingUpdate } from './validation.js'
import { awsValidateInstanceGroup } from './aws.js'
import { validateCloudLabels } from './cluster.js'

const SOURCE = 'kubernetes/kops:pkg/apis/kops/validation/instancegroup.go'

/** The text row of a check at a release; null when the check does not exist there. */
export function igText(release: string, id: string): { text: string; field: string } | null {
  const row = INSTANCEGROUP_TEXTS.find((r) => r.id === id && inTagRanges(release, r.tags))
  return row ? { text: row.text, field: row.field ?? '' } : null
}

const quoteList = (csv: string): string => 'supported values: ' + csv.split(',').map((v) => JSON.stringify(v)).join(', ')

/** Builds the errors of one group at one release. */
class IgErrors {
  readonly out: FieldError[] = []
  constructor(
    readonly release: string,
    readonly doc: KopsDocument,
    readonly fallback: Located<unknown>,
  ) {}

  /** Adds the check `id` when it exists at the release; `{i}` in its field is replaced by `index`. */
  add(id: string, type: FieldErrorType, at: Located<unknown> | null, value: ScalarValue = null, opts: { index?: number; detail?: string; field?: string } = {}): void {
    const t = igText(this.release, id)
    if (!t) return
    let field = (opts.field ?? t.field).replace('{i}', String(opts.index ?? 0))
    // Before 1.26.0-beta.1 the internal API spelled it targetGroupArn.
    if (!inTagRanges(this.release, [['1.26.0-beta.1']])) field = field.replace('.targetGroupARN', '.targetGroupArn')
    const detail = opts.detail ?? (type === 'Unsupported value' ? quoteList(t.text) : t.text)
    this.out.push({ field, type, value, detail, at: at ?? this.fallback, source: SOURCE })
  }

  key(path: SpecPath): Located<unknown> {
    for (let n = path.length; n > 0; n--) {
      const k = keyOf(this.doc, path.slice(0, n))
      if (k) return k
    }
    return this.fallback
  }

  /** An error whose text is not a per-release row (a check that is the same at every modelled tag). */
  push(field: string, type: FieldErrorType, at: Located<unknown>, detail: string, source: string = SOURCE): void {
    this.out.push({ field, type, value: null, detail, at, source })
  }
}

const VALIDATION_GO = 'kubernetes/kops:pkg/apis/kops/validation/validation.go'

/** validateHookSpec (validation.go, v1.26.0-alpha.1 … v1.37.0-alpha.1) with validateExecContainerAction. */
function validateHookSpec(e: IgErrors, doc: KopsDocument, base: SpecPath, field: string): void {
  if (boolAt(doc, [...base, 'enabled'])?.value === false) return
  const exec = has(doc, [...base, 'execContainer'])
  const manifest = stringAt(doc, [...base, 'manifest'])?.value ?? ''
  const raw = boolAt(doc, [...base, 'useRawManifest'])?.value === true
  const at = e.key(base)
  if (!exec && manifest === '') e.push(field, 'Required value', at, 'you must set either manifest or execContainer for a hook', VALIDATION_GO)
  if (exec && raw) e.push(field, 'Forbidden', at, 'execContainer may not be used with useRawManifest (use manifest instead)', VALIDATION_GO)
  if (manifest === '' && raw) e.push(field, 'Required value', at, 'you must set manifest when useRawManifest is true', VALIDATION_GO)
  if (has(doc, [...base, 'before']) && raw) e.push(field, 'Forbidden', at, 'before may not be used with useRawManifest', VALIDATION_GO)
  if (has(doc, [...base, 'requires']) && raw) e.push(field, 'Forbidden', at, 'requires may not be used with useRawManifest', VALIDATION_GO)
  if (exec && !stringAt(doc, [...base, 'execContainer', 'image'])) e.push(`${field}.execContainer.image`, 'Required value', e.key([...base, 'execContainer', 'image']), 'image must be specified', VALIDATION_GO)
}

/** The group's role as written (v1alpha2 `Master` is the internal `ControlPlane` from 1.26.0-alpha.2). */
export function internalRole(release: string, raw: string | null): string | null {
  if (raw === null) return null
  if (raw === 'Master' && inTagRanges(release, [['1.26.0-alpha.2']])) return 'ControlPlane'
  return raw
}

const isControlPlane = (role: string | null): boolean => role === 'ControlPlane' || role === 'Master'

function rootVolumePath(doc: KopsDocument, field: 'iops' | 'throughput' | 'type'): SpecPath {
  if (doc.apiVersion.endsWith('v1alpha3')) return ['spec', 'rootVolume', field]
  return ['spec', { iops: 'rootVolumeIops', throughput: 'rootVolumeThroughput', type: 'rootVolumeType' }[field]]
}

/** AWS ARN parsing as aws-sdk-go's arn.Parse: `arn:` prefix and six `:`-separated sections; the rest is the resource. */
export function parseArn(s: string): { resource: string } | { error: string } {
  if (!s.startsWith('arn:')) return { error: 'arn: invalid prefix' }
  const parts = s.split(':')
  if (parts.length < 6) return { error: 'arn: not enough sections' }
  return { resource: parts.slice(5).join(':') }
}

/** kops util.ParseTaint: at most one `:` and, before it, at most one `=`. */
export function taintParses(s: string): boolean {
  const parts = s.split(':')
  if (parts.length === 1) return true
  if (parts.length === 2) return parts[0].split('=').length <= 2
  return false
}

/** ValidateInstanceGroup(g, cloud=nil, strict=false) as PopulateInstanceGroupSpec runs it on the group as written. */
export function validateInstanceGroup(ctx: ValidationContext, ig: InstanceGroupModel): FieldError[] {
  return validateInstanceGroupSpec(ctx, ig, null)
}

/**
 * ValidateInstanceGroup's checks; `populated` gives the min/max sizes after PopulateInstanceGroupSpec (DeepValidate's
 * strict pass), null for the group as written.
 */
function validateInstanceGroupSpec(
  ctx: ValidationContext,
  ig: InstanceGroupModel,
  populated: { min: number | null; max: number | null } | null,
  cloudChecks: () => FieldError[] = () => [],
): FieldError[] {
  const { release } = ctx
  const doc = ig.doc
  const e = new IgErrors(release, doc, { value: null, file: doc.file, pos: doc.at, path: 'kind' })

  const name = stringAt(doc, ['metadata', 'name'])
  if (!name && !unknown(scalarAt(doc, ['metadata', 'name'])))
    e.out.push({ field: 'objectMeta.name', type: 'Required value', value: null, detail: '', at: e.key(['metadata', 'name']), source: SOURCE })

  const roleAt = stringAt(doc, ['spec', 'role'])
  const roleUnknown = unknown(roleAt)
  const role = roleUnknown ? null : internalRole(release, roleAt?.value ?? null)
  const minAt = intAt(doc, ['spec', 'minSize'])
  const maxAt = intAt(doc, ['spec', 'maxSize'])
  const minSize = populated ? populated.min : minAt?.value ?? null
  const maxSize = populated ? populated.max : maxAt?.value ?? null
  if (!roleUnknown) {
    if (role === null || role === '') e.add('role.required', 'Required value', e.key(['spec', 'role']))
    else if (isControlPlane(role)) {
      if (seqLength(doc, ['spec', 'subnets']) === 0 && !unknown(scalarAt(doc, ['spec', 'subnets']))) e.add('controlPlane.subnets', 'Required value', e.key(['spec', 'subnets']))
      if ((minSize ?? 0) > 1) e.add('controlPlane.minSize', 'Invalid value', minAt, minSize)
      if ((maxSize ?? 0) > 1) e.add('controlPlane.maxSize', 'Invalid value', maxAt, maxSize)
    } else if (!['Node', 'Bastion', 'APIServer'].includes(role)) e.add('role.values', 'Unsupported value', roleAt, roleAt!.value)
  }

  const tenancy = stringAt(doc, ['spec', 'tenancy'])
  if (tenancy && tenancy.value !== '' && !unknown(tenancy) && !igText(release, 'tenancy.values')!.text.split(',').includes(tenancy.value))
    e.add('tenancy.values', 'Unsupported value', tenancy, tenancy.value)

  if (maxSize !== null && minSize !== null && maxSize < minSize) e.add('maxSize.lessThanMin', 'Forbidden', e.key(['spec', 'maxSize']))

  if (boolAt(doc, ['spec', 'containerd', 'gvisor', 'enabled'])?.value === true && !roleUnknown && role !== 'Node')
    e.add('gvisor.role', 'Forbidden', e.key(['spec', 'containerd', 'gvisor']))

  for (const f of ['iops', 'throughput'] as const) {
    const v = intAt(doc, rootVolumePath(doc, f))
    if (v && v.value < 0) e.add(`rootVolume.${f}`, 'Invalid value', v, v.value)
  }

  // validation.go's validateHookSpec and validateFileAssetSpec (the same at every modelled tag), for the group's own.
  for (let i = 0; i < seqLength(doc, ['spec', 'hooks']); i++) validateHookSpec(e, doc, ['spec', 'hooks', i], `spec.hooks[${i}]`)
  for (let i = 0; i < seqLength(doc, ['spec', 'fileAssets']); i++) {
    const base = ['spec', 'fileAssets', i]
    if (!stringAt(doc, [...base, 'name'])) e.push(`spec.fileAssets[${i}].name`, 'Required value', e.key([...base, 'name']), '', VALIDATION_GO)
    if (!stringAt(doc, [...base, 'content'])) e.push(`spec.fileAssets[${i}].content`, 'Required value', e.key([...base, 'content']), '', VALIDATION_GO)
  }

  for (let i = 0; i < seqLength(doc, ['spec', 'additionalUserData']); i++) {
    const base = ['spec', 'additionalUserData', i]
    if (!stringAt(doc, [...base, 'name'])) e.add('userData.name', 'Required value', e.key([...base, 'name']))
    if (!stringAt(doc, [...base, 'content'])) e.add('userData.content', 'Required value', e.key([...base, 'content']))
    const type = stringAt(doc, [...base, 'type'])
    const types = igText(release, 'userData.types')!.text.split(',')
    if (!unknown(type) && !types.includes(type?.value ?? '')) e.add('userData.types', 'Unsupported value', type ?? e.key([...base, 'type']), type?.value ?? '')
  }

  // The duplicate-device checks of volumes and volumeMounts never fire: kOps makes a fresh map for every entry.
  for (let i = 0; i < seqLength(doc, ['spec', 'volumes']); i++) {
    const base = ['spec', 'volumes', i]
    if (!stringAt(doc, [...base, 'device'])) e.add('volume.device', 'Required value', e.key([...base, 'device']), null, { index: i })
    const size = intAt(doc, [...base, 'size'])
    if (!unknown(scalarAt(doc, [...base, 'size'])) && (size?.value ?? 0) <= 0) e.add('volume.size', 'Invalid value', size ?? e.key([...base, 'size']), size?.value ?? 0, { index: i })
  }
  for (let i = 0; i < seqLength(doc, ['spec', 'volumeMounts']); i++) {
    const base = ['spec', 'volumeMounts', i]
    if (!stringAt(doc, [...base, 'device'])) e.add('volumeMount.device', 'Required value', e.key([...base, 'device']), null, { index: i })
    const fs = stringAt(doc, [...base, 'filesystem'])
    if (!fs) e.add('volumeMount.filesystem', 'Required value', e.key([...base, 'filesystem']), null, { index: i })
    if (!stringAt(doc, [...base, 'path'])) e.add('volumeMount.path', 'Required value', e.key([...base, 'path']), null, { index: i })
    if (!unknown(fs) && !igText(release, 'volumeMount.filesystems')!.text.split(',').includes(fs?.value ?? ''))
      e.add('volumeMount.filesystems', 'Unsupported value', fs ?? e.key([...base, 'filesystem']), fs?.value ?? '', { index: i })
  }

  const profile = stringAt(doc, ['spec', 'iam', 'profile'])
  if (profile && !unknown(profile)) {
    const parsed = parseArn(profile.value)
    if ('error' in parsed || !parsed.resource.startsWith('instance-profile/')) e.add('iam.profile', 'Invalid value', profile, profile.value)
  }

  doc.strings(['spec', 'sysctlParameters']).forEach((p, i) => {
    if (!unknown(p) && !p.value.includes('=')) e.add('sysctl.equals', 'Invalid value', p, p.value, { index: i })
  })

  // rollingUpdate is validation.go's validateRollingUpdate (no surge on a control-plane group).
  if (!roleUnknown) e.out.push(...validateInstanceGroupRollingUpdate(ctx, ig, isControlPlane(role)))

  for (const { key } of entries(doc, ['spec', 'nodeLabels'])) if (!unknown(key) && (key.value.match(/\//g) ?? []).length > 1) e.add('nodeLabels.slash', 'Invalid value', key, key.value)

  for (const { key, value } of entries(doc, ['spec', 'cloudLabels']))
    if (key.value === 'kops.k8s.io/instancegroup' && !unknown(value) && !unknown(name) && String(value?.value ?? '') !== (name?.value ?? '')) e.add('cloudLabels.igName', 'Invalid value', value ?? key, key.value)
  // The other cloud labels go through cluster.go's validateCloudLabels.
  e.out.push(...validateCloudLabels(doc, ['spec', 'cloudLabels'], 'spec.cloudLabels', ['kops.k8s.io/instancegroup']))

  // With a cloud (DeepValidate), the cloud's own instance-group checks come here.
  e.out.push(...cloudChecks())

  for (let i = 0; i < seqLength(doc, ['spec', 'externalLoadBalancers']); i++) validateExternalLoadBalancer(e, doc, i)

  const policy = stringAt(doc, ['spec', 'updatePolicy'])
  if (policy && !unknown(policy) && !igText(release, 'updatePolicy.values')!.text.split(',').includes(policy.value)) e.add('updatePolicy.values', 'Unsupported value', policy, policy.value)

  const seen = new Set<string>()
  doc.strings(['spec', 'taints']).forEach((t, i) => {
    if (unknown(t)) return
    if (!taintParses(t.value)) e.add('taint.invalid', 'Invalid value', t, t.value, { index: i })
    if (seen.has(t.value)) e.out.push({ field: `spec.taints[${i}]`, type: 'Duplicate value', value: t.value, detail: '', at: t, source: SOURCE })
    else seen.add(t.value)
  })

  return e.out
}

function validateExternalLoadBalancer(e: IgErrors, doc: KopsDocument, i: number): void {
  const base = ['spec', 'externalLoadBalancers', i]
  const lbName = stringAt(doc, [...base, 'loadBalancerName'])
  const tg = stringAt(doc, [...base, 'targetGroupArn'])
  if (has(doc, [...base, 'loadBalancerName']) && has(doc, [...base, 'targetGroupArn'])) e.add('lb.tooMany', 'Too many', valueOf(doc, base), 2, { index: i })
  if (lbName && !unknown(lbName) && lbName.value.length > 32) e.add('lb.name', 'Invalid value', lbName, lbName.value, { index: i })
  if (!tg || unknown(tg)) return
  const parsed = parseArn(tg.value)
  if ('error' in parsed) {
    const t = igText(e.release, 'lb.arn')!
    e.add('lb.arn', 'Invalid value', tg, tg.value, { index: i, detail: t.text.replace('%v', parsed.error) })
    return
  }
  const resource = parsed.resource.split('/')
  if (resource.length !== 3) return e.add('lb.arnResource', 'Invalid value', tg, tg.value, { index: i })
  if (resource[0] !== 'targetgroup') e.add('lb.arnKind', 'Invalid value', tg, resource[0], { index: i })
  if (resource[1].length > 32) e.add('lb.arnName', 'Invalid value', tg, resource[1], { index: i })
}

/** What CrossValidateInstanceGroup needs of the Cluster. */
interface ClusterFacts {
  cloud: string | null
  dnsNone: boolean
  subnets: Set<string> | null
  etcd: { name: string; members: (string | null)[] }[] | null
  warmPool: { maxSize: number | null; minSize: number } | null
  karpenterGates: string | null
}

function clusterFacts(ctx: ValidationContext): ClusterFacts {
  const doc = ctx.cluster.doc
  const v3 = doc.apiVersion.endsWith('v1alpha3')
  const subnetsPath = v3 ? ['spec', 'networking', 'subnets'] : ['spec', 'subnets']
  let subnets: Set<string> | null = new Set()
  for (let i = 0; i < seqLength(doc, subnetsPath); i++) {
    const n = scalarAt(doc, [...subnetsPath, i, 'name'])
    if (unknown(n)) subnets = null
    else if (subnets && n) subnets.add(String(n.value))
  }
  let etcd: ClusterFacts['etcd'] = []
  for (let c = 0; c < seqLength(doc, ['spec', 'etcdClusters']); c++) {
    const cname = stringAt(doc, ['spec', 'etcdClusters', c, 'name'])
    const members: (string | null)[] = []
    for (let m = 0; m < seqLength(doc, ['spec', 'etcdClusters', c, 'etcdMembers']); m++) {
      const ig = stringAt(doc, ['spec', 'etcdClusters', c, 'etcdMembers', m, 'instanceGroup'])
      if (unknown(ig) || unknown(cname)) etcd = null
      members.push(ig?.value ?? null)
    }
    if (etcd) etcd.push({ name: cname?.value ?? '', members })
  }
  const wpPath = v3 ? ['spec', 'cloudProvider', 'aws', 'warmPool'] : ['spec', 'warmPool']
  const warmPool = has(doc, wpPath) ? { maxSize: intAt(doc, [...wpPath, 'maxSize'])?.value ?? null, minSize: intAt(doc, [...wpPath, 'minSize'])?.value ?? 0 } : null
  const cloud = ctx.cluster.cloudProvider && !unknown(ctx.cluster.cloudProvider) ? ctx.cluster.cloudProvider.value : null
  return { cloud, dnsNone: ctx.cluster.dnsType?.value === 'None', subnets, etcd, warmPool, karpenterGates: stringAt(doc, ['spec', 'karpenter', 'featureGates'])?.value ?? null }
}

/**
 * CrossValidateInstanceGroup(g, cluster, cloud, strict=true) on the group PopulateInstanceGroupSpec made, as
 * DeepValidate runs it; the cloud-specific part (aws.go / gce.go) is included. The `spec.volumes` check DeepValidate
 * adds for non-AWS clusters comes last.
 */
export function crossValidateInstanceGroup(ctx: ValidationContext, ig: InstanceGroupModel): FieldError[] {
  const { release } = ctx
  const doc = ig.doc
  const facts = clusterFacts(ctx)
  const roleAt = stringAt(doc, ['spec', 'role'])
  const role = unknown(roleAt) ? null : internalRole(release, roleAt?.value ?? null)
  const sizes = populatedSizes(release, role, stringAt(doc, ['spec', 'manager'])?.value ?? '', intAt(doc, ['spec', 'minSize'])?.value ?? null, intAt(doc, ['spec', 'maxSize'])?.value ?? null)
  const cloud = ctx.cluster.cloudProvider && !unknown(ctx.cluster.cloudProvider) ? ctx.cluster.cloudProvider.value : null
  const out = validateInstanceGroupSpec(ctx, ig, sizes, () => (cloud === 'aws' ? awsValidateInstanceGroup(ig, sizes.max) : []))
  const e = new IgErrors(release, doc, { value: null, file: doc.file, pos: doc.at, path: 'kind' })
  const name = stringAt(doc, ['metadata', 'name'])

  if (isControlPlane(role) && facts.etcd && name && !unknown(name)) {
    for (const c of facts.etcd) {
      if (c.members.includes(name.value)) continue
      const t = igText(release, 'controlPlane.etcdMember')
      if (!t) continue
      // From 1.37.0-alpha.1 the text names the last member that was not this group.
      const last = c.members.filter((m) => m !== name.value).at(-1) ?? ''
      const detail = t.text.includes('(IG:') ? goSprintf(t.text, [name.value, last, c.name]) : goSprintf(t.text, [name.value, c.name])
      e.add('controlPlane.etcdMember', 'Forbidden', e.key(['metadata', 'name']), null, { detail })
    }
  }

  // A placeholder cloud provider leaves the cloud-dependent checks undecided.
  if (role === 'APIServer' && facts.cloud !== null) {
    if (inTagRanges(release, [['1.37.0-alpha.1']])) {
      // 1.37: GCE accepts it, AWS unless DNS is None, any other cloud refuses it.
      if (facts.cloud === 'aws' && facts.dnsNone) e.add('apiserver.dnsNone', 'Forbidden', e.key(['spec', 'role']))
      else if (facts.cloud !== 'aws' && facts.cloud !== 'gce') e.add('apiserver.cloud', 'Forbidden', e.key(['spec', 'role']))
    } else {
      const gceToo = igText(release, 'apiserver.cloud')?.text.endsWith('and GCE') ?? false
      if (facts.cloud !== 'aws' && !(gceToo && facts.cloud === 'gce')) e.add('apiserver.cloud', 'Forbidden', e.key(['spec', 'role']))
      if (facts.dnsNone) e.add('apiserver.dnsNone', 'Forbidden', e.key(['spec', 'role']))
    }
  }

  if (facts.subnets) {
    doc.strings(['spec', 'subnets']).forEach((s, i) => {
      if (!unknown(s) && !facts.subnets!.has(s.value)) e.add('subnets.notFound', 'Not found', s, s.value, { index: i })
    })
  }

  // Before 1.26.0-beta.1 the warm-pool checks ran for every cloud, after the containerd checks; from then on only on
  // AWS, before them.
  const early = inTagRanges(release, [['1.26.0-alpha.1', '1.26.0-beta.1']])
  const warmPoolAt = ['spec', 'warmPool']
  const warmPool = (): void => {
    const igPool = has(doc, warmPoolAt) ? { maxSize: intAt(doc, [...warmPoolAt, 'maxSize'])?.value ?? null, minSize: intAt(doc, [...warmPoolAt, 'minSize'])?.value ?? 0 } : null
    const wp = resolveWarmPool(facts.warmPool, igPool, role)
    if (wp.maxSize === null || wp.maxSize !== 0) {
      if (role !== 'Node' && role !== 'APIServer') e.add('warmPool.role', 'Forbidden', e.key(warmPoolAt))
      if (has(doc, ['spec', 'mixedInstancesPolicy'])) e.add('warmPool.mixed', 'Forbidden', e.key(warmPoolAt))
      if (has(doc, ['spec', 'maxPrice'])) e.add('warmPool.spot', 'Forbidden', e.key(warmPoolAt))
    }
    const wpMax = intAt(doc, [...warmPoolAt, 'maxSize'])
    const wpMin = intAt(doc, [...warmPoolAt, 'minSize'])
    if (wp.maxSize !== null) {
      if (wp.maxSize < 0) e.add('warmPool.maxNegative', 'Invalid value', wpMax ?? e.key(warmPoolAt), wp.maxSize)
      else if (wp.minSize > wp.maxSize) e.add('warmPool.maxBelowMin', 'Invalid value', wpMax ?? e.key(warmPoolAt), wp.maxSize)
    }
    if (wp.minSize < 0) e.add('warmPool.minNegative', 'Invalid value', wpMin ?? e.key(warmPoolAt), wp.minSize)
  }
  if (facts.cloud === 'aws') {
    const type = stringAt(doc, rootVolumePath(doc, 'type'))
    if (type && !unknown(type) && !igText(release, 'rootVolume.types')!.text.split(',').includes(type.value)) e.add('rootVolume.types', 'Unsupported value', type, type.value)
    if (!early) warmPool()
  } else if (early && facts.cloud !== null && has(doc, warmPoolAt)) e.add('warmPool.notAws', 'Forbidden', e.key(warmPoolAt))

  if (stringAt(doc, ['spec', 'manager'])?.value === 'Karpenter' && igText(release, 'karpenter.cloud')) validateKarpenter(e, doc, facts, role, sizes)

  // The group's spec.containerd goes through validateContainerdConfig (validation.go).
  if (ig.containerd.at) e.out.push(...validateInstanceGroupContainerd(ctx, ig))
  if (early) warmPool()
  return [...out, ...e.out]
}

function resolveWarmPool(cluster: ClusterFacts['warmPool'], ig: { maxSize: number | null; minSize: number } | null, role: string | null): { maxSize: number | null; minSize: number } {
  const cpOrBastion = isControlPlane(role) || role === 'Bastion'
  if (!ig) return !cluster || cpOrBastion ? { maxSize: 0, minSize: 0 } : cluster
  if (!cluster || cpOrBastion) return ig
  return { maxSize: ig.maxSize ?? cluster.maxSize, minSize: ig.minSize === 0 ? cluster.minSize : ig.minSize }
}

function validateKarpenter(e: IgErrors, doc: KopsDocument, facts: ClusterFacts, role: string | null, sizes: { min: number | null; max: number | null }): void {
  if (facts.cloud !== null && facts.cloud !== 'aws') e.add('karpenter.cloud', 'Forbidden', e.key(['spec', 'manager']))
  if (role !== 'Node') e.add('karpenter.role', 'Forbidden', e.key(['spec', 'role']))
  const maxAt = intAt(doc, ['spec', 'maxSize'])
  if (sizes.max !== null && sizes.max <= 0) e.add('karpenter.maxSize', 'Invalid value', maxAt, sizes.max)
  const image = stringAt(doc, ['spec', 'image'])
  if (image && !unknown(image)) {
    const v = image.value.trim()
    if (v !== '') {
      if (v.includes('://')) e.add('karpenter.image', 'Invalid value', image, v)
      else if (v.startsWith('ami-')) {
        /* accepted */
      } else if (v.startsWith('ssm:')) {
        if (v.slice(4) === '') e.add('karpenter.ssm', 'Invalid value', image, v)
      } else {
        const slash = v.indexOf('/')
        if (slash >= 0 && (slash === 0 || slash === v.length - 1)) e.add('karpenter.image', 'Invalid value', image, v)
      }
    }
  }
  if (sizes.min === null) return
  const minAt = intAt(doc, ['spec', 'minSize'])
  if (sizes.min <= 0) return e.add('karpenter.minSize', 'Invalid value', minAt, sizes.min)
  if (!staticCapacityEnabled(facts.karpenterGates)) e.add('karpenter.staticCapacity', 'Forbidden', e.key(['spec', 'minSize']))
}

function staticCapacityEnabled(gates: string | null): boolean {
  if (!gates) return true
  let enabled = false
  for (const gate of gates.split(',')) {
    const eq = gate.indexOf('=')
    if (eq < 0 || gate.slice(0, eq).trim() !== 'StaticCapacity') continue
    enabled = gate.slice(eq + 1).trim().toLowerCase() === 'true'
  }
  return enabled
}

/** Go's fmt.Sprintf for %s arguments. */
function goSprintf(format: string, args: string[]): string {
  let i = 0
  return format.replace(/%s/g, () => args[i++] ?? '%!s(MISSING)')
}
