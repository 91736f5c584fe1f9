// Clusters where kOps stops before nodeup, rendered: the JSON cluster entry says where (evaluated `stopped`, stoppedAt),
// the text report and the Markdown summary say "kOps stops here; later steps were not simulated".
import { describe, expect, test } from '@jest/globals'
import { runCheck } from '../../src/check.js'
import { renderJson } from '../../src/report/json.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import { COMPLETE_SPEC, files } from '../helpers/rule-tester.js'
import { expectGolden } from './golden.js'

function clusterFile(name: string, k8s: string, spec: string[]): string {
  return [
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: Cluster',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  cloudProvider: aws',
    `  kubernetesVersion: ${k8s}`,
    ...spec,
    COMPLETE_SPEC,
    '---',
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: InstanceGroup',
    'metadata:',
    '  name: nodes',
    '  labels:',
    `    kops.k8s.io/cluster: ${name}`,
    'spec:',
    '  role: Node',
    '  machineType: m5.large',
  ].join('\n')
}

// kOps 1.28.1 → 1.29.0: 1.29 refuses the Docker runtime in validation (legacy.example.com) and has no arm64 URL for
// containerd 1.5.18 (old.example.com); ok.example.com passes every step on both sides.
const repo = (kops: string) =>
  files({
    '.tool-versions': `kops ${kops}\n`,
    'clusters/legacy.yaml': clusterFile('legacy.example.com', '1.23.17', ['  containerRuntime: docker']),
    'clusters/old.yaml': clusterFile('old.example.com', '1.27.9', ['  containerd:', '    version: 1.5.18']),
    'clusters/ok.yaml': clusterFile('ok.example.com', '1.28.5', []),
  })

const { result } = runCheck({ base: { ref: 'base', files: repo('1.28.1') }, head: { ref: 'head', files: repo('1.29.0') } })

describe('stopped clusters', () => {
  test('the cluster entries say where kOps stops', () => {
    expect(result.clusters.map((c) => [c.side, c.name, c.evaluated, c.stoppedAt])).toEqual([
      ['base', 'legacy.example.com', 'full', null],
      ['base', 'old.example.com', 'stopped', 'assets'],
      ['base', 'ok.example.com', 'full', null],
      ['head', 'legacy.example.com', 'stopped', 'validation'],
      ['head', 'old.example.com', 'stopped', 'assets'],
      ['head', 'ok.example.com', 'full', null],
    ])
  })

  test('a base finding of a step kOps never reaches on the head is not fixed', () => {
    // kOps 1.28.1 warns that Kubernetes 1.23 is deprecated; 1.29.0 stops in validation before it checks the version.
    expect(result.findings.filter((f) => f.cluster === 'legacy.example.com').map((f) => [f.ruleId, f.status])).toEqual([['kops-rejects-spec', 'new']])
  })

  test('text (golden)', () => expectGolden('pr-stopped.txt', renderText(result)))
  test('Markdown (golden)', () => expectGolden('pr-stopped.md', renderMarkdown(result)))
  test('JSON cluster entries', () => {
    const doc = JSON.parse(renderJson(result)) as { clusters: Record<string, unknown>[] }
    expect(doc.clusters[3]).toEqual({
      side: 'head',
      name: 'legacy.example.com',
      file: 'clusters/legacy.yaml',
      kopsVersion: '1.29.0',
      kubernetesVersion: '1.23.17',
      instanceGroups: ['nodes'],
      evaluated: 'stopped',
      stoppedAt: 'validation',
      containerdVersion: '1.6.20',
    })
  })
})
