// The option builders of kubernetes/kops:pkg/model/components that can refuse a spec while PopulateClusterSpec
// builds the complete spec (upup/pkg/fi/cloudup/populate_cluster_spec.go). kOps first makes the options context
// (NewOptionsContext; its error is returned as it is), then runs the builders in its registration order and stops at
// the first error, printed as `error building complete spec: <err>`. Registration order (same at every modelled
// tag; the docker builder, 1.26–1.28, refuses nothing): defaults, etcd, etcd-manager, kube-apiserver, (docker),
// containerd, networking, kube-dns, kubelet, kube-controller-manager, kube-scheduler, kube-proxy, cloud configuration,
// calico, cilium, (kindnet, 1.34+), openstack, discovery, cluster-autoscaler, node-termination-handler,
// node-problem-detector, (aws, 1.28+), aws-ebs-csi-driver, aws-ccm, gcp-ccm, gcp-pd-csi, (azure-ccm 1.37+),
// hetzner-ccm, (linode-ccm 1.37+), (karpenter 1.28+). Only the builders with an offline-decidable refusal appear below.
import type { ValidationContext } from '../validation/context.js'
import type { Located } from '../../types.js'
import { kubeAPIServerOptionsError } from './apiserver.js'
import { awsCloudControllerManagerOptionsError } from './awscloudcontrollermanager.js'
import { containerdOptionsError } from './containerd.js'
import { newOptionsContextError, wellKnownServiceIPError } from './context.js'
import { discoveryOptionsError } from './discovery.js'
import { etcdManagerOptionsError } from './etcdmanager/options.js'
import { kubeControllerManagerOptionsError } from './kubecontrollermanager.js'
import { networkingOptionsError } from './networking.js'

export interface OptionsFailure {
  /** kOps's whole error text as `kops update cluster` prints it, e.g. `error building complete spec: …`. */
  error: string
  /** The spec value behind it. */
  at: Located<unknown> | null
  /** The kOps source, `kubernetes/kops:<path>`. */
  source: string
}

type Builder = [source: string, run: (ctx: ValidationContext) => { error: string; at: Located<unknown> } | null]

const C = 'kubernetes/kops:pkg/model/components'
const BUILDERS: Builder[] = [
  [`${C}/etcdmanager/options.go`, etcdManagerOptionsError],
  [`${C}/apiserver.go`, kubeAPIServerOptionsError],
  [`${C}/containerd.go`, (ctx) => containerdOptionsError(ctx.release, ctx.cluster)],
  [`${C}/networking.go`, networkingOptionsError],
  [`${C}/context.go`, wellKnownServiceIPError],
  [`${C}/kubecontrollermanager.go`, kubeControllerManagerOptionsError],
  [`${C}/discovery.go`, discoveryOptionsError],
  [`${C}/awscloudcontrollermanager.go`, awsCloudControllerManagerOptionsError],
]

/** The first option builder that refuses the spec, in kOps's builder order; null when all accept it. */
export function buildCompleteSpec(ctx: ValidationContext): OptionsFailure | null {
  const context = newOptionsContextError(ctx)
  if (context) return { error: context.error, at: context.at, source: `${C}/context.go` }
  for (const [source, run] of BUILDERS) {
    const f = run(ctx)
    if (f) return { error: `error building complete spec: ${f.error}`, at: f.at, source }
  }
  return null
}
