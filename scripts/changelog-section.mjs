// Prints the CHANGELOG.md section of one version (the text under `## [X.Y.Z] - date`, without the heading), for
// the GitHub release notes; exits 1 when the section is missing or empty.
//   node scripts/changelog-section.mjs <X.Y.Z | vX.Y.Z> [CHANGELOG.md]
import { readFileSync } from 'node:fs'

const [raw, file = 'CHANGELOG.md'] = process.argv.slice(2)
const version = (raw ?? '').replace(/^v/, '')
if (!/^\d+\.\d+\.\d+$/.test(version)) {
  console.error('usage: node scripts/changelog-section.mjs <X.Y.Z> [CHANGELOG.md]')
  process.exit(2)
}
const lines = readFileSync(file, 'utf8').split('\n')
const start = lines.findIndex((l) => l.startsWith(`## [${version}]`))
if (start < 0) {
  console.error(`${file} has no "## [${version}]" section; add it before tagging v${version}.`)
  process.exit(1)
}
let end = lines.findIndex((l, i) => i > start && (l.startsWith('## ') || /^\[[^\]]+\]: /.test(l)))
if (end < 0) end = lines.length
const body = lines.slice(start + 1, end).join('\n').trim()
if (!body) {
  console.error(`the "## [${version}]" section of ${file} is empty.`)
  process.exit(1)
}
process.stdout.write(`${body}\n`)
