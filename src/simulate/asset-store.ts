// Mirrors kubernetes/kops:upup/pkg/fi/assetstore.go (v1.26.0 … v1.37.0-alpha.1; lookup semantics unchanged in that range).
// Add registers the downloaded file (Key = base name of the primary URL, AssetPath = that URL) and, for
// `.tar.gz`/`.tgz` only, every extracted file (Key = base name, AssetPath = path inside the archive, walk order).
import { listingFor, type ArchiveListing } from '../archives/listings.js'
import type { PlannedAsset } from './types.js'

export interface StoredAsset {
  key: string
  assetPath: string
  /** The planned asset this entry came from (the archive for extracted files). */
  from: PlannedAsset
}

export class KopsError extends Error {}

/** Hosts whose archives we recognise as the upstream release files. */
const UPSTREAM = /^https?:\/\/(github\.com\/(containerd|kubernetes-sigs|containernetworking|opencontainers|kubernetes)\/|storage\.googleapis\.com\/k8s-artifacts-cni\/|download\.docker\.com\/)/

export interface ArchiveNote {
  asset: PlannedAsset
  listing: ArchiveListing | null
  /** The URL is not an upstream release URL: its contents were inferred from the file name alone. */
  byFileName: boolean
}

export class AssetStore {
  readonly assets: StoredAsset[] = []
  readonly archives: ArchiveNote[] = []

  add(asset: PlannedAsset): void {
    const primary = asset.urls[0]
    const key = baseName(primary)
    this.assets.push({ key, assetPath: primary, from: asset })
    const lower = primary.toLowerCase()
    if (!lower.endsWith('.tar.gz') && !lower.endsWith('.tgz')) return
    const listing = listingFor(key)
    this.archives.push({ asset, listing, byFileName: !UPSTREAM.test(primary) })
    for (const f of listing?.files ?? []) this.assets.push({ key: baseName(f), assetPath: f, from: asset })
  }

  /** FindMatches: regex over AssetPath; result keyed by Key, the later entry wins. Never fails. */
  findMatches(re: RegExp): Map<string, StoredAsset> {
    const out = new Map<string, StoredAsset>()
    for (const a of this.assets) if (re.test(a.assetPath)) out.set(a.key, a)
    return out
  }

  /** FindMatch: exactly one distinct Key, else kOps's error. */
  findMatch(re: RegExp, goSource: string): StoredAsset {
    const m = this.findMatches(re)
    if (m.size === 0) throw new LookupError(`found no matching assets for expr: ${goQuote(goSource)}`, [])
    if (m.size > 1) throw new LookupError(`found multiple matching assets for expr: ${goQuote(goSource)}`, [...m.values()])
    return [...m.values()][0]
  }

  /** Find(key, ""): exact Key match over raw entries; none gives null, several an error. */
  find(key: string): StoredAsset | null {
    const m = this.assets.filter((a) => a.key === key)
    if (m.length === 0) return null
    if (m.length > 1) throw new LookupError(`found multiple matching assets for key: ${goQuote(key)}`, m)
    return m[0]
  }
}

/** A failed lookup, carrying the entries involved so a finding can point at the spec value behind them. */
export class LookupError extends KopsError {
  constructor(
    message: string,
    readonly entries: StoredAsset[],
  ) {
    super(message)
  }
}

/** Go's path.Base: trailing slashes are dropped before taking the last element. */
export function baseName(url: string): string {
  const p = url.replace(/\/+$/, '')
  if (p === '') return url === '' ? '.' : '/'
  const i = p.lastIndexOf('/')
  return i === -1 ? p : p.slice(i + 1)
}

/** Go's %q for the plain ASCII strings kOps quotes. */
export function goQuote(s: string): string {
  return JSON.stringify(s)
}
