// Rendered kops toolbox template output parsed as manifests: every Located value points at the template line that
// produced it (and the file is the template), while plain files parse exactly as before.
import { describe, expect, it } from '@jest/globals'
import { parseManifestFile } from '../../src/manifests/parse.js'
import type { TemplateInvocation } from '../../src/templates/invocation.js'
import { parseRendered } from '../../src/templates/manifests.js'
import { renderInvocation } from '../../src/templates/render.js'

const TEMPLATE = [
  'apiVersion: kops.k8s.io/v1alpha2',
  'kind: Cluster',
  'metadata:',
  '  name: {{ .clusterName }}',
  'spec:',
  '  kubernetesVersion: {{ .k8s }}',
  '  containerd:',
  '    packages:',
  '      urlAmd64: {{ .containerd.url }}',
  '{{- range .igs }}',
  '---',
  'apiVersion: kops.k8s.io/v1alpha2',
  'kind: InstanceGroup',
  'metadata:',
  '  name: {{ .name }}',
  '  labels:',
  '    kops.k8s.io/cluster: {{ $.clusterName }}',
  'spec:',
  '  role: Node',
  '  machineType: {{ .type }}',
  '{{- end }}',
  '',
].join('\n')

const VALUES = ['clusterName: prod.example.com', 'k8s: 1.29.3', 'containerd:', '  url: https://example.com/cri-containerd-cni-1.7.13-linux-amd64.tar.gz', 'igs:', '- name: nodes-a', '  type: m6i.large', '- name: nodes-b', '  type: m6g.large', ''].join('\n')

const inv: TemplateInvocation = {
  kind: 'config',
  at: { value: 'templates[0]', file: '.github/kops-preflight.yaml', pos: { line: 2, column: 3, endLine: 2, endColumn: 4 }, path: 'templates.0' },
  templates: ['kops/cluster.tmpl.yaml'],
  values: ['kops/values.yaml'],
  snippets: [],
  set: [],
  setString: [],
  name: null,
  out: null,
  failOnMissing: true,
  formatYaml: false,
  unresolved: [],
}

describe('parseManifestFile with a position mapper', () => {
  const files = [
    { path: 'kops/cluster.tmpl.yaml', text: TEMPLATE },
    { path: 'kops/values.yaml', text: VALUES },
  ]
  const r = renderInvocation(inv, files)

  it('renders one document per object', () => {
    expect(r.problems).toEqual([])
    expect(r.outputs.map((o) => o.text.split('\n')[1])).toEqual(['kind: Cluster', 'kind: InstanceGroup', 'kind: InstanceGroup'])
  })

  it('points values of the rendered Cluster at the template line and file', () => {
    const doc = r.outputs[0]
    const parsed = parseManifestFile('kops/cluster.tmpl.yaml', doc.text, undefined, [], doc.map)
    expect(parsed.problems).toEqual([])
    const cluster = parsed.docs[0]
    expect(cluster.string(['spec', 'containerd', 'packages', 'urlAmd64'])).toStrictEqual({
      value: 'https://example.com/cri-containerd-cni-1.7.13-linux-amd64.tar.gz',
      file: 'kops/cluster.tmpl.yaml',
      pos: { line: 9, column: 17, endLine: 9, endColumn: 18 },
      path: 'spec.containerd.packages.urlAmd64',
    })
    expect(cluster.keyAt(['spec', 'kubernetesVersion'])).toStrictEqual({
      value: 'kubernetesVersion',
      file: 'kops/cluster.tmpl.yaml',
      pos: { line: 6, column: 3, endLine: 6, endColumn: 20 },
      path: 'spec.kubernetesVersion',
    })
    expect(cluster.at).toEqual({ line: 2, column: 7, endLine: 2, endColumn: 14 })
  })

  it('points each ranged InstanceGroup at the lines inside the range body', () => {
    const names = r.outputs.slice(1).map((doc) => parseManifestFile('kops/cluster.tmpl.yaml', doc.text, undefined, [], doc.map).docs[0])
    expect(names.map((d) => [d.string(['metadata', 'name'])!.value, d.string(['spec', 'machineType'])!.pos.line, d.string(['spec', 'role'])!.pos])).toEqual([
      ['nodes-a', 20, { line: 19, column: 9, endLine: 19, endColumn: 13 }],
      ['nodes-b', 20, { line: 19, column: 9, endLine: 19, endColumn: 13 }],
    ])
  })

  it('gives the values file of a value printed from it, and nothing for text the template wrote', () => {
    const [cluster] = parseRendered(r)[0].docs
    expect(cluster.valuesAt(['spec', 'containerd', 'packages', 'urlAmd64'])).toEqual({ file: 'kops/values.yaml', line: 4, column: 8 })
    expect(cluster.valuesAt(['spec', 'containerd'])).toBeNull()
    expect(parseRendered(r).map((p) => [p.file, p.docs.map((d) => d.kind)])).toEqual([
      ['kops/cluster.tmpl.yaml', ['Cluster']],
      ['kops/cluster.tmpl.yaml', ['InstanceGroup']],
      ['kops/cluster.tmpl.yaml', ['InstanceGroup']],
    ])
  })

  it('names the values file and line of a printed value', () => {
    const doc = r.outputs[0]
    const at = doc.text.indexOf('https://')
    expect(doc.map(at)).toEqual({ file: 'kops/cluster.tmpl.yaml', line: 9, column: 17, valuesAt: { file: 'kops/values.yaml', line: 4, column: 8 } })
  })

  it('points values that come from an included, indented snippet at the snippet line', () => {
    const withSnippet = renderInvocation({ ...inv, snippets: ['kops/snippets'] }, [
      {
        path: 'kops/cluster.tmpl.yaml',
        text: 'apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: {{ .clusterName }}\nspec:\n  containerd:\n    {{ include "containerd.yaml" . | indent 4 }}\n',
      },
      { path: 'kops/snippets/containerd.yaml', text: 'version: 1.7.13\npackages:\n  urlAmd64: {{ .containerd.url }}\n' },
      { path: 'kops/values.yaml', text: VALUES },
    ])
    expect(withSnippet.problems).toEqual([])
    const [cluster] = parseRendered(withSnippet)[0].docs
    expect(cluster.string(['spec', 'containerd', 'version'])).toStrictEqual({
      value: '1.7.13',
      file: 'kops/snippets/containerd.yaml',
      pos: { line: 1, column: 10, endLine: 1, endColumn: 16 },
      path: 'spec.containerd.version',
    })
    expect(cluster.string(['spec', 'containerd', 'packages', 'urlAmd64'])).toMatchObject({ file: 'kops/snippets/containerd.yaml', pos: { line: 3, column: 13 } })
    expect(cluster.valuesAt(['spec', 'containerd', 'packages', 'urlAmd64'])).toEqual({ file: 'kops/values.yaml', line: 4, column: 8 })
  })

  it('leaves a plain file as it parsed before', () => {
    const plain = 'apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: a\nspec:\n  image: "{{ .x }}"\n'
    const parsed = parseManifestFile('c.yaml', plain)
    expect(parsed.templates).toEqual([{ text: "{{ .x }}", pos: { line: 6, column: 11, endLine: 6, endColumn: 19 } }])
    expect(parsed.docs[0].string(['metadata', 'name'])).toStrictEqual({ value: 'a', file: 'c.yaml', pos: { line: 4, column: 9, endLine: 4, endColumn: 10 }, path: 'metadata.name' })
  })
})
