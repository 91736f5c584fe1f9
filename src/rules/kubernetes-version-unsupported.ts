// kubernetes-version-unsupported: spec.kubernetesVersion outside the window of the pinned kOps release
// (kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go validateKubernetesVersion).
import semver from 'semver'
import { KUBERNETES_WINDOW } from '../releases/data/kubernetes-window.js'
import { maybeRowFor } from '../releases/rows.js'
import { k8sCore } from '../releases/version.js'
import { defineRule } from './rule.js'

export default defineRule({
  id: 'kubernetes-version-unsupported',
  defaultSeverity: 'error',
  summary: "spec.kubernetesVersion is outside the kOps release's supported Kubernetes window.",
  remediation: 'Move spec.kubernetesVersion into the window of the pinned kOps release, or pin a kOps release that supports it.',
  messages: {
    tooNew: 'kOps {kops} refuses Kubernetes {k8s}: "This version of kubernetes is not yet supported; upgrading kops is required" (kops upgrade is required); kOps {kops} accepts Kubernetes below {limit}.',
    tooOld: 'kOps {kops} refuses Kubernetes {k8s}: "This version of Kubernetes is no longer supported; upgrading Kubernetes is required" (kubernetes upgrade is required); the oldest it accepts is {oldest}.',
    deprecated: 'kOps {kops} warns for Kubernetes {k8s}: "Kops support for this Kubernetes version is deprecated and will be removed in a future release." Upgrade to {recommended} or later.',
  },
  scope: 'side',
  check({ side }, report) {
    const kops = side.kops.version
    const release = side.kops.release
    if (!kops || !release) return
    const row = maybeRowFor(KUBERNETES_WINDOW, release)
    if (!row) return
    const limit = `${semver.major(release)}.${semver.minor(release) + 1}.0`
    for (const c of side.clusters) {
      const kv = c.group.cluster?.kubernetesVersion
      if (!kv || !c.k8sVersion) continue
      const v = k8sCore(c.k8sVersion)
      const base = { place: { file: kv.file, pos: kv.pos }, cluster: c.group.cluster?.name?.value ?? null, instanceGroup: null, arch: null, kopsVersion: kops }
      if (semver.gte(v, limit)) report({ ...base, messageId: 'tooNew', data: { kops, k8s: c.k8sVersion, limit }, subject: 'too-new' })
      else if (semver.lt(v, k8sCore(row.oldestSupported))) report({ ...base, messageId: 'tooOld', data: { kops, k8s: c.k8sVersion, oldest: row.oldestSupported }, subject: 'too-old' })
      else if (semver.lt(v, k8sCore(row.oldestRecommended)))
        report({ ...base, severity: 'warning', messageId: 'deprecated', data: { kops, k8s: c.k8sVersion, recommended: row.oldestRecommended }, subject: 'deprecated' })
    }
  },
})
