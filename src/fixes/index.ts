// Attaches mechanical fixes to findings: one certain edit set (`fix`) or several alternatives (`alternativeFixes`),
// each verified by re-parsing the edited file. Fixers are keyed by rule id; a fixer that is not certain returns none.
import type { RepoFile } from '../repo/side.js'
import type { Finding } from '../types.js'
import { authorizationFixes } from './authorization.js'
import { containerdBundleFix } from './containerd-bundle.js'
import { containerdConfigFix } from './containerd-config.js'
import { removeFieldFix } from './remove-field.js'
import type { Fix, TextEdit } from './types.js'
import { applyEdits } from './edits.js'
import { readYamlFile, verifies, type YamlFile } from './yaml-text.js'

export type { Fix, TextEdit } from './types.js'
export { applyEdits } from './edits.js'

type Fixer = (f: Finding, y: YamlFile) => Fix[]

const one =
  (fixer: (f: Finding, y: YamlFile) => Fix | null): Fixer =>
  (f, y) => {
    const fix = fixer(f, y)
    return fix ? [fix] : []
  }

const FIXERS: Record<string, Fixer> = {
  'nodeup-fails': (f, y) => (String(f.data.error ?? '').includes('found multiple matching assets for key: "crictl"') ? one(containerdBundleFix)(f, y) : []),
  'cri-containerd-bundle': one(containerdBundleFix),
  'kops-rejects-spec': one(removeFieldFix),
  'authorization-default-rbac': authorizationFixes,
  'containerd-config-ignored': one(containerdConfigFix),
}

function valid(fix: Fix, files: Map<string, string>): boolean {
  const byFile = new Map<string, TextEdit[]>()
  for (const e of fix.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e])
  for (const [file, edits] of byFile) {
    const text = files.get(file)
    if (text === undefined || !verifies(applyEdits(text, edits), () => true)) return false
  }
  return true
}

/** Findings with their fixes: head-side findings (status new or unchanged) in files the head holds. */
export function attachFixes(findings: Finding[], headFiles: RepoFile[]): Finding[] {
  const texts = new Map(headFiles.map((f) => [f.path, f.text]))
  const parsed = new Map<string, YamlFile>()
  return findings.map((f) => {
    const fixer = FIXERS[f.ruleId]
    const text = texts.get(f.file)
    if (!fixer || f.status === 'fixed' || text === undefined) return f
    let y = parsed.get(f.file)
    if (!y) {
      y = readYamlFile(f.file, text)
      parsed.set(f.file, y)
    }
    const fixes = fixer(f, y).filter((x) => valid(x, texts))
    if (fixes.length === 0) return f
    return fixes.length === 1 && f.ruleId !== 'authorization-default-rbac' ? { ...f, fix: fixes[0] } : { ...f, alternativeFixes: fixes }
  })
}
