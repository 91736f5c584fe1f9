// Mirrors kubernetes/kops:pkg/assets/builder.go (RemapFile: spec.assets.fileRepository) and the mirror lists of
// util/pkg/mirrors (v1.26 … v1.28.0-alpha) / pkg/assets/mirrors.go (v1.28.0-beta.1 …), which append fallback URLs.
import { MIRROR_RULES } from '../../releases/data/mirrors.js'
import { rowFor } from '../../releases/rows.js'
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import type { ClusterModel } from '../../manifests/model.js'

// The remap is skipped when the file repository's host equals the asset's host (commit 9f383f93cc).
const SAME_HOST_SKIPPED: TagRanges = [['1.29.0-alpha.3']]

export interface AssetBuilder {
  /** Canonical URL → the URLs kOps writes (primary first, then mirrors). */
  urls(canonical: string): string[]
  /** kOps's error when it cannot find a hash for an asset (findHash): no such file upstream or in the file repository. */
  hashNotFound(canonical: string): string
}

/** Versions as kOps writes them into release URLs; anything else (a `v` prefix, `1.7`) names a file that does not exist. */
export function isPlainVersion(v: string): boolean {
  return /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(v)
}

export function assetBuilder(release: string, kopsVersion: string, cluster: ClusterModel): AssetBuilder {
  const repo = cluster.fileRepository?.value ?? null
  const mirrors = rowFor(MIRROR_RULES, release, 'mirror rules')
  return {
    urls(canonical) {
      const primary = repo ? remapFile(release, repo, canonical) : canonical
      // kOps adds fallbacks only for assets whose hash it knows; every asset matching a mirror prefix is a
      // well-known upstream file whose hash kOps finds (embedded or from <url>.sha256), so the rule always applies here.
      for (const rule of mirrors.rules) {
        const prefix = fill(rule.prefix, kopsVersion)
        if (!primary.startsWith(prefix)) continue
        let rest = primary.slice(prefix.length)
        if (rule.flattenRestFor) {
          rest = rest.replaceAll('/', '-')
          for (const name of rule.flattenRestFor) rest = rest.replace(new RegExp(`^linux-(amd64|arm64)-${name}$`), `${name}-linux-$1`)
        }
        return [primary, ...rule.fallbacks.map((f) => fill(f, kopsVersion) + rest)]
      }
      return [primary]
    },
    hashNotFound(canonical) {
      if (repo) return "you might have not staged your files correctly, please execute 'kops get assets --copy'"
      return `cannot determine hash for ${JSON.stringify(canonical)} (have you specified a valid file location?)`
    },
  }
}

function fill(template: string, kopsVersion: string): string {
  return template.replaceAll('{kopsVersion}', kopsVersion)
}

/** `fileRepository` with its path joined to the canonical URL's path; the canonical host and query are dropped. */
export function remapFile(release: string, fileRepository: string, canonical: string): string {
  let repo: URL
  let can: URL
  try {
    repo = new URL(fileRepository)
    can = new URL(canonical)
  } catch {
    return canonical
  }
  if (inTagRanges(release, SAME_HOST_SKIPPED) && repo.host === can.host) return canonical
  // path.Join(repo.Path, canonical.Path) on the repository URL: its user info and query stay, the canonical host goes.
  repo.pathname = ('/' + [repo.pathname, can.pathname].join('/')).replace(/\/+/g, '/').replace(/(.)\/$/, '$1')
  return repo.toString()
}
