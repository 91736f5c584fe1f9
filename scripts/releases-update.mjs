// Brings the per-release kOps data under src/releases/data/ up to the newest tag of a kubernetes/kops clone.
//   npm run releases:update -- <kops clone (bare or not, with its tags)> [--check] [--root <project dir>]
// What it does, for every v* tag from v1.26.0-alpha.1 on:
//   generated from the source at each tag, rewritten whole:
//     releases.ts          the tag list, each tagged commit's date and the file that sets the version string;
//     hashes.ts            scripts/generate-hashes.mjs (asset hashes kOps carries);
//     kubernetes-window.ts KUBERNETES_WINDOW (OldestSupported/OldestRecommendedKubernetesVersion of apply_cluster.go);
//     containerd-defaults.ts (the version defaults of ContainerdOptionsBuilder, pkg/model/components/containerd.go);
//   hand-kept (rows written from reading the source), extended to a new tag only when nothing they model changed:
//     every other `tags: [...]` list under src/releases/data/: a new tag joins each row its predecessor is in.
// A new tag's predecessor is the modelled tag nearest to it in its git history (the release branch's previous
// patch, or the previous prerelease on main). Between the two, the run fails (exit 1, nothing written) when
//   - a kOps file that src/ cites as `kubernetes/kops:<path>` changed, unless every file citing it is a table this
//     script regenerates from that file, or the change (whitespace ignored) only touches `//` comments; the message
//     names the file and the models citing it;
//   - a tag gate in src/ (a TagRanges literal `[['from', 'to'], …]`) puts the new tag and its predecessor on different
//     sides.
// So a new kOps release is either modelled (the hand-kept rows provably still hold) or loudly flagged.
// The run prints, per new release, what changed in every table. --check writes nothing and exits 1 when a table
// would change. After reading a flagged change and modelling it, `--reviewed vX.Y.Z` lets that tag join its
// predecessor's rows all the same; then adjust the rows and models the change affects. Directory citations (`kubernetes/kops:pkg/model/components`) and *_test.go files are not checked:
// the files the models read are cited one by one.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import semver from 'semver'
import ts from 'typescript'

const HERE = dirname(fileURLToPath(import.meta.url))
const FIRST = '1.26.0-alpha.1'
const TAG = /^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/
/** Wrapped `tags` lines stay within 118 characters before their comma; a one-line list within 120. */
const WRAP = 118
const ONE_LINE = 120

// ---- arguments ------------------------------------------------------------------------------------------------------
const args = process.argv.slice(2)
const check = args.includes('--check')
const rootAt = args.indexOf('--root')
const root = resolve(rootAt >= 0 ? args[rootAt + 1] : process.cwd())
/** `--reviewed v1.37.0`: someone read the flagged kOps changes of that tag and will adjust the rows it joins. */
const reviewed = new Set(args.flatMap((a, i) => (args[i - 1] === '--reviewed' ? [a.replace(/^v/, '')] : [])))
const kops = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--root' && args[i - 1] !== '--reviewed')
if (!kops) {
  console.error('usage: npm run releases:update -- <kubernetes/kops clone> [--check] [--root <project dir>] [--reviewed vX.Y.Z ...]')
  process.exit(2)
}
const DATA = join(root, 'src/releases/data')
const rel = (p) => relative(root, p).replaceAll('\\', '/')

// ---- git ------------------------------------------------------------------------------------------------------------
const git = (...a) => execFileSync('git', ['-C', kops, ...a], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] })
const tryGit = (...a) => {
  try {
    return git(...a)
  } catch {
    return null
  }
}
const show = (tag, path) => tryGit('show', `v${tag}:${path}`)
const isAncestor = (a, b) => {
  try {
    execFileSync('git', ['-C', kops, 'merge-base', '--is-ancestor', `v${a}^{commit}`, `v${b}^{commit}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

// ---- data files -----------------------------------------------------------------------------------------------------
function sourceFile(path) {
  const text = readFileSync(path, 'utf8')
  return { path, text, sf: ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true) }
}
function walk(node, fn) {
  fn(node)
  ts.forEachChild(node, (c) => walk(c, fn))
}
const lineOf = (file, pos) => file.sf.getLineAndCharacterOfPosition(pos).line + 1
const str = (node) => (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null)
function prop(obj, name) {
  const p = obj.properties.find((x) => ts.isPropertyAssignment(x) && x.name.getText() === name)
  return p ? p.initializer : null
}
function exported(file, name) {
  let found = null
  walk(file.sf, (n) => {
    if (ts.isVariableDeclaration(n) && n.name.getText() === name && n.initializer && ts.isArrayLiteralExpression(n.initializer)) found = n.initializer
  })
  if (!found) throw new Error(`${rel(file.path)}: no array ${name}`)
  return found
}

/** `tags: [...]` lists of one file's rows, outside `skip` (an array node regenerated whole). */
function tagLists(file, skip = null) {
  const out = []
  walk(file.sf, (n) => {
    if (!ts.isPropertyAssignment(n) || n.name.getText() !== 'tags' || !ts.isArrayLiteralExpression(n.initializer)) return
    if (skip && n.pos >= skip.pos && n.end <= skip.end) return
    const tags = n.initializer.elements.map(str)
    if (tags.some((t) => t === null)) throw new Error(`${rel(file.path)}:${lineOf(file, n.getStart())}: tags must be string literals`)
    const source = ts.isObjectLiteralExpression(n.parent) ? str(prop(n.parent, 'source')) : null
    out.push({ node: n, tags, source, line: lineOf(file, n.getStart()) })
  })
  return out
}

function renderTags(indent, tags) {
  const q = tags.map((t) => `'${t}'`)
  const single = `${indent}tags: [${q.join(', ')}],`
  if (single.length <= ONE_LINE) return single
  const inner = `${indent}  `
  const lines = []
  let cur = ''
  q.forEach((item, i) => {
    const piece = i < q.length - 1 ? `${item},` : item
    const next = cur === '' ? inner + piece : `${cur} ${piece}`
    if (cur !== '' && (piece.endsWith(',') ? next.length - 1 : next.length) > WRAP) {
      lines.push(cur)
      cur = inner + piece
    } else cur = next
  })
  lines.push(cur)
  return `${indent}tags: [\n${lines.join('\n')}\n${indent}],`
}
/** The edit that replaces a `tags` property (from its line's indentation through the comma after it). */
function tagsEdit(file, list, tags) {
  const start = list.node.getStart()
  const lineStart = file.text.lastIndexOf('\n', start) + 1
  if (/\S/.test(file.text.slice(lineStart, start))) throw new Error(`${rel(file.path)}:${list.line}: a \`tags\` list must start its line to be rewritten`)
  const end = file.text[list.node.end] === ',' ? list.node.end + 1 : list.node.end
  return { start: lineStart, end, text: renderTags(file.text.slice(lineStart, start), tags).replace(/,$/, file.text[list.node.end] === ',' ? ',' : '') }
}
function applyEdits(text, edits) {
  let out = text
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end)
  return out
}

// ---- versions -------------------------------------------------------------------------------------------------------
const byVersion = (a, b) => semver.compare(a, b)
const insertSorted = (list, v) => [...list, v].sort(byVersion)

function committedReleases() {
  const file = sourceFile(join(DATA, 'releases.ts'))
  return exported(file, 'KOPS_RELEASES').elements.map((e) => str(prop(e, 'version')))
}

function cloneTags() {
  return git('tag', '--list', 'v*')
    .split('\n')
    .map((t) => TAG.exec(t.trim())?.[1])
    .filter((v) => v && semver.valid(v) && semver.gte(v, FIRST))
    .sort(byVersion)
}

/** The modelled tag nearest in `tag`'s history: an ancestor with the fewest commits between them. */
function predecessor(tag, modelled) {
  let best = null
  for (const m of modelled) {
    if (m === tag || !isAncestor(m, tag)) continue
    const n = Number(git('rev-list', '--count', `v${m}^{commit}..v${tag}^{commit}`).trim())
    if (best === null || n < best.n || (n === best.n && byVersion(m, best.tag) > 0)) best = { tag: m, n }
  }
  return best?.tag ?? null
}

// ---- citations: which src/ files model which kOps files -------------------------------------------------------------
function srcFiles(dir) {
  const out = []
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...srcFiles(p))
    else if (p.endsWith('.ts')) out.push(p)
  }
  return out
}
function expandBraces(path) {
  const m = /\{([^{}]*)\}/.exec(path)
  if (!m) return [path]
  return m[1].split(',').flatMap((alt) => expandBraces(path.slice(0, m.index) + alt + path.slice(m.index + m[0].length)))
}
const isFileCitation = (p) => /\*/.test(p) || /\.[A-Za-z0-9]+$/.test(p.split('/').at(-1))
function citations() {
  /** kOps path (or glob) → [{ model, line }] */
  const by = new Map()
  for (const f of srcFiles(join(root, 'src'))) {
    const text = readFileSync(f, 'utf8')
    const lines = text.split('\n')
    lines.forEach((l, i) => {
      for (const m of l.matchAll(/kubernetes\/kops:([A-Za-z0-9_./{},*-]+?)(?=@|[\s'"`),;:]|$)/g)) {
        for (const p of expandBraces(m[1].replace(/[.,]+$/, ''))) {
          if (!isFileCitation(p)) continue
          if (!by.has(p)) by.set(p, [])
          by.get(p).push({ model: rel(f), line: i + 1 })
        }
      }
    })
  }
  return by
}
const globRe = (p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`)
const citesFile = (cited, file) => (cited.includes('*') ? globRe(cited).test(file) : cited === file)

// ---- generated tables -----------------------------------------------------------------------------------------------
const VERSION_FILES = ['kops-version.go', 'version.go']
const WINDOW_FILE = 'upup/pkg/fi/cloudup/apply_cluster.go'
/** Tables rewritten from the kOps files they read; a change in such a file needs no human when only they cite it. */
const GENERATED = {
  'src/releases/data/releases.ts': (p) => VERSION_FILES.includes(p),
  'src/releases/data/hashes.ts': (p) =>
    p.startsWith('pkg/assets/assetdata/') ||
    ['upup/pkg/fi/cloudup/containerd.go', 'upup/pkg/fi/cloudup/docker.go', 'upup/pkg/fi/cloudup/runc.go', 'upup/pkg/fi/cloudup/nerdctl.go', 'pkg/nodemodel/wellknownassets/nerdctl.go', 'pkg/nodemodel/fileassets.go', WINDOW_FILE].includes(p),
  // The hashes' reader in src/releases/hashes.ts only decodes the generated table.
  'src/releases/hashes.ts': (p) => p.startsWith('pkg/assets/assetdata/'),
  'src/releases/data/containerd-defaults.ts': (p) => p === 'pkg/model/components/containerd.go',
}

function releaseRow(tag, problems) {
  const date = git('log', '-1', '--format=%cs', `v${tag}^{commit}`).trim()
  const source = VERSION_FILES.find((p) => {
    const m = /KOPS_RELEASE_VERSION\s*=\s*"([^"]+)"/.exec(show(tag, p) ?? '')
    return m?.[1] === tag
  })
  if (!source) problems.push(`v${tag}: neither ${VERSION_FILES.join(' nor ')} sets KOPS_RELEASE_VERSION = "${tag}"`)
  return `  { version: '${tag}', date: '${date}', source: 'kubernetes/kops:${source ?? VERSION_FILES[0]}@v${tag}' },`
}
function renderReleases(text, tags, problems) {
  const file = { text, sf: ts.createSourceFile('releases.ts', text, ts.ScriptTarget.ES2022, true), path: join(DATA, 'releases.ts') }
  const arr = exported(file, 'KOPS_RELEASES')
  const rows = tags.map((t) => releaseRow(t, problems))
  return text.slice(0, arr.getStart()) + `[\n${rows.join('\n')}\n]` + text.slice(arr.end)
}

function windowOf(tag, problems) {
  const src = show(tag, WINDOW_FILE)
  const supported = src && /OldestSupportedKubernetesVersion\s*=\s*"([^"]+)"/.exec(src)?.[1]
  const recommended = src && /OldestRecommendedKubernetesVersion\s*=\s*"([^"]+)"/.exec(src)?.[1]
  if (!supported || !recommended) {
    problems.push(`v${tag}: ${WINDOW_FILE} does not set OldestSupportedKubernetesVersion and OldestRecommendedKubernetesVersion as string constants`)
    return null
  }
  return { supported, recommended }
}
/**
 * Rows of tags with equal values, in the order of their first tag, each citing `path` at that tag: the shape of the
 * generated per-release arrays. `lines(value)` renders a row's fields between `tags` and `source`.
 */
function renderRows(file, array, tags, valueOf, lines, path) {
  const arr = exported(file, array)
  const rows = new Map()
  for (const tag of tags) {
    const v = valueOf(tag)
    if (v === null) continue
    const key = JSON.stringify(v)
    if (!rows.has(key)) rows.set(key, { v, tags: [] })
    rows.get(key).tags.push(tag)
  }
  const body = [...rows.values()].map((r) => ['  {', renderTags('    ', r.tags), ...lines(r.v), `    source: 'kubernetes/kops:${path}@v${r.tags[0]}',`, '  },'].join('\n'))
  return { start: arr.getStart(), end: arr.end, text: `[\n${body.join('\n')}\n]` }
}

const renderWindow = (file, tags, problems) =>
  renderRows(file, 'KUBERNETES_WINDOW', tags, (t) => windowOf(t, problems), (w) => [`    oldestSupported: '${w.supported}',`, `    oldestRecommended: '${w.recommended}',`], WINDOW_FILE)

// ContainerdOptionsBuilder.BuildOptions: the defaults inside `if <value of>(containerd.Version) == "" { … }`, as an
// if / else-if / else chain or a `switch { case …: … default: … }` (with fallthrough) of Kubernetes-version tests.
const CONTAINERD_FILE = 'pkg/model/components/containerd.go'
function containerdDefaultsOf(tag, problems) {
  const fail = (why) => {
    problems.push(`v${tag}: ${CONTAINERD_FILE}: ${why}; the containerd defaults table cannot be generated`)
    return null
  }
  const src = show(tag, CONTAINERD_FILE)
  const fn = src && /\nfunc \(b \*ContainerdOptionsBuilder\) BuildOptions\([^)]*\) error \{\n([\s\S]*?)\n\}\n/.exec(src)?.[1]
  if (!fn) return fail('no ContainerdOptionsBuilder.BuildOptions')
  const open = /if fi\.(?:StringValue|ValueOf)\(containerd\.Version\) == "" \{/.exec(fn)
  if (!open) return fail('no `if …(containerd.Version) == ""` block')
  const before = fn.slice(0, open.index)
  const onlyContainerd = /\n\tif clusterSpec\.ContainerRuntime == "containerd" \{\n/.test(before) && !/\n\t\}\n/.test(before.slice(before.indexOf('ContainerRuntime == "containerd"')))
  let depth = 1
  let end = open.index + open[0].length
  for (; end < fn.length && depth > 0; end++) depth += fn[end] === '{' ? 1 : fn[end] === '}' ? -1 : 0
  const lines = fn
    .slice(open.index + open[0].length, end - 1)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('//'))
  const V = String.raw`(?:fi\.String|fi\.PtrTo|new)\("([^"]+)"\)`
  const cond = (text) => {
    const r = {}
    for (const part of text.split(' && ')) {
      const m = /^b\.IsKubernetes(LT|GTE)\("([0-9.]+)"\)$/.exec(part)
      if (!m || r[m[1] === 'LT' ? 'to' : 'from'] !== undefined) return null
      r[m[1] === 'LT' ? 'to' : 'from'] = m[2]
    }
    return r.from === undefined ? { to: r.to } : r.to === undefined ? { from: r.from } : { from: r.from, to: r.to }
  }
  const rules = []
  let cur = null
  let through = false
  let mode = null
  const close = () => {
    if (!cur) return true
    if (cur.containerd === undefined) return false
    rules.push({ k8s: cur.k8s, containerd: cur.containerd, runc: cur.runc ?? '' })
    cur = null
    return true
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    let m
    if (i === 0 && l === 'switch {') mode = 'switch'
    else if (mode === 'switch' && (m = /^case (.+):$/.exec(l))) {
      const r = cond(m[1])
      if (!r) return fail(`case ${JSON.stringify(m[1])} is not a Kubernetes version test`)
      if (through) cur.k8s.push(r)
      else if (!close()) return fail('a case that sets no version')
      else cur = { k8s: [r] }
      through = false
    } else if (mode === 'switch' && l === 'default:') {
      if (through || !close()) return fail('fallthrough into default, or a case that sets no version')
      cur = { k8s: [] }
    } else if (mode === 'switch' && l === 'fallthrough') {
      if (!cur || cur.containerd !== undefined) return fail('fallthrough after assignments')
      through = true
    } else if ((i === 0 || mode === 'if') && (m = /^(?:\} else )?if (.+) \{$/.exec(l)) && (i === 0) === !l.startsWith('}')) {
      mode = 'if'
      const r = cond(m[1])
      if (!r || !close()) return fail(`if ${JSON.stringify(m[1])} is not a Kubernetes version test, or a branch sets no version`)
      cur = { k8s: [r] }
    } else if (mode === 'if' && l === '} else {') {
      if (!close()) return fail('a branch that sets no version')
      cur = { k8s: [] }
    } else if ((m = new RegExp(`^containerd\\.Version = ${V}$`).exec(l)) && cur && cur.containerd === undefined) cur.containerd = m[1]
    else if (l === 'containerd.Runc = &kops.Runc{' && cur && cur.runc === undefined && (m = new RegExp(`^Version: ${V},$`).exec(lines[i + 1] ?? '')) && lines[i + 2] === '}') {
      cur.runc = m[1]
      i += 2
    } else if (l === '}' && i === lines.length - 1) {
      if (!close()) return fail('a branch that sets no version')
    } else return fail(`line ${JSON.stringify(l)} is not a version default`)
  }
  if (!close() || rules.length === 0 || rules.at(-1).k8s.length !== 0) return fail('the chain does not end in a default branch')
  return { onlyContainerd, rules }
}
const k8sRange = (r) => `{ ${[r.from !== undefined ? `from: '${r.from}'` : null, r.to !== undefined ? `to: '${r.to}'` : null].filter(Boolean).join(', ')} }`
const renderContainerdDefaults = (file, tags, problems) =>
  renderRows(
    file,
    'CONTAINERD_DEFAULTS',
    tags,
    (t) => containerdDefaultsOf(t, problems),
    (d) => [
      `    appliesOnlyForContainerdRuntime: ${d.onlyContainerd},`,
      '    rules: [',
      ...d.rules.map((r) => `      { k8s: [${r.k8s.map(k8sRange).join(', ')}], containerd: '${r.containerd}', runc: '${r.runc}' },`),
      '    ],',
    ],
    CONTAINERD_FILE,
  )

/** Arrays regenerated whole from the source at every tag: file name → [array, render]. */
const GENERATED_ARRAYS = {
  'kubernetes-window.ts': ['KUBERNETES_WINDOW', renderWindow],
  'containerd-defaults.ts': ['CONTAINERD_DEFAULTS', renderContainerdDefaults],
}
const generatedArray = (f) => GENERATED_ARRAYS[f.path.split('/').at(-1)] ?? null

function renderHashes() {
  return execFileSync(process.execPath, [join(HERE, 'generate-hashes.mjs'), resolve(kops), '--stdout'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 })
}

// ---- diff -----------------------------------------------------------------------------------------------------------
/** Lines only in `before` (−) and only in `after` (+), in file order: enough to read a data table's change. */
function lineDiff(before, after) {
  const count = (lines) => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map())
  const a = before.split('\n')
  const b = after.split('\n')
  const ca = count(a)
  const cb = count(b)
  const out = []
  const left = new Map(cb)
  for (const l of a) {
    if ((left.get(l) ?? 0) > 0) left.set(l, left.get(l) - 1)
    else out.push(`  - ${l}`)
  }
  const right = new Map(ca)
  for (const l of b) {
    if ((right.get(l) ?? 0) > 0) right.set(l, right.get(l) - 1)
    else out.push(`  + ${l}`)
  }
  return out
}
function hashUrls(text) {
  const urls = new Set()
  let base = null
  for (const l of text.split('\n')) {
    const b = /^  '([^']+)': \{$/.exec(l)
    if (b) base = b[1]
    const d = /^    '([^']*)': '([^']*)',$/.exec(l)
    if (d && base)
      for (const pair of d[2].split(' ')) {
        const at = pair.lastIndexOf('=')
        urls.add(`${base}${d[1]}${pair.slice(0, at)} sha256:${Buffer.from(pair.slice(at + 1), 'base64url').toString('hex')}`)
      }
  }
  return urls
}

// ---- run ------------------------------------------------------------------------------------------------------------
const problems = []
const committed = committedReleases()
const tags = cloneTags()
const missing = committed.filter((t) => !tags.includes(t))
if (missing.length) problems.push(`the clone lacks modelled tags ${missing.map((t) => `v${t}`).join(', ')}; fetch its tags (git fetch --tags) or use a full clone`)
const added = tags.filter((t) => !committed.includes(t))

const cited = citations()
const modelledPaths = [...cited.keys()]
const files = readdirSync(DATA)
  .filter((n) => n.endsWith('.ts') && n !== 'types.ts')
  .map((n) => sourceFile(join(DATA, n)))
const handKept = files.filter((f) => !/\/(releases|hashes)\.ts$/.test(f.path))
const gates = tagGates()

/** For each new tag: its predecessor and what changed between them. */
const report = []
const modelled = [...committed]
/** file path → list index → tags */
const rowTags = new Map(handKept.map((f) => [f.path, tagLists(f, generatedArray(f) ? exported(f, generatedArray(f)[0]) : null)]))
const joined = new Map()
for (const tag of added) {
  const prev = predecessor(tag, modelled)
  const entry = { tag, prev, changed: [], gates: [], joins: [] }
  report.push(entry)
  if (!prev) {
    problems.push(`v${tag}: no modelled tag is in its history, so nothing says which rows it shares`)
    modelled.push(tag)
    continue
  }
  const pathspecs = modelledPaths.map((p) => (p.includes('*') ? `:(glob)${p}` : p))
  const changed = git('diff', '--name-only', `v${prev}^{commit}`, `v${tag}^{commit}`, '--', ...pathspecs)
    .split('\n')
    .filter((p) => p && !p.endsWith('_test.go'))
  for (const path of changed) {
    const models = modelledPaths.filter((c) => citesFile(c, path)).flatMap((c) => cited.get(c))
    const unread = models.filter((m) => !(GENERATED[m.model]?.(path) ?? false))
    const stat = git('diff', '--numstat', `v${prev}^{commit}`, `v${tag}^{commit}`, '--', path).trim().split('\t')
    const commentsOnly = path.endsWith('.go') && onlyCommentsChanged(prev, tag, path)
    entry.changed.push({ path, stat: `+${stat[0]} −${stat[1]}`, models, unread: commentsOnly ? [] : unread, commentsOnly })
    if (unread.length && !commentsOnly && !reviewed.has(tag)) {
      const where = [...new Set(unread.map((m) => m.model))].map((m) => `${m} (line ${unread.filter((u) => u.model === m).map((u) => u.line).join(', ')})`)
      problems.push(`v${tag}: kubernetes/kops:${path} changed since v${prev} (${entry.changed.at(-1).stat}); modelled by hand in ${where.join('; ')}`)
    }
  }
  for (const g of gates) {
    if (inRanges(tag, g.ranges) !== inRanges(prev, g.ranges)) {
      entry.gates.push(g)
      if (!reviewed.has(tag))
        problems.push(`v${tag}: the tag gate ${g.text} at ${g.file}:${g.line} puts it ${inRanges(tag, g.ranges) ? 'inside' : 'outside'}, its predecessor v${prev} ${inRanges(prev, g.ranges) ? 'inside' : 'outside'}`)
    }
  }
  for (const f of handKept)
    rowTags.get(f.path).forEach((list, i) => {
      const key = `${f.path}\0${i}`
      const current = joined.get(key) ?? list.tags
      if (current.includes(prev)) {
        joined.set(key, insertSorted(current, tag))
        entry.joins.push(`${rel(f.path)}:${list.line}${list.source ? ` (${list.source.replace('kubernetes/kops:', '')})` : ''}`)
      }
    })
  modelled.push(tag)
}

// The new contents of every table.
const all = [...committed.filter((t) => tags.includes(t)), ...added].sort(byVersion)
const next = new Map()
/** file → line diff of its regenerated array */
const regenerated = new Map()
for (const f of files) {
  if (f.path.endsWith('/releases.ts')) next.set(f.path, renderReleases(f.text, all, problems))
  else if (f.path.endsWith('/hashes.ts')) next.set(f.path, problems.length ? f.text : renderHashes())
  else {
    const edits = rowTags.get(f.path).flatMap((list, i) => {
      const tagsNow = joined.get(`${f.path}\0${i}`)
      return tagsNow ? [tagsEdit(f, list, tagsNow)] : []
    })
    if (generatedArray(f)) {
      const edit = generatedArray(f)[1](f, all, problems)
      edits.push(edit)
      regenerated.set(f.path, lineDiff(f.text.slice(edit.start, edit.end), edit.text))
    }
    next.set(f.path, applyEdits(f.text, edits))
  }
}

// ---- report ---------------------------------------------------------------------------------------------------------
const out = []
out.push(`kOps clone ${kops}: ${tags.length} tags from v${tags[0]} to v${tags.at(-1)}; ${committed.length} modelled, ${added.length} new.`)
for (const e of report) {
  out.push('', `v${e.tag} (new) — predecessor ${e.prev ? `v${e.prev}` : 'none'}${reviewed.has(e.tag) ? ' — reviewed: flagged changes accepted, check the rows it joins' : ''}`)
  if (e.changed.length === 0) out.push('  no kOps file that src/ cites changed')
  for (const c of e.changed) {
    const by = [...new Set(c.models.map((m) => m.model))].join(', ')
    const what = c.commentsOnly ? 'comments only' : c.unread.length ? 'NOT MODELLED' : 'regenerated '
    out.push(`  ${what} kubernetes/kops:${c.path} (${c.stat}) — cited by ${by}`)
  }
  for (const g of e.gates) out.push(`  GATE          ${g.file}:${g.line} ${g.text}`)
  const w = windowOf(e.tag, [])
  if (w) out.push(`  Kubernetes window: oldest supported ${w.supported}, oldest recommended ${w.recommended}`)
  if (e.joins.length) out.push(`  joins ${e.joins.length} hand-kept rows of its predecessor:`, ...e.joins.map((j) => `    ${j}`))
}
let changes = 0
for (const f of files) {
  const after = next.get(f.path)
  if (after === f.text) continue
  changes++
  if (f.path.endsWith('/hashes.ts')) {
    const before = hashUrls(f.text)
    const now = hashUrls(after)
    const plus = [...now].filter((u) => !before.has(u))
    const minus = [...before].filter((u) => !now.has(u))
    out.push('', `${rel(f.path)}: ${plus.length} hashes added, ${minus.length} removed`, ...plus.slice(0, 40).map((u) => `  + ${u}`), ...minus.slice(0, 40).map((u) => `  - ${u}`))
    if (plus.length + minus.length > 80) out.push(`  … ${plus.length + minus.length - 80} more`)
  } else if (f.path.endsWith('/releases.ts')) out.push('', `${rel(f.path)}:`, ...lineDiff(f.text, after))
  else {
    const rows = [...joined.keys()].filter((k) => k.startsWith(`${f.path}\0`)).length
    const generated = generatedArray(f) ? `${generatedArray(f)[0]} regenerated` : null
    const extended = rows || !generated ? `${rows} hand-kept row(s) extended` : null
    out.push('', `${rel(f.path)}: ${[extended, generated].filter(Boolean).join(', ')}`, ...(regenerated.get(f.path) ?? []))
  }
}
if (problems.length) {
  out.push('', `Not written: ${problems.length} problem(s) need a look at the kOps source before these releases are modelled:`, ...problems.map((p) => `  - ${p}`))
  out.push('', 'Model the change (update the hand-kept rows or the simulator and their citations), then run this again.')
  console.log(out.join('\n'))
  process.exit(1)
}
if (changes === 0) {
  out.push('', 'Every table is up to date.')
  console.log(out.join('\n'))
  process.exit(0)
}
if (check) {
  out.push('', `${changes} table(s) would change; run npm run releases:update -- ${kops}`)
  console.log(out.join('\n'))
  process.exit(1)
}
for (const f of files) if (next.get(f.path) !== f.text) writeFileSync(f.path, next.get(f.path))
out.push('', `Wrote ${changes} table(s).`)
console.log(out.join('\n'))

/**
 * Whether every line a Go file's diff adds or removes (whitespace ignored) is blank or a `//` comment — not a
 * `//go:` or `// +build` directive; lines of block comments count as code. (A line of a multi-line raw string that
 * starts with `//` would pass for a comment.)
 */
function onlyCommentsChanged(prev, tag, path) {
  const diff = git('diff', '-U0', '-w', '--ignore-blank-lines', `v${prev}^{commit}`, `v${tag}^{commit}`, '--', path)
  const changed = diff.split('\n').filter((l) => /^[+-]/.test(l) && !/^(\+\+\+|---) /.test(l))
  return changed.every((l) => {
    const t = l.slice(1).trim()
    return t === '' || (t.startsWith('//') && !/^\/\/(go:|\s*\+build)/.test(t))
  })
}

// ---- tag gates ------------------------------------------------------------------------------------------------------
function tagGates() {
  const version = (n) => {
    const s = str(n)
    return s !== null && semver.valid(s) ? s : null
  }
  const out = []
  for (const p of srcFiles(join(root, 'src'))) {
    if (p.startsWith(DATA)) continue
    const file = sourceFile(p)
    walk(file.sf, (n) => {
      if (!ts.isArrayLiteralExpression(n) || n.elements.length === 0) return
      const ranges = n.elements.map((e) => (ts.isArrayLiteralExpression(e) && e.elements.length >= 1 && e.elements.length <= 2 ? e.elements.map(version) : null))
      if (ranges.some((r) => r === null || r.some((v) => v === null))) return
      out.push({ file: rel(p), line: lineOf(file, n.getStart()), text: n.getText().replace(/\s+/g, ' '), ranges })
    })
  }
  return out
}
function inRanges(v, ranges) {
  return ranges.some(([from, to]) => semver.compare(v, from) >= 0 && (to === undefined || semver.compare(v, to) < 0))
}
