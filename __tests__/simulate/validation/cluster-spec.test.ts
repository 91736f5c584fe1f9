// The rest of validateClusterSpec (kubernetes/kops:pkg/apis/kops/validation/validation.go): addons, IAM, hooks, file
// assets, rolling update, load balancer, kubelet, kube-apiserver and kube-proxy details, Docker config before 1.29, and
// how apimachinery prints the bad value at each tag (go.mod k8s.io/apimachinery v0.33.2 at v1.34.0-alpha.1, v0.34.1 at
// v1.34.0-beta.1).
import { describe, expect, it } from '@jest/globals'
import { renderFieldError } from '../../../src/simulate/validation/field.js'
import { validateNodeLocalDNS } from '../../../src/simulate/validation/validation.js'
import { load, printed, where, lineOf, type ClusterDoc } from './helpers.js'

describe('how values print', () => {
  it('a nil value prints as "null" before apimachinery v0.34 and as null after', () => {
    const doc: ClusterDoc = { spec: ['  containerd:', '    packages:', '      urlAmd64: https://example.com/c.tgz'] }
    expect(printed('1.34.0-alpha.1', doc)).toEqual(['spec.containerd.packageUrl: Invalid value: "null": Package hash must also be set'])
    expect(printed('1.34.0-beta.1', doc)).toEqual(['spec.containerd.packageUrl: Invalid value: null: Package hash must also be set'])
  })

  it('an IntOrString prints as a Go struct before v0.34 and as JSON after', () => {
    const doc: ClusterDoc = { spec: ['  rollingUpdate:', '    maxSurge: fast'] }
    expect(printed('1.33.2', doc)).toEqual([
      'spec.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"fast"}: Unable to parse: invalid value for IntOrString: invalid type: string is not a percentage',
    ])
    expect(printed('1.36.2', doc)).toEqual(['spec.rollingUpdate.maxSurge: Invalid value: "fast": Unable to parse: invalid value for IntOrString: invalid type: string is not a percentage'])
  })

  it('renders Forbidden without a value and a field error without detail', () => {
    const at = { value: null, file: 'f', pos: { line: 1, column: 1, endLine: 1, endColumn: 2 }, path: 'p' }
    expect(renderFieldError({ field: 'spec.etcdClusters', type: 'Required value', value: null, detail: '', at, source: 's' })).toBe('spec.etcdClusters: Required value')
    expect(renderFieldError({ field: 'spec.a[1].name', type: 'Duplicate value', value: 'x', detail: '', at, source: 's' })).toBe('spec.a[1].name: Duplicate value: "x"')
  })
})

describe('rolling update', () => {
  it('refuses zero surge with zero unavailable, and negative values', () => {
    expect(printed('1.36.2', { spec: ['  rollingUpdate:', '    maxUnavailable: 0', '    maxSurge: 0%'] })).toEqual(['spec.rollingUpdate.maxSurge: Forbidden: Cannot be zero if maxUnavailable is zero'])
    expect(printed('1.36.2', { spec: ['  rollingUpdate:', '    maxUnavailable: -1'] })).toEqual(['spec.rollingUpdate.maxUnavailable: Invalid value: -1: Cannot be negative'])
  })
})

describe('addons that need cert-manager', () => {
  it('refuses the secure metrics server and the AWS load balancer controller without cert-manager', () => {
    expect(printed('1.36.2', { spec: ['  metricsServer:', '    enabled: true', '  awsLoadBalancerController:', '    enabled: true'] })).toEqual([
      'spec.cloudProvider.aws.awsLoadBalanceController: Forbidden: AWS Load Balancer Controller requires that cert manager is enabled',
      'spec.metricsServer.insecure: Forbidden: Secure metrics server requires that cert manager is enabled',
    ])
    expect(printed('1.36.2', { spec: ['  metricsServer:', '    enabled: true', '  certManager:', '    enabled: true'] })).toEqual([])
  })

  it('points at the awsLoadBalancerController key a v1alpha2 user wrote', () => {
    const doc: ClusterDoc = { spec: ['  awsLoadBalancerController:', '    enabled: true'] }
    expect(where('1.36.2', doc)).toEqual([[lineOf(doc, 'awsLoadBalancerController'), 3]])
  })
})

describe('hooks and file assets', () => {
  it('need their content', () => {
    expect(printed('1.36.2', { spec: ['  hooks:', '  - name: a.service', '  fileAssets:', '  - name: f', '    path: /etc/f'] })).toEqual([
      'spec.hooks[0]: Required value: you must set either manifest or execContainer for a hook',
      'spec.fileAssets[0].content: Required value',
    ])
    // v1alpha2 keeps HookSpec.Enabled under the key `disabled` (cluster.go json tag): `disabled: false` skips the hook.
    expect(printed('1.36.2', { spec: ['  hooks:', '  - name: a.service', '    disabled: false'] })).toEqual([])
    expect(printed('1.36.2', { spec: ['  hooks:', '  - name: a.service', '    disabled: true'] })).toEqual(['spec.hooks[0]: Required value: you must set either manifest or execContainer for a hook'])
  })
})

describe('Docker config (1.26–1.28)', () => {
  it('refuses legacy versions and unknown storage drivers; from 1.29 only the block itself', () => {
    const doc: ClusterDoc = { k8s: '1.23.17', spec: ['  docker:', '    version: 17.2.0', '    storage: overlay2,vfs'] }
    expect(printed('1.28.7', doc)).toEqual([
      'spec.docker.version: Invalid value: "17.2.0": unsupported legacy version',
      'spec.docker.storage: Unsupported value: "vfs": supported values: "aufs", "btrfs", "devicemapper", "overlay", "overlay2", "zfs"',
    ])
    expect(printed('1.29.0', doc)).toEqual(['spec.docker: Forbidden: Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq'])
  })
})

describe('kubelet details', () => {
  it('compares shutdown grace periods and prints the duration as Go does', () => {
    expect(printed('1.36.2', { spec: ['  kubelet:', '    shutdownGracePeriod: 30s', '    shutdownGracePeriodCriticalPods: 90s'] })).toEqual([
      'spec.kubelet.shutdownGracePeriodCriticalPods: Invalid value: "1m30s": shutdownGracePeriodCriticalPods cannot be greater than shutdownGracePeriod',
    ])
  })

  it('bounds the crash-loop back-off from 1.35.0-alpha.1', () => {
    const doc: ClusterDoc = { spec: ['  kubelet:', '    crashLoopBackOffMaxContainerRestartPeriod: 10m'] }
    expect(printed('1.34.3', doc)).toEqual([])
    expect(printed('1.35.0-alpha.1', doc)).toEqual(['spec.kubelet.crashLoopBackOffMaxContainerRestartPeriod: Invalid value: "10m0s": crashLoopBackOffMaxContainerRestartPeriod must be a value between 1s and 300s'])
  })
})

describe('kube-apiserver details', () => {
  it('checks the node port range, the authorization mode and the audit webhook', () => {
    expect(printed('1.36.2', { spec: ['  authorization:', '    rbac: {}', '  kubeAPIServer:', '    authorizationMode: RBAC', '    serviceNodePortRange: 30000-20000', '    auditWebhookConfigFile: /srv/w.yaml'] })).toEqual([
      'spec.kubeAPIServer.serviceNodePortRange: Invalid value: "30000-20000": end port cannot be less than start port: 30000-20000',
      'spec.kubeAPIServer.authorizationMode: Required value: As of kubernetes 1.19 on AWS, authorizationMode must include RBAC and Node',
      'spec.kubeAPIServer.auditWebhookConfigFile: Invalid value: "/srv/w.yaml": an audit policy is required for the audit webhook config',
    ])
  })
})

describe('serviceNodePortRange', () => {
  // utilnet.PortRange.Set (k8s.io/apimachinery/pkg/util/net/port_range.go): err.Error() is the detail.
  it('quotes PortRange.Set', () => {
    const range = (r: string): string[] => printed('1.36.2', { spec: ['  kubeAPIServer:', `    serviceNodePortRange: "${r}"`] })
    expect(range('30000-32767')).toEqual([])
    expect(range('30000+100')).toEqual([])
    expect(range('high')).toEqual(['spec.kubeAPIServer.serviceNodePortRange: Invalid value: "high": strconv.Atoi: parsing "high": invalid syntax'])
    expect(range('30000-70000')).toEqual(['spec.kubeAPIServer.serviceNodePortRange: Invalid value: "30000-70000": the port range cannot be greater than 65535: 30000-70000'])
    expect(range('1-2+3')).toEqual(['spec.kubeAPIServer.serviceNodePortRange: Invalid value: "1-2+3": unable to parse port range: 1-2+3'])
  })
})

describe('NodeLocal DNS (called from legacy.go)', () => {
  it('requires the kubelet clusterDNS to be the local IP with Cilium, under kOps\'s own spec.spec path', () => {
    const cluster = load({ spec: ['  kubeDNS:', '    nodeLocalDNS:', '      enabled: true', '      localIP: 169.254.20.10', '  kubelet:', '    clusterDNS: 100.64.0.10', '  networking:', '    cilium: {}'] })
    expect(validateNodeLocalDNS({ release: '1.36.2', k8sVersion: '1.30.2', cluster, instanceGroups: [], strict: false }).map(renderFieldError)).toEqual([
      'spec.spec.kubelet.clusterDNS: Forbidden: Kubelet ClusterDNS must be set to the default IP address for LocalIP',
    ])
  })
})

describe('paths kOps builds from the root', () => {
  // validation.go: fldPath.Root().Child("spec", "kubeProxy", "enabled"); Root() is the `spec` element, so the path
  // prints as spec.spec.kubeProxy.enabled. Calico's BPF check uses field.NewPath and prints spec.kubeProxy.enabled.
  it('kube-router and Cilium NodePort print spec.spec.kubeProxy.enabled', () => {
    expect(printed('1.36.2', { spec: ['  kubeProxy:', '    enabled: true', '  networking:', '    kuberouter: {}'] })).toEqual(['spec.spec.kubeProxy.enabled: Forbidden: kube-router requires kubeProxy to be disabled'])
    expect(printed('1.36.2', { spec: ['  kubeProxy: {}', '  networking:', '    cilium:', '      enableNodePort: true'] })).toEqual(['spec.spec.kubeProxy.enabled: Forbidden: When Cilium NodePort is enabled, kubeProxy must be disabled'])
    expect(printed('1.36.2', { spec: ['  kubeProxy: {}', '  networking:', '    calico:', '      bpfEnabled: true'] })).toEqual(['spec.kubeProxy.enabled: Forbidden: calico in BPF mode (spec.networking.calico.bpfEnabled=true) requires kubeProxy to be disabled'])
    expect(printed('1.35.2', { spec: ['  kubeProxy: {}', '  networking:', '    calico:', '      bpfEnabled: true'] })).toEqual([])
  })

  it('Calico can-reach quoted the address before 1.33.0-beta.1 and the whole method after', () => {
    const doc: ClusterDoc = { spec: ['  networking:', '    calico:', '      ipv4AutoDetectionMethod: can-reach=fe80::1'] }
    expect(printed('1.33.0-alpha.1', doc)).toEqual(['spec.networking.calico.ipv4AutoDetectionMethod: Invalid value: "fe80::1": must be a valid IPv4 address'])
    expect(printed('1.33.0-beta.1', doc)).toEqual(['spec.networking.calico.ipv4AutoDetectionMethod: Invalid value: "can-reach=fe80::1": must be a valid IPv4 address'])
  })
})

describe('containerd NRI, nvidia and gVisor', () => {
  it('NRI needs containerd 1.7 (1.29.0-alpha.2 …), gVisor only on instance groups (1.36.0-beta.1 …)', () => {
    expect(printed('1.36.2', { spec: ['  containerd:', '    version: 1.6.28', '    nri:', '      enabled: true'] })).toEqual(['spec.containerd.nri: Forbidden: NRI is available starting from version 1.7.0 and above'])
    expect(printed('1.29.0-alpha.1', { spec: ['  containerd:', '    version: 1.6.28', '    nri:', '      enabled: true'] })).toEqual([])
    expect(printed('1.36.0-alpha.1', { spec: ['  containerd:', '    gvisor: {}'] })).toEqual([])
    expect(printed('1.36.0-beta.1', { spec: ['  containerd:', '    gvisor: {}'] })).toEqual(['spec.containerd.gvisor: Forbidden: gVisor can only be configured on instance groups'])
  })

  it('an instance group may configure gVisor', async () => {
    const { validateInstanceGroupContainerd } = await import('../../../src/simulate/validation/validation.js')
    const { loadIg } = await import('../fixtures.js')
    const ig = loadIg({ spec: ['  containerd:', '    gvisor: {}', '    nvidia:', '      enabled: true'] })
    expect(validateInstanceGroupContainerd({ release: '1.36.2', k8sVersion: '1.30.2', cluster: load({ cloud: 'gce' }), instanceGroups: [ig], strict: false }, ig).map(renderFieldError)).toEqual([
      'spec.containerd.nvidia: Forbidden: Nvidia is only supported on AWS and OpenStack',
    ])
  })
})

describe('AWS addons and IAM', () => {
  it('node termination handler: queue mode needs enabled: true explicitly', () => {
    const nth = (...l: string[]): ClusterDoc => ({ spec: ['  nodeTerminationHandler:', ...l] })
    expect(printed('1.36.2', nth('    enabled: true', '    enableSpotInterruptionDraining: false'))).toEqual([
      'spec.cloudProvider.aws.nodeTerminationHandler.enableSpotInterruptionDraining: Forbidden: spot interruption draining cannot be disabled in Queue Processor mode',
    ])
    expect(printed('1.36.2', nth('    enableSpotInterruptionDraining: false'))).toEqual([])
    expect(printed('1.36.2', nth('    enabled: true', '    enableSQSTerminationDraining: false', '    enableSpotInterruptionDraining: false'))).toEqual([])
  })

  it('warm pool sizes and service-account permissions', () => {
    expect(printed('1.36.2', { spec: ['  warmPool:', '    minSize: 3', '    maxSize: 2'] })).toEqual(['spec.cloudProvider.aws.warmPool.maxSize: Invalid value: 2: warm pool maxSize cannot be set to lower than minSize'])
    expect(
      printed('1.36.2', {
        spec: ['  iam:', '    serviceAccountExternalPermissions:', '    - name: a', '      namespace: kube-system', '    - name: a', '      namespace: kube-system', '      aws:', '        policyARNs: [arn:aws:iam::1:policy/p]', '        inlinePolicy: "[]"'],
      }),
    ).toEqual([
      'spec.iam.serviceAccountExternalPermissions[kube-system/a].aws: Required value: AWS permissions must be set',
      'spec.iam.serviceAccountExternalPermissions[kube-system/a]: Duplicate value: "kube-system/a"',
      'spec.iam.serviceAccountExternalPermissions[kube-system/a].aws: Forbidden: cannot set both inlinePolicy and policyARN',
    ])
  })

  // v1alpha2's conversion renames the `master` key to `control-plane` (conversion.go@v1.26.0-alpha.2 …).
  it('accepts the v1alpha2 master key as control-plane', () => {
    expect(printed('1.36.2', { spec: ['  externalPolicies:', '    master:', '    - arn:aws:iam::123456789012:role/r'] })).toEqual([
      'spec.externalPolicies.control-plane: Invalid value: "arn:aws:iam::123456789012:role/r": Policy must be a valid AWS ARN such as arn:aws:iam::123456789012:policy/KopsExamplePolicy',
    ])
  })

  it('external policies must be policy ARNs for known roles', () => {
    expect(printed('1.36.2', { spec: ['  externalPolicies:', '    node:', '    - arn:aws:iam::123456789012:role/r', '    workers:', '    - arn:aws:iam::123456789012:policy/p'] })).toEqual([
      'spec.externalPolicies.node: Invalid value: "arn:aws:iam::123456789012:role/r": Policy must be a valid AWS ARN such as arn:aws:iam::123456789012:policy/KopsExamplePolicy',
      'spec.externalPolicies: Unsupported value: "workers": supported values: "control-plane", "apiserver", "node", "bastion"',
    ])
  })

  it('load balancer options only AWS has, and an internal API needs a private subnet', () => {
    const doc: ClusterDoc = { cloud: 'gce', spec: ['  api:', '    loadBalancer:', '      type: Internal', '      sslCertificate: arn:x'] }
    expect(printed('1.36.2', doc).filter((e) => e.includes('loadBalancer'))).toEqual([
      'spec.api.loadBalancer.sslCertificate: Forbidden: sslCertificate is only supported on AWS',
      'spec.api.loadBalancer.type: Forbidden: Internal LoadBalancers must have at least one subnet of type Private',
    ])
  })
})
