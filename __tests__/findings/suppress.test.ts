// Suppressions: config filters, globs, expiry, config problems at exact positions, inline comments, unused entries and counts.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { runCheck } from '../../src/check.js'
import { applySuppressions, DEFAULT_CONFIG_PATH, normaliseConfigPath, type SuppressInput } from '../../src/findings/suppress.js'
import type { RepoFile } from '../../src/repo/side.js'
import type { Finding, FindingStatus, RawFinding } from '../../src/types.js'

const CONFIG = DEFAULT_CONFIG_PATH
const NOW = new Date('2027-01-15T12:00:00Z')

function finding(init: Partial<Finding> & Pick<Finding, 'ruleId' | 'file' | 'line'>, status: FindingStatus = 'new'): Finding {
  return {
    severity: 'warning',
    status,
    message: `${init.ruleId} at ${init.file}:${init.line}`,
    remediation: 'Fix it.',
    messageId: 'm',
    data: {},
    column: 7,
    endLine: init.line,
    endColumn: 20,
    cluster: null,
    instanceGroup: null,
    arch: null,
    kopsVersion: '1.29.0',
    subject: `${init.ruleId}:${init.line}`,
    ...init,
  }
}

const bundle = finding({ ruleId: 'cri-containerd-bundle', file: 'clusters/prod/cluster.yaml', line: 13, cluster: 'prod.example.com', arch: 'amd64' })
const nodes = finding({ ruleId: 'nodeup-fails', severity: 'error', file: 'clusters/prod/cluster.yaml', line: 13, cluster: 'prod.example.com', instanceGroup: 'nodes', arch: 'amd64' })
const cp = finding({ ruleId: 'nodeup-fails', severity: 'error', file: 'clusters/prod/cluster.yaml', line: 13, cluster: 'prod.example.com', instanceGroup: 'control-plane', arch: 'amd64' })
const staging = finding({ ruleId: 'nodeup-fails', severity: 'error', file: 'clusters/staging.yaml', line: 20, cluster: 'staging.example.com', instanceGroup: 'nodes', arch: 'amd64' })
/** In report order, as classified findings come. */
const ALL = [cp, nodes, staging, bundle]

/** A finding as the base side's rules reported it. */
function asRaw(f: Finding, line = f.line): RawFinding {
  return { ...f, place: { file: f.file, pos: { line, column: f.column, endLine: line, endColumn: f.endColumn } } }
}

/** The base side: a config text (or none) and its findings. */
const baseWith = (config: string | null, findings: Finding[] = ALL) => ({ files: config === null ? [] : [{ path: CONFIG, text: config }], findings: findings.map((f) => asRaw(f)) })

function apply(config: string | null, findings: Finding[] = ALL, extra: Partial<SuppressInput> = {}, files: RepoFile[] = []) {
  const head = [...files, ...(config === null ? [] : [{ path: CONFIG, text: config }])]
  return applySuppressions({ findings, head, now: NOW, ...extra })
}

/** Findings of the suppression rules as [ruleId, messageId, line, column, status]. */
function own(findings: Finding[]) {
  return findings.filter((f) => ['config-invalid', 'suppression-expired', 'suppression-unused'].includes(f.ruleId)).map((f) => [f.ruleId, f.messageId, f.line, f.column, f.status])
}

const entry = (lines: string[]) => ['ignore:', ...lines.map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`))].join('\n') + '\n'

describe('config filters', () => {
  it('a rule alone suppresses every finding of that rule, and records what suppressed it', () => {
    const r = apply(entry(['rule: nodeup-fails', 'reason: "Known crictl clash (PLAT-1)"']))
    expect(r.findings).toEqual([bundle])
    expect(r.suppressed.map((s) => s.finding)).toEqual([cp, nodes, staging])
    expect(r.suppressed[0].by).toEqual({ kind: 'config', file: CONFIG, line: 2, reason: 'Known crictl clash (PLAT-1)', expires: null })
  })

  it('cluster must match', () => {
    const r = apply(entry(['rule: nodeup-fails', 'cluster: staging.example.com', 'reason: r']))
    expect(r.suppressed.map((s) => s.finding)).toEqual([staging])
  })

  it('instanceGroup must match', () => {
    const r = apply(entry(['rule: nodeup-fails', 'instanceGroup: nodes', 'reason: r']))
    expect(r.suppressed.map((s) => s.finding)).toEqual([nodes, staging])
  })

  it('every filter given must match', () => {
    const r = apply(entry(['rule: nodeup-fails', 'cluster: prod.example.com', 'instanceGroup: nodes', 'reason: r']))
    expect(r.suppressed.map((s) => s.finding)).toEqual([nodes])
  })

  it.each([
    ['clusters/prod/**', [cp, nodes]],
    ['clusters/prod', [cp, nodes]],
    ['clusters/*.yaml', [staging]],
    ['**/staging.yaml', [staging]],
    ['clusters/{prod/cluster,staging}.yaml', [cp, nodes, staging]],
    ['other/**', []],
  ])('path %s is a glob on the finding file', (glob, expected) => {
    const r = apply(entry(['rule: nodeup-fails', `path: "${glob}"`, 'reason: r']))
    expect(r.suppressed.map((s) => s.finding)).toEqual(expected)
  })

  it('a filter on a finding without that field does not match', () => {
    const pin = finding({ ruleId: 'kops-version-unknown', file: '.tool-versions', line: 1 })
    const r = apply(entry(['rule: kops-version-unknown', 'cluster: prod.example.com', 'reason: r']), [pin])
    expect(r.suppressed).toEqual([])
    expect(own(r.findings)).toEqual([['suppression-unused', 'unused', 2, 5, 'new']])
  })

  it('fixed findings are not suppressed: they fail nothing', () => {
    const fixed = { ...staging, status: 'fixed' as const }
    const r = apply(entry(['rule: nodeup-fails', 'cluster: staging.example.com', 'reason: r']), [fixed])
    expect(r.findings[0]).toBe(fixed)
    expect(r.suppressed).toEqual([])
    expect(own(r.findings)).toEqual([['suppression-unused', 'unused', 2, 5, 'new']])
  })

  it('unchanged findings are suppressed like new ones', () => {
    const unchanged = { ...staging, status: 'unchanged' as const }
    expect(apply(entry(['rule: nodeup-fails', 'reason: r']), [unchanged]).suppressed.map((s) => s.finding)).toEqual([unchanged])
  })

  it('an empty or comment-only config suppresses nothing and reports nothing', () => {
    for (const text of ['', '# nothing yet\n', 'ignore:\n', 'ignore: []\n']) expect(apply(text)).toEqual({ findings: ALL, suppressed: [] })
  })
})

describe('expiry', () => {
  const config = entry(['rule: cri-containerd-bundle', 'reason: "Mirrored bundle until 1.30 (PLAT-123)"', 'expires: 2027-01-31'])

  it('suppresses through the expiry day (UTC) and keeps the date', () => {
    for (const now of [NOW, new Date('2027-01-31T23:59:59Z')]) {
      const r = apply(config, ALL, { now })
      expect(r.suppressed.map((s) => [s.finding, s.by.expires, s.by.line])).toEqual([[bundle, '2027-01-31', 2]])
    }
  })

  it('after it, the finding stays and the entry is a warning at its expires value', () => {
    const r = apply(config, ALL, { now: new Date('2027-02-01T00:00:00Z') })
    expect(r.suppressed).toEqual([])
    expect(r.findings).toContain(bundle)
    const expired = r.findings.find((f) => f.ruleId === 'suppression-expired') as Finding
    expect(expired).toMatchObject({ severity: 'warning', status: 'new', file: CONFIG, line: 4, column: 14, endLine: 4, endColumn: 24, messageId: 'expired' })
    expect(expired.message).toBe('This suppression of cri-containerd-bundle expired on 2027-01-31 and no longer applies; the reason given was "Mirrored bundle until 1.30 (PLAT-123)".')
    // An expired entry is not also reported as unused.
    expect(own(r.findings)).toEqual([['suppression-expired', 'expired', 4, 14, 'new']])
  })

  it.each(['2027-02-30', '2027/01/31', '31-01-2027', 'soon', '20270131'])('a bad date %s is config-invalid at the value', (date) => {
    const r = apply(entry(['rule: cri-containerd-bundle', 'reason: r', `expires: ${date}`]))
    expect(own(r.findings)).toEqual([['config-invalid', 'badDate', 4, 14, 'new']])
    expect(r.findings.find((f) => f.ruleId === 'config-invalid')?.message).toBe(`"expires" must be a date written YYYY-MM-DD (e.g. 2027-01-31), not "${date}".`)
    // An invalid entry suppresses nothing.
    expect(r.suppressed).toEqual([])
  })
})

describe('config problems are config-invalid errors at the exact place', () => {
  it('unknown rule id, with a suggestion for a near miss', () => {
    const r = apply(entry(['rule: cri-containerd-bundel', 'reason: r']))
    const f = r.findings.find((x) => x.ruleId === 'config-invalid') as Finding
    expect([f.severity, f.line, f.column, f.endLine, f.endColumn]).toEqual(['error', 2, 11, 2, 32])
    expect(f.message).toBe('"cri-containerd-bundel" is not a kops-preflight rule id. Did you mean "cri-containerd-bundle"?')
    expect(r.suppressed).toEqual([])
    expect(apply(entry(['rule: whatever', 'reason: r'])).findings.find((x) => x.ruleId === 'config-invalid')?.message).toBe('"whatever" is not a kops-preflight rule id.')
  })

  it('missing reason points at the entry; an empty reason at the value', () => {
    const missing = apply(entry(['rule: nodeup-fails', 'cluster: prod.example.com']))
    expect(own(missing.findings)).toEqual([['config-invalid', 'missingReason', 2, 5, 'new']])
    expect(missing.findings.find((x) => x.ruleId === 'config-invalid')?.message).toBe(
      'The suppression of nodeup-fails has no reason; say why the finding is accepted (e.g. with a ticket reference).',
    )
    expect(own(apply(entry(['rule: nodeup-fails', 'reason: "  "'])).findings)).toEqual([['config-invalid', 'missingReason', 3, 13, 'new']])
    expect(own(apply(entry(['rule: nodeup-fails', 'reason:'])).findings)).toEqual([['config-invalid', 'missingReason', 3, 12, 'new']])
    expect(missing.suppressed).toEqual([])
  })

  it('missing rule', () => {
    expect(own(apply(entry(['reason: r', 'cluster: x'])).findings)).toEqual([['config-invalid', 'missingRule', 2, 5, 'new']])
  })

  it('unknown keys, in an entry and at the top level; templates: belongs to the config', () => {
    const r = apply(['ignores: []', 'templates: [{ template: kops/cluster.tmpl.yaml }]', ...entry(['rule: nodeup-fails', 'reason: r', 'instancegroup: nodes']).split('\n')].join('\n'))
    expect(own(r.findings)).toEqual([
      ['config-invalid', 'unknownTopKey', 1, 1, 'new'],
      ['config-invalid', 'unknownKey', 6, 5, 'new'],
    ])
    expect(r.findings.find((f) => f.messageId === 'unknownKey')?.message).toBe(
      'Unknown key "instancegroup" in this suppression entry; allowed keys are rule, cluster, instanceGroup, path, reason and expires.',
    )
    // The entry with the unknown key suppresses nothing: a typo must not widen it.
    expect(r.suppressed).toEqual([])
  })

  it('invalid YAML at the parser position', () => {
    const r = apply('ignore:\n  - rule: nodeup-fails\n    reason: [unclosed\n')
    expect(own(r.findings).map((x) => x.slice(0, 2))).toEqual([['config-invalid', 'yamlError']])
    expect(r.findings.find((f) => f.ruleId === 'config-invalid')?.line).toBe(4)
    const dup = apply('ignore:\n  - rule: nodeup-fails\n    rule: cri-containerd-bundle\n    reason: r\n')
    expect(own(dup.findings)).toEqual([['config-invalid', 'yamlError', 3, 5, 'new']])
    expect(dup.findings.find((f) => f.ruleId === 'config-invalid')?.message).toBe('The suppression config is not valid YAML: Map keys must be unique')
  })

  it('wrong shapes', () => {
    expect(own(apply('- rule: x\n').findings)).toEqual([['config-invalid', 'notMapping', 1, 1, 'new']])
    expect(own(apply('ignore:\n  rule: nodeup-fails\n').findings)).toEqual([['config-invalid', 'notList', 2, 3, 'new']])
    expect(own(apply('ignore:\n  - nodeup-fails\n').findings)).toEqual([['config-invalid', 'notEntry', 2, 5, 'new']])
    expect(own(apply(entry(['rule: nodeup-fails', 'reason: r', 'cluster: [a, b]'])).findings)).toEqual([['config-invalid', 'notString', 4, 14, 'new']])
  })

  it('the suppressions own rules cannot be suppressed', () => {
    expect(own(apply(entry(['rule: suppression-unused', 'reason: r'])).findings)).toEqual([['config-invalid', 'unsuppressible', 2, 11, 'new']])
  })

  it('one bad entry does not stop the others', () => {
    const r = apply(['ignore:', '  - rule: bogus', '    reason: r', '  - rule: nodeup-fails', '    instanceGroup: nodes', '    reason: r'].join('\n'))
    expect(r.suppressed.map((s) => s.finding)).toEqual([nodes, staging])
    expect(own(r.findings)).toEqual([['config-invalid', 'unknownRule', 2, 11, 'new']])
  })

  it('a required config that is absent is an error at its path, line 1', () => {
    const r = applySuppressions({ findings: ALL, head: [], now: NOW, config: { path: 'ci/ignores.yaml', required: true } })
    const f = r.findings.find((x) => x.ruleId === 'config-invalid') as Finding
    expect([f.file, f.line, f.column, f.severity, f.message]).toEqual(['ci/ignores.yaml', 1, 1, 'error', 'The suppression config ci/ignores.yaml does not exist on the head side.'])
    // Not required: absent means no config.
    expect(applySuppressions({ findings: ALL, head: [], now: NOW, config: { path: 'ci/ignores.yaml', required: false } })).toEqual({ findings: ALL, suppressed: [] })
  })

  it('an explicit path replaces the default one', () => {
    const text = entry(['rule: nodeup-fails', 'reason: r'])
    const head = [
      { path: 'ci/ignores.yaml', text },
      { path: CONFIG, text: 'not: valid: config' },
    ]
    const r = applySuppressions({ findings: ALL, head, now: NOW, config: { path: './ci//ignores.yaml', required: true } })
    expect(r.suppressed).toHaveLength(3)
    expect(own(r.findings)).toEqual([])
    expect(r.suppressed[0].by.file).toBe('ci/ignores.yaml')
  })
})

describe('inline comments', () => {
  const MANIFEST = 'clusters/prod/cluster.yaml'
  const lines = (over: Record<number, string>) => {
    const base = readFileSync('examples/seed/head/clusters/prod/cluster.yaml', 'utf8').split('\n')
    for (const [n, text] of Object.entries(over)) base[Number(n) - 1] = text
    return [{ path: MANIFEST, text: base.join('\n') }]
  }
  const URL = '      urlAmd64: https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz'

  it('a trailing comment suppresses that rule on its own line', () => {
    const r = apply(null, ALL, {}, lines({ 13: `${URL}  # kops-preflight-ignore cri-containerd-bundle -- mirrored (PLAT-123)` }))
    expect(r.suppressed).toEqual([{ finding: bundle, by: { kind: 'inline', file: MANIFEST, line: 13, reason: 'mirrored (PLAT-123)', expires: null } }])
    expect(own(r.findings)).toEqual([])
  })

  it('a comment on the line above suppresses the next line', () => {
    const r = apply(null, ALL, {}, lines({ 12: '      # kops-preflight-ignore cri-containerd-bundle -- mirrored' }))
    expect(r.suppressed.map((s) => [s.finding, s.by.line])).toEqual([[bundle, 12]])
  })

  it('only the line directly below or the same line', () => {
    const r = apply(null, ALL, {}, lines({ 11: '    packages: # kops-preflight-ignore cri-containerd-bundle -- wrong line' }))
    expect(r.suppressed).toEqual([])
    expect(own(r.findings)).toEqual([['suppression-unused', 'unusedInline', 11, 15, 'new']])
    expect(r.findings.find((f) => f.ruleId === 'suppression-unused')?.message).toBe(
      'This kops-preflight-ignore comment for cri-containerd-bundle matched no finding on line 11; remove it if the finding is gone.',
    )
  })

  it('a comma list names several rules; a rule not named is not suppressed', () => {
    const r = apply(null, ALL, {}, lines({ 12: '      # kops-preflight-ignore cri-containerd-bundle , nodeup-fails -- both' }))
    expect(r.suppressed.map((s) => s.finding)).toEqual([cp, nodes, bundle])
    expect(r.findings).toEqual([staging])
    const one = apply(null, ALL, {}, lines({ 12: '      # kops-preflight-ignore nodeup-fails -- only nodeup' }))
    expect(one.findings).toContain(bundle)
  })

  it('a comment without a reason is config-invalid at the comment and suppresses nothing', () => {
    const r = apply(null, ALL, {}, lines({ 12: '      # kops-preflight-ignore cri-containerd-bundle' }))
    expect(r.suppressed).toEqual([])
    const f = r.findings.find((x) => x.ruleId === 'config-invalid') as Finding
    expect([f.file, f.line, f.column, f.endColumn, f.messageId, f.severity]).toEqual([MANIFEST, 12, 7, 52, 'missingReason', 'error'])
    expect(own(apply(null, ALL, {}, lines({ 12: '      # kops-preflight-ignore cri-containerd-bundle --  ' })).findings)).toEqual([['config-invalid', 'missingReason', 12, 7, 'new']])
  })

  it('a comment without a rule, or with an unknown one', () => {
    expect(own(apply(null, ALL, {}, lines({ 12: '      # kops-preflight-ignore -- why' })).findings)).toEqual([['config-invalid', 'inlineNoRule', 12, 7, 'new']])
    const r = apply(null, ALL, {}, lines({ 12: '      # kops-preflight-ignore cri-containerd-bundle, nodeup-fail -- why' }))
    expect(own(r.findings)).toEqual([['config-invalid', 'unknownRule', 12, 7, 'new']])
    expect(r.findings.find((f) => f.ruleId === 'config-invalid')?.message).toBe('"nodeup-fail" is not a kops-preflight rule id. Did you mean "nodeup-fails"?')
    // The valid rule of the list still applies.
    expect(r.suppressed.map((s) => s.finding)).toEqual([bundle])
  })

  it('the marker must start a comment', () => {
    const r = apply(null, ALL, {}, lines({ 9: '  configBase: s3://example/kops-preflight-ignore' }))
    expect(r).toEqual({ findings: ALL, suppressed: [] })
  })

  it('comments in files that are neither manifests, pin files nor hold a finding are not read', () => {
    const r = apply(null, ALL, {}, [{ path: 'docs/suppressions.md', text: 'Write `# kops-preflight-ignore <rule-id> -- <reason>`:\n\n    # kops-preflight-ignore nodeup-fails\n' }])
    expect(r).toEqual({ findings: ALL, suppressed: [] })
  })

  it('pin files are read', () => {
    const pin = finding({ ruleId: 'kops-version-unknown', file: '.tool-versions', line: 1 })
    const r = apply(null, [pin], {}, [{ path: '.tool-versions', text: 'kops 1.29.9 # kops-preflight-ignore kops-version-unknown -- internal build\n' }])
    expect(r.suppressed.map((s) => s.by)).toEqual([{ kind: 'inline', file: '.tool-versions', line: 1, reason: 'internal build', expires: null }])
  })

  it('a comment wins over a config entry for the same finding; both count as used', () => {
    const r = apply(entry(['rule: cri-containerd-bundle', 'reason: config']), ALL, {}, lines({ 12: '      # kops-preflight-ignore cri-containerd-bundle -- comment' }))
    expect(r.suppressed.map((s) => [s.by.kind, s.by.reason])).toEqual([['inline', 'comment']])
    expect(own(r.findings)).toEqual([])
  })
})

describe('suppression-unused', () => {
  it('an entry that matches nothing on the head side is a notice at the entry', () => {
    const r = apply(entry(['rule: kubernetes-version-unsupported', 'cluster: prod.example.com', 'reason: r']))
    const f = r.findings.find((x) => x.ruleId === 'suppression-unused') as Finding
    expect([f.severity, f.file, f.line, f.column, f.endLine, f.endColumn]).toEqual(['notice', CONFIG, 2, 5, 2, 41])
    expect(f.message).toBe('This suppression of kubernetes-version-unsupported (cluster "prod.example.com") matched no finding; remove it if the finding is gone.')
  })

  it('is classified across sides: untouched stale entries are unchanged, removed ones fixed', () => {
    const stale = entry(['rule: kubernetes-version-unsupported', 'reason: r'])
    const same = apply(stale, ALL, { base: baseWith(stale) })
    expect(own(same.findings)).toEqual([['suppression-unused', 'unused', 2, 5, 'unchanged']])
    const removed = apply('ignore: []\n', ALL, { base: baseWith(stale) })
    expect(own(removed.findings)).toEqual([['suppression-unused', 'unused', 2, 5, 'fixed']])
    const added = apply(stale, ALL, { base: baseWith(null) })
    expect(own(added.findings)).toEqual([['suppression-unused', 'unused', 2, 5, 'new']])
  })

  it('base-side use is judged against base-side findings', () => {
    // The entry suppressed a finding the PR fixes: on the head it is unused, which is new.
    const config = entry(['rule: nodeup-fails', 'cluster: staging.example.com', 'reason: r'])
    const r = apply(config, [{ ...staging, status: 'fixed' }], { base: baseWith(config, [staging]) })
    expect(own(r.findings)).toEqual([['suppression-unused', 'unused', 2, 5, 'new']])
  })

  it('a comment that moved with its finding is used on both sides, whatever the lines', () => {
    const text = (pad: number) => ['apiVersion: kops.k8s.io/v1alpha2', 'kind: Cluster', ...Array(pad).fill('# filler'), '# kops-preflight-ignore nodeup-fails -- r', 'x: y'].join('\n')
    const moved = { ...staging, file: 'c.yaml', line: 6, status: 'unchanged' as const }
    const r = applySuppressions({ findings: [moved], head: [{ path: 'c.yaml', text: text(2) }], base: { files: [{ path: 'c.yaml', text: text(0) }], findings: [asRaw(moved, 4)] }, now: NOW })
    expect(r.suppressed.map((s) => s.by.line)).toEqual([5])
    expect(own(r.findings)).toEqual([])
    // The same stale comment on both sides is unchanged, even though it moved.
    const stale = applySuppressions({ findings: [], head: [{ path: 'c.yaml', text: text(2) }], base: { files: [{ path: 'c.yaml', text: text(0) }], findings: [] }, now: NOW })
    expect(own(stale.findings)).toEqual([['suppression-unused', 'unusedInline', 5, 1, 'unchanged']])
  })
})

describe('runCheck', () => {
  function readTree(dir: string, prefix = ''): RepoFile[] {
    return readdirSync(join(dir, prefix)).flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name
      return statSync(join(dir, rel)).isDirectory() ? readTree(dir, rel) : [{ path: rel, text: readFileSync(join(dir, rel), 'utf8') }]
    })
  }
  const base = readTree('examples/seed/base')
  const head = readTree('examples/seed/head')
  const config = entry(['rule: nodeup-fails', 'cluster: prod.example.com', 'reason: "Rolled out with the containerd fix (PLAT-9)"'])

  it('summary counts exclude suppressed findings, which are kept with what suppressed them', () => {
    const plain = runCheck({ base: { ref: 'base', files: base }, head: { ref: 'head', files: head }, now: NOW }).result
    const { result } = runCheck({ base: { ref: 'base', files: base }, head: { ref: 'head', files: [...head, { path: CONFIG, text: config }] }, now: NOW })
    expect(plain.summary.errors).toBe(2)
    expect(plain.summary.suppressed).toBe(0)
    expect(plain.suppressed).toEqual([])
    expect(result.summary).toEqual({ ...plain.summary, errors: 0, new: plain.summary.new - 2, suppressed: 2 })
    expect(result.suppressed?.map((s) => [s.finding.ruleId, s.finding.instanceGroup, s.by.kind, s.by.line])).toEqual([
      ['nodeup-fails', 'control-plane-eu-west-1a', 'config', 2],
      ['nodeup-fails', 'nodes', 'config', 2],
    ])
    expect(result.findings.some((f) => f.ruleId === 'nodeup-fails')).toBe(false)
  })

  it('reads inline comments in the head manifests and a required config path', () => {
    const manifest = head.find((f) => f.path === 'clusters/prod/cluster.yaml') as RepoFile
    const commented = { ...manifest, text: manifest.text.replace('      # Pinned by the platform team', '      # kops-preflight-ignore cri-containerd-bundle,nodeup-fails -- PLAT-9\n      # Pinned by the platform team') }
    const files = head.map((f) => (f === manifest ? commented : f))
    const { result } = runCheck({ head: { ref: 'head', files }, config: { path: 'ignores.yaml', required: true }, now: NOW })
    // The comment now sits above a comment line, not the URL: it matches nothing.
    expect(own(result.findings)).toEqual([
      ['config-invalid', 'missingFile', 1, 1, 'new'],
      ['suppression-unused', 'unusedInline', 12, 7, 'new'],
      ['suppression-unused', 'unusedInline', 12, 7, 'new'],
    ])
    const direct = { ...manifest, text: manifest.text.replace('      urlAmd64:', '      # kops-preflight-ignore cri-containerd-bundle,nodeup-fails -- PLAT-9\n      urlAmd64:') }
    const r2 = runCheck({ head: { ref: 'head', files: head.map((f) => (f === manifest ? direct : f)) }, now: NOW }).result
    expect(r2.suppressed?.map((s) => s.finding.ruleId).sort()).toEqual(['cri-containerd-bundle', 'nodeup-fails', 'nodeup-fails'])
    expect(r2.summary.suppressed).toBe(3)
    expect(own(r2.findings)).toEqual([])
  })

  it('drift mode applies the head config to the target release', () => {
    const { result } = runCheck({ head: { ref: 'head', files: [...base, { path: CONFIG, text: config }] }, targetKopsVersion: '1.29.0', now: NOW })
    expect(result.findings.filter((f) => f.ruleId === 'nodeup-fails')).toEqual([])
    expect(result.summary.suppressed).toBe(result.suppressed?.length)
    expect(result.suppressed?.length).toBeGreaterThan(0)
  })
})

describe('normaliseConfigPath', () => {
  it.each([
    ['./.github/kops-preflight.yaml', '.github/kops-preflight.yaml'],
    ['ci\\ignores.yaml', 'ci/ignores.yaml'],
    ['a//b/../c.yaml', 'a/c.yaml'],
    ['', ''],
  ])('%s → %s', (input, expected) => expect(normaliseConfigPath(input)).toBe(expected))
})
