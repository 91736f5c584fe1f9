// Invocations in scripts, workflows, Taskfiles, package.json scripts and the config file's templates: list.
import { describe, expect, it } from '@jest/globals'
import { discoverInvocations } from '../../../src/templates/discover/index.js'

const run = (files: Record<string, string>) => discoverInvocations(Object.entries(files).map(([path, text]) => ({ path, text })))
const brief = (files: Record<string, string>) => run(files).map((i) => ({ kind: i.kind, file: i.at.file, line: i.at.pos.line, templates: i.templates, values: i.values, name: i.name, out: i.out, unresolved: i.unresolved }))

describe('shell scripts', () => {
  it('run from their own directory; cd "$(dirname "$0")" says so; variables and cd follow the script', () => {
    const sh = ['#!/usr/bin/env bash', 'set -euo pipefail', 'cd "$(dirname "$0")"', 'CLUSTER=prod', 'HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"', 'kops toolbox template \\', '  --template "${HERE}/tmpl/cluster.yaml" \\', '  --values "values/${CLUSTER}.yaml" \\', '  --name "${CLUSTER}.example.com" > "out/${CLUSTER}.yaml"'].join('\n')
    expect(brief({ 'ops/kops/render.sh': sh })).toEqual([
      { kind: 'script', file: 'ops/kops/render.sh', line: 6, templates: ['ops/kops/tmpl/cluster.yaml'], values: ['ops/kops/values/prod.yaml'], name: 'prod.example.com', out: 'ops/kops/out/prod.yaml', unresolved: [] },
    ])
  })

  it('finds scripts without the extension by their shebang, and bash -c commands', () => {
    expect(brief({ 'bin/render': "#!/bin/sh\nbash -c 'kops toolbox template --template t.yaml'\n" }).map((i) => [i.file, i.line, i.templates])).toEqual([['bin/render', 2, ['bin/t.yaml']]])
  })
})

describe('GitHub workflows', () => {
  it('read run: steps with workflow, job and step env, and working-directory', () => {
    const wf = [
      'name: render', //                                  1
      'env:', //                                          2
      '  CLUSTER: prod.example.com', //                   3
      'defaults:', //                                     4
      '  run:', //                                        5
      '    working-directory: kops', //                   6
      'jobs:', //                                         7
      '  render:', //                                     8
      '    runs-on: ubuntu-latest', //                    9
      '    env:', //                                      10
      '      VALUES: values/prod.yaml', //                11
      '    steps:', //                                    12
      '    - run: |', //                                  13
      '        echo rendering', //                        14
      '        kops toolbox template --template cluster.tmpl.yaml --values "$VALUES" --name ${{ env.CLUSTER }} --out ${{ matrix.out }}', // 15
      '    - working-directory: other', //                16
      '      env:', //                                    17
      '        VALUES: v.yaml', //                        18
      '      run: kops toolbox template --template t.yaml --values $VALUES', // 19
    ].join('\n')
    expect(brief({ '.github/workflows/render.yml': wf })).toEqual([
      { kind: 'workflow', file: '.github/workflows/render.yml', line: 15, templates: ['kops/cluster.tmpl.yaml'], values: ['kops/values/prod.yaml'], name: 'prod.example.com', out: null, unresolved: ['--out $(github-expression)'] },
      { kind: 'workflow', file: '.github/workflows/render.yml', line: 19, templates: ['other/t.yaml'], values: ['other/v.yaml'], name: null, out: null, unresolved: [] },
    ])
  })
})

describe('Taskfiles', () => {
  it('substitute literal vars and run in the task dir', () => {
    const tf = ['version: "3"', 'vars:', '  ENV: prod', 'tasks:', '  render:', '    dir: kops', '    vars:', '      NAME: "{{.ENV}}.example.com"', '      OUT:', '        sh: mktemp', '    cmds:', '    - kops toolbox template --template cluster.yaml --values values/{{.ENV}}.yaml --name {{.ENV}}.example.com', '    - cmd: kops toolbox template --template cluster.yaml --out {{.OUT}}'].join('\n')
    expect(brief({ 'Taskfile.yml': tf })).toEqual([
      { kind: 'taskfile', file: 'Taskfile.yml', line: 12, templates: ['kops/cluster.yaml'], values: ['kops/values/prod.yaml'], name: 'prod.example.com', out: null, unresolved: [] },
      { kind: 'taskfile', file: 'Taskfile.yml', line: 13, templates: ['kops/cluster.yaml'], values: [], name: null, out: null, unresolved: ['--out $(task-template)'] },
    ])
  })
})

describe('package.json scripts', () => {
  it('run from the package directory', () => {
    const pkg = JSON.stringify({ name: 'infra', scripts: { build: 'tsc', render: 'kops toolbox template --template k/c.yaml --values k/v.yaml' } }, null, 2)
    expect(brief({ 'infra/package.json': pkg })).toEqual([{ kind: 'package-json', file: 'infra/package.json', line: 5, templates: ['infra/k/c.yaml'], values: ['infra/k/v.yaml'], name: null, out: null, unresolved: [] }])
  })
})

describe('the config file', () => {
  it('lists invocations with repository-relative paths, set as a map, and kOps defaults', () => {
    const cfg = ['ignore: []', 'templates:', '- template: kops/cluster.tmpl.yaml', '  values: [kops/values/common.yaml, kops/values/prod.yaml]', '  snippets: kops/snippets', '  set: { kubernetesVersion: 1.29.3, spot: true }', '  name: prod.example.com', '  out: kops/rendered/prod.yaml', '- template: [a.yaml, b.yaml]', '  failOnMissing: false'].join('\n')
    const found = run({ '.github/kops-preflight.yaml': cfg })
    expect(found).toEqual([
      {
        kind: 'config',
        at: { value: 'template: kops/cluster.tmpl.yaml', file: '.github/kops-preflight.yaml', pos: { line: 3, column: 3, endLine: 3, endColumn: 35 }, path: 'templates' },
        templates: ['kops/cluster.tmpl.yaml'],
        values: ['kops/values/common.yaml', 'kops/values/prod.yaml'],
        snippets: ['kops/snippets'],
        set: ['kubernetesVersion=1.29.3', 'spot=true'],
        setString: [],
        name: 'prod.example.com',
        out: 'kops/rendered/prod.yaml',
        failOnMissing: true,
        formatYaml: false,
        unresolved: [],
      },
      {
        kind: 'config',
        at: { value: 'template: [a.yaml, b.yaml]', file: '.github/kops-preflight.yaml', pos: { line: 9, column: 3, endLine: 9, endColumn: 29 }, path: 'templates' },
        templates: ['a.yaml', 'b.yaml'],
        values: [],
        snippets: [],
        set: [],
        setString: [],
        name: null,
        out: null,
        failOnMissing: false,
        formatYaml: false,
        unresolved: [],
      },
    ])
  })
})
