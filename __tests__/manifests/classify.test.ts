// What a file that mentions kOps objects is taken for, before any YAML is parsed: documentation, a plain manifest, or
// the template of another tool (with where its template syntax first shows).
import { describe, expect, it } from '@jest/globals'
import { classifyContext, classifyFile, inHelmChart, mentionsKopsObject, structuralLine, terraformTemplateNames } from '../../src/manifests/classify.js'
import { readManifests } from '../../src/manifests/group.js'

const head = (name: string) => ['apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', `  name: ${name}`, 'spec:']

function classify(files: Record<string, string>, path: string) {
  const list = Object.entries(files).map(([p, text]) => ({ path: p, text }))
  return classifyFile(path, files[path], classifyContext(list))
}

describe('classifyFile', () => {
  it('takes Markdown, reStructuredText, AsciiDoc and text for documentation', () => {
    const fenced = ['# Our cluster', '', '```yaml', ...head('c.example.com'), '  kubernetesVersion: 1.29.3', '```'].join('\n')
    for (const p of ['README.md', 'docs/setup.rst', 'docs/ops.adoc', 'notes.txt']) expect(classify({ [p]: fenced }, p)).toEqual({ kind: 'documentation' })
  })

  it('takes a literal YAML spec for a manifest, even when a script in it uses shell variables', () => {
    const text = [...head('c.example.com'), '  kubernetesVersion: 1.29.3', '  hooks:', '  - name: tz.service', '    manifest: |', '      Environment=TZ=${TZ}', '      ExecStart=/bin/echo $HOME', '  cloudProvider: aws'].join('\n')
    expect(classify({ 'c.yaml': text }, 'c.yaml')).toEqual({ kind: 'manifest' })
  })

  it('leaves aws-iam-authenticator placeholders as literal text', () => {
    const text = [...head('c.example.com'), '  authentication:', '    aws:', '      identityMappings:', '      - username: admin:{{SessionNameRaw}}'].join('\n')
    expect(classify({ 'c.yaml': text }, 'c.yaml')).toEqual({ kind: 'manifest' })
  })

  it('finds a Go template (kops toolbox template) at its first action', () => {
    const text = [...head('{{ .clusterName }}'), '  kubernetesVersion: {{ .k8s | default "1.29.3" }}'].join('\n')
    expect(classify({ 'c.yaml': text }, 'c.yaml')).toEqual({ kind: 'templated', engine: 'go-template', evidence: { text: '{{ .clusterName }}', pos: { line: 4, column: 9, endLine: 4, endColumn: 27 } } })
  })

  it('tells Go pipelines with sprig functions from Jinja2 filters', () => {
    const go = [...head('{{ .name | upper }}'), '{{ include "subnets" . | indent 2 }}'].join('\n')
    expect(classify({ 'c.yaml': go }, 'c.yaml')).toMatchObject({ engine: 'go-template' })
    const jinja = [...head('{{ cluster_name | lower }}'), '  kubernetesVersion: 1.29.3'].join('\n')
    expect(classify({ 'c.yaml': jinja }, 'c.yaml')).toMatchObject({ engine: 'jinja2', evidence: { text: '{{ cluster_name | lower }}' } })
  })

  it('finds Jinja2 by statements and by dotted names Go cannot parse', () => {
    const stmt = [...head('c.example.com'), '{% if spot %}', '  cloudProvider: aws', '{% endif %}'].join('\n')
    expect(classify({ 'ig.yaml': stmt }, 'ig.yaml')).toEqual({ kind: 'templated', engine: 'jinja2', evidence: { text: '{% if spot %}', pos: { line: 6, column: 1, endLine: 6, endColumn: 14 } } })
    expect(classify({ 'ig.yaml': [...head('{{ settings.domain }}')].join('\n') }, 'ig.yaml')).toMatchObject({ engine: 'jinja2', evidence: { text: '{{ settings.domain }}' } })
    expect(classify({ 'ig.yaml.j2': [...head('c.example.com')].join('\n') }, 'ig.yaml.j2')).toEqual({ kind: 'templated', engine: 'jinja2', evidence: null })
  })

  it('takes files under templates/ beside a Chart.yaml for Helm templates', () => {
    const files = { 'charts/kops/Chart.yaml': 'name: kops\n', 'charts/kops/templates/cluster.yaml': head('{{ .Values.name }}').join('\n'), 'other/templates/cluster.yaml': head('{{ .name }}').join('\n') }
    expect(classify(files, 'charts/kops/templates/cluster.yaml')).toMatchObject({ kind: 'templated', engine: 'helm', evidence: { text: '{{ .Values.name }}' } })
    expect(classify(files, 'other/templates/cluster.yaml')).toMatchObject({ engine: 'go-template' })
    expect(inHelmChart('charts/kops/templates/sub/ig.yaml', new Set(['charts/kops/Chart.yaml']))).toBe(true)
    expect(inHelmChart('charts/kops/ig.yaml', new Set(['charts/kops/Chart.yaml']))).toBe(false)
  })

  it('finds Terraform templates by extension, by directive and by a templatefile() call', () => {
    const directive = [...head('${cluster_name}'), '  kubernetesApiAccess:', '%{ for cidr in api_access ~}', '  - ${cidr}', '%{ endfor ~}'].join('\n')
    expect(classify({ 'k/cluster.yaml': directive }, 'k/cluster.yaml')).toEqual({ kind: 'templated', engine: 'terraform', evidence: { text: '%{ for cidr in api_access ~}', pos: { line: 7, column: 1, endLine: 7, endColumn: 29 } } })
    expect(classify({ 'c.tpl': head('${name}').join('\n') }, 'c.tpl')).toMatchObject({ engine: 'terraform', evidence: { text: '${name}' } })
    const files = { 'main.tf': 'locals {\n  spec = templatefile("${path.module}/specs/cluster.yaml", { name = var.name })\n}\n', 'specs/cluster.yaml': head('${name}').join('\n') }
    expect(classify(files, 'specs/cluster.yaml')).toMatchObject({ engine: 'terraform', evidence: { text: '${name}' } })
    expect(classify({ 'c.yaml': head('${var.cluster_name}').join('\n') }, 'c.yaml')).toMatchObject({ engine: 'terraform' })
    expect(terraformTemplateNames([{ path: 'x.tf', text: 'data "template_file" "c" {\n  template = file("tpl/ig.yaml")\n}' }])).toEqual(new Set(['ig.yaml']))
    expect(terraformTemplateNames([{ path: 'x.tf', text: 'resource "aws_s3_object" "spec" {\n  content = file("${path.module}/data/cluster.spec")\n}' }])).toEqual(new Set())
  })

  it('finds envsubst variables in values', () => {
    const text = [...head('${CLUSTER_NAME}'), '  kubernetesVersion: $K8S_VERSION'].join('\n')
    expect(classify({ 'c.yaml': text }, 'c.yaml')).toEqual({ kind: 'templated', engine: 'envsubst', evidence: { text: '${CLUSTER_NAME}', pos: { line: 4, column: 9, endLine: 4, endColumn: 24 } } })
    expect(classify({ 'c.yaml': [...head('c'), '  image: $AMI # from packer'].join('\n') }, 'c.yaml')).toMatchObject({ engine: 'envsubst', evidence: { text: '$AMI' } })
    expect(classify({ 'c.yaml': [...head('c'), '  # set $REGION first', '  cloudProvider: aws'].join('\n') }, 'c.yaml')).toEqual({ kind: 'manifest' })
  })

  it('takes jsonnet for a program, whatever it spells', () => {
    const text = "local s = import 'dev.libsonnet';\n{\n  apiVersion: 'kops.k8s.io/v1alpha2',\n  kind: 'InstanceGroup',\n  metadata: { name: s.name },\n}\n"
    expect(classify({ 'ig.jsonnet': text }, 'ig.jsonnet')).toEqual({ kind: 'templated', engine: 'jsonnet', evidence: null })
    expect(mentionsKopsObject(text)).toBe(true)
    expect(classify({ 'c.json': '{"apiVersion": "kops.k8s.io/v1alpha2", "kind": "Cluster", "metadata": {"name": "c"}}' }, 'c.json')).toEqual({ kind: 'manifest' })
  })

  it('never takes source code for a manifest, even when it embeds one', () => {
    const go = ['package x', '', 'const spec = `', ...head('c.example.com'), '  kubernetesVersion: 1.29.3', '`'].join('\n')
    expect(classify({ 'pkg/fixture_test.go': go }, 'pkg/fixture_test.go')).toEqual({ kind: 'other' })
    expect(classify({ 'mk.sh': ['cat > c.yaml <<EOF', ...head('$NAME'), 'EOF'].join('\n') }, 'mk.sh')).toEqual({ kind: 'other' })
    expect(classify({ 'fixtures.py': 'SPEC = {"apiVersion": "kops.k8s.io/v1alpha2", "kind": "Cluster"}\n' }, 'fixtures.py')).toEqual({ kind: 'other' })
  })

  it('takes a state store copy without an extension for a manifest', () => {
    expect(classify({ 'state/c.example.com/config': [...head('c.example.com'), '  kubernetesVersion: 1.29.3'].join('\n') }, 'state/c.example.com/config')).toEqual({ kind: 'manifest' })
  })

  it('ignores files about other objects', () => {
    expect(classify({ 'd.yaml': 'apiVersion: apps/v1\nkind: Deployment\n' }, 'd.yaml')).toEqual({ kind: 'other' })
    expect(classify({ 'README.md': 'Run kops toolbox template to render it.' }, 'README.md')).toEqual({ kind: 'other' })
  })
})

describe('readManifests over classified files', () => {
  const problems = (files: Record<string, string>) =>
    readManifests(Object.entries(files).map(([path, text]) => ({ path, text }))).problems.map((p) => ({ ruleId: p.ruleId, messageId: p.messageId, file: p.file, line: p.pos.line, data: p.data }))

  it('never reads documentation', () => {
    const set = readManifests([{ path: 'README.md', text: ['```', ...head('c.example.com'), '  kubernetesVersion: [', '```'].join('\n') }])
    expect(set).toEqual({ groups: [], problems: [], parsed: [], invocations: [], classified: [{ file: 'README.md', class: { kind: 'documentation' } }] })
  })

  it('gives a template one warning with its reason and remedy, and no manifest-invalid for what masking leaves', () => {
    const text = [...head('${cluster_name}'), '  kubernetesVersion: 1.29.3', '  subnets:', '${subnets_snippet}', '  etcdClusters:', '%{ for n in etcd ~}', '  - name: ${n}', '%{ endfor ~}', '  sshAccess: [${cidrs}'].join('\n')
    expect(problems({ 'tf/cluster.yaml.tpl': text })).toEqual([
      {
        ruleId: 'manifest-not-evaluated',
        messageId: 'templated',
        file: 'tf/cluster.yaml.tpl',
        line: 10,
        data: { engine: 'Terraform template', evidence: ' (%{ for n in etcd ~})', reason: '', remedy: 'commit the manifest Terraform renders from it (e.g. with a local_file resource), and check that file' },
      },
    ])
  })

  it('keeps broken YAML in a plain manifest an error', () => {
    expect(problems({ 'c.yaml': [...head('c.example.com'), '  kubernetesVersion: [1.29'].join('\n') }).map((p) => [p.ruleId, p.messageId, p.line])).toEqual([['manifest-invalid', 'yamlError', 6]])
  })

  it('reads the literal parts of a template and warns where a decisive value is templated', () => {
    const text = [...head('{{ .name }}'), '  kubernetesVersion: 1.29.3', '{{- if .spot }}', '  cloudProvider: aws', '{{- end }}', '  containerd:', '    version: {{ .containerd }}', '  # {{ .comment }}'].join('\n')
    const set = readManifests([{ path: 'c.yaml', text }])
    expect(set.groups.map((g) => [g.cluster?.kubernetesVersion?.value, g.cluster?.cloudProvider?.value])).toEqual([['1.29.3', 'aws']])
    expect(set.problems.map((p) => [p.messageId, p.pos.line, p.data.value ?? p.data.evidence])).toEqual([
      ['templated', 4, ' ({{ .name }})'],
      ['variable', 11, '{{ .containerd }}'],
    ])
  })

  it('says why a Go template was not rendered: no invocation, or one whose arguments are not literal', () => {
    const tmpl = [...head('{{ .clusterName }}'), '  kubernetesVersion: 1.29.3'].join('\n')
    const reason = (files: Record<string, string>) => readManifests(Object.entries(files).map(([path, text]) => ({ path, text }))).problems.map((p) => [p.data.reason, p.data.remedy])
    expect(reason({ 'kops/cluster.tmpl.yaml': tmpl })).toEqual([
      ['; no kops toolbox template invocation with literal arguments names it', 'add a templates: entry (template, values, name) to .github/kops-preflight.yaml, or commit the Makefile, script or workflow that runs kops toolbox template with literal arguments'],
    ])
    const mk = 'render:\n\tkops toolbox template --template kops --values kops/values-$(ENV).yaml\n'
    expect(reason({ 'kops/cluster.tmpl.yaml': tmpl, Makefile: mk })).toEqual([
      ['; its kops toolbox template at Makefile:2 has arguments that are not literal (--values kops/values-$(ENV).yaml)', 'add a templates: entry to .github/kops-preflight.yaml with the values, name and snippets that invocation uses'],
    ])
    expect(reason({ 'kops/cluster.tmpl.yaml': tmpl, Makefile: mk.replace('$(ENV)', 'prod') })).toEqual([['; kops toolbox template at Makefile:2 renders it', 'render it as that invocation does (kops-preflight render shows the output)']])
  })

  it('does not parse jsonnet', () => {
    const set = readManifests([{ path: 'k/ig.libsonnet', text: "{ apiVersion: 'kops.k8s.io/v1alpha2', kind: 'Cluster', spec: { kubernetesVersion: std.extVar('k8s') } }" }])
    expect(set.groups).toEqual([])
    expect(set.problems.map((p) => [p.messageId, p.data.engine])).toEqual([['templated', 'jsonnet program']])
  })
})

describe('structuralLine', () => {
  it('finds the first line of template control, not comments, values or scripts', () => {
    expect(structuralLine(['a: {{ .x }}', '{{/* note */}}', '{# note #}', 'b:', '{{- range .zones }}', '- {{ . }}', '{{- end }}'].join('\n'))).toBe(5)
    expect(structuralLine(['spec:', '  subnets:', '${subnets}'].join('\n'))).toBe(3)
    expect(structuralLine(['spec:', '%{ for z in zones ~}', '  - ${z}', '%{ endfor ~}'].join('\n'))).toBe(2)
    expect(structuralLine(['spec:', '{% if spot %}', '  maxPrice: "0.1"', '{% endif %}'].join('\n'))).toBe(2)
    expect(structuralLine(['spec:', '  image: {{ .image }}', '  hooks:', '  - manifest: |', '      ${SCRIPT}', '  role: Node', '  user: {{SessionName}}'].join('\n'))).toBeNull()
  })
})
