// Fix for containerd-config-ignored: rename a version 2 CRI key in configAdditions to its containerd 2 (version 3)
// location when it has a one-to-one equivalent (simulate/nodeup/containerd-config.ts v3KeyFor). Only for a key set on
// an instance group: the warning fired for that group's own containerd (≥ 2.0), so the new key is the one it reads. A
// cluster-level key may also serve groups still on containerd 1.x, for which the old key is right: no edit there.
import type { Finding } from '../types.js'
import type { Fix } from './types.js'
import { offsetOf, pairAt, replaceScalar, toTextEdit, type YamlFile } from './yaml-text.js'

export function containerdConfigFix(f: Finding, y: YamlFile): Fix | null {
  if (f.messageId !== 'ignored' || f.instanceGroup === null) return null
  const key = String(f.data.key ?? '')
  const v3 = String(f.data.v3Key ?? '')
  if (key === '' || v3 === '' || key === v3) return null
  const at = pairAt(y, offsetOf(y, f.line, f.column))
  if (!at || at.path[at.path.length - 2] !== 'configAdditions' || at.path[at.path.length - 1] !== key) return null
  const edit = replaceScalar(y, at.pair.key, v3)
  return edit ? { description: `Rename the configAdditions key to ${v3}, where containerd 2 reads it.`, edits: [toTextEdit(y, edit)] } : null
}
