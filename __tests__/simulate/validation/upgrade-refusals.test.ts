// The Cluster validation refusals users meet when they upgrade kOps, at the edges of the tag ranges they hold for.
// Sources (kubernetes/kops, pkg/apis/kops/validation/validation.go): validateNetworking @v1.27.3 (weave refused for
// Kubernetes ≥ 1.23 inside the per-CNI checks), @v1.28.0-alpha.1 ("Weave is no longer supported"), @v1.28.0-alpha.2
// (Flannel and Canal refused for Kubernetes ≥ 1.28), @v1.32.0-beta.1 (ConfiguredOptions; Flannel still refused),
// @v1.32.0 (Flannel's own checks again), @v1.34.0-beta.1 (Canal refused for every Kubernetes version);
// validateNetworkingCilium @v1.29.0-beta.1 (1.15), @v1.31.0-alpha.1 (1.16), @v1.34.0-beta.1 (1.18);
// validateEtcdVersion / validateEtcdStorage @v1.36.2; validateKubelet @v1.28.7 (k8s ≥ 1.24 gate) and @v1.29.0-alpha.1;
// validateKubeAPIServer @v1.31.0 (PodSecurityPolicy refused for k8s ≥ 1.25) and @v1.32.0-beta.1 (always);
// validateKubeScheduler @v1.29.0-beta.1.
import { describe, expect, it } from '@jest/globals'
import { fieldErrors, lineOf, printed, where, type ClusterDoc } from './helpers.js'

const net = (cni: string, ...body: string[]): string[] => ['  networking:', `    ${cni}:${body.length ? '' : ' {}'}`, ...body]

describe('Weave', () => {
  it('1.26–1.27: refused for Kubernetes 1.23 and later, allowed below', () => {
    expect(printed('1.27.3', { k8s: '1.26.5', spec: net('weave') })).toEqual(['spec.networking.weave: Forbidden: Weave is not supported for Kubernetes >= 1.23'])
    expect(printed('1.27.3', { k8s: '1.22.17', spec: net('weave') })).toEqual([])
  })

  it('1.28.0-alpha.1 and later: refused for every Kubernetes version, at the weave key', () => {
    const doc: ClusterDoc = { k8s: '1.22.17', spec: net('weave') }
    expect(printed('1.28.0-alpha.1', doc)).toEqual(['spec.networking.weave: Forbidden: Weave is no longer supported'])
    expect(printed('1.36.2', doc)).toEqual(['spec.networking.weave: Forbidden: Weave is no longer supported'])
    expect(where('1.36.2', doc)).toEqual([[lineOf(doc, 'weave:'), 5]])
  })
})

describe('Canal', () => {
  it('before 1.28.0-alpha.2 Canal passes; from it, refused for Kubernetes 1.28 and later only', () => {
    expect(printed('1.28.0-alpha.1', { k8s: '1.28.0', spec: net('canal') })).toEqual([])
    expect(printed('1.28.0-alpha.2', { k8s: '1.28.0', spec: net('canal') })).toEqual(['spec.networking.canal: Forbidden: Canal is not supported for Kubernetes >= 1.28'])
    expect(printed('1.33.2', { k8s: '1.27.16', spec: net('canal') })).toEqual([])
  })

  it('1.34.0-beta.1 and later: refused whatever the Kubernetes version', () => {
    expect(printed('1.34.0-alpha.1', { k8s: '1.27.16', spec: net('canal') })).toEqual([])
    expect(printed('1.34.0-beta.1', { k8s: '1.27.16', spec: net('canal') })).toEqual(['spec.networking.canal: Forbidden: Canal is not supported for Kubernetes >= 1.28'])
  })

  it('below Kubernetes 1.28 its own value checks still run', () => {
    expect(printed('1.30.0', { k8s: '1.27.16', spec: net('canal', '      chainInsertMode: prepend') })).toEqual([
      'spec.networking.canal.chainInsertMode: Unsupported value: "prepend": supported values: "insert", "append"',
    ])
  })
})

describe('Flannel', () => {
  it('1.28–1.31 and 1.32.0-beta.1: refused for Kubernetes 1.28 and later', () => {
    expect(printed('1.28.0-alpha.2', { k8s: '1.28.0', spec: net('flannel') })).toEqual(['spec.networking.flannel: Forbidden: Flannel is not supported for Kubernetes >= 1.28'])
    expect(printed('1.31.0', { k8s: '1.30.4', spec: net('flannel') })).toEqual(['spec.networking.flannel: Forbidden: Flannel is not supported for Kubernetes >= 1.28'])
    expect(printed('1.32.0-beta.1', { k8s: '1.31.1', spec: net('flannel') })).toEqual(['spec.networking.flannel: Forbidden: Flannel is not supported for Kubernetes >= 1.28'])
    expect(printed('1.31.0', { k8s: '1.27.16', spec: net('flannel') })).toEqual([])
  })

  it('1.32.0 allows Flannel again and checks its backend', () => {
    expect(printed('1.32.0', { k8s: '1.31.1', spec: net('flannel') })).toEqual([])
    expect(printed('1.32.0', { k8s: '1.31.1', spec: net('flannel', '      backend: host-gw') })).toEqual([
      'spec.networking.flannel.backend: Unsupported value: "host-gw": supported values: "udp", "vxlan"',
    ])
  })

  // v1alpha2's SetDefaults_ClusterSpec fills an empty flannel backend with "udp"; v1alpha3 has no such default.
  it('an empty backend is defaulted in v1alpha2 but Required in v1alpha3', () => {
    const v3: ClusterDoc = { apiVersion: 'kops.k8s.io/v1alpha3', cloud: null, bare: true, spec: ['  cloudProvider:', '    aws: {}', '  networking:', '    flannel: {}'] }
    expect(printed('1.36.2', v3).filter((e) => e.includes('flannel'))).toEqual(['spec.networking.flannel.backend: Required value: Flannel backend must be specified'])
  })
})

describe('two CNIs', () => {
  it('before 1.32.0-beta.1 the second option is refused', () => {
    expect(printed('1.31.0', { spec: [...net('calico'), '    cilium: {}'] })).toEqual(['spec.networking.cilium: Forbidden: only one networking option permitted'])
  })

  it('from 1.32.0-beta.1 every option is refused, listing them sorted', () => {
    expect(printed('1.32.0', { spec: [...net('calico'), '    amazonvpc: {}'] })).toEqual([
      'spec.networking.amazonVPC: Forbidden: only one networking option permitted, found amazonVPC, calico',
      'spec.networking.calico: Forbidden: only one networking option permitted, found amazonVPC, calico',
    ])
  })
})

describe('a pinned Cilium version', () => {
  const cilium = (v: string): string[] => net('cilium', `      version: ${v}`)

  it('accepts only the minor the release ships', () => {
    expect(printed('1.29.0-alpha.3', { spec: cilium('v1.14.5') })).toEqual([])
    expect(printed('1.29.0-beta.1', { spec: cilium('v1.14.5') })).toEqual(['spec.networking.cilium.version: Invalid value: "v1.14.5": Only version 1.15 is supported'])
    expect(printed('1.30.4', { spec: cilium('v1.15.6') })).toEqual([])
    expect(printed('1.31.0-alpha.1', { spec: cilium('v1.15.6') })).toEqual(['spec.networking.cilium.version: Invalid value: "v1.15.6": Only version 1.16 is supported'])
    expect(printed('1.34.0-alpha.1', { spec: cilium('v1.16.3') })).toEqual([])
    expect(printed('1.34.0-beta.1', { spec: cilium('v1.16.3') })).toEqual(['spec.networking.cilium.version: Invalid value: "v1.16.3": Only version 1.18 is supported'])
  })

  it('needs the v prefix, and a parse failure also fails the minor check', () => {
    expect(printed('1.36.2', { spec: cilium('1.18.4') })).toEqual(["spec.networking.cilium.version: Invalid value: \"1.18.4\": Cilium version must be prefixed with 'v'"])
    expect(printed('1.36.2', { spec: cilium('v1.18') })).toEqual([
      'spec.networking.cilium.version: Invalid value: "v1.18": Could not parse as semantic version',
      'spec.networking.cilium.version: Invalid value: "v1.18": Only version 1.18 is supported',
    ])
  })

  it('points at the version value', () => {
    const doc: ClusterDoc = { spec: cilium('v1.15.6') }
    expect(where('1.36.2', doc)).toEqual([[lineOf(doc, 'version: v1.15.6'), 16]])
  })

  it('does not check a template expression', () => {
    expect(printed('1.36.2', { spec: cilium('"{{ .ciliumVersion }}"') })).toEqual([])
  })
})

describe('etcd versions', () => {
  const etcd = (main: string, events: string): string[] => [
    '  etcdClusters:',
    '  - name: main',
    `    version: ${main}`,
    '    etcdMembers:',
    '    - {instanceGroup: control-plane-us-east-1a, name: a}',
    '  - name: events',
    `    version: ${events}`,
    '    etcdMembers:',
    '    - {instanceGroup: control-plane-us-east-1a, name: a}',
  ]

  // 3.4.x is accepted here; kOps 1.36 refuses it in the etcd-manager option builder (pkg/model/components/etcdmanager/options.go).
  it('accepts any 3.x version in validation', () => {
    expect(printed('1.36.2', { spec: etcd('3.4.13', '3.4.13') })).toEqual([])
  })

  it('refuses other majors and unparsable versions, then different versions across clusters', () => {
    expect(printed('1.36.2', { spec: etcd('2.2.1', '3.5.9') })).toEqual([
      'spec.etcdClusters[0].version: Invalid value: "2.2.1": unsupported storage version, we only support major version 3',
      'spec.etcdClusters[1].version: Forbidden: cluster: "events", has a different storage version: "3.5.9", both must be the same',
    ])
    expect(printed('1.36.2', { spec: etcd('3.5', '3.5') })).toEqual([
      'spec.etcdClusters[0].version: Invalid value: "3.5": the storage version is invalid',
      'spec.etcdClusters[1].version: Invalid value: "3.5": the storage version is invalid',
    ])
  })
})

describe('kubelet networkPluginName', () => {
  it('1.26–1.28: refused for Kubernetes 1.24 and later only', () => {
    expect(printed('1.28.7', { k8s: '1.23.17', spec: ['  kubelet:', '    networkPluginName: cni'] })).toEqual([])
    expect(printed('1.28.7', { k8s: '1.24.17', spec: ['  kubelet:', '    networkPluginName: cni'] })).toEqual(['spec.kubelet.networkPluginName: Forbidden: networkPluginName has been removed on Kubernetes >=1.24'])
  })

  it('1.29.0-alpha.1 and later: always refused; masterKubelet prints as controlPlaneKubelet, at the key', () => {
    const doc: ClusterDoc = { k8s: '1.23.17', spec: ['  masterKubelet:', '    networkPluginName: cni'] }
    expect(printed('1.29.0-alpha.1', doc)).toEqual(['spec.controlPlaneKubelet.networkPluginName: Forbidden: networkPluginName has been removed on Kubernetes >=1.24'])
    expect(where('1.29.0-alpha.1', doc)).toEqual([[lineOf(doc, 'networkPluginName'), 5]])
  })
})

describe('PodSecurityPolicy admission plugin', () => {
  const psp = ['  kubeAPIServer:', '    enableAdmissionPlugins:', '    - NodeRestriction', '    - PodSecurityPolicy']

  it('before 1.32.0-beta.1: refused for Kubernetes 1.25 and later', () => {
    expect(printed('1.31.0', { k8s: '1.24.17', spec: psp })).toEqual([])
    expect(printed('1.31.0', { k8s: '1.25.16', spec: psp })).toEqual(['spec.kubeAPIServer.enableAdmissionPlugins: Forbidden: PodSecurityPolicy has been removed from Kubernetes 1.25'])
  })

  it('1.32.0-beta.1 and later: always refused, at the enableAdmissionPlugins key', () => {
    const doc: ClusterDoc = { k8s: '1.24.17', spec: psp }
    expect(printed('1.32.0-beta.1', doc)).toEqual(['spec.kubeAPIServer.enableAdmissionPlugins: Forbidden: PodSecurityPolicy has been removed from Kubernetes 1.25'])
    expect(where('1.32.0-beta.1', doc)).toEqual([[lineOf(doc, 'enableAdmissionPlugins'), 5]])
  })
})

describe('kubeScheduler usePolicyConfigMap', () => {
  it('is refused from 1.29.0-beta.1 whatever its value', () => {
    expect(printed('1.29.0-alpha.3', { spec: ['  kubeScheduler:', '    usePolicyConfigMap: true'] })).toEqual([])
    expect(printed('1.29.0-beta.1', { spec: ['  kubeScheduler:', '    usePolicyConfigMap: false'] })).toEqual(['spec.kubeScheduler.usePolicyConfigMap: Forbidden: usePolicyConfigMap is deprecated, use KubeSchedulerConfiguration'])
  })
})

describe('kubeAPIServer insecurePort', () => {
  // kOps builds this Forbidden error but never appends it (1.26 … newest): nothing is reported.
  it('is not reported', () => {
    expect(printed('1.36.2', { spec: ['  kubeAPIServer:', '    insecurePort: 8080'] })).toEqual([])
  })
})

describe('field error records', () => {
  it('carry the source, the release and the position of the value', () => {
    const doc: ClusterDoc = { spec: net('cilium', '      version: v1.15.6') }
    expect(fieldErrors('1.31.0', doc)).toEqual([
      {
        field: 'spec.networking.cilium.version',
        type: 'Invalid value',
        value: 'v1.15.6',
        detail: 'Only version 1.16 is supported',
        at: { value: 'v1.15.6', file: 'cluster.yaml', pos: { line: lineOf(doc, 'version: v1'), column: 16, endLine: lineOf(doc, 'version: v1'), endColumn: 23 }, path: 'spec.networking.cilium.version' },
        source: 'kubernetes/kops:pkg/apis/kops/validation/validation.go',
        release: '1.31.0',
      },
    ])
  })
})
