// Pins from GitHub workflows and composite actions: KOPS_VERSION env values, kops-version inputs and kOps download URLs.
import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments, type YAMLMap } from 'yaml'
import type { Pin, PinExtractor } from './types.js'
import { linePosOf, nestsTooDeep, yamlScalarSpan, type LinePosOf } from './position.js'
import { downloadUrlVersions, makePin, normalisePath, sortPins } from './normalise.js'

const ID = 'github-workflow'
const ENV_KEY = /^KOPS_VERSION$/i
const INPUT_KEY = /^kops[-_]version$/i

function keyOf(pair: { key: unknown }): string | null {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : null
}

function get(map: YAMLMap, key: string): unknown {
  for (const pair of map.items) if (keyOf(pair) === key) return pair.value
  return undefined
}

function extract(text: string, path: string): Pin[] {
  const spans = new Map<string, [number, number]>()
  const add = (span: [number, number] | null): void => {
    if (span !== null) spans.set(`${span[0]}:${span[1]}`, span)
  }
  /** Download URLs in text[from, to), skipping lines that are comments (`#` first). */
  const addUrls = (from: number, to: number): void => {
    for (let start = from; start < to; ) {
      const nl = text.indexOf('\n', start)
      const end = nl === -1 || nl > to ? to : nl
      if (!/^\s*#/.test(text.slice(start, end))) for (const span of downloadUrlVersions(text, start, end)) add(span)
      start = end + 1
    }
  }

  /** Values of an `env:`, `with:` or `inputs:` map that name the kOps version. */
  const fromMap = (kind: string, map: YAMLMap, owner: YAMLMap): void => {
    const usesKops = (() => {
      const uses = get(owner, 'uses')
      return isScalar(uses) && typeof uses.value === 'string' && /kops/i.test(uses.value)
    })()
    for (const pair of map.items) {
      const key = keyOf(pair)
      if (key === null) continue
      if (kind === 'env' && ENV_KEY.test(key)) add(yamlScalarSpan(pair.value))
      else if (kind === 'with' && (INPUT_KEY.test(key) || (usesKops && key === 'version'))) add(yamlScalarSpan(pair.value))
      else if (kind === 'inputs' && INPUT_KEY.test(key) && isMap(pair.value)) add(yamlScalarSpan(get(pair.value, 'default')))
    }
  }

  const visit = (node: unknown, depth: number): void => {
    if (depth > 200) return
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = keyOf(pair)
        if ((key === 'env' || key === 'with' || key === 'inputs') && isMap(pair.value)) fromMap(key, pair.value, node)
        visit(pair.value, depth + 1)
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, depth + 1)
    } else if (isPair(node)) {
      visit(node.value, depth + 1)
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      addUrls(node.range[0], node.range[1])
    }
  }

  let posOf: LinePosOf
  let broken = nestsTooDeep(text)
  if (broken) posOf = linePosOf(text)
  else {
    const lineCounter = new LineCounter()
    for (const doc of parseAllDocuments(text, { lineCounter })) {
      if (doc.errors.length > 0) broken = true
      visit(doc.contents, 0)
    }
    posOf = (offset) => lineCounter.linePos(offset)
  }
  // A file YAML cannot read is still searched for download URLs.
  if (broken) addUrls(0, text.length)

  return sortPins([...spans.values()].map(([start, end]) => makePin(ID, path, text, posOf, start, end)))
}

function matches(path: string): boolean {
  const p = normalisePath(path)
  return /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(p) || /(?:^|\/)\.github\/(?:[^/]+\/)*action\.ya?ml$/.test(p)
}

export const githubWorkflow: PinExtractor = {
  id: ID,
  describe: 'GitHub workflows and composite actions: `KOPS_VERSION:` env values, `kops-version` inputs, kOps download URLs',
  matches,
  extract: (text, path) => {
    try {
      return extract(text, path)
    } catch {
      return []
    }
  },
}
