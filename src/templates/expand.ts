// The clusters of `kops toolbox template`: every invocation the repository states literally is rendered as kOps
// renders it (render.ts), its documents parsed with positions in the template (manifests.ts), and these documents take
// the place of the template's unrendered text. A committed `--out` file is checked once, through its template: it
// is left out of the manifests, and a `rendered-manifest-stale` warning says when it differs from a fresh render.
// A render that kOps itself would fail is reported at the expression (`kops toolbox template` exits with that text);
// one that depends on what cannot be known offline leaves the template as it was (flagged as not evaluated).
import type { ManifestProblem, ParsedFile } from '../manifests/parse.js'
import type { RepoFile } from '../repo/side.js'
import type { Located } from '../types.js'
import type { TemplateInvocation } from './invocation.js'
import { parseRendered } from './manifests.js'
import { renderInvocation, repoSource } from './render.js'
import { checkStale } from './stale.js'

export interface Expansion {
  /** The rendered documents, one ParsedFile per rendered document (file = the template). */
  parsed: ParsedFile[]
  /** Files whose own parse the rendering replaces: rendered templates, their snippets, committed outputs. */
  consumed: Set<string>
  problems: ManifestProblem[]
  /** The invocation behind each rendered document, by position in `parsed`. */
  renderedBy: Map<ParsedFile, Located<string>>
}

function under(file: string, dirOrFile: string): boolean {
  const d = dirOrFile.replace(/\/+$/, '')
  return file === d || file.startsWith(`${d}/`)
}

export function expandInvocations(files: RepoFile[], invocations: TemplateInvocation[], kopsVersion: string | null): Expansion {
  const out: Expansion = { parsed: [], consumed: new Set(), problems: [], renderedBy: new Map() }
  const source = repoSource(files)
  const texts = new Map(files.map((f) => [f.path, f.text]))
  for (const inv of invocations) {
    if (inv.unresolved.length > 0 || inv.templates.length === 0) continue
    const result = renderInvocation(inv, source, kopsVersion ? { kopsVersion } : {})
    if (result.unknown) continue
    const failures = result.problems.filter((p) => p.reason !== 'unknown')
    const consume = () => {
      for (const t of result.templates) out.consumed.add(t)
      for (const f of files) if (inv.snippets.some((s) => under(f.path, s))) out.consumed.add(f.path)
      if (inv.out) out.consumed.add(inv.out)
    }
    if (failures.length > 0) {
      consume()
      for (const p of failures.slice(0, 1))
        out.problems.push({ ruleId: 'manifest-invalid', messageId: 'templateFails', file: p.file, pos: p.pos, data: { detail: p.message, at: `${inv.at.file}:${inv.at.pos.line}` } })
      continue
    }
    consume()
    for (const p of parseRendered(result)) {
      out.parsed.push(p)
      out.renderedBy.set(p, inv.at)
    }
    const committed = inv.out ? texts.get(inv.out) : undefined
    if (inv.out && committed !== undefined) {
      const stale = checkStale(result, committed, inv.formatYaml)
      if (stale.stale)
        out.problems.push({
          ruleId: 'rendered-manifest-stale',
          messageId: 'stale',
          file: inv.out,
          pos: { line: stale.line ?? 1, column: 1, endLine: stale.line ?? 1, endColumn: 1 },
          data: { out: inv.out, template: result.templates.join(', '), at: `${inv.at.file}:${inv.at.pos.line}`, line: String(stale.line ?? 1) },
        })
    }
  }
  return out
}
