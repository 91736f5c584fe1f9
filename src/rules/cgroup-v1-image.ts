// cgroup-v1-image: Kubernetes ≥ 1.35 on an instance group whose image boots cgroup v1 and that nodeup still accepts:
// kubelet refuses to start (failCgroupV1 defaults to true from 1.35; kOps writes no failCgroupV1).
import { k8sGte } from '../releases/version.js'
import { bootsCgroupV1, osName } from '../releases/images.js'
import { distributionVerdict, imageOs } from '../simulate/nodeup/distributions.js'
import { defineRule } from './rule.js'

/** kubelet's text (cmd/kubelet/app/server.go, Kubernetes 1.35) when failCgroupV1 is true on a cgroup v1 host. */
export const KUBELET_CGROUP_V1 = 'failed to validate kubelet configuration, error: kubelet is configured to not run on a host using cgroup v1. cgroup v1 support is unsupported and will be removed in a future release'

export default defineRule({
  id: 'cgroup-v1-image',
  defaultSeverity: 'error',
  summary: 'Kubernetes 1.35 or later on an instance group whose image boots cgroup v1: kubelet refuses to start, so its nodes never join.',
  remediation: 'Move the instance group to an image that boots cgroup v2 (e.g. Ubuntu 22.04 or later, Debian 12, Amazon Linux 2023, RHEL or Rocky 9), or keep Kubernetes below 1.35 until it is moved.',
  source:
    'kubernetes/kubernetes:pkg/kubelet/apis/config/v1beta1/defaults.go@v1.35.0 (FailCgroupV1 defaults to true); kubernetes/website:content/en/docs/concepts/architecture/cgroups.md (distributions on cgroup v2); kubernetes/kops:util/pkg/distributions/identify.go (OSes nodeup accepts)',
  messages: {
    cgroupV1:
      'Instance group "{ig}" runs {os} ({image}), which boots cgroup v1; kubelet {k8s} defaults failCgroupV1 to true and kOps {kops} sets no failCgroupV1, so kubelet exits with "{kubelet}" and the nodes never become Ready.',
  },
  scope: 'side',
  check({ side }, report) {
    for (const c of side.clusters) {
      const release = c.kops.release
      const cluster = c.group.cluster
      if (!release || !cluster || !c.k8sVersion || !k8sGte(c.k8sVersion, '1.35')) continue
      for (const { ig } of c.igs) {
        if (ig.role === 'Bastion' || !ig.image) continue
        const os = imageOs(cluster, ig)
        // An OS nodeup refuses is nodeup-fails; one it may or may not accept gives no verdict.
        if (!os || bootsCgroupV1(os) !== true || distributionVerdict(release, os) !== 'accepted') continue
        report({
          messageId: 'cgroupV1',
          data: { ig: ig.name?.value ?? '', os: osName(os), image: ig.image.value, k8s: c.k8sVersion, kops: c.kops.version ?? '', kubelet: KUBELET_CGROUP_V1 },
          place: { file: ig.image.file, pos: ig.image.pos },
          cluster: cluster.name?.value ?? null,
          instanceGroup: ig.name?.value ?? null,
          arch: null,
          kopsVersion: c.kops.version,
          subject: `cgroup-v1:${os.id}-${os.versionPrefix}`,
        })
      }
    }
  },
})
