// Registry of rules, sorted by id.
import assetChanged from './asset-changed.js'
import assetContentsUnknown from './asset-contents-unknown.js'
import configInvalid from './config-invalid.js'
import criContainerdBundle from './cri-containerd-bundle.js'
import fileNotChecked from './file-not-checked.js'
import kopsManifestsMissing from './kops-manifests-missing.js'
import kopsRejectsSpec from './kops-rejects-spec.js'
import kopsVersionMissing from './kops-version-missing.js'
import kopsVersionPinsDisagree from './kops-version-pins-disagree.js'
import kopsVersionUnknown from './kops-version-unknown.js'
import kubernetesVersionUnsupported from './kubernetes-version-unsupported.js'
import manifestInvalid from './manifest-invalid.js'
import manifestNotEvaluated from './manifest-not-evaluated.js'
import nodeupFails from './nodeup-fails.js'
import suppressionExpired from './suppression-expired.js'
import suppressionUnused from './suppression-unused.js'
import type { Rule } from './rule.js'

export const RULES: Rule[] = [
  assetChanged,
  assetContentsUnknown,
  configInvalid,
  criContainerdBundle,
  fileNotChecked,
  kopsManifestsMissing,
  kopsRejectsSpec,
  kopsVersionMissing,
  kopsVersionPinsDisagree,
  kopsVersionUnknown,
  kubernetesVersionUnsupported,
  manifestInvalid,
  manifestNotEvaluated,
  nodeupFails,
  suppressionExpired,
  suppressionUnused,
]

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id)
}
