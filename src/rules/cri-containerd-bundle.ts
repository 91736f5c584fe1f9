// cri-containerd-bundle: a cri-containerd(-cni) bundle is installed; deprecated since containerd 1.6 and never published for 2.x.
import { newestTag } from '../releases/catalog.js'
import { replaceBundle } from './advice/containerd.js'
import { defineRule, igArches, placeOf } from './rule.js'

// kubernetes/kops main after v1.37.0-alpha.1 (73a89248c1, merged as 889251632e): ContainerdBuilder keeps only ^bin/(containerd|ctr).
const UPCOMING_ERROR = 'error building loader: building *model.ContainerdBuilder: unable to find any containerd binaries in assets'

export default defineRule({
  id: 'cri-containerd-bundle',
  defaultSeverity: 'warning',
  summary: 'A cri-containerd / cri-containerd-cni bundle is used: deprecated upstream and not published for containerd 2.x.',
  remediation: 'Use the containerd-<version>-linux-<arch>.tar.gz release tarball (set spec.containerd.version, or packages pointing at the release tarball).',
  messages: {
    bundle: '{file} is a {family} bundle (containerd {version}, {arch}): deprecated since containerd 1.6, not published for containerd 2.x, and its crictl clashes with the crictl kOps 1.29 installs. Upcoming: kOps main (unreleased, after {newest}) drops the bundle layout, and its nodeup fails with "{upcoming}". {advice}',
    unpublished: '{file} is a {family} bundle for containerd {version} ({arch}), which containerd never published: the download will fail. {advice}',
  },
  scope: 'side',
  step: 'nodeup',
  check({ side }, report) {
    for (const c of side.clusters) {
      const seen = new Set<string>()
      for (const { ig, results } of c.igs) {
        if (ig.role === 'Bastion') continue
        for (const arch of igArches(ig))
          for (const a of results[arch]?.archives ?? []) {
            if (a.family !== 'cri-containerd-cni' && a.family !== 'cri-containerd') continue
            const key = `${arch}`
            if (seen.has(key)) continue
            seen.add(key)
            const file = a.url.slice(a.url.lastIndexOf('/') + 1)
            const advice =
              c.group.cluster && c.k8sVersion && c.kops.release
                ? replaceBundle({ release: c.kops.release, cluster: c.group.cluster, k8sVersion: c.k8sVersion, arch, origin: a.origin, file, version: a.version })
                : ''
            report({
              messageId: a.unpublished ? 'unpublished' : 'bundle',
              data: { file, family: a.family, version: a.version ?? '', arch, newest: newestTag(), upcoming: UPCOMING_ERROR, advice },
              place: placeOf(a.origin, side, c.group),
              cluster: c.group.cluster?.name?.value ?? null,
              instanceGroup: null,
              arch: arch as 'amd64' | 'arm64',
              kopsVersion: null,
              subject: `containerd-package:${arch}`,
            })
          }
      }
    }
  },
})
