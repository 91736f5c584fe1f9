// Default containerd and runc versions by cluster Kubernetes version, per kOps release, from
// pkg/model/components/containerd.go (ContainerdOptionsBuilder). The rules keep the source's branch order; the first
// rule whose ranges contain the cluster's Kubernetes version wins (kOps compares Kubernetes versions without their
// prerelease). The defaults apply only when spec.containerd.version is empty. `runc: ''` marks the branch that sets
// only the containerd version and leaves spec.containerd.runc as it was; every other branch replaces
// spec.containerd.runc with a block holding just the version.
import type { ContainerdDefaultsRow } from './types.js'

export const CONTAINERD_DEFAULTS: ContainerdDefaultsRow[] = [
  {
    tags: ['1.26.0-alpha.1'],
    appliesOnlyForContainerdRuntime: true,
    rules: [
      { k8s: [{ from: '1.23' }], containerd: '1.6.8', runc: '1.1.4' },
      { k8s: [], containerd: '1.4.13', runc: '' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.26.0-alpha.1',
  },
  {
    tags: ['1.26.0-alpha.2'],
    appliesOnlyForContainerdRuntime: true,
    rules: [
      { k8s: [{ from: '1.23' }], containerd: '1.6.10', runc: '1.1.4' },
      { k8s: [], containerd: '1.4.13', runc: '' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.26.0-alpha.2',
  },
  {
    tags: ['1.26.0-beta.1', '1.27.0-alpha.1'],
    appliesOnlyForContainerdRuntime: true,
    rules: [
      { k8s: [{ from: '1.23' }], containerd: '1.6.14', runc: '1.1.4' },
      { k8s: [], containerd: '1.4.13', runc: '' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.26.0-beta.1',
  },
  {
    tags: ['1.26.0-beta.2'],
    appliesOnlyForContainerdRuntime: true,
    rules: [
      { k8s: [{ from: '1.23' }], containerd: '1.6.15', runc: '1.1.4' },
      { k8s: [], containerd: '1.4.13', runc: '' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.26.0-beta.2',
  },
  {
    tags: ['1.26.0', '1.26.1', '1.26.2', '1.26.3'],
    appliesOnlyForContainerdRuntime: true,
    rules: [
      { k8s: [{ from: '1.23' }], containerd: '1.6.18', runc: '1.1.4' },
      { k8s: [], containerd: '1.4.13', runc: '' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.26.0',
  },
  {
    tags: ['1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.2'],
    appliesOnlyForContainerdRuntime: true,
    rules: [
      { k8s: [{ from: '1.23' }], containerd: '1.6.21', runc: '1.1.5' },
      { k8s: [], containerd: '1.4.13', runc: '' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.26.4',
  },
  {
    tags: ['1.27.0-beta.1', '1.27.0-beta.2', '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2'],
    appliesOnlyForContainerdRuntime: true,
    rules: [
      { k8s: [{ to: '1.23' }], containerd: '1.4.13', runc: '' },
      { k8s: [{ from: '1.23', to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ from: '1.27.2' }], containerd: '1.7.2', runc: '1.1.7' },
      { k8s: [], containerd: '1.6.21', runc: '1.1.7' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.27.0-beta.1',
  },
  {
    tags: ['1.27.3'],
    appliesOnlyForContainerdRuntime: true,
    rules: [
      { k8s: [{ to: '1.23' }], containerd: '1.4.13', runc: '' },
      { k8s: [{ from: '1.23', to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ from: '1.27.2' }], containerd: '1.7.13', runc: '1.1.12' },
      { k8s: [], containerd: '1.6.28', runc: '1.1.12' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.27.3',
  },
  {
    tags: ['1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1', '1.28.0-beta.2', '1.28.0', '1.29.0-alpha.0'],
    appliesOnlyForContainerdRuntime: true,
    rules: [
      { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ from: '1.27.2' }], containerd: '1.7.2', runc: '1.1.7' },
      { k8s: [], containerd: '1.6.21', runc: '1.1.7' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.28.0-alpha.1',
  },
  {
    tags: ['1.28.1', '1.28.2', '1.28.3'],
    appliesOnlyForContainerdRuntime: true,
    rules: [
      { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ from: '1.27.2' }], containerd: '1.7.7', runc: '1.1.9' },
      { k8s: [], containerd: '1.6.24', runc: '1.1.9' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.28.1',
  },
  {
    tags: ['1.28.4'],
    appliesOnlyForContainerdRuntime: true,
    rules: [
      { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ from: '1.27.2' }], containerd: '1.7.13', runc: '1.1.12' },
      { k8s: [], containerd: '1.6.28', runc: '1.1.12' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.28.4',
  },
  {
    tags: ['1.28.5', '1.28.6', '1.28.7'],
    appliesOnlyForContainerdRuntime: true,
    rules: [
      { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ from: '1.27.2' }], containerd: '1.7.16', runc: '1.1.12' },
      { k8s: [], containerd: '1.6.31', runc: '1.1.12' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.28.5',
  },
  {
    tags: ['1.29.0-alpha.1'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ from: '1.27.2' }], containerd: '1.7.2', runc: '1.1.7' },
      { k8s: [], containerd: '1.6.21', runc: '1.1.7' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.29.0-alpha.1',
  },
  {
    tags: ['1.29.0-alpha.2', '1.29.0-alpha.3'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ from: '1.27.2' }], containerd: '1.7.7', runc: '1.1.9' },
      { k8s: [], containerd: '1.6.24', runc: '1.1.9' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.29.0-alpha.2',
  },
  {
    tags: ['1.29.0-beta.1'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ from: '1.27.2' }], containerd: '1.7.13', runc: '1.1.12' },
      { k8s: [], containerd: '1.6.28', runc: '1.1.12' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.29.0-beta.1',
  },
  {
    tags: ['1.29.0', '1.29.1', '1.29.2'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ from: '1.27.2' }], containerd: '1.7.16', runc: '1.1.12' },
      { k8s: [], containerd: '1.6.31', runc: '1.1.12' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.29.0',
  },
  {
    tags: ['1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ from: '1.27.2' }], containerd: '1.7.16', runc: '1.1.12' },
      { k8s: [], containerd: '1.6.31', runc: '1.1.12' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.30.0-alpha.1',
  },
  {
    tags: ['1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1', '1.31.0-beta.1'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ from: '1.27.2' }], containerd: '1.7.22', runc: '1.1.14' },
      { k8s: [], containerd: '1.6.36', runc: '1.1.14' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.30.2',
  },
  {
    tags: ['1.31.0'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ from: '1.27.2' }], containerd: '1.7.25', runc: '1.2.4' },
      { k8s: [], containerd: '1.6.36', runc: '1.1.14' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.31.0',
  },
  {
    tags: ['1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1', '1.33.0-beta.1'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [], containerd: '1.7.25', runc: '1.2.4' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.32.0-beta.1',
  },
  {
    tags: ['1.33.0', '1.33.1', '1.33.2'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [], containerd: '1.7.28', runc: '1.3.0' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.33.0',
  },
  {
    tags: ['1.34.0-alpha.1'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
      { k8s: [{ to: '1.32' }], containerd: '1.7.28', runc: '1.3.0' },
      { k8s: [], containerd: '2.1.4', runc: '1.3.0' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.34.0-alpha.1',
  },
  {
    tags: ['1.34.0-beta.1', '1.34.0'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.32' }], containerd: '1.7.28', runc: '1.3.0' },
      { k8s: [], containerd: '2.1.4', runc: '1.3.0' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.34.0-beta.1',
  },
  {
    tags: ['1.34.1', '1.34.2', '1.34.3', '1.35.0-alpha.1'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.32' }], containerd: '1.7.29', runc: '1.3.3' },
      { k8s: [], containerd: '2.1.5', runc: '1.3.3' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.34.1',
  },
  {
    tags: ['1.35.0-beta.1', '1.35.0'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.32' }], containerd: '1.7.30', runc: '1.3.4' },
      { k8s: [], containerd: '2.1.6', runc: '1.3.4' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.35.0-beta.1',
  },
  {
    tags: ['1.35.1', '1.35.2'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.32' }], containerd: '1.7.32', runc: '1.3.5' },
      { k8s: [{ to: '1.36' }], containerd: '2.2.4', runc: '1.3.5' },
      { k8s: [], containerd: '2.3.1', runc: '1.4.2' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.35.1',
  },
  {
    tags: ['1.36.0-alpha.1'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.32' }], containerd: '1.7.31', runc: '1.3.5' },
      { k8s: [{ to: '1.36' }], containerd: '2.2.3', runc: '1.3.5' },
      { k8s: [], containerd: '2.3.0', runc: '1.4.2' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.36.0-alpha.1',
  },
  {
    tags: ['1.36.0-beta.1', '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'],
    appliesOnlyForContainerdRuntime: false,
    rules: [
      { k8s: [{ to: '1.32' }], containerd: '1.7.32', runc: '1.3.5' },
      { k8s: [], containerd: '2.2.4', runc: '1.3.5' },
    ],
    source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.36.0-beta.1',
  },
]
