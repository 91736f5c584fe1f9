import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/kubernetes-minor-skip.js'
import { runRule, side } from '../helpers/rule-tester.js'
import { clusterYaml, igYaml, spanOf } from '../helpers/hazards.js'

const repo = (k8s: string) => ({ 'c.yaml': [clusterYaml([], { k8s }), igYaml('nodes', [])].join('\n') })
const pair = (from: string, to: string, kops = '1.31.0') => runRule(rule, side(repo(to), kops, 'head'), side(repo(from), kops, 'base'))

describe('kubernetes-minor-skip', () => {
  it('reports a two-minor jump at the head kubernetesVersion, naming the skipped minor', () => {
    expect(pair('1.28.9', '1.30.2')).toEqual([
      {
        ruleId: 'kubernetes-minor-skip',
        severity: 'warning',
        messageId: 'skip',
        data: { from: '1.28.9', to: '1.30.2', skipped: '1.29' },
        message: 'spec.kubernetesVersion moves from 1.28.9 to 1.30.2, skipping 1.29: kube-apiserver must move one minor version at a time, and kOps does not stop a jump.',
        remediation: rule.remediation,
        place: { file: 'c.yaml', pos: spanOf(repo('1.30.2')['c.yaml'], 'kubernetesVersion', '1.30.2') },
        cluster: 'c.example.com',
        instanceGroup: null,
        arch: null,
        kopsVersion: '1.31.0',
        subject: 'kubernetes-minor-skip',
      },
    ])
    expect(pair('1.27.3', '1.31.0').map((f) => f.data.skipped)).toEqual(['1.28, 1.29, 1.30'])
  })

  it('is silent on one-minor bumps, patches, downgrades, and without a base', () => {
    expect(pair('1.29.4', '1.30.2')).toEqual([])
    expect(pair('1.30.1', '1.30.2')).toEqual([])
    expect(pair('1.31.0', '1.29.1')).toEqual([])
    expect(runRule(rule, side(repo('1.30.2'), '1.31.0'))).toEqual([])
  })

  it('reads release URLs as kOps does', () => {
    expect(pair('https://dl.k8s.io/release/v1.28.9', 'https://dl.k8s.io/release/v1.30.2').map((f) => [f.data.from, f.data.to])).toEqual([['1.28.9', '1.30.2']])
  })
})
