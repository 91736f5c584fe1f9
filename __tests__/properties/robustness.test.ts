// Property tests: any repository text gives findings, never an exception, and every position lies inside its file.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { runCheck } from '../../src/check.js'
import { parseManifestFile } from '../../src/manifests/parse.js'

const HEADER = 'apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\n'
const pieces = [
  'metadata:\n  name: c.example.com\n',
  'spec:\n',
  '  kubernetesVersion: 1.28.5\n',
  '  kubernetesVersion: {{ .k8s }}\n',
  '  containerd:\n    version: ${CTRD}\n',
  '  containerd:\n    packages:\n      urlAmd64: https://github.com/containerd/containerd/releases/download/v1.7.6/cri-containerd-cni-1.7.6-linux-amd64.tar.gz\n      hashAmd64: ' + 'ab'.repeat(32) + '\n',
  '---\n',
  'apiVersion: kops.k8s.io/v1alpha2\nkind: InstanceGroup\nmetadata:\n  name: nodes\n  labels:\n    kops.k8s.io/cluster: c.example.com\nspec:\n  role: Node\n',
  '{{- range .Values.igs }}\n',
  '{{ end }}\n',
  '  - [unclosed\n',
  ':\n',
  '\t\tbad: tabs\n',
  '# kops-preflight-ignore nodeup-fails -- fine\n',
]

function inside(text: string, line: number, column: number): boolean {
  const lines = text.split('\n')
  return line >= 1 && line <= lines.length + 1 && column >= 1 && column <= (lines[line - 1] ?? '').length + 2
}

describe('robustness', () => {
  it('parses any mix of manifest fragments without throwing, with positions inside the file', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 40 })), { maxLength: 14 }), (parts) => {
        const text = HEADER + parts.join('')
        const parsed = parseManifestFile('c.yaml', text)
        for (const p of parsed.problems) expect(inside(text, p.pos.line, p.pos.column)).toBe(true)
      }),
      { numRuns: 300, seed: 42 },
    )
  })

  it('checks any such repository on both sides without throwing, and every finding points into a file it read', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
        fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
        fc.constantFrom('1.28.1', '1.29.0', '1.30.0', '1.36.2', '9.9.9', 'latest', 'v1.29.0-beta.1', 'nonsense'),
        (base, head, kops) => {
          const files = (parts: string[]) => [
            { path: '.tool-versions', text: `kops ${kops}\n` },
            { path: 'c.yaml', text: HEADER + parts.join('') },
          ]
          const b = files(base)
          const h = files(head)
          const { result } = runCheck({ base: { ref: 'b', files: b }, head: { ref: 'h', files: h } })
          for (const f of result.findings) {
            const side = f.status === 'fixed' ? b : h
            const file = side.find((x) => x.path === f.file)
            expect(file).toBeDefined()
            expect(inside(file!.text, f.line, f.column)).toBe(true)
          }
        },
      ),
      { numRuns: 150, seed: 7 },
    )
  })
})
