import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/service-cidr-default-changes.js'
import kopsRejectsSpec from '../../src/rules/kops-rejects-spec.js'
import { derivedServiceRange, serviceClusterIPRange } from '../../src/simulate/cloudup/populate-cluster-spec.js'
import { runRule, side } from '../helpers/rule-tester.js'
import { clusterYaml, igYaml, spanOf } from '../helpers/hazards.js'

const repo = (spec: string[]) => ({ 'c.yaml': [clusterYaml(spec, { k8s: '1.27.8' }), igYaml('nodes', [])].join('\n') })
const pair = (spec: string[], baseKops = '1.27.3', headKops = '1.28.0') => runRule(rule, side(repo(spec), headKops, 'head'), side(repo(spec), baseKops, 'base'))

describe('service-cidr-default-changes', () => {
  it('reports nonMasqueradeCIDR when the 1.27 derivation differs from 100.64.0.0/13', () => {
    const spec = ['nonMasqueradeCIDR: 10.0.0.0/8']
    expect(pair(spec)).toEqual([
      {
        ruleId: 'service-cidr-default-changes',
        severity: 'warning',
        messageId: 'changes',
        data: { baseKops: '1.27.3', kops: '1.28.0', from: '10.0.0.0/12', to: '100.64.0.0/13', nonMasqueradeCIDR: '10.0.0.0/8' },
        message:
          'serviceClusterIPRange is unset: kOps 1.27.3 derives 10.0.0.0/12 from nonMasqueradeCIDR 10.0.0.0/8, kOps 1.28.0 assigns 100.64.0.0/13. The running cluster would get a new service CIDR (kube-apiserver, kube-dns and every existing ClusterIP live in 10.0.0.0/12).',
        remediation: rule.remediation,
        place: { file: 'c.yaml', pos: spanOf(repo(spec)['c.yaml'], 'nonMasqueradeCIDR', '10.0.0.0/8') },
        cluster: 'c.example.com',
        instanceGroup: null,
        arch: null,
        kopsVersion: '1.28.0',
        subject: 'service-cidr-default',
      },
    ])
  })

  it('follows the branch-exact tag range: 1.28.0-beta.2, not 1.29.0-alpha.0', () => {
    const spec = ['networking:', '  nonMasqueradeCIDR: 172.16.0.0/12']
    expect(pair(spec, '1.28.0-beta.1', '1.28.0-beta.2').map((f) => f.data.from)).toEqual(['172.16.0.0/15'])
    expect(pair(spec, '1.27.3', '1.29.0-alpha.0')).toEqual([])
    expect(pair(spec, '1.29.0-alpha.0', '1.29.0-alpha.1').map((f) => f.data.to)).toEqual(['100.64.0.0/13'])
  })

  it('is silent for the default nonMasqueradeCIDR, a pinned range, IPv6, no nonMasqueradeCIDR, and one-side bumps', () => {
    expect(pair(['nonMasqueradeCIDR: 100.64.0.0/10'])).toEqual([])
    expect(pair(['nonMasqueradeCIDR: 10.0.0.0/8', 'serviceClusterIPRange: 10.0.0.0/12'])).toEqual([])
    expect(pair(['nonMasqueradeCIDR: ::/0'])).toEqual([])
    expect(pair([])).toEqual([])
    expect(pair(['nonMasqueradeCIDR: 10.0.0.0/8'], '1.28.0', '1.28.5')).toEqual([])
  })

  it('leaves a pinned kubeDNS.serverIP outside the new range to kops-rejects-spec', () => {
    const spec = ['nonMasqueradeCIDR: 10.0.0.0/8', 'kubeDNS:', '  serverIP: 10.0.0.10']
    expect(pair(spec)).toEqual([])
    const text = repo(spec)['c.yaml']
    const detail = 'ServiceClusterIPRange "100.64.0.0/13" must contain the DNS Server IP "10.0.0.10"'
    const error = `spec.kubeDNS.serverIP: Forbidden: ${detail}`
    // The completed-spec step prefixes its aggregate (upup/pkg/fi/cloudup/populate_cluster_spec.go).
    const printed = `completed cluster failed validation: ${error}`
    expect(runRule(kopsRejectsSpec, side(repo(spec), '1.28.0'))).toEqual([
      {
        ruleId: 'kops-rejects-spec',
        severity: 'error',
        messageId: 'invalidAmong',
        data: { kops: '1.28.0', field: 'spec.kubeDNS.serverIP', detail, error, printed },
        message: `kOps 1.28.0 would refuse this spec in validation: ${error} (kOps prints: "${printed}")`,
        remediation: kopsRejectsSpec.remediation,
        place: { file: 'c.yaml', pos: spanOf(text, 'serverIP', 'serverIP') },
        cluster: 'c.example.com',
        instanceGroup: null,
        arch: null,
        kopsVersion: '1.28.0',
        subject: `spec.kubeDNS.serverIP:${detail}`,
      },
    ])
    // 1.27 derives 10.0.0.0/12, which holds the address.
    expect(runRule(kopsRejectsSpec, side(repo(spec), '1.27.3'))).toEqual([])
  })
})

describe('service range assignment', () => {
  it('derives as 1.27 did: mask + 3 bits, at most 20 host bits', () => {
    expect(derivedServiceRange('100.64.0.0/10')).toBe('100.64.0.0/13')
    expect(derivedServiceRange('10.0.0.0/8')).toBe('10.0.0.0/12')
    expect(derivedServiceRange('10.1.0.0/16')).toBe('10.1.0.0/19')
    expect(derivedServiceRange('10.1.2.3/16')).toBe('10.1.0.0/19')
    expect(derivedServiceRange('not-a-cidr')).toBeNull()
  })
  it('reads v1alpha2 and networking placements', () => {
    const c = (spec: string[]) => side(repo(spec), '1.27.3').clusters[0].group.cluster!
    expect(serviceClusterIPRange('1.27.3', c(['serviceClusterIPRange: 100.64.0.0/13'])).explicit).toBe(true)
    expect(serviceClusterIPRange('1.27.3', c(['networking:', '  serviceClusterIPRange: 100.64.0.0/13'])).explicit).toBe(true)
    expect(serviceClusterIPRange('1.27.3', c(['nonMasqueradeCIDR: ::/0'])).range).toBe('fd00:5e4f:ce::/108')
  })
})
