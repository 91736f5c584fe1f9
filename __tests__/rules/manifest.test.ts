import { describe, expect, it } from '@jest/globals'
import invalid from '../../src/rules/manifest-invalid.js'
import notEvaluated from '../../src/rules/manifest-not-evaluated.js'
import { cluster, ig, runRule, side } from '../helpers/rule-tester.js'

describe('manifest-invalid', () => {
  it('reports a YAML error at its position and still reads the other files', () => {
    const s = side({ 'bad.yaml': 'apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: x\n spec: [\n', 'good.yaml': cluster('') + '\n' + ig('a', 'Node') }, '1.29.0')
    const found = runRule(invalid, s)
    expect(found.map((f) => [f.place.file, f.place.pos.line, f.messageId])).toEqual([['bad.yaml', 5, 'yamlError']])
    expect(s.clusters.map((c) => c.group.cluster?.name?.value)).toEqual(['c.example.com'])
  })
  it('reports objects not separated by ---', () => {
    const text = cluster('') + '\n' + ig('a', 'Node').replace('---\n', '')
    const found = runRule(invalid, side({ 'c.yaml': text }, '1.29.0'))
    expect(found.map((f) => [f.messageId, f.place.pos.line, f.place.pos.column])).toEqual([['missingSeparator', 18, 1]])
  })
})

describe('manifest-not-evaluated', () => {
  it('reports a template once, and each decisive value that depends on it; the rest is evaluated', () => {
    const text = cluster('  containerd:\n    version: {{ .containerdVersion }}', { name: '{{ .clusterName }}' })
    const s = side({ 'c.yaml.tpl': text + '\n' + ig('a', 'Node') }, '1.29.0')
    const found = runRule(notEvaluated, s)
    expect(found.map((f) => [f.messageId, f.place.pos.line, f.place.pos.column, f.data.value ?? f.data.evidence])).toEqual([
      ['templated', 4, 9, ' ({{ .clusterName }})'],
      ['variable', 9, 14, '{{ .containerdVersion }}'],
    ])
    expect(s.clusters.map((c) => c.evaluated)).toEqual(['partial'])
  })
  it('leaves literal placeholders and scripts alone', () => {
    const spec = [
      '  additionalUserData:',
      '  - name: hello.sh',
      '    type: text/x-shellscript',
      '    content: |',
      '      echo "the time is $(date -R) in ${TZ}"',
      '  authentication:',
      '    aws:',
      '      identityMappings:',
      '      - arn: arn:aws:iam::000000000000:role/dev',
      '        username: dev:{{SessionNameRaw}}',
    ].join('\n')
    expect(runRule(notEvaluated, side({ 'c.yaml': cluster(spec) + '\n' + ig('a', 'Node') }, '1.29.0'))).toEqual([])
  })

  it('says why a cluster was not simulated', () => {
    const found = runRule(notEvaluated, side({ 'c.yaml': cluster('', { k8s: '${K8S_VERSION}' }) }, '1.29.0'))
    expect(found.map((f) => f.messageId)).toEqual(['templated', 'notSimulated'])
  })
})
