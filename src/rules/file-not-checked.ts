// file-not-checked: a file that could hold kOps manifests or version pins was not read (over the size limit, absent
// from a partial clone, unreadable, binary, a symlink), or was read with bytes that are not UTF-8.
import { looksLikeKopsManifest } from '../manifests/parse.js'
import { PIN_EXTRACTORS } from '../pins/index.js'
import type { SkippedFile } from '../repo/side.js'
import type { Position, Severity } from '../types.js'
import { defineRule } from './rule.js'

/** Names that YAML or JSON manifests, `kops toolbox template` inputs or version pins go by. */
const MANIFEST_NAME = /\.(?:ya?ml|json|tpl|tmpl|gotmpl)$/i

/** Whether a file, judged by its path alone, could hold kOps manifests or a kOps version pin. */
export function couldHoldKopsInput(path: string): boolean {
  return MANIFEST_NAME.test(path) || PIN_EXTRACTORS.some((e) => e.matches(path))
}

const FILE_START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 }

const MESSAGE: Record<SkippedFile['reason'], { id: string; severity: Severity }> = {
  'too-large': { id: 'tooLarge', severity: 'warning' },
  missing: { id: 'missing', severity: 'warning' },
  unreadable: { id: 'unreadable', severity: 'warning' },
  binary: { id: 'binary', severity: 'notice' },
  symlink: { id: 'symlink', severity: 'notice' },
}

export default defineRule({
  id: 'file-not-checked',
  defaultSeverity: 'warning',
  summary: 'A file that could hold kOps manifests or version pins was not read, or not as kOps would read it.',
  remediation: 'Make the file readable as the message says (raise the size limit, fetch the blob, fix the encoding), or narrow `paths` to leave it out.',
  messages: {
    tooLarge:
      '{file} is {size} bytes, over the limit of {limit} bytes on files read, so its kOps manifests and version pins were not checked. Raise the limit with --max-file-size (CLI) or the max-file-size input (Action).',
    missing:
      '{file} is not in this clone (blob {oid} is absent, as in a partial clone), so its kOps manifests and version pins were not checked; nothing is fetched from the network. Fetch it with `git cat-file blob {oid} >/dev/null` in the clone, or check out without `filter: blob:none`.',
    unreadable: '{file} could not be read, so its kOps manifests and version pins were not checked.',
    binary: '{file} has a NUL byte in its first 8000 bytes, so it was treated as binary and not checked.',
    symlink: '{file} is a symbolic link, which is never followed, so what it points to was not checked here.',
    invalidUtf8: '{file} is not valid UTF-8 (line {line}, column {column}): the YAML parser kOps uses rejects such a file. The rest was checked with the invalid bytes read as U+FFFD.',
  },
  scope: 'side',
  check({ side }, report) {
    for (const s of side.skipped ?? []) {
      if (!couldHoldKopsInput(s.path)) continue
      const m = MESSAGE[s.reason]
      const data: Record<string, string | number> = { file: s.path }
      if (s.size !== undefined) data.size = s.size
      if (s.limit !== undefined) data.limit = s.limit
      if (s.oid !== undefined) data.oid = s.oid
      report({ messageId: m.id, severity: m.severity, data, place: { file: s.path, pos: FILE_START }, cluster: null, instanceGroup: null, arch: null, kopsVersion: null, subject: s.reason })
    }
    for (const f of side.files) {
      if (!f.invalidUtf8 || !(looksLikeKopsManifest(f.text) || PIN_EXTRACTORS.some((e) => e.matches(f.path)))) continue
      const { line, column } = f.invalidUtf8
      report({
        messageId: 'invalidUtf8',
        data: { file: f.path, line, column },
        place: { file: f.path, pos: { line, column, endLine: line, endColumn: column + 1 } },
        cluster: null,
        instanceGroup: null,
        arch: null,
        kopsVersion: null,
        subject: 'invalid-utf8',
      })
    }
  },
})
