import { describe, expect, it } from '@jest/globals'
import rule, { KUBELET_CGROUP_V1 } from '../../src/rules/cgroup-v1-image.js'
import { runRule, side } from '../helpers/rule-tester.js'
import { clusterYaml, igYaml, spanOf } from '../helpers/hazards.js'

const RHEL8 = '309956199498/RHEL-8.9.0_HVM-20231101-x86_64-2-Hourly2-GP2'
const AL2 = 'amazon/amzn2-ami-kernel-5.10-hvm-2.0.20240131.0-x86_64-gp2'
const FINE = [
  ['u2204', '099720109477/ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240126'],
  ['u2404', '099720109477/ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20240423'],
  ['al2023', 'amazon/al2023-ami-2023.3.20240219.0-kernel-6.1-x86_64'],
  ['d12', '136693071363/debian-12-amd64-20240201-1644'],
  ['rocky9', '792107900819/Rocky-9-EC2-Base-9.3-20231113.0.x86_64'],
  ['opaque', 'ami-0abc1234def567890'],
]

function repo(k8s: string, images: [string, string][]): string {
  return [clusterYaml([], { k8s }), ...images.map(([n, img]) => igYaml(n, [`image: ${img}`]))].join('\n')
}

describe('cgroup-v1-image', () => {
  it('reports a RHEL 8 group under Kubernetes 1.35 and kOps 1.36 at its image, whole finding', () => {
    const text = repo('1.35.0', [['rhel', RHEL8], ...(FINE as [string, string][])])
    const found = runRule(rule, side({ 'c.yaml': text }, '1.36.0'))
    expect(found).toEqual([
      {
        ruleId: 'cgroup-v1-image',
        severity: 'error',
        messageId: 'cgroupV1',
        data: { ig: 'rhel', os: 'RHEL 8.9', image: RHEL8, k8s: '1.35.0', kops: '1.36.0', kubelet: KUBELET_CGROUP_V1 },
        message: `Instance group "rhel" runs RHEL 8.9 (${RHEL8}), which boots cgroup v1; kubelet 1.35.0 defaults failCgroupV1 to true and kOps 1.36.0 sets no failCgroupV1, so kubelet exits with "${KUBELET_CGROUP_V1}" and the nodes never become Ready.`,
        remediation: rule.remediation,
        place: { file: 'c.yaml', pos: spanOf(text, RHEL8, RHEL8) },
        cluster: 'c.example.com',
        instanceGroup: 'rhel',
        arch: null,
        kopsVersion: '1.36.0',
        subject: 'cgroup-v1:rhel-8.9',
      },
    ])
  })

  it('leaves OSes nodeup 1.36 refuses to nodeup-fails, and reports them under 1.35, which still boots them', () => {
    const text = repo('1.35.0', [['al2', AL2], ['focal', '099720109477/ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-20240112']])
    expect(runRule(rule, side({ 'c.yaml': text }, '1.36.0'))).toEqual([])
    const under135 = runRule(rule, side({ 'c.yaml': text }, '1.35.2'))
    expect(under135.map((f) => [f.instanceGroup, f.data.os, f.place.pos.line, f.subject, f.kopsVersion])).toEqual([
      ['al2', 'Amazon Linux 2', 28, 'cgroup-v1:amzn-2', '1.35.2'],
      ['focal', 'Ubuntu 20.04', 39, 'cgroup-v1:ubuntu-20.04', '1.35.2'],
    ])
  })

  it('is silent below Kubernetes 1.35, on cgroup v2 images, and on images that do not name their OS', () => {
    expect(runRule(rule, side({ 'c.yaml': repo('1.34.2', [['rhel', RHEL8]]) }, '1.36.0'))).toEqual([])
    expect(runRule(rule, side({ 'c.yaml': repo('1.35.0', FINE as [string, string][]) }, '1.36.0'))).toEqual([])
    expect(runRule(rule, side({ 'c.yaml': repo('1.35.0', [['gce-cos', 'cos-cloud/cos-stable-109-17800-66-43']]) }, '1.36.0'))).toEqual([])
  })

  it('reads a GCE RHEL 8 family as cgroup v1 from its major version', () => {
    const text = [clusterYaml([], { k8s: '1.35.0', cloud: 'gce' }), igYaml('rhel', ['image: rhel-cloud/rhel-8-v20240110'], { machineType: 'e2-standard-2' })].join('\n')
    const found = runRule(rule, side({ 'c.yaml': text }, '1.36.0'))
    expect(found.map((f) => [f.instanceGroup, f.data.os, f.subject])).toEqual([['rhel', 'RHEL 8', 'cgroup-v1:rhel-8.']])
  })
})
