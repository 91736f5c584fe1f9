// kops-version-pins-disagree: pins of the kOps version that apply to the same clusters name different versions, or a
// repository-wide pin contradicts a directory or cluster pin (pins/scope.ts says which applies where).
import { pinConflicts } from '../pins/scope.js'
import type { Pin } from '../pins/types.js'
import { defineRule, type SideAnalysis } from './rule.js'

function at(pins: Pin[]): string {
  return pins.slice(0, 3).map((o) => `${o.file}:${o.pos.line}`).join(', ') + (pins.length > 3 ? ', …' : '')
}

/** Which version each cluster was simulated with: `1.29.0`, or `1.28.1 for a.example.com, 1.29.0 for b.example.com`. */
function used(side: SideAnalysis): string {
  const by = new Map<string, string[]>()
  for (const c of side.clusters) {
    const v = c.kops.version ?? 'nothing'
    by.set(v, [...(by.get(v) ?? []), c.group.cluster?.name?.value ?? c.group.file])
  }
  if (by.size === 0) return side.kops.version ?? 'nothing'
  if (by.size === 1) return [...by.keys()][0]
  return [...by.entries()].map(([v, names]) => `${v} for ${names.join(', ')}`).join('; ')
}

export default defineRule({
  id: 'kops-version-pins-disagree',
  defaultSeverity: 'error',
  summary: 'Pins of the kOps version that apply to the same clusters disagree, so CI, laptops and images run different kOps releases.',
  remediation: 'Make every pin name the same kOps version (or keep one pin and derive the others from it).',
  messages: {
    disagree: 'This pin says kOps {version} but {others} elsewhere in the repository ({where}); kops-preflight simulated {used}.',
    outranked:
      'This repository-wide pin says kOps {version}, but {scope} pins {others} ({where}); asdf, mise and aqua use the nearest pin, so {others} applies there and {version} only elsewhere (and wherever this file installs kOps for every cluster); kops-preflight simulated {used}.',
    outranks:
      'This pin says kOps {version} for {scope}, but the repository-wide pin {where} says {others}; tools that read the nearest pin use {version} there, while {where} installs {others} for every cluster; kops-preflight simulated {used}.',
  },
  scope: 'side',
  check({ side }, report) {
    const usedText = used(side)
    for (const c of pinConflicts(side.pins)) {
      const versions = [...new Set(c.others.map((o) => o.version as string))].join(', ')
      report({
        messageId: c.kind === 'same-scope' ? 'disagree' : c.kind,
        data: { version: c.pin.version as string, others: versions, where: at(c.others), used: usedText, ...(c.where ? { scope: c.where } : {}) },
        place: { file: c.pin.file, pos: c.pin.pos },
        cluster: null,
        instanceGroup: null,
        arch: null,
        kopsVersion: c.pin.version,
        subject: `${c.pin.source}:${c.pin.file}${c.kind === 'same-scope' ? '' : `:${c.kind}`}`,
      })
    }
  },
})
