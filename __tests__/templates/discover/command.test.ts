// Reading `kops toolbox template` out of shell text as kOps's flags take it.
import { describe, expect, it } from '@jest/globals'
import { findInvocations, mapped, resolvePath } from '../../../src/templates/discover/command.js'
import type { TemplateInvocation } from '../../../src/templates/invocation.js'

function find(text: string, env: Record<string, string> = {}, cwd = 'ops'): TemplateInvocation[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return findInvocations(mapped(text), { kind: 'script', file: 'ops/render.sh', lineStarts: starts, cwd, env: new Map(Object.entries(env)) })
}

const blank = { kind: 'script', templates: [], values: [], snippets: [], set: [], setString: [], name: null, out: null, failOnMissing: true, formatYaml: false, unresolved: [] }

describe('findInvocations', () => {
  it('reads every flag form: --flag value, --flag=value, repeated and comma-separated slices, arrays kept whole', () => {
    const [inv] = find('kops toolbox template --template cluster.tmpl.yaml,igs --values=values/common.yaml --values values/prod.yaml --snippets snippets --set a=1,b=2 --set-string c=007 --name prod.example.com --out ../rendered/prod.yaml --fail-on-missing=false --format-yaml')
    expect(inv).toEqual({
      ...blank,
      at: {
        // The command as written, cut at 200 characters; the span covers all of it (251 characters).
        value: 'kops toolbox template --template cluster.tmpl.yaml,igs --values=values/common.yaml --values values/prod.yaml --snippets snippets --set a=1,b=2 --set-string c=007 --name prod.example.com --out ../re...',
        file: 'ops/render.sh',
        pos: { line: 1, column: 1, endLine: 1, endColumn: 252 },
        path: 'kops toolbox template',
      },
      templates: ['ops/cluster.tmpl.yaml', 'ops/igs'],
      values: ['ops/values/common.yaml', 'ops/values/prod.yaml'],
      snippets: ['ops/snippets'],
      set: ['a=1,b=2'],
      setString: ['c=007'],
      name: 'prod.example.com',
      out: 'rendered/prod.yaml',
      failOnMissing: false,
      formatYaml: true,
    })
  })

  it('takes the deprecated --output, a positional cluster name, and global flags before toolbox', () => {
    const [inv] = find('./bin/kops --state s3://state -v 4 toolbox template prod.example.com --template t.yaml --output out.yaml')
    expect([inv.templates, inv.name, inv.out, inv.unresolved]).toEqual([['ops/t.yaml'], 'prod.example.com', 'ops/out.yaml', []])
  })

  it('takes a stdout redirect for the output file, and KOPS_CLUSTER_NAME for the name', () => {
    const [inv] = find('KOPS_CLUSTER_NAME=a.example.com kops toolbox template --template t.yaml --values v.yaml --format-yaml > cluster.yaml')
    expect([inv.name, inv.out, inv.formatYaml]).toEqual(['a.example.com', 'ops/cluster.yaml', true])
    expect(find('kops toolbox template --template t.yaml', { KOPS_CLUSTER_NAME: 'env.example.com' })[0].name).toBe('env.example.com')
  })

  it('expands literal variables, follows cd, and keeps what is not literal as unresolved', () => {
    const text = ['ENV=prod', 'VALUES="values/${ENV}.yaml"', 'cd clusters && kops toolbox template --template "cluster.yaml" --values $VALUES --values $(terraform output -raw vals) --name "$NAME"'].join('\n')
    const [inv] = find(text)
    expect([inv.templates, inv.values, inv.name, inv.unresolved]).toEqual([['ops/clusters/cluster.yaml'], ['ops/clusters/values/prod.yaml'], null, ['--values $(terraform output -raw vals)', '--name "$NAME"']])
    expect(inv.at.pos).toEqual({ line: 3, column: 16, endLine: 3, endColumn: 134 })
  })

  it('keeps a process substitution as one argument that is not literal', () => {
    const [inv] = find('kops toolbox template --name a --values <( terraform output -json ) --template cluster-template.yaml > cluster.yaml')
    expect([inv.templates, inv.values, inv.out, inv.unresolved]).toEqual([['ops/cluster-template.yaml'], [], 'ops/cluster.yaml', ['--values <( terraform output -json )']])
  })

  it('reads sh -c scripts, and ${VAR:-default}', () => {
    const [inv] = find('docker run --rm kops:1.29 sh -c "kops toolbox template --template t.yaml --values ${VALS:-v.yaml}"')
    expect([inv.templates, inv.values]).toEqual([['ops/t.yaml'], ['ops/v.yaml']])
  })

  it('treats a boolean given a separate value as kOps does: the value is a positional argument', () => {
    const [inv] = find('kops toolbox template --template t.yaml --fail-on-missing false')
    expect([inv.failOnMissing, inv.name]).toEqual([true, 'false'])
    const [named] = find('kops toolbox template --name a.example.com --template t.yaml --format-yaml true')
    expect([named.formatYaml, named.name, named.unresolved]).toEqual([true, 'a.example.com', ['true (kOps refuses a positional cluster name beside --name or KOPS_CLUSTER_NAME)']])
    expect(find('kops toolbox template a b --template t.yaml')[0].unresolved).toEqual(['a b (kOps expects a single cluster name argument)'])
  })

  it('ignores other kops commands and mentions in strings or comments', () => {
    expect(find('kops create -f cluster.yaml\necho "run kops toolbox template"\n# kops toolbox template --template x')).toEqual([])
  })

  it('marks short flags kOps does not have, and paths leaving the repository', () => {
    const [inv] = find('kops toolbox template -t t.yaml --template /abs/t.yaml --values ../../v.yaml')
    expect(inv.unresolved).toEqual(['-t', '/abs/t.yaml', '../../v.yaml'])
  })
})

describe('resolvePath', () => {
  it('resolves against the working directory', () => {
    expect([resolvePath('a/b', '../c/./d.yaml'), resolvePath('', './x'), resolvePath('a', '../../x')]).toEqual(['a/c/d.yaml', 'x', null])
  })
})
