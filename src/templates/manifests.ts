// The kOps documents of a rendering: each rendered document parsed as a manifest file whose positions are the
// template's (see parseManifestFile's position mapper), ready for the same grouping and rules as plain files.
import { type ParsedFile, parseManifestFile } from '../manifests/parse.js'
import type { RenderResult } from './render.js'

export function parseRendered(result: RenderResult): ParsedFile[] {
  return result.outputs.map((doc) => parseManifestFile(doc.template, doc.text, undefined, [], doc.map))
}
