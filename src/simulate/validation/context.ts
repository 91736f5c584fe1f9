// What kOps's API validation sees of one cluster: the Cluster as written, its instance groups, and the release.
import type { ClusterModel, InstanceGroupModel } from '../../manifests/model.js'

export interface ValidationContext {
  /** Catalogued release whose validation is replayed (normalised, e.g. `1.29.0-beta.1`). */
  release: string
  /** The cluster's Kubernetes version, normalised (no `v`). */
  k8sVersion: string
  cluster: ClusterModel
  instanceGroups: InstanceGroupModel[]
  /** kOps's `strict` flag: false for the input cluster, true for the completed spec. */
  strict: boolean
  /**
   * The Cluster's file holds template control actions (`{{ if }}`, `{{ range }}`, masked before parsing): which keys
   * and list items kOps would see is unknown, so checks that conclude from a missing key, an empty list or a
   * combination of siblings do not run.
   */
  templated?: boolean
}
