// tool-no-longer-installed: crictl or nerdctl stops being installed on an instance group between the sides (kOps
// 1.34.0-beta.1 makes both opt-in through the Cluster's spec.containerd.installCriCtl / installNerdCtl: cloudup plans their
// download from the Cluster's setting only, pkg/nodemodel/fileassets.go RawClusterSpec(), so a group's own `true` adds nothing).
import { defineRule, pairedClusters, pairedIgs, placeOf } from './rule.js'

const TOOLS = [
  { tool: 'crictl', field: 'installCriCtl' },
  { tool: 'nerdctl', field: 'installNerdCtl' },
] as const

export default defineRule({
  id: 'tool-no-longer-installed',
  defaultSeverity: 'notice',
  summary: 'crictl or nerdctl is no longer installed on an instance group (kOps 1.34 and later install them only on request).',
  remediation: "Set spec.containerd.installCriCtl or installNerdCtl to true in the Cluster (kOps plans the download from the Cluster's setting only) if anything on the nodes uses the tool.",
  source: 'kubernetes/kops:pkg/nodemodel/fileassets.go@v1.34.0 and nodeup/pkg/model/crictl.go, nerdctl.go@v1.34.0 (downloaded only when the Cluster sets spec.containerd.installCriCtl / installNerdCtl to true)',
  messages: {
    dropped: 'kOps {kops} no longer installs {tool} on instance group "{ig}" (kOps {baseKops} did): it is installed only when the Cluster sets spec.containerd.{field}: true. Scripts, hooks and runbooks that call {tool} on the nodes fail.',
  },
  scope: 'change',
  check({ base, head }, report) {
    if (!base) return
    for (const { name, base: bc, head: hc } of pairedClusters(base, head)) {
      for (const { name: igName, base: b, head: h } of pairedIgs(bc, hc)) {
        if (h.ig.role === 'Bastion') continue
        for (const { tool, field } of TOOLS) {
          const had = Object.values(b.results).some((r) => r?.assets.some((a) => a.component === tool))
          const has = Object.values(h.results).some((r) => r?.assets.some((a) => a.component === tool))
          // A head that was not simulated, or whose asset planning failed, tells nothing.
          if (!had || has || Object.keys(h.results).length === 0 || Object.values(h.results).some((r) => !r || r.nodeup.outcome === 'rejected')) continue
          const setFalse = hc.group.cluster!.containerd[field]?.value === false ? hc.group.cluster!.containerd[field] : null
          report({
            messageId: 'dropped',
            data: { kops: hc.kops.version ?? '', baseKops: bc.kops.version ?? '', tool, ig: igName, field },
            place: placeOf(setFalse, head, hc.group, hc.kops),
            cluster: name,
            instanceGroup: igName,
            arch: null,
            kopsVersion: hc.kops.version,
            subject: `tool:${tool}`,
          })
        }
      }
    }
  },
})
