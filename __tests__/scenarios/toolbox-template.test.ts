// A kops toolbox template repository end to end: the Makefile's invocation is rendered as kOps renders it, its
// clusters are checked, findings point at the template line that produced the value, and a committed --out file is
// checked once, through the template, with a warning when it is stale.
import { describe, expect, it } from '@jest/globals'
import { runCheck } from '../../src/check.js'
import type { RepoFile } from '../../src/repo/side.js'

const BUNDLE = 'https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz'
const TARBALL = 'https://github.com/containerd/containerd/releases/download/v1.7.6/containerd-1.7.6-linux-amd64.tar.gz'

const MAKEFILE = ['CLUSTER ?= prod.example.com', '', 'render:', '\tkops toolbox template --template kops/cluster.tmpl.yaml --values kops/values.yaml --name $(CLUSTER) --out kops/rendered.yaml', ''].join('\n')

const TEMPLATE = [
  'apiVersion: kops.k8s.io/v1alpha2',
  'kind: Cluster',
  'metadata:',
  '  name: {{ .clusterName }}',
  'spec:',
  '  cloudProvider: aws',
  '  kubernetesVersion: {{ .kubernetesVersion }}',
  '  networkCIDR: 172.20.0.0/16',
  '  nonMasqueradeCIDR: 100.64.0.0/10',
  '  containerd:',
  '    packages:',
  '      urlAmd64: {{ .containerd.url }}',
  '      hashAmd64: {{ .containerd.hash }}',
  '  networking:',
  '    calico: {}',
  '  subnets:',
  '  - name: eu-west-1a',
  '    type: Public',
  '    zone: eu-west-1a',
  '    cidr: 172.20.32.0/19',
  '  etcdClusters:',
  '{{- range $name := list "main" "events" }}',
  '  - name: {{ $name }}',
  '    etcdMembers:',
  '    - name: a',
  '      instanceGroup: control-plane-eu-west-1a',
  '{{- end }}',
  '---',
  'apiVersion: kops.k8s.io/v1alpha2',
  'kind: InstanceGroup',
  'metadata:',
  '  name: control-plane-eu-west-1a',
  '  labels:',
  '    kops.k8s.io/cluster: {{ .clusterName }}',
  'spec:',
  '  role: Master',
  '  machineType: m5.large',
  '  minSize: 1',
  '  maxSize: 1',
  '  subnets:',
  '  - eu-west-1a',
  '',
].join('\n')

function repo(kops: string, url: string, extra: Record<string, string> = {}): RepoFile[] {
  const files: Record<string, string> = {
    '.tool-versions': `kops ${kops}\n`,
    Makefile: MAKEFILE,
    'kops/cluster.tmpl.yaml': TEMPLATE,
    'kops/values.yaml': ['kubernetesVersion: 1.28.5', 'containerd:', `  url: ${url}`, '  hash: 83c77eec1c68348348d63623f03c711c3515e86e67e87f6e6a5921c33f7f5333', ''].join('\n'),
    ...extra,
  }
  return Object.entries(files).map(([path, text]) => ({ path, text }))
}

describe('kops toolbox template rendered as kOps renders it', () => {
  it('reports nodeup-fails at the template urlAmd64 line on a 1.28.1 → 1.29.0 bump with a cri-containerd-cni bundle in the values', () => {
    const { result } = runCheck({ base: { ref: 'base', files: repo('1.28.1', BUNDLE) }, head: { ref: 'head', files: repo('1.29.0', BUNDLE) } })
    const fails = result.findings.filter((f) => f.ruleId === 'nodeup-fails')
    expect(fails.map((f) => [f.status, f.file, f.line, f.column, f.cluster, f.instanceGroup, f.arch, f.kopsVersion])).toEqual([
      ['new', 'kops/cluster.tmpl.yaml', 12, 17, 'prod.example.com', 'control-plane-eu-west-1a', 'amd64', '1.29.0'],
    ])
    expect(fails[0].data.error).toBe('error building loader: building *model.CrictlBuilder: unable to locate asset "crictl": found multiple matching assets for key: "crictl"')
    // The fix would have to edit the values file, not the template expression: no edit is offered on the template.
    expect(fails[0].fix).toBeUndefined()
    expect(result.clusters.map((c) => [c.side, c.name, c.file, c.evaluated, c.renderedBy])).toEqual([
      ['base', 'prod.example.com', 'kops/cluster.tmpl.yaml', 'full', { file: 'Makefile', line: 4 }],
      ['head', 'prod.example.com', 'kops/cluster.tmpl.yaml', 'full', { file: 'Makefile', line: 4 }],
    ])
    // The template is rendered, so nothing about it is "not evaluated".
    expect(result.findings.filter((f) => f.ruleId === 'manifest-not-evaluated' || f.ruleId === 'manifest-invalid')).toEqual([])
  })

  it('reports nothing on the same bump with the containerd release tarball in the values', () => {
    const { result } = runCheck({ base: { ref: 'base', files: repo('1.28.1', TARBALL) }, head: { ref: 'head', files: repo('1.29.0', TARBALL) } })
    expect(result.findings.filter((f) => f.severity !== 'notice')).toEqual([])
  })

  it('checks a committed --out once, through the template, and warns when it differs from a fresh render', () => {
    const stale = { 'kops/rendered.yaml': TEMPLATE.replace('{{ .clusterName }}', 'prod.example.com').replace('{{ .kubernetesVersion }}', '1.27.9') }
    const { result } = runCheck({ head: { ref: 'head', files: repo('1.29.0', TARBALL, stale) } })
    expect(result.clusters.map((c) => [c.name, c.file])).toEqual([['prod.example.com', 'kops/cluster.tmpl.yaml']])
    expect(result.findings.filter((f) => f.ruleId === 'rendered-manifest-stale').map((f) => [f.severity, f.file, f.line, f.message])).toEqual([
      [
        'warning',
        'kops/rendered.yaml',
        7,
        'kops/rendered.yaml differs from a fresh render of kops/cluster.tmpl.yaml by kops toolbox template at Makefile:4, first at line 7; kops-preflight checked the template.',
      ],
    ])
  })

  it("reports kOps's own failure when the template uses a Helm function, at the expression", () => {
    const files = repo('1.29.0', TARBALL).map((f) => (f.path === 'kops/cluster.tmpl.yaml' ? { ...f, text: f.text.replace('{{ .kubernetesVersion }}', '{{ .kubernetesVersion | toYaml }}') } : f))
    const { result } = runCheck({ head: { ref: 'head', files } })
    const invalid = result.findings.filter((f) => f.ruleId === 'manifest-invalid')
    expect(invalid.map((f) => [f.file, f.line, f.messageId])).toEqual([['kops/cluster.tmpl.yaml', 7, 'templateFails']])
    expect(invalid[0].message).toContain('function "toYaml" not defined')
  })
})
