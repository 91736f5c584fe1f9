// Pins from aqua configs: `packages: - name: kubernetes/kops@v1.29.0`, or `name: kubernetes/kops` with `version:`.
import { LineCounter, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml'
import type { Pin, PinExtractor } from './types.js'
import { nestsTooDeep, yamlScalarSpan, type LinePosOf } from './position.js'
import { baseName, makePin, normalisePath, sortPins } from './normalise.js'

const ID = 'aqua-yaml'
const PACKAGE = 'kubernetes/kops'

function get(map: unknown, key: string): unknown {
  if (!isMap(map)) return undefined
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key) return pair.value
  }
  return undefined
}

function packageVersionSpan(text: string, item: unknown): [number, number] | null {
  const nameNode = get(item, 'name')
  if (!isScalar(nameNode) || typeof nameNode.value !== 'string') return null
  const name = nameNode.value.trim()
  const at = name.indexOf('@')
  if ((at === -1 ? name : name.slice(0, at)).toLowerCase() !== PACKAGE) return null
  const versionSpan = yamlScalarSpan(get(item, 'version'))
  if (versionSpan !== null) return versionSpan
  if (at === -1) return null
  const nameSpan = yamlScalarSpan(nameNode)
  if (nameSpan === null) return null
  const rawAt = text.indexOf('@', nameSpan[0])
  if (rawAt === -1 || rawAt >= nameSpan[1]) return null
  let end = nameSpan[1]
  while (end > rawAt + 1 && /\s/.test(text[end - 1]!)) end--
  return end > rawAt + 1 ? [rawAt + 1, end] : null
}

function extract(text: string, path: string): Pin[] {
  const pins: Pin[] = []
  if (nestsTooDeep(text)) return pins
  const lineCounter = new LineCounter()
  const posOf: LinePosOf = (offset) => lineCounter.linePos(offset)
  for (const doc of parseAllDocuments(text, { lineCounter })) {
    const packages = get(doc.contents, 'packages')
    if (!isSeq(packages)) continue
    for (const item of packages.items) {
      const span = packageVersionSpan(text, item)
      if (span !== null) pins.push(makePin(ID, path, text, posOf, span[0], span[1]))
    }
  }
  return sortPins(pins)
}

function matches(path: string): boolean {
  const p = normalisePath(path)
  return /^\.?aqua\.ya?ml$/.test(baseName(p)) || /(?:^|\/)\.?aqua\/(?:[^/]+\/)*[^/]+\.ya?ml$/.test(p)
}

export const aquaYaml: PinExtractor = {
  id: ID,
  describe: 'aqua (`aqua.yaml`, `aqua/*.yaml`): `packages: - name: kubernetes/kops@v1.29.0`',
  matches,
  extract: (text, path) => {
    try {
      return extract(text, path)
    } catch {
      return []
    }
  },
}
