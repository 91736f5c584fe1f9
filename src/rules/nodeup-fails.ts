// nodeup-fails: simulated nodeup of the pinned kOps release would exit with an error on an instance group.
import type { ClusterModel } from '../manifests/model.js'
import type { ArchResult } from '../simulate/types.js'
import type { Arch } from '../types.js'
import { causeOf, replaceBundle } from './advice/containerd.js'
import { defineRule, igArches, placeOf } from './rule.js'

/** Specific advice for the failures users meet most, keyed by the error kOps prints and by what brought the asset in. */
export function adviceFor(result: ArchResult, arch: Arch, ctx: { release: string; cluster: ClusterModel | null; k8sVersion: string | null }): string {
  const err = result.nodeup.error ?? ''
  const bundle = result.archives.find((a) => a.family === 'cri-containerd-cni' || a.family === 'cri-containerd')
  const containerd = bundle ?? result.archives.find((a) => a.family === 'containerd') ?? null
  const input = (a: NonNullable<typeof containerd>) =>
    ctx.cluster && ctx.k8sVersion ? { release: ctx.release, cluster: ctx.cluster, k8sVersion: ctx.k8sVersion, arch, origin: a.origin, file: a.url.slice(a.url.lastIndexOf('/') + 1), version: a.version } : null
  if (err.includes('found multiple matching assets for key: "crictl"')) {
    const i = bundle ? input(bundle) : null
    if (i) return `The crictl inside the bundle clashes with the one kOps installs. ${replaceBundle(i, 'or go to kOps 1.30.0 or later, where nodeup only warns')}`
    return 'Use the containerd release tarball containerd-<version>-linux-<arch>.tar.gz instead of the cri-containerd bundle, or go to kOps 1.30.0 or later, where nodeup only warns.'
  }
  if (err.includes('unable to find any containerd binaries in assets')) {
    const i = containerd ? input(containerd) : null
    if (i && causeOf(i.origin) === 'packages') return `nodeup looks for bin/containerd in the archive. ${replaceBundle(i)}`
    return `Point spec.containerd.packages at a containerd-<version>-linux-${arch}.tar.gz release tarball (bin/ layout), or remove it to use kOps's default.`
  }
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
  step: 'nodeup',
  check({ side }, report) {
    for (const c of side.clusters) {
      const clusterName = c.group.cluster?.name?.value ?? null
      for (const { ig, results } of c.igs) {
        if (ig.role === 'Bastion') continue
        for (const arch of igArches(ig)) {
          const r = results[arch]
          if (!r || r.nodeup.outcome !== 'fail' || !r.nodeup.error || r.uncertain) continue
          const advice = adviceFor(r, arch, { release: c.kops.release ?? '', cluster: c.group.cluster, k8sVersion: c.k8sVersion })
          report({
            messageId: 'fails',
            data: { kops: c.kops.version ?? '', ig: ig.name?.value ?? '', arch, error: r.nodeup.error, advice },
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
