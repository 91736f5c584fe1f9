// Registry of kOps version-pin extractors and the entry point that runs them over repository files.
import type { Pin, PinExtractor } from './types.js'
import { toolVersions } from './tool-versions.js'
import { miseToml } from './mise-toml.js'
import { aquaYaml } from './aqua-yaml.js'
import { githubWorkflow } from './workflow.js'
import { dockerfile } from './dockerfile.js'
import { makefile } from './makefile.js'
import { kopsVersionTxt } from './kops-version-txt.js'

export type { Pin, PinExtractor, PinSkipReason } from './types.js'
export { normaliseVersion } from './normalise.js'

/** Every extractor, in the order their pins are reported for one file. */
export const PIN_EXTRACTORS: PinExtractor[] = [
  toolVersions,
  miseToml,
  aquaYaml,
  githubWorkflow,
  dockerfile,
  makefile,
  kopsVersionTxt,
]

/** Runs every matching extractor over every file; pins come in file order, then extractor order. */
export function extractPins(files: ReadonlyArray<{ path: string; text: string }>): Pin[] {
  const pins: Pin[] = []
  for (const file of files) {
    for (const extractor of PIN_EXTRACTORS) {
      if (!extractor.matches(file.path)) continue
      try {
        pins.push(...extractor.extract(file.text, file.path))
      } catch {
        // Extractors do not throw; a file that breaks one still leaves the others' pins.
      }
    }
  }
  return pins
}
