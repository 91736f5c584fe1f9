// kubernetes-minor-skip: spec.kubernetesVersion moves up two or more minors at once. kOps has no guard; the
// Kubernetes version skew policy upgrades kube-apiserver one minor at a time.
import semver from 'semver'
import { k8sCore } from '../releases/version.js'
import { defineRule, pairedClusters } from './rule.js'

export default defineRule({
  id: 'kubernetes-minor-skip',
  defaultSeverity: 'warning',
  summary: 'spec.kubernetesVersion moves up two or more minor versions at once; Kubernetes supports upgrading the control plane one minor at a time.',
  remediation: 'Upgrade one minor version per rollout: apply each intermediate minor (the message lists them) and roll the cluster before the next.',
  source: 'kubernetes/website:content/en/releases/version-skew-policy.md (Supported component upgrade order: kube-apiserver moves from one minor to the next); no multi-minor check in kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.36.2',
  messages: {
    skip: 'spec.kubernetesVersion moves from {from} to {to}, skipping {skipped}: kube-apiserver must move one minor version at a time, and kOps does not stop a jump.',
  },
  scope: 'change',
  check({ base, head }, report) {
    if (!base) return
    for (const { name, base: bc, head: hc } of pairedClusters(base, head)) {
      const kv = hc.group.cluster?.kubernetesVersion
      if (!kv || !bc.k8sVersion || !hc.k8sVersion) continue
      const from = k8sCore(bc.k8sVersion)
      const to = k8sCore(hc.k8sVersion)
      if (semver.major(from) !== semver.major(to) || semver.minor(to) - semver.minor(from) < 2) continue
      const skipped: string[] = []
      for (let m = semver.minor(from) + 1; m < semver.minor(to); m++) skipped.push(`${semver.major(to)}.${m}`)
      report({
        messageId: 'skip',
        data: { from: bc.k8sVersion, to: hc.k8sVersion, skipped: skipped.join(', ') },
        place: { file: kv.file, pos: kv.pos },
        cluster: name,
        instanceGroup: null,
        arch: null,
        kopsVersion: hc.kops.version,
        subject: 'kubernetes-minor-skip',
      })
    }
  },
})
