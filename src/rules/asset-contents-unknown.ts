// asset-contents-unknown: an archive nodeup extracts has a file name kops-preflight does not recognise, so lookups in it are unknown.
import { defineRule, igArches, placeOf } from './rule.js'

export default defineRule({
  id: 'asset-contents-unknown',
  defaultSeverity: 'notice',
  summary: 'An archive nodeup extracts is not recognised, so what nodeup finds in it could not be simulated.',
  remediation: 'Keep the upstream file name when mirroring archives (e.g. containerd-1.7.16-linux-amd64.tar.gz) so their contents are known.',
  messages: {
    unknown: 'The contents of {file} ({arch}) are unknown, so nodeup of kOps {kops} could not be simulated for instance groups using it; no verdict is given for them.',
  },
  scope: 'side',
  check({ side }, report) {
    for (const c of side.clusters) {
      const seen = new Set<string>()
      for (const { ig, results } of c.igs) {
        if (ig.role === 'Bastion') continue
        for (const arch of igArches(ig))
          for (const a of results[arch]?.archives ?? []) {
            if (a.family !== null || seen.has(`${arch}:${a.url}`)) continue
            seen.add(`${arch}:${a.url}`)
            report({
              messageId: 'unknown',
              data: { file: a.url.slice(a.url.lastIndexOf('/') + 1), arch, kops: c.kops.version ?? '' },
              place: placeOf(a.origin, side, c.group, c.kops),
              cluster: c.group.cluster?.name?.value ?? null,
              instanceGroup: null,
              arch,
              kopsVersion: c.kops.version,
              subject: `archive:${a.url}`,
            })
          }
      }
    }
  },
})
