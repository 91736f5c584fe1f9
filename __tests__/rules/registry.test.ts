// The rule registry equals the rule files on disk, and every rule is well formed and tested.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { RULES } from '../../src/rules/index.js'

const INTERFACE_IDS = ['nodeup-fails', 'kops-rejects-spec', 'cri-containerd-bundle', 'kubernetes-version-unsupported', 'kops-version-pins-disagree', 'kops-version-unknown', 'manifest-invalid', 'manifest-not-evaluated', 'asset-changed']

describe('rule registry', () => {
  const files = readdirSync('src/rules').filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'rule.ts').map((f) => f.replace(/\.ts$/, ''))
  it('lists exactly the rule files, sorted by id', () => {
    expect(RULES.map((r) => r.id)).toEqual([...files].sort())
  })
  it('has every rule id of the stable interface', () => {
    for (const id of INTERFACE_IDS) expect(RULES.map((r) => r.id)).toContain(id)
  })
  it.each(RULES.map((r) => [r.id, r] as const))('%s is well formed and tested', (id, rule) => {
    expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/)
    expect(rule.summary.length).toBeGreaterThan(10)
    expect(rule.remediation).toMatch(/\.$/)
    const source = readFileSync(`src/rules/${id}.ts`, 'utf8')
    for (const messageId of Object.keys(rule.messages)) expect(source).toContain(messageId)
    const tests = readdirSync('__tests__/rules').map((f) => readFileSync(`__tests__/rules/${f}`, 'utf8')).join('\n')
    expect(tests).toContain(`src/rules/${id}.js`)
  })
})
