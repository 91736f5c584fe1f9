// The coverage script's scanning and counting, on a tiny kOps-shaped git repository made here.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync, execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const script = resolve('scripts/coverage-validation.mjs')

const VALIDATION_V1 = `package validation

// validateThing checks a thing. field.Invalid(in a comment) is not a site.
func validateThing(spec *Spec, fldPath *field.Path) field.ErrorList {
	allErrs := field.ErrorList{}
	if spec.A == "" {
		allErrs = append(allErrs,   field.Required(fldPath.Child("a"), ""))
	}
	msg := "field.Forbidden( inside a string"
	_ = msg
	raw := \`
fmt.Errorf("inside a raw string")
\`
	_ = raw
	f := func() error { return fmt.Errorf("closure %q", spec.A) }
	_ = f
	/* field.Duplicate(fldPath, 1) in a block comment */
	return allErrs
}

func (v *Validator) Check(
	spec *Spec,
) error {
	if spec.B {
		return fmt.Errorf("b is set")
	}
	return nil
}

var topLevel = fmt.Errorf("top level")
`

// v2 drops the Check method, keeps validateThing, and adds a TooLong site; errors.New does not count here.
const VALIDATION_V2 = `package validation

func validateThing(spec *Spec, fldPath *field.Path) field.ErrorList {
	allErrs := field.ErrorList{}
	if spec.A == "" {
		allErrs = append(allErrs, field.Required(fldPath.Child("a"), ""))
	}
	if len(spec.A) > 3 {
		allErrs = append(allErrs, field.TooLong(fldPath.Child("a"), spec.A, 3))
	}
	_ = errors.New("not counted in validation files")
	return allErrs
}
`

const BUILDER = `package components

func (b *OptionsBuilder) BuildOptions(o interface{}) error {
	if o == nil {
		return errors.New("no options")
	}
	return nil
}
`

const TEST_FILE = `package validation

func TestThing(t *testing.T) { _ = fmt.Errorf("tests are not scanned") }
`

interface Counts {
  sites: number
  modelled: number
  'needs-cloud': number
  'not-modelled': number
  share: number | null
}
interface Output {
  minors: { minor: string; tag: string; all: Counts; files: Record<string, Counts> }[]
  notModelledAtNewest?: { file: string; func: string; call: string; line: number }[]
  problems: string[]
}

let dir: string
let gitDir: string

function run(marks: Record<string, unknown>, extra: string[] = []): { status: number | null; out: Output | null; stdout: string } {
  const marksDir = mkdtempSync(join(dir, 'marks-'))
  for (const [name, data] of Object.entries(marks)) writeFileSync(join(marksDir, name), JSON.stringify(data))
  const r = spawnSync(process.execPath, [script, gitDir, '--tags', 'v1.0.0,v1.0.1,v1.1.0-alpha.1', '--marks-dir', marksDir, '--root', dir, ...extra], { encoding: 'utf8' })
  return { status: r.status, out: extra.includes('--json') ? (JSON.parse(r.stdout) as Output) : null, stdout: r.stdout }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'coverage-validation-'))
  const work = join(dir, 'kops')
  mkdirSync(join(work, 'pkg/apis/kops/validation'), { recursive: true })
  mkdirSync(join(work, 'pkg/model/components/sub'), { recursive: true })
  mkdirSync(join(dir, 'src'), { recursive: true })
  writeFileSync(join(dir, 'src/model.ts'), '')
  const g = (...args: string[]) => execFileSync('git', ['-C', work, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args])
  g('init', '-q')
  const commit = (tag: string) => {
    g('add', '-A')
    g('commit', '-q', '--allow-empty', '-m', tag)
    g('tag', tag)
  }
  writeFileSync(join(work, 'pkg/apis/kops/validation/thing.go'), VALIDATION_V1)
  writeFileSync(join(work, 'pkg/apis/kops/validation/thing_test.go'), TEST_FILE)
  writeFileSync(join(work, 'pkg/model/components/sub/builder.go'), BUILDER)
  commit('v1.0.0')
  commit('v1.0.1')
  writeFileSync(join(work, 'pkg/apis/kops/validation/thing.go'), VALIDATION_V2)
  commit('v1.1.0-alpha.1')
  gitDir = join(work, '.git')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const THING = 'pkg/apis/kops/validation/thing.go'
const BUILDER_PATH = 'pkg/model/components/sub/builder.go'
const MARKS = {
  'pkg__apis__kops__validation__thing.go.json': {
    file: THING,
    sites: [
      { func: 'validateThing', call: 'allErrs = append(allErrs, field.Required(fldPath.Child("a"), ""))', status: 'modelled', by: 'src/model.ts' },
      { func: 'Check', call: 'return fmt.Errorf("b is set")', status: 'needs-cloud', note: 'decided at run time' },
    ],
  },
}

describe('coverage:validation', () => {
  it('finds the call sites with their enclosing function, skipping comments, strings and tests', () => {
    const { status, out } = run({}, ['--json', '--list'])
    expect(status).toBe(0)
    expect(out!.notModelledAtNewest).toEqual([
      { file: THING, func: 'validateThing', call: 'allErrs = append(allErrs, field.Required(fldPath.Child("a"), ""))', line: 6 },
      { file: THING, func: 'validateThing', call: 'allErrs = append(allErrs, field.TooLong(fldPath.Child("a"), spec.A, 3))', line: 9 },
      { file: BUILDER_PATH, func: 'BuildOptions', call: 'return errors.New("no options")', line: 5 },
    ])
    expect(out!.minors.map((m) => [m.minor, m.tag])).toEqual([
      ['1.0', 'v1.0.1'],
      ['1.1', 'v1.1.0-alpha.1'],
    ])
    // v1.0.1: the Required line (whitespace collapsed), the closure's Errorf, Check's Errorf, the top-level Errorf
    expect(out!.minors[0]!.files[THING]).toEqual({ sites: 4, modelled: 0, 'needs-cloud': 0, 'not-modelled': 4, share: 0 })
  })

  it('counts marks per minor: share = modelled / (sites - needs-cloud)', () => {
    const { status, out } = run(MARKS, ['--json'])
    expect(status).toBe(0)
    expect(out!.problems).toEqual([])
    expect(out!.minors[0]).toEqual({
      minor: '1.0',
      tag: 'v1.0.1',
      all: { sites: 5, modelled: 1, 'needs-cloud': 1, 'not-modelled': 3, share: 0.25 },
      files: {
        [BUILDER_PATH]: { sites: 1, modelled: 0, 'needs-cloud': 0, 'not-modelled': 1, share: 0 },
        [THING]: { sites: 4, modelled: 1, 'needs-cloud': 1, 'not-modelled': 2, share: 1 / 3 },
      },
    })
    expect(out!.minors[1]!.files[THING]).toEqual({ sites: 2, modelled: 1, 'needs-cloud': 0, 'not-modelled': 1, share: 0.5 })
  })

  it('a mark for a site seen at an older tag only is not stale', () => {
    const { status } = run(MARKS, ['--json', '--tags', 'v1.0.0,v1.1.0-alpha.1'])
    expect(status).toBe(0)
  })

  it('fails on a stale mark, a missing by file and a modelled mark without by', () => {
    const marks = {
      'pkg__apis__kops__validation__thing.go.json': {
        file: THING,
        sites: [
          { func: 'validateThing', call: 'return fmt.Errorf("gone")', status: 'needs-cloud' },
          { func: 'Check', call: 'return fmt.Errorf("b is set")', status: 'modelled', by: 'src/missing.ts' },
          { func: 'validateThing', call: 'allErrs = append(allErrs, field.TooLong(fldPath.Child("a"), spec.A, 3))', status: 'modelled' },
        ],
      },
    }
    const { status, out } = run(marks, ['--json'])
    expect(status).toBe(1)
    expect(out!.problems).toEqual([
      'pkg__apis__kops__validation__thing.go.json: validateThing: return fmt.Errorf("gone"): stale mark, the site exists at no scanned tag',
      'pkg__apis__kops__validation__thing.go.json: Check: return fmt.Errorf("b is set"): "by" file src/missing.ts does not exist',
      'pkg__apis__kops__validation__thing.go.json: validateThing: allErrs = append(allErrs, field.TooLong(fldPath.Child("a"), spec.A, 3)): a modelled site needs "by"',
    ])
  })

  it('prints a table per minor for all files and per file', () => {
    const { status, stdout } = run(MARKS, ['--file', THING])
    expect(status).toBe(0)
    expect(stdout).toBe(
      [
        THING,
        '| minor | tag            | sites | modelled | needs-cloud | not modelled |  share |',
        '|-------|----------------|------:|---------:|------------:|-------------:|-------:|',
        '| 1.0   | v1.0.1         |     4 |        1 |           1 |            2 | 33.3 % |',
        '| 1.1   | v1.1.0-alpha.1 |     2 |        1 |           0 |            1 | 50.0 % |',
        '',
      ].join('\n'),
    )
  })
})
