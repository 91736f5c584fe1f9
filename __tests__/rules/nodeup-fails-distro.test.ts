// nodeup-fails, the unsupported-distro cause: the image names an OS the release's nodeup refuses.
import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/nodeup-fails.js'
import { runRule, side } from '../helpers/rule-tester.js'
import { clusterYaml, igYaml, spanOf } from '../helpers/hazards.js'

const FOCAL = '099720109477/ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-20240112'
const ADVICE = "Move the instance group to an image of an OS this kOps release's nodeup supports (kOps's distros support matrix: https://kops.sigs.k8s.io/operations/images/)."

describe('nodeup-fails: unsupported distro', () => {
  it('reports Ubuntu 20.04 under kOps 1.36 at the image, with nodeup text', () => {
    const text = [clusterYaml([]), igYaml('nodes', [`image: ${FOCAL}`])].join('\n')
    const error = 'error determining OS distribution: unsupported distro "ubuntu-20.04"'
    expect(runRule(rule, side({ 'c.yaml': text }, '1.36.0'))).toEqual([
      {
        ruleId: 'nodeup-fails',
        severity: 'error',
        messageId: 'fails',
        data: { kops: '1.36.0', ig: 'nodes', arch: 'amd64', error, advice: ADVICE },
        message: `nodeup of kOps 1.36.0 would fail on instance group "nodes" (amd64) and retry every 30s, installing nothing. nodeup: ${error}. ${ADVICE}`,
        remediation: rule.remediation,
        place: { file: 'c.yaml', pos: spanOf(text, FOCAL, FOCAL) },
        cluster: 'c.example.com',
        instanceGroup: 'nodes',
        arch: 'amd64',
        kopsVersion: '1.36.0',
        subject: 'FindDistribution',
      },
    ])
  })

  it('prints the older refusal text before 1.31.0-beta.1, per arch the group runs', () => {
    const bionic = '099720109477/ubuntu/images/hvm-ssd/ubuntu-bionic-18.04-arm64-server-20230531'
    const text = [clusterYaml([], { k8s: '1.28.5' }), igYaml('arm', [`image: ${bionic}`], { machineType: 'm6g.large' })].join('\n')
    const found = runRule(rule, side({ 'c.yaml': text }, '1.29.0'))
    expect(found.map((f) => [f.instanceGroup, f.arch, f.data.error, f.place.pos])).toEqual([['arm', 'arm64', 'error determining OS distribution: unsupported distro: ubuntu-18.04', spanOf(text, bionic, bionic)]])
  })

  it('is silent for supported, opaque, bastion and templated images', () => {
    const text = [
      clusterYaml([]),
      igYaml('jammy', ['image: 099720109477/ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240126']),
      igYaml('d12', ['image: 136693071363/debian-12-amd64-20240201-1644']),
      igYaml('al2023', ['image: amazon/al2023-ami-2023.3.20240219.0-kernel-6.1-x86_64']),
      igYaml('opaque', ['image: ami-0abc1234def567890']),
      igYaml('other-owner', [`image: 123456789012/${FOCAL.split('/').slice(1).join('/')}`]),
      igYaml('bastions', [`image: ${FOCAL}`], { role: 'Bastion' }),
      igYaml('templated', ['image: 099720109477/ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-{{ .date }}']),
      igYaml('variable', ['image: 099720109477/ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-${DATE}']),
    ].join('\n')
    expect(runRule(rule, side({ 'c.yaml': text }, '1.36.0'))).toEqual([])
    // kOps 1.35 still accepts Ubuntu 20.04.
    expect(runRule(rule, side({ 'c.yaml': [clusterYaml([]), igYaml('nodes', [`image: ${FOCAL}`])].join('\n') }, '1.35.2'))).toEqual([])
  })
})
