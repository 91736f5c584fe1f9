// kOps's stop order for one cluster on one side (kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go ApplyClusterCmd.Run,
// populate_cluster_spec.go, populate_instancegroup_spec.go and pkg/apis/kops/validation/legacy.go DeepValidate, the
// same order at v1.26.0, v1.29.0, v1.32.0 and v1.36.2): the first failing step is reported, later steps produce nothing.
import { describe, expect, it } from '@jest/globals'
import { rawFindings } from '../../src/findings/compare.js'
import { renderPlanText, runPlan } from '../../src/plan.js'
import type { SideAnalysis } from '../../src/rules/rule.js'
import { validateKubernetesVersion } from '../../src/simulate/cloudup/apply-cluster.js'
import { analyzeSide } from '../../src/analyze.js'
import { COMPLETE_SPEC, files, side } from '../helpers/rule-tester.js'

const H64 = 'ab'.repeat(32)
const BUNDLE_URL = 'https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz'
const CRICTL_ERROR = 'error building loader: building *model.CrictlBuilder: unable to locate asset "crictl": found multiple matching assets for key: "crictl"'

/** A Cluster: the extra lines from line 8, then the subnet and etcd clusters kOps requires. */
function clusterDoc(k8s: string, spec: string[]): string {
  return ['apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', '  name: c.example.com', 'spec:', '  cloudProvider: aws', `  kubernetesVersion: ${k8s}`, ...spec, COMPLETE_SPEC].join('\n')
}

function igDoc(name: string, spec: string[] = [], role = 'Node'): string {
  return ['---', 'apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata:', `  name: ${name}`, '  labels:', '    kops.k8s.io/cluster: c.example.com', 'spec:', `  role: ${role}`, '  machineType: m5.large', '  subnets: [eu-west-1a]', ...spec].join('\n')
}

/** The control-plane group the etcd members name, last in the file. */
const CONTROL_PLANE = igDoc('control-plane', [], 'ControlPlane')

/** Rule id, message id and place of every finding of the side's side-scoped rules, in a stable order. */
function findings(s: SideAnalysis): [string, string, number, number, string | null][] {
  return rawFindings(s, null, s, 'side')
    .map((f): [string, string, number, number, string | null] => [f.ruleId, f.messageId, f.place.pos.line, f.place.pos.column, f.arch])
    .sort((a, b) => (a.join() < b.join() ? -1 : 1))
}

const BUNDLE = ['  containerd:', '    packages:', `      urlAmd64: ${BUNDLE_URL}`, `      hashAmd64: ${H64}`]

describe('validation stops everything after it', () => {
  // Docker refused in validation (1.29), Kubernetes 1.23 below 1.29's window, a bundle nodeup would fail on.
  const s = side({ 'c.yaml': [clusterDoc('1.23.17', ['  containerRuntime: docker', ...BUNDLE]), igDoc('nodes'), CONTROL_PLANE].join('\n') }, '1.29.0')

  it('stops at validation with kOps\'s aggregate and nothing of the window, the asset plan or nodeup', () => {
    const c = s.clusters[0]
    expect([c.evaluated, c.stoppedAt, c.window]).toEqual(['stopped', 'validation', null])
    expect(c.refusal).toStrictEqual({
      stage: 'validation',
      error: 'spec.containerRuntime: Forbidden: Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq',
      fieldErrors: [
        {
          field: 'spec.containerRuntime',
          type: 'Forbidden',
          value: null,
          detail: 'Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq',
          at: { value: 'containerRuntime', file: 'c.yaml', pos: { line: 8, column: 3, endLine: 8, endColumn: 19 }, path: 'spec.containerRuntime' },
          source: 'kubernetes/kops:pkg/apis/kops/validation/validation.go',
          instanceGroup: null,
          release: '1.29.0',
          cross: false,
        },
      ],
      origin: null,
      arch: null,
      source: 'kubernetes/kops:upup/pkg/fi/cloudup/populate_cluster_spec.go',
    })
    expect(findings(s)).toEqual([['kops-rejects-spec', 'invalid', 8, 3, null]])
  })

  it('plans nothing: every group and arch is rejected with kOps\'s text', () => {
    const plan = runPlan(files({ 'c.yaml': [clusterDoc('1.23.17', ['  containerRuntime: docker', ...BUNDLE]), igDoc('nodes'), CONTROL_PLANE].join('\n') }), '1.29.0', ['amd64', 'arm64'])
    expect(plan.clusters[0].stoppedAt).toBe('validation')
    expect(renderPlanText(plan).split('\n').slice(2, 5)).toEqual([
      'cluster c.example.com (c.yaml), Kubernetes 1.23.17',
      '  kops update cluster stops at validation. kOps stops here; later steps were not simulated.',
      `  nodes [Node] amd64: nodeup rejected: ${s.clusters[0].refusal?.error}`,
    ])
    const arches = plan.clusters[0].instanceGroups[0].architectures
    for (const arch of ['amd64', 'arm64'] as const)
      expect(arches[arch]).toStrictEqual({
        assets: [],
        nodeup: { outcome: 'rejected', error: s.clusters[0].refusal?.error, warnings: [] },
        files: [],
        notes: [],
      })
  })

  it('reports every field error of the step, each at its own place, with the aggregate kOps prints', () => {
    const spec = ['  containerRuntime: docker', '  containerd:', '    packages:', `      urlAmd64: ${BUNDLE_URL}`]
    const t = side({ 'c.yaml': [clusterDoc('1.28.5', spec), igDoc('nodes'), CONTROL_PLANE].join('\n') }, '1.29.0')
    const docker = 'spec.containerRuntime: Forbidden: Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq'
    // apimachinery v0.29 (kOps 1.29.0) prints the nil hash pointer as the quoted string "null".
    const hash = 'spec.containerd.packageUrl: Invalid value: "null": Package hash must also be set'
    expect(t.clusters[0].refusal?.error).toBe(`[${docker}, ${hash}]`)
    expect(rawFindings(t, null, t, 'side').map((f) => [f.messageId, f.data.error, f.data.printed, f.place.pos.line, f.place.pos.column])).toEqual([
      ['invalidAmong', docker, `[${docker}, ${hash}]`, 8, 3],
      ['invalidAmong', hash, `[${docker}, ${hash}]`, 11, 17],
    ])
  })

  it('checks a group\'s containerd in DeepValidate, after the window, and reports the first failing group by name only', () => {
    // CrossValidateInstanceGroup runs validateContainerdConfig on the group (instancegroup.go@v1.29.0); DeepValidate
    // returns the first group's aggregate (legacy.go@v1.29.0), groups sorted by name as the state store lists them.
    const bad = ['  containerd:', '    packages:', `      urlArm64: ${BUNDLE_URL}`]
    const manifest = (k8s: string) => [clusterDoc(k8s, []), igDoc('zeta', bad), igDoc('alpha', bad), CONTROL_PLANE].join('\n')
    const old = side({ 'c.yaml': manifest('1.23.17') }, '1.29.0')
    expect([old.clusters[0].stoppedAt, old.clusters[0].refusal?.error]).toEqual(['version', 'kubernetes upgrade is required'])
    const t = side({ 'c.yaml': manifest('1.28.5') }, '1.29.0')
    const c = t.clusters[0]
    expect([c.evaluated, c.stoppedAt, c.window?.check, c.refusal?.error, c.refusal?.source]).toEqual([
      'stopped',
      'validation',
      'ok',
      'spec.containerd.packageUrlArm64: Invalid value: "null": Package hash must also be set',
      'kubernetes/kops:pkg/apis/kops/validation/legacy.go',
    ])
    expect(rawFindings(t, null, t, 'side').map((f) => [f.ruleId, f.messageId, f.instanceGroup, f.place.pos.line])).toEqual([['kops-rejects-spec', 'invalid', 'alpha', 45]])
  })
})

describe('the Kubernetes window stops the asset plan', () => {
  it('refuses Kubernetes below the floor without planning assets (no CNI or containerd asset errors)', () => {
    // containerd 1.5.18 has no arm64 URL in 1.29: an asset error kOps never reaches.
    const s = side({ 'c.yaml': [clusterDoc('1.23.17', ['  containerd:', '    version: 1.5.18']), igDoc('nodes'), CONTROL_PLANE].join('\n') }, '1.29.0')
    const c = s.clusters[0]
    expect([c.evaluated, c.stoppedAt, c.refusal?.error, c.refusal?.origin?.path]).toEqual(['stopped', 'version', 'kubernetes upgrade is required', 'spec.kubernetesVersion'])
    expect(c.window).toStrictEqual({ check: 'tooOld', limit: '1.30.0', oldestSupported: '1.24.0', oldestRecommended: '1.26.0' })
    expect(findings(s)).toEqual([['kubernetes-version-unsupported', 'tooOld', 7, 22, null]])
  })

  it('refuses a Kubernetes version that is too new', () => {
    const s = side({ 'c.yaml': [clusterDoc('1.30.0', []), igDoc('nodes'), CONTROL_PLANE].join('\n') }, '1.29.0')
    expect([s.clusters[0].stoppedAt, s.clusters[0].refusal?.error]).toEqual(['version', 'kops upgrade is required'])
    expect(findings(s)).toEqual([['kubernetes-version-unsupported', 'tooNew', 7, 22, null]])
  })

  it('carries on with a too-new version when KOPS_RUN_TOO_NEW_VERSION is set, as kOps does', () => {
    const text = [clusterDoc('1.30.0', []), igDoc('nodes'), CONTROL_PLANE].join('\n')
    const s = analyzeSide(files({ 'c.yaml': text }), { side: 'head', ref: 'head', kopsVersion: '1.29.0', environment: { KOPS_RUN_TOO_NEW_VERSION: '1' } })
    expect([s.clusters[0].evaluated, s.clusters[0].stoppedAt, s.clusters[0].window?.check]).toEqual(['full', null, 'tooNewBypassed'])
    const found = rawFindings(s, null, s, 'side')
    expect(found.map((f) => [f.ruleId, f.severity, f.messageId])).toEqual([['kubernetes-version-unsupported', 'warning', 'tooNewBypassed']])
    expect(found[0].message).toBe(
      'kOps 1.29.0 does not support Kubernetes 1.30.0 ("This version of kubernetes is not yet supported; upgrading kops is required") and carries on only because KOPS_RUN_TOO_NEW_VERSION is set; kOps 1.29.0 supports Kubernetes below 1.30.0.',
    )
    const empty = analyzeSide(files({ 'c.yaml': text }), { side: 'head', ref: 'head', kopsVersion: '1.29.0', environment: { KOPS_RUN_TOO_NEW_VERSION: '' } })
    expect(empty.clusters[0].stoppedAt).toBe('version')
  })

  it('only warns for a deprecated version: kOps carries on to the asset plan and nodeup', () => {
    const s = side({ 'c.yaml': [clusterDoc('1.25.16', BUNDLE), igDoc('nodes'), CONTROL_PLANE].join('\n') }, '1.29.0')
    const c = s.clusters[0]
    expect([c.evaluated, c.stoppedAt, c.window?.check]).toEqual(['full', null, 'deprecated'])
    expect(findings(s)).toEqual([
      ['cri-containerd-bundle', 'bundle', 10, 17, 'amd64'],
      ['kubernetes-version-unsupported', 'deprecated', 7, 22, null],
      // nodeup fails on both groups (control-plane and nodes), each a finding of its own.
      ['nodeup-fails', 'fails', 10, 17, 'amd64'],
      ['nodeup-fails', 'fails', 10, 17, 'amd64'],
    ])
    expect(c.igs[0].results.amd64?.nodeup.error).toBe(CRICTL_ERROR)
  })

  it('follows the window rows at their edges', () => {
    expect(validateKubernetesVersion('1.29.0', '1.24.0')?.check).toBe('deprecated')
    expect(validateKubernetesVersion('1.29.0', '1.23.99')?.check).toBe('tooOld')
    expect(validateKubernetesVersion('1.29.0', '1.26.0')?.check).toBe('ok')
    expect(validateKubernetesVersion('1.29.0', '1.29.9')?.check).toBe('ok')
    expect(validateKubernetesVersion('1.29.0-beta.1', '1.30.0-alpha.1')?.check).toBe('tooNew')
  })
})

describe('the asset plan stops nodeup', () => {
  it('an arm64-only asset failure refuses the update: no nodeup-fails or bundle warning on amd64', () => {
    // amd64 would get the cri-containerd-cni 1.5.18 bundle and fail in nodeup (crictl clash); arm64 has no URL.
    const s = side({ 'c.yaml': [clusterDoc('1.28.5', ['  containerd:', '    version: 1.5.18']), igDoc('nodes'), CONTROL_PLANE].join('\n') }, '1.29.0')
    const c = s.clusters[0]
    expect([c.evaluated, c.stoppedAt, c.window?.check]).toEqual(['stopped', 'assets', 'ok'])
    expect(c.refusal).toStrictEqual({
      stage: 'assets',
      error: 'unknown url for containerd version: arm64 - 1.5.18',
      fieldErrors: [],
      origin: { value: '1.5.18', file: 'c.yaml', pos: { line: 9, column: 14, endLine: 9, endColumn: 20 }, path: 'spec.containerd.version' },
      arch: 'arm64',
      source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go',
    })
    expect(findings(s)).toEqual([['kops-rejects-spec', 'assets', 9, 14, 'arm64']])
    expect(c.igs[0].results.amd64?.nodeup.outcome).toBe('rejected')
  })

  it('plans amd64 before arm64: an error on both is reported for amd64 only', () => {
    const s = side({ 'c.yaml': [clusterDoc('1.28.5', ['  containerd:', '    version: 1.7.16']), igDoc('nodes'), CONTROL_PLANE].join('\n') }, '1.30.0')
    expect([s.clusters[0].refusal?.arch, s.clusters[0].refusal?.error]).toEqual(['amd64', 'unable to find runc config'])
  })

  it('runs nodeup when every step passes', () => {
    const s = side({ 'c.yaml': [clusterDoc('1.28.5', BUNDLE), igDoc('nodes'), CONTROL_PLANE].join('\n') }, '1.29.0')
    expect([s.clusters[0].evaluated, s.clusters[0].stoppedAt, s.clusters[0].refusal]).toEqual(['full', null, null])
    expect(findings(s)).toEqual([
      ['cri-containerd-bundle', 'bundle', 10, 17, 'amd64'],
      ['nodeup-fails', 'fails', 10, 17, 'amd64'],
      ['nodeup-fails', 'fails', 10, 17, 'amd64'],
    ])
  })
})
