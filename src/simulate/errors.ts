// Failures of the simulated kOps commands, carrying kOps's own text and the spec value behind them.
import type { Located } from '../types.js'

/** `kops update cluster` would refuse the spec (validation or asset resolution). */
export class CloudupError extends Error {
  constructor(
    message: string,
    readonly origin: Located<unknown> | null,
  ) {
    super(message)
  }
}
