// kops-version-pins-disagree: two pins of the kOps version in one side of the repository name different versions.
import { defineRule } from './rule.js'

export default defineRule({
  id: 'kops-version-pins-disagree',
  defaultSeverity: 'error',
  summary: 'Pins of the kOps version in the repository disagree, so CI, laptops and images run different kOps releases.',
  remediation: 'Make every pin name the same kOps version (or keep one pin and derive the others from it).',
  messages: {
    disagree: 'This pin says kOps {version} but {others} elsewhere in the repository ({where}); kops-preflight simulated {used}.',
  },
  scope: 'side',
  check({ side }, report) {
    const pins = side.pins.filter((p) => p.version !== null)
    const versions = [...new Set(pins.map((p) => p.version as string))]
    if (versions.length < 2) return
    for (const p of pins) {
      const others = pins.filter((o) => o.version !== p.version)
      report({
        messageId: 'disagree',
        data: {
          version: p.version as string,
          others: [...new Set(others.map((o) => o.version as string))].join(', '),
          where: others.slice(0, 3).map((o) => `${o.file}:${o.pos.line}`).join(', ') + (others.length > 3 ? ', …' : ''),
          used: side.kops.version ?? 'nothing',
        },
        place: { file: p.file, pos: p.pos },
        cluster: null,
        instanceGroup: null,
        arch: null,
        kopsVersion: p.version,
        subject: `${p.source}:${p.file}`,
      })
    }
  },
})
