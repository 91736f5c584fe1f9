import { describe, expect, it } from '@jest/globals'
import disagree from '../../src/rules/kops-version-pins-disagree.js'
import missing from '../../src/rules/kops-version-missing.js'
import unknown from '../../src/rules/kops-version-unknown.js'
import { cluster, ig, runRule, side } from '../helpers/rule-tester.js'

const m = cluster('') + '\n' + ig('a', 'Node')

describe('kops-version-pins-disagree', () => {
  it('reports every pin when two disagree, naming the others', () => {
    const s = side({ '.tool-versions': 'kops 1.29.0\n', 'Makefile': 'KOPS_VERSION ?= v1.30.1\n', 'c.yaml': m })
    expect(runRule(disagree, s).map((f) => [f.place.file, f.place.pos.line, f.place.pos.column, f.data.version, f.data.others, f.data.used])).toEqual([
      ['.tool-versions', 1, 6, '1.29.0', '1.30.1', '1.29.0'],
      ['Makefile', 1, 17, '1.30.1', '1.29.0', '1.29.0'],
    ])
  })
  it('accepts pins that agree with and without v', () => {
    expect(runRule(disagree, side({ '.tool-versions': 'kops 1.29.0\n', 'Makefile': 'KOPS_VERSION ?= v1.29.0\n' }))).toEqual([])
  })
})

describe('kops-version-unknown', () => {
  it('simulates a version newer than the catalogue as the newest release', () => {
    const [f] = runRule(unknown, side({ '.tool-versions': 'kops 9.9.9\n', 'c.yaml': m }))
    expect([f.messageId, f.place.file, f.place.pos.column, f.data.version]).toEqual(['newer', '.tool-versions', 6, '9.9.9'])
  })
  it('reports an unreleased patch and a version older than the model', () => {
    expect(runRule(unknown, side({ '.tool-versions': 'kops 1.29.7\n', 'c.yaml': m })).map((f) => [f.messageId, f.data.release])).toEqual([['unreleased', '1.29.2']])
    expect(runRule(unknown, side({ '.tool-versions': 'kops 1.19.0\n', 'c.yaml': m })).map((f) => f.messageId)).toEqual(['unsupported'])
  })
  it('is silent for a known release', () => {
    expect(runRule(unknown, side({ '.tool-versions': 'kops 1.29.0\n' }))).toEqual([])
  })
})

describe('kops-version-missing', () => {
  it('says how to pin when no pin exists', () => {
    const found = runRule(missing, side({ 'c.yaml': m }))
    expect(found.map((f) => [f.severity, f.place.file, f.place.pos.line, f.data.cluster])).toEqual([['notice', 'c.yaml', 2, 'c.example.com']])
  })
})
