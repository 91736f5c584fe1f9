// Mutations of our own realistic repositories for property tests and `npm run fuzz`: byte-level edits of one file
// (deletions, duplications, hostile snippets, invalid UTF-8, NULs, CRLF, BOMs, alias bombs), read the way the
// repository readers read files, then checked. Shared by __tests__/properties/hostile.test.ts and scripts/fuzz.ts.
import fc from 'fast-check'
import { runCheck } from '../../src/check.js'
import { SideCollector } from '../../src/repo/filter.js'
import type { RepoFile, SkippedFile } from '../../src/repo/side.js'
import { render, REPORT_FORMATS } from '../../src/report/index.js'
import type { Finding } from '../../src/types.js'
import { COMPLETE_SPEC } from '../helpers/rule-tester.js'

export interface Fixture {
  name: string
  /** Path → bytes of each side; the head is the side that is mutated. */
  base: Record<string, Buffer>
  head: Record<string, Buffer>
}

const CLUSTER_NAMES = ['alpha', 'bravo', 'charlie']

function clusterFile(name: string, kubernetes: string, extra: string[]): string {
  const lines = [
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: Cluster',
    'metadata:',
    `  name: ${name}.example.com`,
    'spec:',
    '  cloudProvider: aws',
    `  kubernetesVersion: ${kubernetes}`,
    '  networking:',
    '    cilium: {}',
    // The subnet and etcd clusters kOps's validation requires of every cluster.
    ...COMPLETE_SPEC.split('\n'),
    ...extra,
    '---',
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: InstanceGroup',
    'metadata:',
    '  name: control-plane',
    '  labels:',
    `    kops.k8s.io/cluster: ${name}.example.com`,
    'spec:',
    '  role: Master',
    '  machineType: m5.large',
    '  subnets: [eu-west-1a]',
    '---',
    'apiVersion: kops.k8s.io/v1alpha2',
    'kind: InstanceGroup',
    'metadata:',
    '  name: nodes-arm',
    '  labels:',
    `    kops.k8s.io/cluster: ${name}.example.com`,
    'spec:',
    '  role: Node',
    '  machineType: m6g.large',
    '  subnets: [eu-west-1a]',
  ]
  return lines.join('\n') + '\n'
}

const BUNDLE = [
  '  containerd:',
  '    packages:',
  '      urlAmd64: https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz',
  `      hashAmd64: ${'ab'.repeat(32)}`,
]

function independentSide(kops: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = { '.tool-versions': Buffer.from(`kops ${kops}\n`) }
  CLUSTER_NAMES.forEach((name, i) => {
    files[`clusters/${name}.yaml`] = Buffer.from(clusterFile(name, `1.28.${i + 3}`, i === 1 ? BUNDLE : i === 2 ? ['  containerd:', '    version: 1.6.20'] : []))
  })
  return files
}

/** Three independent clusters, one file each, and a pin bumped from 1.28.1 to 1.30.0: the shape the "a broken file changes nothing else" property needs. */
export function independentClusters(): Fixture {
  return { name: 'independent', base: independentSide('1.28.1'), head: independentSide('1.30.0') }
}

/** The files under `dir` (a side of examples/seed, say), by repository-relative path. */
export function directoryFixture(name: string, read: (side: 'base' | 'head') => Record<string, Buffer>): Fixture {
  return { name, base: read('base'), head: read('head') }
}

/** Fixed snippets a hostile or broken repository contains. */
export const SNIPPETS: Buffer[] = [
  '\t',
  '{{ .Values.x }}',
  '{{- range . }}',
  '${VAR}',
  '&a ',
  '*a',
  '<<: *a\n',
  ': ',
  '- ',
  '---\n',
  '...\n',
  '"',
  "'",
  '[',
  '{',
  '}',
  '#',
  '\r\n',
  '\r',
  '\ufeff',
  '<script>alert(1)</script>',
  '::error::injected',
  '%0A::warning::x%0D',
  '| @octocat *bold* [x](https://example.com)',
  '__proto__:\n  polluted: true\n',
  'constructor:\n  prototype: {}\n',
  'apiVersion: kops.k8s.io/v1alpha2\nkind: InstanceGroup\nmetadata:\n  name: extra\nspec:\n  role: Node\n',
  'kind: Cluster\n',
  '  kubernetesVersion: 1.99.0\n',
  '  containerd:\n    version: 2.0.0\n',
  'x'.repeat(5000),
  'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
].map((s) => Buffer.from(s, 'utf8'))

/** Raw bytes: NUL (binary), and sequences that are not UTF-8. */
export const RAW_BYTES: Buffer[] = [Buffer.from([0]), Buffer.from([0xff]), Buffer.from([0xc3, 0x28]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf0, 0x9f, 0x9a])]

export type Mutation =
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'insert'; at: number; bytes: Buffer }
  | { op: 'truncate'; at: number }

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.constantFrom(...SNIPPETS) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.constantFrom(...RAW_BYTES) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.string({ maxLength: 12 }).map((s) => Buffer.from(s, 'utf8')) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
)

export function applyMutation(content: Buffer, m: Mutation): Buffer {
  const at = content.length === 0 ? 0 : m.at % (content.length + 1)
  switch (m.op) {
    case 'delete':
      return Buffer.concat([content.subarray(0, at), content.subarray(at + m.length)])
    case 'duplicate':
      return Buffer.concat([content.subarray(0, at + m.length), content.subarray(at)])
    case 'insert':
      return Buffer.concat([content.subarray(0, at), m.bytes, content.subarray(at)])
    case 'truncate':
      return content.subarray(0, at)
  }
}

/** Reads a fixture as the repository readers do: binary files skipped, bytes decoded, invalid UTF-8 located. */
export function readFixture(files: Record<string, Buffer>): { files: RepoFile[]; skipped: SkippedFile[] } {
  const c = new SideCollector()
  for (const [path, content] of Object.entries(files)) c.addContent(path, content)
  const side = c.build('fixture')
  return { files: side.files, skipped: side.skipped }
}

/** A fixture's name (a counterexample prints small), the file mutated on the head side, and the mutations. */
export interface Case {
  fixture: string
  target: string
  mutations: Mutation[]
}

export function caseArb(fixtures: Fixture[], targets: (path: string) => boolean = () => true): fc.Arbitrary<Case> {
  return fc.constantFrom(...fixtures).chain((fixture) =>
    fc.record({
      fixture: fc.constant(fixture.name),
      target: fc.constantFrom(...Object.keys(fixture.head).filter(targets).sort()),
      mutations: fc.array(mutationArb, { minLength: 1, maxLength: 5 }),
    }),
  )
}

function inside(text: string, line: number, column: number): boolean {
  const lines = text.split('\n')
  return line >= 1 && line <= lines.length + 1 && column >= 1 && column <= (lines[line - 1] ?? '').length + 2
}

export interface Outcome {
  findings: Finding[]
  /** Human-readable reasons the case failed; empty when it passed. */
  problems: string[]
}

/**
 * Checks the fixture's base against its mutated head: nothing throws, every finding
 * points into a file that side read (or was told it could not read), inside the text, and every format renders.
 */
export function mutatedHead(fixture: Fixture, c: Case): Record<string, Buffer> {
  return { ...fixture.head, [c.target]: c.mutations.reduce(applyMutation, fixture.head[c.target]) }
}

export function runCase(fixture: Fixture, mutated: Record<string, Buffer>): Outcome {
  const base = readFixture(fixture.base)
  const head = readFixture(mutated)
  const problems: string[] = []
  let findings: Finding[] = []
  try {
    const { result } = runCheck({ base: { ref: 'base', ...base }, head: { ref: 'head', ...head } })
    findings = result.findings
    for (const f of result.findings) {
      const side = f.status === 'fixed' ? base : head
      const file = side.files.find((x) => x.path === f.file)
      const skipped = side.skipped.some((s) => s.path === f.file)
      if (!file && !skipped) problems.push(`finding outside the files read: ${f.ruleId} at ${JSON.stringify(f.file)}`)
      else if (file && !inside(file.text, f.line, f.column)) problems.push(`finding outside its file: ${f.ruleId} at ${f.file}:${f.line}:${f.column}`)
    }
    for (const format of REPORT_FORMATS) render(format, result)
  } catch (e) {
    problems.push(`crash: ${(e as Error).stack ?? String(e)}`)
  }
  return { findings, problems }
}

/** Findings that concern neither the mutated file nor a cluster defined in it: a broken file must not change them. */
export function unrelated(findings: Finding[], target: string, fixture: Fixture): string[] {
  const text = fixture.head[target]?.toString('utf8') ?? ''
  const names = CLUSTER_NAMES.map((n) => `${n}.example.com`).filter((n) => text.includes(`name: ${n}`))
  return findings
    .filter((f) => f.file !== target && !(f.cluster !== null && names.includes(f.cluster)))
    .map((f) => JSON.stringify([f.ruleId, f.status, f.file, f.line, f.column, f.cluster, f.instanceGroup, f.arch, f.subject, f.message]))
    .sort()
}
