// A `kops toolbox template` invocation found in the repository (Makefile, script, workflow, Taskfile, package.json
// script, or a `templates:` entry of the config file), with its arguments as kOps's flags take them
// (kubernetes/kops:cmd/kops/toolbox_template.go).
import type { Located } from '../types.js'

export type InvocationKind = 'makefile' | 'script' | 'workflow' | 'taskfile' | 'package-json' | 'config'

export interface TemplateInvocation {
  kind: InvocationKind
  /** The command (or config entry) where it was found: file and position of `kops toolbox template` or the entry. */
  at: Located<string>
  /** `--template` paths, repository-relative, in order (comma lists split; a directory is rendered recursively). */
  templates: string[]
  /** `--values` files, repository-relative, in order. */
  values: string[]
  /** `--snippets` paths (files or directories), repository-relative. */
  snippets: string[]
  /** `--set` and `--set-string` arguments as given (`a.b=c,d=e`). */
  set: string[]
  setString: string[]
  /** `--name`, the positional cluster name, or null. */
  name: string | null
  /** `--out` (or its alias `--output`), repository-relative; null prints to stdout. */
  out: string | null
  /** `--fail-on-missing` (kOps's default: true). */
  failOnMissing: boolean
  /** `--format-yaml` (kOps's default: false). */
  formatYaml: boolean
  /** Arguments that could not be made literal (e.g. `$(ENV)` with no literal value), as written. */
  unresolved: string[]
}
