// kops-preflight fix: the diff of the seed example's fix, --write making the 1.29.0 check pass with the rest of the file
// byte-identical, and the SARIF fixes of the same finding.
import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'

async function run(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: process.cwd() })
  return { code, stdout, stderr }
}

const REL = 'https://github.com/containerd/containerd/releases/download/v1.7.6'
const DIFF = [
  '--- a/clusters/prod/cluster.yaml',
  '+++ b/clusters/prod/cluster.yaml',
  '@@ -10,8 +10,8 @@',
  '   containerd:',
  '     packages:',
  '       # Pinned by the platform team in 2023 for a CVE fix; hash of the archive we mirror.',
  `-      urlAmd64: ${REL}/cri-containerd-cni-1.7.6-linux-amd64.tar.gz`,
  '-      hashAmd64: 83c77eec1c68348348d63623f03c711c3515e86e67e87f6e6a5921c33f7f5333',
  `+      urlAmd64: ${REL}/containerd-1.7.6-linux-amd64.tar.gz`,
  '+      hashAmd64: 58408cfa025003e671b0af72183b963363d519543d0d0ba186037e9c57489ffe',
  '   networking:',
  '     calico: {}',
  '   topology:',
  '',
].join('\n')

describe('kops-preflight fix', () => {
  it('prints the unified diff and changes nothing without --write', async () => {
    const before = readFileSync('examples/seed/head/clusters/prod/cluster.yaml', 'utf8')
    const r = await run(['fix', '--head-path', 'examples/seed/head', '--kops-version', '1.29.0'])
    expect(r).toEqual({ code: 0, stdout: DIFF, stderr: '' })
    expect(readFileSync('examples/seed/head/clusters/prod/cluster.yaml', 'utf8')).toBe(before)
  })

  it('--write applies it: check under 1.29.0 then exits 0, and only the two lines changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-fix-'))
    cpSync('examples/seed/head', dir, { recursive: true })
    const r = await run(['fix', '--write', '--head-path', dir, '--kops-version', '1.29.0'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`${DIFF}\nApplied 3 fixes to 1 file. Checking again:\n\n0 errors, 0 warnings, 0 notices; kOps 1.29.0\n`)
    const before = readFileSync('examples/seed/head/clusters/prod/cluster.yaml', 'utf8').split('\n')
    const after = readFileSync(join(dir, 'clusters/prod/cluster.yaml'), 'utf8').split('\n')
    expect(after.length).toBe(before.length)
    expect(after.filter((l, i) => l !== before[i])).toEqual([`      urlAmd64: ${REL}/containerd-1.7.6-linux-amd64.tar.gz`, '      hashAmd64: 58408cfa025003e671b0af72183b963363d519543d0d0ba186037e9c57489ffe'])
    const check = await run(['check', '--head-path', dir, '--kops-version', '1.29.0'])
    expect(check.code).toBe(0)
  })

  it('carries the fix in JSON and as SARIF fixes', async () => {
    const json = JSON.parse((await run(['check', '--head-path', 'examples/seed/head', '--kops-version', '1.29.0', '--format', 'json'])).stdout)
    const nodeup = json.findings.find((f: { ruleId: string }) => f.ruleId === 'nodeup-fails')
    expect(nodeup.fix).toEqual({
      description: 'Replace the cri-containerd bundle in spec.containerd.packages with the containerd release tarball containerd-1.7.6-linux-amd64.tar.gz (sha256 as kOps embeds it).',
      edits: [
        { file: 'clusters/prod/cluster.yaml', line: 13, column: 17, endLine: 13, endColumn: 126, replacement: `${REL}/containerd-1.7.6-linux-amd64.tar.gz` },
        { file: 'clusters/prod/cluster.yaml', line: 14, column: 18, endLine: 14, endColumn: 82, replacement: '58408cfa025003e671b0af72183b963363d519543d0d0ba186037e9c57489ffe' },
      ],
    })
    const sarif = JSON.parse((await run(['check', '--head-path', 'examples/seed/head', '--kops-version', '1.29.0', '--format', 'sarif'])).stdout)
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'nodeup-fails')
    expect(result.fixes).toEqual([
      {
        description: { text: nodeup.fix.description },
        artifactChanges: [
          {
            artifactLocation: { uri: 'clusters/prod/cluster.yaml', uriBaseId: '%SRCROOT%' },
            replacements: [
              { deletedRegion: { startLine: 13, startColumn: 17, endLine: 13, endColumn: 126 }, insertedContent: { text: `${REL}/containerd-1.7.6-linux-amd64.tar.gz` } },
              { deletedRegion: { startLine: 14, startColumn: 18, endLine: 14, endColumn: 82 }, insertedContent: { text: '58408cfa025003e671b0af72183b963363d519543d0d0ba186037e9c57489ffe' } },
            ],
          },
        ],
      },
    ])
  })
})
