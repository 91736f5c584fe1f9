// Cross-checks against kOps's own integration expectations: the `Assets:` lists (hashes left out) of
// kubernetes/kops:tests/integration/update_cluster/<case>/data/aws_s3_object_nodeupconfig-{master-…,nodes}_content at the
// tag, re-typed here as data. The specs below carry the fields of each case's in-v1alpha2.yaml that decide assets. The
// integration tests build with the fake kOps version 1.21.0-alpha.1 (1.34.0-beta.1 from 1.35), which appears in the
// protokube/channels URLs.
import { describe, expect, it } from '@jest/globals'
import { run, urls, type ClusterOpts, type IgOpts } from './fixtures.js'

const CP: IgOpts = { name: 'master-us-test-1a', role: 'Master', machineType: 'm3.medium' }
const NODES: IgOpts = { name: 'nodes', role: 'Node', machineType: 't2.medium' }

interface Case {
  tag: string
  kops: string
  cluster: ClusterOpts
  master: string[]
  nodes: string[]
  arch?: 'amd64' | 'arm64'
}

const KOPS_21 = (n: string, a = 'amd64') => `https://artifacts.k8s.io/binaries/kops/1.21.0-alpha.1/linux/${a}/${n},https://github.com/kubernetes/kops/releases/download/v1.21.0-alpha.1/${n}-linux-${a}`
const KOPS_34 = (n: string, a = 'amd64') => `https://artifacts.k8s.io/binaries/kops/1.34.0-beta.1/linux/${a}/${n},https://github.com/kubernetes/kops/releases/download/v1.34.0-beta.1/${n}-linux-${a}`

const CASES: Record<string, Case> = {
  'minimal-1.26@v1.26.0': {
    tag: '1.26.0',
    kops: '1.21.0-alpha.1',
    cluster: { k8s: 'v1.26.0-alpha.0', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://storage.googleapis.com/kubernetes-release/release/v1.26.0-alpha.0/bin/linux/amd64/kubelet',
      'https://storage.googleapis.com/kubernetes-release/release/v1.26.0-alpha.0/bin/linux/amd64/kubectl',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v0.9.1/cni-plugins-linux-amd64-v0.9.1.tgz',
      'https://github.com/containerd/containerd/releases/download/v1.6.18/containerd-1.6.18-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.1.4/runc.amd64',
    ],
    master: [KOPS_21('protokube'), KOPS_21('channels')],
  },
  'minimal-1.26@v1.26.0 arm64': {
    tag: '1.26.0',
    kops: '1.21.0-alpha.1',
    arch: 'arm64',
    cluster: { k8s: 'v1.26.0-alpha.0', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://storage.googleapis.com/kubernetes-release/release/v1.26.0-alpha.0/bin/linux/arm64/kubelet',
      'https://storage.googleapis.com/kubernetes-release/release/v1.26.0-alpha.0/bin/linux/arm64/kubectl',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v0.9.1/cni-plugins-linux-arm64-v0.9.1.tgz',
      'https://github.com/containerd/containerd/releases/download/v1.6.18/containerd-1.6.18-linux-arm64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.1.4/runc.arm64',
    ],
    master: [KOPS_21('protokube', 'arm64'), KOPS_21('channels', 'arm64')],
  },
  'containerd-custom@v1.26.0 (packages for amd64 only, Kubernetes 1.21)': {
    tag: '1.26.0',
    kops: '1.21.0-alpha.1',
    cluster: {
      name: 'containerd.example.com',
      k8s: 'v1.21.0',
      spec: ['  containerd:', '    packages:', '      urlAmd64: https://github.com/containerd/containerd/releases/download/v1.3.9/cri-containerd-cni-1.3.9-linux-amd64.tar.gz', '      hashAmd64: "0000000000000000000000000000000000000000000000000000000000000000"'],
    },
    nodes: [
      'https://storage.googleapis.com/kubernetes-release/release/v1.21.0/bin/linux/amd64/kubelet',
      'https://storage.googleapis.com/kubernetes-release/release/v1.21.0/bin/linux/amd64/kubectl',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v0.8.7/cni-plugins-linux-amd64-v0.8.7.tgz',
      'https://github.com/containerd/containerd/releases/download/v1.3.9/cri-containerd-cni-1.3.9-linux-amd64.tar.gz',
    ],
    master: [KOPS_21('protokube'), KOPS_21('channels')],
  },
  'containerd-custom@v1.26.0 arm64 (defaulted containerd 1.4.13 from Docker 20.10.13)': {
    tag: '1.26.0',
    kops: '1.21.0-alpha.1',
    arch: 'arm64',
    cluster: {
      name: 'containerd.example.com',
      k8s: 'v1.21.0',
      spec: ['  containerd:', '    packages:', '      urlAmd64: https://github.com/containerd/containerd/releases/download/v1.3.9/cri-containerd-cni-1.3.9-linux-amd64.tar.gz', '      hashAmd64: "0000000000000000000000000000000000000000000000000000000000000000"'],
    },
    nodes: [
      'https://storage.googleapis.com/kubernetes-release/release/v1.21.0/bin/linux/arm64/kubelet',
      'https://storage.googleapis.com/kubernetes-release/release/v1.21.0/bin/linux/arm64/kubectl',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v0.8.7/cni-plugins-linux-arm64-v0.8.7.tgz',
      'https://download.docker.com/linux/static/stable/aarch64/docker-20.10.13.tgz',
    ],
    master: [KOPS_21('protokube', 'arm64'), KOPS_21('channels', 'arm64')],
  },
  'minimal-1.27@v1.27.0': {
    tag: '1.27.0',
    kops: '1.21.0-alpha.1',
    cluster: { k8s: 'v1.27.2', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://dl.k8s.io/release/v1.27.2/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.27.2/bin/linux/amd64/kubectl',
      'https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.27.1/linux/amd64/ecr-credential-provider-linux-amd64',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v1.2.0/cni-plugins-linux-amd64-v1.2.0.tgz',
      'https://github.com/containerd/containerd/releases/download/v1.7.2/containerd-1.7.2-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.1.7/runc.amd64',
    ],
    master: [KOPS_21('protokube'), KOPS_21('channels')],
  },
  'minimal-1.27@v1.28.1': {
    tag: '1.28.1',
    kops: '1.21.0-alpha.1',
    cluster: { k8s: 'v1.27.2', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://dl.k8s.io/release/v1.27.2/bin/linux/amd64/kubelet,https://cdn.dl.k8s.io/release/v1.27.2/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.27.2/bin/linux/amd64/kubectl,https://cdn.dl.k8s.io/release/v1.27.2/bin/linux/amd64/kubectl',
      'https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.27.1/linux/amd64/ecr-credential-provider-linux-amd64',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v1.2.0/cni-plugins-linux-amd64-v1.2.0.tgz',
      'https://github.com/containerd/containerd/releases/download/v1.7.7/containerd-1.7.7-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.1.9/runc.amd64',
    ],
    master: [KOPS_21('protokube'), KOPS_21('channels')],
  },
  'containerd@v1.28.1 (Kubernetes 1.26.0)': {
    tag: '1.28.1',
    kops: '1.21.0-alpha.1',
    arch: 'arm64',
    cluster: { name: 'containerd.example.com', k8s: 'v1.26.0' },
    nodes: [
      'https://dl.k8s.io/release/v1.26.0/bin/linux/arm64/kubelet,https://cdn.dl.k8s.io/release/v1.26.0/bin/linux/arm64/kubelet',
      'https://dl.k8s.io/release/v1.26.0/bin/linux/arm64/kubectl,https://cdn.dl.k8s.io/release/v1.26.0/bin/linux/arm64/kubectl',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v0.9.1/cni-plugins-linux-arm64-v0.9.1.tgz',
      'https://github.com/containerd/containerd/releases/download/v1.6.20/containerd-1.6.20-linux-arm64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.1.5/runc.arm64',
    ],
    master: [KOPS_21('protokube', 'arm64'), KOPS_21('channels', 'arm64')],
  },
  'minimal-1.29@v1.29.0-beta.1': {
    tag: '1.29.0-beta.1',
    kops: '1.21.0-alpha.1',
    cluster: { k8s: 'v1.29.0-alpha.0', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://dl.k8s.io/release/v1.29.0-alpha.0/bin/linux/amd64/kubelet,https://cdn.dl.k8s.io/release/v1.29.0-alpha.0/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.29.0-alpha.0/bin/linux/amd64/kubectl,https://cdn.dl.k8s.io/release/v1.29.0-alpha.0/bin/linux/amd64/kubectl',
      'https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.27.1/linux/amd64/ecr-credential-provider-linux-amd64',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v1.2.0/cni-plugins-linux-amd64-v1.2.0.tgz',
      'https://github.com/containerd/containerd/releases/download/v1.7.13/containerd-1.7.13-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.1.12/runc.amd64',
      'https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-amd64.tar.gz',
      'https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-amd64.tar.gz',
    ],
    master: [KOPS_21('protokube'), KOPS_21('channels')],
  },
  'minimal-1.29@v1.29.2': {
    tag: '1.29.2',
    kops: '1.21.0-alpha.1',
    cluster: { k8s: 'v1.29.0-alpha.0', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://dl.k8s.io/release/v1.29.0-alpha.0/bin/linux/amd64/kubelet,https://cdn.dl.k8s.io/release/v1.29.0-alpha.0/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.29.0-alpha.0/bin/linux/amd64/kubectl,https://cdn.dl.k8s.io/release/v1.29.0-alpha.0/bin/linux/amd64/kubectl',
      'https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.27.1/linux/amd64/ecr-credential-provider-linux-amd64',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v1.2.0/cni-plugins-linux-amd64-v1.2.0.tgz',
      'https://github.com/containerd/containerd/releases/download/v1.7.16/containerd-1.7.16-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.1.12/runc.amd64',
      'https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-amd64.tar.gz',
      'https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-amd64.tar.gz',
    ],
    master: [KOPS_21('protokube'), KOPS_21('channels')],
  },
  'containerd-custom@v1.29.2 (skipInstall: crictl stays)': {
    tag: '1.29.2',
    kops: '1.21.0-alpha.1',
    cluster: {
      name: 'containerd.example.com',
      k8s: 'v1.26.0',
      spec: ['  containerd:', '    skipInstall: true', '    packages:', '      urlAmd64: https://github.com/containerd/containerd/releases/download/v1.3.9/cri-containerd-cni-1.3.9-linux-amd64.tar.gz', '      hashAmd64: "0000000000000000000000000000000000000000000000000000000000000000"'],
    },
    nodes: [
      'https://dl.k8s.io/release/v1.26.0/bin/linux/amd64/kubelet,https://cdn.dl.k8s.io/release/v1.26.0/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.26.0/bin/linux/amd64/kubectl,https://cdn.dl.k8s.io/release/v1.26.0/bin/linux/amd64/kubectl',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v0.9.1/cni-plugins-linux-amd64-v0.9.1.tgz',
      'https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-amd64.tar.gz',
    ],
    master: [KOPS_21('protokube'), KOPS_21('channels')],
  },
  'minimal_gossip@v1.29.2 (workers get protokube and channels)': {
    tag: '1.29.2',
    kops: '1.21.0-alpha.1',
    cluster: { name: 'minimal.k8s.local', k8s: 'v1.26.0', spec: ['  topology:', '    dns:', '      type: Public'] },
    nodes: [
      'https://dl.k8s.io/release/v1.26.0/bin/linux/amd64/kubelet,https://cdn.dl.k8s.io/release/v1.26.0/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.26.0/bin/linux/amd64/kubectl,https://cdn.dl.k8s.io/release/v1.26.0/bin/linux/amd64/kubectl',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v0.9.1/cni-plugins-linux-amd64-v0.9.1.tgz',
      'https://github.com/containerd/containerd/releases/download/v1.6.20/containerd-1.6.20-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.1.5/runc.amd64',
      'https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-amd64.tar.gz',
      'https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-amd64.tar.gz',
      KOPS_21('protokube'),
      KOPS_21('channels'),
    ],
    master: [],
  },
  'minimal_gce@v1.29.2 (Kubernetes 1.26: mounter, no credential provider)': {
    tag: '1.29.2',
    kops: '1.21.0-alpha.1',
    cluster: { name: 'minimal-gce.example.com', cloud: 'gce', k8s: 'v1.26.0', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://dl.k8s.io/release/v1.26.0/bin/linux/amd64/kubelet,https://cdn.dl.k8s.io/release/v1.26.0/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.26.0/bin/linux/amd64/kubectl,https://cdn.dl.k8s.io/release/v1.26.0/bin/linux/amd64/kubectl',
      'https://dl.k8s.io/release/v1.26.0/bin/linux/amd64/mounter,https://cdn.dl.k8s.io/release/v1.26.0/bin/linux/amd64/mounter',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v0.9.1/cni-plugins-linux-amd64-v0.9.1.tgz',
      'https://github.com/containerd/containerd/releases/download/v1.6.20/containerd-1.6.20-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.1.5/runc.amd64',
      'https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-amd64.tar.gz',
      'https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-amd64.tar.gz',
    ],
    master: [KOPS_21('protokube'), KOPS_21('channels')],
  },
  'minimal-1.30@v1.30.0': {
    tag: '1.30.0',
    kops: '1.21.0-alpha.1',
    cluster: { k8s: 'v1.30.0', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubelet,https://cdn.dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl,https://cdn.dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl',
      'https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.27.1/linux/amd64/ecr-credential-provider-linux-amd64',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v1.2.0/cni-plugins-linux-amd64-v1.2.0.tgz',
      'https://github.com/containerd/containerd/releases/download/v1.7.16/containerd-1.7.16-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.1.12/runc.amd64',
      'https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-amd64.tar.gz',
      'https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-amd64.tar.gz',
    ],
    master: [KOPS_21('protokube'), KOPS_21('channels')],
  },
  'minimal-1.32@v1.32.3': {
    tag: '1.32.3',
    kops: '1.21.0-alpha.1',
    cluster: { k8s: 'v1.32.0', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubectl',
      'https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.27.1/linux/amd64/ecr-credential-provider-linux-amd64',
      'https://github.com/containernetworking/plugins/releases/download/v1.6.2/cni-plugins-linux-amd64-v1.6.2.tgz',
      'https://github.com/containerd/containerd/releases/download/v1.7.25/containerd-1.7.25-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.2.4/runc.amd64',
      'https://github.com/containerd/nerdctl/releases/download/v1.7.4/nerdctl-1.7.4-linux-amd64.tar.gz',
      'https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.29.0/crictl-v1.29.0-linux-amd64.tar.gz',
    ],
    master: [KOPS_21('protokube'), KOPS_21('channels')],
  },
  'minimal-1.34@v1.34.0': {
    tag: '1.34.0',
    kops: '1.21.0-alpha.1',
    cluster: { k8s: 'v1.34.0-alpha.1', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://dl.k8s.io/release/v1.34.0-alpha.1/bin/linux/amd64/kubelet,https://cdn.dl.k8s.io/release/v1.34.0-alpha.1/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.34.0-alpha.1/bin/linux/amd64/kubectl,https://cdn.dl.k8s.io/release/v1.34.0-alpha.1/bin/linux/amd64/kubectl',
      'https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.31.7/linux/amd64/ecr-credential-provider-linux-amd64',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v1.6.1/cni-plugins-linux-amd64-v1.6.1.tgz,https://github.com/containernetworking/plugins/releases/download/v1.6.1/cni-plugins-linux-amd64-v1.6.1.tgz',
      'https://github.com/containerd/containerd/releases/download/v2.1.4/containerd-2.1.4-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.3.0/runc.amd64',
    ],
    master: [KOPS_21('protokube'), KOPS_21('channels')],
  },
  'ha_gce@v1.34.0 (staging GCP credential provider)': {
    tag: '1.34.0',
    kops: '1.21.0-alpha.1',
    cluster: { name: 'ha-gce.example.com', cloud: 'gce', k8s: 'v1.32.0', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubelet,https://cdn.dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubectl,https://cdn.dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubectl',
      'https://dl.k8s.io/release/v1.32.0/bin/linux/amd64/mounter,https://cdn.dl.k8s.io/release/v1.32.0/bin/linux/amd64/mounter',
      'https://storage.googleapis.com/k8s-staging-cloud-provider-gcp/auth-provider-gcp/linux-amd64/v20231005-providersv0.27.1-65-g8fbe8d27',
      'https://storage.googleapis.com/k8s-artifacts-cni/release/v1.6.1/cni-plugins-linux-amd64-v1.6.1.tgz,https://github.com/containernetworking/plugins/releases/download/v1.6.1/cni-plugins-linux-amd64-v1.6.1.tgz',
      'https://github.com/containerd/containerd/releases/download/v2.1.4/containerd-2.1.4-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.3.0/runc.amd64',
    ],
    master: [KOPS_21('protokube'), KOPS_21('channels')],
  },
  'minimal-1.34@v1.35.0': {
    tag: '1.35.0',
    kops: '1.34.0-beta.1',
    cluster: { k8s: 'v1.34.0-alpha.1', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://dl.k8s.io/release/v1.34.0-alpha.1/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.34.0-alpha.1/bin/linux/amd64/kubectl',
      'https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.31.7/linux/amd64/ecr-credential-provider-linux-amd64',
      'https://github.com/containernetworking/plugins/releases/download/v1.6.2/cni-plugins-linux-amd64-v1.6.2.tgz',
      'https://github.com/containerd/containerd/releases/download/v2.1.6/containerd-2.1.6-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.3.4/runc.amd64',
    ],
    master: [KOPS_34('protokube'), KOPS_34('channels')],
  },
  'minimal_gce@v1.35.0 arm64': {
    tag: '1.35.0',
    kops: '1.34.0-beta.1',
    arch: 'arm64',
    cluster: { name: 'minimal-gce.example.com', cloud: 'gce', k8s: 'v1.32.0', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://dl.k8s.io/release/v1.32.0/bin/linux/arm64/kubelet',
      'https://dl.k8s.io/release/v1.32.0/bin/linux/arm64/kubectl',
      'https://dl.k8s.io/release/v1.32.0/bin/linux/arm64/mounter',
      'https://artifacts.k8s.io/binaries/cloud-provider-gcp/v35.0.0/auth-provider-gcp/linux/arm64/auth-provider-gcp',
      'https://github.com/containernetworking/plugins/releases/download/v1.6.2/cni-plugins-linux-arm64-v1.6.2.tgz',
      'https://github.com/containerd/containerd/releases/download/v2.1.6/containerd-2.1.6-linux-arm64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.3.4/runc.arm64',
    ],
    master: [KOPS_34('protokube', 'arm64'), KOPS_34('channels', 'arm64')],
  },
  'minimal-1.36@v1.36.0': {
    tag: '1.36.0',
    kops: '1.34.0-beta.1',
    cluster: { k8s: 'v1.36.0-rc.1', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://dl.k8s.io/release/v1.36.0-rc.1/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.36.0-rc.1/bin/linux/amd64/kubectl',
      'https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.31.7/linux/amd64/ecr-credential-provider-linux-amd64',
      'https://github.com/containernetworking/plugins/releases/download/v1.6.2/cni-plugins-linux-amd64-v1.6.2.tgz',
      'https://github.com/containerd/containerd/releases/download/v2.2.4/containerd-2.2.4-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.3.5/runc.amd64',
    ],
    master: [KOPS_34('protokube')],
  },
  'minimal_gossip@v1.36.0 (protokube on workers, no channels)': {
    tag: '1.36.0',
    kops: '1.34.0-beta.1',
    cluster: { name: 'minimal.k8s.local', k8s: 'v1.32.0', spec: ['  topology:', '    dns:', '      type: Public'] },
    nodes: [
      'https://dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.32.0/bin/linux/amd64/kubectl',
      'https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.31.7/linux/amd64/ecr-credential-provider-linux-amd64',
      'https://github.com/containernetworking/plugins/releases/download/v1.6.2/cni-plugins-linux-amd64-v1.6.2.tgz',
      'https://github.com/containerd/containerd/releases/download/v2.2.4/containerd-2.2.4-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.3.5/runc.amd64',
      KOPS_34('protokube'),
    ],
    master: [],
  },
  'minimal-1.36@v1.37.0-alpha.1': {
    tag: '1.37.0-alpha.1',
    kops: '1.34.0-beta.1',
    cluster: { k8s: 'v1.36.0-rc.1', spec: ['  networking:', '    cni: {}'] },
    nodes: [
      'https://dl.k8s.io/release/v1.36.0-rc.1/bin/linux/amd64/kubelet',
      'https://dl.k8s.io/release/v1.36.0-rc.1/bin/linux/amd64/kubectl',
      'https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.31.7/linux/amd64/ecr-credential-provider-linux-amd64',
      'https://github.com/containernetworking/plugins/releases/download/v1.6.2/cni-plugins-linux-amd64-v1.6.2.tgz',
      'https://github.com/containerd/containerd/releases/download/v2.2.4/containerd-2.2.4-linux-amd64.tar.gz',
      'https://github.com/opencontainers/runc/releases/download/v1.3.5/runc.amd64',
    ],
    master: [KOPS_34('protokube')],
  },
}

describe('tests/integration/update_cluster nodeup configs', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const arch = c.arch ?? 'amd64'
      const nodes = urls(run({ release: c.tag, kopsVersion: c.kops, cluster: c.cluster, ig: NODES, arch }))
      const master = urls(run({ release: c.tag, kopsVersion: c.kops, cluster: c.cluster, ig: CP, arch }))
      expect(nodes).toEqual(c.nodes)
      // The control plane list is the worker list (without any gossip additions) followed by the kOps binaries.
      const workerBase = c.nodes.filter((u) => !u.includes('/binaries/kops/'))
      expect(master).toEqual([...workerBase, ...(c.master.length ? c.master : c.nodes.filter((u) => u.includes('/binaries/kops/')))])
    })
  }
})
