import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/authorization-default-rbac.js'
import { runRule, side } from '../helpers/rule-tester.js'
import { clusterYaml, igYaml, spanOf } from '../helpers/hazards.js'

const repo = (spec: string[]) => ({ 'c.yaml': [clusterYaml(spec), igYaml('nodes', [])].join('\n') })
const pair = (spec: string[], baseKops = '1.35.2', headKops = '1.36.0', headSpec = spec) => runRule(rule, side(repo(headSpec), headKops, 'head'), side(repo(spec), baseKops, 'base'))

describe('authorization-default-rbac', () => {
  it('reports an omitted spec.authorization at the spec key when kOps crosses 1.36', () => {
    const text = repo([])['c.yaml']
    expect(pair([])).toEqual([
      {
        ruleId: 'authorization-default-rbac',
        severity: 'warning',
        messageId: 'rbac',
        data: { kops: '1.36.0', baseKops: '1.35.2', what: 'the omitted spec.authorization' },
        message:
          'kOps 1.36.0 fills the omitted spec.authorization with RBAC where kOps 1.35.2 filled it with AlwaysAllow: after the next kops replace -f or create -f, kube-apiserver runs with --authorization-mode=Node,RBAC and every request without an RBAC grant is refused. kubeAPIServer.authorizationMode does not keep the old mode (kOps overwrites it from spec.authorization).',
        remediation: rule.remediation,
        place: { file: 'c.yaml', pos: spanOf(text, 'spec:', 'spec') },
        cluster: 'c.example.com',
        instanceGroup: null,
        arch: null,
        kopsVersion: '1.36.0',
        subject: 'authorization-default',
      },
    ])
  })

  it('points at an empty authorization block, and ignores kubeAPIServer.authorizationMode', () => {
    const spec = ['authorization: {}', 'kubeAPIServer:', '  authorizationMode: AlwaysAllow']
    const found = pair(spec)
    expect(found.map((f) => [f.data.what, f.place.pos])).toEqual([['the empty spec.authorization', spanOf(repo(spec)['c.yaml'], 'authorization: {}', 'authorization')]])
  })

  it('is silent when authorization is set, when both sides are on one side of the change, and at 1.36.0-alpha.1', () => {
    expect(pair(['authorization:', '  rbac: {}'])).toEqual([])
    expect(pair(['authorization:', '  alwaysAllow: {}'])).toEqual([])
    expect(pair([], '1.36.0', '1.36.2')).toEqual([])
    expect(pair([], '1.34.0', '1.35.2')).toEqual([])
    // The default flipped in v1.36.0-beta.1; 1.36.0-alpha.1 still fills AlwaysAllow.
    expect(pair([], '1.35.2', '1.36.0-alpha.1')).toEqual([])
    expect(pair([], '1.35.2', '1.36.0-beta.1').map((f) => f.kopsVersion)).toEqual(['1.36.0-beta.1'])
  })

  it('reports a head that drops an explicit alwaysAllow under 1.36', () => {
    expect(pair(['authorization:', '  alwaysAllow: {}'], '1.36.0', '1.36.0', []).map((f) => [f.subject, f.data.baseKops])).toEqual([['authorization-default', '1.36.0']])
  })
})
