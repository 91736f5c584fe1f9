// The order of upgrade steps: kOps one minor at a time to each minor's newest patch, Kubernetes one minor at a time
// to the stable channel's recommendation, every step inside the window of the kOps release it runs with.
import { describe, expect, it } from '@jest/globals'
import { PathError, planSteps } from '../../src/path/steps.js'

const brief = (s: ReturnType<typeof planSteps>) => s.map((x) => (x.kind === 'kops' ? `kops ${x.kops.from}->${x.kops.to} @k8s ${x.kubernetes.from}` : `k8s ${x.kubernetes.from}->${x.kubernetes.to} @kops ${x.kops.to}`))

describe('planSteps', () => {
  it('alternates kOps and Kubernetes minors from 1.28.1 / 1.28.5 to 1.31.0', () => {
    expect(brief(planSteps('1.28.1', '1.28.5', '1.31.0', null))).toEqual([
      'kops 1.28.1->1.29.2 @k8s 1.28.5',
      'k8s 1.28.5->1.29.15 @kops 1.29.2',
      'kops 1.29.2->1.30.4 @k8s 1.29.15',
      'k8s 1.29.15->1.30.14 @kops 1.30.4',
      'kops 1.30.4->1.31.0 @k8s 1.30.14',
      'k8s 1.30.14->1.31.14 @kops 1.31.0',
    ])
  })

  it('raises Kubernetes before a kOps minor whose oldest supported Kubernetes it is below', () => {
    // kOps 1.29 refuses Kubernetes below 1.24.0 (apply_cluster.go OldestSupportedKubernetesVersion).
    const steps = planSteps('1.28.1', '1.23.17', '1.29.2', null)
    expect(brief(steps)).toEqual(['k8s 1.23.17->1.24.17 @kops 1.28.1', 'kops 1.28.1->1.29.2 @k8s 1.24.17', 'k8s 1.24.17->1.25.16 @kops 1.29.2', 'k8s 1.25.16->1.26.15 @kops 1.29.2', 'k8s 1.26.15->1.27.16 @kops 1.29.2', 'k8s 1.27.16->1.28.15 @kops 1.29.2', 'k8s 1.28.15->1.29.15 @kops 1.29.2'])
    expect(steps[0].reason).toBe('kOps 1.29 supports Kubernetes 1.24 and later')
  })

  it('stops Kubernetes at --kubernetes-to and moves within a minor to the target patch', () => {
    expect(brief(planSteps('1.30.0', '1.29.3', '1.31.0', '1.29'))).toEqual(['kops 1.30.0->1.31.0 @k8s 1.29.3'])
    expect(brief(planSteps('1.36.0', '1.36.1', '1.36.2', null))).toEqual(['kops 1.36.0->1.36.2 @k8s 1.36.1'])
    expect(planSteps('1.36.2', '1.36.3', '1.36.2', null)).toEqual([])
  })

  it('refuses a target older than the pin, a Kubernetes downgrade, and a Kubernetes target the kOps target cannot run', () => {
    expect(() => planSteps('1.30.0', '1.29.3', '1.29.2', null)).toThrow(new PathError('the target kOps 1.29.2 is older than the pinned kOps 1.30.0; kOps does not support downgrades'))
    expect(() => planSteps('1.30.0', '1.29.3', '1.31.0', '1.28')).toThrow(new PathError("the target Kubernetes 1.28 is older than the cluster's Kubernetes 1.29.3; Kubernetes does not support downgrades"))
    expect(() => planSteps('1.30.0', '1.29.3', '1.31.0', '1.32')).toThrow(new PathError('kOps 1.31.0 does not support Kubernetes 1.32: pick a kOps target of 1.32 or later'))
  })
})
