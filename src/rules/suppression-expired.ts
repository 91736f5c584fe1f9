// suppression-expired: a suppression config entry is past its `expires` date and no longer suppresses anything.
import { defineRule } from './rule.js'

/** Message templates; the suppression step (src/findings/suppress.ts) reports them by these ids. */
export const messages = {
  expired: 'This suppression of {rule} expired on {expires} and no longer applies; the reason given was "{reason}".',
} as const

export type SuppressionExpiredMessageId = keyof typeof messages

export default defineRule({
  id: 'suppression-expired',
  defaultSeverity: 'warning',
  summary: 'A suppression config entry is past its expires date, so the findings it covered are reported again.',
  remediation: 'Fix what the entry suppressed, or, if the exception still holds, set a new `expires` date and update the `reason`.',
  messages,
  scope: 'side',
  // Suppressions apply to classified findings, so the suppression step reports this rule after every side rule has run.
  check() {},
})
