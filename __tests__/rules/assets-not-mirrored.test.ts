import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/assets-not-mirrored.js'
import { runRule, side } from '../helpers/rule-tester.js'
import { clusterYaml, igYaml, spanOf } from '../helpers/hazards.js'

const REPO = 'https://mirror.example.com/kops-files'
const repo = (spec = ['assets:', `  fileRepository: ${REPO}`], k8s = '1.28.5') => ({
  'c.yaml': [clusterYaml(spec, { k8s }), igYaml('nodes', []), igYaml('arm', [], { machineType: 'm6g.large' }), igYaml('bastions', [], { role: 'Bastion' })].join('\n'),
})
const URL = (p: string) => `${REPO}/${p}`

describe('assets-not-mirrored', () => {
  it('names each new file, and whether kops update cluster or the nodes fail (kOps 1.28 → 1.29)', () => {
    const found = runRule(rule, side(repo(), '1.29.0', 'head'), side(repo(), '1.28.5', 'base'))
    const text = repo()['c.yaml']
    const base = { ruleId: 'assets-not-mirrored', severity: 'warning', remediation: rule.remediation, place: { file: 'c.yaml', pos: spanOf(text, 'fileRepository', REPO) }, cluster: 'c.example.com', instanceGroup: null, kopsVersion: '1.29.0' }
    const crictl = (arch: string) => URL(`kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-${arch}.tar.gz`)
    const nerdctl = (arch: string) => URL(`containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-${arch}.tar.gz`)
    const update = (arch: string) => ({
      ...base,
      messageId: 'updateFails',
      arch,
      data: { kops: '1.29.0', file: `crictl-v1.29.0-linux-${arch}.tar.gz`, url: crictl(arch), igs: `"arm" (${arch}), "nodes" (${arch})` },
      message: `kops update cluster of kOps 1.29.0 reads the hash of crictl-v1.29.0-linux-${arch}.tar.gz from the file repository (${crictl(arch)}) and fails until the file is copied there: "you might have not staged your files correctly, please execute 'kops get assets --copy'". The base side did not use it; it is planned for "arm" (${arch}), "nodes" (${arch}).`,
      subject: `mirror:${crictl(arch)}`,
    })
    const nodes = (arch: string, ig: string) => ({
      ...base,
      messageId: 'nodesFail',
      arch,
      data: { kops: '1.29.0', file: `nerdctl-1.7.4-linux-${arch}.tar.gz`, url: nerdctl(arch), igs: `"${ig}" (${arch})` },
      message: `kOps 1.29.0 knows the hash of nerdctl-1.7.4-linux-${arch}.tar.gz, so kops update cluster succeeds, but nodes of "${ig}" (${arch}) download it from ${nerdctl(arch)} and nodeup retries until the file is copied there. The base side did not use it.`,
      subject: `mirror:${nerdctl(arch)}`,
    })
    expect(found).toEqual([nodes('amd64', 'nodes'), nodes('arm64', 'arm'), update('amd64'), update('arm64')])
  })

  it('is silent without fileRepository, without a change, and without a base', () => {
    expect(runRule(rule, side(repo([]), '1.29.0', 'head'), side(repo([]), '1.28.5', 'base'))).toEqual([])
    expect(runRule(rule, side(repo(), '1.29.0', 'head'), side(repo(), '1.29.0', 'base'))).toEqual([])
    expect(runRule(rule, side(repo(), '1.29.0'))).toEqual([])
  })

  it('reports a Kubernetes bump: new kubelet and kubectl files, carried hashes from 1.30', () => {
    const found = runRule(rule, side(repo(undefined, '1.30.4'), '1.30.0', 'head'), side(repo(undefined, '1.29.9'), '1.30.0', 'base'))
    expect(found.map((f) => [f.messageId, f.data.file, f.arch])).toEqual([
      ['nodesFail', 'kubectl', 'amd64'],
      ['nodesFail', 'kubelet', 'amd64'],
      ['nodesFail', 'kubectl', 'arm64'],
      ['nodesFail', 'kubelet', 'arm64'],
    ])
    expect(found[0].data.url).toBe(URL('release/v1.30.4/bin/linux/amd64/kubectl'))
  })
})
