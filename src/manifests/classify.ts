// Decides, before any YAML is parsed, what a file that mentions kOps objects is: a manifest kOps reads as it is,
// documentation, or a template of another tool that kOps never sees unrendered.
import type { Position } from '../types.js'
import { isTemplateAction, lineStarts, spanToPosition } from './templates.js'

/** The tools whose templates hold kOps objects. `go-template` is `kops toolbox template`'s own language. */
export type TemplateEngine = 'go-template' | 'jinja2' | 'helm' | 'terraform' | 'jsonnet' | 'envsubst'

export type FileClass =
  /** Not about kOps objects at all. */
  | { kind: 'other' }
  /** Markdown, reStructuredText, AsciiDoc, plain text: prose that may quote a spec; never checked. */
  | { kind: 'documentation' }
  /** YAML (or JSON) that kOps reads as it is. */
  | { kind: 'manifest' }
  /** A template: only its literal parts can be read; `evidence` is where the template syntax first shows. */
  | { kind: 'templated'; engine: TemplateEngine; evidence: { text: string; pos: Position } | null }

export interface ClassifyContext {
  /** Every path on the side (for Helm charts: `templates/` beside a `Chart.yaml`). */
  paths: ReadonlySet<string>
  /** Base names of files a Terraform configuration of the side hands to `templatefile()` or a `template_file`. */
  terraformTemplates: ReadonlySet<string>
}

const DOC_EXT = /\.(?:md|markdown|mdx|rst|txt|adoc|asciidoc|textile|org)$/i
const SOURCE_EXT = /\.(?:go|py|js|mjs|cjs|ts|tsx|java|kt|rb|rs|c|cc|cpp|h|cs|php|pl|lua|groovy|scala|swift|sh|bash|zsh|ps1|bat|cmd|tf|hcl|nix|sql)$/i
const JSONNET_EXT = /\.(?:jsonnet|libsonnet)$/i
const TERRAFORM_EXT = /\.(?:tpl|tftpl)$/i
const JINJA_EXT = /\.(?:j2|jinja2?)$/i

const YAML_API = /^\s*(?:-\s+)?["']?apiVersion["']?\s*:\s*["']?kops(?:\.k8s\.io)?\/v1alpha[23]\b/m
const YAML_KIND = /^\s*(?:-\s+)?["']?kind["']?\s*:\s*["']?(?:Cluster|InstanceGroup)\b/m
/** jsonnet and JSON spell keys and values in quotes, and jsonnet may leave the key bare: `apiVersion: 'kops…'`. */
const ANY_API = /["']?apiVersion["']?\s*:\s*["']kops(?:\.k8s\.io)?\/v1alpha[23]["']/
const ANY_KIND = /["']?kind["']?\s*:\s*["'](?:Cluster|InstanceGroup)["']/

/** Whether the text names a kOps Cluster or InstanceGroup, in YAML or in a JSON-like language. */
export function mentionsKopsObject(text: string): boolean {
  return (YAML_API.test(text) && YAML_KIND.test(text)) || (ANY_API.test(text) && ANY_KIND.test(text))
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** A file under `templates/` of a Helm chart: the nearest `templates` ancestor has a `Chart.yaml` beside it. */
export function inHelmChart(path: string, paths: ReadonlySet<string>): boolean {
  const parts = path.split('/')
  for (let i = parts.length - 2; i >= 0; i--) {
    if (parts[i] !== 'templates') continue
    const chart = parts.slice(0, i).join('/')
    const prefix = chart === '' ? '' : `${chart}/`
    return paths.has(`${prefix}Chart.yaml`) || paths.has(`${prefix}Chart.yml`)
  }
  return false
}

interface Hit {
  engine: TemplateEngine
  start: number
  end: number
}

/** Words that start a Go template action or are Go template builtins; an action starting with `.`, `$` or `(` is Go too. */
const GO_HEAD = /^(?:if|else|end|range|with|define|template|block|break|continue|nil|not|and|or|eq|ne|lt|le|gt|ge|len|index|print|printf|println|slice|call|html|js|urlquery)\b/

/**
 * Jinja2 statements and comments, and expressions that Go cannot parse but Jinja2 can: a bare name followed by an
 * attribute, an index, a call or a filter (`{{ settings.zone }}`, `{{ lookup('env', 'X') }}`, `{{ name | upper }}`).
 * A bare `{{ name }}` alone is neither: other tools substitute it as literal text (see isTemplateAction).
 */
function jinjaHit(text: string): Hit | null {
  const stmt = /\{%-?[\s\S]*?-?%\}|\{#[\s\S]*?#\}/.exec(text)
  if (stmt) return { engine: 'jinja2', start: stmt.index, end: stmt.index + stmt[0].length }
  for (const m of text.matchAll(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g)) {
    const inner = m[1]
    if (/^[.$(]/.test(inner) || GO_HEAD.test(inner)) continue
    if (/^[A-Za-z_]\w*(?:[.[(]|\s*\|)/.test(inner)) return { engine: 'jinja2', start: m.index, end: m.index + m[0].length }
  }
  return null
}

function goTemplateHit(text: string): Hit | null {
  for (const m of text.matchAll(/\{\{[\s\S]*?\}\}/g)) if (isTemplateAction(m[0])) return { engine: 'go-template', start: m.index, end: m.index + m[0].length }
  return null
}

/** Terraform template directives `%{ if … }`/`%{ for … }` and interpolations that are expressions (`${var.x}`, `${f(x)}`). */
function terraformHit(text: string, strong: boolean): Hit | null {
  const directive = /%\{~?\s*(?:if|for|else|endif|endfor)\b[^}]*\}/.exec(text)
  if (directive) return { engine: 'terraform', start: directive.index, end: directive.index + directive[0].length }
  const re = strong ? /\$\{[^}\n]+\}/ : /\$\{\s*(?:[a-z_][\w-]*(?:\.|\[|\()|[^}\n]*(?:\?|==|!=|&&|\|\|)|(?:join|jsonencode|yamlencode|format|lookup|element|concat|length|replace|lower|upper|trimspace|indent)\s*\()[^}\n]*\}/
  const m = re.exec(text)
  return m ? { engine: 'terraform', start: m.index, end: m.index + m[0].length } : null
}

/** Shell-style `$VAR`/`${VAR}`/`${VAR:-default}` outside comments, as envsubst (or a shell heredoc) replaces them. */
function envsubstHit(text: string): Hit | null {
  let offset = 0
  for (const line of text.split('\n')) {
    const body = line.replace(/\s#.*$|^\s*#.*$/, '')
    const m = /(?<![$\\\w])\$(?:\{[A-Za-z_]\w*(?::?[-=+?][^}]*)?\}|[A-Za-z_]\w*)/.exec(body)
    if (m) return { engine: 'envsubst', start: offset + m.index, end: offset + m.index + m[0].length }
    offset += line.length + 1
  }
  return null
}

/**
 * Keys under which kOps passes text through to nodes or the cluster as it is (scripts, file contents, manifests):
 * `${VAR}` there is shell syntax, not a template.
 */
const CONTENT_BLOCK = /^(\s*)(?:-\s+)?(?:additionalUserData|fileAssets|hooks|content|manifest|execContainer|before|userData)\s*:/

/** The text with the values of pass-through blocks blanked (same length), so their shell syntax is not mistaken for a template. */
function withoutContentBlocks(text: string): string {
  const lines = text.split('\n')
  let blockIndent = -1
  return lines
    .map((line) => {
      const indent = line.length - line.trimStart().length
      if (blockIndent >= 0) {
        if (line.trim() === '' || indent > blockIndent) return ' '.repeat(line.length)
        blockIndent = -1
      }
      const m = CONTENT_BLOCK.exec(line)
      if (m) {
        blockIndent = m[1].length
        return line.slice(0, line.indexOf(':') + 1) + ' '.repeat(line.length - line.indexOf(':') - 1)
      }
      return line
    })
    .join('\n')
}

/** Classifies a file that may hold kOps objects. Documentation wins over content; then the path; then the syntax. */
export function classifyFile(path: string, text: string, ctx: ClassifyContext): FileClass {
  if (!mentionsKopsObject(text)) return { kind: 'other' }
  if (DOC_EXT.test(path)) return { kind: 'documentation' }
  // Source code that embeds a spec (a test fixture in Go, a heredoc in a shell script) is a program, not a manifest.
  if (SOURCE_EXT.test(path)) return { kind: 'other' }
  const at = (h: Hit | null): FileClass & { kind: 'templated' } => {
    const engine = h?.engine ?? 'go-template'
    if (!h) return { kind: 'templated', engine, evidence: null }
    return { kind: 'templated', engine, evidence: { text: text.slice(h.start, h.end), pos: spanToPosition(lineStarts(text), h.start, h.end) } }
  }
  const templated = (engine: TemplateEngine, hit: Hit | null): FileClass => ({ ...at(hit), engine })
  if (JSONNET_EXT.test(path)) return templated('jsonnet', null)
  if (inHelmChart(path, ctx.paths)) return templated('helm', goTemplateHit(text) ?? jinjaHit(text))
  const scanned = withoutContentBlocks(text)
  const byTerraform = TERRAFORM_EXT.test(path) || ctx.terraformTemplates.has(baseName(path))
  if (JINJA_EXT.test(path)) return templated('jinja2', jinjaHit(scanned) ?? goTemplateHit(scanned))
  const jinja = jinjaHit(scanned)
  if (jinja) return at(jinja)
  const go = goTemplateHit(scanned)
  if (go) return at(go)
  const tf = terraformHit(scanned, byTerraform)
  if (tf || byTerraform) return templated('terraform', tf ?? envsubstHit(scanned))
  const env = envsubstHit(scanned)
  if (env) return at(env)
  // Not YAML-shaped: JSON is YAML; anything else (a dict in a program) is not kOps input.
  if (!YAML_API.test(text) || !YAML_KIND.test(text)) return /\.json$/i.test(path) ? { kind: 'manifest' } : { kind: 'other' }
  return { kind: 'manifest' }
}

/** Base names that `.tf` files pass to `templatefile("…/name", …)` or a `template_file` data source's `file("…/name")`. */
export function terraformTemplateNames(files: ReadonlyArray<{ path: string; text: string }>): Set<string> {
  const out = new Set<string>()
  for (const f of files) {
    if (!/\.tf$/i.test(f.path)) continue
    // `file()` alone hands the content over literally (e.g. an aws_s3_object of the completed spec): not a template.
    for (const m of f.text.matchAll(/\btemplatefile\s*\(\s*"([^"]+)"|\btemplate\s*=\s*(?:"\$\{\s*)?file\s*\(\s*"([^"]+)"/g)) out.add(baseName(m[1] ?? m[2]))
  }
  return out
}

export function classifyContext(files: ReadonlyArray<{ path: string; text: string }>): ClassifyContext {
  return { paths: new Set(files.map((f) => f.path)), terraformTemplates: terraformTemplateNames(files) }
}

/**
 * The first line that holds only template control (`{{ range … }}`, `{{- end }}`, `{{ include … }}`, `{% if %}`,
 * `%{ for … }`, a `${snippet}` insertion), outside pass-through blocks: there the template decides the document's
 * structure, so what masking leaves is no evidence of what kOps would read. Go and Jinja2 comments do not count. Null when only values are templated.
 */
export function structuralLine(text: string): number | null {
  const lines = withoutContentBlocks(text).split('\n')
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}|\{#[\s\S]*?#\}/g, '').trim()
    if (l === '') continue
    if (/^(?:\{\{[^}]*\}\}\s*)+$/.test(l) && [...l.matchAll(/\{\{[^}]*\}\}/g)].some((m) => isTemplateAction(m[0]))) return i + 1
    if (/^(?:\{%[\s\S]*?%\}\s*)+$/.test(l) || /^(?:%\{[^}]*\}\s*)+$/.test(l) || /^\$\{[^}]*\}$/.test(l)) return i + 1
  }
  return null
}
