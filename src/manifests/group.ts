// Groups instance groups with their cluster: by the `kops.k8s.io/cluster` label, else by sharing the Cluster's file.
import type { RepoFile } from '../repo/side.js'
import { readCluster, readInstanceGroup, type ClusterModel, type InstanceGroupModel } from './model.js'
import { discoverInvocations } from '../templates/discover/index.js'
import { expandInvocations } from '../templates/expand.js'
import type { Located } from '../types.js'
import type { TemplateInvocation } from '../templates/invocation.js'
import { classifyContext, classifyFile, type FileClass } from './classify.js'
import { isUnresolved, resolvedOrNull } from './templates.js'
import { parseManifestFile, type ManifestProblem, type ParsedFile } from './parse.js'

export interface ClusterGroup {
  cluster: ClusterModel | null
  /** The file that holds the Cluster (or, without one, the first instance group's file). */
  file: string
  instanceGroups: InstanceGroupModel[]
  /** Files of the documents that make up the group. */
  files: string[]
  /**
   * Why the group is not simulated although it was read: a template's control flow decides its structure, so what
   * masking leaves would be checked as if it were the spec. Null when what was read can be simulated.
   */
  notEvaluable?: string | null
  /** The `kops toolbox template` invocation that rendered the Cluster (file = the template). */
  renderedBy?: Located<string> | null
}

export interface ManifestSet {
  groups: ClusterGroup[]
  problems: ManifestProblem[]
  parsed: ParsedFile[]
  /** The `kops toolbox template` invocations the side states literally (src/templates/discover). */
  invocations: TemplateInvocation[]
  /** Every file that mentions a kOps object, with what it was taken for (documentation is never parsed). */
  classified: { file: string; class: FileClass }[]
}

/** The metadata.name the Cluster's document writes, as written (ClusterModel.name is null for a templated one). */
function writtenName(c: ClusterModel): string | null {
  return c.doc.string(['metadata', 'name'])?.value ?? null
}

function templatedName(g: ClusterGroup | undefined): boolean {
  const name = g?.cluster ? writtenName(g.cluster) : null
  return name !== null && isUnresolved(name)
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i === -1 ? '' : path.slice(0, i)
}

function listAt<T>(index: Map<string, T[]>, key: string): T[] {
  let list = index.get(key)
  if (!list) index.set(key, (list = []))
  return list
}

/** The kOps documents of a side; `kopsVersion` is the release whose `kops toolbox template` renders the templates. */
export function readManifests(files: RepoFile[], kopsVersion: string | null = null): ManifestSet {
  const ctx = classifyContext(files)
  const classified = files.map((f) => ({ file: f.path, text: f.text, class: classifyFile(f.path, f.text, ctx) })).filter((c) => c.class.kind !== 'other')
  const invocations = discoverInvocations(files)
  const naming = (file: string) => invocations.filter((i) => i.templates.some((t) => t === file || file.startsWith(`${t}/`)) || i.snippets.some((t) => t === file || file.startsWith(`${t}/`)))
  const expansion = expandInvocations(files, invocations, kopsVersion)
  const parsed = [
    ...classified.filter((c) => c.class.kind !== 'documentation' && !expansion.consumed.has(c.file)).map((c) => parseManifestFile(c.file, c.text, c.class, naming(c.file))),
    ...expansion.parsed,
  ]
  const clusters: ClusterGroup[] = []
  const igs: InstanceGroupModel[] = []
  for (const p of parsed)
    for (const d of p.docs) {
      if (d.kind === 'Cluster') {
        const c = readCluster(d)
        clusters.push({ cluster: c, file: d.file, instanceGroups: [], files: [d.file], renderedBy: expansion.renderedBy.get(p) ?? null })
      } else igs.push(readInstanceGroup(d))
    }
  // Indexed once: matching each instance group against every cluster would be quadratic in a monorepo.
  const clustersByName = new Map<string, ClusterGroup[]>()
  const clustersByFile = new Map<string, ClusterGroup[]>()
  for (const c of clusters) {
    const name = c.cluster?.name?.value
    if (name !== undefined) listAt(clustersByName, name).push(c)
    listAt(clustersByFile, c.file).push(c)
  }
  const onlyClusterOf = (file: string): ClusterGroup | undefined => {
    const inFile = clustersByFile.get(file) ?? []
    return inFile.length === 1 ? inFile[0] : undefined
  }
  const orphans = new Map<string, ClusterGroup>()
  for (const ig of igs) {
    // A templated label names no cluster: the group joins the Cluster of its file, as an unlabelled one does.
    const label = resolvedOrNull(ig.clusterLabel)?.value
    const file = ig.doc.file
    const byName = label ? (clustersByName.get(label) ?? []) : []
    // Several clusters of one name (e.g. a template and its rendered output): prefer the same file, then the same directory.
    // A templated cluster name (`{{ .clusterName }}`) cannot be matched: the only cluster of the file is the one.
    const target =
      byName.find((c) => c.file === file) ??
      byName.find((c) => dirOf(c.file) === dirOf(file)) ??
      byName[0] ??
      (label ? (templatedName(onlyClusterOf(file)) ? onlyClusterOf(file) : undefined) : onlyClusterOf(file))
    if (target) {
      target.instanceGroups.push(ig)
      if (!target.files.includes(file)) target.files.push(file)
      continue
    }
    const key = label ? `label:${label}` : `file:${file}`
    let g = orphans.get(key)
    if (!g) {
      g = { cluster: null, file, instanceGroups: [], files: [] }
      orphans.set(key, g)
    }
    g.instanceGroups.push(ig)
    if (!g.files.includes(file)) g.files.push(file)
  }
  const groups = [...clusters, ...orphans.values()]
  const structure = new Map(parsed.filter((p) => p.structureLine !== null).map((p) => [p.file, p.structureLine as number]))
  for (const g of groups) {
    const f = g.files.find((x) => structure.has(x))
    if (f) g.notEvaluable = `its template decides the document's structure (${f}:${structure.get(f)}), and it was not rendered`
  }
  return {
    groups,
    problems: [...parsed.flatMap((p) => p.problems), ...expansion.problems, ...groups.flatMap(incompleteness)],
    parsed,
    invocations,
    classified: classified.map((c) => ({ file: c.file, class: c.class })),
  }
}

/**
 * What a fragment lacks for kOps to take it as it is: a Cluster without metadata.name, instance groups without a
 * name or without the `kops.k8s.io/cluster` label (kOps's `create -f` and `replace -f` require it,
 * kubernetes/kops:cmd/kops/create.go@v1.26.0-alpha.1..v1.37.0-alpha.1), or instance groups with no Cluster document.
 * Fragments are still checked; something outside the repository (a script, kops create ig) completes them.
 */
function incompleteness(g: ClusterGroup): ManifestProblem[] {
  const missing: string[] = []
  const at = g.cluster ? { file: g.cluster.doc.file, pos: g.cluster.doc.at } : { file: g.instanceGroups[0].doc.file, pos: g.instanceGroups[0].doc.at }
  // A templated name is written (the template's warning covers it); only a name that is absent or null is missing.
  if (g.cluster && writtenName(g.cluster) === null) missing.push('the Cluster has no metadata.name')
  const unnamed = g.instanceGroups.filter((ig) => !ig.name).length
  if (unnamed) missing.push(`${unnamed === 1 ? 'an instance group has' : `${unnamed} instance groups have`} no metadata.name`)
  const unlabelled = g.instanceGroups.filter((ig) => !ig.clusterLabel).map((ig) => ig.name?.value ?? '(unnamed)')
  if (unlabelled.length)
    missing.push(`instance group${unlabelled.length === 1 ? '' : 's'} ${unlabelled.map((n) => `"${n}"`).join(', ')} ${unlabelled.length === 1 ? 'has' : 'have'} no kops.k8s.io/cluster label, which kops create -f and kops replace -f require ("must specify \"kops.k8s.io/cluster\" label with cluster name to create instanceGroup")`)
  if (!g.cluster) {
    const label = g.instanceGroups.find((ig) => ig.clusterLabel)?.clusterLabel?.value
    missing.push(
      !label
        ? 'there is no Cluster document beside these instance groups, so they were not simulated'
        : isUnresolved(label)
          ? 'their kops.k8s.io/cluster label is a template expression and no Cluster of their file could be read, so they were not simulated'
          : `there is no Cluster document named "${label}" in the repository, so these instance groups were not simulated`,
    )
  }
  if (missing.length === 0) return []
  return [{ ruleId: 'manifest-incomplete', messageId: g.cluster ? 'fragment' : 'noCluster', file: at.file, pos: at.pos, data: { missing: missing.join('; ') } }]
}
