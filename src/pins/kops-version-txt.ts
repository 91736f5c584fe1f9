// Pins from the `kops-version.txt` that kOps writes into a state store: the whole file is the version.
import type { Pin, PinExtractor } from './types.js'
import { linePosOf } from './position.js'
import { baseName, makePin, trimSpan } from './normalise.js'

const ID = 'kops-version-txt'

function extract(text: string, path: string): Pin[] {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const [s, e] = trimSpan(text, start, text.length)
  return e > s ? [makePin(ID, path, text, linePosOf(text), s, e)] : []
}

export const kopsVersionTxt: PinExtractor = {
  id: ID,
  describe: "A state store's `kops-version.txt`: the file content is the version",
  matches: (path) => baseName(path) === 'kops-version.txt',
  extract: (text, path) => {
    try {
      return extract(text, path)
    } catch {
      return []
    }
  },
}
