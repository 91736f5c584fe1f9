// Tests for annotation planning (merge, rank, cap) and workflow-command formatting.
import { describe, expect, test } from '@jest/globals'
import { type Annotation, formatWorkflowCommand, planAnnotations } from '../../src/report/annotations.js'
import { finding, floodResult, prResult, summaryOf } from './fixture.js'
import { expectGolden } from './golden.js'

function commands(plan: { annotations: Annotation[]; overflow: number }): string {
  return `${plan.annotations.map(formatWorkflowCommand).join('\n')}\n# overflow: ${plan.overflow}\n`
}

describe('planAnnotations: pull request', () => {
  const plan = planAnnotations(prResult)

  test('workflow commands (golden)', () => expectGolden('pr.annotations.txt', commands(plan)))

  test('fixed findings are skipped and same-place findings of one rule merged', () => {
    // 11 open findings: 3 nodeup-fails and 2 cri-containerd-bundle at one place each.
    expect(plan.annotations).toHaveLength(8)
    expect(plan.overflow).toBe(0)
    expect(plan.annotations.some((a) => a.message.includes('"gpu"'))).toBe(false)
  })

  test('the merged annotation names every instance group and arch', () => {
    const nodeup = plan.annotations.filter((a) => a.title === 'kops-preflight: nodeup-fails')
    expect(nodeup).toHaveLength(1)
    expect(nodeup[0].message.split('\n')[1]).toBe('Same problem on instance groups "nodes" (amd64, arm64), "spot" (amd64).')
    const bundle = plan.annotations.filter((a) => a.title === 'kops-preflight: cri-containerd-bundle')
    expect(bundle).toHaveLength(1)
    expect(bundle[0].message.split('\n')[1]).toBe('Same problem on amd64, arm64.')
  })

  test('new before unchanged, then severity, then position', () => {
    expect(plan.annotations.map((a) => `${a.level} ${a.title.slice('kops-preflight: '.length)} ${a.file}:${a.startLine}`)).toEqual([
      'error nodeup-fails clusters/prod.yaml:14',
      'warning manifest-not-evaluated clusters/lab #1.yaml:5',
      'warning cri-containerd-bundle clusters/prod.yaml:22',
      'notice asset-changed clusters/lab #1.yaml:3',
      'notice asset-changed clusters/prod.yaml:20',
      'error kops-version-pins-disagree .github/workflows/kops.yml:12',
      'warning kubernetes-version-unsupported clusters/prod.yaml:9',
      'notice asset-contents-unknown clusters/prod.yaml:31',
    ])
  })

  test('columns only on single-line annotations, end column inclusive', () => {
    const single = plan.annotations[0]
    expect(single).toMatchObject({ startLine: 14, startColumn: 7, endColumn: 97 })
    expect(single.endLine).toBeUndefined()
    const multi = plan.annotations[1]
    expect(multi).toMatchObject({ startLine: 5, endLine: 7 })
    expect(multi.startColumn).toBeUndefined()
    expect(multi.endColumn).toBeUndefined()
  })

  test('input order does not matter', () => {
    const reversed = { ...prResult, findings: [...prResult.findings].reverse() }
    expect(planAnnotations(reversed)).toEqual(plan)
  })
})

describe('planAnnotations: caps', () => {
  test('30 errors, 12 warnings, 15 notices: 10, 10 and 9 with a notice slot kept free', () => {
    const { annotations, overflow } = planAnnotations(floodResult)
    const count = (level: string) => annotations.filter((a) => a.level === level).length
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 9])
    expect(overflow).toBe(30 + 12 + 15 - 29)
  })

  test('the errors kept are the new ones, in position order', () => {
    const errors = planAnnotations(floodResult).annotations.filter((a) => a.level === 'error')
    expect(errors.map((a) => a.startLine)).toEqual([101, 103, 105, 107, 109, 111, 113, 115, 117, 119])
  })

  test('flood (golden)', () => expectGolden('flood.annotations.txt', commands(planAnnotations(floodResult))))

  test('perLevel is configurable', () => {
    const { annotations, overflow } = planAnnotations(floodResult, { perLevel: 3 })
    expect(annotations.map((a) => a.level)).toEqual(['error', 'error', 'error', 'warning', 'warning', 'warning', 'notice', 'notice'])
    expect(overflow).toBe(57 - 8)
  })

  test('exactly perLevel notices and nothing else over: all kept, no overflow', () => {
    const findings = Array.from({ length: 10 }, (_, i) => finding({ ruleId: 'asset-changed', status: 'new', message: `n${i}`, file: 'a.yaml', line: i + 1, column: 1 }))
    const result = { ...prResult, findings, summary: summaryOf(findings) }
    expect(planAnnotations(result)).toMatchObject({ overflow: 0 })
    expect(planAnnotations(result).annotations).toHaveLength(10)
  })

  test('perLevel notices while errors overflow: one notice gives way', () => {
    const notices = Array.from({ length: 10 }, (_, i) => finding({ ruleId: 'asset-changed', status: 'new', message: `n${i}`, file: 'a.yaml', line: i + 1, column: 1 }))
    const errors = Array.from({ length: 11 }, (_, i) => finding({ ruleId: 'nodeup-fails', status: 'new', message: `e${i}`, file: 'b.yaml', line: i + 1, column: 1 }))
    const findings = [...notices, ...errors]
    const { annotations, overflow } = planAnnotations({ ...prResult, findings, summary: summaryOf(findings) })
    expect(annotations.filter((a) => a.level === 'notice')).toHaveLength(9)
    expect(overflow).toBe(2)
  })
})

describe('planAnnotations: merging details', () => {
  test('different problems at one place keep their text', () => {
    const findings = [
      finding({ ruleId: 'manifest-not-evaluated', status: 'new', message: 'The template expression {{ .A }} was not evaluated.', file: 'a.yaml', line: 3, column: 5 }),
      finding({ ruleId: 'manifest-not-evaluated', status: 'new', message: 'The template expression {{ .B }} was not evaluated.', file: 'a.yaml', line: 3, column: 5 }),
    ]
    const { annotations } = planAnnotations({ ...prResult, findings, summary: summaryOf(findings) })
    expect(annotations).toHaveLength(1)
    expect(annotations[0].message).toBe('The template expression {{ .A }} was not evaluated.\nAlso: The template expression {{ .B }} was not evaluated.')
  })

  test('a place shared by clusters names them', () => {
    const at = { ruleId: 'nodeup-fails', status: 'new' as const, message: 'nodeup would fail.', file: '.tool-versions', line: 1, column: 6 }
    const findings = [finding({ ...at, cluster: 'a.example.com', instanceGroup: 'nodes', arch: 'amd64' }), finding({ ...at, cluster: 'b.example.com', instanceGroup: 'nodes', arch: 'amd64' })]
    const { annotations } = planAnnotations({ ...prResult, findings, summary: summaryOf(findings) })
    expect(annotations[0].message).toBe('nodeup would fail.\nSame problem on instance groups "nodes" (amd64) in cluster "a.example.com", "nodes" (amd64) in cluster "b.example.com".')
  })

  test('a merged group takes its highest severity and counts as new when any finding is', () => {
    const at = { ruleId: 'kubernetes-version-unsupported', message: 'm', file: 'a.yaml', line: 2, column: 3 }
    const findings = [finding({ ...at, severity: 'warning', status: 'new', instanceGroup: 'a' }), finding({ ...at, severity: 'error', status: 'unchanged', instanceGroup: 'b' })]
    const plan = planAnnotations({ ...prResult, findings, summary: summaryOf(findings) })
    expect(plan.annotations).toHaveLength(1)
    expect(plan.annotations[0].level).toBe('error')
  })

  test('messages are cut at 4,096 characters', () => {
    const findings = [finding({ ruleId: 'nodeup-fails', status: 'new', message: 'x'.repeat(5000), file: 'a.yaml', line: 1, column: 1 })]
    const [a] = planAnnotations({ ...prResult, findings, summary: summaryOf(findings) }).annotations
    expect([...a.message]).toHaveLength(4096)
    expect(a.message.endsWith('…')).toBe(true)
  })
})

describe('formatWorkflowCommand', () => {
  const base: Annotation = { level: 'error', message: 'm', title: 'kops-preflight: nodeup-fails', file: 'clusters/prod.yaml', startLine: 14 }

  test.each<[string, Annotation, string]>([
    ['single line with columns', { ...base, startColumn: 7, endColumn: 97 }, '::error file=clusters/prod.yaml,line=14,col=7,endColumn=97,title=kops-preflight%3A nodeup-fails::m'],
    ['start column only', { ...base, startColumn: 7 }, '::error file=clusters/prod.yaml,line=14,col=7,title=kops-preflight%3A nodeup-fails::m'],
    ['multi-line drops columns', { ...base, startColumn: 7, endLine: 16, endColumn: 3 }, '::error file=clusters/prod.yaml,line=14,endLine=16,title=kops-preflight%3A nodeup-fails::m'],
    ['warning level', { ...base, level: 'warning' }, '::warning file=clusters/prod.yaml,line=14,title=kops-preflight%3A nodeup-fails::m'],
    ['notice level', { ...base, level: 'notice' }, '::notice file=clusters/prod.yaml,line=14,title=kops-preflight%3A nodeup-fails::m'],
    ['no file, no position', { ...base, file: '', startColumn: 1 }, '::error title=kops-preflight%3A nodeup-fails::m'],
    ['file escaped', { ...base, file: 'a,b:c%d\ne.yaml' }, '::error file=a%2Cb%3Ac%25d%0Ae.yaml,line=14,title=kops-preflight%3A nodeup-fails::m'],
    ['message escaped', { ...base, message: '100% done\r\n::error::x, y: z' }, '::error file=clusters/prod.yaml,line=14,title=kops-preflight%3A nodeup-fails::100%25 done%0D%0A::error::x, y: z'],
  ])('%s', (_name, a, expected) => {
    expect(formatWorkflowCommand(a)).toBe(expected)
  })

  test('a command is always one line', () => {
    for (const a of planAnnotations(prResult).annotations) expect(formatWorkflowCommand(a)).not.toMatch(/[\r\n]/)
  })
})
