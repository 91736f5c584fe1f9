// nodeup-fails: simulated nodeup of the pinned kOps release would exit with an error on an instance group.
import { defineRule, igArches, placeOf } from './rule.js'
import type { ArchResult } from '../simulate/types.js'

/** Specific advice for the failures users meet most, keyed by the error kOps prints. */
export function adviceFor(result: ArchResult, arch: string, containerdVersion: string | null): string {
  const err = result.nodeup.error ?? ''
  const v = containerdVersion ?? '<version>'
  if (err.includes('found multiple matching assets for key: "crictl"'))
    return `Use the containerd release tarball containerd-${v}-linux-${arch}.tar.gz instead of the cri-containerd bundle, drop spec.containerd.packages, or go to kOps 1.30 or later, where nodeup only warns.`
  if (err.includes('unable to find any containerd binaries in assets'))
    return `Point spec.containerd.packages at a containerd-<version>-linux-${arch}.tar.gz release tarball (bin/ layout), or drop it to use kOps's default.`
  if (err.includes('error finding runc asset')) return 'Set spec.containerd.runc.version (or runc.packages with a URL ending in runc.<arch>) so nodeup gets exactly one runc.'
  if (err.includes('unsupported distro')) return "Move the instance group to an image of an OS this kOps release's nodeup supports (kOps's distros support matrix: https://kops.sigs.k8s.io/operations/images/)."
  if (err.includes('found multiple matching assets')) return 'Remove the extra archive or package that ships a file with the same name as a kOps asset.'
  return 'Change the spec value named here or pin a kOps release that accepts it.'
}

export default defineRule({
  id: 'nodeup-fails',
  defaultSeverity: 'error',
  summary: 'nodeup of this kOps release would exit with an error on an instance group, so new nodes never join.',
  remediation: 'Change the spec value the finding points at, or pin a kOps release whose nodeup accepts it.',
  messages: {
    fails: 'nodeup of kOps {kops} would fail on instance group "{ig}" ({arch}) and retry every 30s, installing nothing. nodeup: {error}. {advice}',
  },
  scope: 'side',
  check({ side }, report) {
    for (const c of side.clusters) {
      const clusterName = c.group.cluster?.name?.value ?? null
      for (const { ig, results } of c.igs) {
        if (ig.role === 'Bastion') continue
        for (const arch of igArches(ig)) {
          const r = results[arch]
          if (!r || r.nodeup.outcome !== 'fail' || !r.nodeup.error || r.uncertain) continue
          const containerd = r.archives.find((a) => a.family === 'cri-containerd-cni' || a.family === 'cri-containerd')?.version ?? null
          report({
            messageId: 'fails',
            data: { kops: c.kops.version ?? '', ig: ig.name?.value ?? '', arch, error: r.nodeup.error, advice: adviceFor(r, arch, containerd) },
            place: placeOf(r.failureOrigin, side, c.group, c.kops),
            cluster: clusterName,
            instanceGroup: ig.name?.value ?? null,
            arch,
            kopsVersion: c.kops.version,
            subject: r.failedIn ?? 'nodeup',
          })
        }
      }
    }
  },
})
