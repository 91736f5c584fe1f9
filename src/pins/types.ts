// Version pins of the kOps binary found in repository files.
import type { Position } from '../types.js'

export type PinSkipReason =
  /** The value is a variable or template (`${KOPS_VERSION}`, `{{ .kops }}`). */
  | 'contains-variable'
  /** The value is not a version (e.g. `latest`). */
  | 'not-a-version'
  /** The value is a range (`>= 1.28`), not one version. */
  | 'range'

export interface Pin {
  /** Extractor id, e.g. `tool-versions`. */
  source: string
  file: string
  pos: Position
  /** The text as written, e.g. `v1.29.0`. */
  raw: string
  /** Normalised version without a leading `v` (e.g. `1.29.0-beta.1`), or null when skipped. */
  version: string | null
  skipReason?: PinSkipReason
}

export interface PinExtractor {
  id: string
  /** One line for docs. */
  describe: string
  /** Whether this extractor reads the file at `path` (repo-relative). */
  matches(path: string): boolean
  /** Pure: text in, pins out; never throws. */
  extract(text: string, path: string): Pin[]
}
