import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/containerd-major-upgrade.js'
import { runRule, side } from '../helpers/rule-tester.js'
import { clusterYaml, igYaml, spanOf } from '../helpers/hazards.js'

const MESSAGE = (ig: string, from: string, to: string) =>
  `Instance group "${ig}" moves from containerd ${from} to ${to}. containerd 2 uses the version 3 config schema (plugins."io.containerd.grpc.v1.cri" splits into io.containerd.cri.v1.runtime and io.containerd.cri.v1.images; older files are migrated at start, but kOps 1.36+ writes version 3 and copies configAdditions keys verbatim), deprecates the inline registry.mirrors and registry.configs settings in favour of certs.d hosts.toml files (config_path), no longer serves the CRI v1alpha2 API, and refuses Docker Schema 1 images by default.`

function repo(k8s: string, kops: string, igs: [string, string[]][] = [['nodes', []]]) {
  return { '.tool-versions': `kops ${kops}\n`, 'c.yaml': [clusterYaml([], { k8s }), ...igs.map(([n, s]) => igYaml(n, s))].join('\n') }
}

describe('containerd-major-upgrade', () => {
  it('notes the kOps 1.33 → 1.34 default move for Kubernetes 1.32, at the kOps pin', () => {
    const found = runRule(rule, side(repo('1.32.4', '1.34.0'), undefined, 'head'), side(repo('1.32.4', '1.33.0'), undefined, 'base'))
    expect(found).toEqual([
      {
        ruleId: 'containerd-major-upgrade',
        severity: 'notice',
        messageId: 'major',
        data: { ig: 'nodes', from: '1.7.28', to: '2.1.4' },
        message: MESSAGE('nodes', '1.7.28', '2.1.4'),
        remediation: rule.remediation,
        place: { file: '.tool-versions', pos: { line: 1, column: 6, endLine: 1, endColumn: 12 } },
        cluster: 'c.example.com',
        instanceGroup: 'nodes',
        arch: null,
        kopsVersion: '1.34.0',
        subject: 'containerd-major',
      },
    ])
  })

  it('points at kubernetesVersion when only Kubernetes moves, and at an explicit version', () => {
    const head = repo('1.32.4', '1.34.0', [['nodes', []], ['pinned', ['containerd:', '  version: 2.0.5']], ['old', ['containerd:', '  version: 1.7.28']]])
    const found = runRule(rule, side(head, undefined, 'head'), side(repo('1.31.6', '1.34.0', [['nodes', []], ['pinned', []], ['old', []]]), undefined, 'base'))
    const text = head['c.yaml']
    expect(found.map((f) => [f.instanceGroup, f.data.from, f.data.to, f.place.file, f.place.pos])).toEqual([
      ['nodes', '1.7.28', '2.1.4', 'c.yaml', spanOf(text, 'kubernetesVersion', '1.32.4')],
      ['pinned', '1.7.28', '2.0.5', 'c.yaml', spanOf(text, 'version: 2.0.5', '2.0.5')],
    ])
  })

  it('is silent within one major, on bastions, with skipInstall, and without a base', () => {
    expect(runRule(rule, side(repo('1.32.4', '1.35.0'), undefined, 'head'), side(repo('1.32.4', '1.34.0'), undefined, 'base'))).toEqual([])
    expect(runRule(rule, side(repo('1.31.6', '1.34.0'), undefined, 'head'), side(repo('1.31.6', '1.33.0'), undefined, 'base'))).toEqual([])
    const igs: [string, string[]][] = [['bastions', ['role: Bastion']], ['os', ['containerd:', '  skipInstall: true']]]
    expect(runRule(rule, side(repo('1.32.4', '1.34.0', igs), undefined, 'head'), side(repo('1.32.4', '1.33.0', igs), undefined, 'base'))).toEqual([])
    expect(runRule(rule, side(repo('1.32.4', '1.34.0')))).toEqual([])
  })
})
