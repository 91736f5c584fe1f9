// assets-not-mirrored: with spec.assets.fileRepository set, the head's nodeup configs download files the base's did
// not. kOps reads an unknown file's hash from the file repository during `kops update cluster` (pkg/assets/builder.go
// findHash), so a missing file fails the update; a file whose hash kOps embeds passes the update and fails on the
// nodes instead.
import { isUnresolved } from '../manifests/templates.js'
import { hashIsCarried } from '../simulate/cloudup/hash-source.js'
import type { Arch } from '../types.js'
import { defineRule, igArches, pairedClusters } from './rule.js'

type Missing = { url: string; file: string; hashFromMirror: boolean; arches: Set<Arch>; igs: Map<string, Set<Arch>> }

function igList(igs: Map<string, Set<Arch>>): string {
  return [...igs.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([i, a]) => `"${i}" (${[...a].sort().join(', ')})`)
    .join(', ')
}

export default defineRule({
  id: 'assets-not-mirrored',
  defaultSeverity: 'warning',
  summary: 'spec.assets.fileRepository is set and the new side downloads files the old side did not: they must be copied to the file repository first.',
  remediation: "Run the new kOps release's `kops get assets --copy` before `kops update cluster`, so the file repository holds every file the message names.",
  source:
    'kubernetes/kops:pkg/assets/builder.go@v1.29.0 and @v1.36.0 (RemapFile onto fileRepository; findHash: a hash kOps carries — pkg/assets/assetdata from 1.30 — else downloaded from the file repository)',
  messages: {
    updateFails:
      "kops update cluster of kOps {kops} reads the hash of {file} from the file repository ({url}) and fails until the file is copied there: \"you might have not staged your files correctly, please execute 'kops get assets --copy'\". The base side did not use it; it is planned for {igs}.",
    nodesFail:
      'kOps {kops} knows the hash of {file}, so kops update cluster succeeds, but nodes of {igs} download it from {url} and nodeup retries until the file is copied there. The base side did not use it.',
  },
  scope: 'change',
  check({ base, head }, report) {
    if (!base) return
    for (const { name, base: bc, head: hc } of pairedClusters(base, head)) {
      const release = hc.kops.release
      if (!release) continue
      const repo = hc.group.cluster?.fileRepository
      if (!repo || isUnresolved(repo.value) || repo.value.includes('KPTPL')) continue
      const prefix = repo.value.replace(/\/+$/, '')
      const before = new Set<string>()
      for (const { results } of bc.igs) for (const r of Object.values(results)) for (const a of r?.assets ?? []) before.add(a.urls[0])
      const missing = new Map<string, Missing>()
      for (const { ig, results } of hc.igs) {
        if (ig.role === 'Bastion') continue
        const runs = igArches(ig)
        for (const [arch, r] of Object.entries(results) as [Arch, (typeof results)[Arch]][]) {
          for (const a of r?.assets ?? []) {
            const url = a.urls[0]
            if (!url.startsWith(prefix + '/') || before.has(url)) continue
            const hashFromMirror = !hashIsCarried(release, a)
            // kOps plans every arch, so a hash it must download is looked up for all; an embedded one matters where nodes run.
            if (!hashFromMirror && !runs.includes(arch)) continue
            const m = missing.get(url) ?? { url, file: url.slice(url.lastIndexOf('/') + 1), hashFromMirror, arches: new Set<Arch>(), igs: new Map<string, Set<Arch>>() }
            m.arches.add(arch)
            const igName = ig.name?.value ?? ''
            m.igs.set(igName, (m.igs.get(igName) ?? new Set<Arch>()).add(arch))
            missing.set(url, m)
          }
        }
      }
      for (const m of [...missing.values()].sort((a, b) => a.url.localeCompare(b.url))) {
        const arches = [...m.arches].sort()
        report({
          messageId: m.hashFromMirror ? 'updateFails' : 'nodesFail',
          data: { kops: hc.kops.version ?? '', file: m.file, url: m.url, igs: igList(m.igs) },
          place: { file: repo.file, pos: repo.pos },
          cluster: name,
          instanceGroup: null,
          arch: arches.length === 1 ? arches[0] : null,
          kopsVersion: hc.kops.version,
          subject: `mirror:${m.url}`,
        })
      }
    }
  },
})
