// containerd-config-ignored: configAdditions keys on the version 2 CRI plugin that nodeup copies into the version 3
// config it writes for containerd ≥ 2.0 (kOps ≥ 1.36), where containerd does not read them: containerd 2.0–2.2 never
// migrates a version 3 file; containerd ≥ 2.3 migrates it but keeps kOps's own runtime settings over the v2 keys.
import { containerdDefaults } from '../simulate/components/containerd.js'
import { configAdditions, configSchemaVersion, mergedContainerdVersion, renderKey, v2KeyIgnored, v3KeyFor, type ConfigAddition } from '../simulate/nodeup/containerd-config.js'
import { defineRule } from './rule.js'

type Outcome = 'unmigrated' | 'shadowed'
const MESSAGE: Record<Outcome, string> = { unmigrated: 'ignored', shadowed: 'shadowed' }

export default defineRule({
  id: 'containerd-config-ignored',
  defaultSeverity: 'warning',
  summary: 'A containerd configAdditions key on the version 2 CRI plugin that the version 3 config kOps 1.36+ writes for containerd 2 silently drops.',
  remediation: 'Rename the key to its containerd 2 location (the message names it), or keep containerd below 2.0 for these instance groups.',
  source:
    'kubernetes/kops:nodeup/pkg/model/containerd.go@v1.36.0 (buildContainerdConfig, applyConfigAdditions); containerd/containerd:plugins/cri/runtime/plugin.go, plugins/cri/images/plugin.go (configMigration, only below version.ConfigVersion: 3 in 2.0–2.2, 4 from 2.3)',
  messages: {
    ignored:
      'nodeup of kOps {kops} writes a version 3 containerd config for containerd {containerd} on {igs} and copies {key} into it as it is; containerd migrates only files older than version 3, so this setting is ignored (containerd logs a warning). In version 3 it is {v3Key}.',
    shadowed:
      'nodeup of kOps {kops} writes a version 3 containerd config for containerd {containerd} on {igs} and copies {key} into it as it is; containerd {containerd} migrates version 3 files but copies a v2 key only where the new section lacks it, and kOps already writes the runtimes there, so this setting is dropped. Set it as {v3Key}.',
  },
  scope: 'side',
  check({ side }, report) {
    for (const c of side.clusters) {
      const release = c.kops.release
      const cluster = c.group.cluster
      if (!release || !cluster || !c.k8sVersion) continue
      let defaults
      try {
        defaults = containerdDefaults(release, cluster, c.k8sVersion)
      } catch {
        continue
      }
      const emit = (a: ConfigAddition, outcome: Outcome, versions: string[], igs: string[], instanceGroup: string | null) =>
        report({
          messageId: MESSAGE[outcome],
          data: { kops: c.kops.version ?? '', containerd: [...new Set(versions)].sort().join(', '), igs: igs.join(', '), key: a.key.value, v3Key: renderKey(v3KeyFor(a.path)!) },
          place: { file: a.key.file, pos: a.key.pos },
          cluster: cluster.name?.value ?? null,
          instanceGroup,
          arch: null,
          kopsVersion: c.kops.version,
          subject: outcome === 'unmigrated' ? `configAdditions:${a.key.value}` : `configAdditions:${a.key.value}:shadowed`,
        })
      const clusterKeys = configAdditions(cluster.doc)
      // Cluster keys, per outcome: the groups they reach and those groups' containerd versions.
      const byClusterKey = new Map<string, { a: ConfigAddition; outcome: Outcome; igs: string[]; versions: string[] }>()
      for (const { ig } of c.igs) {
        if (ig.role === 'Bastion') continue
        const { version } = mergedContainerdVersion(defaults, ig)
        if (!version || configSchemaVersion(release, cluster, ig, version) !== 3) continue
        const name = ig.name?.value ?? ''
        const own = configAdditions(ig.doc)
        for (const a of own) {
          const outcome = v2KeyIgnored(a.path, version)
          if (outcome) emit(a, outcome, [version], [`"${name}"`], name)
        }
        // A cluster key the group sets itself is reported at the group's key.
        for (const a of clusterKeys) {
          const outcome = v2KeyIgnored(a.path, version)
          if (!outcome || own.some((o) => o.key.value === a.key.value)) continue
          const id = `${a.key.value}\u0000${outcome}`
          const e = byClusterKey.get(id) ?? { a, outcome, igs: [], versions: [] }
          e.igs.push(`"${name}"`)
          e.versions.push(version)
          byClusterKey.set(id, e)
        }
      }
      for (const e of byClusterKey.values()) emit(e.a, e.outcome, e.versions, e.igs, null)
    }
  },
})
