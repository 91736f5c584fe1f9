// Makefile recipes with the Makefile's own literal variables expanded.
import { describe, expect, it } from '@jest/globals'
import { discoverInvocations } from '../../../src/templates/discover/index.js'

const run = (files: Record<string, string>) => discoverInvocations(Object.entries(files).map(([path, text]) => ({ path, text })))

describe('Makefile invocations', () => {
  it('expands =, :=, ?=, += and ${VAR}, runs in the Makefile directory, and points at the recipe line', () => {
    const mk = [
      'KOPS ?= kops', //                                               1
      'ENV := prod', //                                                2
      'TEMPLATE = templates/cluster.yaml', //                          3
      'VALUES = --values values/common.yaml', //                       4
      'VALUES += --values values/$(ENV).yaml', //                      5
      'CLUSTER ?= $(ENV).example.com', //                              6
      '', //                                                           7
      'render: ## render the cluster', //                              8
      '\t@$(KOPS) toolbox template --template ${TEMPLATE} $(VALUES) \\', // 9
      '\t\t--name $(CLUSTER) --out rendered/$(ENV).yaml', //          10
    ].join('\n')
    expect(run({ 'infra/Makefile': mk })).toEqual([
      {
        kind: 'makefile',
        at: {
          value: 'kops toolbox template --template templates/cluster.yaml --values values/common.yaml --values values/prod.yaml --name prod.example.com --out rendered/prod.yaml',
          file: 'infra/Makefile',
          pos: { line: 9, column: 3, endLine: 10, endColumn: 47 },
          path: 'kops toolbox template',
        },
        templates: ['infra/templates/cluster.yaml'],
        values: ['infra/values/common.yaml', 'infra/values/prod.yaml'],
        snippets: [],
        set: [],
        setString: [],
        name: 'prod.example.com',
        out: 'infra/rendered/prod.yaml',
        failOnMissing: true,
        formatYaml: false,
        unresolved: [],
      },
    ])
  })

  it('uses target-specific variables, one invocation per target', () => {
    const mk = ['prod: CLUSTER = prod.example.com', 'staging: CLUSTER = staging.example.com', 'prod staging:', '\tkops toolbox template --template t.yaml --values values/$@.yaml --name $(CLUSTER)'].join('\n')
    expect(run({ Makefile: mk }).map((i) => [i.values, i.name])).toEqual([
      [['values/prod.yaml'], 'prod.example.com'],
      [['values/staging.yaml'], 'staging.example.com'],
    ])
  })

  it('reads literal includes, and leaves command-line variables unresolved', () => {
    const files = {
      Makefile: 'include make/vars.mk\nrender:\n\tcd kops && kops toolbox template --template $(TPL) --values values/$(ENV).yaml\n',
      'make/vars.mk': 'TPL = cluster.tmpl.yaml\n',
    }
    expect(run(files).map((i) => [i.at.file, i.templates, i.values, i.unresolved])).toEqual([['Makefile', ['kops/cluster.tmpl.yaml'], [], ['--values values/$(ENV).yaml']]])
  })

  it('passes exported variables to the shell and keeps $$ for it', () => {
    const mk = ['export KOPS_CLUSTER_NAME = a.example.com', 'T = t.yaml', 'r:', '\tV=v.yaml; kops toolbox template --template $(T) --values $$V'].join('\n')
    expect(run({ Makefile: mk }).map((i) => [i.name, i.values])).toEqual([['a.example.com', ['v.yaml']]])
  })
})
