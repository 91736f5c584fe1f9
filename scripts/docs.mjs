// Regenerates the README's inputs, outputs and rule tables from action.yml and src/rules/; `--check` fails when stale.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

const check = process.argv.includes('--check')
const action = parse(readFileSync('action.yml', 'utf8'))
const cell = (s) => String(s ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')

const inputs = [
  '| input | default | description |',
  '| --- | --- | --- |',
  ...Object.entries(action.inputs).map(([k, v]) => `| \`${k}\` | ${v.default ? `\`${cell(v.default)}\`` : ''} | ${cell(v.description)} |`),
].join('\n')
const outputs = ['| output | description |', '| --- | --- |', ...Object.entries(action.outputs).map(([k, v]) => `| \`${k}\` | ${cell(v.description)} |`)].join('\n')

function field(src, name) {
  const m = new RegExp(`${name}:\\s*(['"\`])((?:\\\\.|(?!\\1).)*)\\1`, 's').exec(src)
  return m ? m[2].replace(/\\(['"`])/g, '$1') : ''
}
const rules = readdirSync('src/rules')
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'rule.ts')
  .sort()
  .map((f) => {
    const src = readFileSync(`src/rules/${f}`, 'utf8')
    // `source:` as a property of defineRule (two-space indent), not a data field further down.
    const source = /^  source:/m.test(src) ? field(src.slice(src.search(/^  source:/m)), 'source') : ''
    return `| \`${field(src, 'id')}\` | ${field(src, 'defaultSeverity')} | ${cell(field(src, 'summary'))} | ${cell(field(src, 'remediation'))} | ${cell(source)} |`
  })
const ruleTable = ['| rule | severity | what it reports | what to do | source |', '| --- | --- | --- | --- | --- |', ...rules].join('\n')

let readme = readFileSync('README.md', 'utf8')
const before = readme
for (const [name, body] of [['inputs', inputs], ['outputs', outputs], ['rules', ruleTable]]) {
  const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`)
  if (!re.test(readme)) {
    console.error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> section`)
    process.exit(1)
  }
  readme = readme.replace(re, `$1${body}\n$2`)
}
if (check) {
  if (readme !== before) {
    console.error("README.md tables are out of date with action.yml or src/rules; run 'npm run docs' and commit.")
    process.exit(1)
  }
} else writeFileSync('README.md', readme)
