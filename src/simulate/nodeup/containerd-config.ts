// Mirrors how kubernetes/kops nodeup writes /etc/containerd/config.toml (nodeup/pkg/model/containerd.go
// buildConfigFile / buildContainerdConfig / applyConfigAdditions) and the merged containerd settings it reads
// (pkg/apis/nodeup/config.go buildContainerdConfig: the instance group's spec.containerd JSON-merged over the
// cluster's, after kOps defaulted the cluster's version):
//   configOverride set (cluster or group) → written as it is, configAdditions never applied (every tag);
//   v1.36.0-alpha.1 …: `version = 3` when the merged containerd version is ≥ 2.0.0 (blang ParseTolerant; empty →
//     version 2; unparseable → nodeup error), else `version = 2`; before 1.36.0-alpha.1 always `version = 2`;
//   configAdditions keys are split as CSV records with `.` as the separator (so `"io.containerd.grpc.v1.cri"`
//     stays one segment) and set verbatim, whatever the schema.
import type { ClusterModel, InstanceGroupModel } from '../../manifests/model.js'
import type { KopsDocument } from '../../manifests/parse.js'
import { CRI_V3_KEY_MOVES } from '../../releases/data/containerd-config.js'
import { inTagRanges, type TagRanges } from '../../releases/version.js'
import type { Located } from '../../types.js'
import type { ContainerdDefaults } from '../components/containerd.js'
import { goSemverParseTolerant } from '../go/semver.js'
import semver from 'semver'

const SCHEMA_FROM_VERSION: TagRanges = [['1.36.0-alpha.1']]
const CRI_V2_PLUGIN = 'io.containerd.grpc.v1.cri'

/** The containerd version nodeup reads for this group, and where it came from (null: kOps's default). */
export function mergedContainerdVersion(defaults: ContainerdDefaults, ig: InstanceGroupModel): { version: string | null; origin: Located<unknown> | null } {
  if (ig.containerd.version) return { version: ig.containerd.version.value, origin: ig.containerd.version }
  return { version: defaults.version, origin: defaults.versionOrigin }
}

/** The `version` nodeup writes into config.toml; null when configOverride replaces the file or the version does not parse. */
export function configSchemaVersion(release: string, cluster: ClusterModel, ig: InstanceGroupModel, containerdVersion: string | null): 2 | 3 | null {
  if (configOverride(cluster.doc) || configOverride(ig.doc)) return null
  if (!inTagRanges(release, SCHEMA_FROM_VERSION) || !containerdVersion) return 2
  const parsed = goSemverParseTolerant(containerdVersion)
  if (!parsed.ok) return null
  return semver.gte(parsed.version, '2.0.0') ? 3 : 2
}

function configOverride(doc: KopsDocument): Located<string> | null {
  return doc.string(['spec', 'containerd', 'configOverride'])
}

/** One configAdditions entry: its key (with position) and the path nodeup sets. */
export interface ConfigAddition {
  key: Located<string>
  path: string[]
}

/** encoding/csv with Comma '.': quoted fields may hold dots; null where Go's reader would fail (kOps errors then). */
export function splitAdditionKey(key: string): string[] | null {
  const out: string[] = []
  let i = 0
  for (;;) {
    let field = ''
    if (key[i] === '"') {
      i++
      for (;;) {
        if (i >= key.length) return null
        if (key[i] === '"') {
          if (key[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        field += key[i++]
      }
      if (i < key.length && key[i] !== '.') return null
    } else {
      const end = key.indexOf('.', i)
      field = key.slice(i, end === -1 ? key.length : end)
      if (field.includes('"')) return null
      i = end === -1 ? key.length : end
    }
    out.push(field)
    if (i >= key.length) return out
    i++
  }
}

/** The configAdditions entries of one document (Cluster or InstanceGroup). */
export function configAdditions(doc: KopsDocument): ConfigAddition[] {
  const base = ['spec', 'containerd', 'configAdditions']
  const out: ConfigAddition[] = []
  for (const k of doc.keys(base)) {
    const at = doc.keyAt([...base, k])
    const path = splitAdditionKey(k)
    if (at && path) out.push({ key: at, path })
  }
  return out
}

/** Where containerd 2.x expects a key nodeup wrote under the v2 CRI plugin; null when it is not such a key or stays valid. */
export function v3KeyFor(path: string[]): string[] | null {
  if (path.length < 3 || path[0] !== 'plugins' || path[1] !== CRI_V2_PLUGIN) return null
  const rest = path.slice(2)
  for (const move of CRI_V3_KEY_MOVES) {
    if (move.from.length > rest.length || !move.from.every((s, i) => s === '*' || s === rest[i])) continue
    if (move.to === null) return null
    const wild = move.from.map((s, i) => (s === '*' ? rest[i] : null)).filter((s): s is string => s !== null)
    let w = 0
    return [...move.to.map((s) => (s === '*' ? wild[w++] : s)), ...rest.slice(move.from.length)]
  }
  return null
}

/** A path as a configAdditions key: segments holding a dot are quoted. */
export function renderKey(path: string[]): string {
  return path.map((s) => (s.includes('.') || s.includes('"') ? `"${s.replaceAll('"', '""')}"` : s)).join('.')
}
