// The config file's `templates:` list and `kops-preflight render`: what each invocation renders, or why not.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import { readTemplateConfig } from '../../src/templates/config.js'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-render-'))
  dirs.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

async function run(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: process.cwd() })
  return { code, stdout, stderr }
}

const CONFIG = [
  'ignore: []',
  'templates:',
  '  - template: kops/cluster.tmpl.yaml',
  '    values: [kops/values.yaml]',
  '    set: { region: eu-west-1, zones: [a, b], note: "x,y", net: { cidr: 10.0.0.0/16 }, igs: [{ name: a }] }',
  '    name: prod.example.com',
  '  - template: kops/broken.tmpl.yaml',
  '    failOnMissing: false',
  '    formatYaml: true',
  '    colour: blue',
  '',
].join('\n')

describe('readTemplateConfig', () => {
  it('reads each entry as an invocation, with --set arguments escaped as kOps parses them', () => {
    const r = readTemplateConfig('.github/kops-preflight.yaml', CONFIG)
    expect(r.invocations).toEqual([
      {
        kind: 'config',
        at: { value: 'templates', file: '.github/kops-preflight.yaml', pos: { line: 3, column: 5, endLine: 3, endColumn: 37 }, path: 'templates.0' },
        templates: ['kops/cluster.tmpl.yaml'],
        values: ['kops/values.yaml'],
        snippets: [],
        set: ['region=eu-west-1', 'zones={a,b}', 'note=x\\,y', 'net.cidr=10.0.0.0/16', 'igs[0].name=a'],
        setString: [],
        name: 'prod.example.com',
        out: null,
        failOnMissing: true,
        formatYaml: false,
        unresolved: [],
      },
      {
        kind: 'config',
        at: { value: 'templates', file: '.github/kops-preflight.yaml', pos: { line: 7, column: 5, endLine: 7, endColumn: 36 }, path: 'templates.1' },
        templates: ['kops/broken.tmpl.yaml'],
        values: [],
        snippets: [],
        set: [],
        setString: [],
        name: null,
        out: null,
        failOnMissing: false,
        formatYaml: true,
        unresolved: [],
      },
    ])
    expect(r.problems).toEqual([
      {
        file: '.github/kops-preflight.yaml',
        pos: { line: 10, column: 5, endLine: 10, endColumn: 11 },
        message: 'templates[1]: unknown key colour; expected one of template, templates, values, snippets, set, setString, name, out, failOnMissing, formatYaml',
      },
    ])
  })
})

describe('kops-preflight render', () => {
  const dir = repo({
    '.github/kops-preflight.yaml': CONFIG.replace('    colour: blue\n', ''),
    'kops/cluster.tmpl.yaml': 'name: {{ .clusterName }}\nregion: {{ .region }}\nzones: {{ .zones }}\nnote: {{ .note }}\nk8s: {{ .k8s }}\n',
    'kops/values.yaml': 'k8s: 1.30.2\n',
    'kops/broken.tmpl.yaml': 'a: {{ .a | toYaml }}\n',
  })

  it('prints each rendering or why kOps would fail, as text', async () => {
    const r = await run(['render', '--repo', dir, '--kops-version', '1.30.0'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(
      [
        '.github/kops-preflight.yaml:3: kops toolbox template --template kops/cluster.tmpl.yaml --values kops/values.yaml (kOps 1.30.0)',
        '  rendered 1 document:',
        '  --- # from kops/cluster.tmpl.yaml',
        '  name: prod.example.com',
        '  region: eu-west-1',
        '  zones: [a b]',
        '  note: x,y',
        '  k8s: 1.30.2',
        '.github/kops-preflight.yaml:7: kops toolbox template --template kops/broken.tmpl.yaml (kOps 1.30.0)',
        '  kops would fail:',
        '  kops/broken.tmpl.yaml:1:1: unable to render template: kops/broken.tmpl.yaml, error: template: mainTemplate:1: function "toYaml" not defined',
        '',
      ].join('\n'),
    )
  })

  it('gives the same as JSON', async () => {
    const r = await run(['render', '--repo', dir, '--format', 'json'])
    const report = JSON.parse(r.stdout)
    expect(report.invocations.map((i: { status: string; documents: unknown[] }) => [i.status, i.documents.length])).toEqual([
      ['rendered', 1],
      ['failed', 0],
    ])
    expect(report.invocations[1].problems).toEqual([
      {
        file: 'kops/broken.tmpl.yaml',
        line: 1,
        column: 1,
        message: 'unable to render template: kops/broken.tmpl.yaml, error: template: mainTemplate:1: function "toYaml" not defined',
        reason: 'parse',
      },
    ])
  })

  it("uses the repository's kOps pin when it has one", async () => {
    const pinned = repo({
      '.github/kops-preflight.yaml': 'templates:\n  - template: t.yaml\n    name: a.example.com\n',
      't.yaml': '{{ with .x }}{{ else with .clusterName }}{{ . }}{{ end }}\n',
      '.tool-versions': 'kops 1.30.0\n',
    })
    const r = await run(['render', '--repo', pinned])
    expect(r.stdout).toBe(
      [
        '.github/kops-preflight.yaml:2: kops toolbox template --template t.yaml (kOps 1.30.0)',
        '  kops would fail:',
        '  t.yaml:1:1: unable to render template: t.yaml, error: template: mainTemplate:1: unexpected <with> in else',
        '',
      ].join('\n'),
    )
  })

  it('rejects an unknown format', async () => {
    const r = await run(['render', '--repo', dir, '--format', 'sarif'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("invalid --format 'sarif'; expected one of: text, json")
  })
})

describe('kops-preflight render with an invocation in a Makefile', () => {
  it('renders what the Makefile runs, with its own variables expanded', async () => {
    const dir = repo({
      Makefile: 'CLUSTER := lab.example.com\n\nrender:\n\tkops toolbox template --template kops/ig.tmpl.yaml --values kops/values.yaml --name $(CLUSTER)\n',
      'kops/ig.tmpl.yaml': 'cluster: {{ .clusterName }}\nsize: {{ .size }}\n',
      'kops/values.yaml': 'size: 3\n',
    })
    const r = await run(['render', '--repo', dir, '--kops-version', '1.30.0', '--format', 'json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.invocations.map((i: { kind: string; file: string; line: number; status: string; documents: { text: string }[] }) => [i.kind, i.file, i.line, i.status, i.documents.map((d) => d.text)])).toEqual([
      ['makefile', 'Makefile', 4, 'rendered', ['cluster: lab.example.com\nsize: 3\n']],
    ])
  })
})
