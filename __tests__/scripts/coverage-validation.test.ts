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

const BUILDER = `package sub

func (b *ThingOptionsBuilder) BuildOptions(o interface{}) error {
	if o == nil {
		return errors.New("no options")
	}
	return nil
}
`

// Named by populate_cluster_spec.go (sub.NewContext): scanned with the option builders.
const CONTEXT = `package sub

func NewContext() (*Context, error) {
	return nil, errors.New("no context")
}
`

// Declares a type populate_cluster_spec.go names (sub.Options, as kOps 1.26 names components.OptionsContext): scanned.
const TYPES = `package sub

type Options struct{}

func (o *Options) Check() error {
	return fmt.Errorf("options")
}
`

// A model builder in an option-builder package: not an option builder, not scanned.
const MODEL = `package sub

func (b *ModelBuilder) Build() error {
	return fmt.Errorf("model builders are not scanned")
}
`

// A BuildOptions in a package populate_cluster_spec.go does not list: not scanned.
const UNLISTED = `package other

func (b *OtherOptionsBuilder) BuildOptions(o interface{}) error {
	return errors.New("not listed")
}
`

const EXTRA = `package extra

func (b *ExtraOptionsBuilder) BuildOptions(o interface{}) error {
	return fmt.Errorf("extra")
}
`

const POPULATE_V1 = `package cloudup

import (
	"k8s.io/kops/pkg/model/components/sub"
	"k8s.io/kops/upup/pkg/fi/loader"
)

func run() error {
	ctx, err := sub.NewContext()
	_ = &sub.Options{}
	var codeModels []loader.ClusterOptionsBuilder
	codeModels = append(codeModels, &sub.ThingOptionsBuilder{Context: ctx})
	// codeModels = append(codeModels, &sub.ModelBuilder{}) in a comment lists nothing
	return err
}
`

// v1.1 adds a builder from a second package, imported under another name.
const POPULATE_V2 = POPULATE_V1.replace('"k8s.io/kops/upup/pkg/fi/loader"', 'ex "k8s.io/kops/pkg/model/components/extra"\n\t"k8s.io/kops/upup/pkg/fi/loader"').replace(
  '\t// codeModels',
  '\tcodeModels = append(codeModels, &ex.ExtraOptionsBuilder{Context: ctx})\n\t// codeModels',
)

const TEST_FILE = `package validation

func TestThing(t *testing.T) { _ = fmt.Errorf("tests are not scanned") }
`

interface Counts {
  sites: number
  modelled: number
  'needs-cloud': number
  unreachable: number
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

function run(marks: Record<string, unknown>, extra: string[] = []): { status: number | null; out: Output | null; stdout: string; stderr: string } {
  const marksDir = mkdtempSync(join(dir, 'marks-'))
  for (const [name, data] of Object.entries(marks)) writeFileSync(join(marksDir, name), JSON.stringify(data))
  const r = spawnSync(process.execPath, [script, gitDir, '--tags', 'v1.0.0,v1.0.1,v1.1.0-alpha.1', '--marks-dir', marksDir, '--root', dir, ...extra], { encoding: 'utf8' })
  return { status: r.status, out: extra.includes('--json') && r.status !== 2 ? (JSON.parse(r.stdout) as Output) : null, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'coverage-validation-'))
  const work = join(dir, 'kops')
  for (const d of ['pkg/apis/kops/validation', 'pkg/model/components/sub', 'pkg/model/components/other', 'pkg/model/components/extra', 'upup/pkg/fi/cloudup'])
    mkdirSync(join(work, d), { recursive: true })
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
  commit('v0.9.0') // no populate_cluster_spec.go yet
  writeFileSync(join(work, 'pkg/apis/kops/validation/thing_test.go'), TEST_FILE)
  writeFileSync(join(work, 'pkg/model/components/sub/builder.go'), BUILDER)
  writeFileSync(join(work, 'pkg/model/components/sub/context.go'), CONTEXT)
  writeFileSync(join(work, 'pkg/model/components/sub/model.go'), MODEL)
  writeFileSync(join(work, 'pkg/model/components/sub/types.go'), TYPES)
  writeFileSync(join(work, 'pkg/model/components/other/other.go'), UNLISTED)
  writeFileSync(join(work, 'upup/pkg/fi/cloudup/populate_cluster_spec.go'), POPULATE_V1)
  commit('v1.0.0')
  commit('v1.0.1')
  writeFileSync(join(work, 'pkg/apis/kops/validation/thing.go'), VALIDATION_V2)
  writeFileSync(join(work, 'pkg/model/components/extra/extra.go'), EXTRA)
  writeFileSync(join(work, 'upup/pkg/fi/cloudup/populate_cluster_spec.go'), POPULATE_V2)
  commit('v1.1.0-alpha.1')
  gitDir = join(work, '.git')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const THING = 'pkg/apis/kops/validation/thing.go'
const BUILDER_PATH = 'pkg/model/components/sub/builder.go'
const CONTEXT_PATH = 'pkg/model/components/sub/context.go'
const EXTRA_PATH = 'pkg/model/components/extra/extra.go'
const TYPES_PATH = 'pkg/model/components/sub/types.go'
const MARKS = {
  'pkg__apis__kops__validation__thing.go.json': {
    file: THING,
    sites: [
      { func: 'validateThing', call: 'allErrs = append(allErrs, field.Required(fldPath.Child("a"), ""))', status: 'modelled', by: 'src/model.ts' },
      { func: 'Check', call: 'return fmt.Errorf("b is set")', status: 'needs-cloud', note: 'decided at run time' },
    ],
  },
  'pkg__model__components__sub__context.go.json': {
    file: CONTEXT_PATH,
    sites: [{ func: 'NewContext', call: 'return nil, errors.New("no context")', status: 'unreachable', note: 'never called with user input' }],
  },
}

describe('coverage:validation', () => {
  it('finds the call sites with their enclosing function, skipping comments, strings and tests', () => {
    const { status, out } = run({}, ['--json', '--list'])
    expect(status).toBe(0)
    expect(out!.notModelledAtNewest).toEqual([
      { file: THING, func: 'validateThing', call: 'allErrs = append(allErrs, field.Required(fldPath.Child("a"), ""))', line: 6 },
      { file: THING, func: 'validateThing', call: 'allErrs = append(allErrs, field.TooLong(fldPath.Child("a"), spec.A, 3))', line: 9 },
      { file: EXTRA_PATH, func: 'BuildOptions', call: 'return fmt.Errorf("extra")', line: 4 },
      { file: BUILDER_PATH, func: 'BuildOptions', call: 'return errors.New("no options")', line: 5 },
      { file: CONTEXT_PATH, func: 'NewContext', call: 'return nil, errors.New("no context")', line: 4 },
      { file: TYPES_PATH, func: 'Check', call: 'return fmt.Errorf("options")', line: 6 },
    ])
    expect(out!.minors.map((m) => [m.minor, m.tag])).toEqual([
      ['1.0', 'v1.0.1'],
      ['1.1', 'v1.1.0-alpha.1'],
    ])
    // v1.0.1: the Required line (whitespace collapsed), the closure's Errorf, Check's Errorf, the top-level Errorf
    expect(out!.minors[0]!.files[THING]).toEqual({ sites: 4, modelled: 0, 'needs-cloud': 0, unreachable: 0, 'not-modelled': 4, share: 0 })
  })

  it('scans only the option builders populate_cluster_spec.go lists at the tag, and what it names from their package', () => {
    const { status, out } = run({}, ['--json'])
    expect(status).toBe(0)
    // model.go (a model builder beside the option builder) and other/ (not listed) are not scanned at any tag
    expect(Object.keys(out!.minors[0]!.files)).toEqual([THING, BUILDER_PATH, CONTEXT_PATH, TYPES_PATH])
    // extra/ is listed from v1.1 on, under the import name ex
    expect(Object.keys(out!.minors[1]!.files)).toEqual([THING, EXTRA_PATH, BUILDER_PATH, CONTEXT_PATH, TYPES_PATH])
  })

  it('refuses a tag without populate_cluster_spec.go', () => {
    const { status, stderr } = run({}, ['--json', '--tags', 'v0.9.0'])
    expect(status).toBe(2)
    expect(stderr).toBe('v0.9.0: upup/pkg/fi/cloudup/populate_cluster_spec.go not found\n')
  })

  it('counts marks per minor: share = modelled / (sites - needs-cloud - unreachable)', () => {
    const { status, out } = run(MARKS, ['--json'])
    expect(status).toBe(0)
    expect(out!.problems).toEqual([])
    expect(out!.minors[0]).toEqual({
      minor: '1.0',
      tag: 'v1.0.1',
      all: { sites: 7, modelled: 1, 'needs-cloud': 1, unreachable: 1, 'not-modelled': 4, share: 0.2 },
      files: {
        [BUILDER_PATH]: { sites: 1, modelled: 0, 'needs-cloud': 0, unreachable: 0, 'not-modelled': 1, share: 0 },
        [CONTEXT_PATH]: { sites: 1, modelled: 0, 'needs-cloud': 0, unreachable: 1, 'not-modelled': 0, share: null },
        [THING]: { sites: 4, modelled: 1, 'needs-cloud': 1, unreachable: 0, 'not-modelled': 2, share: 1 / 3 },
        [TYPES_PATH]: { sites: 1, modelled: 0, 'needs-cloud': 0, unreachable: 0, 'not-modelled': 1, share: 0 },
      },
    })
    expect(out!.minors[1]!.files[THING]).toEqual({ sites: 2, modelled: 1, 'needs-cloud': 0, unreachable: 0, 'not-modelled': 1, share: 0.5 })
    expect(out!.minors[1]!.all).toEqual({ sites: 6, modelled: 1, 'needs-cloud': 0, unreachable: 1, 'not-modelled': 4, share: 0.2 })
  })

  it('a mark for a site seen at an older tag only is not stale', () => {
    const { status } = run(MARKS, ['--json', '--tags', 'v1.0.0,v1.1.0-alpha.1'])
    expect(status).toBe(0)
  })

  it('fails on a stale mark, a missing by file, a modelled mark without by and a needs-cloud or unreachable mark without a note', () => {
    const marks = {
      'pkg__apis__kops__validation__thing.go.json': {
        file: THING,
        sites: [
          { func: 'validateThing', call: 'return fmt.Errorf("gone")', status: 'needs-cloud', note: 'decided at run time' },
          { func: 'Check', call: 'return fmt.Errorf("b is set")', status: 'modelled', by: 'src/missing.ts' },
          { func: 'validateThing', call: 'allErrs = append(allErrs, field.TooLong(fldPath.Child("a"), spec.A, 3))', status: 'modelled' },
          { func: 'validateThing', call: 'allErrs = append(allErrs, field.Required(fldPath.Child("a"), ""))', status: 'needs-cloud' },
          { func: 'validateThing', call: 'f := func() error { return fmt.Errorf("closure %q", spec.A) }', status: 'unreachable', note: ' ' },
          { func: '', call: 'var topLevel = fmt.Errorf("top level")', status: 'dead' },
        ],
      },
    }
    const { status, out } = run(marks, ['--json'])
    expect(status).toBe(1)
    const p = 'pkg__apis__kops__validation__thing.go.json'
    expect(out!.problems).toEqual([
      `${p}: validateThing: return fmt.Errorf("gone"): stale mark, the site exists at no scanned tag`,
      `${p}: Check: return fmt.Errorf("b is set"): "by" file src/missing.ts does not exist`,
      `${p}: validateThing: allErrs = append(allErrs, field.TooLong(fldPath.Child("a"), spec.A, 3)): a modelled site needs "by"`,
      `${p}: validateThing: allErrs = append(allErrs, field.Required(fldPath.Child("a"), "")): a needs-cloud site needs a "note" saying why`,
      `${p}: validateThing: f := func() error { return fmt.Errorf("closure %q", spec.A) }: an unreachable site needs a "note" saying why`,
      `${p}: : var topLevel = fmt.Errorf("top level"): unknown status "dead"`,
    ])
  })

  it('prints a table per minor for all files and per file', () => {
    const { status, stdout } = run(MARKS, ['--file', THING])
    expect(status).toBe(0)
    expect(stdout).toBe(
      [
        THING,
        '| minor | tag            | sites | modelled | needs-cloud | unreachable | not modelled |  share |',
        '|-------|----------------|------:|---------:|------------:|------------:|-------------:|-------:|',
        '| 1.0   | v1.0.1         |     4 |        1 |           1 |           0 |            2 | 33.3 % |',
        '| 1.1   | v1.1.0-alpha.1 |     2 |        1 |           0 |           0 |            1 | 50.0 % |',
        '',
      ].join('\n'),
    )
  })
})
