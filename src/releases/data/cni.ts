// The CNI plugins tarball kOps adds for each instance group, by Kubernetes version and kOps release, from
// upup/pkg/fi/cloudup/networking.go (to 1.29.x) and pkg/nodemodel/wellknownassets/cni.go (from 1.30.0-alpha.1).
// URL templates: gcs = https://storage.googleapis.com/k8s-artifacts-cni/release/v<V>/cni-plugins-linux-<arch>-v<V>.tgz,
// github = https://github.com/containernetworking/plugins/releases/download/v<V>/cni-plugins-linux-<arch>-v<V>.tgz.
// Rules keep the source's branch order and the first match wins. Where no rule matches (the Kubernetes version is
// below `errorBelow`) cloudup fails with `unknown CNI plugin binaries asset: <arch>`. In every release the env vars
// CNI_VERSION_URL and CNI_ASSET_HASH_STRING, when both are set, replace the asset for both arches with one URL.
import type { CniRow } from './types.js'

export const CNI_ASSETS: CniRow[] = [
  {
    tags: [
      '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
      '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1'
    ],
    host: 'gcs',
    rules: [
      { k8s: [{ to: '1.22' }], version: '0.8.7' },
      { k8s: [], version: '0.9.1' },
    ],
    kubernetesVersionFrom: 'cluster',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/networking.go@v1.26.0-alpha.1',
  },
  {
    tags: ['1.27.0-alpha.2'],
    host: 'gcs',
    rules: [
      { k8s: [], version: '0.9.1' },
    ],
    kubernetesVersionFrom: 'cluster',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/networking.go@v1.27.0-alpha.2',
  },
  {
    tags: [
      '1.27.0-beta.1', '1.27.0-beta.2', '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1',
      '1.28.0-alpha.2', '1.28.0-beta.1', '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5',
      '1.28.6', '1.28.7', '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1',
      '1.29.0', '1.29.1', '1.29.2'
    ],
    host: 'gcs',
    rules: [
      { k8s: [{ to: '1.27' }], version: '0.9.1' },
      { k8s: [], version: '1.2.0' },
    ],
    kubernetesVersionFrom: 'cluster',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/networking.go@v1.27.0-beta.1',
  },
  {
    tags: ['1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1'],
    host: 'gcs',
    rules: [
      { k8s: [{ to: '1.27' }], version: '0.9.1' },
      { k8s: [], version: '1.2.0' },
    ],
    kubernetesVersionFrom: 'cluster',
    source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.30.0-alpha.1',
  },
  {
    tags: ['1.31.0-beta.1', '1.31.0'],
    host: 'gcs',
    rules: [
      { k8s: [{ to: '1.27' }], version: '0.9.1' },
      { k8s: [], version: '1.2.0' },
    ],
    kubernetesVersionFrom: 'instanceGroup',
    source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.31.0-beta.1',
  },
  {
    tags: [
      '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.33.0-alpha.1', '1.33.0-beta.1', '1.33.0', '1.33.1',
      '1.34.0-alpha.1'
    ],
    host: 'gcs',
    rules: [
      { k8s: [{ from: '1.32' }], version: '1.6.1' },
      { k8s: [{ from: '1.31' }], version: '1.5.1' },
      { k8s: [{ from: '1.30' }], version: '1.4.1' },
      { k8s: [{ from: '1.29' }], version: '1.3.0' },
      { k8s: [{ from: '1.27' }], version: '1.2.0' },
      { k8s: [], version: '0.9.1' },
    ],
    kubernetesVersionFrom: 'instanceGroup',
    source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.32.0-beta.1',
  },
  {
    tags: ['1.32.3', '1.32.4', '1.33.2'],
    host: 'github',
    rules: [
      { k8s: [{ from: '1.32' }], version: '1.6.2' },
      { k8s: [{ from: '1.31' }], version: '1.5.1' },
      { k8s: [{ from: '1.30' }], version: '1.4.1' },
      { k8s: [{ from: '1.29' }], version: '1.3.0' },
      { k8s: [{ from: '1.27' }], version: '1.2.0' },
    ],
    kubernetesVersionFrom: 'instanceGroup',
    errorBelow: '1.27',
    source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.32.3',
  },
  {
    tags: ['1.34.0-beta.1', '1.34.0', '1.34.1'],
    host: 'gcs',
    rules: [
      { k8s: [{ from: '1.32' }], version: '1.6.1' },
      { k8s: [{ from: '1.31' }], version: '1.5.1' },
      { k8s: [{ from: '1.30' }], version: '1.4.1' },
      { k8s: [{ from: '1.29' }], version: '1.3.0' },
    ],
    kubernetesVersionFrom: 'instanceGroup',
    errorBelow: '1.29',
    source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.34.0-beta.1',
  },
  {
    tags: ['1.34.2', '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2'],
    host: 'github',
    rules: [
      { k8s: [{ from: '1.32' }], version: '1.6.2' },
      { k8s: [{ from: '1.31' }], version: '1.5.1' },
      { k8s: [{ from: '1.30' }], version: '1.4.1' },
      { k8s: [{ from: '1.29' }], version: '1.3.0' },
    ],
    kubernetesVersionFrom: 'instanceGroup',
    errorBelow: '1.29',
    source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.34.2',
  },
  {
    tags: ['1.36.0-alpha.1', '1.36.0-beta.1', '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'],
    host: 'github',
    rules: [
      { k8s: [{ from: '1.32' }], version: '1.6.2' },
      { k8s: [{ from: '1.31' }], version: '1.5.1' },
    ],
    kubernetesVersionFrom: 'instanceGroup',
    errorBelow: '1.31',
    source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.36.0-alpha.1',
  },
]

/** A fallback URL kOps appends after a CNI plugins URL that starts with `prefix` (the rest of the URL is appended to
 * the fallback unchanged), when the asset's hash is known. Releases not listed add no CNI fallback. Only releases whose
 * CNI_ASSETS row has host 'gcs' produce URLs with this prefix. The same rule is part of MIRROR_RULES. */
export interface CniMirrorRow {
  tags: string[]
  prefix: string
  fallbacks: string[]
  source: string
}

export const CNI_MIRRORS: CniMirrorRow[] = [
  {
    tags: [
      '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.33.0-alpha.1', '1.33.0-beta.1', '1.33.0', '1.33.1',
      '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.35.0-alpha.1', '1.35.0-beta.1'
    ],
    prefix: 'https://storage.googleapis.com/k8s-artifacts-cni/release/',
    fallbacks: ['https://github.com/containernetworking/plugins/releases/download/'],
    source: 'kubernetes/kops:pkg/assets/mirrors.go@v1.32.0-beta.1',
  },
]
