// Shared vocabulary of the pipeline: positions, located values, findings and results.
import type { Fix } from './fixes/types.js'

/** A span in a file. Lines and columns are 1-based; the end is inclusive of the last character's column + 1 (exclusive end). */
export interface Position {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** A value read from a repository file, with where it came from. */
export interface Located<T> {
  value: T
  /** Path relative to the repository root, with forward slashes. */
  file: string
  pos: Position
  /** Dotted path of the value inside its document, e.g. `spec.containerd.packages.urlAmd64`; for non-YAML sources a short description. */
  path: string
}

export type Severity = 'error' | 'warning' | 'notice'
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice']
export type FailOn = Severity | 'never'
export type Arch = 'amd64' | 'arm64'
export const ARCHES: readonly Arch[] = ['amd64', 'arm64']
export type Side = 'base' | 'head'
export type FindingStatus = 'new' | 'unchanged' | 'fixed'

/** Where a finding points. */
export interface Place {
  file: string
  pos: Position
}

/** One problem found on one side of the comparison, before base/head classification. */
export interface RawFinding {
  ruleId: string
  severity: Severity
  messageId: string
  /** Message data; every value is a plain string or number so renderers can escape it. */
  data: Record<string, string | number>
  message: string
  remediation: string
  place: Place
  cluster: string | null
  instanceGroup: string | null
  arch: Arch | null
  kopsVersion: string | null
  /** What the finding is about (an asset URL, a field path, a pin); part of its identity across sides. */
  subject: string
}

/** A finding as reported: a RawFinding with its status across base and head. */
export interface Finding {
  ruleId: string
  severity: Severity
  status: FindingStatus
  message: string
  remediation: string
  messageId: string
  data: Record<string, string | number>
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  cluster: string | null
  instanceGroup: string | null
  arch: Arch | null
  kopsVersion: string | null
  subject: string
  /** The one mechanical edit that fixes it, when it is certain (see src/fixes). */
  fix?: Fix
  /** Several alternative fixes the user has to choose between; never applied without a choice. */
  alternativeFixes?: Fix[]
}

export interface Summary {
  errors: number
  warnings: number
  notices: number
  new: number
  unchanged: number
  fixed: number
  /** Head-side findings left out of the counts above by a suppression; set by `runCheck`. */
  suppressed?: number
}

/** What suppressed a finding: an entry of the suppression config file or a `kops-preflight-ignore` comment. */
export interface SuppressedBy {
  kind: 'config' | 'inline'
  /** The config file, or the file holding the comment. */
  file: string
  /** The config entry's first line, or the comment's line. */
  line: number
  reason: string
  /** `YYYY-MM-DD` from the config entry; null when it does not expire (always for comments). */
  expires: string | null
}

/** A head-side finding that a suppression removed from the findings, kept so it is never dropped silently. */
export interface SuppressedFinding {
  finding: Finding
  by: SuppressedBy
}
