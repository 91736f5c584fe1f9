// Mirrors kubernetes/kops:pkg/model/components/discovery.go (DiscoveryOptionsBuilder.BuildOptions): without
// kubeAPIServer.serviceAccountIssuer, a discovery store must be an S3 path, a GCS path (from 1.29.0-alpha.3) or a
// cluster-readable memfs path (tests only); from 1.35.0-beta.1 a discovery service needs its URL. ValidateCluster's
// validateServiceAccountIssuerDiscovery refuses these inputs first.
import { inTagRanges } from '../../releases/version.js'
import type { Located } from '../../types.js'
import type { ValidationContext } from '../validation/context.js'
import { has, keyOf, stringAt, unknown } from '../validation/spec-view.js'
import { componentText } from './context.js'

/** The Go type BuildVfsPath returns for a path, as %T prints it; null when it returns an error. */
function vfsType(p: string): string | null {
  if (!p.includes('://') || p.startsWith('file://')) return '*vfs.FSPath'
  const kinds: [string, string][] = [
    ['s3://', '*vfs.S3Path'],
    ['memfs://', '*vfs.MemFSPath'],
    ['gs://', '*vfs.GSPath'],
  ]
  const known = kinds.find(([prefix]) => p.startsWith(prefix))?.[1]
  if (known) return known
  // do://, linode://, hos://, scw:// (S3 paths needing S3_ENDPOINT), k8s://, swift://, azureblob://: decided by the
  // environment kOps runs in.
  return ['do://', 'linode://', 'hos://', 'scw://', 'k8s://', 'swift://', 'azureblob://'].some((x) => p.startsWith(x)) ? 'environment' : null
}

export function discoveryOptionsError(ctx: ValidationContext): { error: string; at: Located<unknown> } | null {
  const doc = ctx.cluster.doc
  const base = ['spec', 'serviceAccountIssuerDiscovery']
  if (has(doc, ['spec', 'kubeAPIServer', 'serviceAccountIssuer'])) return null
  const store = stringAt(doc, [...base, 'discoveryStore'])
  const t = (id: string) => componentText(ctx.release, id)
  if (store && store.value !== '') {
    if (unknown(store)) return null
    const type = vfsType(store.value)
    const q = JSON.stringify(store.value)
    if (type === 'environment') return null
    if (type === null) return { error: t('discovery.parse')!.replace('%q', q).replace('%w', `unknown / unhandled path type: ${q}`), at: store }
    if (type === '*vfs.S3Path' && store.value.startsWith('s3://')) return null
    if (type === '*vfs.GSPath' && inTagRanges(ctx.release, [['1.29.0-alpha.3']])) return null
    // memfs:// exists only in kOps's own tests, whose harness marks it cluster-readable (MarkClusterReadable), so it
    // passes there; `locationStore=%q is only supported in tests` (discovery.memfs) is what a kops binary would print.
    if (type === '*vfs.MemFSPath') return null
    return { error: t('discovery.type')!.replace('%q', q).replace('%T', type), at: store }
  }
  if (has(doc, [...base, 'discoveryService']) && t('discovery.serviceURL')) {
    const url = stringAt(doc, [...base, 'discoveryService', 'url'])
    if (!url || url.value === '') return { error: t('discovery.serviceURL')!, at: keyOf(doc, [...base, 'discoveryService'])! }
  }
  return null
}
