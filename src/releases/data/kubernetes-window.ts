// The Kubernetes versions each kOps release accepts: OldestSupportedKubernetesVersion (below it `kops update cluster`
// fails) and OldestRecommendedKubernetesVersion (below it kOps prints a deprecation warning), from
// upup/pkg/fi/cloudup/apply_cluster.go. Versions at or above <kOps major>.<kOps minor + 1>.0 are refused as too new.
// The printed texts are in KUBERNETES_WINDOW_MESSAGES.
import type { KubernetesWindowRow } from './types.js'

export const KUBERNETES_WINDOW: KubernetesWindowRow[] = [
  {
    tags: [
      '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
      '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1'
    ],
    oldestSupported: '1.21.0',
    oldestRecommended: '1.23.0',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
  },
  {
    tags: ['1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2', '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3'],
    oldestSupported: '1.22.0',
    oldestRecommended: '1.24.0',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.27.0-alpha.2',
  },
  {
    tags: [
      '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1', '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3',
      '1.28.4', '1.28.5', '1.28.6', '1.28.7', '1.29.0-alpha.0'
    ],
    oldestSupported: '1.23.0',
    oldestRecommended: '1.25.0',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.28.0-alpha.1',
  },
  {
    tags: ['1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1', '1.29.2'],
    oldestSupported: '1.24.0',
    oldestRecommended: '1.26.0',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.29.0-alpha.1',
  },
  {
    tags: [
      '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
      '1.31.0-beta.1'
    ],
    oldestSupported: '1.25.0',
    oldestRecommended: '1.27.0',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.30.0-alpha.1',
  },
  {
    tags: ['1.31.0'],
    oldestSupported: '1.25.0',
    oldestRecommended: '1.28.0',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.31.0',
  },
  {
    tags: [
      '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1', '1.33.0-beta.1', '1.33.0',
      '1.33.1', '1.33.2', '1.34.0-alpha.1'
    ],
    oldestSupported: '1.27.0',
    oldestRecommended: '1.29.0',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.32.0-beta.1',
  },
  {
    tags: [
      '1.34.0-beta.1', '1.34.0', '1.34.1', '1.34.2', '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1',
      '1.35.2'
    ],
    oldestSupported: '1.29.0',
    oldestRecommended: '1.31.0',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.34.0-beta.1',
  },
  {
    tags: ['1.36.0-alpha.1', '1.36.0-beta.1', '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'],
    oldestSupported: '1.31.0',
    oldestRecommended: '1.33.0',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.36.0-alpha.1',
  },
]

/** 81 `*` characters, printed around kOps's version notices. */
export const STARLINE = '*********************************************************************************'

/**
 * What `kops update cluster` prints and returns when it checks the cluster's Kubernetes version
 * (ApplyClusterCmd.validateKubernetesVersion, upup/pkg/fi/cloudup/apply_cluster.go). The checks run in this order:
 * tooNew, tooOld, deprecated, then the channel checks. `stdout` lists the printed lines in order as Go format strings
 * (`''` is an empty line, `{starline}` is STARLINE); the permalink is
 * `https://github.com/kubernetes/kops/blob/master/permalinks/upgrade_k8s.md#<version>`. `error` is the error kOps
 * returns, or null when it carries on. Per `check`, a release appears in one row only.
 */
export interface KubernetesWindowMessageRow {
  check: 'tooNew' | 'tooNewBypassed' | 'tooOld' | 'deprecated' | 'channelNewVersion' | 'channelUpgradeRequired'
  tags: string[]
  when: string
  stdout: string[]
  error: string | null
  source: string
}

export const KUBERNETES_WINDOW_MESSAGES: KubernetesWindowMessageRow[] = [
  {
    check: 'tooNew',
    tags: [
      '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
      '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
      '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1',
      '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
      '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
      '1.29.2', '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
      '1.31.0-beta.1', '1.31.0', '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1',
      '1.33.0-beta.1', '1.33.0', '1.33.1', '1.33.2', '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.34.2',
      '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2', '1.36.0-alpha.1', '1.36.0-beta.1',
      '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'
    ],
    when: 'k8s ≥ <kOps major>.<kOps minor + 1>.0 and KOPS_RUN_TOO_NEW_VERSION unset',
    stdout: ['', '{starline}', '', 'This version of kubernetes is not yet supported; upgrading kops is required', '(you can bypass this check by exporting KOPS_RUN_TOO_NEW_VERSION)', '', '{starline}', ''],
    error: 'kops upgrade is required',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
  },
  {
    check: 'tooNewBypassed',
    tags: [
      '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
      '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
      '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1',
      '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
      '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
      '1.29.2', '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4'
    ],
    when: 'k8s too new and KOPS_RUN_TOO_NEW_VERSION set: the same text is printed and kOps continues',
    stdout: ['', '{starline}', '', 'This version of kubernetes is not yet supported; upgrading kops is required', '(you can bypass this check by exporting KOPS_RUN_TOO_NEW_VERSION)', '', '{starline}', ''],
    error: null,
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
  },
  {
    check: 'tooNewBypassed',
    tags: [
      '1.31.0-alpha.1', '1.31.0-beta.1', '1.31.0', '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4',
      '1.33.0-alpha.1', '1.33.0-beta.1', '1.33.0', '1.33.1', '1.33.2', '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0',
      '1.34.1', '1.34.2', '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2', '1.36.0-alpha.1',
      '1.36.0-beta.1', '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'
    ],
    when: 'k8s too new and KOPS_RUN_TOO_NEW_VERSION set: kOps continues',
    stdout: ['', '{starline}', '', 'This version of kubernetes is not yet supported; upgrading kops is required', '(this check has been bypassed by exporting KOPS_RUN_TOO_NEW_VERSION)', '', '{starline}', ''],
    error: null,
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.31.0-alpha.1',
  },
  {
    check: 'tooOld',
    tags: [
      '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
      '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
      '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1',
      '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
      '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
      '1.29.2', '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
      '1.31.0-beta.1', '1.31.0', '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1',
      '1.33.0-beta.1', '1.33.0', '1.33.1', '1.33.2', '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.34.2',
      '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2', '1.36.0-alpha.1', '1.36.0-beta.1',
      '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'
    ],
    when: 'k8s < oldestSupported (no bypass); %s is the upgrade_k8s permalink anchored at oldestRecommended',
    stdout: ['This version of Kubernetes is no longer supported; upgrading Kubernetes is required', '', 'More information: %s', '', '{starline}', ''],
    error: 'kubernetes upgrade is required',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
  },
  {
    check: 'deprecated',
    tags: [
      '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
      '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
      '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1',
      '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
      '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
      '1.29.2', '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
      '1.31.0-beta.1', '1.31.0', '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1',
      '1.33.0-beta.1', '1.33.0', '1.33.1', '1.33.2', '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.34.2',
      '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2', '1.36.0-alpha.1', '1.36.0-beta.1',
      '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'
    ],
    when: 'k8s < oldestRecommended, except for `kops get assets`; %s is the upgrade_k8s permalink anchored at oldestRecommended',
    stdout: ['', '{starline}', '', 'Kops support for this Kubernetes version is deprecated and will be removed in a future release.', '', 'Upgrading Kubernetes is recommended', 'More information: %s', '', '{starline}', ''],
    error: null,
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
  },
  {
    check: 'channelNewVersion',
    tags: [
      '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
      '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
      '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1',
      '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
      '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
      '1.29.2', '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
      '1.31.0-beta.1', '1.31.0', '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1',
      '1.33.0-beta.1', '1.33.0', '1.33.1', '1.33.2', '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.34.2',
      '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2', '1.36.0-alpha.1', '1.36.0-beta.1',
      '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'
    ],
    when: 'the channel recommends a newer patch and no upgrade is required, except for `kops get assets`; the first %s is the recommended version, the second the upgrade_k8s permalink anchored at it',
    stdout: ['', '{starline}', '', 'A new kubernetes version is available: %s', 'Upgrading is recommended (try kops upgrade cluster)', '', 'More information: %s', '', '{starline}', ''],
    error: null,
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
  },
  {
    check: 'channelUpgradeRequired',
    tags: [
      '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
      '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
      '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1',
      '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
      '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
      '1.29.2', '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
      '1.31.0-beta.1', '1.31.0', '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1',
      '1.33.0-beta.1', '1.33.0', '1.33.1', '1.33.2', '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.34.2',
      '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2', '1.36.0-alpha.1', '1.36.0-beta.1',
      '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'
    ],
    when: 'the channel marks the version as requiring an upgrade; the `A new kubernetes version` line only when the channel recommends a version; fails unless KOPS_RUN_OBSOLETE_VERSION is set',
    stdout: ['', '{starline}', '', 'A new kubernetes version is available: %s', '', 'This version of kubernetes is no longer supported; upgrading is required', '(you can bypass this check by exporting KOPS_RUN_OBSOLETE_VERSION)', '', 'More information: %s', '', '{starline}', ''],
    error: 'kubernetes upgrade is required',
    source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
  },
]
