// A committed --out file against a fresh render: text for plain output, YAML for --format-yaml output.
import { describe, expect, it } from '@jest/globals'
import type { TemplateInvocation } from '../../src/templates/invocation.js'
import { renderInvocation } from '../../src/templates/render.js'
import { checkStale } from '../../src/templates/stale.js'

const inv = (formatYaml: boolean): TemplateInvocation => ({
  kind: 'config',
  at: { value: 'templates', file: 'c.yaml', pos: { line: 1, column: 1, endLine: 1, endColumn: 2 }, path: 'templates.0' },
  templates: ['t.yaml'],
  values: ['v.yaml'],
  snippets: [],
  set: [],
  setString: [],
  name: 'a.example.com',
  out: 'out.yaml',
  failOnMissing: true,
  formatYaml,
  unresolved: [],
})
const files = [
  { path: 't.yaml', text: 'kind: Cluster\nspec:\n  v: {{ .v }}\n---\nkind: InstanceGroup\nspec:\n  replicas: {{ .count }}\n' },
  { path: 'v.yaml', text: 'v: 1.30.2\ncount: 3\n' },
]

describe('checkStale', () => {
  it('compares plain output as text and names the first differing line', () => {
    const r = renderInvocation(inv(false), files)
    expect(checkStale(r, 'kind: Cluster\nspec:\n  v: 1.30.2\n---\nkind: InstanceGroup\nspec:\n  replicas: 3\n', false)).toEqual({ stale: false })
    expect(checkStale(r, 'kind: Cluster\nspec:\n  v: 1.30.2\n---\nkind: InstanceGroup\nspec:\n  replicas: 4\n', false)).toEqual({ stale: true, line: 7 })
  })

  it('compares --format-yaml output as YAML: key order and quoting do not matter, values do', () => {
    const r = renderInvocation(inv(true), files)
    expect(r.text).toBe('kind: Cluster\nspec:\n  v: 1.30.2\n---\nkind: InstanceGroup\nspec:\n  replicas: 3\n')
    expect(checkStale(r, 'spec: {v: "1.30.2"}\nkind: Cluster\n---\nspec:\n  replicas: 3\nkind: InstanceGroup\n', true)).toEqual({ stale: false })
    expect(checkStale(r, 'kind: Cluster\nspec:\n  v: 1.30.2\n---\nkind: InstanceGroup\nspec:\n  replicas: 5\n', true)).toEqual({ stale: true, line: 5 })
  })
})
