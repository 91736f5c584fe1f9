// Shapes of the per-release data tables. Every row names the kOps tags it holds for and cites its source.

/** A half-open Kubernetes version interval [from, to); a missing end is unbounded. Versions without `v`. */
export interface K8sRange {
  from?: string
  to?: string
}

/** One kOps release (a git tag of kubernetes/kops). */
export interface KopsReleaseRow {
  /** Tag without the leading `v`, e.g. `1.29.0-beta.1`. */
  version: string
  /** Date of the tagged commit, YYYY-MM-DD. */
  date: string
  /** The file that sets the release's version string at that tag. */
  source?: string
}

/** Default containerd and runc chosen from the cluster's Kubernetes version (pkg/model/components/containerd.go). */
export interface ContainerdDefaultsRow {
  /** kOps versions (tags without `v`) this row holds for. */
  tags: string[]
  /**
   * Checked in order; the first rule whose ranges contain the Kubernetes version wins. An empty `k8s` list matches any
   * version. `runc: ''` means that branch sets no runc version and leaves spec.containerd.runc untouched.
   */
  rules: { k8s: K8sRange[]; containerd: string; runc: string }[]
  /** True where the defaults are applied only when spec.containerRuntime is containerd (1.26.0-alpha.1 … 1.29.0-alpha.0). */
  appliesOnlyForContainerdRuntime?: boolean
  /** `kubernetes/kops:<path>@<tag>` */
  source: string
}

/** Kubernetes versions a kOps release accepts (upup/pkg/fi/cloudup/apply_cluster.go constants). */
export interface KubernetesWindowRow {
  tags: string[]
  /** Below this kOps refuses: `kubernetes upgrade is required`. */
  oldestSupported: string
  /** Below this kOps warns that support is deprecated. */
  oldestRecommended: string
  source: string
}

/** CNI plugins asset per kOps release: which version for which Kubernetes version, and from where. */
export interface CniRow {
  tags: string[]
  /** Where the primary URL points. */
  host: 'gcs' | 'github'
  /** First match wins; no match means cloudup fails with `unknown CNI plugin binaries asset: <arch>`. */
  rules: { k8s: K8sRange[]; version: string }[]
  /** Whose Kubernetes version picks the rule: the cluster's, or (from 1.31.0-beta.1) the instance group's. */
  kubernetesVersionFrom?: 'cluster' | 'instanceGroup'
  /** Set when the rules have no catch-all: Kubernetes versions below this one match no rule and fail. */
  errorBelow?: string
  source: string
}

/** Versions for which a kOps release has a built-in URL+hash table (before it accepted any version). */
export interface KnownVersionsRow {
  tags: string[]
  /** The versions with a built-in URL+hash (for containerd: the amd64 table, which decides whether a version is known). */
  versions: string[]
  /** containerd only: the separate arm64 table (versions 1.6.0 and later). */
  arm64Versions?: string[]
  /** containerd only: containerd version → Docker static release used instead (see known-versions.ts). */
  dockerMappings?: Record<string, string>
  source: string
}
