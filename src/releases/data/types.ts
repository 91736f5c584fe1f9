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

/** The `<ID>-<VERSION_ID>` strings a release's nodeup accepts (util/pkg/distributions/identify.go FindDistribution). */
export interface DistributionsRow {
  tags: string[]
  /** Accepted as they are (`case "ubuntu-22.04":`). */
  exact: string[]
  /** Accepted when the string starts with one of these (`strings.HasPrefix(distro, "rhel-8.")`). */
  prefixes: string[]
  /** How the refusal prints: `unsupported distro: %s` (colon) or `unsupported distro %q` (quoted). */
  message: 'colon' | 'quoted'
  source: string
}

/**
 * How an image reference names its operating system: an owner (AWS account id or alias, GCE project, or `ssm` for
 * SSM parameter names) and a pattern for the rest. The OS is the `/etc/os-release` the image boots with: `id` is
 * ID, `versionId` is VERSION_ID with `$1`, `$2` … standing for the pattern's groups. A VERSION_ID the name does not
 * spell in full (RHEL's minor in a GCE family) is given as `versionPrefix` only.
 */
export interface ImageOsRow {
  cloud: 'aws' | 'gce'
  /** AWS: account ids and the aliases kOps resolves to them; GCE: image projects; `ssm` for `ssm:` parameters. */
  owners: string[]
  /** Matched against what follows `<owner>/` (for `ssm`: the parameter name after `ssm:`). */
  name: RegExp
  id: string
  versionId?: string
  /** VERSION_ID is known to start with this (e.g. `8.`) but its full value is not in the name. */
  versionPrefix?: string
  /** Where the naming is documented. */
  source: string
}

/** Whether an OS release boots with the cgroup v1 hierarchy by default. */
export interface CgroupRow {
  id: string
  /** VERSION_ID ranges (dotted numbers compared numerically) booting cgroup v1; `to` is exclusive. */
  v1: { from?: string; to?: string }[]
  source: string
}
