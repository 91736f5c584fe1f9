// suppression-unused: a suppression config entry or kops-preflight-ignore comment matched no finding on the head side.
import { defineRule } from './rule.js'

/** Message templates; the suppression step (src/findings/suppress.ts) reports them by these ids. */
export const messages = {
  unused: 'This suppression of {rule}{filters} matched no finding; remove it if the finding is gone.',
  unusedInline: 'This kops-preflight-ignore comment for {rule} matched no finding on line {line}; remove it if the finding is gone.',
} as const

export type SuppressionUnusedMessageId = keyof typeof messages

export default defineRule({
  id: 'suppression-unused',
  defaultSeverity: 'notice',
  summary: 'A suppression matched no finding on the head side, so it is stale.',
  remediation: 'Remove the suppression entry or comment; the finding it was written for is gone, or its filters no longer match it.',
  messages,
  scope: 'side',
  // Suppressions apply to classified findings, so the suppression step reports this rule after every side rule has run.
  check() {},
})
