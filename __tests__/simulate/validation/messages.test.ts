// One case per validateClusterSpec message not pinned elsewhere: the spec lines that trigger it and kOps's text as
// validation.go at the tag prints it (kubernetes/kops:pkg/apis/kops/validation/validation.go@v1.36.2 unless the case
// names another tag).
import { describe, expect, it } from '@jest/globals'
import { validateClusterSpec } from '../../../src/simulate/validation/validation.js'
import { load, printed, type ClusterDoc } from './helpers.js'

const IPV6 = ['  nonMasqueradeCIDR: ::/0']
/** A GCE cluster kOps accepts: no networkCIDR, a subnet with its region, one etcd cluster. */
const GCE = ['  subnets:', '  - {name: a, region: us-central1, type: Public}', '  etcdClusters:', '  - name: main', '    etcdMembers: [{name: a, instanceGroup: cp}]']
const cases: [string, string, ClusterDoc, string[]][] = [
  ['updatePolicy', '1.36.2', { spec: ['  updatePolicy: weekly'] }, ['spec.updatePolicy: Unsupported value: "weekly": supported values: "automatic", "external"']],
  ['nodeAuthorization', '1.36.2', { spec: ['  nodeAuthorization:', '    nodeAuthorizer: {}'] }, ['spec.nodeAuthorization: Forbidden: NodeAuthorization must be empty. The functionality has been reimplemented and is enabled on kubernetes >= 1.19.0.']],
  ['cluster autoscaler expander', '1.36.2', { spec: ['  clusterAutoscaler:', '    expander: price'] }, ['spec.clusterAutoscaler.expander: Forbidden: Cluster autoscaler price expander is only supported on GCE']],
  ['cluster autoscaler unknown expander', '1.36.2', { spec: ['  clusterAutoscaler:', '    expander: cheapest'] }, ['spec.clusterAutoscaler.expander: Unsupported value: "cheapest": supported values: "least-waste", "random", "most-pods", "price", "priority"']],
  ['external-dns provider on gossip', '1.36.2', { name: 'c.k8s.local', spec: ['  externalDns:', '    provider: external-dns'] }, ['spec.externalDNS.provider: Forbidden: external-dns requires public or private DNS topology']],
  ['external-dns namespace', '1.36.2', { spec: ['  externalDns:', '    watchNamespace: default'] }, ['spec.externalDNS.watchNamespace: Forbidden: externalDNS must watch either all namespaces or only kube-system']],
  ['snapshot controller', '1.36.2', { spec: ['  snapshotController:', '    enabled: true'] }, ['spec.snapshotController.enabled: Forbidden: Snapshot controller requires that cert manager is enabled']],
  ['pod identity webhook', '1.36.2', { spec: ['  podIdentityWebhook:', '    enabled: true'] }, ['spec.cloudProvider.aws.podIdentityWebhook: Forbidden: EKS Pod Identity Webhook requires that cert manager is enabled']],
  ['cert-manager dns-01', '1.36.2', { spec: ['  certManager:', '    enabled: true', '    hostedZoneIDs: [Z1]'] }, ['spec.certManager: Forbidden: Cert Manager requires that service accounts use external permissions in order to do dns-01 validation']],
  ['karpenter', '1.36.2', { spec: ['  karpenter:', '    enabled: true', '  iam: {}'] }, ['spec.karpenter.enabled: Forbidden: Karpenter requires that service accounts use external permissions']],
  ['legacy IAM', '1.36.2', { spec: ['  iam:', '    legacy: true'] }, ['spec.iam.legacy: Forbidden: legacy IAM permissions are no longer supported']],
  ['container proxy and registry', '1.36.2', { spec: ['  assets:', '    containerProxy: proxy.example.com', '    containerRegistry: registry.example.com'] }, ['spec.assets.containerProxy: Forbidden: containerProxy cannot be used in conjunction with containerRegistry']],
  ['file repository scheme', '1.36.2', { spec: ['  assets:', '    fileRepository: s3://bucket/files'] }, ['spec.assets.fileRepository: Invalid value: "s3://bucket/files": fileRepository must be an http:// or https:// URL']],
  ['file repository before 1.36', '1.35.2', { spec: ['  assets:', '    fileRepository: s3://bucket/files'] }, []],
  ['sysctl', '1.36.2', { spec: ['  sysctlParameters:', '  - net.core.somaxconn'] }, ['spec.sysctlParameters[0]: Invalid value: "net.core.somaxconn": must contain a "=" character']],
  ['file:// addon', '1.36.2', { spec: ['  addons:', '  - manifest: file:///srv/addon.yaml'] }, ['spec.addons[0].manifest: Invalid value: "file:///srv/addon.yaml": file:// addon manifests are not supported']],
  ['prefix list off AWS', '1.36.2', { cloud: 'gce', bare: true, spec: [...GCE, '  sshAccess:', '  - pl-0123'] }, ['spec.sshAccess[0]: Invalid value: "pl-0123": Prefix List ID only supported for AWS']],
  ['API access CIDR', '1.36.2', { spec: ['  kubernetesApiAccess:', '  - 10.0.0.0/33'] }, ['spec.kubernetesAPIAccess[0]: Invalid value: "10.0.0.0/33": Could not be parsed as a CIDR']],
  ['kube-proxy master', '1.36.2', { spec: ['  kubeProxy:', '    master: api.internal'] }, ['spec.kubeProxy.master: Invalid value: "api.internal": Not a valid APIServer URL']],
  ['kube-proxy IPVS CIDR', '1.36.2', { spec: ['  kubeProxy:', '    ipvsExcludeCidrs: [10.0.0.0]'] }, ['spec.kubeProxy.ipvsExcludeCIDRs[0]: Invalid value: "10.0.0.0": Invalid network CIDR']],
  ['kubelet removed flags', '1.36.2', { spec: ['  kubelet:', '    configureCbr0: true', '    apiServers: https://a', '    requireKubeconfig: true', '    experimentalAllowedUnsafeSysctls: [a]', '    cpuCFSQuotaPeriod: 100ms'] }, [
    'spec.kubelet.ConfigureCBR0: Forbidden: configure-cbr0 flag was removed in 1.5',
    'spec.kubelet.apiServers: Forbidden: api-servers flag was removed in 1.6',
    'spec.kubelet.requireKubeconfig: Forbidden: require-kubeconfig flag was removed in 1.10.  (Please be sure you are not using a cluster config from `kops get cluster --full`)',
    'spec.kubelet.experimentalAllowedUnsafeSysctls: Forbidden: experimentalAllowedUnsafeSysctls was renamed in k8s 1.11; please use allowedUnsafeSysctls instead',
    'spec.kubelet.cpuCFSQuotaPeriod: Forbidden: cpuCFSQuotaPeriod has been removed on Kubernetes >=1.20',
  ]],
  ['kubelet pod infra image from 1.35.0-alpha.1', '1.35.0-alpha.1', { spec: ['  kubelet:', '    podInfraContainerImage: registry.k8s.io/pause:3.9'] }, ['spec.kubelet.podInfraContainerImage: Forbidden: pod-infra-container-image flag was deprecated in 1.24 and removed in 1.35, use containerd.sandboxImage instead']],
  ['kubelet pod infra image before', '1.34.3', { spec: ['  kubelet:', '    podInfraContainerImage: registry.k8s.io/pause:3.9'] }, []],
  ['kubelet enums', '1.36.2', { spec: ['  kubelet:', '    topologyManagerPolicy: strict', '    logFormat: yaml', '    memorySwapBehavior: NoSwap'] }, [
    'spec.kubelet.topologyManagerPolicy: Unsupported value: "strict": supported values: "none", "best-effort", "restricted", "single-numa-node"',
    'spec.kubelet.logFormat: Unsupported value: "yaml": supported values: "text", "json"',
    'spec.kubelet.memorySwapBehavior: Unsupported value: "NoSwap": supported values: "LimitedSwap", "UnlimitedSwap"',
  ]],
  ['kubelet bootstrap kubeconfig', '1.36.2', { spec: ['  kubelet:', '    bootstrapKubeconfig: /var/lib/kubelet/bootstrap'] }, ['spec.kubelet.bootstrapKubeconfig: Forbidden: bootstrap tokens are not supported']],
  ['kubelet bootstrap kubeconfig before 1.28.0-alpha.2', '1.28.0-alpha.1', { spec: ['  kubelet:', '    bootstrapKubeconfig: /var/lib/kubelet/bootstrap'] }, ['spec.spec.kubeAPIServer: Required value: bootstrap token require the NodeRestriction admissions controller']],
  ['kube-apiserver bootstrap token', '1.36.2', { spec: ['  kubeAPIServer:', '    enableBootstrapTokenAuth: true'] }, ['spec.kubeAPIServer.enableBootstrapTokenAuth: Forbidden: bootstrap tokens are not supported']],
  ['kube-apiserver admissionControl', '1.36.2', { spec: ['  kubeAPIServer:', '    admissionControl: [NodeRestriction]', '    disableAdmissionPlugins: [X]'] }, [
    'spec.kubeAPIServer.admissionControl: Forbidden: admissionControl is mutually exclusive with disableAdmissionPlugins˚',
    'spec.kubeAPIServer.admissionControl: Forbidden: admissionControl has been replaced with enableAdmissionPlugins',
  ]],
  ['kube-apiserver proxy client pair', '1.36.2', { spec: ['  kubeAPIServer:', '    proxyClientCertFile: /srv/c.crt'] }, ['spec.kubeAPIServer: Forbidden: proxyClientCertFile and proxyClientKeyFile must both be specified (or neither)']],
  ['kube-apiserver webhook config', '1.36.2', { spec: ['  kubeAPIServer:', '    authorizationMode: Node,RBAC,Webhook'] }, ['spec.kubeAPIServer.authorizationWebhookConfigFile: Required value: Authorization mode Webhook requires authorizationWebhookConfigFile to be specified']],
  ['kube-apiserver service range', '1.36.2', { spec: ['  serviceClusterIPRange: 100.64.0.0/13', '  kubeAPIServer:', '    serviceClusterIPRange: 100.64.0.0/12'] }, ['spec.kubeAPIServer.serviceClusterIPRange: Forbidden: kubeAPIServer serviceClusterIPRange did not match cluster serviceClusterIPRange']],
  ['kube-apiserver OIDC and authentication config', '1.36.2', { spec: ['  authentication:', '    oidc:', '      clientID: kops', '  kubeAPIServer:', '    authenticationConfigFile: /srv/auth.yaml'] }, ['spec.kubeAPIServer.authenticationConfigFile: Forbidden: authenticationConfigFile is mutually exclusive with OIDC options, remove all existing OIDC options to use authenticationConfigFile']],
  ['controller manager signing duration', '1.36.2', { spec: ['  kubeControllerManager:', '    experimentalClusterSigningDuration: 8760h'] }, ['spec.kubeControllerManager.experimentalClusterSigningDuration: Forbidden: experimentalClusterSigningDuration has been replaced with clusterSigningDuration as of kubernetes 1.25']],
  ['controller manager signing duration, 1.29–1.31 below k8s 1.25', '1.31.0', { k8s: '1.24.17', spec: ['  kubeControllerManager:', '    experimentalClusterSigningDuration: 8760h'] }, []],
  ['external CNI', '1.36.2', { spec: ['  networking:', '    external: {}'] }, ['spec.networking.external: Forbidden: external is not supported for Kubernetes >= 1.26']],
  ['classic, romana and lyftvpc', '1.31.0', { spec: ['  networking:', '    classic: {}', '    romana: {}', '    lyftvpc: {}'] }, [
    'spec.networking: Invalid value: "classic": classic networking is not supported',
    'spec.networking.romana: Forbidden: support for Romana has been removed',
    'spec.networking.lyftvp: Forbidden: support for LyftVPC has been removed',
  ]],
  ['amazon VPC off AWS', '1.36.2', { cloud: 'gce', bare: true, spec: [...GCE, '  networking:', '    amazonvpc: {}'] }, ['spec.networking.amazonVPC: Forbidden: amazon-vpc-routed-eni networking is supported only in AWS']],
  ['GCP networking off GCE', '1.36.2', { spec: ['  networking:', '    gce: {}'] }, ['spec.networking.gcp: Forbidden: GCP networking is supported only when on GCP']],
  ['kubenet, kopeio and kube-router on IPv6', '1.31.0', { spec: [...IPV6, '  networking:', '    kopeio: {}'] }, ['spec.networking.kopeio: Forbidden: Kopeio does not support IPv6']],
  ['Cilium enums', '1.36.2', { spec: ['  networking:', '    cilium:', '      tunnel: gre', '      ipam: azure', '      identityAllocationMode: kvstore'] }, [
    'spec.networking.cilium.tunnel: Unsupported value: "gre": supported values: "vxlan", "geneve", "disabled"',
    'spec.networking.cilium.identityAllocationMode: Forbidden: Cilium requires managed etcd to allocate identities on kvstore mode',
    'spec.networking.cilium.ipam: Unsupported value: "azure": supported values: "hostscope", "kubernetes", "crd", "eni"',
  ]],
  ['Cilium managed etcd', '1.36.2', { spec: ['  networking:', '    cilium:', '      etcdManaged: true'] }, ['spec.etcdClusters: Required value: Cilium with managed etcd requires a dedicated etcd cluster']],
  ['Cilium hubble', '1.36.2', { spec: ['  networking:', '    cilium:', '      version: v1.18.4', '      hubble:', '        enabled: true'] }, ['spec.networking.cilium.hubble.enabled: Forbidden: Hubble requires that cert manager is enabled']],
  ['Cilium encryption type', '1.36.2', { spec: ['  networking:', '    cilium:', '      encryptionType: wireguard'] }, ['spec.networking.cilium.encryptionType: Forbidden: encryptionType requires enableEncryption']],
  ['Cilium L7 and wireguard before 1.29.0-alpha.2', '1.28.7', { spec: ['  networking:', '    cilium:', '      enableEncryption: true', '      encryptionType: wireguard', '      enableL7Proxy: true'] }, ['spec.networking.cilium.enableL7Proxy: Forbidden: L7 proxy cannot be enabled if wireguard is enabled.']],
  // v1alpha2 spells Masquerade `disableMasquerade` and copies the value as it is (networking.go json tag).
  ['Cilium ENI masquerade', '1.35.2', { spec: ['  networking:', '    cilium:', '      ipam: eni', '      disableMasquerade: false'] }, ['spec.networking.cilium.masquerade: Forbidden: Masquerade must be enabled when ENI IPAM is used']],
  ['Cilium ENI masquerade, v1alpha2 disableMasquerade: true', '1.35.2', { spec: ['  networking:', '    cilium:', '      ipam: eni', '      disableMasquerade: true'] }, []],
  ['Calico enums', '1.36.2', { spec: ['  networking:', '    calico:', '      encapsulationMode: none', '      ipipMode: Always', '      typhaReplicas: -1'] }, [
    'spec.networking.calico.encapsulationMode: Forbidden: encapsulationMode "none" is only supported for IPv6 clusters',
    'spec.networking.calico.ipipMode: Forbidden: IP-in-IP encapsulation requires use of Calico\'s "ipip" encapsulation mode',
    'spec.networking.calico.typhaReplicas: Invalid value: -1: Unable to set number of Typha replicas to less than 0, you\'ve specified -1',
  ]],
  ['etcd cluster names, provider and members', '1.36.2', { spec: ['  etcdClusters:', '  - name: cilium2', '    provider: Legacy', '    etcdMembers:', '    - name: a', '    - instanceGroup: b'] }, [
    'spec.etcdClusters[0].name: Unsupported value: "cilium2": supported values: "cilium", "main", "events", "leases"',
    'spec.etcdClusters[0].provider: Unsupported value: "Legacy": supported values: "Manager"',
    'spec.etcdClusters[0].etcdMembers: Invalid value: 2: Should be an odd number of control-plane-zones for quorum. Use --zones and --control-plane-zones to declare node zones and control-plane zones separately',
    'spec.etcdClusters[0].etcdMembers[0].instanceGroup: Required value: etcdMember did not have instanceGroup',
    'spec.etcdClusters[0].etcdMembers[1].name: Required value: etcdMember did not have name',
  ]],
  ['etcd leases before 1.36', '1.35.2', { spec: ['  etcdClusters:', '  - name: leases', '    etcdMembers: [{name: a, instanceGroup: cp}]'] }, ['spec.etcdClusters[0].name: Unsupported value: "leases": supported values: "cilium", "main", "events"']],
  ['etcd image without version (1.37)', '1.37.0-alpha.1', { spec: ['  etcdClusters:', '  - name: main', '    image: registry.k8s.io/etcd:3.5.21', '    etcdMembers: [{name: a, instanceGroup: cp}]'] }, ['spec.etcdClusters[0].version: Required value: version must be set when image is set']],
  ['etcd duplicate cluster', '1.36.2', { spec: ['  etcdClusters:', '  - name: main', '    etcdMembers: [{name: a, instanceGroup: cp}]', '  - name: main', '    etcdMembers: [{name: a, instanceGroup: cp}]'] }, ['spec.etcdClusters[0].backupStore: Forbidden: the backup store must be unique for each etcd cluster']],
  ['no etcd clusters', '1.36.2', { spec: ['  etcdClusters: []'] }, ['spec.etcdClusters: Required value']],
  ['no cloud provider', '1.36.2', { cloud: null, spec: ['  networking:', '    cni: {}'] }, ['spec.cloudProvider: Required value', 'spec.networking.topology.dns.type: Forbidden: cloud provider "" has no declared DNS topology support']],
]

describe('validateClusterSpec messages', () => {
  it.each(cases)('%s (%s)', (_what, release, doc, expected) => {
    expect(printed(release, doc)).toEqual(expected)
  })
})

describe('additional IAM policies', () => {
  // validateAdditionalPolicy: null statements decode to nil pointers and are skipped by the range (a nil *Statement
  // would panic in kOps; JSON null elements are left out here). Go's JSON errors are not modelled.
  it('checks the role and each statement\'s Effect', () => {
    const doc: ClusterDoc = {
      spec: ['  additionalPolicies:', '    master: \'[{"Effect": "Allow", "Action": ["s3:Get*"], "Resource": ["*"]}]\'', '    node: \'[{"Action": ["ec2:*"]}, {"effect": "Permit"}]\'', '    worker: \'[]\''],
    }
    expect(printed('1.36.2', doc)).toEqual([
      'spec.additionalPolicies[node][0].Effect: Required value: Effect must be specified for IAM policy',
      'spec.additionalPolicies[node][1].Effect: Unsupported value: "Permit": supported values: "Allow", "Deny"',
      'spec.additionalPolicies: Unsupported value: "worker": supported values: "control-plane", "apiserver", "node", "bastion"',
    ])
  })

  it('quotes Go\'s type error for a JSON value that is not a list', () => {
    expect(printed('1.36.2', { spec: ['  additionalPolicies:', '    node: \'{"Effect": "Allow"}\''] })).toEqual([
      'spec.additionalPolicies[node]: Invalid value: "{\\"Effect\\": \\"Allow\\"}": policy was not valid JSON: error parsing IAM statements: json: cannot unmarshal object into Go value of type []*iam.Statement',
    ])
  })
})

describe('template-generated structure', () => {
  it('a list that is a template expression is unknown, not empty', () => {
    expect(printed('1.36.2', { bare: true, spec: ['  etcdClusters: {{ toYaml .etcd }}', '  subnets: {{ toYaml .subnets }}'] })).toEqual([])
  })

  it('with template control flow, both branches of an if are not two CNIs', () => {
    const cluster = load({ spec: ['  networking:', '  {{ if .cilium }}', '    cilium: {}', '  {{ else }}', '    calico: {}', '  {{ end }}'] })
    const run = (templated: boolean): number => validateClusterSpec({ release: '1.36.2', k8sVersion: '1.30.2', cluster, instanceGroups: [], strict: false, templated }).length
    expect(run(false)).toBe(2)
    expect(run(true)).toBe(0)
  })
})
