// The option builders of kubernetes/kops:pkg/model/components that refuse a spec, through buildCompleteSpec, on our
// own fixtures: kOps's exact text (with `error building complete spec: `), the value it points at, builder order and
// tag-range edges.
import { describe, expect, it } from '@jest/globals'
import { readCluster } from '../../../src/manifests/model.js'
import { parseManifestFile } from '../../../src/manifests/parse.js'
import { buildCompleteSpec } from '../../../src/simulate/components/index.js'
import { etcdManagerSupportedVersions } from '../../../src/simulate/components/etcdmanager/options.js'
import { ETCD_MANAGER_VERSIONS } from '../../../src/releases/data/components-texts.js'
import { parseGoDuration } from '../../../src/simulate/go/duration.js'
import type { ValidationContext } from '../../../src/simulate/validation/context.js'

const ETCD = (version: string, extra: string[] = []) => [
  '  etcdClusters:',
  '  - name: main',
  '    etcdMembers:',
  '    - name: a',
  '      instanceGroup: control-plane-a',
  ...(version ? [`    version: ${version}`] : []),
  ...extra,
]

/** Line 5 is `spec:`; extra lines start at line 8. */
function ctx(release: string, spec: string[], cloud = 'aws'): ValidationContext {
  const text = ['apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', '  name: c.example.com', 'spec:', `  cloudProvider: ${cloud}`, '  kubernetesVersion: 1.30.2', ...spec].join('\n')
  return { release, k8sVersion: '1.30.2', cluster: readCluster(parseManifestFile('cluster.yaml', text).docs[0]), instanceGroups: [], strict: false }
}

const run = (release: string, spec: string[], cloud = 'aws') => {
  const f = buildCompleteSpec(ctx(release, spec, cloud))
  return f && { error: f.error, at: `${f.at?.pos.line}:${f.at?.pos.column}`, source: f.source }
}

const ETCD_SOURCE = 'kubernetes/kops:pkg/model/components/etcdmanager/options.go'

describe('etcd-manager versions', () => {
  it('accepts the versions of the release, with or without v, and an unset version', () => {
    for (const v of ['3.5.9', 'v3.5.9', '']) expect(run('1.30.0', ETCD(v))).toBeNull()
  })

  it('refuses 3.4.13 from 1.36 (only 3.5.x and 3.6.x up to the bundled patches)', () => {
    expect(run('1.35.2', ETCD('3.4.13'))).toBeNull()
    expect(run('1.36.0-alpha.1', ETCD('3.4.13'))).toEqual({
      error: 'error building complete spec: etcd version "3.4.13" is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
      at: '13:14',
      source: ETCD_SOURCE,
    })
    expect(run('1.36.2', ETCD('3.6.12'))).toBeNull()
    expect(run('1.36.2', ETCD('3.6.13'))?.error).toBe(
      'error building complete spec: etcd version "3.6.13" is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    )
  })

  it('1.26 lists the supported versions in its error (two spaces before "Supported")', () => {
    expect(run('1.26.6', ETCD('3.5.9'))?.error).toBe(
      'error building complete spec: etcd version "3.5.9" is not supported with etcd-manager, please specify a supported version or remove the value to use the default version.  Supported versions: 3.1.12, 3.2.18, 3.2.24, 3.3.10, 3.3.13, 3.3.17, 3.4.3, 3.4.13, 3.5.0, 3.5.1, 3.5.3, 3.5.4, 3.5.6, 3.5.7',
    )
    expect(run('1.27.3', ETCD('3.5.9'))).toBeNull()
  })

  it('patch releases of one branch differ: 3.5.13 needs 1.28.5 on the 1.28 branch', () => {
    expect(run('1.28.4', ETCD('3.5.13'))).not.toBeNull()
    expect(run('1.28.5', ETCD('3.5.13'))).toBeNull()
  })

  it('from 1.37.0-alpha.1 an etcd cluster with its own image may run any version', () => {
    expect(run('1.37.0-alpha.1', ETCD('3.8.0', ['    image: registry.example.com/etcd:v3.8.0']))).toBeNull()
    expect(run('1.36.2', ETCD('3.8.0', ['    image: registry.example.com/etcd:v3.8.0']))).not.toBeNull()
    expect(run('1.37.0-alpha.1', ETCD('3.8.0'))?.error).toBe(
      'error building complete spec: etcd version "3.8.0" is not supported with etcd-manager, please specify a supported version, remove the value to use the recommended version, or also set the image field to run a custom version',
    )
  })

  it('every modelled tag has one row; generated lists cover every patch up to the bundled one', () => {
    const v = etcdManagerSupportedVersions(ETCD_MANAGER_VERSIONS.find((r) => r.tags.includes('1.36.2'))!)
    expect([v.length, v[0], v.at(-1), v.includes('3.5.31'), v.includes('3.4.13')]).toEqual([45, '3.5.0', '3.6.12', true, false])
    const tags = ETCD_MANAGER_VERSIONS.flatMap((r) => r.tags)
    expect(new Set(tags).size).toBe(tags.length)
    expect(tags.length).toBe(78)
  })

  it('skips a placeholder version', () => {
    const text = ['apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', '  name: c', 'spec:', '  cloudProvider: aws', '  kubernetesVersion: 1.30.2', ...ETCD('{{ .etcd.version }}')].join('\n')
    const c = readCluster(parseManifestFile('cluster.yaml', text).docs[0])
    expect(buildCompleteSpec({ release: '1.36.2', k8sVersion: '1.30.2', cluster: c, instanceGroups: [], strict: false })).toBeNull()
  })
})

describe('the other builders, in kOps\'s order', () => {
  it('kube-apiserver needs members in the etcd cluster named main unless apiServerCount is set', () => {
    const events = ['  etcdClusters:', '  - name: events', '    etcdMembers:', '    - name: a', '      instanceGroup: cp']
    expect(run('1.30.0', events)).toEqual({ error: 'error building complete spec: no instance groups found', at: '8:3', source: 'kubernetes/kops:pkg/model/components/apiserver.go' })
    expect(run('1.30.0', [...events, '  kubeAPIServer:', '    apiServerCount: 1'])).toBeNull()
  })

  it('etcd-manager refuses before kube-apiserver', () => {
    expect(run('1.36.2', ['  etcdClusters:', '  - name: events', '    version: 3.4.13'])?.source).toBe(ETCD_SOURCE)
  })

  it('containerd (1.26–1.28) refuses an unparsable docker version', () => {
    const spec = [...ETCD(''), '  containerRuntime: docker', '  docker:', '    version: latest']
    expect(run('1.28.7', spec)).toEqual({ error: 'error building complete spec: unable to parse version string: "latest"', at: '15:14', source: 'kubernetes/kops:pkg/model/components/containerd.go' })
    expect(run('1.29.0-alpha.1', spec)).toBeNull()
  })

  it('networking refuses classic', () => {
    expect(run('1.30.0', [...ETCD(''), '  networking:', '    classic: {}'])).toEqual({
      error: 'error building complete spec: classic networking not supported',
      at: '14:5',
      source: 'kubernetes/kops:pkg/model/components/networking.go',
    })
  })

  it('kube-controller-manager refuses an attach/detach sync period below one second', () => {
    const spec = (p: string) => [...ETCD(''), '  kubeControllerManager:', `    attachDetachReconcileSyncPeriod: ${p}`]
    expect(run('1.30.0', spec('500ms'))).toEqual({
      error: 'error building complete spec: AttachDetachReconcileSyncPeriod cannot be set to less than 1 second',
      at: '14:38',
      source: 'kubernetes/kops:pkg/model/components/kubecontrollermanager.go',
    })
    expect(run('1.30.0', spec('1s'))).toBeNull()
    expect([parseGoDuration('1m30s'), parseGoDuration('1.5h'), parseGoDuration('-2s'), parseGoDuration('10'), parseGoDuration('0')]).toEqual([90e9, 5400e9, -2e9, null, 0])
  })

  it('discovery: memfs stores as the kOps test harness marks them (cluster-readable), GCS from 1.29.0-alpha.3, other stores refused', () => {
    const spec = (s: string) => [...ETCD(''), '  serviceAccountIssuerDiscovery:', `    discoveryStore: ${s}`]
    expect(run('1.30.0', spec('memfs://x'))).toBeNull()
    expect(run('1.29.0-alpha.2', spec('gs://b/x'))?.error).toBe('error building complete spec: locationStore="gs://b/x" is of unexpected type *vfs.GSPath')
    expect(run('1.29.0-alpha.3', spec('gs://b/x'))).toBeNull()
    expect(run('1.30.0', spec('/srv/issuer'))?.error).toBe('error building complete spec: locationStore="/srv/issuer" is of unexpected type *vfs.FSPath')
    expect(run('1.30.0', spec('ftp://b/x'))?.error).toBe('error building complete spec: error parsing locationStore="ftp://b/x": unknown / unhandled path type: "ftp://b/x"')
  })

  it('options context: an unparsable Kubernetes version is returned unwrapped from 1.31.0-beta.1', () => {
    const text = ['apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', 'metadata:', '  name: c', 'spec:', '  cloudProvider: aws', '  kubernetesVersion: stable'].join('\n')
    const c = readCluster(parseManifestFile('cluster.yaml', text).docs[0])
    const at = (release: string) => buildCompleteSpec({ release, k8sVersion: 'stable', cluster: c, instanceGroups: [], strict: false })
    expect(at('1.31.0-beta.1')?.error).toBe('unable to determine kubernetes version from "stable"')
    expect(at('1.31.0-alpha.1')?.error).toBe('error building complete spec: no instance groups found')
  })
})

describe('etcd-manager model builder (task building, after the asset plan)', () => {
  it('refuses unknown etcd cluster names (leases known from 1.36.0-alpha.1) and the timeout settings', async () => {
    const { etcdManagerModelError } = await import('../../../src/simulate/components/etcdmanager/model.js')
    const err = (release: string, spec: string[]) => {
      const f = etcdManagerModelError(ctx(release, spec))
      return f && [f.error, `${f.at.pos.line}:${f.at.pos.column}`]
    }
    const named = (n: string, extra: string[] = []) => ['  etcdClusters:', `  - name: ${n}`, ...extra]
    expect(err('1.35.2', named('leases'))).toEqual(['unknown etcd cluster key "leases"', '9:11'])
    expect(err('1.36.0-alpha.1', named('leases'))).toBeNull()
    expect(err('1.30.0', named('main', ['    leaderElectionTimeout: 1s', '    heartbeatInterval: 1s']))).toEqual(['LeaderElectionTimeout not supported by etcd-manager', '10:5'])
    expect(err('1.30.0', named('events', ['    heartbeatInterval: 1s']))).toEqual(['HeartbeatInterval not supported by etcd-manager', '10:5'])
  })
})

describe('aws cloud-controller-manager builder', () => {
  it('refuses GCP networking on AWS when the external CCM is in use (Kubernetes 1.24+ before 1.29.0-alpha.1)', () => {
    const spec = [...ETCD(''), '  networking:', '    gcp: {}']
    expect(run('1.30.0', spec)).toEqual({ error: 'error building complete spec: no networking mode set', at: '14:5', source: 'kubernetes/kops:pkg/model/components/awscloudcontrollermanager.go' })
    expect(run('1.30.0', spec, 'gce')).toBeNull()
  })
})
