// The sha256 kOps itself knows for a file, by canonical URL (data/hashes.ts): the tables embedded from
// kubernetes/kops:pkg/assets/assetdata (1.30 …), nerdctl 1.7.4, the staging auth-provider-gcp build, and the containerd,
// Docker and runc tables of upup/pkg/fi/cloudup (1.26 … 1.29). kOps looks a hash up by the canonical URL, before
// spec.assets.fileRepository remaps it, and writes that hash for the remapped URL; a file's hash holds for every
// release. Anything else is null: kOps would download `<url>.sha256`, which this offline replay cannot.
import { KNOWN_HASHES } from './data/hashes.js'

/** Directory URL → (file name → sha256 as base64url), each directory's pairs split on first use only. */
const directories = new Map<string, Map<string, string> | null>()

function filesIn(dirUrl: string): Map<string, string> | null {
  let files = directories.get(dirUrl)
  if (files !== undefined) return files
  files = null
  for (const [base, dirs] of Object.entries(KNOWN_HASHES)) {
    if (!dirUrl.startsWith(base)) continue
    const pairs = dirs[dirUrl.slice(base.length)]
    if (pairs === undefined) continue
    files ??= new Map()
    // `name=<hash>` pairs; names hold neither spaces nor `=` (the generator checks).
    for (const pair of pairs.split(' ')) {
      const eq = pair.indexOf('=')
      files.set(pair.slice(0, eq), pair.slice(eq + 1))
    }
  }
  directories.set(dirUrl, files)
  return files
}

/** The lowercase hex sha256 kOps carries for this canonical URL, or null when kOps's source does not hold one. */
export function knownHash(canonicalUrl: string): string | null {
  const slash = canonicalUrl.lastIndexOf('/') + 1
  const b64 = filesIn(canonicalUrl.slice(0, slash))?.get(canonicalUrl.slice(slash))
  return b64 === undefined ? null : Buffer.from(b64, 'base64url').toString('hex')
}

function buildIndex(): Map<string, string> {
  const out = new Map<string, string>()
  for (const [base, dirs] of Object.entries(KNOWN_HASHES))
    for (const [dir, files] of Object.entries(dirs))
      for (const pair of files.split(' ')) {
        const eq = pair.indexOf('=')
        out.set(base + dir + pair.slice(0, eq), pair.slice(eq + 1))
      }
  return out
}

/** Every URL with a known hash (for checks over the whole table). */
export function knownHashUrls(): string[] {
  return [...buildIndex().keys()]
}
