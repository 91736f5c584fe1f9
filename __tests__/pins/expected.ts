// Builds expected Pin records for the pin extractor tests.
import type { Pin, PinSkipReason } from '../../src/pins/types.js'

const SKIP_REASONS: readonly string[] = ['contains-variable', 'not-a-version', 'range']

/** Where a token is: [line, column, endColumn] on one line, or [line, column, endLine, endColumn]. */
export type At = [number, number, number] | [number, number, number, number]

/** An expected pin; `outcome` is the normalised version or a skip reason. */
export function pin(source: string, file: string, at: At, raw: string, outcome: string): Pin {
  const [line, column] = at
  const endLine = at.length === 4 ? at[2] : line
  const endColumn = at.length === 4 ? at[3] : at[2]
  const pos = { line, column, endLine, endColumn }
  if (SKIP_REASONS.includes(outcome)) {
    return { source, file, pos, raw, version: null, skipReason: outcome as PinSkipReason }
  }
  return { source, file, pos, raw, version: outcome }
}

/** Shorthand for pins of one extractor in one file. */
export function pinsOf(source: string, file: string) {
  return (at: At, raw: string, outcome: string): Pin => pin(source, file, at, raw, outcome)
}

/** The text each pin's position covers, read back from `text` (single-line pins). */
export function covered(text: string, pins: readonly Pin[]): string[] {
  const lines = text.split('\n')
  return pins.map(({ pos }) => (lines[pos.line - 1] ?? '').slice(pos.column - 1, pos.endColumn - 1))
}
