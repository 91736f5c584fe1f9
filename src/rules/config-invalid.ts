// config-invalid: the suppression config file or a kops-preflight-ignore comment cannot be used as written.
import { defineRule } from './rule.js'

/** Message templates; the suppression step (src/findings/suppress.ts) reports them by these ids. */
export const messages = {
  yamlError: 'The suppression config is not valid YAML: {detail}',
  notMapping: 'The suppression config must be a mapping with an "ignore" list.',
  unknownTopKey: 'Unknown key "{key}" in the config file; the keys are "ignore" and "templates".',
  notList: '"ignore" must be a list of entries, each starting with "- rule: <rule-id>".',
  notEntry: 'This "ignore" entry is not a mapping; write "rule:" and "reason:" (and optional filters) under it.',
  unknownKey: 'Unknown key "{key}" in this suppression entry; allowed keys are rule, cluster, instanceGroup, path, reason and expires.',
  notString: '"{key}" must be a string, not {type}.',
  missingRule: 'This suppression entry has no "rule"; name the rule id whose findings it suppresses.',
  unknownRule: '"{rule}" is not a kops-preflight rule id.{hint}',
  unsuppressible: 'Findings of {rule} are about suppressions themselves and cannot be suppressed.',
  missingReason: 'The suppression of {rule} has no reason; say why the finding is accepted (e.g. with a ticket reference).',
  badDate: '"expires" must be a date written YYYY-MM-DD (e.g. 2027-01-31), not "{value}".',
  missingFile: 'The suppression config {path} does not exist on the head side.',
  inlineNoRule: 'This kops-preflight-ignore comment names no rule id; write "# kops-preflight-ignore <rule-id> -- <reason>".',
} as const

export type ConfigInvalidMessageId = keyof typeof messages

export default defineRule({
  id: 'config-invalid',
  defaultSeverity: 'error',
  summary: 'The suppression config file or a kops-preflight-ignore comment is invalid, so it suppresses nothing.',
  remediation:
    'Fix the suppression at the position given: each `ignore` entry needs a known `rule` and a non-empty `reason`, with optional `cluster`, `instanceGroup`, `path` and `expires: YYYY-MM-DD`; a comment reads `# kops-preflight-ignore <rule-id> -- <reason>`.',
  messages,
  scope: 'side',
  // Suppressions apply to classified findings, so the suppression step reports this rule after every side rule has run.
  check() {},
})
