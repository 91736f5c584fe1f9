// `kops-preflight render`: what each `kops toolbox template` invocation renders, or why it could not be rendered,
// so a user can see what was checked. Invocations come from the config file's `templates:` list (and from
// discovered invocations when the caller passes them).
import { extractPins } from '../pins/index.js'
import type { RepoFile } from '../repo/side.js'
import { escapeTextLine } from '../report/escape.js'
import { readTemplateConfig } from './config.js'
import type { TemplateInvocation } from './invocation.js'
import { type RenderResult, renderInvocation } from './render.js'

export interface RenderReport {
  invocations: {
    kind: TemplateInvocation['kind']
    file: string
    line: number
    templates: string[]
    values: string[]
    kopsVersion: string
    status: 'rendered' | 'failed' | 'not-evaluated'
    problems: { file: string; line: number; column: number; message: string; reason: string }[]
    documents: { template: string; text: string }[]
  }[]
  problems: { file: string; line: number; column: number; message: string }[]
}

export interface RenderCommandInput {
  files: readonly RepoFile[]
  configPath: string
  /** Invocations found in Makefiles, scripts and workflows, if any. */
  discovered?: readonly TemplateInvocation[]
  /** The kOps release whose semantics apply; default: the repository's pin when it has one version. */
  kopsVersion?: string
}

/** The repository's kOps version when its pins name exactly one; otherwise the renderer's newest release. */
function pinnedVersion(files: readonly RepoFile[]): string | undefined {
  const versions = new Set(extractPins(files).flatMap((p) => (p.version ? [p.version] : [])))
  return versions.size === 1 ? [...versions][0] : undefined
}

export function runRender(input: RenderCommandInput): RenderReport {
  const report: RenderReport = { invocations: [], problems: [] }
  const kopsVersion = input.kopsVersion ?? pinnedVersion(input.files)
  const config = input.files.find((f) => f.path === input.configPath)
  const invocations: TemplateInvocation[] = [...(input.discovered ?? [])]
  if (config) {
    const read = readTemplateConfig(config.path, config.text)
    invocations.push(...read.invocations)
    for (const p of read.problems) report.problems.push({ file: p.file, line: p.pos.line, column: p.pos.column, message: p.message })
  }
  for (const inv of invocations) {
    const r: RenderResult = renderInvocation(inv, input.files, { kopsVersion })
    report.invocations.push({
      kind: inv.kind,
      file: inv.at.file,
      line: inv.at.pos.line,
      templates: r.templates.length ? r.templates : inv.templates,
      values: inv.values,
      kopsVersion: r.kopsVersion,
      status: r.unknown ? 'not-evaluated' : r.problems.length ? 'failed' : 'rendered',
      problems: r.problems.map((p) => ({ file: p.file, line: p.pos.line, column: p.pos.column, message: p.message, reason: p.reason })),
      documents: r.outputs.map((o) => ({ template: o.template, text: o.text })),
    })
  }
  return report
}

/** The text form: one block per invocation, repository text escaped for the terminal. */
export function renderReportText(report: RenderReport): string {
  const e = escapeTextLine
  const out: string[] = []
  for (const p of report.problems) out.push(`${e(p.file)}:${p.line}:${p.column}: ${e(p.message)}`)
  if (report.invocations.length === 0) out.push('No kops toolbox template invocation found (declare one under templates: in the config file).')
  for (const inv of report.invocations) {
    out.push(`${e(inv.file)}:${inv.line}: kops toolbox template --template ${inv.templates.map(e).join(',')}${inv.values.length ? ' --values ' + inv.values.map(e).join(',') : ''} (kOps ${inv.kopsVersion})`)
    if (inv.status === 'rendered') {
      out.push(`  rendered ${inv.documents.length} document${inv.documents.length === 1 ? '' : 's'}:`)
      for (const d of inv.documents) {
        out.push(`  --- # from ${e(d.template)}`)
        for (const line of d.text.replace(/\n$/, '').split('\n')) out.push('  ' + e(line))
      }
    } else {
      out.push(inv.status === 'not-evaluated' ? '  not evaluated:' : '  kops would fail:')
      for (const p of inv.problems) out.push(`  ${e(p.file)}:${p.line}:${p.column}: ${e(p.message)}`)
    }
  }
  return out.join('\n') + '\n'
}
