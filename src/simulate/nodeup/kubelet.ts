// Mirrors kubernetes/kops:nodeup/pkg/model/kubelet.go (KubeletBuilder):
//   kubelet: Find("kubelet") → <kubelet dir>/kubelet; an error is `error trying to locate asset %q: %v` before
//     1.29.0-alpha.2 and `trying to locate asset %q: %v` after (2b056b9b17); nothing found is `unable to locate asset %q`.
//   mounter (ContainerOS, before 1.36.0-alpha.1) → /home/kubernetes/containerized_mounter/mounter.
//   credential providers: ECR (`ecr-credential-provider-linux-<arch>`) and GCP (staging build name, `auth-provider-gcp` from
//     1.35.0-beta.1), wrapped in `failed to add ECR credential provider: %w` (1.27 … 1.28) or
//     `failed to add the %s kubelet credential provider: %w` (1.29.0-alpha.2 …).
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import { KopsError, type StoredAsset } from '../asset-store.js'
import type { NodeupBuilder, NodeupContext } from './context.js'

const NEW_LOCATE_TEXT: TagRanges = [['1.29.0-alpha.2']]
const MOUNTER: TagRanges = [['0.0.0', '1.36.0-alpha.1']]
const NEW_PROVIDER_WRAP: TagRanges = [['1.29.0-alpha.2']]

export function locate(ctx: NodeupContext, name: string, errorPrefix: string): StoredAsset {
  let found: StoredAsset | null
  try {
    found = ctx.assets.find(name)
  } catch (e) {
    throw wrap(`${errorPrefix} ${JSON.stringify(name)}: ${(e as Error).message}`, e)
  }
  if (!found) throw new KopsError(`unable to locate asset ${JSON.stringify(name)}`)
  return found
}

/** Re-wraps a lookup failure, keeping the entries involved. */
export function wrap(message: string, cause: unknown): KopsError {
  const err = new KopsError(message)
  ;(err as KopsError & { entries?: unknown }).entries = (cause as { entries?: unknown }).entries
  return err
}

export const KubeletBuilder: NodeupBuilder = {
  goType: '*model.KubeletBuilder',
  build(ctx) {
    const prefix = inTagRanges(ctx.release, NEW_LOCATE_TEXT) ? 'trying to locate asset' : 'error trying to locate asset'
    const kubelet = locate(ctx, 'kubelet', prefix)
    ctx.addFile(`${ctx.kubeletDir}/kubelet`, kubelet)
    if (ctx.distribution === 'containeros' && inTagRanges(ctx.release, MOUNTER)) {
      const m = locate(ctx, 'mounter', prefix)
      ctx.addFile('/home/kubernetes/containerized_mounter/mounter', m)
    }
    const provider = ctx.credentialProvider
    if (!provider) return
    const cloud = (ctx.cluster.cloudProvider?.value ?? '').toLowerCase()
    try {
      const asset = locate(ctx, provider, prefix)
      ctx.addFile(`${ctx.kubeletDir}/${cloud === 'gce' ? 'gcp-credential-provider' : 'ecr-credential-provider'}`, asset)
    } catch (e) {
      const msg = (e as Error).message
      throw wrap(inTagRanges(ctx.release, NEW_PROVIDER_WRAP) ? `failed to add the ${cloud} kubelet credential provider: ${msg}` : `failed to add ECR credential provider: ${msg}`, e)
    }
  },
}
