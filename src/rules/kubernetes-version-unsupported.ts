// kubernetes-version-unsupported: spec.kubernetesVersion outside the window of the pinned kOps release
// (kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go validateKubernetesVersion); kOps's texts come from
// KUBERNETES_WINDOW_MESSAGES for the release.
import semver from 'semver'
import { KUBERNETES_WINDOW, KUBERNETES_WINDOW_MESSAGES } from '../releases/data/kubernetes-window.js'
import { maybeRowFor } from '../releases/rows.js'
import { k8sCore } from '../releases/version.js'
import { defineRule } from './rule.js'

/** The line of kOps's notice that says what is wrong, and the error it returns. */
function kopsText(release: string, check: 'tooNew' | 'tooOld' | 'deprecated'): { text: string; error: string } {
  const row = KUBERNETES_WINDOW_MESSAGES.find((m) => m.check === check && m.tags.includes(release))
  const text = row?.stdout.find((l) => /version of|support for this/i.test(l)) ?? ''
  return { text, error: row?.error ?? '' }
}

export default defineRule({
  id: 'kubernetes-version-unsupported',
  defaultSeverity: 'error',
  summary: "spec.kubernetesVersion is outside the kOps release's supported Kubernetes window.",
  remediation: 'Move spec.kubernetesVersion into the window of the pinned kOps release, or pin a kOps release that supports it.',
  messages: {
    tooNew: 'kops update cluster of kOps {kops} refuses Kubernetes {k8s}: "{text}" ({error}); kOps {kops} accepts Kubernetes below {limit}.',
    tooOld: 'kops update cluster of kOps {kops} refuses Kubernetes {k8s}: "{text}" ({error}); the oldest it accepts is {oldest}.',
    deprecated: 'kOps {kops} warns for Kubernetes {k8s}: "{text}" Upgrade to {recommended} or later.',
  },
  scope: 'side',
  check({ side }, report) {
    for (const c of side.clusters) {
      const kops = c.kops.version
      const release = c.kops.release
      if (!kops || !release) continue
      const row = maybeRowFor(KUBERNETES_WINDOW, release)
      if (!row) continue
      const limit = `${semver.major(release)}.${semver.minor(release) + 1}.0`
      const kv = c.group.cluster?.kubernetesVersion
      if (!kv || !c.k8sVersion) continue
      const v = k8sCore(c.k8sVersion)
      const base = { place: { file: kv.file, pos: kv.pos }, cluster: c.group.cluster?.name?.value ?? null, instanceGroup: null, arch: null, kopsVersion: kops }
      if (semver.gte(v, limit)) report({ ...base, messageId: 'tooNew', data: { kops, k8s: c.k8sVersion, limit, ...kopsText(release, 'tooNew') }, subject: 'too-new' })
      else if (semver.lt(v, k8sCore(row.oldestSupported)))
        report({ ...base, messageId: 'tooOld', data: { kops, k8s: c.k8sVersion, oldest: row.oldestSupported, ...kopsText(release, 'tooOld') }, subject: 'too-old' })
      else if (semver.lt(v, k8sCore(row.oldestRecommended)))
        report({ ...base, severity: 'warning', messageId: 'deprecated', data: { kops, k8s: c.k8sVersion, recommended: row.oldestRecommended, ...kopsText(release, 'deprecated') }, subject: 'deprecated' })
    }
  },
})
