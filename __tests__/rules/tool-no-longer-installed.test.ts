import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/tool-no-longer-installed.js'
import { runRule, side } from '../helpers/rule-tester.js'
import { clusterYaml, igYaml, spanOf } from '../helpers/hazards.js'

function repo(kops: string, cluster: string[] = [], igs: [string, string[]][] = [['nodes', []]]) {
  return { '.tool-versions': `kops ${kops}\n`, 'c.yaml': [clusterYaml(cluster, { k8s: '1.32.4' }), ...igs.map(([n, s]) => igYaml(n, s))].join('\n') }
}
const pair = (base: ReturnType<typeof repo>, head: ReturnType<typeof repo>) => runRule(rule, side(head, undefined, 'head'), side(base, undefined, 'base'))

describe('tool-no-longer-installed', () => {
  it('notes crictl and nerdctl going away at kOps 1.34, at the pin', () => {
    const found = pair(repo('1.33.0'), repo('1.34.0'))
    const one = (tool: string, field: string) => ({
      ruleId: 'tool-no-longer-installed',
      severity: 'notice',
      messageId: 'dropped',
      data: { kops: '1.34.0', baseKops: '1.33.0', tool, ig: 'nodes', field },
      message: `kOps 1.34.0 no longer installs ${tool} on instance group "nodes" (kOps 1.33.0 did): it is installed only when the Cluster sets spec.containerd.${field}: true. Scripts, hooks and runbooks that call ${tool} on the nodes fail.`,
      remediation: rule.remediation,
      place: { file: '.tool-versions', pos: { line: 1, column: 6, endLine: 1, endColumn: 12 } },
      cluster: 'c.example.com',
      instanceGroup: 'nodes',
      arch: null,
      kopsVersion: '1.34.0',
      subject: `tool:${tool}`,
    })
    expect(found).toEqual([one('crictl', 'installCriCtl'), one('nerdctl', 'installNerdCtl')])
  })

  it("points at the Cluster's explicit false, is silent for a tool the Cluster opts into, and not for a group's own opt-in", () => {
    const head = repo('1.34.0', ['containerd:', '  installCriCtl: true', '  installNerdCtl: false'])
    const found = pair(repo('1.33.0'), head)
    expect(found.map((f) => [f.data.tool, f.place.file, f.place.pos])).toEqual([['nerdctl', 'c.yaml', spanOf(head['c.yaml'], 'installNerdCtl', 'false')]])
    // cloudup plans the download from the Cluster's setting only.
    const groupOnly = repo('1.34.0', [], [['nodes', ['containerd:', '  installCriCtl: true', '  installNerdCtl: true']]])
    expect(pair(repo('1.33.0'), groupOnly).map((f) => [f.data.tool, f.place.file])).toEqual([['crictl', '.tool-versions'], ['nerdctl', '.tool-versions']])
  })

  it('is silent across releases that install both, and on bastions', () => {
    expect(pair(repo('1.30.0'), repo('1.33.0'))).toEqual([])
    expect(pair(repo('1.33.0', [], [['bastions', ['role: Bastion']]]), repo('1.34.0', [], [['bastions', ['role: Bastion']]]))).toEqual([])
    expect(pair(repo('1.34.0'), repo('1.35.0'))).toEqual([])
  })
})
