// authorization-default-rbac: the release moves across the change of kOps's default for an omitted or empty
// spec.authorization, from AlwaysAllow to RBAC (v1.36.0-beta.1).
import { authorizationDefault } from '../simulate/apis/defaults.js'
import { defineRule, pairedClusters } from './rule.js'

export default defineRule({
  id: 'authorization-default-rbac',
  defaultSeverity: 'warning',
  summary: 'spec.authorization is absent or empty and the new kOps release defaults it to RBAC where the old one defaulted to AlwaysAllow.',
  remediation: 'Set spec.authorization explicitly: `alwaysAllow: {}` to keep the current behaviour, or `rbac: {}` once every client has the RBAC bindings it needs.',
  source: 'kubernetes/kops:pkg/apis/kops/v1alpha2/defaults.go@v1.36.0-beta.1 (SetDefaults_ClusterSpec, commit 7bd2e5273f); kubernetes/kops:pkg/model/components/apiserver.go@v1.36.0 (authorizationMode from spec.authorization)',
  messages: {
    rbac:
      'kOps {kops} fills {what} with RBAC where kOps {baseKops} filled it with AlwaysAllow: after the next kops replace -f or create -f, kube-apiserver runs with --authorization-mode=Node,RBAC and every request without an RBAC grant is refused. kubeAPIServer.authorizationMode does not keep the old mode (kOps overwrites it from spec.authorization).',
  },
  scope: 'change',
  check({ base, head }, report) {
    if (!base) return
    for (const { name, base: bc, head: hc } of pairedClusters(base, head)) {
      // Each cluster runs the kOps its own pins give it (pins/scope.ts).
      if (!bc.kops.release || !hc.kops.release) continue
      const cluster = hc.group.cluster!
      const before = authorizationDefault(bc.kops.release, bc.group.cluster!)
      const after = authorizationDefault(hc.kops.release, cluster)
      if (!after.defaulted || after.mode !== 'RBAC' || before.mode !== 'AlwaysAllow') continue
      const at = after.key ?? cluster.doc.keyAt(['spec'])
      if (!at) continue
      report({
        messageId: 'rbac',
        data: { kops: hc.kops.version ?? '', baseKops: bc.kops.version ?? '', what: after.key ? 'the empty spec.authorization' : 'the omitted spec.authorization' },
        place: { file: at.file, pos: at.pos },
        cluster: name,
        instanceGroup: null,
        arch: null,
        kopsVersion: hc.kops.version,
        subject: 'authorization-default',
      })
    }
  },
})
