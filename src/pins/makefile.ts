// Pins from Makefiles: `KOPS_VERSION ?= 1.29.0` (also `:=`, `::=`, `=`, `export`) and kOps download URLs.
import type { Pin, PinExtractor } from './types.js'
import { linePosOf } from './position.js'
import { baseName, downloadUrlVersions, makePin, sortPins, trimSpan, unquoteSpan } from './normalise.js'

const ID = 'makefile'
const ASSIGNMENT = /^[ ]*(?:(?:export|override|private)[ \t]+)*(KOPS_VERSION)[ \t]*(?:\?=|:::=|::=|:=|=)/i

function extract(text: string, path: string): Pin[] {
  const posOf = linePosOf(text)
  const pins: Pin[] = []
  let start = 0
  while (start <= text.length) {
    const nl = text.indexOf('\n', start)
    const end = nl === -1 ? text.length : nl
    const line = text.slice(start, end)
    if (!/^\s*#/.test(line)) {
      const m = ASSIGNMENT.exec(line)
      if (m !== null) {
        let valueEnd = end
        for (let i = start + m[0].length; i < end; i++) {
          if (text[i] === '\\') i++
          else if (text[i] === '#') {
            valueEnd = i
            break
          }
        }
        const [vs, ve] = unquoteSpan(text, ...trimSpan(text, start + m[0].length, valueEnd))
        if (ve > vs) pins.push(makePin(ID, path, text, posOf, vs, ve))
      }
      for (const [s, e] of downloadUrlVersions(text, start, end)) pins.push(makePin(ID, path, text, posOf, s, e))
    }
    if (nl === -1) break
    start = nl + 1
  }
  return sortPins(pins)
}

function matches(path: string): boolean {
  const name = baseName(path)
  return name === 'Makefile' || name === 'makefile' || name === 'GNUmakefile' || /.\.mk$/.test(name)
}

export const makefile: PinExtractor = {
  id: ID,
  describe: 'Makefiles (`Makefile`, `*.mk`): `KOPS_VERSION ?= 1.29.0`, kOps download URLs',
  matches,
  extract: (text, path) => {
    try {
      return extract(text, path)
    } catch {
      return []
    }
  },
}
