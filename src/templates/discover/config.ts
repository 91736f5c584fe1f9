// The `templates:` list of the config file (`.github/kops-preflight.yaml`, beside `ignore:`): invocations written
// down for kops-preflight when no Makefile, script or workflow states them literally.
//
//   templates:
//   - template: kops/cluster.tmpl.yaml      # or a list; a directory renders every file in it
//     values: [kops/values/common.yaml, kops/values/prod.yaml]
//     snippets: kops/snippets
//     set: { kubernetesVersion: 1.29.3 }
//     name: prod.example.com
//     out: kops/rendered/prod.yaml          # the committed output, if any
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import type { TemplateInvocation } from '../invocation.js'
import { spanToPosition } from '../../manifests/templates.js'
import { resolvePath } from './command.js'
import { lineStartsOf } from './paths.js'

export const DEFAULT_CONFIG = '.github/kops-preflight.yaml'

function strings(node: unknown): string[] | null {
  if (node === undefined || node === null) return []
  if (isScalar(node)) return node.value === null ? [] : [String(node.value)]
  if (isSeq(node)) return node.items.every(isScalar) ? node.items.map((i) => String((i as { value: unknown }).value)) : null
  return null
}

function setOf(node: unknown): string[] | null {
  if (node === undefined || node === null) return []
  if (isMap(node)) return node.items.map((p) => `${isScalar(p.key) ? String(p.key.value) : '?'}=${isScalar(p.value) ? String(p.value.value ?? '') : ''}`)
  return strings(node)
}

export function configInvocations(path: string, text: string): TemplateInvocation[] {
  if (!text.includes('templates')) return []
  const doc = parseDocument(text, { lineCounter: new LineCounter() })
  if (doc.errors.length || !isMap(doc.contents)) return []
  const list = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'templates')?.value
  if (!isSeq(list)) return []
  const starts = lineStartsOf(text)
  const out: TemplateInvocation[] = []
  for (const item of list.items) {
    if (!isMap(item)) continue
    const f = (k: string): unknown => item.items.find((p) => isScalar(p.key) && p.key.value === k)?.value
    const unresolved: string[] = []
    const paths = (k: string): string[] => {
      const v = strings(f(k))
      if (v === null) {
        unresolved.push(`${k}: not a path or list of paths`)
        return []
      }
      return v.flatMap((p) => p.split(',')).filter(Boolean).flatMap((p) => {
        const r = resolvePath('', p.trim())
        if (r === null) unresolved.push(p)
        return r === null ? [] : [r]
      })
    }
    const bool = (k: string, dflt: boolean): boolean => {
      const v = f(k)
      return isScalar(v) && typeof v.value === 'boolean' ? v.value : dflt
    }
    const scalar = (k: string): string | null => {
      const v = f(k)
      return isScalar(v) && v.value !== null ? String(v.value) : null
    }
    const range = (item as Node).range ?? [0, 0, 0]
    const lineEnd = text.indexOf('\n', range[0])
    const out1 = scalar('out')
    out.push({
      kind: 'config',
      at: { value: text.slice(range[0], lineEnd === -1 ? text.length : lineEnd).trim(), file: path, pos: spanToPosition(starts, range[0], lineEnd === -1 ? text.length : lineEnd), path: 'templates' },
      templates: paths('template'),
      values: paths('values'),
      snippets: paths('snippets'),
      set: setOf(f('set')) ?? [],
      setString: setOf(f('setString') ?? f('set-string')) ?? [],
      name: scalar('name'),
      out: out1 === null ? null : resolvePath('', out1),
      failOnMissing: bool('failOnMissing', bool('fail-on-missing', true)),
      formatYaml: bool('formatYaml', bool('format-yaml', false)),
      unresolved,
    })
  }
  return out
}
