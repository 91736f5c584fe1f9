// Tests for the pin extractor registry and extractPins, plus properties every extractor keeps.
import { describe, expect, test } from '@jest/globals'
import { readdirSync } from 'node:fs'
import fc from 'fast-check'
import { PIN_EXTRACTORS, extractPins } from '../../src/pins/index.js'
import type { Pin, PinExtractor } from '../../src/pins/types.js'
import { lineStarts } from '../../src/pins/position.js'
import { pin } from './expected.js'

const PINS_DIR = new URL('../../src/pins/', import.meta.url)
const NOT_EXTRACTORS = new Set(['index.ts', 'types.ts', 'normalise.ts', 'position.ts', 'scope.ts'])

function isExtractor(value: unknown): value is PinExtractor {
  const v = value as Partial<PinExtractor> | null
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.matches === 'function' && typeof v.extract === 'function'
}

describe('PIN_EXTRACTORS', () => {
  test('holds exactly the extractor exported by each extractor file', async () => {
    const files = readdirSync(PINS_DIR).filter((f) => f.endsWith('.ts') && !NOT_EXTRACTORS.has(f)).sort()
    const exported: Array<[string, PinExtractor]> = []
    for (const file of files) {
      const mod = (await import(new URL(file, PINS_DIR).href)) as Record<string, unknown>
      const extractors = Object.values(mod).filter(isExtractor)
      expect([file, extractors.length]).toStrictEqual([file, 1])
      exported.push([file, extractors[0]!])
    }
    const byId = (a: PinExtractor, b: PinExtractor) => a.id.localeCompare(b.id)
    expect(PIN_EXTRACTORS.map((e) => e.id).sort()).toStrictEqual(exported.map(([, e]) => e.id).sort())
    expect([...PIN_EXTRACTORS].sort(byId)).toStrictEqual(exported.map(([, e]) => e).sort(byId))
  })

  test('ids, in order', () => {
    expect(PIN_EXTRACTORS.map((e) => e.id)).toStrictEqual([
      'tool-versions',
      'mise-toml',
      'aqua-yaml',
      'github-workflow',
      'dockerfile',
      'makefile',
      'kops-version-txt',
    ])
  })

  test('every extractor describes itself', () => {
    for (const e of PIN_EXTRACTORS) expect(e.describe.length).toBeGreaterThan(10)
  })
})

describe('extractPins', () => {
  test('runs the matching extractors over every file, in file order', () => {
    const files = [
      { path: 'README.md', text: 'kops 1.29.0\nKOPS_VERSION ?= 1.29.0\n' },
      { path: 'Makefile', text: 'KOPS_VERSION ?= 1.29.0\n' },
      { path: '.tool-versions', text: 'kops 1.28.4\n' },
      { path: '.github/workflows/ci.yml', text: 'env:\n  KOPS_VERSION: v1.29.0\n' },
      { path: 'state/c1/kops-version.txt', text: '1.27.1\n' },
      { path: 'mise.toml', text: '[tools]\nkops = "latest"\n' },
      { path: 'Dockerfile', text: 'ARG KOPS_VERSION=1.29.0\n' },
      { path: 'aqua.yaml', text: 'packages:\n- name: kubernetes/kops@v1.29.0\n' },
    ]
    expect(extractPins(files)).toStrictEqual([
      pin('makefile', 'Makefile', [1, 17, 23], '1.29.0', '1.29.0'),
      pin('tool-versions', '.tool-versions', [1, 6, 12], '1.28.4', '1.28.4'),
      pin('github-workflow', '.github/workflows/ci.yml', [2, 17, 24], 'v1.29.0', '1.29.0'),
      pin('kops-version-txt', 'state/c1/kops-version.txt', [1, 1, 7], '1.27.1', '1.27.1'),
      pin('mise-toml', 'mise.toml', [2, 9, 15], 'latest', 'not-a-version'),
      pin('dockerfile', 'Dockerfile', [1, 18, 24], '1.29.0', '1.29.0'),
      pin('aqua-yaml', 'aqua.yaml', [2, 25, 32], 'v1.29.0', '1.29.0'),
    ])
  })

  test('nothing for no files or unmatched files', () => {
    expect(extractPins([])).toStrictEqual([])
    expect(extractPins([{ path: 'cluster.yaml', text: 'kubernetesVersion: 1.29.0\n' }])).toStrictEqual([])
  })
})

/** The text a pin's position covers, across lines. */
function coveredText(text: string, p: Pin): string {
  const starts = lineStarts(text)
  const at = (line: number, column: number) => starts[line - 1]! + column - 1
  return text.slice(at(p.pos.line, p.pos.column), at(p.pos.endLine, p.pos.endColumn))
}

const FRAGMENTS = [
  'kops 1.29.0', 'kops', ' ', '\n', '\r\n', '\t', '#', '"', "'", '[tools]', 'kops = ', '= ', '[', ']', '{', '}', ',',
  'version = ', 'packages:\n- name: kubernetes/kops@', 'name: ', 'version: ', 'env:\n  KOPS_VERSION: ', 'run: |\n  ',
  'KOPS_VERSION', 'KOPS_VERSION ?= ', 'ARG ', 'ENV ', '\\', '=', 'v1.29.0', '1.29', '${X}', '${{ a }}', '$(', ')',
  'https://github.com/kubernetes/kops/releases/download/', 'https://artifacts.k8s.io/binaries/kops/', '/', '-', ':', '\uFEFF', 'é',
]
const fileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join('')),
)

describe('every extractor', () => {
  test.each(PIN_EXTRACTORS.map((e) => [e.id, e] as const))('%s never throws and points at its raw text', (_id, extractor) => {
    fc.assert(
      fc.property(fileText, (text) => {
        const pins = extractor.extract(text, 'f')
        expect(Array.isArray(pins)).toBe(true)
        for (const p of pins) {
          expect(p.source).toBe(extractor.id)
          expect(coveredText(text, p)).toBe(p.raw)
          expect(p.raw.length).toBeGreaterThan(0)
          expect(p.version === null).toBe(p.skipReason !== undefined)
        }
      }),
      { numRuns: 300 },
    )
  })
})
