#!/usr/bin/env node
// Measures how much of kOps's own refusals the simulator models.
//
//   npm run coverage:validation -- <kops-git-dir> [--tags v1.30.0,v1.31.0] [--file <kops-path>] [--list] [--json]
//                                  [--marks-dir <dir>] [--root <dir>]
//
// At every modelled tag (src/releases/data/releases.ts, or --tags) it reads, with `git` from the given kOps git
// directory, the validation files and the option-builder files, never the _test.go files, and lists each call site
// of field.Invalid/Forbidden/Required/NotSupported/Duplicate/TooMany/TooLong and fmt.Errorf (and errors.New in the
// option builders). A site's key is (enclosing Go function, trimmed call line with whitespace runs collapsed); the
// same key at several tags is one site.
//
// Which files are scanned, per tag:
//   - validation: every pkg/apis/kops/validation/*.go;
//   - option builders: kubernetes/kops:upup/pkg/fi/cloudup/populate_cluster_spec.go@<tag> decides. Its codeModels
//     list (`codeModels = append(codeModels, &<pkg>.<Type>{…})`) names the option builders PopulateClusterSpec runs;
//     a file of one of those packages (the directory the import names, not its sub-directories) is scanned when it
//     declares a listed type's BuildOptions method, or a type or function populate_cluster_spec.go names from that
//     package (components.OptionsContext up to 1.27, components.NewOptionsContext later: context.go). At every
//     modelled tag that is pkg/model/components/*.go and pkg/model/components/etcdmanager/options.go.
//   Not scanned, because nothing in them is an option builder: the model builders that run later, while cloudup
//   builds its tasks (etcdmanager/model.go's EtcdManagerBuilder, kubeapiserver/model.go, kubescheduler/model.go,
//   channels/model.go, kopscontroller/), and addonmanifests/**, which remaps kOps's embedded addon manifests.
//
// Sites are matched against the committed marks in scripts/validation-coverage/<path with / as __>.json. A mark's
// status is `modelled` (with `by`, our file that models it), `needs-cloud` (decided by cloud API calls, cluster
// state, the state store, the network or run-time flags; with a `note`), `unreachable` (no Cluster/InstanceGroup
// spec reaches it: dead code, a failure only on kOps's own embedded data or internal marshalling, a path kOps never
// takes with user input; with a `note` saying why), or `not-modelled`; a site without a mark is not modelled. The
// share modelled / (all - needs-cloud - unreachable) is printed per minor, at the newest tag of each minor, for all
// files together and per file.
//
// Exit status: 0 when the marks are consistent; 1 when a mark names a site that exists at no tag, a `by` file that
// does not exist, an unknown status, or lacks the `by` or `note` its status needs; 2 on usage errors. Nothing read
// from kOps is written anywhere.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const STATUSES = new Set(['modelled', 'needs-cloud', 'unreachable', 'not-modelled'])
const NEEDS_NOTE = new Set(['needs-cloud', 'unreachable'])
const POPULATE = 'upup/pkg/fi/cloudup/populate_cluster_spec.go'
const FIELD_CALLS = ['Invalid', 'Forbidden', 'Required', 'NotSupported', 'Duplicate', 'TooMany', 'TooLong']

// ---------------------------------------------------------------------------------------------------------------
// Go source scanning

/** A validation file: every pkg/apis/kops/validation/*.go but the tests. */
export function isValidationFile(path) {
  return /^pkg\/apis\/kops\/validation\/[^/]+\.go$/.test(path) && !path.endsWith('_test.go')
}

/**
 * The text with comments blanked and string/rune literal contents blanked (quotes kept), same length and the
 * same line breaks, so that brace counting and call matching see only code.
 */
export function codeOnly(text) {
  const out = text.split('')
  let i = 0
  const n = text.length
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' '
  }
  while (i < n) {
    const c = text[i]
    const d = text[i + 1]
    if (c === '/' && d === '/') {
      const end = text.indexOf('\n', i)
      const stop = end === -1 ? n : end
      blank(i, stop)
      i = stop
    } else if (c === '/' && d === '*') {
      const end = text.indexOf('*/', i + 2)
      const stop = end === -1 ? n : end + 2
      blank(i, stop)
      i = stop
    } else if (c === '`') {
      const end = text.indexOf('`', i + 1)
      const stop = end === -1 ? n : end
      blank(i + 1, stop)
      i = stop + 1
    } else if (c === '"' || c === "'") {
      let k = i + 1
      while (k < n && text[k] !== c && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1
      blank(i + 1, Math.min(k, n))
      i = k + 1
    } else {
      i++
    }
  }
  return out.join('')
}

/** The call sites in one Go file: [{ func, call, line }] in source order (line is 1-based). */
export function goSites(text, { errorsNew = false } = {}) {
  const code = codeOnly(text)
  const codeLines = code.split('\n')
  const lines = text.split('\n')
  const names = [...FIELD_CALLS.map((f) => `field\\.${f}`), 'fmt\\.Errorf', ...(errorsNew ? ['errors\\.New'] : [])]
  const callRe = new RegExp(`(?<![\\w.])(?:${names.join('|')})\\s*\\(`)
  const funcRe = /^func\s*(?:\([^)]*\)\s*)?([A-Za-z_]\w*)/
  const sites = []
  let depth = 0
  let current = ''
  for (let ln = 0; ln < codeLines.length; ln++) {
    const cl = codeLines[ln]
    if (depth === 0) {
      const m = funcRe.exec(cl)
      if (m) current = m[1]
    }
    if (callRe.test(cl)) sites.push({ func: current, call: normalizeCall(lines[ln]), line: ln + 1 })
    const before = depth
    let opened = false
    for (const ch of cl) {
      if (ch === '{') {
        depth++
        opened = true
      } else if (ch === '}') depth = Math.max(0, depth - 1)
    }
    // the enclosing function ends where its body closes (a multi-line signature keeps depth 0 until its brace)
    if (depth === 0 && (before > 0 || opened)) current = ''
  }
  return sites
}

/**
 * The option-builder packages populate_cluster_spec.go uses: Map(kOps directory → { alias, types, names }), where
 * `types` are the builder types its codeModels list appends and `names` every identifier it takes from the package.
 */
export function optionBuilderPackages(text) {
  const imports = new Map()
  const block = /^import\s*\(([\s\S]*?)^\)/m.exec(text)
  for (const line of (block ? block[1] : '').split('\n')) {
    const m = /^\s*(?:([A-Za-z_]\w*)\s+)?"([^"]+)"/.exec(line)
    if (m) imports.set(m[1] ?? m[2].split('/').pop(), m[2])
  }
  const code = codeOnly(text)
  const pkgs = new Map()
  for (const m of code.matchAll(/codeModels\s*=\s*append\(\s*codeModels\s*,\s*&([A-Za-z_]\w*)\.([A-Za-z_]\w*)\s*\{/g)) {
    const path = imports.get(m[1])
    if (!path?.startsWith('k8s.io/kops/')) continue
    const dir = path.slice('k8s.io/kops/'.length)
    if (!pkgs.has(dir)) pkgs.set(dir, { alias: m[1], types: new Set(), names: new Set() })
    pkgs.get(dir).types.add(m[2])
  }
  for (const p of pkgs.values()) for (const m of code.matchAll(new RegExp(`(?<![\\w.])${p.alias}\\.([A-Za-z_]\\w*)`, 'g'))) p.names.add(m[1])
  return pkgs
}

/** Whether a Go file of an option-builder package declares a listed builder's BuildOptions, or a type or function populate_cluster_spec.go names. */
export function isOptionBuilderFile(text, { types, names }) {
  const code = codeOnly(text)
  for (const m of code.matchAll(/^func\s*\(\s*(?:\w+\s+)?\*?\s*([A-Za-z_]\w*)\s*\)\s*BuildOptions\s*\(/gm)) if (types.has(m[1])) return true
  for (const m of code.matchAll(/^(?:func|type)\s+([A-Za-z_]\w*)/gm)) if (names.has(m[1])) return true
  return false
}

export function normalizeCall(line) {
  return line.trim().replace(/\s+/g, ' ')
}

export const siteKey = (func, call) => `${func}\u0000${call}`

// ---------------------------------------------------------------------------------------------------------------
// Reading kOps with git

function git(gitDir, args, input) {
  return execFileSync('git', ['--git-dir', gitDir, ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    input,
  })
}

/** Reads many blobs at once: Map(blobId → text). */
function readBlobs(gitDir, ids) {
  const out = new Map()
  if (ids.length === 0) return out
  const buf = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
    input: ids.join('\n') + '\n',
    maxBuffer: 1024 * 1024 * 1024,
  })
  let pos = 0
  for (const id of ids) {
    const nl = buf.indexOf(10, pos)
    const header = buf.subarray(pos, nl).toString('utf8').split(' ')
    if (header[1] === 'missing') throw new Error(`git object ${id} is missing`)
    const size = Number(header[2])
    out.set(id, buf.subarray(nl + 1, nl + 1 + size).toString('utf8'))
    pos = nl + 1 + size + 1
  }
  return out
}

function listTree(gitDir, tag, paths) {
  const files = []
  for (const row of git(gitDir, ['ls-tree', '-r', tag, '--', ...paths]).split('\n')) {
    if (!row) continue
    const tab = row.indexOf('\t')
    const [, type, id] = row.slice(0, tab).split(' ')
    if (type === 'blob') files.push({ path: row.slice(tab + 1), id })
  }
  return files
}

/**
 * Per tag: Map(kopsPath → sites), over the validation files and the option-builder files that tag's
 * populate_cluster_spec.go decides. Blobs shared between tags are read and scanned once.
 */
export function scanTags(gitDir, tags) {
  const listings = new Map()
  for (const tag of tags) listings.set(tag, listTree(gitDir, tag, ['pkg/apis/kops/validation', 'pkg/model', POPULATE]))
  const populateIds = new Map()
  for (const [tag, files] of listings) {
    const populate = files.find((f) => f.path === POPULATE)
    if (!populate) throw new Error(`${tag}: ${POPULATE} not found`)
    populateIds.set(tag, populate.id)
  }
  const populateTexts = readBlobs(gitDir, [...new Set(populateIds.values())])
  const perTag = new Map()
  const wanted = new Set()
  for (const [tag, files] of listings) {
    const pkgs = optionBuilderPackages(populateTexts.get(populateIds.get(tag)))
    if (pkgs.size === 0) throw new Error(`${tag}: ${POPULATE} lists no option builders`)
    const candidates = []
    for (const { path, id } of files) {
      if (!path.endsWith('.go') || path.endsWith('_test.go')) continue
      const pkg = pkgs.get(path.slice(0, path.lastIndexOf('/')))
      if (isValidationFile(path) || pkg) {
        candidates.push({ path, id, pkg })
        wanted.add(id)
      }
    }
    perTag.set(tag, candidates)
  }
  const texts = readBlobs(gitDir, [...wanted])
  const scanned = new Map()
  const result = new Map()
  for (const [tag, candidates] of perTag) {
    const m = new Map()
    for (const { path, id, pkg } of candidates) {
      const text = texts.get(id)
      if (pkg && !isOptionBuilderFile(text, pkg)) continue
      const cacheKey = `${id}:${pkg ? 'options' : 'validation'}`
      if (!scanned.has(cacheKey)) scanned.set(cacheKey, goSites(text, { errorsNew: Boolean(pkg) }))
      m.set(path, scanned.get(cacheKey))
    }
    result.set(tag, m)
  }
  return result
}

// ---------------------------------------------------------------------------------------------------------------
// Marks

export const marksFileName = (kopsPath) => `${kopsPath.replaceAll('/', '__')}.json`

export function readMarks(marksDir) {
  const marks = new Map()
  const problems = []
  if (!existsSync(marksDir)) return { marks, problems }
  for (const name of readdirSync(marksDir).sort()) {
    if (!name.endsWith('.json')) continue
    let data
    try {
      data = JSON.parse(readFileSync(join(marksDir, name), 'utf8'))
    } catch (e) {
      problems.push(`${name}: not valid JSON (${e.message})`)
      continue
    }
    if (typeof data.file !== 'string' || !Array.isArray(data.sites)) {
      problems.push(`${name}: needs "file" and "sites"`)
      continue
    }
    if (marksFileName(data.file) !== name) problems.push(`${name}: names ${data.file}; expected file name ${marksFileName(data.file)}`)
    const m = new Map()
    for (const s of data.sites) {
      const key = siteKey(s.func ?? '', normalizeCall(s.call ?? ''))
      if (m.has(key)) problems.push(`${name}: site marked twice: ${s.func}: ${s.call}`)
      m.set(key, s)
    }
    marks.set(data.file, { name, sites: m })
  }
  return { marks, problems }
}

export function checkMarks(marks, scan, root) {
  const problems = []
  const seen = new Map()
  for (const files of scan.values())
    for (const [path, sites] of files) {
      if (!seen.has(path)) seen.set(path, new Set())
      for (const s of sites) seen.get(path).add(siteKey(s.func, s.call))
    }
  for (const [file, { name, sites }] of marks) {
    for (const [key, s] of sites) {
      const where = `${name}: ${s.func}: ${s.call}`
      if (!STATUSES.has(s.status)) problems.push(`${where}: unknown status ${JSON.stringify(s.status)}`)
      if (s.status === 'modelled' && typeof s.by !== 'string') problems.push(`${where}: a modelled site needs "by"`)
      if (NEEDS_NOTE.has(s.status) && (typeof s.note !== 'string' || s.note.trim() === '')) problems.push(`${where}: ${s.status === 'unreachable' ? 'an' : 'a'} ${s.status} site needs a "note" saying why`)
      if (typeof s.by === 'string' && !existsSync(join(root, s.by))) problems.push(`${where}: "by" file ${s.by} does not exist`)
      if (!seen.get(file)?.has(key)) problems.push(`${where}: stale mark, the site exists at no scanned tag`)
    }
  }
  return problems
}

// ---------------------------------------------------------------------------------------------------------------
// Counting

export function statusOf(marks, file, site) {
  return marks.get(file)?.sites.get(siteKey(site.func, site.call))?.status ?? 'not-modelled'
}

/** Counts at one tag, for all files and per file. Sites sharing a key within a file count once. */
export function countTag(marks, files) {
  const empty = () => ({ sites: 0, modelled: 0, 'needs-cloud': 0, unreachable: 0, 'not-modelled': 0 })
  const all = empty()
  const perFile = new Map()
  for (const [file, sites] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const c = empty()
    const keys = new Set()
    for (const s of sites) {
      const key = siteKey(s.func, s.call)
      if (keys.has(key)) continue
      keys.add(key)
      const st = statusOf(marks, file, s)
      c.sites++
      c[st]++
      all.sites++
      all[st]++
    }
    if (c.sites > 0) perFile.set(file, c)
  }
  return { all, perFile }
}

/** modelled / (all − needs-cloud − unreachable): the share of the checks a spec can trigger offline. */
export const share = (c) => {
  const offline = c.sites - c['needs-cloud'] - c.unreachable
  return offline === 0 ? null : c.modelled / offline
}

/** The newest tag of each minor, oldest minor first. Tags are in version order. */
export function newestPerMinor(tags) {
  const byMinor = new Map()
  for (const t of tags) {
    const m = /^v?(\d+)\.(\d+)\./.exec(t)
    if (!m) continue
    byMinor.set(`${m[1]}.${m[2]}`, t)
  }
  return [...byMinor.entries()].map(([minor, tag]) => ({ minor, tag }))
}

function modelledTags(root) {
  const text = readFileSync(join(root, 'src/releases/data/releases.ts'), 'utf8')
  return [...text.matchAll(/version:\s*'([^']+)'/g)].map((m) => `v${m[1]}`)
}

// ---------------------------------------------------------------------------------------------------------------
// Output

const pct = (x) => (x === null ? '—' : `${(x * 100).toFixed(1)} %`)

function table(title, rows) {
  const head = ['minor', 'tag', 'sites', 'modelled', 'needs-cloud', 'unreachable', 'not modelled', 'share']
  const body = rows.map((r) => [r.minor, r.tag, r.c.sites, r.c.modelled, r.c['needs-cloud'], r.c.unreachable, r.c['not-modelled'], pct(share(r.c))].map(String))
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)))
  const fmt = (cells) => '| ' + cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |'
  return [`${title}`, fmt(head), '|' + widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|', ...body.map(fmt)].join('\n')
}

function parseArgs(argv) {
  const opts = { gitDir: null, tags: null, file: null, list: false, json: false, marksDir: null, root: null }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`)
      return argv[++i]
    }
    if (a === '--tags') opts.tags = value().split(',').filter(Boolean)
    else if (a === '--file') opts.file = value()
    else if (a === '--list') opts.list = true
    else if (a === '--json') opts.json = true
    else if (a === '--marks-dir') opts.marksDir = value()
    else if (a === '--root') opts.root = value()
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`)
    else if (opts.gitDir === null) opts.gitDir = a
    else throw new Error(`unexpected argument ${a}`)
  }
  if (opts.gitDir === null) throw new Error('usage: coverage-validation.mjs <kops-git-dir> [--tags a,b] [--file path] [--list] [--json]')
  return opts
}

export function main(argv) {
  let opts
  try {
    opts = parseArgs(argv)
  } catch (e) {
    process.stderr.write(`${e.message}\n`)
    return 2
  }
  const root = resolve(opts.root ?? join(here, '..'))
  const marksDir = resolve(opts.marksDir ?? join(here, 'validation-coverage'))
  const tags = opts.tags ?? modelledTags(root)
  let scan
  try {
    scan = scanTags(opts.gitDir, tags)
  } catch (e) {
    process.stderr.write(`${e.message}\n`)
    return 2
  }
  const { marks, problems: readProblems } = readMarks(marksDir)
  const problems = [...readProblems, ...checkMarks(marks, scan, root)]

  const minors = newestPerMinor(tags).map(({ minor, tag }) => ({ minor, tag, ...countTag(marks, scan.get(tag)) }))
  const files = [...new Set(minors.flatMap((m) => [...m.perFile.keys()]))].sort().filter((f) => opts.file === null || f === opts.file)
  const newest = minors[minors.length - 1]
  const notModelled = []
  if (newest)
    for (const [file, sites] of scan.get(newest.tag))
      if (opts.file === null || file === opts.file)
        for (const s of sites) if (statusOf(marks, file, s) === 'not-modelled') notModelled.push({ file, ...s })

  if (opts.json) {
    const obj = (c) => ({ ...c, share: share(c) })
    process.stdout.write(
      JSON.stringify(
        {
          minors: minors.map((m) => ({ minor: m.minor, tag: m.tag, all: obj(m.all), files: Object.fromEntries([...m.perFile].filter(([f]) => files.includes(f)).map(([f, c]) => [f, obj(c)])) })),
          notModelledAtNewest: opts.list ? notModelled : undefined,
          problems,
        },
        null,
        2,
      ) + '\n',
    )
  } else {
    const out = []
    if (opts.file === null) out.push(table('All scanned files', minors.map((m) => ({ minor: m.minor, tag: m.tag, c: m.all }))))
    for (const f of files) {
      const rows = minors.filter((m) => m.perFile.has(f)).map((m) => ({ minor: m.minor, tag: m.tag, c: m.perFile.get(f) }))
      out.push(table(f, rows))
    }
    if (opts.list && newest) {
      out.push(`Not modelled at ${newest.tag}:`)
      for (const s of notModelled) out.push(`  ${s.file}:${s.line} ${s.func}: ${s.call}`)
    }
    if (problems.length > 0) out.push('Problems in the marks:', ...problems.map((p) => `  ${p}`))
    process.stdout.write(out.join('\n\n') + '\n')
  }
  return problems.length > 0 ? 1 : 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2))
