// kops-rejects-spec: `kops update cluster` of the pinned release would refuse the spec before nodeup: API validation,
// the option builders or the asset plan (the Kubernetes window is kubernetes-version-unsupported). The cluster's
// refusal comes from applyCluster (simulate/cloudup/apply-cluster.ts), which stops at kOps's first failing step.
import { renderFieldError } from '../simulate/validation/index.js'
import { defineRule, placeOf } from './rule.js'

export default defineRule({
  id: 'kops-rejects-spec',
  defaultSeverity: 'error',
  summary: '`kops update cluster` of this kOps release would refuse the spec.',
  remediation: 'Fix the field the finding points at so kOps accepts it, or pin a kOps release that does.',
  messages: {
    invalid: 'kOps {kops} would refuse this spec in validation: {error}',
    invalidAmong: 'kOps {kops} would refuse this spec in validation: {error} (kOps prints: "{printed}")',
    options: 'kOps {kops} would refuse this spec while building the complete spec: "{error}".',
    assets: 'kops update cluster of kOps {kops} would fail while planning assets for {arch}: "{error}".',
  },
  scope: 'side',
  step: (messageId) => (messageId === 'options' ? 'options' : messageId === 'assets' ? 'assets' : 'validation'),
  check({ side }, report) {
    for (const c of side.clusters) {
      const r = c.refusal
      if (!r || r.stage === 'version') continue
      const cluster = c.group.cluster?.name?.value ?? null
      const kops = c.kops.version ?? ''
      const base = { cluster, kopsVersion: c.kops.version }
      if (r.stage === 'validation')
        for (const v of r.fieldErrors) {
          const error = renderFieldError(v)
          report({
            ...base,
            messageId: error === r.error ? 'invalid' : 'invalidAmong',
            data: { kops, field: v.field, detail: v.detail, error, printed: r.error },
            place: { file: v.at.file, pos: v.at.pos },
            instanceGroup: v.instanceGroup,
            arch: null,
            subject: `${v.field}:${v.detail}`,
          })
        }
      else if (r.stage === 'options')
        report({ ...base, messageId: 'options', data: { kops, error: r.error }, place: placeOf(r.origin, side, c.group), instanceGroup: null, arch: null, subject: r.error.replace(/\d+\.\d+\.\d+\S*/g, 'V') })
      else
        report({
          ...base,
          messageId: 'assets',
          data: { kops, arch: r.arch ?? '', error: r.error },
          place: placeOf(r.origin, side, c.group),
          instanceGroup: null,
          arch: r.arch,
          subject: r.error.replace(/\d+\.\d+\.\d+\S*/g, 'V'),
        })
    }
  },
})
