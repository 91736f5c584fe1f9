// The suppression rules: reported by the suppression step, never by the side pass, and every message is reachable.
import { describe, expect, it } from '@jest/globals'
import { applySuppressions, DEFAULT_CONFIG_PATH } from '../../src/findings/suppress.js'
import type { Rule } from '../../src/rules/rule.js'
import configInvalid from '../../src/rules/config-invalid.js'
import suppressionExpired from '../../src/rules/suppression-expired.js'
import suppressionUnused from '../../src/rules/suppression-unused.js'
import type { Finding } from '../../src/types.js'
import { cluster, BUNDLE_SPEC, ig, runRule, side } from '../helpers/rule-tester.js'

const NOW = new Date('2027-06-01T00:00:00Z')
const bundle: Finding = {
  ruleId: 'cri-containerd-bundle',
  severity: 'warning',
  status: 'new',
  message: 'bundle',
  remediation: 'Fix it.',
  messageId: 'bundle',
  data: {},
  file: 'c.yaml',
  line: 9,
  column: 17,
  endLine: 9,
  endColumn: 40,
  cluster: 'c.example.com',
  instanceGroup: null,
  arch: 'amd64',
  kopsVersion: '1.29.0',
  subject: 'containerd-package:amd64',
}

/** The suppression rules' findings for a config file and one manifest. */
function report(config: string | null, manifest = 'kind: Cluster\n') {
  const head = [{ path: 'c.yaml', text: `apiVersion: kops.k8s.io/v1alpha2\n${manifest}` }]
  if (config !== null) head.push({ path: DEFAULT_CONFIG_PATH, text: config })
  return applySuppressions({ findings: [bundle], head, now: NOW, config: config === null ? { path: 'missing.yaml', required: true } : null }).findings.filter((f) => f !== bundle)
}

const CASES: Record<string, [Rule, () => Finding[]]> = {
  yamlError: [configInvalid, () => report('ignore: [\n')],
  notMapping: [configInvalid, () => report('just text\n')],
  unknownTopKey: [configInvalid, () => report('ignored: []\n')],
  notList: [configInvalid, () => report('ignore: yes\n')],
  notEntry: [configInvalid, () => report('ignore:\n  - cri-containerd-bundle\n')],
  unknownKey: [configInvalid, () => report('ignore:\n  - rule: cri-containerd-bundle\n    reason: r\n    ig: nodes\n')],
  notString: [configInvalid, () => report('ignore:\n  - rule: cri-containerd-bundle\n    reason: r\n    path: {a: b}\n')],
  missingRule: [configInvalid, () => report('ignore:\n  - reason: r\n')],
  unknownRule: [configInvalid, () => report('ignore:\n  - rule: nope\n    reason: r\n')],
  unsuppressible: [configInvalid, () => report('ignore:\n  - rule: config-invalid\n    reason: r\n')],
  missingReason: [configInvalid, () => report('ignore:\n  - rule: cri-containerd-bundle\n')],
  badDate: [configInvalid, () => report('ignore:\n  - rule: cri-containerd-bundle\n    reason: r\n    expires: tomorrow\n')],
  missingFile: [configInvalid, () => report(null)],
  inlineNoRule: [configInvalid, () => report('', 'kind: Cluster # kops-preflight-ignore -- r\n')],
  expired: [suppressionExpired, () => report('ignore:\n  - rule: cri-containerd-bundle\n    reason: r\n    expires: 2027-05-31\n')],
  unused: [suppressionUnused, () => report('ignore:\n  - rule: nodeup-fails\n    reason: r\n')],
  unusedInline: [suppressionUnused, () => report('', 'kind: Cluster # kops-preflight-ignore nodeup-fails -- r\n')],
}

describe.each([configInvalid, suppressionExpired, suppressionUnused])('$id', (rule) => {
  it('reports nothing from the side pass: the suppression step reports it', () => {
    const s = side({ 'c.yaml': cluster(BUNDLE_SPEC) + '\n' + ig('nodes', 'Node'), [DEFAULT_CONFIG_PATH]: 'ignore: [\n' }, '1.29.0')
    expect(runRule(rule, s)).toEqual([])
  })

  it.each(Object.keys(rule.messages))('message %s is reported with the rule severity and remediation', (messageId) => {
    const [owner, run] = CASES[messageId]
    expect(owner).toBe(rule)
    const found = run()
    expect(found.map((f) => [f.ruleId, f.messageId])).toEqual([[rule.id, messageId]])
    expect(found[0].severity).toBe(rule.defaultSeverity)
    expect(found[0].remediation).toBe(rule.remediation)
    expect(found[0].message).not.toMatch(/\{\w+\}/)
  })
})

it('the severities are error, warning and notice', () => {
  expect([configInvalid, suppressionExpired, suppressionUnused].map((r) => [r.id, r.defaultSeverity])).toEqual([
    ['config-invalid', 'error'],
    ['suppression-expired', 'warning'],
    ['suppression-unused', 'notice'],
  ])
})
