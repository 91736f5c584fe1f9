import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/imds-tokens-required.js'
import { runRule, side } from '../helpers/rule-tester.js'
import { clusterYaml, igYaml, spanOf } from '../helpers/hazards.js'

function repo(k8s: string, igs: [string, string[], string?][], cloud = 'aws') {
  return { 'c.yaml': [clusterYaml([], { k8s, cloud }), ...igs.map(([n, spec, role]) => igYaml(n, spec, { role }))].join('\n') }
}

const IGS: [string, string[], string?][] = [
  ['nodes', []],
  ['hop', ['instanceMetadata:', '  httpPutResponseHopLimit: 1']],
  ['hop2', ['instanceMetadata:', '  httpPutResponseHopLimit: 2']],
  ['pinned', ['instanceMetadata:', '  httpTokens: optional']],
  ['required', ['instanceMetadata:', '  httpTokens: required']],
  ['bastions', [], 'Bastion'],
]

describe('imds-tokens-required', () => {
  it('reports groups without httpTokens when Kubernetes crosses 1.27, at instanceMetadata else spec', () => {
    const head = repo('1.27.5', IGS)
    const found = runRule(rule, side(head, '1.27.3', 'head'), side(repo('1.26.9', IGS), '1.27.3', 'base'))
    const text = head['c.yaml']
    expect(found[0]).toEqual({
      ruleId: 'imds-tokens-required',
      severity: 'warning',
      messageId: 'hopLimitOne',
      data: { ig: 'nodes', kops: '1.27.3', k8s: '1.27.5', baseKops: '1.27.3', baseK8s: '1.26.9', hopLimit: 1 },
      message:
        'Instance group "nodes" does not set spec.instanceMetadata.httpTokens, so kOps 1.27.3 with Kubernetes 1.27.5 launches it with IMDS tokens required and hop limit 1 (kOps 1.27.3 with Kubernetes 1.26.9: optional): pods without host networking can no longer reach the instance metadata service, and IMDSv1-only clients fail.',
      remediation: rule.remediation,
      place: { file: 'c.yaml', pos: spanOf(text, 'spec:', 'spec', 2) },
      cluster: 'c.example.com',
      instanceGroup: 'nodes',
      arch: null,
      kopsVersion: '1.27.3',
      subject: 'imds-tokens-default',
    })
    expect(found.slice(1).map((f) => [f.instanceGroup, f.messageId, f.data.hopLimit, f.place.pos])).toEqual([
      ['hop', 'hopLimitOne', 1, spanOf(text, 'instanceMetadata:', 'instanceMetadata', 1)],
      ['hop2', 'hopLimit', 2, spanOf(text, 'instanceMetadata:', 'instanceMetadata', 2)],
    ])
  })

  it('reports the kOps bump across 1.27.0-alpha.2 with Kubernetes already at 1.27', () => {
    const r = repo('1.27.5', [['nodes', []]])
    expect(runRule(rule, side(r, '1.27.0', 'head'), side(r, '1.26.6', 'base')).map((f) => [f.instanceGroup, f.data.baseKops])).toEqual([['nodes', '1.26.6']])
  })

  it('is silent on one-side versions, with httpTokens set, on other clouds and without a base', () => {
    expect(runRule(rule, side(repo('1.28.5', IGS), '1.28.5', 'head'), side(repo('1.27.5', IGS), '1.28.5', 'base'))).toEqual([])
    expect(runRule(rule, side(repo('1.26.9', IGS), '1.27.3', 'head'), side(repo('1.25.9', IGS), '1.27.3', 'base'))).toEqual([])
    const gce = (k8s: string) => repo(k8s, [['nodes', []]], 'gce')
    expect(runRule(rule, side(gce('1.27.5'), '1.27.3', 'head'), side(gce('1.26.9'), '1.27.3', 'base'))).toEqual([])
    expect(runRule(rule, side(repo('1.27.5', IGS), '1.27.3'))).toEqual([])
  })
})
