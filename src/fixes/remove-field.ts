// Fixes that remove what a kOps release refuses: a leftover spec.docker block, kubelet networkPluginName /
// networkPluginMTU, kubeScheduler.usePolicyConfigMap, spec.networking.cilium.version (kOps manages the addon version),
// and PodSecurityPolicy in kubeAPIServer.enableAdmissionPlugins. The finding's position names the YAML key or value.
import { isScalar, isSeq, type Node } from 'yaml'
import type { Finding } from '../types.js'
import type { Fix } from './types.js'
import { offsetOf, pairAt, pairs, removePair, removeSeqItem, toTextEdit, type YamlFile } from './yaml-text.js'

interface Removal {
  /** The key path's tail that identifies the field, as written in the YAML. */
  tail: string[]
  description: string
}

const REMOVALS: Removal[] = [
  { tail: ['spec', 'docker'], description: 'Remove the spec.docker block: kOps no longer supports Docker as the container runtime.' },
  { tail: ['networkPluginName'], description: 'Remove networkPluginName: kubelet dropped the flag in Kubernetes 1.24.' },
  { tail: ['networkPluginMTU'], description: 'Remove networkPluginMTU: kubelet dropped the flag in Kubernetes 1.24.' },
  { tail: ['kubeScheduler', 'usePolicyConfigMap'], description: 'Remove kubeScheduler.usePolicyConfigMap: scheduler policies were removed from Kubernetes.' },
  { tail: ['cilium', 'version'], description: 'Remove spec.networking.cilium.version: kOps installs the Cilium version it supports.' },
]

function endsWith(path: string[], tail: string[]): boolean {
  return tail.every((k, i) => path[path.length - tail.length + i] === k)
}

export function removeFieldFix(f: Finding, y: YamlFile): Fix | null {
  const offset = offsetOf(y, f.line, f.column)
  const at = pairAt(y, offset)
  if (at) {
    for (const r of REMOVALS)
      if (endsWith(at.path, r.tail)) {
        const edit = removePair(y, at)
        return edit ? { description: r.description, edits: [toTextEdit(y, edit)] } : null
      }
  }
  return podSecurityPolicyFix(y, offset)
}

/** PodSecurityPolicy in an enableAdmissionPlugins list that holds the offset (the list, its key or the item). */
function podSecurityPolicyFix(y: YamlFile, offset: number): Fix | null {
  for (const p of pairs(y)) {
    if (p.path[p.path.length - 1] !== 'enableAdmissionPlugins' || !isSeq(p.pair.value)) continue
    const key = (p.pair.key as Node).range!
    const seq = p.pair.value
    const range = seq.range!
    if (!(offset === key[0] || (offset >= range[0] && offset < range[1]))) continue
    const index = seq.items.findIndex((i) => isScalar(i) && i.value === 'PodSecurityPolicy')
    if (index === -1) return null
    const edit = removeSeqItem(y, seq, index)
    return edit ? { description: 'Drop PodSecurityPolicy from kubeAPIServer.enableAdmissionPlugins: the admission plugin was removed in Kubernetes 1.25.', edits: [toTextEdit(y, edit)] } : null
  }
  return null
}
