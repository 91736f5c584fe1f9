import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/containerd-config-ignored.js'
import { runRule, side } from '../helpers/rule-tester.js'
import { clusterYaml, igYaml, spanOf } from '../helpers/hazards.js'
import { renderKey, splitAdditionKey, v3KeyFor } from '../../src/simulate/nodeup/containerd-config.js'

const SYSTEMD = 'plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options.SystemdCgroup'
const SANDBOX = 'plugins."io.containerd.grpc.v1.cri".sandbox_image'
const STREAM = 'plugins."io.containerd.grpc.v1.cri".stream_server_address'
const V3_KEY = 'plugins."io.containerd.cri.v1.images".registry.config_path'
const MIRRORS = 'plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io".endpoint'

const additions = (keys: string[], indent = '') => [`${indent}containerd:`, `${indent}  configAdditions:`, ...keys.map((k) => `${indent}    ${k}: "x"`)]

function repo(opts: { k8s?: string; cluster?: string[]; igs?: [string, string[]][] }): string {
  return [clusterYaml(opts.cluster ?? additions([SYSTEMD, SANDBOX, STREAM, V3_KEY]), { k8s: opts.k8s ?? '1.34.2' }), ...(opts.igs ?? [['nodes', []]]).map(([n, spec]) => igYaml(n, spec))].join('\n')
}

describe('containerd-config-ignored', () => {
  it('reports each v2 CRI key of the cluster once, naming its v3 key and the groups on containerd 2', () => {
    const text = repo({ igs: [['nodes', []], ['legacy', ['containerd:', '  version: 1.7.32']], ['bastions', ['role: Bastion']]] })
    const found = runRule(rule, side({ 'c.yaml': text }, '1.36.0'))
    const base = { ruleId: 'containerd-config-ignored', severity: 'warning', messageId: 'ignored', remediation: rule.remediation, cluster: 'c.example.com', instanceGroup: null, arch: null, kopsVersion: '1.36.0' }
    const msg = (key: string, v3: string) =>
      `nodeup of kOps 1.36.0 writes a version 3 containerd config for containerd 2.2.4 on "nodes" and copies ${key} into it as it is; containerd migrates only files older than version 3, so this setting is ignored (containerd logs a warning). In version 3 it is ${v3}.`
    const v3Systemd = 'plugins."io.containerd.cri.v1.runtime".containerd.runtimes.runc.options.SystemdCgroup'
    const v3Sandbox = 'plugins."io.containerd.cri.v1.images".pinned_images.sandbox'
    expect(found).toEqual([
      { ...base, data: { kops: '1.36.0', containerd: '2.2.4', igs: '"nodes"', key: SYSTEMD, v3Key: v3Systemd }, message: msg(SYSTEMD, v3Systemd), place: { file: 'c.yaml', pos: spanOf(text, SYSTEMD, SYSTEMD) }, subject: `configAdditions:${SYSTEMD}` },
      { ...base, data: { kops: '1.36.0', containerd: '2.2.4', igs: '"nodes"', key: SANDBOX, v3Key: v3Sandbox }, message: msg(SANDBOX, v3Sandbox), place: { file: 'c.yaml', pos: spanOf(text, SANDBOX, SANDBOX) }, subject: `configAdditions:${SANDBOX}` },
    ])
  })

  it('reports an instance group key at the group, with the group as its instance group', () => {
    const text = repo({ cluster: [], igs: [['gpu', additions([MIRRORS])]] })
    const found = runRule(rule, side({ 'c.yaml': text }, '1.36.2'))
    expect(found.map((f) => [f.instanceGroup, f.place.pos, f.data.v3Key, f.data.igs])).toEqual([
      ['gpu', spanOf(text, MIRRORS, MIRRORS), 'plugins."io.containerd.cri.v1.images".registry.mirrors."docker.io".endpoint', '"gpu"'],
    ])
  })

  it('is silent below kOps 1.36, for containerd 1.7 (Kubernetes < 1.32 under 1.36), with configOverride, and for v3 or server keys', () => {
    expect(runRule(rule, side({ 'c.yaml': repo({}) }, '1.35.2'))).toEqual([])
    expect(runRule(rule, side({ 'c.yaml': repo({ k8s: '1.31.6' }) }, '1.36.0'))).toEqual([])
    const override = [...additions([SYSTEMD]), '  configOverride: |', '    version = 2']
    expect(runRule(rule, side({ 'c.yaml': repo({ cluster: override }) }, '1.36.0'))).toEqual([])
    expect(runRule(rule, side({ 'c.yaml': repo({ igs: [['nodes', ['containerd:', '  configOverride: "version = 3"']]] }) }, '1.36.0'))).toEqual([])
    expect(runRule(rule, side({ 'c.yaml': repo({ cluster: additions([STREAM, V3_KEY]) }) }, '1.36.0'))).toEqual([])
  })
})

describe('containerd v2 → v3 keys', () => {
  it('splits keys as kOps does (CSV with dots) and maps them as containerd migrates them', () => {
    expect(splitAdditionKey(SANDBOX)).toEqual(['plugins', 'io.containerd.grpc.v1.cri', 'sandbox_image'])
    expect(splitAdditionKey('a."b""c".d')).toEqual(['a', 'b"c', 'd'])
    expect(splitAdditionKey('a.b"c')).toBeNull()
    const v3 = (k: string) => {
      const m = v3KeyFor(splitAdditionKey(k)!)
      return m && renderKey(m)
    }
    expect(v3('plugins."io.containerd.grpc.v1.cri".containerd.snapshotter')).toBe('plugins."io.containerd.cri.v1.images".snapshotter')
    expect(v3('plugins."io.containerd.grpc.v1.cri".containerd.runtimes.kata.snapshot')).toBe('plugins."io.containerd.cri.v1.images".runtime_platform.kata.snapshotter')
    expect(v3('plugins."io.containerd.grpc.v1.cri".containerd.runtimes.kata.sandbox_mode')).toBe('plugins."io.containerd.cri.v1.runtime".containerd.runtimes.kata.sandboxer')
    expect(v3('plugins."io.containerd.grpc.v1.cri".cni.bin_dir')).toBe('plugins."io.containerd.cri.v1.runtime".cni.bin_dirs')
    expect(v3('plugins."io.containerd.grpc.v1.cri".max_concurrent_downloads')).toBe('plugins."io.containerd.cri.v1.images".max_concurrent_downloads')
    expect(v3('plugins."io.containerd.grpc.v1.cri".enable_cdi')).toBe('plugins."io.containerd.cri.v1.runtime".enable_cdi')
    for (const k of ['disable_tcp_service', 'stream_server_address', 'stream_server_port', 'stream_idle_timeout', 'enable_tls_streaming', 'x509_key_pair_streaming'])
      expect(v3(`plugins."io.containerd.grpc.v1.cri".${k}`)).toBeNull()
    expect(v3('plugins."io.containerd.cri.v1.runtime".enable_cdi')).toBeNull()
    expect(v3('plugins.io.containerd.grpc.v1.cri.sandbox_image')).toBeNull()
  })
})
