// kubernetes-version-unsupported: spec.kubernetesVersion outside the window of the pinned kOps release
// (kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go validateKubernetesVersion, run by applyCluster after the
// spec was populated: a cluster kOps refuses earlier never reaches it); kOps's texts come from
// KUBERNETES_WINDOW_MESSAGES for the release. Too new and too old refuse; deprecated only warns, and kOps carries on.
import { KUBERNETES_WINDOW_MESSAGES } from '../releases/data/kubernetes-window.js'
import { defineRule } from './rule.js'

/** The line of kOps's notice that says what is wrong, and the error it returns. */
function kopsText(release: string, check: 'tooNew' | 'tooNewBypassed' | 'tooOld' | 'deprecated'): { text: string; error: string } {
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
    tooNewBypassed: 'kOps {kops} does not support Kubernetes {k8s} ("{text}") and carries on only because KOPS_RUN_TOO_NEW_VERSION is set; kOps {kops} supports Kubernetes below {limit}.',
  },
  scope: 'side',
  step: 'version',
  check({ side }, report) {
    for (const c of side.clusters) {
      const kops = c.kops.version
      const release = c.kops.release
      if (!kops || !release) continue
      const kv = c.group.cluster?.kubernetesVersion
      const w = c.window
      if (!kv || !c.k8sVersion || !w || w.check === 'ok') continue
      const base = { place: { file: kv.file, pos: kv.pos }, cluster: c.group.cluster?.name?.value ?? null, instanceGroup: null, arch: null, kopsVersion: kops }
      if (w.check === 'tooNewBypassed')
        report({ ...base, severity: 'warning', messageId: 'tooNewBypassed', data: { kops, k8s: c.k8sVersion, limit: w.limit, ...kopsText(release, 'tooNewBypassed') }, subject: 'too-new' })
      else if (w.check === 'tooNew') report({ ...base, messageId: 'tooNew', data: { kops, k8s: c.k8sVersion, limit: w.limit, ...kopsText(release, 'tooNew') }, subject: 'too-new' })
      else if (w.check === 'tooOld') report({ ...base, messageId: 'tooOld', data: { kops, k8s: c.k8sVersion, oldest: w.oldestSupported, ...kopsText(release, 'tooOld') }, subject: 'too-old' })
      else report({ ...base, severity: 'warning', messageId: 'deprecated', data: { kops, k8s: c.k8sVersion, recommended: w.oldestRecommended, ...kopsText(release, 'deprecated') }, subject: 'deprecated' })
    }
  },
})
