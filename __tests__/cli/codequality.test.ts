// `check --format codequality` on the seed example: GitLab Code Quality issues, the exit code unchanged by the format.
import { describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { fingerprintOf } from '../../src/report/sarif.js'

async function run(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: process.cwd() })
  return { code, stdout, stderr }
}

const SEED = ['check', '--base-path', 'examples/seed/base', '--head-path', 'examples/seed/head']

describe('check --format codequality', () => {
  it('prints one issue per head-side finding, the crictl failures first, and still exits 1', async () => {
    const r = await run([...SEED, '--format', 'codequality'])
    expect([r.code, r.stderr]).toEqual([1, ''])
    const issues = JSON.parse(r.stdout)
    const json = JSON.parse((await run([...SEED, '--format', 'json'])).stdout)
    const open = json.findings.filter((f: { status: string }) => f.status !== 'fixed')
    expect(issues).toHaveLength(open.length)
    expect(issues.map((i: { check_name: string; severity: string }) => [i.check_name, i.severity])).toEqual(
      open.map((f: { ruleId: string; severity: string }) => [f.ruleId, { error: 'critical', warning: 'major', notice: 'info' }[f.severity]]),
    )
    expect(issues[0]).toEqual({
      description: open[0].message,
      check_name: 'nodeup-fails',
      fingerprint: fingerprintOf(open[0]),
      severity: 'critical',
      location: { path: 'clusters/prod/cluster.yaml', lines: { begin: 13 } },
    })
    expect(issues[0].description).toContain('found multiple matching assets for key: "crictl"')
  })

  it('is listed in the usage and accepted by --format', async () => {
    expect((await run(['--help'])).stdout).toContain('[--format text|json|sarif|markdown|codequality]')
    expect((await run(['check', '--head-path', 'examples/clean', '--format', 'codequality'])).stdout).toBe('[]\n')
  })
})
