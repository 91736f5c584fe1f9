// Which kOps pin applies to which cluster, as the tools that read the pins scope them:
// - asdf and mise read the nearest `.tool-versions` / `mise.toml` up the directory tree from where kops runs, and
//   aqua the nearest `aqua.yaml`; a state store's `kops-version.txt` belongs to the cluster directory it sits in;
//   a Makefile outside the root binds the directory `make` runs in. These are directory pins.
// - A `.mk` file named after a cluster (`prod.mk` included as `include clusters/$(CLUSTER).mk`) binds that cluster.
// - Workflows, Dockerfiles and root Makefiles install or pin one kOps for the whole repository.
// A cluster gets its own binding first, then the nearest directory pin of its Cluster file, then the repository pins.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Scalar } from 'yaml'
import { resolveVersion } from '../releases/catalog.js'
import type { KopsResolution } from '../rules/rule.js'
import { linePosOf } from './position.js'
import { makePin } from './normalise.js'
import type { Pin } from './types.js'

export type PinScope =
  | { kind: 'directory'; dir: string }
  | { kind: 'cluster'; stem: string }
  | { kind: 'repository' }

function dirOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i === -1 ? '' : path.slice(0, i)
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** The directory a tool-config file configures: `x/.mise/config.toml`, `x/.config/mise/conf.d/a.toml`, `x/aqua/aqua.yaml` → `x`. */
function configuredDir(path: string): string {
  const dir = dirOf(path)
  const m = /^(.*?)(?:^|\/)(?:\.?mise|\.config\/mise(?:\/conf\.d)?|\.?aqua|\.config)$/.exec(dir)
  return m ? m[1] : dir
}

export function scopeOf(pin: Pin): PinScope {
  switch (pin.source) {
    case 'tool-versions':
    case 'mise-toml':
    case 'aqua-yaml':
      return { kind: 'directory', dir: configuredDir(pin.file) }
    case 'kops-version-txt':
      return { kind: 'directory', dir: dirOf(pin.file) }
    case 'makefile': {
      if (/\.mk$/.test(pin.file)) return { kind: 'cluster', stem: baseName(pin.file).replace(/\.mk$/, '') }
      const dir = dirOf(pin.file)
      return dir === '' ? { kind: 'repository' } : { kind: 'directory', dir }
    }
    default:
      return { kind: 'repository' }
  }
}

/** Whether `dir` is `file`'s directory or one of its ancestors. */
function contains(dir: string, file: string): boolean {
  return dir === '' || file === dir || file.startsWith(`${dir}/`)
}

/** The cluster a target file lives for: its name, first label, file stem and directory name, to match `<stem>.mk`. */
export interface ClusterRef {
  name: string | null
  /** The Cluster document's file (or, without one, the first instance group's). */
  file: string
}

function namesOf(c: ClusterRef): string[] {
  const out = new Set<string>()
  if (c.name) {
    out.add(c.name)
    out.add(c.name.split('.')[0])
  }
  out.add(baseName(c.file).replace(/\.(?:ya?ml|json)$/i, '').replace(/\.(?:tmpl|tpl|template)$/i, ''))
  const dir = baseName(dirOf(c.file))
  if (dir) out.add(dir)
  return [...out]
}

export function resolutionOf(pin: Pin | null, override: string | null | undefined, basis: string | null = null): KopsResolution {
  if (override) return { ...resolveVersion(override), source: 'input', pin: null }
  if (!pin) return { version: null, release: null, status: 'missing', source: 'none', pin: null }
  return { ...resolveVersion(pin.raw), source: 'pin', pin: { value: pin.raw, file: pin.file, pos: pin.pos, path: pin.source }, ...(basis ? { basis } : {}) }
}

/**
 * A workflow that takes the kOps version from its matrix (`KOPS_VERSION: ${{ matrix.kops }}`) and lists one
 * `include:` row per cluster binds each cluster named in a row (by name, first label, file stem or directory) to that
 * row's version. The pin is the row's version value.
 */
export interface MatrixBinding {
  pin: Pin
  /** The other literal values of the row: one of them names the cluster. */
  names: string[]
}

export function matrixBindings(pins: readonly Pin[], files: ReadonlyArray<{ path: string; text: string }>): MatrixBinding[] {
  const out: MatrixBinding[] = []
  const byFile = new Map(files.map((f) => [f.path, f.text]))
  for (const file of new Set(pins.filter((p) => p.source === 'github-workflow' && p.version === null).map((p) => p.file))) {
    const keys = new Set(pins.filter((p) => p.file === file && p.version === null).flatMap((p) => [.../\$\{\{\s*matrix\.([\w-]+)\s*\}\}/.exec(p.raw) ?? []].slice(1)))
    const text = byFile.get(file)
    if (!keys.size || text === undefined) continue
    const doc = parseDocument(text, { lineCounter: new LineCounter() })
    if (doc.errors.length) continue
    const posOf = linePosOf(text)
    const visit = (node: unknown, depth: number): void => {
      if (depth > 50) return
      if (isMap(node)) {
        for (const pair of node.items) {
          if (isScalar(pair.key) && pair.key.value === 'matrix' && isMap(pair.value)) {
            const include = pair.value.items.find((i) => isScalar(i.key) && i.key.value === 'include')?.value
            if (isSeq(include))
              for (const row of include.items) {
                if (!isMap(row)) continue
                const cells: { key: string; value: Scalar }[] = []
                for (const c of row.items) if (isScalar(c.key) && isScalar(c.value)) cells.push({ key: String(c.key.value), value: c.value })
                const version = cells.find((c) => keys.has(c.key))
                if (!version?.value.range) continue
                const [start, end] = version.value.range
                const quoted = version.value.type === 'QUOTE_DOUBLE' || version.value.type === 'QUOTE_SINGLE'
                const pin = makePin('github-workflow', file, text, posOf, quoted ? start + 1 : start, quoted ? end - 1 : end)
                out.push({ pin, names: cells.filter((c) => c !== version).map((c) => String(c.value.value)) })
              }
          }
          visit(pair.value, depth + 1)
        }
      } else if (isSeq(node)) for (const i of node.items) visit(i, depth + 1)
    }
    visit(doc.contents, 0)
  }
  return out
}

export interface PinChoice {
  pin: Pin | null
  /** Why this pin applies, for messages: "the nearest .tool-versions (clusters/prod)". */
  basis: string | null
}

/** The pin that applies to a cluster, and why. Pins without a version (variables, ranges) never apply. */
export function choosePin(pins: readonly Pin[], cluster: ClusterRef, matrix: readonly MatrixBinding[] = []): PinChoice {
  const usable = pins.filter((p) => p.version !== null)
  const names = namesOf(cluster)
  const row = matrix.find((b) => b.pin.version !== null && b.names.some((n) => names.includes(n)))
  if (row) return { pin: row.pin, basis: `the matrix row of ${row.pin.file} that names the cluster` }
  const bound = usable.find((p) => {
    const s = scopeOf(p)
    return s.kind === 'cluster' && names.includes(s.stem)
  })
  if (bound) return { pin: bound, basis: `${bound.file}, named after the cluster` }
  let best: Pin | null = null
  let bestDepth = -1
  for (const p of usable) {
    const s = scopeOf(p)
    if (s.kind !== 'directory' || !contains(s.dir, cluster.file)) continue
    const depth = s.dir === '' ? 0 : s.dir.split('/').length
    if (depth > bestDepth) {
      best = p
      bestDepth = depth
    }
  }
  if (best) return { pin: best, basis: `the nearest ${baseName(best.file)} above ${cluster.file}` }
  const repo = usable.find((p) => scopeOf(p).kind === 'repository')
  // A matrix that names other clusters but not this one: what applies here was assumed, and the basis says so.
  const assumed = matrix.length ? `; ${matrix[0].pin.file} sets the version per matrix row and no row names this cluster` : ''
  if (repo) return { pin: repo, basis: `a repository-wide pin${assumed}` }
  return { pin: null, basis: null }
}

/** The side's default (for reports and files outside any cluster): what applies at the repository root, else the first pin. */
export function defaultPin(pins: readonly Pin[]): Pin | null {
  const usable = pins.filter((p) => p.version !== null)
  return (
    usable.find((p) => {
      const s = scopeOf(p)
      return s.kind === 'directory' && s.dir === ''
    }) ??
    usable.find((p) => scopeOf(p).kind === 'repository') ??
    usable[0] ??
    null
  )
}

export interface PinConflict {
  pin: Pin
  /** `same-scope`: pins that apply to the same clusters disagree. `outranked`: a repository-wide pin that a directory
   * or cluster pin overrides for some clusters. `outranks`: a directory or cluster pin that overrides a repository-wide one. */
  kind: 'same-scope' | 'outranked' | 'outranks'
  /** The disagreeing pins. */
  others: Pin[]
  /** Where the directory or cluster pin applies (`clusters/prod/`, `cluster prod`), for outranked/outranks. */
  where: string | null
}

function scopeKey(s: PinScope): string {
  return s.kind === 'directory' ? `dir:${s.dir}` : s.kind === 'cluster' ? `cluster:${s.stem}` : 'repository'
}

function scopeLabel(s: PinScope): string {
  return s.kind === 'directory' ? (s.dir === '' ? 'the repository root' : `${s.dir}/`) : s.kind === 'cluster' ? `cluster ${s.stem}` : 'the repository'
}

/**
 * Disagreements that matter: pins of one scope that name different versions, and a repository-wide pin (which CI or
 * an image installs for every cluster) that a directory or cluster pin contradicts. Pins of sibling directories, or a
 * deeper directory pin under a shallower one, are how asdf and mise are meant to be used: no conflict. A `.mk` file
 * named after a cluster overriding the root Makefile's default is the same: no conflict with Makefile pins.
 */
export function pinConflicts(pins: readonly Pin[]): PinConflict[] {
  const usable = pins.filter((p) => p.version !== null)
  const byScope = new Map<string, Pin[]>()
  for (const p of usable) {
    const k = scopeKey(scopeOf(p))
    byScope.set(k, [...(byScope.get(k) ?? []), p])
  }
  const out: PinConflict[] = []
  const repo = byScope.get('repository') ?? []
  for (const p of usable) {
    const s = scopeOf(p)
    const same = (byScope.get(scopeKey(s)) ?? []).filter((o) => o.version !== p.version)
    if (same.length) out.push({ pin: p, kind: 'same-scope', others: same, where: null })
    if (s.kind === 'repository') {
      const below = usable.filter((o) => {
        const os = scopeOf(o)
        return os.kind !== 'repository' && o.version !== p.version && !(os.kind === 'cluster' && p.source === 'makefile')
      })
      if (below.length) out.push({ pin: p, kind: 'outranked', others: below, where: [...new Set(below.map((o) => scopeLabel(scopeOf(o))))].join(', ') })
    } else {
      const above = repo.filter((o) => o.version !== p.version && !(s.kind === 'cluster' && o.source === 'makefile'))
      if (above.length) out.push({ pin: p, kind: 'outranks', others: above, where: scopeLabel(s) })
    }
  }
  return out
}

/** The kOps version a cluster is simulated with: the command-line version, else the pin that applies to it. */
export function kopsForCluster(pins: readonly Pin[], cluster: ClusterRef, override: string | null | undefined, matrix: readonly MatrixBinding[] = []): KopsResolution {
  const choice = choosePin(pins, cluster, matrix)
  return resolutionOf(choice.pin, override, choice.basis)
}
