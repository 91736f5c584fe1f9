// Pins from asdf/mise `.tool-versions` files: `kops 1.29.0` (the first version on the line is the one used).
import type { Pin, PinExtractor } from './types.js'
import { linePosOf } from './position.js'
import { baseName, makePin, sortPins, unquoteSpan } from './normalise.js'

const ID = 'tool-versions'

function extract(text: string, path: string): Pin[] {
  const pins: Pin[] = []
  const posOf = linePosOf(text)
  let lineStart = 0
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart)
    const lineEnd = nl === -1 ? text.length : nl
    const line = text.slice(lineStart, lineEnd)
    const hash = line.indexOf('#')
    const content = hash === -1 ? line : line.slice(0, hash)
    const words: Array<[number, number]> = []
    const re = /[^\s]+/g
    for (let m = re.exec(content); m !== null && words.length < 2; m = re.exec(content)) {
      words.push([lineStart + m.index, lineStart + m.index + m[0].length])
    }
    if (words.length === 2 && text.slice(words[0]![0], words[0]![1]) === 'kops') {
      const [start, end] = unquoteSpan(text, words[1]![0], words[1]![1])
      if (end > start) pins.push(makePin(ID, path, text, posOf, start, end))
    }
    if (nl === -1) break
    lineStart = nl + 1
  }
  return sortPins(pins)
}

export const toolVersions: PinExtractor = {
  id: ID,
  describe: '`.tool-versions` (asdf, mise): `kops 1.29.0`',
  matches: (path) => baseName(path) === '.tool-versions',
  extract: (text, path) => {
    try {
      return extract(text, path)
    } catch {
      return []
    }
  },
}
