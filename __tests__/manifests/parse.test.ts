// Finding kOps documents in a file and reading values with their positions (1-based line and column, end column
// exclusive), through template masking, invalid YAML and missing document separators.
import { describe, expect, it } from '@jest/globals'
import { looksLikeKopsManifest, parseManifestFile } from '../../src/manifests/parse.js'
import { isUnresolved } from '../../src/manifests/templates.js'

const URL_AMD = 'https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz'

const CLUSTER = [
  'apiVersion: kops.k8s.io/v1alpha2', //  1
  'kind: Cluster', //                       2
  'metadata:', //                           3
  '  name: c.example.com', //               4
  'spec:', //                               5
  '  kubernetesVersion: 1.30.2', //         6
  '  containerd:', //                       7
  '    packages:', //                       8
  `      urlAmd64: ${URL_AMD}`, //          9
  `      hashAmd64: "${'ab'.repeat(32)}"`, // 10
].join('\n')

const IG = ['apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata:', '  name: nodes', '  labels:', '    kops.k8s.io/cluster: c.example.com', 'spec:', '  role: Node', '  machineType: m6g.large'].join('\n')

describe('positions', () => {
  it('locates spec.containerd.packages.urlAmd64 with an exclusive end column', () => {
    const [doc] = parseManifestFile('clusters/c.yaml', CLUSTER).docs
    const url = doc.string(['spec', 'containerd', 'packages', 'urlAmd64'])
    expect(url).toEqual({ value: URL_AMD, file: 'clusters/c.yaml', path: 'spec.containerd.packages.urlAmd64', pos: { line: 9, column: 17, endLine: 9, endColumn: 17 + URL_AMD.length } })
  })

  it('includes the quotes of a quoted scalar in its span', () => {
    const [doc] = parseManifestFile('c.yaml', CLUSTER).docs
    expect(doc.string(['spec', 'containerd', 'packages', 'hashAmd64'])?.pos).toEqual({ line: 10, column: 18, endLine: 10, endColumn: 18 + 66 })
  })

  it('keeps a number-looking version as its source text', () => {
    const [doc] = parseManifestFile('c.yaml', CLUSTER.replace('1.30.2', '1.30')).docs
    expect(doc.string(['spec', 'kubernetesVersion'])).toMatchObject({ value: '1.30', pos: { line: 6, column: 22, endLine: 6, endColumn: 26 } })
  })

  it('records where each document\'s kind is', () => {
    const [doc] = parseManifestFile('c.yaml', CLUSTER).docs
    expect(doc.at).toEqual({ line: 2, column: 7, endLine: 2, endColumn: 14 })
    expect(doc.apiVersion).toBe('kops.k8s.io/v1alpha2')
  })

  it('gives positions relative to the file in later documents', () => {
    const p = parseManifestFile('all.yaml', `${CLUSTER}\n---\n${IG}`)
    expect(p.docs.map((d) => d.kind)).toEqual(['Cluster', 'InstanceGroup'])
    expect(p.docs[1].string(['spec', 'machineType'])?.pos).toEqual({ line: 20, column: 16, endLine: 20, endColumn: 25 })
    expect(p.docs[1].at.line).toBe(13)
    expect(p.problems).toEqual([])
  })

  it('handles CRLF line endings', () => {
    const [doc] = parseManifestFile('c.yaml', CLUSTER.replace(/\n/g, '\r\n')).docs
    expect(doc.string(['spec', 'containerd', 'packages', 'urlAmd64'])?.pos).toEqual({ line: 9, column: 17, endLine: 9, endColumn: 17 + URL_AMD.length })
  })
})

describe('which documents are kOps documents', () => {
  it('accepts kops.k8s.io/v1alpha2, kops.k8s.io/v1alpha3 and the old kops/v1alpha2', () => {
    for (const api of ['kops.k8s.io/v1alpha2', 'kops.k8s.io/v1alpha3', 'kops/v1alpha2']) {
      const p = parseManifestFile('c.yaml', CLUSTER.replace('kops.k8s.io/v1alpha2', api))
      expect(p.docs.map((d) => [d.kind, d.apiVersion])).toEqual([['Cluster', api]])
    }
  })

  it('skips other kinds and API groups in the same file', () => {
    const cm = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: x', 'data:', '  a: b'].join('\n')
    const other = CLUSTER.replace('kops.k8s.io/v1alpha2', 'cluster.x-k8s.io/v1beta1')
    const p = parseManifestFile('mixed.yaml', [cm, other, IG].join('\n---\n'))
    expect(p.docs.map((d) => d.kind)).toEqual(['InstanceGroup'])
  })

  it('sniffs file contents cheaply', () => {
    expect(looksLikeKopsManifest(CLUSTER)).toBe(true)
    expect(looksLikeKopsManifest(CLUSTER.replace('kops.k8s.io/v1alpha2', 'kops/v1alpha2'))).toBe(true)
    expect(looksLikeKopsManifest('apiVersion: apps/v1\nkind: Deployment\n')).toBe(false)
    expect(looksLikeKopsManifest('apiVersion: kops.k8s.io/v1alpha2\nkind: Keyset\n')).toBe(false)
  })

  it('reports a document without a spec; a missing name makes a fragment, not an error', () => {
    const p = parseManifestFile('c.yaml', ['apiVersion: kops.k8s.io/v1alpha2', 'kind: InstanceGroup', 'metadata: {}', 'spec: 3'].join('\n'))
    expect(p.problems.map((x) => [x.ruleId, x.messageId, x.pos.line])).toEqual([['manifest-invalid', 'noSpec', 4]])
    expect(p.docs).toHaveLength(1)
  })
})

describe('Go templates (kops toolbox template)', () => {
  const T = [
    'apiVersion: kops.k8s.io/v1alpha2', //  1
    'kind: Cluster', //                       2
    'metadata:', //                           3
    '  name: {{ .clusterName }}', //          4
    'spec:', //                               5
    '  kubernetesVersion: "{{ .k8s }}"', //   6
    '{{ if .bundle }}', //                    7
    '  containerRuntime: containerd', //      8
    '{{ end }}', //                           9
    '  cloudProvider: aws', //                10
  ].join('\n')

  it('reports the file once, at its first action, and keeps every expression for the renderer', () => {
    const p = parseManifestFile('t.yaml', T)
    expect(p.engine).toBe('go-template')
    expect(p.problems).toEqual([
      {
        ruleId: 'manifest-not-evaluated',
        messageId: 'templated',
        file: 't.yaml',
        pos: { line: 4, column: 9, endLine: 4, endColumn: 27 },
        data: {
          engine: 'Go template (kops toolbox template)',
          evidence: ' ({{ .clusterName }})',
          reason: '; no kops toolbox template invocation with literal arguments names it',
          remedy: 'add a templates: entry (template, values, name) to .github/kops-preflight.yaml, or commit the Makefile, script or workflow that runs kops toolbox template with literal arguments',
        },
      },
    ])
    expect(p.templates.map((e) => [e.text, e.pos.line])).toEqual([
      ['{{ .clusterName }}', 4],
      ['{{ .k8s }}', 6],
      ['{{ if .bundle }}', 7],
      ['{{ end }}', 9],
    ])
  })

  it('still parses the document, keeping every other position', () => {
    const [doc] = parseManifestFile('t.yaml', T).docs
    expect(doc.string(['spec', 'cloudProvider'])).toMatchObject({ value: 'aws', pos: { line: 10, column: 18, endLine: 10, endColumn: 21 } })
    expect(doc.string(['spec', 'containerRuntime'])?.pos.line).toBe(8)
    const name = doc.string(['metadata', 'name'])
    expect(name?.pos).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 27 })
    expect(isUnresolved(name?.value ?? '')).toBe(true)
    expect(isUnresolved(doc.string(['spec', 'kubernetesVersion'])?.value ?? '')).toBe(true)
  })

  it('reports shell-style variables once for the file, and again where a decisive value depends on one', () => {
    const p = parseManifestFile('v.yaml', CLUSTER.replace('1.30.2', '${K8S_VERSION}').replace(URL_AMD, '${MIRROR}/cri-containerd.tgz'))
    expect(p.problems.map((x) => [x.ruleId, x.messageId, x.data.field ?? x.data.engine, x.data.value ?? x.data.evidence, x.pos.line, x.pos.column])).toEqual([
      ['manifest-not-evaluated', 'templated', 'file with shell variables (envsubst)', ' (${K8S_VERSION})', 6, 22],
      ['manifest-not-evaluated', 'variable', 'spec.containerd.packages.urlAmd64', '${MIRROR}/cri-containerd.tgz', 9, 17],
    ])
  })
})

describe('invalid YAML', () => {
  const head = ['apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', '  name: c.example.com', 'spec:']

  it('reports manifest-invalid at the error and still parses the other documents', () => {
    const p = parseManifestFile('bad.yaml', [...head, '\tcloudProvider: aws', '---', IG].join('\n'))
    expect(p.problems.map((x) => [x.ruleId, x.messageId, x.pos.line, x.pos.column])).toEqual([['manifest-invalid', 'yamlError', 6, 1]])
    expect(p.docs.map((d) => d.kind)).toEqual(['InstanceGroup'])
    expect(p.docs[0].string(['spec', 'role'])?.pos.line).toBe(15)
  })

  it('a nested mapping in a compact value is reported at that value', () => {
    const p = parseManifestFile('bad.yaml', [...head, '  cloudProvider: aws: gce'].join('\n'))
    expect(p.problems.map((x) => [x.messageId, x.pos.line, x.pos.column])).toEqual([['yamlError', 6, 18]])
    expect(p.docs).toEqual([])
  })

  it('reports duplicate keys and reads the last value', () => {
    const p = parseManifestFile('dup.yaml', [...head, '  cloudProvider: aws', '  cloudProvider: gce'].join('\n'))
    expect(p.problems.map((x) => [x.messageId, x.pos.line, x.pos.column])).toEqual([['duplicateKey', 7, 3]])
    expect(p.docs[0].string(['spec', 'cloudProvider'])?.value).toBe('gce')
  })
})

describe('documents without --- between them', () => {
  it('reports the missing separator at the second apiVersion and reads both objects', () => {
    const p = parseManifestFile('joined.yaml', `${CLUSTER}\n${IG}`)
    expect(p.problems.map((x) => [x.ruleId, x.messageId, x.pos])).toEqual([['manifest-invalid', 'missingSeparator', { line: 11, column: 1, endLine: 11, endColumn: 11 }]])
    expect(p.docs.map((d) => [d.kind, d.at.line])).toEqual([
      ['Cluster', 2],
      ['InstanceGroup', 12],
    ])
    expect(p.docs[1].string(['metadata', 'name'])?.pos.line).toBe(14)
  })

  it('does not split at an indented apiVersion', () => {
    const p = parseManifestFile('c.yaml', `${CLUSTER}\n  fileAssets:\n  - name: x\n    content: |\n      apiVersion: v1\n    path: /x`)
    expect(p.problems).toEqual([])
    expect(p.docs).toHaveLength(1)
  })
})
