// kops-version-unknown: the kOps version in effect is not a release in the catalogue.
import { defineRule } from './rule.js'

export default defineRule({
  id: 'kops-version-unknown',
  defaultSeverity: 'warning',
  summary: 'The pinned kOps version is not a known kOps release, so its behaviour is approximated or not simulated.',
  remediation: 'Pin a released kOps version (see https://github.com/kubernetes/kops/releases), or update kops-preflight if the release is newer than it knows.',
  messages: {
    newer: 'kOps {version} is newer than the newest release kops-preflight knows ({release}); it was simulated as kOps {release}.',
    unreleased: 'kOps {version} is not a kOps release; it was simulated as kOps {release}, the nearest earlier release.',
    unsupported: 'kOps {version} is older than the releases kops-preflight models (from {oldest}); nothing was simulated for it.',
    invalid: '"{raw}" is not a kOps version; nothing was simulated for it.',
  },
  scope: 'side',
  check({ side }, report) {
    // The side's default and each cluster's own pin (pins/scope.ts): every pin in effect somewhere, once.
    const seen = new Set<string>()
    for (const k of [side.kops, ...side.clusters.map((c) => c.kops)]) {
      if (k.status === 'known' || k.status === 'missing' || !k.pin) continue
      const place = { file: k.pin.file, pos: k.pin.pos }
      const key = `${place.file}:${place.pos.line}:${place.pos.column}`
      if (seen.has(key)) continue
      seen.add(key)
      report({
      messageId: k.status,
      data: { version: k.version ?? '', release: k.release ?? '', oldest: '1.26.0-alpha.1', raw: k.pin?.value ?? '' },
      place,
      cluster: null,
      instanceGroup: null,
      arch: null,
      kopsVersion: k.version,
      subject: 'kops-pin',
      })
    }
  },
})
