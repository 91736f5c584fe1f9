import { describe, expect, it } from '@jest/globals'
import rule from '../../src/rules/kops-manifests-missing.js'
import { cluster, runRule, side } from '../helpers/rule-tester.js'

describe('kops-manifests-missing', () => {
  it('says when kOps is pinned but only Terraform resources describe the cluster', () => {
    const found = runRule(rule, side({ '.tool-versions': 'kops 1.30.1\n', 'main.tf': 'resource "kops_cluster" "prod" {\n  name = "prod"\n}\n' }))
    expect(found.map((f) => [f.severity, f.place.file, f.place.pos.line, f.place.pos.column, f.message])).toEqual([
      ['notice', '.tool-versions', 1, 6, 'kOps 1.30.1 is pinned here, but no kOps Cluster or InstanceGroup manifest was found in the repository (kOps appears in main.tf, which is not kOps YAML), so nothing was simulated.'],
    ])
  })
  it('is silent with a manifest or without a pin', () => {
    expect(runRule(rule, side({ '.tool-versions': 'kops 1.30.1\n', 'c.yaml': cluster('') }))).toEqual([])
    expect(runRule(rule, side({ 'README.md': 'we use kops\n' }))).toEqual([])
  })
})
