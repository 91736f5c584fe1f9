// Groups instance groups with their cluster: by the `kops.k8s.io/cluster` label, else by sharing the Cluster's file.
import type { RepoFile } from '../repo/side.js'
import { readCluster, readInstanceGroup, type ClusterModel, type InstanceGroupModel } from './model.js'
import { looksLikeKopsManifest, parseManifestFile, type ManifestProblem, type ParsedFile } from './parse.js'

export interface ClusterGroup {
  cluster: ClusterModel | null
  /** The file that holds the Cluster (or, without one, the first instance group's file). */
  file: string
  instanceGroups: InstanceGroupModel[]
  /** Files of the documents that make up the group. */
  files: string[]
}

export interface ManifestSet {
  groups: ClusterGroup[]
  problems: ManifestProblem[]
  parsed: ParsedFile[]
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

export function readManifests(files: RepoFile[]): ManifestSet {
  const parsed = files.filter((f) => looksLikeKopsManifest(f.text)).map((f) => parseManifestFile(f.path, f.text))
  const clusters: ClusterGroup[] = []
  const igs: InstanceGroupModel[] = []
  for (const p of parsed)
    for (const d of p.docs) {
      if (d.kind === 'Cluster') {
        const c = readCluster(d)
        clusters.push({ cluster: c, file: d.file, instanceGroups: [], files: [d.file] })
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
  const orphans = new Map<string, ClusterGroup>()
  for (const ig of igs) {
    const label = ig.clusterLabel?.value
    const file = ig.doc.file
    const byName = label ? (clustersByName.get(label) ?? []) : []
    const inFile = clustersByFile.get(file) ?? []
    // Several clusters of one name (e.g. a template and its rendered output): prefer the same file, then the same directory.
    const target =
      byName.find((c) => c.file === file) ??
      byName.find((c) => dirOf(c.file) === dirOf(file)) ??
      byName[0] ??
      (label || inFile.length !== 1 ? undefined : inFile[0])
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
  return { groups: [...clusters, ...orphans.values()], problems: parsed.flatMap((p) => p.problems), parsed }
}
