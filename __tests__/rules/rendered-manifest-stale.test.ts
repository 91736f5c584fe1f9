// rendered-manifest-stale: reports the stale-output problem readManifests records, at the committed output file.
import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/rendered-manifest-stale.js'
import { runRule, side } from '../helpers/rule-tester.js'

const TEMPLATE = ['apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata:', '  name: {{ .name }}', 'spec:', '  role: Node', ''].join('\n')
const INVOCATION = ['templates:', '- template: t.yaml', '  values: [v.yaml]', '  name: c.example.com', ''].join('\n')

describe('rendered-manifest-stale', () => {
  it('is silent without a committed output and when the output matches', () => {
    expect(runRule(rule, side({ 't.yaml': TEMPLATE, 'v.yaml': 'name: nodes\n', '.github/kops-preflight.yaml': INVOCATION }, '1.30.0'))).toEqual([])
  })

  it('reports a committed --out that differs from a fresh render, at its first differing line', () => {
    const config = ['templates:', '- template: t.yaml', '  values: [v.yaml]', '  name: c.example.com', '  out: out.yaml', ''].join('\n')
    const files = { 't.yaml': TEMPLATE, 'v.yaml': 'name: nodes\n', '.github/kops-preflight.yaml': config, 'out.yaml': TEMPLATE.replace('{{ .name }}', 'workers') }
    expect(runRule(rule, side(files, '1.30.0')).map((f) => [f.messageId, f.place.file, f.place.pos.line, f.data])).toEqual([
      ['stale', 'out.yaml', 4, { out: 'out.yaml', template: 't.yaml', at: '.github/kops-preflight.yaml:2', line: '4' }],
    ])
    const same = { ...files, 'out.yaml': TEMPLATE.replace('{{ .name }}', 'nodes') }
    expect(runRule(rule, side(same, '1.30.0'))).toEqual([])
  })
})
