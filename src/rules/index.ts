// Registry of rules, sorted by id.
import assetChanged from './asset-changed.js'
import assetContentsUnknown from './asset-contents-unknown.js'
import assetsNotMirrored from './assets-not-mirrored.js'
import authorizationDefaultRbac from './authorization-default-rbac.js'
import cgroupV1Image from './cgroup-v1-image.js'
import configInvalid from './config-invalid.js'
import containerdConfigIgnored from './containerd-config-ignored.js'
import containerdMajorUpgrade from './containerd-major-upgrade.js'
import criContainerdBundle from './cri-containerd-bundle.js'
import fileNotChecked from './file-not-checked.js'
import imdsTokensRequired from './imds-tokens-required.js'
import kopsManifestsMissing from './kops-manifests-missing.js'
import kopsRejectsSpec from './kops-rejects-spec.js'
import kopsVersionMissing from './kops-version-missing.js'
import kopsVersionPinsDisagree from './kops-version-pins-disagree.js'
import kopsVersionUnknown from './kops-version-unknown.js'
import kubernetesMinorSkip from './kubernetes-minor-skip.js'
import kubernetesVersionUnsupported from './kubernetes-version-unsupported.js'
import manifestIncomplete from './manifest-incomplete.js'
import manifestInvalid from './manifest-invalid.js'
import manifestNotEvaluated from './manifest-not-evaluated.js'
import nodeupFails from './nodeup-fails.js'
import renderedManifestStale from './rendered-manifest-stale.js'
import serviceCidrDefaultChanges from './service-cidr-default-changes.js'
import suppressionExpired from './suppression-expired.js'
import suppressionUnused from './suppression-unused.js'
import toolNoLongerInstalled from './tool-no-longer-installed.js'
import type { Rule } from './rule.js'

export const RULES: Rule[] = [
  assetChanged,
  assetContentsUnknown,
  assetsNotMirrored,
  authorizationDefaultRbac,
  cgroupV1Image,
  configInvalid,
  containerdConfigIgnored,
  containerdMajorUpgrade,
  criContainerdBundle,
  fileNotChecked,
  imdsTokensRequired,
  kopsManifestsMissing,
  kopsRejectsSpec,
  kopsVersionMissing,
  kopsVersionPinsDisagree,
  kopsVersionUnknown,
  kubernetesMinorSkip,
  kubernetesVersionUnsupported,
  manifestIncomplete,
  manifestInvalid,
  manifestNotEvaluated,
  nodeupFails,
  renderedManifestStale,
  serviceCidrDefaultChanges,
  suppressionExpired,
  suppressionUnused,
  toolNoLongerInstalled,
]

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id)
}
