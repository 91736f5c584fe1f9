// Mirrors the kubelet credential-provider assets of kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go (v1.27 … v1.29)
// and pkg/nodemodel/fileassets.go (v1.30 …).
//   AWS ecr-credential-provider: from 1.27.0-alpha.2 when Kubernetes ≥ 1.27; unconditional on AWS from 1.35.0-beta.1.
//     Default base cloud-provider-aws v1.27.1, v1.31.7 from 1.34.0-alpha.1 (83ed12de4a); spec.cloudProvider.aws.binariesLocation overrides.
//   GCE auth-provider-gcp: staging build for Kubernetes ≥ 1.29 from 1.29.0-alpha.2; cloud-provider-gcp v35.0.0 on every GCE cluster from 1.35.0-beta.1.
//     kOps hard-codes the staging build's hash per arch and writes it whatever spec.cloudProvider.gce.binariesLocation says.
import { knownHash } from '../../releases/hashes.js'
import { inTagRanges, k8sGte, type TagRanges } from '../../releases/version.js'
import type { PlannedAsset } from '../types.js'
import { cloudProvider, planned, type CloudupContext } from './context.js'

const ECR: TagRanges = [['1.27.0-alpha.2']]
const ECR_ANY_K8S: TagRanges = [['1.35.0-beta.1']]
const ECR_V1_31_7: TagRanges = [['1.34.0-alpha.1']]
const GCP_STAGING: TagRanges = [['1.29.0-alpha.2', '1.35.0-beta.1']]
const GCP_V35: TagRanges = [['1.35.0-beta.1']]
const GCP_STAGING_LOCATION = 'https://storage.googleapis.com/k8s-staging-cloud-provider-gcp/auth-provider-gcp'

export function credentialProviderAssets(ctx: CloudupContext): PlannedAsset[] {
  const cloud = cloudProvider(ctx)
  if (cloud === 'aws' && inTagRanges(ctx.release, ECR) && (inTagRanges(ctx.release, ECR_ANY_K8S) || k8sGte(ctx.k8sVersion, '1.27'))) {
    const loc = ctx.cluster.awsBinariesLocation
    const base = loc?.value ?? `https://artifacts.k8s.io/binaries/cloud-provider-aws/${inTagRanges(ctx.release, ECR_V1_31_7) ? 'v1.31.7' : 'v1.27.1'}`
    return [planned(ctx, 'ecr-credential-provider', `${base}/linux/${ctx.arch}/ecr-credential-provider-linux-${ctx.arch}`, null, loc)]
  }
  if (cloud === 'gce') {
    const loc = ctx.cluster.gceBinariesLocation
    if (inTagRanges(ctx.release, GCP_V35)) {
      const base = loc?.value ?? 'https://artifacts.k8s.io/binaries/cloud-provider-gcp/v35.0.0'
      return [planned(ctx, 'auth-provider-gcp', `${base}/auth-provider-gcp/linux/${ctx.arch}/auth-provider-gcp`, null, loc)]
    }
    if (inTagRanges(ctx.release, GCP_STAGING) && k8sGte(ctx.k8sVersion, '1.29')) {
      const file = `/linux-${ctx.arch}/v20231005-providersv0.27.1-65-g8fbe8d27`
      return [planned(ctx, 'auth-provider-gcp', (loc?.value ?? GCP_STAGING_LOCATION) + file, knownHash(GCP_STAGING_LOCATION + file), loc)]
    }
  }
  return []
}
