// `check --format json` of a drift scan carries `mirror`, byte for byte as the Action's report file does.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCheck } from '../../src/check.js'
import { main } from '../../src/cli/main.js'
import { readDirSide } from '../../src/repo/fs.js'
import { DEFAULT_MAX_BYTES } from '../../src/repo/side.js'
import { mirrorAssets, mirrorJson } from '../../src/report/mirror.js'
import { writeReport } from '../../src/sinks/github.js'

const CLUSTER = (fileRepository: string | null) => `apiVersion: kops.k8s.io/v1alpha2
kind: Cluster
metadata:
  name: prod.example.com
spec:
  cloudProvider: aws
  kubernetesVersion: 1.30.4
${fileRepository ? `  assets:\n    fileRepository: ${fileRepository}\n` : ''}  networking:
    calico: {}
  subnets:
  - cidr: 172.20.32.0/19
    name: eu-west-1a
    type: Public
    zone: eu-west-1a
  etcdClusters:
  - etcdMembers: [{instanceGroup: control-plane, name: a}]
    name: main
  - etcdMembers: [{instanceGroup: control-plane, name: a}]
    name: events
---
apiVersion: kops.k8s.io/v1alpha2
kind: InstanceGroup
metadata:
  name: nodes
  labels:
    kops.k8s.io/cluster: prod.example.com
spec:
  role: Node
  machineType: m6g.large
`

function repo(fileRepository: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-mirror-'))
  mkdirSync(join(dir, 'clusters'))
  writeFileSync(join(dir, 'clusters', 'prod.yaml'), CLUSTER(fileRepository))
  writeFileSync(join(dir, '.tool-versions'), 'kops 1.30.0\n')
  return dir
}

async function cli(args: string[]) {
  let stdout = ''
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: () => {}, cwd: process.cwd() })
  return { code, stdout }
}

describe('check --format json: mirror', () => {
  it('lists the assets of the target release, last, as the Action writes them', async () => {
    const dir = repo('https://mirror.example.com/kops')
    const { stdout } = await cli(['check', '--head-path', dir, '--target-kops-version', '1.31.0', '--format', 'json'])
    const doc = JSON.parse(stdout)
    expect(Object.keys(doc).at(-1)).toBe('mirror')

    const files = (await readDirSide(dir, { paths: [], maxBytes: DEFAULT_MAX_BYTES })).files
    const analysis = runCheck({ head: { ref: dir, files }, targetKopsVersion: '1.31.0' })
    const plan = mirrorAssets(analysis.base!, analysis.head)
    expect(plan!.assets.length).toBeGreaterThan(0)
    expect(plan!.assets.every((a) => a.url.startsWith('https://mirror.example.com/kops/'))).toBe(true)
    expect(doc.mirror).toEqual(mirrorJson(plan))

    // The Action's report of the same scan (same ref, so the same head.ref) is the same bytes.
    const reportFile = join(dir, 'report.json')
    const { result } = runCheck({ head: { ref: JSON.parse(stdout).head.ref, files }, targetKopsVersion: '1.31.0' })
    await writeReport(result, reportFile, { mirror: mirrorJson(plan) })
    expect(stdout).toBe(readFileSync(reportFile, 'utf8'))
  })

  it('is null in a drift scan without a file repository, and absent outside drift scans', async () => {
    const dir = repo(null)
    const drift = JSON.parse((await cli(['check', '--head-path', dir, '--target-kops-version', '1.31.0', '--format', 'json'])).stdout)
    expect(drift.mirror).toBeNull()
    const snapshot = JSON.parse((await cli(['check', '--head-path', dir, '--format', 'json'])).stdout)
    expect('mirror' in snapshot).toBe(false)
  })
})
