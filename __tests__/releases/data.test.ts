// Consistency checks and spot values for the per-release data tables in src/releases/data.
import { describe, expect, test } from '@jest/globals'
import semver from 'semver'
import { KOPS_RELEASES } from '../../src/releases/data/releases.js'
import { CONTAINERD_DEFAULTS } from '../../src/releases/data/containerd-defaults.js'
import { KUBERNETES_WINDOW, KUBERNETES_WINDOW_MESSAGES, STARLINE } from '../../src/releases/data/kubernetes-window.js'
import { CNI_ASSETS, CNI_MIRRORS } from '../../src/releases/data/cni.js'
import { CONTAINERD_HASH_TABLE, RUNC_HASH_TABLE } from '../../src/releases/data/known-versions.js'
import { MIRROR_RULES, type MirrorRulesRow } from '../../src/releases/data/mirrors.js'
import { KOPS_TEXTS } from '../../src/releases/data/errors.js'
import type { K8sRange } from '../../src/releases/data/types.js'

const VERSIONS = KOPS_RELEASES.map((r) => r.version)
const INDEX = new Map(VERSIONS.map((v, i) => [v, i]))

interface Tagged {
  tags: string[]
  source: string
}

const PER_TAG_TABLES: [string, readonly Tagged[]][] = [
  ['CONTAINERD_DEFAULTS', CONTAINERD_DEFAULTS],
  ['KUBERNETES_WINDOW', KUBERNETES_WINDOW],
  ['CNI_ASSETS', CNI_ASSETS],
  ['MIRROR_RULES', MIRROR_RULES],
]
const PARTIAL_TABLES: [string, readonly Tagged[]][] = [
  ['CONTAINERD_HASH_TABLE', CONTAINERD_HASH_TABLE],
  ['RUNC_HASH_TABLE', RUNC_HASH_TABLE],
  ['CNI_MIRRORS', CNI_MIRRORS],
]
const ALL_TABLES: [string, readonly Tagged[]][] = [
  ...PER_TAG_TABLES,
  ...PARTIAL_TABLES,
  ['KUBERNETES_WINDOW_MESSAGES', KUBERNETES_WINDOW_MESSAGES],
  ['KOPS_TEXTS', KOPS_TEXTS],
]

function countTags(rows: readonly Tagged[]): Map<string, number> {
  const n = new Map<string, number>()
  for (const r of rows) for (const t of r.tags) n.set(t, (n.get(t) ?? 0) + 1)
  return n
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>()
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r])
  return m
}

// Kubernetes comparisons ignore prerelease/build, as kOps does.
const core = (v: string) => semver.coerce(v)!.version
const inRange = (v: string, r: K8sRange) =>
  (r.from === undefined || semver.gte(core(v), core(r.from))) && (r.to === undefined || semver.lt(core(v), core(r.to)))
const matches = (v: string, ranges: K8sRange[]) => ranges.length === 0 || ranges.some((r) => inRange(v, r))

function row<T extends { tags: string[] }>(rows: readonly T[], version: string): T {
  const found = rows.filter((r) => r.tags.includes(version))
  expect(found).toHaveLength(1)
  return found[0]!
}

function containerdFor(kops: string, k8s: string) {
  const rule = row(CONTAINERD_DEFAULTS, kops).rules.find((r) => matches(k8s, r.k8s))
  return rule ? { containerd: rule.containerd, runc: rule.runc } : null
}

function cniFor(kops: string, k8s: string) {
  const r = row(CNI_ASSETS, kops)
  const rule = r.rules.find((x) => matches(k8s, x.k8s))
  return rule ? `${r.host} ${rule.version}` : 'error'
}

function mirrorsFor(kops: string, url: string): string[] {
  const r: MirrorRulesRow = row(MIRROR_RULES, kops)
  for (const rule of r.rules) {
    const prefix = rule.prefix.replaceAll('{kopsVersion}', kops)
    if (!url.startsWith(prefix)) continue
    let rest = url.slice(prefix.length)
    if (rule.flattenRestFor) {
      rest = rest.replaceAll('/', '-')
      for (const name of rule.flattenRestFor)
        for (const arch of ['amd64', 'arm64']) rest = rest.replaceAll(`linux-${arch}-${name}`, `${name}-linux-${arch}`)
    }
    return [url, ...rule.fallbacks.map((f) => f.replaceAll('{kopsVersion}', kops) + rest)]
  }
  return [url]
}

function text(id: string, kops: string): string | null {
  const rows = KOPS_TEXTS.filter((r) => r.id === id && r.tags.includes(kops))
  expect(rows.length).toBeLessThanOrEqual(1)
  return rows[0]?.text ?? null
}

describe('KOPS_RELEASES', () => {
  test('every tag from v1.26.0-alpha.1 to the newest, unique and in kOps version order', () => {
    expect(VERSIONS[0]).toBe('1.26.0-alpha.1')
    expect(VERSIONS).toHaveLength(78)
    expect(new Set(VERSIONS).size).toBe(VERSIONS.length)
    for (const v of VERSIONS) expect(semver.valid(v)).toBe(v)
    expect([...VERSIONS].sort(semver.compare)).toEqual(VERSIONS)
    expect(VERSIONS).toContain('1.29.0-alpha.0')
    expect(VERSIONS.at(-1)).toBe('1.37.0-alpha.1')
  })

  test('dates and sources', () => {
    for (const r of KOPS_RELEASES) {
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(r.source).toBe(`kubernetes/kops:${r.source!.split(':')[1]!.split('@')[0]}@v${r.version}`)
    }
    expect(KOPS_RELEASES.find((r) => r.version === '1.29.0')?.date).toBe('2024-05-11')
    expect(KOPS_RELEASES.find((r) => r.version === '1.27.0-alpha.1')?.date).toBe('2022-12-24')
  })
})

describe('table shape', () => {
  test.each(PER_TAG_TABLES)('%s holds every release exactly once', (_name, rows) => {
    const n = countTags(rows)
    for (const v of VERSIONS) expect([v, n.get(v) ?? 0]).toEqual([v, 1])
  })

  test.each(PARTIAL_TABLES)('%s holds a release at most once', (_name, rows) => {
    for (const [v, c] of countTags(rows)) expect([v, c]).toEqual([v, 1])
  })

  test('KOPS_TEXTS: a release at most once per id', () => {
    for (const [id, rows] of groupBy(KOPS_TEXTS, (r) => r.id)) for (const [v, c] of countTags(rows)) expect([id, v, c]).toEqual([id, v, 1])
  })

  test('KUBERNETES_WINDOW_MESSAGES: a release at most once per check, the version checks cover every release', () => {
    const byCheck = groupBy(KUBERNETES_WINDOW_MESSAGES, (r) => r.check)
    for (const [check, rows] of byCheck) {
      const n = countTags(rows)
      for (const [v, c] of n) expect([check, v, c]).toEqual([check, v, 1])
      for (const v of VERSIONS) expect([check, v, n.get(v) ?? 0]).toEqual([check, v, 1])
    }
    expect([...byCheck.keys()].sort()).toEqual(
      ['channelNewVersion', 'channelUpgradeRequired', 'deprecated', 'tooNew', 'tooNewBypassed', 'tooOld'].sort(),
    )
  })

  test.each(ALL_TABLES)('%s: known releases, non-empty and sorted tag lists, sorted rows, sources at one of the tags', (_name, rows) => {
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) {
      expect(r.tags.length).toBeGreaterThan(0)
      for (const t of r.tags) expect([t, INDEX.has(t)]).toEqual([t, true])
      const idx = r.tags.map((t) => INDEX.get(t)!)
      expect([...idx].sort((a, b) => a - b)).toEqual(idx)
      const m = /^kubernetes\/kops:([\w./-]+)@v(\S+)$/.exec(r.source)
      expect(m).not.toBeNull()
      expect(r.tags).toContain(m![2])
    }
  })

  test.each([...PER_TAG_TABLES, ...PARTIAL_TABLES])('%s rows are ordered by their first release', (_name, rows) => {
    const firsts = rows.map((r) => INDEX.get(r.tags[0]!)!)
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts)
  })

  test('KOPS_TEXTS rows of one id are ordered by their first release', () => {
    for (const rows of groupBy(KOPS_TEXTS, (r) => r.id).values()) {
      const firsts = rows.map((r) => INDEX.get(r.tags[0]!)!)
      expect([...firsts].sort((a, b) => a - b)).toEqual(firsts)
    }
  })
})

describe('containerd defaults', () => {
  test.each([
    ['1.29.0', '1.28.5', '1.7.16', '1.1.12'],
    ['1.28.1', '1.28.0', '1.7.7', '1.1.9'],
    ['1.28.1', '1.27.1', '1.6.20', '1.1.5'],
    ['1.26.0', '1.26.3', '1.6.18', '1.1.4'],
    ['1.26.0', '1.22.17', '1.4.13', ''],
    ['1.26.5', '1.26.5', '1.6.21', '1.1.5'],
    ['1.27.0-alpha.1', '1.25.0', '1.6.14', '1.1.4'],
    ['1.27.0', '1.22.5', '1.4.13', ''],
    ['1.27.0', '1.24.13', '1.6.20', '1.1.5'],
    ['1.27.0', '1.24.14', '1.6.21', '1.1.7'],
    ['1.27.0', '1.27.2-rc.0', '1.7.2', '1.1.7'],
    ['1.27.3', '1.26.6', '1.6.28', '1.1.12'],
    ['1.28.0', '1.22.5', '1.6.20', '1.1.5'],
    ['1.29.0-alpha.0', '1.28.0', '1.7.2', '1.1.7'],
    ['1.29.0', '1.24.15', '1.6.31', '1.1.12'],
    ['1.30.0', '1.24.15', '1.6.20', '1.1.5'],
    ['1.30.2', '1.29.3', '1.7.22', '1.1.14'],
    ['1.31.0', '1.26.9', '1.6.36', '1.1.14'],
    ['1.31.0', '1.30.2', '1.7.25', '1.2.4'],
    ['1.33.0', '1.31.1', '1.7.28', '1.3.0'],
    ['1.34.0-alpha.1', '1.27.1', '1.6.20', '1.1.5'],
    ['1.34.0-alpha.1', '1.31.4', '1.7.28', '1.3.0'],
    ['1.34.0', '1.32.0', '2.1.4', '1.3.0'],
    ['1.34.1', '1.33.5', '2.1.5', '1.3.3'],
    ['1.35.0', '1.34.2', '2.1.6', '1.3.4'],
    ['1.35.1', '1.36.0', '2.3.1', '1.4.2'],
    ['1.35.1', '1.35.3', '2.2.4', '1.3.5'],
    ['1.36.0-alpha.1', '1.36.1', '2.3.0', '1.4.2'],
    ['1.36.0', '1.36.1', '2.2.4', '1.3.5'],
    ['1.37.0-alpha.1', '1.31.9', '1.7.32', '1.3.5'],
  ])('kOps %s, Kubernetes %s → containerd %s, runc %p', (kops, k8s, containerd, runc) => {
    expect(containerdFor(kops, k8s)).toEqual({ containerd, runc })
  })

  test('defaulting depends on containerRuntime up to 1.29.0-alpha.0', () => {
    expect(row(CONTAINERD_DEFAULTS, '1.28.7').appliesOnlyForContainerdRuntime).toBe(true)
    expect(row(CONTAINERD_DEFAULTS, '1.29.0-alpha.0').appliesOnlyForContainerdRuntime).toBe(true)
    expect(row(CONTAINERD_DEFAULTS, '1.29.0-alpha.1').appliesOnlyForContainerdRuntime).toBe(false)
    expect(row(CONTAINERD_DEFAULTS, '1.36.0').appliesOnlyForContainerdRuntime).toBe(false)
  })
})

describe('Kubernetes window', () => {
  test.each([
    ['1.26.6', '1.21.0', '1.23.0'],
    ['1.27.0-alpha.1', '1.21.0', '1.23.0'],
    ['1.27.0-alpha.2', '1.22.0', '1.24.0'],
    ['1.29.0-alpha.0', '1.23.0', '1.25.0'],
    ['1.29.0-alpha.1', '1.24.0', '1.26.0'],
    ['1.31.0-beta.1', '1.25.0', '1.27.0'],
    ['1.31.0', '1.25.0', '1.28.0'],
    ['1.34.0-alpha.1', '1.27.0', '1.29.0'],
    ['1.34.0-beta.1', '1.29.0', '1.31.0'],
    ['1.37.0-alpha.1', '1.31.0', '1.33.0'],
  ])('kOps %s rejects below %s and warns below %s', (kops, supported, recommended) => {
    const r = row(KUBERNETES_WINDOW, kops)
    expect([r.oldestSupported, r.oldestRecommended]).toEqual([supported, recommended])
  })

  test('messages', () => {
    expect(STARLINE).toBe('*'.repeat(81))
    const msg = (check: string, kops: string) => row(KUBERNETES_WINDOW_MESSAGES.filter((r) => r.check === check), kops)
    expect(msg('tooNew', '1.30.4').stdout).toContain('(you can bypass this check by exporting KOPS_RUN_TOO_NEW_VERSION)')
    expect(msg('tooNew', '1.30.4').error).toBe('kops upgrade is required')
    expect(msg('tooNewBypassed', '1.30.4').stdout).toContain('(you can bypass this check by exporting KOPS_RUN_TOO_NEW_VERSION)')
    expect(msg('tooNewBypassed', '1.31.0-alpha.1').stdout).toContain('(this check has been bypassed by exporting KOPS_RUN_TOO_NEW_VERSION)')
    expect(msg('tooNewBypassed', '1.31.0-alpha.1').error).toBeNull()
    expect(msg('tooOld', '1.36.0').stdout[0]).toBe('This version of Kubernetes is no longer supported; upgrading Kubernetes is required')
    expect(msg('tooOld', '1.36.0').error).toBe('kubernetes upgrade is required')
    expect(msg('deprecated', '1.26.0').stdout).toContain(
      'Kops support for this Kubernetes version is deprecated and will be removed in a future release.',
    )
    expect(msg('deprecated', '1.26.0').error).toBeNull()
  })
})

describe('CNI', () => {
  test.each([
    ['1.26.0', '1.21.9', 'gcs 0.8.7'],
    ['1.26.0', '1.26.1', 'gcs 0.9.1'],
    ['1.27.0-alpha.2', '1.21.9', 'gcs 0.9.1'],
    ['1.27.0', '1.26.9', 'gcs 0.9.1'],
    ['1.27.0', '1.27.1', 'gcs 1.2.0'],
    ['1.31.0', '1.31.0', 'gcs 1.2.0'],
    ['1.32.0', '1.26.0', 'gcs 0.9.1'],
    ['1.32.0', '1.29.5', 'gcs 1.3.0'],
    ['1.32.0', '1.32.0', 'gcs 1.6.1'],
    ['1.32.3', '1.32.1', 'github 1.6.2'],
    ['1.32.3', '1.28.3', 'github 1.2.0'],
    ['1.32.3', '1.26.9', 'error'],
    ['1.33.1', '1.26.9', 'gcs 0.9.1'],
    ['1.33.2', '1.26.9', 'error'],
    ['1.34.0-alpha.1', '1.28.0', 'gcs 1.2.0'],
    ['1.34.0', '1.28.0', 'error'],
    ['1.34.1', '1.30.0', 'gcs 1.4.1'],
    ['1.34.2', '1.30.0', 'github 1.4.1'],
    ['1.35.0-alpha.1', '1.29.0', 'github 1.3.0'],
    ['1.36.0', '1.30.9', 'error'],
    ['1.36.0', '1.31.0', 'github 1.5.1'],
    ['1.37.0-alpha.1', '1.36.0', 'github 1.6.2'],
  ])('kOps %s, Kubernetes %s → %s', (kops, k8s, expected) => {
    expect(cniFor(kops, k8s)).toBe(expected)
  })

  test('version source and error floor', () => {
    expect(row(CNI_ASSETS, '1.31.0-alpha.1').kubernetesVersionFrom).toBe('cluster')
    expect(row(CNI_ASSETS, '1.31.0-beta.1').kubernetesVersionFrom).toBe('instanceGroup')
    expect(row(CNI_ASSETS, '1.32.2').errorBelow).toBeUndefined()
    expect(row(CNI_ASSETS, '1.32.4').errorBelow).toBe('1.27')
    expect(row(CNI_ASSETS, '1.34.3').errorBelow).toBe('1.29')
    expect(row(CNI_ASSETS, '1.36.2').errorBelow).toBe('1.31')
  })

  test('GCS → GitHub mirror', () => {
    const has = (v: string) => CNI_MIRRORS.some((r) => r.tags.includes(v))
    expect(['1.31.0', '1.32.0-beta.1', '1.32.2', '1.32.3', '1.33.1', '1.33.2', '1.34.1', '1.34.2', '1.35.0-beta.1', '1.35.0'].map(has)).toEqual([
      false, true, true, false, true, false, true, false, true, false,
    ])
  })
})

describe('mirrors', () => {
  const cni = (v: string) => `https://storage.googleapis.com/k8s-artifacts-cni/release/v${v}/cni-plugins-linux-amd64-v${v}.tgz`
  test.each([
    ['1.26.0', 'https://storage.googleapis.com/kubernetes-release/release/v1.26.5/bin/linux/amd64/kubelet', []],
    ['1.27.0', 'https://dl.k8s.io/release/v1.27.2/bin/linux/amd64/kubelet', []],
    ['1.28.0', 'https://dl.k8s.io/release/v1.27.2/bin/linux/amd64/kubelet', ['https://cdn.dl.k8s.io/release/v1.27.2/bin/linux/amd64/kubelet']],
    ['1.31.0', cni('1.2.0'), []],
    ['1.32.0', cni('1.6.1'), ['https://github.com/containernetworking/plugins/releases/download/v1.6.1/cni-plugins-linux-amd64-v1.6.1.tgz']],
    ['1.32.3', 'https://dl.k8s.io/release/v1.32.4/bin/linux/amd64/kubelet', []],
    ['1.35.0-beta.1', 'https://dl.k8s.io/release/v1.35.0/bin/linux/arm64/kubectl', ['https://cdn.dl.k8s.io/release/v1.35.0/bin/linux/arm64/kubectl']],
    ['1.35.0', 'https://dl.k8s.io/release/v1.35.0/bin/linux/arm64/kubectl', []],
    ['1.26.0', 'https://artifacts.k8s.io/binaries/kops/1.26.0/linux/amd64/nodeup', ['https://github.com/kubernetes/kops/releases/download/v1.26.0/nodeup-linux-amd64']],
    ['1.29.0', 'https://artifacts.k8s.io/binaries/kops/1.29.0/linux/arm64/channels', ['https://github.com/kubernetes/kops/releases/download/v1.29.0/channels-linux-arm64']],
    ['1.36.0', 'https://artifacts.k8s.io/binaries/kops/1.36.0/linux/amd64/protokube', ['https://github.com/kubernetes/kops/releases/download/v1.36.0/protokube-linux-amd64']],
    ['1.36.0', 'https://artifacts.k8s.io/binaries/kops/1.35.0/linux/amd64/protokube', []],
  ])('kOps %s: %s', (kops, url, fallbacks) => {
    expect(mirrorsFor(kops, url)).toEqual([url, ...fallbacks])
  })

  test('fallbacks only for assets with a known hash', () => {
    for (const r of MIRROR_RULES) expect(r.onlyWithHash).toBe(true)
  })
})

describe('built-in hash tables', () => {
  const has = (rows: typeof RUNC_HASH_TABLE, kops: string, v: string) => rows.find((r) => r.tags.includes(kops))?.versions.includes(v) ?? null
  test('containerd', () => {
    expect(has(CONTAINERD_HASH_TABLE, '1.26.0-alpha.1', '1.5.14')).toBe(false)
    expect(has(CONTAINERD_HASH_TABLE, '1.26.0-alpha.2', '1.5.14')).toBe(true)
    expect(has(CONTAINERD_HASH_TABLE, '1.26.3', '1.6.18')).toBe(true)
    expect(has(CONTAINERD_HASH_TABLE, '1.26.3', '1.6.19')).toBe(false)
    expect(has(CONTAINERD_HASH_TABLE, '1.26.4', '1.6.21')).toBe(true)
    expect(has(CONTAINERD_HASH_TABLE, '1.27.0-alpha.2', '1.7.0')).toBe(false)
    expect(has(CONTAINERD_HASH_TABLE, '1.27.2', '1.7.2')).toBe(true)
    expect(has(CONTAINERD_HASH_TABLE, '1.27.3', '1.7.13')).toBe(true)
    expect(has(CONTAINERD_HASH_TABLE, '1.28.0-alpha.2', '1.7.13')).toBe(false)
    expect(has(CONTAINERD_HASH_TABLE, '1.28.0-beta.1', '1.7.2')).toBeNull()
    expect(row(CONTAINERD_HASH_TABLE, '1.26.0').dockerMappings?.['1.4.13']).toBe('20.10.13')
    expect(row(CONTAINERD_HASH_TABLE, '1.26.0').arm64Versions).not.toContain('1.5.14')
  })
  test('runc', () => {
    expect(has(RUNC_HASH_TABLE, '1.26.3', '1.1.5')).toBe(false)
    expect(has(RUNC_HASH_TABLE, '1.27.0-alpha.1', '1.1.5')).toBe(false)
    expect(has(RUNC_HASH_TABLE, '1.28.0', '1.1.7')).toBe(true)
    expect(has(RUNC_HASH_TABLE, '1.28.1', '1.1.9')).toBe(true)
    expect(has(RUNC_HASH_TABLE, '1.28.1', '1.1.10')).toBe(false)
    expect(has(RUNC_HASH_TABLE, '1.29.0-alpha.1', '1.1.8')).toBe(false)
    expect(has(RUNC_HASH_TABLE, '1.29.0-alpha.3', '1.1.9')).toBe(true)
    expect(has(RUNC_HASH_TABLE, '1.29.2', '1.1.12')).toBe(true)
    expect(has(RUNC_HASH_TABLE, '1.30.0-alpha.1', '1.1.12')).toBeNull()
  })
})

describe('texts', () => {
  test.each([
    ['kubelet.locateError', '1.29.0-alpha.1', 'error trying to locate asset %q: %v'],
    ['kubelet.locateError', '1.29.0-alpha.2', 'trying to locate asset %q: %v'],
    ['kubectl.locateError', '1.36.0', 'error trying to locate asset %q: %v'],
    ['credentialProvider.wrap', '1.26.6', null],
    ['credentialProvider.wrap', '1.28.7', 'failed to add ECR credential provider: %w'],
    ['credentialProvider.wrap', '1.29.0', 'failed to add the %s kubelet credential provider: %w'],
    ['crictl.locate', '1.29.0-alpha.3', null],
    ['crictl.locate', '1.29.2', 'unable to locate asset %q: %w'],
    ['crictl.locate', '1.30.0-alpha.1', null],
    ['crictl.none', '1.30.0-alpha.1', 'unable to find any crictl binaries in assets'],
    ['nerdctl.locateWarning', '1.33.2', 'unable to locate asset %q: %v'],
    ['nerdctl.locateWarning', '1.34.0-beta.1', null],
    ['containerd.parseVersion', '1.35.2', 'error parsing container runtime version %q: %v'],
    ['containerd.parseVersion', '1.36.0-alpha.1', 'error parsing container runtime version %q: %w'],
    ['docker.noBinaries', '1.29.0-alpha.0', 'unable to find any Docker binaries in assets'],
    ['docker.noBinaries', '1.29.0-alpha.1', null],
    ['channels.noMatch', '1.35.2', 'found no matching assets for expr: %q'],
    ['channels.noMatch', '1.36.0-alpha.1', null],
    ['networking.noMatch', '1.27.0-alpha.2', 'found no matching assets for expr: %q'],
    ['networking.noMatch', '1.27.0-beta.1', null],
    ['cloudup.containerd.unknownUrlAndHash', '1.28.0-alpha.2', 'unknown url and hash for containerd version: %s - %s'],
    ['cloudup.containerd.unknownUrlAndHash', '1.28.0-beta.1', null],
    ['cloudup.runc.unknownUrlAndHash', '1.29.2', 'unknown url and hash for runc version: %s - %s'],
    ['cloudup.runc.unknownUrlAndHash', '1.30.0-alpha.1', null],
    ['cloudup.cni.unknownAsset', '1.32.2', null],
    ['cloudup.cni.unknownAsset', '1.32.3', 'unknown CNI plugin binaries asset: %s'],
    ['cloudup.cni.unknownAsset', '1.34.0-alpha.1', null],
    ['cloudup.cni.unknownAsset', '1.34.0-beta.1', 'unknown CNI plugin binaries asset: %s'],
    ['cloudup.hash.notStaged', '1.37.0-alpha.1', "you might have not staged your files correctly, please execute 'kops get assets --copy'"],
    ['validation.docker.spec', '1.29.0-alpha.0', null],
    ['validation.docker.spec', '1.29.0-alpha.1', 'Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq'],
    ['validation.fileRepository.host', '1.35.2', null],
  ])('%s at %s', (id, kops, expected) => {
    expect(text(id, kops)).toBe(expected)
  })

  test('containerd legacy floors', () => {
    const note = (kops: string) => KOPS_TEXTS.find((r) => r.id === 'cloudup.containerd.legacy' && r.tags.includes(kops))?.note
    expect(note('1.28.0-alpha.2')).toMatch(/1\.3\.4/)
    expect(note('1.28.0-beta.1')).toMatch(/1\.4\.0/)
    expect(note('1.36.0')).toMatch(/1\.4\.0/)
  })
})
