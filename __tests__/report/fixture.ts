// Fixed check results for the renderer tests: a pull request touching every report feature, a 30-error flood and a huge result.
import type { CheckResult, ClusterEntry } from '../../src/result.js'
import { ruleById } from '../../src/rules/index.js'
import type { Arch, Finding, FindingStatus, Severity, Summary } from '../../src/types.js'

export const BASE_SHA = '3f2a9c1e5b7d4a6c8e0f1a2b3c4d5e6f7a8b9c0d'
export const HEAD_SHA = '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d'

/** A cluster name as hostile as a repository can make it: Markdown, HTML, a mention, `%`, `::` and a newline. */
export const HOSTILE_CLUSTER = 'lab_*x*<b>|@octocat%25::\nerror'
export const HOSTILE_FILE = 'clusters/lab #1.yaml'

type FindingInit = Pick<Finding, 'ruleId' | 'status' | 'message' | 'file' | 'line' | 'column'> &
  Partial<Pick<Finding, 'severity' | 'endLine' | 'endColumn' | 'cluster' | 'instanceGroup' | 'arch' | 'kopsVersion' | 'subject' | 'messageId' | 'data'>>

export function finding(init: FindingInit): Finding {
  const rule = ruleById(init.ruleId)
  return {
    ruleId: init.ruleId,
    severity: init.severity ?? rule?.defaultSeverity ?? 'error',
    status: init.status,
    message: init.message,
    remediation: rule?.remediation ?? 'Fix it.',
    messageId: init.messageId ?? 'message',
    data: init.data ?? {},
    file: init.file,
    line: init.line,
    column: init.column,
    endLine: init.endLine ?? init.line,
    endColumn: init.endColumn ?? init.column + 1,
    cluster: init.cluster ?? null,
    instanceGroup: init.instanceGroup ?? null,
    arch: init.arch ?? null,
    kopsVersion: init.kopsVersion ?? null,
    subject: init.subject ?? `${init.ruleId}:${init.line}`,
  }
}

export function summaryOf(findings: Finding[]): Summary {
  const open = findings.filter((f) => f.status !== 'fixed')
  const count = (s: Severity) => open.filter((f) => f.severity === s).length
  const status = (s: FindingStatus) => findings.filter((f) => f.status === s).length
  return { errors: count('error'), warnings: count('warning'), notices: count('notice'), new: status('new'), unchanged: status('unchanged'), fixed: status('fixed') }
}

function cluster(side: 'base' | 'head', init: Partial<ClusterEntry> & Pick<ClusterEntry, 'name' | 'file'>): ClusterEntry {
  return {
    side,
    name: init.name,
    file: init.file,
    kopsVersion: init.kopsVersion ?? (side === 'base' ? '1.28.1' : '1.29.0-beta.1'),
    kubernetesVersion: init.kubernetesVersion !== undefined ? init.kubernetesVersion : '1.28.5',
    containerdVersion: init.containerdVersion ?? null,
    instanceGroups: init.instanceGroups ?? [],
    evaluated: init.evaluated ?? 'full',
    stoppedAt: init.stoppedAt ?? null,
  }
}

const CRICTL_ERROR = 'error building loader: building *model.CrictlBuilder: unable to locate asset "crictl": found multiple matching assets for key: "crictl"'

function nodeupFails(ig: string, arch: Arch, status: FindingStatus, line = 14): Finding {
  return finding({
    ruleId: 'nodeup-fails',
    status,
    message: `nodeup of kOps 1.29.0-beta.1 would fail on instance group "${ig}" (${arch}) and retry every 30s without installing anything: "${CRICTL_ERROR}". Use the containerd release tarball containerd-1.7.16-linux-${arch}.tar.gz instead of the cri-containerd bundle, drop spec.containerd.packages, or go to kOps 1.30 or later, where nodeup only warns.`,
    messageId: 'fails',
    data: { kops: '1.29.0-beta.1', ig, arch, error: CRICTL_ERROR },
    file: 'clusters/prod.yaml',
    line,
    column: 7,
    endColumn: 98,
    cluster: 'prod.example.com',
    instanceGroup: ig,
    arch,
    kopsVersion: status === 'fixed' ? '1.28.1' : '1.29.0-beta.1',
    subject: 'CrictlBuilder',
  })
}

function criBundle(arch: Arch): Finding {
  return finding({
    ruleId: 'cri-containerd-bundle',
    status: 'new',
    message: `cri-containerd-cni-1.7.16-linux-${arch}.tar.gz is a cri-containerd-cni bundle (containerd 1.7.16, ${arch}): deprecated since containerd 1.6, not published for containerd 2.x, and its crictl clashes with the crictl kOps 1.29 installs.`,
    file: 'clusters/prod.yaml',
    line: 22,
    column: 9,
    endColumn: 101,
    cluster: 'prod.example.com',
    arch,
    subject: `containerd-package:${arch}`,
  })
}

const PR_FINDINGS: Finding[] = [
  nodeupFails('nodes', 'amd64', 'new'),
  nodeupFails('nodes', 'arm64', 'new'),
  nodeupFails('spot', 'amd64', 'new'),
  finding({
    ruleId: 'kops-version-pins-disagree',
    status: 'unchanged',
    message: 'This pin says kOps 1.29.0-beta.1 but 1.28.1 elsewhere in the repository (.tool-versions:1); kops-preflight simulated 1.29.0-beta.1.',
    file: '.github/workflows/kops.yml',
    line: 12,
    column: 21,
    endColumn: 34,
    kopsVersion: '1.29.0-beta.1',
    subject: 'github-workflow:.github/workflows/kops.yml',
  }),
  criBundle('amd64'),
  criBundle('arm64'),
  finding({
    ruleId: 'kubernetes-version-unsupported',
    severity: 'warning',
    status: 'unchanged',
    message: 'kOps 1.29.0-beta.1 warns for Kubernetes 1.28.5: "Kops support for this Kubernetes version is deprecated and will be removed in a future release." Upgrade to 1.29.0 or later.',
    file: 'clusters/prod.yaml',
    line: 9,
    column: 22,
    endColumn: 28,
    cluster: 'prod.example.com',
    kopsVersion: '1.29.0-beta.1',
    subject: 'deprecated',
  }),
  finding({
    ruleId: 'manifest-not-evaluated',
    status: 'new',
    message: 'The template expression {{ .Values.<script>alert(1)</script> | @octocat 100% }}\n::error::injected was not evaluated; values that depend on it were not checked.',
    file: HOSTILE_FILE,
    line: 5,
    column: 3,
    endLine: 7,
    endColumn: 10,
    cluster: HOSTILE_CLUSTER,
    subject: 'templateExpression:{{ .Values }}',
  }),
  finding({
    ruleId: 'asset-changed',
    status: 'new',
    message: 'containerd changes from containerd-1.7.13-linux-<arch>.tar.gz to containerd-1.7.16-linux-<arch>.tar.gz on "nodes", "spot" (amd64, arm64).',
    file: 'clusters/prod.yaml',
    line: 20,
    column: 14,
    endColumn: 22,
    cluster: 'prod.example.com',
    kopsVersion: '1.29.0-beta.1',
    subject: 'containerd:containerd-1.7.13-linux-<arch>.tar.gz->containerd-1.7.16-linux-<arch>.tar.gz',
  }),
  finding({
    ruleId: 'asset-changed',
    status: 'new',
    message: 'crictl changes from crictl-v1.28.0-linux-<arch>.tar.gz to crictl-v1.29.0-linux-<arch>.tar.gz on "nodes" (amd64).',
    file: HOSTILE_FILE,
    line: 3,
    column: 1,
    endColumn: 5,
    cluster: HOSTILE_CLUSTER,
    arch: 'amd64',
    kopsVersion: '1.29.0-beta.1',
    subject: 'crictl:crictl-v1.28.0-linux-<arch>.tar.gz->crictl-v1.29.0-linux-<arch>.tar.gz',
  }),
  finding({
    ruleId: 'asset-contents-unknown',
    status: 'unchanged',
    message: 'The contents of mirror-containerd-amd64.tgz (amd64) are unknown, so nodeup of kOps 1.29.0-beta.1 could not be simulated for instance groups using it; no verdict is given for them.',
    file: 'clusters/prod.yaml',
    line: 31,
    column: 11,
    endColumn: 80,
    cluster: 'prod.example.com',
    arch: 'amd64',
    kopsVersion: '1.29.0-beta.1',
    subject: 'archive:https://mirror.example.com/mirror-containerd-amd64.tgz',
  }),
  finding({
    ruleId: 'manifest-not-evaluated',
    status: 'fixed',
    message: 'The value "${KOPS_STATE_STORE}/lab" of spec.configBase depends on a variable and was not evaluated.',
    file: HOSTILE_FILE,
    line: 4,
    column: 15,
    endColumn: 40,
    cluster: HOSTILE_CLUSTER,
    subject: 'variable:spec.configBase',
  }),
  nodeupFails('gpu', 'amd64', 'fixed', 40),
]

const PR_CLUSTERS: ClusterEntry[] = [
  cluster('base', { name: 'prod.example.com', file: 'clusters/prod.yaml', containerdVersion: '1.7.13', instanceGroups: ['control-plane-eu-west-1a', 'nodes', 'spot', 'gpu', 'bastions'] }),
  cluster('base', { name: HOSTILE_CLUSTER, file: HOSTILE_FILE, kubernetesVersion: null, evaluated: 'partial', instanceGroups: ['nodes'] }),
  cluster('head', { name: 'prod.example.com', file: 'clusters/prod.yaml', containerdVersion: '1.7.16', instanceGroups: ['control-plane-eu-west-1a', 'nodes', 'spot', 'bastions'] }),
  cluster('head', { name: HOSTILE_CLUSTER, file: HOSTILE_FILE, kubernetesVersion: '1.29.2', containerdVersion: '1.7.16', evaluated: 'partial', instanceGroups: ['nodes'] }),
  cluster('head', { name: null, file: 'clusters/orphans.yaml', kubernetesVersion: null, evaluated: 'none', instanceGroups: ['strays'] }),
]

/** A pull request bumping kOps 1.28.1 → 1.29.0-beta.1: new, unchanged and fixed findings of every severity. */
export const prResult: CheckResult = {
  schemaVersion: 1,
  mode: 'pull-request',
  base: { ref: BASE_SHA, kopsVersion: '1.28.1' },
  head: { ref: HEAD_SHA, kopsVersion: '1.29.0-beta.1' },
  target: null,
  findings: PR_FINDINGS,
  clusters: PR_CLUSTERS,
  summary: summaryOf(PR_FINDINGS),
}

/** The same head checked alone: no base, every open finding `new`. */
export const snapshotResult: CheckResult = (() => {
  const findings = PR_FINDINGS.filter((f) => f.status !== 'fixed').map((f) => ({ ...f, status: 'new' as const }))
  return {
    schemaVersion: 1,
    mode: 'snapshot',
    base: null,
    head: { ref: 'WORKTREE', kopsVersion: '1.29.0-beta.1' },
    target: null,
    findings,
    clusters: PR_CLUSTERS.filter((c) => c.side === 'head'),
    summary: summaryOf(findings),
  }
})()

/** A clean drift scan: pinned 1.28.1 checked against 1.29.0, nothing found. */
export const cleanDriftResult: CheckResult = {
  schemaVersion: 1,
  mode: 'drift',
  base: null,
  head: { ref: HEAD_SHA, kopsVersion: '1.28.1' },
  target: { kopsVersion: '1.29.0' },
  findings: [],
  clusters: [cluster('base', { name: 'prod.example.com', file: 'clusters/prod.yaml' }), cluster('head', { name: 'prod.example.com', file: 'clusters/prod.yaml', kopsVersion: '1.29.0' })],
  summary: summaryOf([]),
}

/** 30 failing instance groups, plus 12 warnings and 15 notices: more than GitHub shows per level. */
export const floodResult: CheckResult = (() => {
  const findings: Finding[] = []
  for (let i = 1; i <= 30; i++) {
    const ig = `nodes-${String(i).padStart(2, '0')}`
    findings.push({ ...nodeupFails(ig, 'amd64', i % 2 === 0 ? 'unchanged' : 'new', 100 + i), file: 'clusters/big.yaml' })
  }
  for (let i = 1; i <= 12; i++)
    findings.push(finding({ ruleId: 'manifest-not-evaluated', status: 'new', message: `The template expression {{ .W${i} }} was not evaluated; values that depend on it were not checked.`, file: 'clusters/big.yaml', line: 200 + i, column: 5 }))
  for (let i = 1; i <= 15; i++)
    findings.push(finding({ ruleId: 'asset-contents-unknown', status: 'unchanged', message: `The contents of extra-${i}.tgz (amd64) are unknown.`, file: 'clusters/big.yaml', line: 300 + i, column: 9, arch: 'amd64', cluster: 'big.example.com' }))
  return { ...prResult, findings, clusters: [], summary: summaryOf(findings) }
})()

/** Several megabytes of Markdown: errors, warnings, notices, fixed findings and asset changes across many clusters. */
export function hugeResult(counts: { errors: number; warnings: number; notices: number; assets: number; fixed: number }): CheckResult {
  const pad = ' Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. é ✓'.repeat(3)
  const findings: Finding[] = []
  const add = (n: number, make: (i: number) => Finding) => {
    for (let i = 0; i < n; i++) findings.push(make(i))
  }
  add(counts.errors, (i) => ({ ...nodeupFails(`ig-${i}`, 'amd64', i % 3 === 0 ? 'unchanged' : 'new', 1000 + i), message: `Error number ${i}.${pad}` }))
  add(counts.warnings, (i) => finding({ ruleId: 'manifest-not-evaluated', status: 'new', message: `Warning number ${i}.${pad}`, file: 'clusters/huge.yaml', line: 10_000 + i, column: 3 }))
  add(counts.notices, (i) => finding({ ruleId: 'asset-contents-unknown', status: 'new', message: `Notice number ${i}.${pad}`, file: 'clusters/huge.yaml', line: 20_000 + i, column: 3 }))
  add(counts.assets, (i) => finding({ ruleId: 'asset-changed', status: 'new', message: `Asset change number ${i}.${pad}`, file: 'clusters/huge.yaml', line: 30_000 + i, column: 3, cluster: `c${i % 20}.example.com` }))
  add(counts.fixed, (i) => finding({ ruleId: 'manifest-not-evaluated', status: 'fixed', message: `Fixed number ${i}.${pad}`, file: 'clusters/huge.yaml', line: 40_000 + i, column: 3 }))
  const clusters = Array.from({ length: 20 }, (_, i) => cluster('head', { name: `c${i}.example.com`, file: `clusters/c${i}.yaml` }))
  return { ...prResult, findings, clusters, summary: summaryOf(findings) }
}
