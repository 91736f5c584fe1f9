// Fix: a cri-containerd(-cni) bundle in spec.containerd.packages → the containerd release tarball of the same version
// and arch, with the sha256 kOps itself embeds for it (kubernetes/kops:pkg/assets/assetdata, via releases/hashes.ts).
// Only for the upstream release URL, and only when the hash is known: anything else is not certain.
import { isMap, isScalar, type Node } from 'yaml'
import { knownHash } from '../releases/hashes.js'
import type { Finding } from '../types.js'
import type { Fix } from './types.js'
import { pairAt, offsetOf, replaceScalar, toTextEdit, type OffsetEdit, type YamlFile } from './yaml-text.js'

const BUNDLE = /^(https:\/\/github\.com\/containerd\/containerd\/releases\/download\/v(\d+\.\d+\.\d+)\/)cri-containerd(?:-cni)?-\2-linux-(amd64|arm64)\.tar\.gz$/
const ARCH_KEYS = [
  ['urlAmd64', 'hashAmd64'],
  ['urlArm64', 'hashArm64'],
] as const

export function containerdBundleFix(f: Finding, y: YamlFile): Fix | null {
  const at = pairAt(y, offsetOf(y, f.line, f.column))
  if (!at || !/^url(Amd64|Arm64)$/.test(at.path[at.path.length - 1]) || at.path[at.path.length - 2] !== 'packages') return null
  const packages = at.parent
  if (!isMap(packages)) return null
  const edits: OffsetEdit[] = []
  const files: string[] = []
  for (const [urlKey, hashKey] of ARCH_KEYS) {
    const url = packages.get(urlKey, true) as Node | undefined
    const hash = packages.get(hashKey, true) as Node | undefined
    if (!isScalar(url) || typeof url.value !== 'string') continue
    const m = BUNDLE.exec(url.value)
    if (!m) continue
    const name = `containerd-${m[2]}-linux-${m[3]}.tar.gz`
    const sha = knownHash(m[1] + name)
    if (!sha || !isScalar(hash)) return null
    const u = replaceScalar(y, url, m[1] + name)
    const h = replaceScalar(y, hash, sha)
    if (!u || !h) return null
    edits.push(u, h)
    files.push(name)
  }
  if (edits.length === 0) return null
  return {
    description: `Replace the cri-containerd bundle in spec.containerd.packages with the containerd release tarball ${files.join(' and ')} (sha256 as kOps embeds it).`,
    edits: edits.map((e) => toTextEdit(y, e)),
  }
}
