// containerd-config-ignored: configAdditions keys on the version 2 CRI plugin that nodeup copies into the version 3
// config it writes for containerd ≥ 2.0 (kOps ≥ 1.36), where containerd no longer reads them.
import { containerdDefaults } from '../simulate/components/containerd.js'
import { configAdditions, configSchemaVersion, mergedContainerdVersion, renderKey, v3KeyFor } from '../simulate/nodeup/containerd-config.js'
import { defineRule } from './rule.js'

export default defineRule({
  id: 'containerd-config-ignored',
  defaultSeverity: 'warning',
  summary: 'A containerd configAdditions key on the version 2 CRI plugin that the version 3 config kOps 1.36+ writes for containerd 2 silently drops.',
  remediation: 'Rename the key to its containerd 2 location (the message names it), or keep containerd below 2.0 for these instance groups.',
  source:
    'kubernetes/kops:nodeup/pkg/model/containerd.go@v1.36.0 (buildContainerdConfig, applyConfigAdditions); containerd/containerd:plugins/cri/runtime/plugin.go, plugins/cri/images/plugin.go (configMigration only below version 3)',
  messages: {
    ignored:
      'nodeup of kOps {kops} writes a version 3 containerd config for containerd {containerd} on {igs} and copies {key} into it as it is; containerd migrates only files older than version 3, so this setting is ignored (containerd logs a warning). In version 3 it is {v3Key}.',
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
      const clusterKeys = configAdditions(cluster.doc).map((a) => ({ ...a, v3: v3KeyFor(a.path) })).filter((a) => a.v3 !== null)
      const byClusterKey = new Map<string, { igs: string[]; versions: Set<string> }>()
      for (const { ig } of c.igs) {
        if (ig.role === 'Bastion') continue
        const { version } = mergedContainerdVersion(defaults, ig)
        if (configSchemaVersion(release, cluster, ig, version) !== 3 || !version) continue
        const name = ig.name?.value ?? ''
        const own = configAdditions(ig.doc)
        for (const a of own) {
          const v3 = v3KeyFor(a.path)
          if (!v3) continue
          report({
            messageId: 'ignored',
            data: { kops: c.kops.version ?? '', containerd: version, igs: `"${name}"`, key: a.key.value, v3Key: renderKey(v3) },
            place: { file: a.key.file, pos: a.key.pos },
            cluster: cluster.name?.value ?? null,
            instanceGroup: name,
            arch: null,
            kopsVersion: c.kops.version,
            subject: `configAdditions:${a.key.value}`,
          })
        }
        // A cluster key the group sets itself is reported at the group's key.
        for (const a of clusterKeys) {
          if (own.some((o) => o.key.value === a.key.value)) continue
          const e = byClusterKey.get(a.key.value) ?? { igs: [], versions: new Set<string>() }
          e.igs.push(`"${name}"`)
          e.versions.add(version)
          byClusterKey.set(a.key.value, e)
        }
      }
      for (const a of clusterKeys) {
        const e = byClusterKey.get(a.key.value)
        if (!e) continue
        report({
          messageId: 'ignored',
          data: { kops: c.kops.version ?? '', containerd: [...e.versions].sort().join(', '), igs: e.igs.join(', '), key: a.key.value, v3Key: renderKey(a.v3!) },
          place: { file: a.key.file, pos: a.key.pos },
          cluster: cluster.name?.value ?? null,
          instanceGroup: null,
          arch: null,
          kopsVersion: c.kops.version,
          subject: `configAdditions:${a.key.value}`,
        })
      }
    }
  },
})
