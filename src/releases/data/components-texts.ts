// kOps's own texts for the option builders of pkg/model/components that can refuse a spec, and the etcd versions
// etcd-manager accepts, with the kOps tags (or tag ranges, half-open, branch-exact: see inTagRanges) each holds for.
// kOps prints an option builder's error as `error building complete spec: <text>`
// (upup/pkg/fi/cloudup/populate_cluster_spec.go, every modelled tag).
import type { TagRanges } from '../version.js'

export interface ComponentTextRow {
  id: string
  /** Go format string as kOps writes it (%q, %s, %v, %w kept). */
  text: string
  tags: TagRanges
  source: string
}

const C = 'kubernetes/kops:pkg/model/components'
const ALL: TagRanges = [['1.26.0-alpha.1']]

export const COMPONENT_TEXTS: ComponentTextRow[] = [
  { id: 'context.k8sVersion', text: 'unable to determine kubernetes version from %q', tags: [['1.31.0-beta.1']], source: `${C}/context.go@v1.31.0-beta.1` },
  { id: 'context.serviceRange.parse', text: 'error parsing ServiceClusterIPRange %q: %v', tags: ALL, source: `${C}/context.go@v1.26.0-alpha.1` },
  { id: 'apiserver.noGroups', text: 'no instance groups found', tags: ALL, source: `${C}/apiserver.go@v1.26.0-alpha.1` },
  { id: 'apiserver.unknownCloud', text: 'unknown cloudprovider %q', tags: [['1.26.0-alpha.1', '1.36.0-alpha.1']], source: `${C}/apiserver.go@v1.26.0-alpha.1` },
  { id: 'containerd.dockerVersion', text: 'unable to parse version string: %q', tags: [['1.26.0-alpha.1', '1.29.0-alpha.1']], source: `${C}/containerd.go@v1.26.0-alpha.1` },
  { id: 'networking.classic', text: 'classic networking not supported', tags: ALL, source: `${C}/networking.go@v1.26.0-alpha.1` },
  { id: 'kcm.attachDetach', text: 'AttachDetachReconcileSyncPeriod cannot be set to less than 1 second', tags: ALL, source: `${C}/kubecontrollermanager.go@v1.26.0-alpha.1` },
  { id: 'kcm.unknownCloud', text: 'unknown cloudprovider %q', tags: [['1.26.0-alpha.1', '1.29.0-alpha.1']], source: `${C}/kubecontrollermanager.go@v1.26.0-alpha.1` },
  { id: 'discovery.parse', text: 'error parsing locationStore=%q: %w', tags: ALL, source: `${C}/discovery.go@v1.26.0-alpha.1` },
  { id: 'discovery.memfs', text: 'locationStore=%q is only supported in tests', tags: ALL, source: `${C}/discovery.go@v1.26.0-alpha.1` },
  { id: 'discovery.type', text: 'locationStore=%q is of unexpected type %T', tags: ALL, source: `${C}/discovery.go@v1.26.0-alpha.1` },
  { id: 'discovery.serviceURL', text: 'discoveryService URL must be specified', tags: [['1.35.0-beta.1']], source: `${C}/discovery.go@v1.35.0-beta.1` },
]

/**
 * Cloud providers the kube-apiserver and kube-controller-manager option builders know (their `switch` on
 * GetCloudProvider); any other cloud gets `unknown cloudprovider %q` while the check exists.
 */
export const BUILDER_CLOUDS: { id: 'apiserver' | 'kcm'; clouds: string[]; tags: TagRanges; source: string }[] = [
  { id: 'apiserver', clouds: ['aws', 'gce', 'digitalocean', 'hetzner', 'openstack', 'azure'], tags: [['1.26.0-alpha.1', '1.26.0-beta.1']], source: `${C}/apiserver.go@v1.26.0-alpha.1` },
  { id: 'apiserver', clouds: ['aws', 'gce', 'digitalocean', 'hetzner', 'openstack', 'azure', 'scaleway'], tags: [['1.26.0-beta.1', '1.36.0-alpha.1']], source: `${C}/apiserver.go@v1.26.0-beta.1` },
  { id: 'kcm', clouds: ['aws', 'gce', 'digitalocean', 'hetzner', 'openstack', 'azure'], tags: [['1.26.0-alpha.1', '1.26.0-beta.1']], source: `${C}/kubecontrollermanager.go@v1.26.0-alpha.1` },
  { id: 'kcm', clouds: ['aws', 'gce', 'digitalocean', 'hetzner', 'openstack', 'azure', 'scaleway'], tags: [['1.26.0-beta.1', '1.29.0-alpha.1']], source: `${C}/kubecontrollermanager.go@v1.28.0` },
]

export interface EtcdManagerVersionsRow {
  /** kOps tags without `v`. */
  tags: string[]
  /** The versions etcd-manager accepts, in kOps's order (the order 1.26 prints them in its error). */
  versions?: string[]
  /** Where kOps generates the list: every patch release of each minor up to these, inclusive. */
  latest?: string[]
  /** kOps's error, a Go format string: %q is the version as written; %s (1.26 only) the supported list. */
  error: string
  /** From 1.37.0-alpha.1 an etcd cluster with its own `image` may run any version. */
  imageOverrides?: boolean
  source: string
}

/** etcd versions the etcd-manager option builder accepts (pkg/model/components/etcdmanager/options.go). */
export const ETCD_MANAGER_VERSIONS: EtcdManagerVersionsRow[] = [
  {
    tags: [
      '1.26.0-alpha.1', '1.26.0-alpha.2',
    ],
    versions: ['3.1.12', '3.2.18', '3.2.24', '3.3.10', '3.3.13', '3.3.17', '3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the default version.  Supported versions: %s',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.26.0-alpha.1',
  },
  {
    tags: [
      '1.26.0-beta.1', '1.26.0-beta.2', '1.27.0-alpha.1',
    ],
    versions: ['3.1.12', '3.2.18', '3.2.24', '3.3.10', '3.3.13', '3.3.17', '3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the default version.  Supported versions: %s',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.26.0-beta.1',
  },
  {
    tags: [
      '1.26.0', '1.26.1', '1.26.2', '1.26.3', '1.26.4', '1.26.5', '1.26.6',
    ],
    versions: ['3.1.12', '3.2.18', '3.2.24', '3.3.10', '3.3.13', '3.3.17', '3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6', '3.5.7'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the default version.  Supported versions: %s',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.26.0',
  },
  {
    tags: [
      '1.27.0-alpha.2',
    ],
    versions: ['3.2.24', '3.3.10', '3.3.17', '3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6', '3.5.7'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.27.0-alpha.2',
  },
  {
    tags: [
      '1.27.0-beta.1', '1.27.0-beta.2', '1.28.0-alpha.1',
    ],
    versions: ['3.2.24', '3.3.17', '3.4.13', '3.5.7', '3.5.9'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.27.0-beta.1',
  },
  {
    tags: [
      '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3',
    ],
    versions: ['3.2.24', '3.3.10', '3.3.17', '3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6', '3.5.7', '3.5.9'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.27.0-beta.3',
  },
  {
    tags: [
      '1.28.0-alpha.2', '1.28.0-beta.1', '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4',
      '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1',
    ],
    versions: ['3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6', '3.5.7', '3.5.9'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.28.0-alpha.2',
  },
  {
    tags: [
      '1.28.5', '1.28.6', '1.28.7', '1.29.0', '1.29.1', '1.29.2', '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0',
      '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1', '1.31.0-beta.1', '1.31.0',
    ],
    versions: ['3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6', '3.5.7', '3.5.9', '3.5.13'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.28.5',
  },
  {
    tags: [
      '1.32.0-beta.1',
    ],
    versions: ['3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6', '3.5.7', '3.5.9', '3.5.13', '3.5.17'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.32.0-beta.1',
  },
  {
    tags: [
      '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1', '1.33.0-beta.1', '1.33.0', '1.33.1',
      '1.33.2', '1.34.0-alpha.1',
    ],
    versions: ['3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6', '3.5.7', '3.5.9', '3.5.13', '3.5.17', '3.5.21'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.32.0',
  },
  {
    tags: [
      '1.34.0-beta.1',
    ],
    versions: ['3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6', '3.5.7', '3.5.9', '3.5.13', '3.5.17', '3.5.21', '3.6.5'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.34.0-beta.1',
  },
  {
    tags: [
      '1.34.0',
    ],
    versions: ['3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6', '3.5.7', '3.5.9', '3.5.13', '3.5.17', '3.5.21', '3.5.23', '3.6.5'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.34.0',
  },
  {
    tags: [
      '1.34.1', '1.35.0-alpha.1',
    ],
    versions: ['3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6', '3.5.7', '3.5.9', '3.5.13', '3.5.17', '3.5.21', '3.5.24', '3.6.5'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.34.1',
  },
  {
    tags: [
      '1.34.2', '1.35.0-beta.1', '1.35.0',
    ],
    versions: ['3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6', '3.5.7', '3.5.9', '3.5.13', '3.5.17', '3.5.21', '3.5.23', '3.5.24', '3.5.25', '3.6.5', '3.6.6'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.34.2',
  },
  {
    tags: [
      '1.34.3', '1.35.1',
    ],
    versions: ['3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6', '3.5.7', '3.5.9', '3.5.13', '3.5.17', '3.5.21', '3.5.23', '3.5.24', '3.5.25', '3.5.30', '3.6.5', '3.6.6', '3.6.11'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.34.3',
  },
  {
    tags: [
      '1.35.2',
    ],
    versions: ['3.4.3', '3.4.13', '3.5.0', '3.5.1', '3.5.3', '3.5.4', '3.5.6', '3.5.7', '3.5.9', '3.5.13', '3.5.17', '3.5.21', '3.5.23', '3.5.24', '3.5.25', '3.5.30', '3.5.31', '3.6.5', '3.6.6', '3.6.11', '3.6.12'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.35.2',
  },
  {
    tags: [
      '1.36.0-alpha.1',
    ],
    latest: ['3.5.30', '3.6.11'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.36.0-alpha.1',
  },
  {
    tags: [
      '1.36.0-beta.1', '1.36.0', '1.36.1', '1.36.2',
    ],
    latest: ['3.5.31', '3.6.12'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version or remove the value to use the recommended version',
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.36.0-beta.1',
  },
  {
    tags: [
      '1.37.0-alpha.1',
    ],
    latest: ['3.5.31', '3.6.12', '3.7.0'],
    error: 'etcd version %q is not supported with etcd-manager, please specify a supported version, remove the value to use the recommended version, or also set the image field to run a custom version',
    imageOverrides: true,
    source: 'kubernetes/kops:pkg/model/components/etcdmanager/options.go@v1.37.0-alpha.1',
  },
]
