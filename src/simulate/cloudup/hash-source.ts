// Where `kops update cluster` takes an asset's hash from (kubernetes/kops:pkg/assets/builder.go findHash and the
// asset finders of upup/pkg/fi/cloudup, pkg/nodemodel/wellknownassets): a hash kOps carries itself is used as it is;
// any other is downloaded from next to the file (`<url>.sha256`), which with spec.assets.fileRepository is the file
// repository — so a file missing there fails the update rather than the nodes.
//   v1.30.0-alpha.1 …: the pkg/assets/assetdata tables (and a hash the spec gives) — the hash this replay knows for
//     the canonical URL (releases/hashes.ts holds the union of those tables over the releases, so a file added to
//     assetdata later counts as carried for earlier releases too);
//   before: only the finders that pass a hash — spec packages (findAssetsUrlHash), nerdctl's hard-coded hash, the
//     runc and Docker version tables, containerd's version table up to v1.28.0-alpha.2, the staging
//     auth-provider-gcp build; kubelet, kubectl, crictl, CNI plugins, credential providers and kOps's own binaries
//     go through RemapFileAndSHA and download their hash.
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import type { PlannedAsset } from '../types.js'

const ASSETDATA: TagRanges = [['1.30.0-alpha.1']]
const CONTAINERD_TABLE: TagRanges = [['0.0.0', '1.28.0-beta.1']]
const HASH_PASSING_FINDERS = ['nerdctl', 'runc', 'docker', 'auth-provider-gcp']

/** True when kOps carries the asset's hash, false when `kops update cluster` downloads it. */
export function hashIsCarried(release: string, asset: PlannedAsset): boolean {
  if (asset.hash === null) return false
  if (inTagRanges(release, ASSETDATA)) return true
  if (/\.packages\.(url|hash)/.test(asset.origin?.path ?? '')) return true
  if (HASH_PASSING_FINDERS.includes(asset.component)) return true
  return asset.component === 'containerd' && inTagRanges(release, CONTAINERD_TABLE)
}
