// The steps of kOps's order that need a refusal of a given kind: the option builders (`error building complete spec`),
// the completed-spec validation (strict) and DeepValidate's strict instance-group pass. The validation and option
// builder entry points are replaced by scripted ones, so the order itself is what is under test
// (kubernetes/kops:upup/pkg/fi/cloudup/populate_cluster_spec.go and apply_cluster.go, v1.26.0 … v1.36.2).
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { OptionsFailure } from '../../src/simulate/components/index.js'
import type { IgFieldError, ValidationContext } from '../../src/simulate/validation/index.js'

const field = await import('../../src/simulate/validation/field.js')

let options: OptionsFailure | null = null
let errors: (ctx: ValidationContext) => IgFieldError[] = () => []
const optionCalls: string[] = []

jest.unstable_mockModule('../../src/simulate/components/index.js', () => ({
  buildCompleteSpec: (ctx: ValidationContext) => {
    optionCalls.push(ctx.release)
    return options
  },
}))
jest.unstable_mockModule('../../src/simulate/validation/index.js', () => ({
  validateCluster: (ctx: ValidationContext) => errors(ctx),
  renderAggregate: field.renderAggregate,
  renderFieldError: field.renderFieldError,
}))

const { rawFindings } = await import('../../src/findings/compare.js')
const { files } = await import('../helpers/rule-tester.js')
const { analyzeSide } = await import('../../src/analyze.js')

const H64 = 'ab'.repeat(32)
const BUNDLE_URL = 'https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz'
// Kubernetes 1.23 is below kOps 1.29's floor; the bundle would make nodeup fail: both come after the step under test.
const MANIFEST = [
  'apiVersion: kops.k8s.io/v1alpha2',
  'kind: Cluster',
  'metadata:',
  '  name: c.example.com',
  'spec:',
  '  cloudProvider: aws',
  '  kubernetesVersion: 1.23.17',
  '  etcdClusters:',
  '  - name: main',
  '    version: 3.4.13',
  '  containerd:',
  '    packages:',
  `      urlAmd64: ${BUNDLE_URL}`,
  `      hashAmd64: ${H64}`,
  '---',
  'apiVersion: kops.k8s.io/v1alpha2',
  'kind: InstanceGroup',
  'metadata:',
  '  name: nodes',
  '  labels:',
  '    kops.k8s.io/cluster: c.example.com',
  'spec:',
  '  role: Node',
  '  machineType: m5.large',
].join('\n')

/** Runs the manifest at kOps 1.29.0; `extra` lines go at the end of the Cluster's spec (line 15 on). */
function run(k8s = '1.23.17', extra: string[] = []) {
  const text = MANIFEST.replace('1.23.17', k8s).replace('\n---\n', ['', ...extra, '---', ''].join('\n'))
  const s = analyzeSide(files({ 'c.yaml': text }), { side: 'head', ref: 'head', kopsVersion: '1.29.0' })
  return { s, c: s.clusters[0], found: rawFindings(s, null, s, 'side').map((f) => [f.ruleId, f.messageId, f.data.error, f.place.pos.line, f.place.pos.column, f.instanceGroup]) }
}

function fieldError(ctx: ValidationContext, instanceGroup: string | null, detail: string, cross = false): IgFieldError {
  const doc = instanceGroup === null ? ctx.cluster.doc : ctx.instanceGroups[0].doc
  const at = doc.keyAt(['spec', instanceGroup === null ? 'etcdClusters' : 'machineType'])!
  return { field: instanceGroup === null ? 'spec.etcdClusters' : 'spec.machineType', type: 'Forbidden', value: null, detail, at, source: 'test', instanceGroup, cross }
}

beforeEach(() => {
  options = null
  errors = () => []
  optionCalls.length = 0
})

describe('option builders', () => {
  it('run only after the input validation passes', () => {
    errors = (ctx) => (ctx.strict ? [] : [fieldError(ctx, null, 'input')])
    const { c } = run()
    expect([c.stoppedAt, c.refusal?.error, optionCalls]).toEqual(['validation', 'spec.etcdClusters: Forbidden: input', []])
  })

  it('stop the window, the asset plan and nodeup, quoting the first failure', () => {
    const at = { value: '3.4.13', file: 'c.yaml', pos: { line: 10, column: 14, endLine: 10, endColumn: 20 }, path: 'spec.etcdClusters.0.version' }
    options = { error: 'error building complete spec: etcd version "3.4.13" is not supported', at, source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go' }
    const { c, found } = run()
    expect([c.evaluated, c.stoppedAt, c.window]).toEqual(['stopped', 'options', null])
    expect(c.refusal).toStrictEqual({ stage: 'options', error: options.error, fieldErrors: [], origin: at, arch: null, source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go' })
    expect(found).toEqual([['kops-rejects-spec', 'options', options.error, 10, 14, null]])
    expect(c.igs[0].results.amd64?.nodeup).toEqual({ outcome: 'rejected', error: options.error, warnings: [] })
  })
})

describe('completed-spec validation (strict)', () => {
  // The simulator does not build kOps's completed spec, so a strict-only error computed from the input is not kOps's:
  // only the completed-spec checks whose filled-in values are modelled are reported (populate-cluster-spec.ts).
  it('reports no strict-only error computed from the input spec', () => {
    errors = (ctx) => (ctx.strict ? [fieldError(ctx, null, 'strict only')] : [])
    const { c } = run()
    expect([c.stoppedAt, c.refusal?.error, optionCalls]).toEqual(['version', 'kubernetes upgrade is required', ['1.29.0']])
  })

  it('runs after the option builders and prints kOps\'s prefix for a pinned kubeDNS.serverIP outside the assigned service range', () => {
    // assignSubnets fills in 100.64.0.0/13 (kOps 1.29) only when nonMasqueradeCIDR is set.
    const { c, found } = run('1.23.17', ['  nonMasqueradeCIDR: 100.64.0.0/10', '  kubeDNS:', '    serverIP: 10.0.0.10'])
    const error = 'spec.kubeDNS.serverIP: Forbidden: ServiceClusterIPRange "100.64.0.0/13" must contain the DNS Server IP "10.0.0.10"'
    expect([c.stoppedAt, c.refusal?.error, c.refusal?.source, optionCalls]).toEqual([
      'validation',
      `completed cluster failed validation: ${error}`,
      'kubernetes/kops:upup/pkg/fi/cloudup/populate_cluster_spec.go',
      ['1.29.0'],
    ])
    expect(found).toEqual([['kops-rejects-spec', 'invalidAmong', error, 17, 5, null]])
  })
})

describe('instance-group input validation (PopulateInstanceGroupSpec)', () => {
  it('runs ValidateInstanceGroup before the Kubernetes window, with kOps\'s prefix', () => {
    errors = (ctx) => (ctx.strict ? [] : [fieldError(ctx, 'nodes', 'input group')])
    const { c, found } = run()
    expect([c.stoppedAt, c.window, c.refusal?.error, c.refusal?.source]).toEqual([
      'validation',
      null,
      'failed validating input specs: spec.machineType: Forbidden: input group',
      'kubernetes/kops:upup/pkg/fi/cloudup/populate_instancegroup_spec.go',
    ])
    expect(found).toEqual([['kops-rejects-spec', 'invalidAmong', 'spec.machineType: Forbidden: input group', 24, 3, 'nodes']])
  })

  it('leaves CrossValidateInstanceGroup\'s own checks to DeepValidate', () => {
    errors = (ctx) => [fieldError(ctx, 'nodes', 'cross group', true)]
    expect([run().c.stoppedAt, run('1.28.5').c.refusal?.error]).toEqual(['version', 'spec.machineType: Forbidden: cross group'])
  })
})

describe('DeepValidate', () => {
  it('checks the groups strictly only after the Kubernetes window', () => {
    errors = (ctx) => (ctx.strict ? [fieldError(ctx, 'nodes', 'strict group')] : [])
    expect(run().c.stoppedAt).toBe('version')
    const { c, found } = run('1.28.5')
    expect([c.evaluated, c.stoppedAt, c.window?.check, c.refusal?.error, c.refusal?.source]).toEqual([
      'stopped',
      'validation',
      'ok',
      'spec.machineType: Forbidden: strict group',
      'kubernetes/kops:pkg/apis/kops/validation/legacy.go',
    ])
    expect(found).toEqual([['kops-rejects-spec', 'invalid', 'spec.machineType: Forbidden: strict group', 24, 3, 'nodes']])
  })

  it('leaves the asset plan and nodeup to run when it passes', () => {
    const { c, found } = run('1.28.5')
    expect([c.evaluated, c.stoppedAt]).toEqual(['full', null])
    expect(found.map((f) => f[0])).toEqual(['cri-containerd-bundle', 'nodeup-fails'])
  })
})
