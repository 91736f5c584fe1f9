// kops-version-missing: kOps manifests were found but no kOps version pin, so nothing could be simulated.
import { defineRule } from './rule.js'

export default defineRule({
  id: 'kops-version-missing',
  defaultSeverity: 'notice',
  summary: 'No kOps version is pinned in the repository, so the manifests were not simulated.',
  remediation: 'Pin kOps in .tool-versions (`kops 1.30.4`), mise.toml, aqua.yaml, a workflow KOPS_VERSION, a Dockerfile ARG or a Makefile variable, or set the kops-version input.',
  messages: {
    missing: 'No kOps version pin was found on the {side} side, so cluster "{cluster}" was not simulated. Pin kOps (e.g. `kops 1.30.4` in .tool-versions) or pass --kops-version / the kops-version input.',
  },
  scope: 'side',
  check({ side }, report) {
    for (const c of side.clusters) {
      if (!c.group.cluster || c.kops.status !== 'missing') continue
      report({
        messageId: 'missing',
        data: { side: side.side, cluster: c.group.cluster.name?.value ?? '(unnamed)' },
        place: { file: c.group.cluster.doc.file, pos: c.group.cluster.doc.at },
        cluster: c.group.cluster.name?.value ?? null,
        instanceGroup: null,
        arch: null,
        kopsVersion: null,
        subject: 'kops-pin',
      })
    }
  },
})
