// containerd-major-upgrade: an instance group's effective containerd moves from 1.x to 2.x between the sides (kOps
// 1.34 defaults containerd 2 for Kubernetes ≥ 1.32; an explicit version can do the same).
import semver from 'semver'
import type { ClusterModel, InstanceGroupModel } from '../manifests/model.js'
import { containerdDefaults } from '../simulate/components/containerd.js'
import { goSemverParseTolerant } from '../simulate/go/semver.js'
import { mergedContainerdVersion } from '../simulate/nodeup/containerd-config.js'
import type { Located } from '../types.js'
import { defineRule, pairedClusters, pairedIgs, placeOf } from './rule.js'

function effective(release: string, cluster: ClusterModel, k8s: string, ig: InstanceGroupModel): { version: string; major: number; origin: Located<unknown> | null } | null {
  let defaults
  try {
    defaults = containerdDefaults(release, cluster, k8s)
  } catch {
    return null
  }
  const { version, origin } = mergedContainerdVersion(defaults, ig)
  if (!version) return null
  const parsed = goSemverParseTolerant(version)
  return parsed.ok ? { version, major: semver.major(parsed.version), origin } : null
}

export default defineRule({
  id: 'containerd-major-upgrade',
  defaultSeverity: 'notice',
  summary: "An instance group's containerd moves from 1.x to 2.x, whose breaking changes touch kOps clusters.",
  remediation: 'Before rolling, check configAdditions and configOverride against the containerd 2 config (version 3), replace inline registry mirrors with spec.containerd.registryMirrors, move tools that use the CRI v1alpha2 API to v1, and rebuild any Docker Schema 1 images.',
  source:
    'kubernetes/kops:pkg/model/components/containerd.go@v1.34.0 (containerd 2.1.4 for Kubernetes ≥ 1.32); containerd/containerd:docs/containerd-2.0.md (daemon config version 3; CRI v1alpha2 API removed, Docker Schema 1 pulls disabled by default; CRI registry mirrors/configs deprecated for config_path)',
  messages: {
    major:
      'Instance group "{ig}" moves from containerd {from} to {to}. containerd 2 uses the version 3 config schema (plugins."io.containerd.grpc.v1.cri" splits into io.containerd.cri.v1.runtime and io.containerd.cri.v1.images; older files are migrated at start, but kOps 1.36+ writes version 3 and copies configAdditions keys verbatim), deprecates the inline registry.mirrors and registry.configs settings in favour of certs.d hosts.toml files (config_path), no longer serves the CRI v1alpha2 API, and refuses Docker Schema 1 images by default.',
  },
  scope: 'change',
  check({ base, head }, report) {
    if (!base) return
    for (const { name, base: bc, head: hc } of pairedClusters(base, head)) {
      // Each cluster runs the kOps its own pins give it (pins/scope.ts).
      if (!bc.kops.release || !hc.kops.release) continue
      if (!bc.k8sVersion || !hc.k8sVersion) continue
      for (const { name: igName, base: b, head: h } of pairedIgs(bc, hc)) {
        if (h.ig.role === 'Bastion') continue
        if (h.ig.containerd.skipInstall?.value === true || hc.group.cluster!.containerd.skipInstall?.value === true) continue
        const before = effective(bc.kops.release, bc.group.cluster!, bc.k8sVersion, b.ig)
        const after = effective(hc.kops.release, hc.group.cluster!, hc.k8sVersion, h.ig)
        if (!before || !after || before.major !== 1 || after.major < 2) continue
        // The version the spec sets, else what moved kOps's default: the kOps pin on a bump, else kubernetesVersion.
        const origin = after.origin ?? (bc.kops.version !== hc.kops.version ? null : hc.group.cluster!.kubernetesVersion)
        report({
          messageId: 'major',
          data: { ig: igName, from: before.version, to: after.version },
          place: placeOf(origin, head, hc.group, hc.kops),
          cluster: name,
          instanceGroup: igName,
          arch: null,
          kopsVersion: hc.kops.version,
          subject: 'containerd-major',
        })
      }
    }
  },
})
