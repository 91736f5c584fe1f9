// Fixes for kOps 1.36's RBAC default (authorization-default-rbac): state the mode explicitly, either keeping the
// AlwaysAllow behaviour the cluster had or adopting RBAC. Two alternatives; `fix --write` never chooses between them.
import { isMap, isScalar, type Node } from 'yaml'
import type { Finding } from '../types.js'
import type { Fix } from './types.js'
import { offsetOf, pairAt, toTextEdit, type OffsetEdit, type YamlFile } from './yaml-text.js'

const MODES = [
  ['alwaysAllow', 'Keep the AlwaysAllow authorization the cluster has today: set spec.authorization.alwaysAllow: {}.'],
  ['rbac', 'Adopt RBAC explicitly (kOps 1.36 default): set spec.authorization.rbac: {}.'],
] as const

function indentOf(y: YamlFile, offset: number): string {
  const start = y.text.lastIndexOf('\n', offset - 1) + 1
  return /^[ \t]*/.exec(y.text.slice(start))![0]
}

export function authorizationFixes(f: Finding, y: YamlFile): Fix[] {
  const at = pairAt(y, offsetOf(y, f.line, f.column))
  if (!at) return []
  const edits = (mode: string): OffsetEdit | null => {
    if (at.path.join('.') === 'spec') {
      const spec = at.pair.value
      if (!isMap(spec) || spec.flow || spec.items.length === 0) return null
      const first = spec.items[0].key as Node
      const indent = indentOf(y, first.range![0])
      // Right below `spec:`, before any comment that belongs to the first key.
      const after = y.text.indexOf('\n', (at.pair.key as Node).range![1])
      if (after === -1) return null
      return { start: after + 1, end: after + 1, replacement: `${indent}authorization:\n${indent}  ${mode}: {}\n` }
    }
    if (at.path.join('.') === 'spec.authorization') {
      const v = at.pair.value
      const key = at.pair.key as Node
      const indent = indentOf(y, key.range![0])
      // From the colon's end, so no blank is left after `authorization:`.
      if (isMap(v) && v.flow && v.items.length === 0) return { start: key.range![1] + 1, end: v.range![1], replacement: `\n${indent}  ${mode}: {}` }
      if (v === null || (isScalar(v) && (v.value === null || v.value === undefined))) {
        const end = v?.range ? v.range[1] : key.range![1] + 1
        return { start: end, end, replacement: `\n${indent}  ${mode}: {}` }
      }
    }
    return null
  }
  const out: Fix[] = []
  for (const [mode, description] of MODES) {
    const e = edits(mode)
    if (e) out.push({ description, edits: [toTextEdit(y, e)] })
  }
  return out
}
