// Which pin applies to which cluster: a cluster's own `.mk`, then the nearest directory pin, then repository-wide pins;
// and which disagreements are real.
import { describe, expect, it } from '@jest/globals'
import { extractPins } from '../../src/pins/index.js'
import { choosePin, defaultPin, pinConflicts, scopeOf } from '../../src/pins/scope.js'
import disagree from '../../src/rules/kops-version-pins-disagree.js'
import nodeupFails from '../../src/rules/nodeup-fails.js'
import { BUNDLE_SPEC, cluster, ig, runRule, side } from '../helpers/rule-tester.js'

const pins = (files: Record<string, string>) => extractPins(Object.entries(files).map(([path, text]) => ({ path, text })))
const spec = (name: string) => cluster('', { name }) + '\n' + ig('nodes', 'Node', 'm5.large', name)

describe('scopeOf', () => {
  it('scopes tool configs to the directory they configure, Makefiles below the root to theirs, .mk files to a cluster', () => {
    const all = pins({
      'clusters/prod/.tool-versions': 'kops 1.28.1\n',
      'clusters/qa/.mise/config.toml': '[tools]\nkops = "1.29.0"\n',
      'clusters/dev/.config/mise/conf.d/kops.toml': '[tools]\nkops = "1.29.0"\n',
      'clusters/lab/aqua.yaml': 'packages:\n- name: kubernetes/kops@v1.30.0\n',
      'state/a.example.com/kops-version.txt': '1.29.2\n',
      'infra/Makefile': 'KOPS_VERSION ?= 1.29.0\n',
      'mk/prod.mk': 'KOPS_VERSION := 1.28.1\n',
      'Makefile': 'KOPS_VERSION ?= 1.29.0\n',
      '.github/workflows/ci.yml': 'env:\n  KOPS_VERSION: 1.29.0\n',
      'Dockerfile': 'ARG KOPS_VERSION=1.29.0\n',
    })
    expect(all.map((p) => [p.file, scopeOf(p)])).toEqual([
      ['clusters/prod/.tool-versions', { kind: 'directory', dir: 'clusters/prod' }],
      ['clusters/qa/.mise/config.toml', { kind: 'directory', dir: 'clusters/qa' }],
      ['clusters/dev/.config/mise/conf.d/kops.toml', { kind: 'directory', dir: 'clusters/dev' }],
      ['clusters/lab/aqua.yaml', { kind: 'directory', dir: 'clusters/lab' }],
      ['state/a.example.com/kops-version.txt', { kind: 'directory', dir: 'state/a.example.com' }],
      ['infra/Makefile', { kind: 'directory', dir: 'infra' }],
      ['mk/prod.mk', { kind: 'cluster', stem: 'prod' }],
      ['Makefile', { kind: 'repository' }],
      ['.github/workflows/ci.yml', { kind: 'repository' }],
      ['Dockerfile', { kind: 'repository' }],
    ])
  })
})

describe('choosePin', () => {
  const two = pins({ 'clusters/prod/.tool-versions': 'kops 1.28.1\n', 'clusters/staging/.tool-versions': 'kops 1.29.0\n', '.tool-versions': 'kops 1.30.0\n', '.github/workflows/ci.yml': 'env:\n  KOPS_VERSION: 1.31.0\n' })

  it('takes the nearest directory pin up the tree from the Cluster file', () => {
    expect(choosePin(two, { name: 'prod.example.com', file: 'clusters/prod/cluster.yaml' })).toEqual({ pin: two[0], basis: 'the nearest .tool-versions above clusters/prod/cluster.yaml' })
    expect(choosePin(two, { name: 'staging.example.com', file: 'clusters/staging/sub/cluster.yaml' }).pin?.version).toBe('1.29.0')
    expect(choosePin(two, { name: 'other.example.com', file: 'clusters/other/cluster.yaml' }).pin?.file).toBe('.tool-versions')
    expect(choosePin(two, { name: 'p', file: 'clusters/production/cluster.yaml' }).pin?.file).toBe('.tool-versions')
  })

  it('falls back to repository-wide pins, and takes a .mk named after the cluster first', () => {
    const p = pins({ 'Makefile': 'KOPS_VERSION ?= 1.29.0\ninclude clusters/$(CLUSTER).mk\n', 'clusters/prod.mk': 'KOPS_VERSION = 1.28.1\n' })
    expect(choosePin(p, { name: 'prod.example.com', file: 'specs/prod.example.com.yaml' })).toEqual({ pin: p[1], basis: 'clusters/prod.mk, named after the cluster' })
    expect(choosePin(p, { name: 'staging.example.com', file: 'specs/staging.yaml' })).toEqual({ pin: p[0], basis: 'a repository-wide pin' })
  })

  it('never applies a pin without a version', () => {
    const p = pins({ '.github/workflows/ci.yml': 'env:\n  KOPS_VERSION: ${{ matrix.kops }}\n' })
    expect(choosePin(p, { name: 'a', file: 'a.yaml' })).toEqual({ pin: null, basis: null })
    expect(defaultPin(p)).toBeNull()
  })
})

describe('pinConflicts', () => {
  it('sees no conflict between sibling directories, nor a deeper directory pin under a shallower one', () => {
    expect(pinConflicts(pins({ 'clusters/prod/.tool-versions': 'kops 1.28.1\n', 'clusters/staging/.tool-versions': 'kops 1.29.0\n', '.tool-versions': 'kops 1.30.0\n' }))).toEqual([])
  })

  it('reports pins of one scope that disagree', () => {
    const p = pins({ 'c/.tool-versions': 'kops 1.28.1\n', 'c/mise.toml': '[tools]\nkops = "1.29.0"\n' })
    expect(pinConflicts(p).map((c) => [c.pin.file, c.kind, c.others.map((o) => o.file)])).toEqual([
      ['c/.tool-versions', 'same-scope', ['c/mise.toml']],
      ['c/mise.toml', 'same-scope', ['c/.tool-versions']],
    ])
  })

  it('reports a repository-wide pin that a directory pin contradicts, both ways', () => {
    const p = pins({ 'clusters/prod/.tool-versions': 'kops 1.28.1\n', 'clusters/staging/.tool-versions': 'kops 1.29.0\n', 'Dockerfile': 'ARG KOPS_VERSION=1.29.0\n' })
    expect(pinConflicts(p).map((c) => [c.pin.file, c.kind, c.others.map((o) => o.file), c.where])).toEqual([
      ['clusters/prod/.tool-versions', 'outranks', ['Dockerfile'], 'clusters/prod/'],
      ['Dockerfile', 'outranked', ['clusters/prod/.tool-versions'], 'clusters/prod/'],
    ])
  })

  it('lets a cluster .mk override the root Makefile default, but not a workflow', () => {
    const p = pins({ 'Makefile': 'KOPS_VERSION ?= 1.29.0\n', 'prod.mk': 'KOPS_VERSION = 1.28.1\n' })
    expect(pinConflicts(p)).toEqual([])
    const w = pins({ 'prod.mk': 'KOPS_VERSION = 1.28.1\n', '.github/workflows/ci.yml': 'env:\n  KOPS_VERSION: 1.29.0\n' })
    expect(pinConflicts(w).map((c) => [c.pin.file, c.kind])).toEqual([
      ['prod.mk', 'outranks'],
      ['.github/workflows/ci.yml', 'outranked'],
    ])
  })
})

describe('clusters simulated with their own pin', () => {
  const repo = {
    'clusters/prod/.tool-versions': 'kops 1.28.1\n',
    'clusters/prod/cluster.yaml': spec('prod.example.com'),
    'clusters/staging/.tool-versions': 'kops 1.29.0\n',
    'clusters/staging/cluster.yaml': spec('staging.example.com'),
  }

  it('gives prod 1.28.1 and staging 1.29.0, and no disagreement', () => {
    const s = side(repo)
    expect(s.clusters.map((c) => [c.group.cluster?.name?.value, c.kops.version, c.kops.pin?.file, c.kops.basis])).toEqual([
      ['prod.example.com', '1.28.1', 'clusters/prod/.tool-versions', 'the nearest .tool-versions above clusters/prod/cluster.yaml'],
      ['staging.example.com', '1.29.0', 'clusters/staging/.tool-versions', 'the nearest .tool-versions above clusters/staging/cluster.yaml'],
    ])
    expect(runRule(disagree, s)).toEqual([])
  })

  it('says which pin wins for whom when a workflow contradicts one of them', () => {
    const s = side({ ...repo, '.github/workflows/ci.yml': 'env:\n  KOPS_VERSION: 1.29.0\n' })
    expect(s.kops.version).toBe('1.29.0')
    expect(runRule(disagree, s).map((f) => [f.messageId, f.place.file, f.message])).toEqual([
      [
        'outranks',
        'clusters/prod/.tool-versions',
        'This pin says kOps 1.28.1 for clusters/prod/, but the repository-wide pin .github/workflows/ci.yml:2 says 1.29.0; tools that read the nearest pin use 1.28.1 there, while .github/workflows/ci.yml:2 installs 1.29.0 for every cluster; kops-preflight simulated 1.28.1 for prod.example.com; 1.29.0 for staging.example.com.',
      ],
      [
        'outranked',
        '.github/workflows/ci.yml',
        'This repository-wide pin says kOps 1.29.0, but clusters/prod/ pins 1.28.1 (clusters/prod/.tool-versions:1); asdf, mise and aqua use the nearest pin, so 1.28.1 applies there and 1.29.0 only elsewhere (and wherever this file installs kOps for every cluster); kops-preflight simulated 1.28.1 for prod.example.com; 1.29.0 for staging.example.com.',
      ],
    ])
  })

  it('runs each cluster\'s rules with its own kOps: the bundle breaks nodeup of 1.29 in staging only', () => {
    const withBundle = (name: string) => cluster(BUNDLE_SPEC, { name }) + '\n' + ig('nodes', 'Node', 'm5.large', name)
    const s = side({ ...repo, 'clusters/prod/cluster.yaml': withBundle('prod.example.com'), 'clusters/staging/cluster.yaml': withBundle('staging.example.com') })
    expect(runRule(nodeupFails, s).map((f) => [f.cluster, f.kopsVersion, f.arch, f.place.file, f.place.pos.line])).toEqual([['staging.example.com', '1.29.0', 'amd64', 'clusters/staging/cluster.yaml', 10]])
  })

  it('lets the command-line version override every pin', () => {
    expect(side(repo, '1.30.0').clusters.map((c) => [c.kops.version, c.kops.source])).toEqual([
      ['1.30.0', 'input'],
      ['1.30.0', 'input'],
    ])
  })
})

describe('a workflow matrix that sets the version per cluster', () => {
  const wf = [
    'jobs:', //                                        1
    '  plan:', //                                      2
    '    strategy:', //                                3
    '      matrix:', //                                4
    '        include:', //                             5
    '        - cluster: prod', //                      6
    '          kops: 1.28.1', //                       7
    '        - cluster: staging', //                   8
    '          kops: "1.29.0"', //                     9
    '    env:', //                                     10
    '      KOPS_VERSION: ${{ matrix.kops }}', //       11
    '    steps:', //                                   12
    '    - run: kops update cluster --name ${{ matrix.cluster }}.example.com', // 13
  ].join('\n')
  const repo = {
    '.github/workflows/plan.yml': wf,
    'clusters/prod/cluster.yaml': spec('prod.example.com'),
    'clusters/staging/cluster.yaml': spec('staging.example.com'),
    'clusters/dev/cluster.yaml': spec('dev.example.com'),
    Dockerfile: 'ARG KOPS_VERSION=1.30.0\n',
  }

  it('binds each cluster its row names, and says what was assumed for the others', () => {
    expect(side(repo).clusters.map((c) => [c.group.cluster?.name?.value, c.kops.version, c.kops.pin?.file, c.kops.pin?.pos, c.kops.basis])).toEqual([
      ['prod.example.com', '1.28.1', '.github/workflows/plan.yml', { line: 7, column: 17, endLine: 7, endColumn: 23 }, 'the matrix row of .github/workflows/plan.yml that names the cluster'],
      ['staging.example.com', '1.29.0', '.github/workflows/plan.yml', { line: 9, column: 18, endLine: 9, endColumn: 24 }, 'the matrix row of .github/workflows/plan.yml that names the cluster'],
      ['dev.example.com', '1.30.0', 'Dockerfile', { line: 1, column: 18, endLine: 1, endColumn: 24 }, 'a repository-wide pin; .github/workflows/plan.yml sets the version per matrix row and no row names this cluster'],
    ])
    expect(runRule(disagree, side(repo))).toEqual([])
  })
})
