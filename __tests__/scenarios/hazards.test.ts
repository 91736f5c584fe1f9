// The upgrade hazards kOps does not refuse, end to end through `check`: repositories combining every rule, each
// finding once per place with its status across base and head, and nothing on the look-alikes beside them.
import { describe, expect, it } from '@jest/globals'
import { runCheck } from '../../src/check.js'
import type { RepoFile } from '../../src/repo/side.js'
import type { Finding } from '../../src/types.js'
import { COMPLETE_SPEC } from '../helpers/rule-tester.js'

const HAZARD_RULES = [
  'assets-not-mirrored', 'authorization-default-rbac', 'cgroup-v1-image', 'containerd-config-ignored', 'containerd-major-upgrade', 'imds-tokens-required',
  'kops-rejects-spec', 'kubernetes-minor-skip', 'nodeup-fails', 'service-cidr-default-changes', 'tool-no-longer-installed',
]

const IMAGES = {
  focal: '099720109477/ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-20240112',
  jammy: '099720109477/ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240126',
  noble: '099720109477/ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20240423',
  al2023: 'amazon/al2023-ami-2023.3.20240219.0-kernel-6.1-x86_64',
  debian12: '136693071363/debian-12-amd64-20240201-1644',
  rocky9: '792107900819/Rocky-9-EC2-Base-9.3-20231113.0.x86_64',
  rhel8: '309956199498/RHEL-8.9.0_HVM-20231101-x86_64-2-Hourly2-GP2',
  opaque: 'ami-0abc1234def567890',
}

function ig(name: string, cluster: string, image: string, extra: string[] = [], role = 'Node'): string {
  return [
    '---',
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: InstanceGroup',
    'metadata:',
    `  name: ${name}`,
    '  labels:',
    `    kops.k8s.io/cluster: ${cluster}`,
    'spec:',
    `  role: ${role}`,
    `  image: ${image}`,
    '  machineType: m5.large',
    '  minSize: 1',
    '  maxSize: 3',
    '  subnets:',
    '  - eu-west-1a',
    ...extra.map((l) => `  ${l}`),
  ].join('\n')
}

function cluster(name: string, k8s: string, extra: string[]): string {
  return [
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: Cluster',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  cloudProvider: aws',
    `  kubernetesVersion: ${k8s}`,
    '  networking:',
    '    cilium: {}',
    ...extra.map((l) => `  ${l}`),
    // The subnet the groups name and the etcd clusters kOps requires of every cluster.
    ...COMPLETE_SPEC.split('\n'),
  ].join('\n')
}

/** The 1-based line of the `nth` line of a file that contains `needle`. */
const lineOf = (f: RepoFile[], path: string, needle: string, nth = 1) => {
  const lines = f.find((x) => x.path === path)!.text.split('\n')
  return lines.map((l, i) => [l, i + 1] as const).filter(([l]) => l.includes(needle))[nth - 1][1]
}
const mine = (findings: Finding[]) => findings.filter((f) => HAZARD_RULES.includes(f.ruleId))
const rows = (findings: Finding[]) => mine(findings).map((f) => [f.ruleId, f.status, f.severity, f.file, f.line, f.cluster, f.instanceGroup, f.arch, f.kopsVersion])

describe('kOps 1.35.2 → 1.36.0 with Kubernetes 1.33 → 1.35', () => {
  const PROD = 'clusters/prod/cluster.yaml'
  const side = (kops: string, k8s: string): RepoFile[] => [
    { path: '.tool-versions', text: `kops ${kops}\n` },
    {
      path: PROD,
      text: [
        cluster('prod.example.com', k8s, [
          'assets:',
          '  fileRepository: https://mirror.example.com/kops',
          'containerd:',
          '    configAdditions:',
          '      plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options.SystemdCgroup: "true"',
          '      plugins."io.containerd.cri.v1.images".registry.config_path: /etc/containerd/certs.d',
          '      plugins."io.containerd.grpc.v1.cri".stream_server_port: "10010"',
        ]),
        ig('nodes-focal', 'prod.example.com', IMAGES.focal),
        ig('nodes-rhel8', 'prod.example.com', IMAGES.rhel8),
        ...(['jammy', 'noble', 'al2023', 'debian12', 'rocky9', 'opaque'] as const).map((n) => ig(`nodes-${n}`, 'prod.example.com', IMAGES[n])),
      ].join('\n'),
    },
  ]
  const base = side('1.35.2', '1.33.5')
  const head = side('1.36.0', '1.35.0')

  it('reports each hazard once per place, new on the head', () => {
    const { result } = runCheck({ base: { ref: 'base', files: base }, head: { ref: 'head', files: head } })
    const line = (needle: string) => lineOf(head, PROD, needle)
    const all = rows(result.findings)
    const notMirrored = all.filter((r) => r[0] === 'assets-not-mirrored')
    expect(all.filter((r) => r[0] !== 'assets-not-mirrored')).toEqual([
      ['nodeup-fails', 'new', 'error', PROD, line(IMAGES.focal), 'prod.example.com', 'nodes-focal', 'amd64', '1.36.0'],
      ['cgroup-v1-image', 'new', 'error', PROD, line(IMAGES.rhel8), 'prod.example.com', 'nodes-rhel8', null, '1.36.0'],
      ['authorization-default-rbac', 'new', 'warning', PROD, line('spec:'), 'prod.example.com', null, null, '1.36.0'],
      ['kubernetes-minor-skip', 'new', 'warning', PROD, line('kubernetesVersion'), 'prod.example.com', null, null, '1.36.0'],
      ['containerd-config-ignored', 'new', 'warning', PROD, line('SystemdCgroup'), 'prod.example.com', null, null, '1.36.0'],
    ])
    // Every file new to the head is named once, at fileRepository.
    expect(notMirrored.length).toBeGreaterThan(0)
    expect(new Set(notMirrored.map((r) => r[4]))).toEqual(new Set([line('fileRepository')]))
    const files = mine(result.findings).filter((f) => f.ruleId === 'assets-not-mirrored').map((f) => f.data.file)
    expect(files).toEqual(expect.arrayContaining(['kubelet', 'kubectl']))
    const subjects = mine(result.findings).filter((f) => f.ruleId === 'assets-not-mirrored').map((f) => f.subject)
    expect(new Set(subjects).size).toBe(subjects.length)
    expect(mine(result.findings).find((f) => f.ruleId === 'nodeup-fails')?.data.error).toBe('error determining OS distribution: unsupported distro "ubuntu-20.04"')
    expect(mine(result.findings).find((f) => f.ruleId === 'kubernetes-minor-skip')?.data.skipped).toBe('1.34')
    // Nothing on the look-alikes: supported cgroup v2 images and an opaque image id.
    expect(result.findings.filter((f) => ['nodes-jammy', 'nodes-noble', 'nodes-al2023', 'nodes-debian12', 'nodes-rocky9', 'nodes-opaque'].includes(f.instanceGroup ?? '') && f.severity !== 'notice')).toEqual([])
  })

  it('keeps a standing finding unchanged on a patch bump and marks a repaired one fixed', () => {
    const patched = head.map((f) =>
      f.path === PROD ? { ...f, text: f.text.replace(IMAGES.focal, IMAGES.noble) } : { ...f, text: 'kops 1.36.2\n' },
    )
    const { result } = runCheck({ base: { ref: 'base', files: head }, head: { ref: 'head', files: patched } })
    const focal = lineOf(head, PROD, IMAGES.focal)
    const error = 'error determining OS distribution: unsupported distro "ubuntu-20.04"'
    const advice = "Move the instance group to an image of an OS this kOps release's nodeup supports (kOps's distros support matrix: https://kops.sigs.k8s.io/operations/images/)."
    expect(result.findings.find((f) => f.ruleId === 'nodeup-fails')).toEqual({
      ruleId: 'nodeup-fails',
      severity: 'error',
      status: 'fixed',
      message: `nodeup of kOps 1.36.0 would fail on instance group "nodes-focal" (amd64) and retry every 30s, installing nothing. nodeup: ${error}. ${advice}`,
      remediation: 'Change the spec value the finding points at, or pin a kOps release whose nodeup accepts it.',
      messageId: 'fails',
      data: { kops: '1.36.0', ig: 'nodes-focal', arch: 'amd64', error, advice },
      file: PROD,
      line: focal,
      column: 10,
      endLine: focal,
      endColumn: 10 + IMAGES.focal.length,
      cluster: 'prod.example.com',
      instanceGroup: 'nodes-focal',
      arch: 'amd64',
      kopsVersion: '1.36.0',
      subject: 'FindDistribution',
    })
    const systemd = lineOf(patched, PROD, 'SystemdCgroup')
    const key = 'plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options.SystemdCgroup'
    const v3Key = 'plugins."io.containerd.cri.v1.runtime".containerd.runtimes.runc.options.SystemdCgroup'
    const igs = ['noble', 'rhel8', 'jammy', 'noble', 'al2023', 'debian12', 'rocky9', 'opaque'].map((n, i) => (i === 0 ? '"nodes-focal"' : `"nodes-${n}"`)).join(', ')
    expect(result.findings.find((f) => f.ruleId === 'containerd-config-ignored')).toEqual({
      ruleId: 'containerd-config-ignored',
      severity: 'warning',
      status: 'unchanged',
      message: `nodeup of kOps 1.36.2 writes a version 3 containerd config for containerd 2.2.4 on ${igs} and copies ${key} into it as it is; containerd migrates only files older than version 3, so this setting is ignored (containerd logs a warning). In version 3 it is ${v3Key}.`,
      remediation: 'Rename the key to its containerd 2 location (the message names it), or keep containerd below 2.0 for these instance groups.',
      messageId: 'ignored',
      data: { kops: '1.36.2', containerd: '2.2.4', igs, key, v3Key },
      file: PROD,
      line: systemd,
      column: 9,
      endLine: systemd,
      endColumn: 9 + key.length,
      cluster: 'prod.example.com',
      instanceGroup: null,
      arch: null,
      kopsVersion: '1.36.2',
      subject: `configAdditions:${key}`,
    })
    expect(rows(result.findings)).toEqual([
      ['cgroup-v1-image', 'unchanged', 'error', PROD, lineOf(patched, PROD, IMAGES.rhel8), 'prod.example.com', 'nodes-rhel8', null, '1.36.2'],
      ['nodeup-fails', 'fixed', 'error', PROD, lineOf(head, PROD, IMAGES.focal), 'prod.example.com', 'nodes-focal', 'amd64', '1.36.0'],
      ['containerd-config-ignored', 'unchanged', 'warning', PROD, lineOf(patched, PROD, 'SystemdCgroup'), 'prod.example.com', null, null, '1.36.2'],
    ])
  })

  it('finds the authorization flip in a drift scan of the pinned release against a target', () => {
    const { result } = runCheck({ head: { ref: 'head', files: side('1.35.2', '1.34.2') }, targetKopsVersion: '1.36.0' })
    expect(rows(result.findings).filter((r) => r[0] === 'authorization-default-rbac')).toEqual([
      ['authorization-default-rbac', 'new', 'warning', PROD, lineOf(base, PROD, 'spec:'), 'prod.example.com', null, null, '1.36.0'],
    ])
  })
})

describe('kOps 1.27.3 → 1.28.0 with Kubernetes 1.26 → 1.27', () => {
  const A = 'clusters/a.yaml'
  const B = 'clusters/b.yaml'
  const C = 'clusters/c.yaml'
  const side = (kops: string, k8s: string): RepoFile[] => [
    { path: '.tool-versions', text: `kops ${kops}\n` },
    { path: A, text: [cluster('a.example.com', k8s, ['nonMasqueradeCIDR: 10.0.0.0/8']), ig('nodes', 'a.example.com', IMAGES.jammy), ig('tokens', 'a.example.com', IMAGES.jammy, ['instanceMetadata:', '  httpTokens: required'])].join('\n') },
    { path: B, text: [cluster('b.example.com', k8s, ['nonMasqueradeCIDR: 100.64.0.0/10']), ig('nodes', 'b.example.com', IMAGES.jammy, ['instanceMetadata:', '  httpTokens: optional'])].join('\n') },
    { path: C, text: [cluster('c.example.com', k8s, ['nonMasqueradeCIDR: 10.0.0.0/8', 'kubeDNS:', '  serverIP: 10.0.0.10']), ig('nodes', 'c.example.com', IMAGES.jammy, ['instanceMetadata:', '  httpPutResponseHopLimit: 1'])].join('\n') },
  ]

  it('reports the IMDS and service range flips, and kOps’s refusal where the DNS IP is pinned', () => {
    const head = side('1.28.0', '1.27.8')
    const { result } = runCheck({ base: { ref: 'base', files: side('1.27.3', '1.26.9') }, head: { ref: 'head', files: head } })
    expect(rows(result.findings)).toEqual([
      ['kops-rejects-spec', 'new', 'error', C, lineOf(head, C, 'serverIP'), 'c.example.com', null, null, '1.28.0'],
      ['service-cidr-default-changes', 'new', 'warning', A, lineOf(head, A, 'nonMasqueradeCIDR'), 'a.example.com', null, null, '1.28.0'],
      ['imds-tokens-required', 'new', 'warning', A, lineOf(head, A, 'spec:', 2), 'a.example.com', 'nodes', null, '1.28.0'],
      ['imds-tokens-required', 'new', 'warning', C, lineOf(head, C, 'instanceMetadata'), 'c.example.com', 'nodes', null, '1.28.0'],
    ])
    // The finding's error is the field error; data.printed is the aggregate kOps prints with its completed-spec prefix.
    const refusal = mine(result.findings).find((f) => f.ruleId === 'kops-rejects-spec')
    const error = 'spec.kubeDNS.serverIP: Forbidden: ServiceClusterIPRange "100.64.0.0/13" must contain the DNS Server IP "10.0.0.10"'
    expect([refusal?.data.error, refusal?.data.printed]).toEqual([error, `completed cluster failed validation: ${error}`])
    expect(mine(result.findings).filter((f) => f.cluster === 'b.example.com')).toEqual([])
  })
})

describe('kOps 1.33.0 → 1.34.0 with Kubernetes 1.32', () => {
  const FILE = 'kops/cluster.yaml'
  const side = (kops: string, nodes: string[]): RepoFile[] => [
    { path: '.tool-versions', text: `kops ${kops}\n` },
    {
      path: FILE,
      text: [
        cluster('k.example.com', '1.32.4', ['containerd:', '  installNerdCtl: true']),
        ig('nodes', 'k.example.com', IMAGES.noble, nodes),
        ig('legacy', 'k.example.com', IMAGES.noble, ['containerd:', '  version: 1.7.28']),
        ig('bastions', 'k.example.com', IMAGES.noble, [], 'Bastion'),
      ].join('\n'),
    },
  ]

  it('notes the containerd 2 move and the tools that stop being installed, once per group', () => {
    const head = side('1.34.0', [])
    const { result } = runCheck({ base: { ref: 'base', files: side('1.33.0', []) }, head: { ref: 'head', files: head } })
    expect(rows(result.findings)).toEqual([
      ['containerd-major-upgrade', 'new', 'notice', '.tool-versions', 1, 'k.example.com', 'nodes', null, '1.34.0'],
      ['tool-no-longer-installed', 'new', 'notice', '.tool-versions', 1, 'k.example.com', 'legacy', null, '1.34.0'],
      ['tool-no-longer-installed', 'new', 'notice', '.tool-versions', 1, 'k.example.com', 'nodes', null, '1.34.0'],
    ])
    expect(mine(result.findings).map((f) => [f.instanceGroup, f.data.tool ?? f.data.to])).toEqual([
      ['nodes', '2.1.4'],
      ['legacy', 'crictl'],
      ['nodes', 'crictl'],
    ])
  })
})
