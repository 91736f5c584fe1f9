// The same asset change in many clusters is reported once per format, naming the clusters; JSON keeps every finding.
import { describe, expect, it } from '@jest/globals'
import { runCheck } from '../../src/check.js'
import { render } from '../../src/report/index.js'
import { cluster, ig } from '../helpers/rule-tester.js'

// kOps refuses a cluster name that is not a DNS name (validation stops it before any asset is planned), so the
// clusters whose changes merge have plain names; the escaping tests rename one of them in the result, as a renderer
// would receive any repository text.
const NAMES = ['a.example.com', 'b.example.com', 'c.example.com']
const HOSTILE = 'c|*x*<i>::\n%0A.example.com'

function repo(kops: string) {
  const files = NAMES.map((name, i) => ({ path: `clusters/c${i}.yaml`, text: cluster('', { name: JSON.stringify(name) }) + '\n' + ig('nodes', 'Node', 'm5.large', JSON.stringify(name)) + '\n' }))
  return [{ path: '.tool-versions', text: `kops ${kops}\n` }, ...files]
}

describe('asset changes across clusters', () => {
  const { result } = runCheck({ base: { ref: 'b', files: repo('1.28.1') }, head: { ref: 'h', files: repo('1.30.0') } })
  const assets = result.findings.filter((f) => f.ruleId === 'asset-changed')
  const subjects = [...new Set(assets.map((f) => f.subject))].sort()
  const hostile = { ...result, findings: result.findings.map((f) => (f.cluster === NAMES[2] ? { ...f, cluster: HOSTILE } : f)) }

  it('JSON keeps one record per cluster and change', () => {
    expect(subjects.length).toBeGreaterThan(1)
    expect(assets.length).toBe(subjects.length * NAMES.length)
    const json = JSON.parse(render('json', result))
    expect(json.findings.filter((f: { ruleId: string }) => f.ruleId === 'asset-changed')).toHaveLength(assets.length)
  })

  it('text has one line per change, listing the clusters, escaped', () => {
    expect(result.clusters.map((c) => c.evaluated)).toEqual(['full', 'full', 'full', 'full', 'full', 'full'])
    const lines = render('text', hostile).split('\n').filter((l) => l.includes('[asset-changed]'))
    expect(lines).toHaveLength(subjects.length)
    for (const l of lines) expect(l).toContain(' in 3 clusters: a.example.com, b.example.com, c|*x*<i>::\\n%0A.example.com.')
    const containerd = assets.find((f) => f.data.component === 'containerd')!
    expect(lines).toContain(
      `.tool-versions:1:6: notice containerd changes from ${containerd.data.from} to ${containerd.data.to} in 3 clusters: a.example.com, b.example.com, c|*x*<i>::\\n%0A.example.com. [asset-changed] (new)`,
    )
  })

  it('Markdown has one collapsed section listing each change once, escaped', () => {
    const md = render('markdown', hostile)
    expect(md).toContain(`<details><summary>Asset changes in 3 clusters (${subjects.length})</summary>`)
    expect(md).not.toContain('Asset changes in cluster')
    expect(md.match(/in 3 clusters: /g)).toHaveLength(subjects.length)
    expect(md).not.toContain('<i>')
    expect(md).not.toContain('\n%0A')
  })

  it('SARIF has one result per change with the other clusters as related locations', () => {
    const sarif = JSON.parse(render('sarif', hostile))
    const results = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'asset-changed')
    expect(results).toHaveLength(subjects.length)
    for (const r of results) {
      expect(r.properties.clusters).toEqual([NAMES[0], NAMES[1], HOSTILE])
      expect(r.properties.cluster).toBeNull()
      expect(r.relatedLocations).toHaveLength(2)
    }
  })
})
