// Shared simulations: clusters equal apart from names, sizes and subnets share one asset plan and one nodeup run,
// and every shared result equals the one a fresh computation for that cluster gives, origins pointing into that
// cluster's own file.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { readManifests } from '../../src/manifests/group.js'
import { applyCluster } from '../../src/simulate/cloudup/apply-cluster.js'
import { CloudupError } from '../../src/simulate/errors.js'
import { planAssets, rejectedResult, runNodeup, type SimulationRequest } from '../../src/simulate/index.js'
import { CLUSTER_KEYS_NOT_SIMULATED, INSTANCE_GROUP_KEYS_NOT_SIMULATED, planAssetsShared, runNodeupShared } from '../../src/simulate/shared.js'
import type { ArchResult, PlannedAsset } from '../../src/simulate/types.js'
import type { Arch, Located } from '../../src/types.js'
import { BUNDLE_SPEC, cluster, COMPLETE_SPEC, files as repoFiles, ig } from '../helpers/rule-tester.js'

function clusterFile(name: string, opts: { subnet: string; min: number; extra?: string; igExtra?: string }): string {
  return [
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: Cluster',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  cloudProvider: aws',
    '  kubernetesVersion: 1.28.5',
    `  configBase: s3://state/${name}`,
    '  networking:',
    '    calico: {}',
    '  subnets:',
    `  - cidr: ${opts.subnet}`,
    '    name: a',
    '  containerd:',
    '    packages:',
    '      urlAmd64: https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz',
    `      hashAmd64: ${'ab'.repeat(32)}`,
    ...(opts.extra ? [opts.extra] : []),
    '---',
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: InstanceGroup',
    'metadata:',
    '  name: nodes',
    '  labels:',
    `    kops.k8s.io/cluster: ${name}`,
    'spec:',
    '  role: Node',
    '  machineType: m5.large',
    `  minSize: ${opts.min}`,
    `  maxSize: ${opts.min + 2}`,
    ...(opts.igExtra ? [opts.igExtra] : []),
  ].join('\n')
}

function requests(files: { path: string; text: string }[], release = '1.29.0-beta.1'): SimulationRequest[] {
  const out: SimulationRequest[] = []
  for (const g of readManifests(files).groups)
    for (const ig of g.instanceGroups)
      for (const arch of ['amd64', 'arm64'] as Arch[]) out.push({ release, kopsVersion: release, cluster: g.cluster!, ig, arch, k8sVersion: '1.28.5', pin: null })
  return out
}

/** What a plan gives: its assets, or the refusal's text and origin. */
function planOutcome(plan: () => PlannedAsset[]): { assets: PlannedAsset[] } | { error: string; origin: Located<unknown> | null } {
  try {
    return { assets: plan() }
  } catch (e) {
    if (!(e instanceof CloudupError)) throw e
    return { error: e.message, origin: e.origin }
  }
}

/** The asset plan and nodeup run through the shared memo of `scope`, or the plan's refusal. */
function shared(scope: object, req: SimulationRequest): ArchResult {
  const plan = planOutcome(() => planAssetsShared(scope, req))
  return 'assets' in plan ? runNodeupShared(scope, req, plan.assets) : rejectedResult(plan.error, plan.origin)
}

function fresh(req: SimulationRequest): ArchResult {
  const plan = planOutcome(() => planAssets(req))
  return 'assets' in plan ? runNodeup(req, plan.assets) : rejectedResult(plan.error, plan.origin)
}

describe('shared asset plans and nodeup runs', () => {
  it('gives every cluster exactly what a fresh computation gives, origins in its own file', () => {
    const files = [
      // Leading comment lines shift every position of the second file.
      { path: 'a/cluster.yaml', text: clusterFile('a.example.com', { subnet: '10.0.0.0/16', min: 1 }) },
      { path: 'b/cluster.yaml', text: '# b\n# moved down\n' + clusterFile('b.example.com', { subnet: '10.1.0.0/16', min: 3 }) },
      { path: 'c/cluster.yaml', text: clusterFile('c.k8s.local', { subnet: '10.2.0.0/16', min: 2 }) },
      { path: 'd/cluster.yaml', text: clusterFile('d.example.com', { subnet: '10.3.0.0/16', min: 1, igExtra: '  containerd:\n    version: 1.7.13' }) },
    ]
    const scope = {}
    for (const req of requests(files)) {
      const got = shared(scope, req)
      expect(got).toEqual(fresh(req))
      for (const a of got.assets) if (a.origin) expect(a.origin.file).toBe(req.cluster.doc.file)
    }
    const origins = requests(files)
      .filter((r) => r.arch === 'amd64')
      .map((r) => shared(scope, r).assets.find((a) => a.component === 'containerd')?.origin)
    expect(origins.map((o) => o && [o.file, o.pos.line])).toEqual([
      ['a/cluster.yaml', 16],
      ['b/cluster.yaml', 18],
      ['c/cluster.yaml', 16],
      ['d/cluster.yaml', 16],
    ])
  })

  it('reuses the computation for a cluster equal to an earlier one apart from names, sizes and subnets', () => {
    const files = [
      { path: 'a.yaml', text: clusterFile('a.example.com', { subnet: '10.0.0.0/16', min: 1 }) },
      { path: 'b.yaml', text: clusterFile('b.example.com', { subnet: '10.1.0.0/16', min: 5 }) },
    ]
    const [a, , b] = requests(files)
    const scope = {}
    const first = shared(scope, a)
    const second = shared(scope, b)
    expect(second).not.toBe(first)
    // Shared: the same arrays of installed files, re-pointed origins.
    expect(second.files).toBe(first.files)
    expect(second.assets.map((x) => x.urls)).toEqual(first.assets.map((x) => x.urls))
    expect(second.assets.find((x) => x.component === 'containerd')?.origin?.file).toBe('b.yaml')
  })

  it('does not share across a difference the simulation reads, nor a spec with aliases', () => {
    const files = [
      { path: 'a.yaml', text: clusterFile('a.example.com', { subnet: '10.0.0.0/16', min: 1 }) },
      { path: 'b.yaml', text: clusterFile('b.example.com', { subnet: '10.0.0.0/16', min: 1, extra: '    version: 1.6.20' }) },
      { path: 'c.yaml', text: clusterFile('c.example.com', { subnet: '10.0.0.0/16', min: 1, extra: '  x: &v 1\n  y: *v' }) },
    ]
    const scope = {}
    const results = requests(files).map((r) => [r, shared(scope, r)] as const)
    for (const [r, got] of results) expect(got).toEqual(fresh(r))
    expect(results[2][1].files).not.toBe(results[0][1].files)
    expect(results[2][1].files).toEqual(results[0][1].files)
  })

  it("shares a refused plan as kOps's error, pointing at each cluster's own value", () => {
    // containerd 1.6 from a bundle: cloudup finds no runc configuration (cloudup/runc.ts).
    const old = '    version: 1.6.20'
    const files = [
      { path: 'a.yaml', text: clusterFile('a.example.com', { subnet: '10.0.0.0/16', min: 1, extra: old }) },
      { path: 'b.yaml', text: '# b\n' + clusterFile('b.example.com', { subnet: '10.1.0.0/16', min: 2, extra: old }) },
    ]
    const scope = {}
    const outcomes = requests(files).map((r) => [planOutcome(() => planAssetsShared(scope, r)), planOutcome(() => planAssets(r))])
    for (const [got, want] of outcomes) expect(got).toEqual(want)
    expect(outcomes.map(([got]) => ('error' in got ? [got.error, got.origin?.file, got.origin?.pos.line] : null))).toEqual([
      ['unable to find runc config', 'a.yaml', 18],
      ['unable to find runc config', 'a.yaml', 18],
      ['unable to find runc config', 'b.yaml', 19],
      ['unable to find runc config', 'b.yaml', 19],
    ])
  })

  it("gives applyCluster's every step the same result with and without sharing", () => {
    const spec = (cidr: string, extra?: string) => [COMPLETE_SPEC.replace('172.20.32.0/19', cidr), BUNDLE_SPEC, ...(extra ? [extra] : [])].join('\n')
    const group = (name: string, role: string, machineType: string, cluster: string) => `${ig(name, role, machineType, cluster)}\n  subnets: [eu-west-1a]`
    const side = (name: string, cidr: string, extra?: string) => [cluster(spec(cidr, extra), { name }), group('control-plane', 'ControlPlane', 'm5.large', name), group('nodes', 'Node', 'm5.xlarge', name)].join('\n')
    const groups = readManifests(
      repoFiles({ 'a.yaml': side('a.example.com', '172.20.32.0/19'), 'b.yaml': '# b\n' + side('b.example.com', '172.20.64.0/19'), 'c.yaml': side('c.example.com', '172.20.96.0/19', '    version: 1.6.20') }),
    ).groups
    const scope = {}
    const runs = groups.map((g) => {
      const req = { release: '1.29.0-beta.1', kopsVersion: '1.29.0-beta.1', cluster: g.cluster!, instanceGroups: g.instanceGroups, k8sVersion: '1.28.5', pin: null }
      return [applyCluster({ ...req, shared: scope }), applyCluster(req)] as const
    })
    for (const [got, want] of runs) expect(got).toEqual(want)
    expect(runs.map(([got]) => [got.refusal?.stage ?? null, got.refusal?.error ?? null, got.igs.map((x) => Object.keys(x.results).length)])).toEqual([
      [null, null, [2, 2]],
      [null, null, [2, 2]],
      ['assets', 'unable to find runc config', [2, 2]],
    ])
    // b reuses a's nodeup run (the same array of installed files), its plan pointing into b's file.
    expect(runs[1][0].igs[1].results.amd64?.files).toBe(runs[0][0].igs[1].results.amd64?.files)
    expect(runs[1][1].igs[1].results.amd64?.files).not.toBe(runs[0][1].igs[1].results.amd64?.files)
    expect(runs[1][0].igs[1].results.amd64?.assets.find((a) => a.component === 'containerd')?.origin?.file).toBe('b.yaml')
  })

  it('leaves out only keys that no file of the asset plan or nodeup reads', () => {
    // Every file src/simulate/index.ts (planAssets, runNodeup) imports, directly or not. The validation modules are
    // imported for their path and version helpers only; validation itself runs per cluster, unshared.
    const seen = new Set<string>()
    const visit = (file: string): void => {
      if (seen.has(file) || file.startsWith(join('src/simulate/validation'))) return
      seen.add(file)
      for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)\.js'/g)) visit(join(dirname(file), `${m[1]}.ts`))
    }
    visit('src/simulate/index.ts')
    for (const f of ['src/simulate/nodeup/command.ts', 'src/simulate/cloudup/file-assets.ts', 'src/manifests/model.ts']) expect({ f, read: seen.has(join(f)) }).toEqual({ f, read: true })
    const code = [...seen].map((f) => readFileSync(f, 'utf8')).join('\n')
    for (const key of [...CLUSTER_KEYS_NOT_SIMULATED, ...INSTANCE_GROUP_KEYS_NOT_SIMULATED]) expect({ key, read: code.includes(`'${key}'`) }).toEqual({ key, read: false })
  })

  it('gives equal plans and nodeup runs whatever the keys left out hold', () => {
    const base = clusterFile('a.example.com', { subnet: '10.0.0.0/16', min: 1 })
    const varied = clusterFile('a.example.com', {
      subnet: '192.168.0.0/24',
      min: 7,
      extra: ['  configBase: s3://other/a', '  masterPublicName: api.other', '  masterInternalName: api.internal.other', '  dnsZone: Z123', '  sshKeyName: k', '  networkID: vpc-1'].join('\n'),
      igExtra: '  subnets:\n  - b\n  - c',
    })
    const strip = (r: ArchResult) => JSON.parse(JSON.stringify(r, (k, v: unknown) => (k === 'origin' || k === 'failureOrigin' ? undefined : v))) as unknown
    const [a, b] = [requests([{ path: 'a.yaml', text: base }]), requests([{ path: 'a.yaml', text: varied }])]
    expect(b.map((r) => strip(fresh(r)))).toEqual(a.map((r) => strip(fresh(r))))
  })
})
