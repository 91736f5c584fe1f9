// Go text/template semantics as kops toolbox template runs them: a table of template → output (or kOps's error
// text), decided against Go's documented behaviour and the text/template, sprig and kOps templater sources.
import { describe, expect, it } from '@jest/globals'
import type { TemplateInvocation } from '../../src/templates/invocation.js'
import { renderInvocation } from '../../src/templates/render.js'

function invocation(over: Partial<TemplateInvocation> = {}): TemplateInvocation {
  return {
    kind: 'config',
    at: { value: 'kops toolbox template', file: 'Makefile', pos: { line: 3, column: 2, endLine: 3, endColumn: 23 }, path: 'kops toolbox template' },
    templates: ['cluster.tmpl.yaml'],
    values: ['values.yaml'],
    snippets: [],
    set: [],
    setString: [],
    name: null,
    out: null,
    failOnMissing: true,
    formatYaml: false,
    unresolved: [],
    ...over,
  }
}

function render(template: string, values = '{}', over: Partial<TemplateInvocation> = {}, extra: Record<string, string> = {}, kopsVersion?: string) {
  const files = Object.entries({ 'cluster.tmpl.yaml': template, 'values.yaml': values, ...extra }).map(([path, text]) => ({ path, text }))
  return renderInvocation(invocation(over), files, { kopsVersion })
}

/** The rendered text, or the first problem's message. */
function out(template: string, values = '{}', over: Partial<TemplateInvocation> = {}, extra: Record<string, string> = {}, kopsVersion?: string): string {
  const r = render(template, values, over, extra, kopsVersion)
  return r.problems.length ? `ERROR ${r.problems[0].message}` : r.text
}

const M = (msg: string): string => `unable to render template: cluster.tmpl.yaml, error: ${msg}`
const E = (msg: string): string => `ERROR ${M(msg)}`

describe('text/template semantics', () => {
  const cases: [string, string, string, string][] = [
    ['literal text passes through', 'a: 1\nb: "x"\n', '{}', 'a: 1\nb: "x"\n'],
    ['field access and nested keys', '{{ .a }}-{{ .b.c }}', 'a: x\nb:\n  c: z\n', 'x-z'],
    ['left trim marker eats preceding white space and newlines', 'a:  \n  {{- .a }}', 'a: 1', 'a:1'],
    ['right trim marker eats following white space', '{{ .a -}}  \n  b', 'a: 1', '1b'],
    ['a dash without a space is a number, not a trim marker', '{{-3}}', '{}', '-3'],
    ['comments vanish, with trim markers', 'a\n{{- /* note */ -}}\nb', '{}', 'ab'],
    ['range over a slice with $i, $v', '{{ range $i, $v := .l }}{{ $i }}={{ $v }};{{ end }}', 'l: [a, b]', '0=a;1=b;'],
    ['range over a map visits keys in sorted order', '{{ range $k, $v := .m }}{{ $k }}:{{ $v }} {{ end }}', 'm: {zeta: 1, alpha: 2, Beta: 3}', 'Beta:3 alpha:2 zeta:1 '],
    ['range with one variable binds the element', '{{ range $v := .l }}{{ $v }}{{ end }}', 'l: [p, q]', 'pq'],
    ['range else runs on an empty list', '{{ range .l }}x{{ else }}empty{{ end }}', 'l: []', 'empty'],
    ['range sets dot to the element', '{{ range .l }}[{{ .v }}]{{ end }}', 'l: [{v: 1}, {v: 2}]', '[1][2]'],
    ['break and continue', '{{ range .l }}{{ if eq . "b" }}{{ continue }}{{ end }}{{ if eq . "d" }}{{ break }}{{ end }}{{ . }}{{ end }}', 'l: [a, b, c, d, e]', 'ac'],
    ['with sets dot, else runs on empty', '{{ with .a }}{{ .b }}{{ end }}|{{ with .z }}x{{ else }}none{{ end }}', 'a: {b: 1}\nz: ""', '1|none'],
    ['if / else if / else', '{{ if .a }}A{{ else if .b }}B{{ else }}C{{ end }}', 'a: false\nb: 0', 'C'],
    ['variables persist to the end of their block and can be reassigned', '{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}', '{}', '2'],
    ['define and template with a pipeline', '{{ define "t" }}<{{ . }}>{{ end }}{{ template "t" .a }}', 'a: x', '<x>'],
    ['block defines and runs in place', '{{ block "b" .a }}[{{ . }}]{{ end }}', 'a: 1', '[1]'],
    ['template invocations do not see the caller\'s variables but get $', '{{ define "t" }}{{ $.k }}{{ end }}{{ template "t" . }}', 'k: v', 'v'],
    ['parenthesised pipelines and pipes pass the last argument', '{{ printf "%s-%s" (.a | upper) "z" }}', 'a: x', 'X-z'],
    ['and / or return the deciding value', '{{ and 1 0 2 }} {{ or 0 "" "x" }} {{ and 1 2 }}', '{}', '0 x 2'],
    ['not, len, index, slice', '{{ not .a }} {{ len .l }} {{ index .l 1 }} {{ slice .l 1 }}', 'a: ""\nl: [a, b, c]', 'true 3 b [b c]'],
    ['index of a map with a missing key gives no value', '{{ index .m "zz" }}', 'm: {a: 1}', '<no value>'],
    ['print spaces non-string operands only', '{{ print 1 2 "a" "b" 3 }}|{{ println "a" 1 }}', '{}', '1 2ab3|a 1\n'],
    ['printf verbs', '{{ printf "%d %5.2f %q %v %x %t %s" 7 3.14159 "hi" .l 255 true .m }}', 'l: [1, 2]\nm: {b: x, a: z}', '7  3.14 "hi" [1 2] ff true map[a:z b:x]'],
    ['printf reports wrong and missing arguments like fmt', '{{ printf "%d %s" "x" }}', '{}', '%!d(string=x) %!s(MISSING)'],
    ['html, js, urlquery', '{{ html "<a&\'b>" }} {{ js "a\'b<" }} {{ urlquery "a b&c" }}', '{}', '&lt;a&amp;&#39;b&gt; a\\\'b\\u003C a+b%26c'],
    ['eq with several arguments, ne, lt, ge on strings', '{{ eq .a "x" "z" }} {{ ne 1 2 }} {{ lt "a" "b" }} {{ ge 2 2 }}', 'a: z', 'true true true true'],
    ['maps and slices print as fmt does', '{{ .m }} {{ .l }} {{ .e }}', 'm: {b: [1, 2], a: {c: null}}\nl: []\ne: {}', 'map[a:map[c:<nil>] b:[1 2]] [] map[]'],
    ['a null value prints <no value>', '{{ .a }}', 'a: null', '<no value>'],
    ['chained field of a missing key with missingkey=default', '{{ .a.b }}', '{}', '<no value>'],
  ]
  it.each(cases)('%s', (_name, template, values, expected) => {
    expect(out(template, values, { failOnMissing: false })).toBe(expected)
  })
})

describe('values as sigs.k8s.io/yaml decodes them (YAML 1.1, then JSON)', () => {
  const cases: [string, string, string][] = [
    ['integers of a million and more print in %v float form', 'big: 1000000\nsmall: 999999\nacct: 123456789012', '1e+06 999999 1.23456789012e+11'],
    ['floats lose trailing zeros', 'v: 1.30\nw: 1.0\nx: 0.000012', '1.3 1 1.2e-05'],
    ['YAML 1.1 octal', 'mode: 0755\nother: 0o17', '493 15'],
    ['YAML 1.1 booleans', 'a: on\nb: yes\nc: off\nd: N', 'true true false false'],
    ['keys that are YAML 1.1 booleans become "true"/"false"', 'true: 1\nfalse: 2', '1 2'],
    ['a lone y or n is a boolean too', 'a: y\nb: n', 'true false'],
    ['a number too large for float64 stays a string', 'a: 1e400\nb: 12345678901234567890', '1e400 1.2345678901234567e+19'],
    ['timestamps and base-60 numbers stay strings', 'a: 2024-01-02\nb: "x"\nc: 12:30\nd: null', '2024-01-02 x 12:30 <no value>'],
  ]
  it.each(cases)('%s', (_name, values, expected) => {
    const keys = [...values.matchAll(/^(\w+):/gm)].map((m) => m[1])
    expect(out(keys.map((k) => `{{ .${k} }}`).join(' '), values)).toBe(expected)
  })

  it('merge keys apply where they appear, as go-yaml v2 does; of a list of maps the first wins', () => {
    const values = 'base: &b {p: 1, k: 2}\nbefore:\n  <<: *b\n  k: 3\nafter:\n  k: 3\n  <<: *b\nmulti:\n  <<: [*b, {p: 7, z: 9}]\n'
    expect(out('{{ .before }} {{ .after }} {{ .multi }}', values)).toBe('map[k:3 p:1] map[k:2 p:1] map[k:2 p:1 z:9]')
  })

  it('numbers from values files are float64: comparing with an int constant fails as in Go 1.25', () => {
    expect(out('{{ if eq .replicas 3 }}three{{ end }}', 'replicas: 3')).toBe(
      E('template: mainTemplate:1:6: executing "mainTemplate" at <eq .replicas 3>: error calling eq: incompatible types for comparison: float64 and int'),
    )
    expect(out('{{ if eq .replicas 3 }}three{{ end }}', 'replicas: 3', {}, {}, '1.30.0')).toBe(
      E('template: mainTemplate:1:6: executing "mainTemplate" at <eq .replicas 3>: error calling eq: incompatible types for comparison'),
    )
    expect(out('{{ if eq .replicas 3.0 }}three{{ end }}', 'replicas: 3')).toBe('three')
  })

  it('merges values files in order: maps deeply, lists and scalars replaced whole, null sets null', () => {
    const r = render('{{ .a.p }} {{ .a.q }} {{ .l }} {{ .s }} {{ .nn }}', 'a: {p: 1, q: 2}\nl: [1, 2, 3]\ns: one\nnn: {deep: 1}', { values: ['values.yaml', 'override.yaml'] }, {
      'override.yaml': 'a: {q: 20}\nl: [9]\ns: two\nnn: null',
    })
    expect(r.problems).toEqual([])
    expect(r.text).toBe('1 20 [9] two <no value>')
  })

  it('applies --set after the files and --set-string after --set, with lists and indices', () => {
    const r = render('{{ .a.b }} {{ .c }} {{ .d }} {{ .e }} {{ .f }} {{ printf "%T %T" .a.b .d }}', 'a: {b: 1}', {
      set: ['a.b=5,c={x,y}', 'd=true,e[1]=z'],
      setString: ['f=007', 'd=true'],
    })
    expect(r.problems).toEqual([])
    expect(r.text).toBe('5 [x y] true [<nil> z] 007 int64 string')
  })

  it('reports a --set that kOps cannot parse with its text', () => {
    expect(out('x', '{}', { set: ['a.b'] })).toBe('ERROR failed parsing --set data: key "b" has no value')
    expect(out('x', '{}', { set: ['a,b=1'] })).toBe('ERROR failed parsing --set data: key "a" has no value (cannot end with ,)')
  })

  it('takes clusterName from the values, else from the invocation name', () => {
    expect(out('{{ .clusterName }}', 'clusterName: a.example.com', { name: 'b.example.com' })).toBe('a.example.com')
    expect(out('{{ .clusterName }}', '{}', { name: 'b.example.com' })).toBe('b.example.com')
    expect(out('[{{ .clusterName }}]', 'clusterName: 3', { name: 'b.example.com' })).toBe('[b.example.com]')
  })

  it('without --name the cluster name comes from KOPS_CLUSTER_NAME or the kubeconfig: unknown here', () => {
    const r = render('a: 1\nname: {{ .clusterName }}\n')
    expect(r.unknown).toBe(true)
    expect(r.problems.map((p) => [p.reason, p.pos.line, p.message])).toEqual([
      ['unknown', 2, 'not evaluated offline: template: mainTemplate:2:9: .clusterName is the cluster name kops takes from KOPS_CLUSTER_NAME or the kubeconfig context (no --name given)'],
    ])
    expect(render('{{ toJson . }}').unknown).toBe(true)
    expect(render('{{ include "s" . }}', '{}', { snippets: ['s'] }, { s: 'plain' }).text).toBe('plain')
    expect(renderInvocation(invocation({ templates: ['cluster.tmpl.yaml'] }), [{ path: 'cluster.tmpl.yaml', text: '{{ .clusterName }}' }, { path: 'values.yaml', text: '' }], { envClusterName: 'env.example.com' }).text).toBe('env.example.com')
  })
})

describe('missing keys', () => {
  it('aborts the render with --fail-on-missing (the default), pointing at the expression', () => {
    const r = render('spec:\n  name: {{ .cluster.nme }}\n', 'cluster: {name: x}')
    expect(r.problems).toEqual([
      {
        file: 'cluster.tmpl.yaml',
        pos: { line: 2, column: 9, endLine: 2, endColumn: 27 },
        message: M('template: mainTemplate:2:19: executing "mainTemplate" at <.cluster.nme>: map has no entry for key "nme"'),
        reason: 'missing-key',
      },
    ])
    expect(r.outputs).toEqual([])
    expect(r.unknown).toBe(false)
  })

  it('prints <no value> with --fail-on-missing=false and is complete', () => {
    const r = render('a: {{ .missing }}\n', '{}', { failOnMissing: false })
    expect(r.problems).toEqual([])
    expect(r.text).toBe('a: <no value>\n')
  })

  it('names the executing template and the file-level template it was parsed from', () => {
    expect(out('{{ define "x" }}\n  {{ .nope }}{{ end }}{{ template "x" . }}')).toBe(E('template: mainTemplate:2:5: executing "x" at <.nope>: map has no entry for key "nope"'))
    const r = render('a\n{{ template "y" . }}', '{}', { snippets: ['s'] }, { 's/parts.tmpl': '{{ define "y" }}{{ .nope }}{{ end }}' })
    expect(r.problems.map((p) => [p.file, p.pos.line, p.message])).toEqual([
      ['s/parts.tmpl', 1, M('template: parts.tmpl:1:19: executing "y" at <.nope>: map has no entry for key "nope"')],
    ])
  })

  it('fails even behind default, since the argument is evaluated first', () => {
    expect(out('{{ .x | default "d" }}')).toBe(E('template: mainTemplate:1:3: executing "mainTemplate" at <.x>: map has no entry for key "x"'))
  })

  it('a field of a null value is a nil pointer evaluation in both modes', () => {
    expect(out('{{ .a.b }}', 'a: null', { failOnMissing: false })).toBe(
      E('template: mainTemplate:1:5: executing "mainTemplate" at <.a.b>: nil pointer evaluating interface {}.b'),
    )
  })
})

describe('parse errors and undefined functions', () => {
  it('rejects Helm functions as kOps does', () => {
    expect(out('a: {{ .a | toYaml }}', 'a: 1')).toBe(E('template: mainTemplate:1: function "toYaml" not defined'))
    expect(out('a: {{ required "x" .a }}', 'a: 1')).toBe(E('template: mainTemplate:1: function "required" not defined'))
  })

  it('reports unclosed actions and unexpected ends', () => {
    expect(out('a\n{{ if .a }}x')).toBe(E('template: mainTemplate:2: unexpected EOF'))
    expect(out('{{ end }}')).toBe(E('template: mainTemplate:1: unexpected {{end}}'))
    expect(out('{{ .a ')).toBe(E('template: mainTemplate:1: unclosed action'))
    expect(out('{{ $x }}')).toBe(E('template: mainTemplate:1: undefined variable "$x"'))
  })

  it.each([
    ['an action left open over lines names where it started', 'kind: Cluster\n{{ .a\n\n', 'template: mainTemplate:4: unclosed action started at mainTemplate:2'],
    ['an unclosed comment', 'a\n{{/* note }}', 'template: mainTemplate:2: unclosed comment'],
    ['a stray right paren', '{{ .a ) }}', "template: mainTemplate:1: unexpected right paren U+0029 ')'"],
    ['a bad character after a field', '{{ .a# }}', "template: mainTemplate:1: bad character U+0023 '#'"],
    ['a literal cannot start a later pipeline stage', '{{ .a | "x" }}', 'template: mainTemplate:1: non executable command in pipeline stage 2'],
    ['break outside range', '{{ if .a }}{{ break }}{{ end }}', 'template: mainTemplate:1: {{break}} outside {{range}}'],
    ['range declares at most two variables', '{{ range $a, $b, $c := .l }}{{ end }}', 'template: mainTemplate:1: too many declarations in range'],
  ])('%s', (_name, template, message) => {
    expect(out(template, 'a: 1')).toBe(E(message))
  })

  it('parses else with only from Go 1.23 (kOps 1.30.4, 1.31.0)', () => {
    const t = '{{ with .a }}A{{ else with .b }}{{ . }}{{ end }}'
    expect(out(t, 'a: ""\nb: B')).toBe('B')
    expect(out(t, 'a: ""\nb: B', {}, {}, '1.30.0')).toBe(E('template: mainTemplate:1: unexpected <with> in else'))
  })

  it('ranges over an integer only from Go 1.24 (kOps 1.32.1, 1.33.0)', () => {
    expect(out('{{ range 3 }}{{ . }}{{ end }}')).toBe('012')
    expect(out('{{ range 3 }}{{ . }}{{ end }}', '{}', {}, {}, '1.32.0')).toBe(E('template: mainTemplate:1:9: executing "mainTemplate" at <3>: range can\'t iterate over 3'))
  })
})

describe('sprig and kOps functions', () => {
  it("kOps's indent does not indent the first line or empty lines; nindent stays sprig's", () => {
    expect(out('x:{{ indent 2 .s }}|{{ nindent 2 .s }}', 's: "a\\n\\nb"')).toBe('x:a\n\n  b|\n  a\n  \n  b')
  })

  it('include needs a map argument and renders a snippet by base name', () => {
    const extra = { 'snippets/labels.yaml': 'team: {{ .team }}' }
    expect(out('{{ include "labels.yaml" . }}', 'team: infra', { snippets: ['snippets'] }, extra)).toBe('team: infra')
    expect(out('{{ include "labels.yaml" .team }}', 'team: infra', { snippets: ['snippets'] }, extra)).toBe(
      E('template: mainTemplate:1:25: executing "mainTemplate" at <.team>: wrong type for value; expected map[string]interface {}; got string'),
    )
    expect(out('{{ include "nope" . }}', 'team: infra', { snippets: ['snippets'] }, extra)).toBe(
      E('template: mainTemplate:1:3: executing "mainTemplate" at <include "nope" .>: error calling include: snippet: nope, issue: template: no template "nope" associated with template "mainTemplate"'),
    )
  })

  it('common sprig functions', () => {
    const t = '{{ .a | quote }} {{ .a | squote }} {{ default "d" .e }} {{ .l | join "," }} {{ splitList "," "a,b" }} {{ add 1 2 }} {{ upper "x" }} {{ trimSuffix ".com" "a.com" }} {{ .m | toJson }} {{ b64enc "hi" }} {{ ternary "y" "n" true }} {{ list 1 "a" }} {{ dict "k" 1 }}'
    expect(out(t, 'a: x\ne: ""\nl: [p, q]\nm: {z: 1, a: "<"}')).toBe('"x" \'x\' d p,q [a b] 3 X a {"a":"\\u003c","z":1} aGk= y [1 a] map[k:1]')
  })

  it('functions reading the network, environment or clock make the template not evaluated', () => {
    const r = render('a: 1\nimage: {{ ChannelRecommendedImage "aws" "1.30.0" "amd64" }}\n')
    expect(r.unknown).toBe(true)
    expect(r.outputs).toEqual([])
    expect(r.problems).toEqual([
      {
        file: 'cluster.tmpl.yaml',
        pos: { line: 2, column: 8, endLine: 2, endColumn: 60 },
        message: 'not evaluated offline: template: mainTemplate:2:10: ChannelRecommendedImage reads the kOps channel (stable by default, or --channel) from the network',
        reason: 'unknown',
      },
    ])
    expect(render('{{ env "HOME" }}').unknown).toBe(true)
    expect(render('{{ now }}').unknown).toBe(true)
  })

  it('semverCompare for single comparisons with full versions; other constraint forms are not evaluated', () => {
    expect(out('{{ semverCompare ">=1.28.0" .k }} {{ semverCompare "<1.30.0" .k }} {{ semverCompare "!=1.29.3" .k }} {{ semverCompare "1.29.3" "v1.29.3" }}', 'k: 1.29.3')).toBe('true true false true')
    expect(render('{{ semverCompare "^1.28" .k }}', 'k: 1.29.3').unknown).toBe(true)
    expect(render('{{ semverCompare ">=1.28.0" .k }}', 'k: 1.30.0-beta.1').unknown).toBe(true)
  })

  it('keys are in random order in kOps: usable sorted, not as they come', () => {
    expect(out('{{ keys .m | sortAlpha | join "," }}', 'm: {b: 1, a: 2}')).toBe('a,b')
    expect(render('{{ keys .m | join "," }}', 'm: {b: 1, a: 2}').unknown).toBe(true)
  })
})

describe('templates, documents and the source map', () => {
  it('renders a directory in lexical order and joins documents with ---', () => {
    const r = render('', '{}', { templates: ['t'], name: 'd.example.com' }, { 't/b.yaml': 'b: 1\n', 't/a.yaml': 'a: {{ .clusterName }}\n---\nc: 2\n', 't/empty.yaml': '{{/* nothing */}}' }, undefined)
    expect(r.templates).toEqual(['t/a.yaml', 't/b.yaml', 't/empty.yaml'])
    expect(r.text).toBe('a: d.example.com\n---\nc: 2\n---\nb: 1\n')
    expect(r.outputs.map((o) => [o.template, o.text])).toEqual([
      ['t/a.yaml', 'a: d.example.com\n'],
      ['t/a.yaml', 'c: 2\n'],
      ['t/b.yaml', 'b: 1\n'],
    ])
  })

  it('maps literal text by character and action output to the action, naming the values file', () => {
    const r = render('kind: Cluster\nspec:\n  kubernetesVersion: {{ .k8s }}\n', 'k8s: 1.30.2\n')
    const doc = r.outputs[0]
    expect(doc.text).toBe('kind: Cluster\nspec:\n  kubernetesVersion: 1.30.2\n')
    expect(doc.map(doc.text.indexOf('Cluster'))).toEqual({ file: 'cluster.tmpl.yaml', line: 1, column: 7 })
    expect(doc.map(doc.text.indexOf('1.30.2') + 3)).toEqual({ file: 'cluster.tmpl.yaml', line: 3, column: 22, valuesAt: { file: 'values.yaml', line: 1, column: 6 } })
  })

  it('maps text of a template executed from a snippet to the snippet file', () => {
    const r = render('a: {{ template "x" . }}\n', 'v: 1', { snippets: ['s.tmpl'] }, { 's.tmpl': '{{ define "x" }}from-snippet{{ end }}' })
    const doc = r.outputs[0]
    expect(doc.text).toBe('a: from-snippet\n')
    expect(doc.map(3)).toEqual({ file: 's.tmpl', line: 1, column: 17 })
  })

  it('--format-yaml turns a YAML 1.1 boolean key into "false" as kOps does', () => {
    expect(render('n: 1\n', '{}', { formatYaml: true, name: 'a' }).text).toBe('"false": 1\n')
  })

  it('maps an included snippet, re-indented, to the snippet lines; the padding to the include', () => {
    const r = render('spec:\n  items:\n    {{ include "item.yaml" . | indent 4 }}\n', 'v: 2', { snippets: ['snippets'] }, { 'snippets/item.yaml': '- a: 1\n- b: {{ .v }}\n' })
    const doc = r.outputs[0]
    expect(doc.text).toBe('spec:\n  items:\n    - a: 1\n    - b: 2\n\n')
    const at = (needle: string, from = 0) => doc.map(doc.text.indexOf(needle, from))
    expect(at('- a')).toEqual({ file: 'snippets/item.yaml', line: 1, column: 1 })
    expect(at('b:')).toEqual({ file: 'snippets/item.yaml', line: 2, column: 3 })
    expect(at('2\n')).toEqual({ file: 'snippets/item.yaml', line: 2, column: 6, valuesAt: { file: 'values.yaml', line: 1, column: 4 } })
    expect(doc.map(doc.text.indexOf('- b') - 2)).toEqual({ file: 'cluster.tmpl.yaml', line: 3, column: 5 })
    const n = render('x:{{ include "item.yaml" . | nindent 2 }}', 'v: 2', { snippets: ['snippets'] }, { 'snippets/item.yaml': 'k: {{ .v }}' }).outputs[0]
    expect(n.text).toBe('x:\n  k: 2')
    expect([n.map(1), n.map(2), n.map(5), n.map(8)]).toEqual([
      { file: 'cluster.tmpl.yaml', line: 1, column: 2 },
      { file: 'cluster.tmpl.yaml', line: 1, column: 3 },
      { file: 'snippets/item.yaml', line: 1, column: 1 },
      { file: 'snippets/item.yaml', line: 1, column: 4, valuesAt: { file: 'values.yaml', line: 1, column: 4 } },
    ])
  })

  it('formats documents with --format-yaml through the JSON round trip', () => {
    const r = render('b: {{ .mode }}\na: on\nc: [1.50, "x"]\n', 'mode: 0755', { formatYaml: true })
    expect(r.problems).toEqual([])
    expect(r.text).toBe('a: true\nb: 493\nc:\n- 1.5\n- x\n')
    expect(r.outputs[0].map(r.text.indexOf('493'))).toEqual({ file: 'cluster.tmpl.yaml', line: 1, column: 4, valuesAt: { file: 'values.yaml', line: 1, column: 7 } })
  })
})

describe('more Go semantics and kOps release differences', () => {
  const cases: [string, string, string, string][] = [
    ['float constants and values print with %v', '{{ 1e6 }} {{ 1.5 }} {{ .a }} {{ .b }} {{ .c }}', 'a: 100000\nb: 1e21\nc: 0.0001', '1e+06 1.5 100000 1e+21 0.0001'],
    ['a parenthesised pipeline can be indexed by field', '{{ (dict "k" "v").k }}', '{}', 'v'],
    ['index out of range is an error of the call', '{{ index .l 5 }}', 'l: [a]', E('template: mainTemplate:1:3: executing "mainTemplate" at <index .l 5>: error calling index: index out of range: 5')],
    ['a map key given arguments', '{{ .a 1 }}', 'a: x', E('template: mainTemplate:1:3: executing "mainTemplate" at <.a>: a is not a method but has arguments')],
    ['a field of a string', '{{ $x := .a }}{{ $x.b }}', 'a: x', E('template: mainTemplate:1:19: executing "mainTemplate" at <$x.b>: can\'t evaluate field b in type string')],
    ['wrong argument count', '{{ upper "a" "b" }}', '{}', E('template: mainTemplate:1:3: executing "mainTemplate" at <upper>: wrong number of args for upper: want 1 got 2')],
    // Go reports the node it evaluated last: the inner call's last argument.
    ['an int64 from add is not an int for repeat', '{{ repeat (add 1 1) "ab" }}', '{}', E('template: mainTemplate:1:17: executing "mainTemplate" at <1>: wrong type for value; expected int; got int64')],
    ['a float64 value is not an int either', '{{ repeat .count "ab" }}', 'count: 2', E('template: mainTemplate:1:10: executing "mainTemplate" at <.count>: wrong type for value; expected int; got float64')],
    ['sprig seq counts like the shell', '[{{ seq 3 }}] [{{ seq 2 -1 }}] [{{ seq 1 2 7 }}] [{{ seq 5 1 1 }}] [{{ seq }}]', '{}', '[1 2 3] [2 1 0 -1] [1 3 5 7] [] []'],
    ['constants convert to the parameter type', '{{ repeat 2 "ab" }} {{ substr 1 3 "abcd" }} {{ trunc 2 "abc" }}', '{}', 'abab bc ab'],
    ['function names that are JavaScript object properties are plain identifiers', '{{ toString 1 | kindOf }} {{ .constructor }}', 'constructor: c', 'string c'],
    ['sprig default replaces empty values', '{{ default "d" .a }} {{ default "d" .b }} {{ default "d" .c }} {{ .l | default (list 1) }}', 'a: 0\nb: false\nc: "x"\nl: []', 'd d x [1]'],
    ['eq of a null value and nil: both are invalid values, which compare equal', '{{ eq .a nil }}', 'a: null', 'true'],
  ]
  it.each(cases)('%s', (_name, template, values, expected) => {
    expect(out(template, values)).toBe(expected)
  })

  it('sprig set changes the values the following templates see', () => {
    const r = render('', 'a: 1', { templates: ['t'] }, { 't/1.yaml': '{{ $_ := set . "a" 2 }}one: {{ .a }}\n', 't/2.yaml': 'two: {{ .a }}\n' })
    expect(r.text).toBe('one: 2\n---\ntwo: 2\n')
  })

  it('a snippet definition replaces the template of the same name', () => {
    const r = render('{{ define "x" }}main{{ end }}{{ template "x" }}', '{}', { snippets: ['s'] }, { 's/x.tmpl': '{{ define "x" }}snippet{{ end }}' })
    expect(r.text).toBe('snippet')
    expect(out('{{ define "x" }}a{{ end }}{{ define "x" }}b{{ end }}')).toBe(E('template: mainTemplate:1: template: multiple definition of template "x"'))
  })

  it('a template two snippets define differently is not evaluated: kOps parses snippets in random order', () => {
    const extra = { 's/a.tmpl': '{{ define "x" }}from a{{ end }}', 's/b.tmpl': '{{ define "x" }}from b{{ end }}', 's/c.tmpl': '{{ define "y" }}y{{ end }}' }
    const r = render('{{ template "y" }} {{ template "x" }}', '{}', { snippets: ['s'] }, extra)
    expect(r.unknown).toBe(true)
    expect(r.problems.map((p) => [p.reason, p.message])).toEqual([
      ['unknown', 'not evaluated offline: template: mainTemplate:1:31: several snippets define "x"; kops parses snippets in random (Go map) order, so either definition may win'],
    ])
    expect(render('{{ template "y" }}', '{}', { snippets: ['s'] }, extra).text).toBe('y')
  })

  it('paths outside the repository, and files it lacks (perhaps generated), are not evaluated', () => {
    const r = render('x', '{}', { values: ['/etc/kops/values.yaml'] })
    expect([r.unknown, r.problems]).toEqual([
      true,
      [{ file: 'Makefile', pos: { line: 3, column: 2, endLine: 3, endColumn: 23 }, message: '/etc/kops/values.yaml is outside the repository: kops reads it on the machine it runs on', reason: 'unknown' }],
    ])
    expect(render('x', '{}', { templates: ['../shared/t.yaml'] }).unknown).toBe(true)
    const m = render('x', '{}', { templates: ['missing.yaml'] })
    expect([m.unknown, m.problems.map((p) => p.message)]).toEqual([
      true,
      ['unable to expand the template: missing.yaml, error: stat missing.yaml: no such file or directory (not in the repository; it may be generated before kops runs)'],
    ])
  })

  it('a loop too long to render offline is not evaluated', () => {
    const r = render('{{ range 100000000 }}{{ end }}')
    expect([r.unknown, r.problems.map((p) => p.reason)]).toEqual([true, ['unknown']])
  })

  it('recursion deeper than this tool evaluates is not evaluated, not a crash', () => {
    const r = render('{{ define "r" }}{{ template "r" . }}{{ end }}{{ template "r" . }}')
    expect(r.unknown).toBe(true)
    expect(r.problems.map((p) => p.reason)).toEqual(['unknown'])
  })

  it('a value set by --set is not attributed to the values file', () => {
    const r = render('v: {{ .v }}\n', 'v: from-file\n', { set: ['v=from-set'] })
    expect(r.text).toBe('v: from-set\n')
    expect(r.outputs[0].map(3)).toEqual({ file: 'cluster.tmpl.yaml', line: 1, column: 4 })
  })

  it('merges the files of a --values directory from kOps 1.36.0-alpha.1; before, Helm fails reading the directory', () => {
    const extra = { 'vals/a.yaml': 'k: a\nx: 1', 'vals/b.yaml': 'k: b' }
    expect(out('{{ .k }} {{ .x }}', '{}', { values: ['vals'] }, extra, '1.36.0')).toBe('b 1')
    expect(out('{{ .k }} {{ .x }}', '{}', { values: ['vals'] }, extra, '1.35.2')).toBe('ERROR read vals: is a directory')
  })

  it('up to 1.35 --set runs twice after a values file (Helm, then kOps): reaching into a value --set-string replaced fails', () => {
    const over = { set: ['a.b=1'], setString: ['a=text'] }
    expect(out('{{ .a }}', 'x: 1', over, {}, '1.36.0')).toBe('text')
    expect(out('{{ .a }}', 'x: 1', over, {}, '1.35.2')).toBe(
      'ERROR failed parsing --set data: unable to parse key: interface conversion: interface {} is string, not map[string]interface {}',
    )
    expect(out('{{ .a }}', 'x: 1', { ...over, values: [] }, {}, '1.35.2')).toBe('text')
  })

  it("kOps 1.36's strvals fork drops a list element whose map ends the --set argument", () => {
    expect(out('{{ .l }}', '{}', { set: ['l[0].a=b'] }, {}, '1.35.2')).toBe('[map[a:b]]')
    expect(out('{{ .l }}', '{}', { set: ['l[0].a=b'] }, {}, '1.36.0')).toBe('[]')
    expect(out('{{ .l }}', '{}', { set: ['l[0].a=b,z=1'] }, {}, '1.36.0')).toBe('[map[a:b]]')
  })
})
