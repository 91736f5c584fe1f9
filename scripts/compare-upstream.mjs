#!/usr/bin/env node
// Measures how faithfully `kops-preflight plan` reproduces the nodeup config `Assets:` lists that kOps's own
// integration tests expect (tests/integration/update_cluster/<case>/data/*nodeupconfig-<ig>_content), per kOps tag.
//
// Developer tool only: not part of CI, reads a local kOps git repository, copies nothing into this project.
//
//   node scripts/compare-upstream.mjs [--kops-repo DIR] (--tags v1.29.0,v1.30.1 | --all)
//                                     [--cli dist/cli/index.js] [--verbose] [--json FILE] [--jobs N] [--top N]
//
// For every tag and every test case with an in-v1alpha2.yaml, the case's input is written to a temporary
// file and planned with `node <cli> plan --kops-version <tag without v> --format json <file>`. Each expected
// nodeup config (`*nodeupconfig-<ig>_content`, or `_source` for Azure blobs) is compared per instance group and
// architecture with the plan's assets: the ordered list of URL lists must be identical, and every hash the plan
// states must equal kOps's. A case whose plan reports problems (or whose CLI run fails) counts all of its
// configs as mismatches; those cases are also listed separately. Mismatches are grouped by short causes
// ("missing crictl", "different containerd version", ...).
//
// --all selects every final tag from v1.26.0 on, plus v1.29.0-beta.1 and the newest prerelease. The CLI's
// directory is copied to a temporary directory first, so a rebuild during the run does not affect it.
//
// The only normalisation: kOps's test harness pins the kOps binaries (protokube, channels, ...) to a fake kOps
// version, so the kOps version inside kOps-binary URLs (artifacts.k8s.io/binaries/kops/<v>/ and
// github.com/kubernetes/kops/releases/download/v<v>/) is replaced by a placeholder on both sides. The hashes of
// those assets belong to different releases on the two sides and are therefore not compared.
import { spawn, execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { parseArgs, promisify } from 'node:util'

const execFileP = promisify(execFile)

const USAGE = `Usage: node scripts/compare-upstream.mjs [--kops-repo DIR] (--tags T1,T2 | --all) [--cli FILE]
                                         [--verbose] [--json FILE] [--jobs N] [--top N]`

// ---------------------------------------------------------------------------------------------------------------
// Arguments

function parseCli(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'kops-repo': { type: 'string', default: '/work/.mirror/kubernetes+kops/repo' },
      tags: { type: 'string' },
      all: { type: 'boolean', default: false },
      cli: { type: 'string', default: 'dist/cli/index.js' },
      verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'string' },
      jobs: { type: 'string' },
      top: { type: 'string', default: '15' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help) {
    process.stdout.write(USAGE + '\n')
    process.exit(0)
  }
  if (!values.all && !values.tags) fail('give --tags T1,T2 or --all')
  if (values.all && values.tags) fail('use either --tags or --all, not both')
  const jobs = values.jobs ? Number(values.jobs) : Math.max(1, Math.min(8, availableParallelism()))
  const top = Number(values.top)
  if (!Number.isInteger(jobs) || jobs < 1) fail(`invalid --jobs '${values.jobs}'`)
  if (!Number.isInteger(top) || top < 1) fail(`invalid --top '${values.top}'`)
  return {
    kopsRepo: resolve(values['kops-repo']),
    tags: values.tags ? values.tags.split(',').map((t) => t.trim()).filter(Boolean) : null,
    cli: resolve(values.cli),
    verbose: values.verbose,
    json: values.json ? resolve(values.json) : null,
    jobs,
    top,
  }
}

function fail(message) {
  process.stderr.write(`compare-upstream: ${message}\n${USAGE}\n`)
  process.exit(2)
}

// ---------------------------------------------------------------------------------------------------------------
// Versions

function parseTag(tag) {
  const m = /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(tag)
  if (!m) return null
  return { tag, major: +m[1], minor: +m[2], patch: +m[3], pre: m[4] ? m[4].split('.') : [] }
}

function comparePre(a, b) {
  if (a.length === 0 || b.length === 0) return (a.length === 0) - (b.length === 0) // a final release sorts last
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === undefined) return -1
    if (b[i] === undefined) return 1
    const na = /^\d+$/.test(a[i])
    const nb = /^\d+$/.test(b[i])
    if (na && nb && +a[i] !== +b[i]) return +a[i] - +b[i]
    if (na !== nb) return na ? -1 : 1
    if (!na && a[i] !== b[i]) return a[i] < b[i] ? -1 : 1
  }
  return 0
}

function compareTags(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePre(a.pre, b.pre)
}

const minorOf = (tag) => {
  const p = parseTag(tag)
  return p ? `${p.major}.${p.minor}` : '?'
}

// ---------------------------------------------------------------------------------------------------------------
// Git

async function git(repo, args) {
  const { stdout } = await execFileP('git', ['-C', repo, ...args], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' })
  return stdout
}

/** Reads blobs through one long-running `git cat-file --batch`, caching by object id. */
class BlobReader {
  constructor(repo) {
    this.proc = spawn('git', ['-C', repo, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] })
    this.pending = []
    this.chunks = []
    this.buffered = 0
    this.cache = new Map()
    this.proc.stdout.on('data', (d) => {
      this.chunks.push(d)
      this.buffered += d.length
      this.drain()
    })
    this.proc.on('exit', () => {
      for (const p of this.pending.splice(0)) p.reject(new Error('git cat-file exited'))
    })
  }

  read(oid) {
    let p = this.cache.get(oid)
    if (!p) {
      p = new Promise((resolve, reject) => {
        this.pending.push({ resolve, reject })
        this.proc.stdin.write(oid + '\n')
      })
      this.cache.set(oid, p)
    }
    return p
  }

  drain() {
    let buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered)
    while (this.pending.length > 0) {
      const nl = buf.indexOf(10)
      if (nl < 0) break
      const [, type, size] = buf.subarray(0, nl).toString('utf8').split(' ')
      if (type === 'missing' || size === undefined) {
        buf = buf.subarray(nl + 1)
        this.pending.shift().reject(new Error(`git object missing: ${type}`))
        continue
      }
      const n = Number(size)
      if (buf.length < nl + 1 + n + 1) break
      const text = buf.subarray(nl + 1, nl + 1 + n).toString('utf8')
      buf = buf.subarray(nl + 1 + n + 1)
      this.pending.shift().resolve(text)
    }
    this.chunks = buf.length > 0 ? [buf] : []
    this.buffered = buf.length
  }

  close() {
    this.proc.stdin.end()
  }
}

async function selectTags(repo, requested) {
  const all = (await git(repo, ['tag', '--list', 'v*'])).split('\n').map((t) => t.trim()).filter(Boolean)
  const parsed = all.map(parseTag).filter(Boolean)
  if (requested) {
    const known = new Set(all)
    return requested.map((t) => {
      const tag = known.has(t) ? t : known.has(`v${t}`) ? `v${t}` : null
      if (!tag) fail(`no tag '${t}' in ${repo}`)
      return tag
    })
  }
  const floor = parseTag('v1.26.0')
  const finals = parsed.filter((p) => p.pre.length === 0 && compareTags(p, floor) >= 0)
  const pres = parsed.filter((p) => p.pre.length > 0).sort(compareTags)
  const chosen = new Map(finals.map((p) => [p.tag, p]))
  const beta = parsed.find((p) => p.tag === 'v1.29.0-beta.1')
  if (beta) chosen.set(beta.tag, beta)
  if (pres.length > 0) chosen.set(pres[pres.length - 1].tag, pres[pres.length - 1])
  return [...chosen.values()].sort(compareTags).map((p) => p.tag)
}

const CASES_DIR = 'tests/integration/update_cluster'
const NODEUP_CONFIG = /(?:^|_)nodeupconfig-([a-z0-9][a-z0-9.-]*)_(?:content|source)$/

/** The test cases of one tag: input blob and expected nodeup config blobs per instance group. */
async function listCases(repo, tag) {
  const out = await git(repo, ['ls-tree', '-r', tag, '--', CASES_DIR])
  const cases = new Map()
  const get = (name) => {
    if (!cases.has(name)) cases.set(name, { name, input: null, expected: new Map() })
    return cases.get(name)
  }
  for (const line of out.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab < 0) continue
    const [, type, oid] = line.slice(0, tab).split(' ')
    if (type !== 'blob') continue
    const path = line.slice(tab + 1)
    const rest = path.slice(CASES_DIR.length + 1).split('/')
    if (rest.length === 2 && rest[1] === 'in-v1alpha2.yaml') get(rest[0]).input = { oid, path }
    if (rest.length === 3 && rest[1] === 'data') {
      const m = NODEUP_CONFIG.exec(rest[2])
      if (m && !get(rest[0]).expected.has(m[1])) get(rest[0]).expected.set(m[1], { oid, path })
    }
  }
  return [...cases.values()].filter((c) => c.input && c.expected.size > 0).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

// ---------------------------------------------------------------------------------------------------------------
// Expected nodeup config: the `Assets:` section only

function unquote(s) {
  if (s.length >= 2 && s[0] === "'" && s[s.length - 1] === "'") return s.slice(1, -1).replace(/''/g, "'")
  if (s.length >= 2 && s[0] === '"' && s[s.length - 1] === '"') return JSON.parse(s)
  return s
}

/** `<hash>@<url1>,<url2>` as kOps writes it into the nodeup config. */
function parseAssetEntry(entry) {
  const at = entry.indexOf('@')
  const hash = at > 0 && /^[0-9a-f]+$/i.test(entry.slice(0, at)) ? entry.slice(0, at).toLowerCase() : null
  const urls = (hash ? entry.slice(at + 1) : entry).split(',').map((u) => u.trim()).filter(Boolean)
  return { hash, urls }
}

/** Parses the top-level `Assets:` mapping of a nodeup config: { amd64: [{hash, urls}], arm64: [...] }. */
function parseNodeupAssets(text) {
  const lines = text.split(/\r?\n/)
  const start = lines.findIndex((l) => /^Assets:/.test(l))
  const assets = {}
  if (start < 0) return assets
  const head = lines[start].slice('Assets:'.length).trim()
  if (head !== '' && head !== '{}' && head !== 'null') throw new Error(`unexpected Assets value '${head}'`)
  if (head !== '') return assets
  let arch = null
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]
    if (line.trim() === '' || /^\s*#/.test(line)) continue
    if (!/^\s/.test(line)) break // next top-level key
    let m
    if ((m = /^ {2}([A-Za-z0-9_]+):\s*(\[\])?\s*$/.exec(line))) {
      arch = m[1]
      assets[arch] = []
    } else if ((m = /^ {2}(?: {2})?- (.+)$/.exec(line)) && arch) {
      assets[arch].push(parseAssetEntry(unquote(m[1].trim())))
    } else if (/^ {4,}\S/.test(line) && arch && assets[arch].length > 0) {
      // a plain scalar folded onto a continuation line
      const last = assets[arch].pop()
      const entry = `${last.hash ? last.hash + '@' : ''}${last.urls.join(',')}${line.trim()}`
      assets[arch].push(parseAssetEntry(entry))
    } else {
      throw new Error(`cannot read Assets line ${i + 1}: ${line}`)
    }
  }
  return assets
}

// ---------------------------------------------------------------------------------------------------------------
// Normalisation and comparison

const KOPS_VERSION = '{KOPS_VERSION}'
const KOPS_BINARY_URL = [
  /^(https:\/\/artifacts\.k8s\.io\/binaries\/kops\/)([^/]+)(\/)/,
  /^(https:\/\/github\.com\/kubernetes\/kops\/releases\/download\/v)([^/]+)(\/)/,
]

function normaliseUrl(url) {
  for (const re of KOPS_BINARY_URL) if (re.test(url)) return { url: url.replace(re, `$1${KOPS_VERSION}$3`), kops: true }
  return { url, kops: false }
}

function normaliseAsset(a) {
  const n = a.urls.map(normaliseUrl)
  const urls = n.map((x) => x.url)
  return { urls, hash: a.hash ?? null, kopsBinary: n.some((x) => x.kops), key: urls.join(',') }
}

const ARCH_OR_OS = new Set(['linux', 'amd64', 'arm64', 'x86', '64', 'x86_64', 'aarch64', 'tar', 'tgz', 'gz', 'zip', 'bin', 'release', 'stable', 'static'])

/** A short component name for an asset, from its first URL: kubelet, containerd, cni-plugins, ecr-credential-provider, ... */
function componentOf(urls) {
  const u = urls[0] ?? ''
  let path
  try {
    path = new URL(u).pathname
  } catch {
    path = u
  }
  const segments = path.split('/').filter(Boolean).reverse()
  for (const seg of segments) {
    if (/^v?\d/.test(seg) || seg === KOPS_VERSION || seg === `v${KOPS_VERSION}`) continue
    const base = seg.replace(/\.(tar\.gz|tgz|tar|zip|gz)$/i, '')
    const tokens = base.split(/[-._]/).filter((t) => t && !/^v?\d/.test(t) && !ARCH_OR_OS.has(t.toLowerCase()) && !t.includes('{'))
    if (tokens.length > 0) return tokens.join('-')
  }
  return u || '(empty)'
}

/** The version an asset URL names: its first path segment that is a version, else a version in the file name. */
function versionOf(url) {
  let path
  try {
    path = new URL(url).pathname
  } catch {
    path = url
  }
  const segments = path.split('/').filter(Boolean)
  const seg = segments.find((s) => /^v?\d+[.\d]/.test(s))
  if (seg) return seg.replace(/^v/, '')
  const base = (segments[segments.length - 1] ?? '').replace(/\.(tar\.gz|tgz|tar|zip|gz)$/i, '')
  const m = /\d+(?:\.\d+)+(?:-[0-9A-Za-z.]+)?/.exec(base)
  return m ? m[0] : null
}

/**
 * Compares one architecture's expected and actual assets (both normalised). Returns the causes (short
 * signatures with a detail each), the first differing index and the number of hashes compared.
 */
function compareArch(expected, actual) {
  const causes = []
  let firstDiff = -1
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    if (expected[i]?.key !== actual[i]?.key) {
      firstDiff = i
      break
    }
  }
  const tag = (list) => list.map((a) => ({ ...a, comp: componentOf(a.urls) }))
  const e = tag(expected)
  const a = tag(actual)
  const comps = [...new Set([...e, ...a].map((x) => x.comp))]
  let structural = false
  for (const comp of comps) {
    const E = e.filter((x) => x.comp === comp)
    const A = a.filter((x) => x.comp === comp)
    for (let i = 0; i < Math.min(E.length, A.length); i++) {
      if (E[i].key === A[i].key) continue
      structural = true
      const ve = versionOf(E[i].urls[0] ?? '')
      const va = versionOf(A[i].urls[0] ?? '')
      const example = { expected: E[i].urls, actual: A[i].urls }
      if (ve !== va) causes.push({ signature: `different ${comp} version`, detail: `expected ${ve ?? '?'}, got ${va ?? '?'}`, ...example })
      else if (E[i].urls[0] !== A[i].urls[0]) causes.push({ signature: `different ${comp} URL`, detail: 'same version, other primary URL', ...example })
      else causes.push({ signature: `different ${comp} mirrors`, detail: `expected ${E[i].urls.length} URLs, got ${A[i].urls.length}`, ...example })
    }
    for (const x of E.slice(A.length)) {
      structural = true
      causes.push({ signature: `missing ${comp}`, detail: '', expected: x.urls, actual: null })
    }
    for (const x of A.slice(E.length)) {
      structural = true
      causes.push({ signature: `extra ${comp}`, detail: '', expected: null, actual: x.urls })
    }
  }
  if (!structural && firstDiff >= 0) {
    causes.push({ signature: 'different order', detail: '', expected: e.map((x) => x.comp), actual: a.map((x) => x.comp) })
  }
  // Hashes: every hash the plan states must be kOps's, matched by identical URL list.
  let hashesCompared = 0
  const used = new Set()
  for (const x of a) {
    if (x.hash === null || x.kopsBinary) continue
    const j = e.findIndex((y, k) => !used.has(k) && y.key === x.key)
    if (j < 0) continue
    used.add(j)
    hashesCompared++
    if (e[j].hash !== x.hash) causes.push({ signature: `wrong ${x.comp} hash`, detail: `expected ${e[j].hash}, got ${x.hash}`, expected: e[j].urls, actual: x.urls })
  }
  return { causes, firstDiff, hashesCompared }
}

// ---------------------------------------------------------------------------------------------------------------
// Running the plan

/** A problem message on one line, shortened in the middle when long. */
function oneLine(message) {
  const s = String(message).replace(/\s+/g, ' ').trim()
  return s.length > 160 ? `${s.slice(0, 70)} … ${s.slice(-80)}` : s
}

function runCli(cli, kopsVersion, file) {
  return new Promise((resolvePromise) => {
    const args = file === null ? [cli, '--version'] : [cli, 'plan', '--kops-version', kopsVersion, '--format', 'json', file]
    // kOps's integration tests set KOPS_RUN_TOO_NEW_VERSION=1 (cmd/kops/integration_test.go runTestTerraformAWS and
    // others), so a case's Kubernetes version may be newer than the release supports (e.g. minimal-1.34 at v1.33.0);
    // without the bypass kOps would refuse such a case, so giving it to every plan changes no other case.
    const env = { ...process.env, KOPS_RUN_TOO_NEW_VERSION: '1' }
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env })
    const out = []
    const err = []
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.stdout.on('data', (d) => out.push(d))
    child.stderr.on('data', (d) => err.push(d))
    child.on('error', (e) => {
      clearTimeout(timer)
      resolvePromise({ code: -1, stdout: '', stderr: e.message })
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolvePromise({ code: code ?? -1, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') })
    })
  })
}

async function pool(items, jobs, fn) {
  const results = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker))
  return results
}

/** Plans one case and compares every expected nodeup config. */
async function runCase(ctx, tag, kase, dir) {
  const input = await ctx.blobs.read(kase.input.oid)
  const caseDir = join(dir, kase.name)
  mkdirSync(caseDir, { recursive: true })
  const file = join(caseDir, 'in-v1alpha2.yaml')
  writeFileSync(file, input)
  const run = await runCli(ctx.cli, tag.replace(/^v/, ''), file)
  rmSync(caseDir, { recursive: true, force: true })

  let plan = null
  const problems = []
  if (run.code !== 0) {
    const lines = run.stderr.trim().split('\n')
    problems.push(`CLI exited with ${run.signal ?? run.code}: ${oneLine(lines.find((l) => /^(kops-preflight:|\w*Error\b)/.test(l)) ?? lines[0] ?? '')}`)
  }
  try {
    plan = JSON.parse(run.stdout)
  } catch {
    if (run.code === 0) problems.push(`CLI output is not JSON: ${run.stdout.slice(0, 120)}`)
  }
  for (const p of plan?.problems ?? []) if (!problems.includes(oneLine(p.message))) problems.push(oneLine(p.message))

  const planIgs = new Map()
  for (const c of plan?.clusters ?? []) for (const ig of c.instanceGroups ?? []) if (ig.name && !planIgs.has(ig.name)) planIgs.set(ig.name, ig)

  const configs = []
  for (const [igName, blob] of [...kase.expected.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const record = { tag, case: kase.name, ig: igName, match: false, problem: problems.length > 0, arches: [] }
    let expectedAssets
    try {
      expectedAssets = parseNodeupAssets(await ctx.blobs.read(blob.oid))
    } catch (e) {
      record.arches.push({ arch: '-', causes: [{ signature: 'expected config unreadable', detail: e.message, expected: null, actual: null }], firstDiff: -1, expected: [], actual: [] })
      configs.push(record)
      continue
    }
    const ig = planIgs.get(igName)
    if (!ig) {
      record.arches.push({ arch: '-', causes: [{ signature: plan ? 'instance group not in plan' : 'no plan', detail: '', expected: null, actual: null }], firstDiff: -1, expected: [], actual: [] })
      configs.push(record)
      continue
    }
    const arches = [...new Set([...Object.keys(expectedAssets), ...Object.keys(ig.architectures ?? {})])].sort()
    let ok = true
    for (const arch of arches) {
      const expected = (expectedAssets[arch] ?? []).map(normaliseAsset)
      const planArch = ig.architectures?.[arch]
      const actual = (planArch?.assets ?? []).map(normaliseAsset)
      const cmp = compareArch(expected, actual)
      if (!planArch && expected.length > 0) cmp.causes = [{ signature: `no ${arch} plan for ${ig.role}`, detail: '', expected: null, actual: null }]
      else if (actual.length === 0 && expected.length > 0) cmp.causes = [{ signature: `no assets planned for ${ig.role}`, detail: `expected ${expected.length}`, expected: expected[0].urls, actual: null }]
      ctx.hashesCompared += cmp.hashesCompared
      if (cmp.causes.length > 0) ok = false
      record.arches.push({ arch, causes: cmp.causes, firstDiff: cmp.firstDiff, expected: expected.map((x) => x.urls), actual: actual.map((x) => x.urls) })
    }
    record.assetsMatch = ok
    record.match = ok && problems.length === 0
    configs.push(record)
  }
  return { case: kase.name, problems, configs }
}

// ---------------------------------------------------------------------------------------------------------------
// Reporting

const pct = (n, d) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1)}%`)
const urlsText = (u) => (u === null ? '(none)' : Array.isArray(u) ? u.join(' , ') : String(u))

function printVerboseTag(out, results) {
  for (const r of results) {
    for (const c of r.configs) {
      if (c.match) continue
      for (const a of c.arches) {
        if (a.causes.length === 0) continue
        out(`    ${c.case} ${c.ig} ${a.arch}: ${a.causes.map((x) => x.signature + (x.detail ? ` (${x.detail})` : '')).join('; ')}`)
        if (a.firstDiff >= 0) {
          out(`      first difference at #${a.firstDiff}:`)
          out(`        expected: ${urlsText(a.expected[a.firstDiff] ?? null)}`)
          out(`        actual:   ${urlsText(a.actual[a.firstDiff] ?? null)}`)
        }
      }
      if (c.problem && c.assetsMatch) out(`    ${c.case} ${c.ig}: assets match, but the plan reports problems`)
    }
    if (r.problems.length > 0) for (const p of r.problems) out(`    ${r.case}: plan problem: ${p}`)
  }
}

/** Picks up to n examples, preferring different cases and tags. */
function pickExamples(occurrences, n) {
  const picked = []
  const seenCase = new Set()
  const seenTag = new Set()
  for (const pass of [0, 1, 2]) {
    for (const o of occurrences) {
      if (picked.length >= n) return picked
      if (picked.includes(o)) continue
      if (pass === 0 && (seenCase.has(o.case) || seenTag.has(o.tag))) continue
      if (pass === 1 && seenCase.has(o.case)) continue
      picked.push(o)
      seenCase.add(o.case)
      seenTag.add(o.tag)
    }
  }
  return picked
}

function tagRange(tags) {
  const sorted = [...new Set(tags)].map(parseTag).sort(compareTags).map((p) => p.tag)
  return sorted.length <= 3 ? sorted.join(', ') : `${sorted[0]} … ${sorted[sorted.length - 1]}`
}

async function main() {
  const opts = parseCli(process.argv.slice(2))
  const out = (s) => process.stdout.write(s + '\n')
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(0)
    throw e
  })
  const tags = await selectTags(opts.kopsRepo, opts.tags)
  // Run a private copy of the CLI's directory, so that a rebuild during a long run cannot mix two builds.
  if (!existsSync(opts.cli)) fail(`no CLI at ${opts.cli}; run npm run build first`)
  const tmp = mkdtempSync(join(tmpdir(), 'compare-upstream-'))
  const cliCopy = join(tmp, 'cli')
  cpSync(dirname(opts.cli), cliCopy, { recursive: true })
  const cliFile = join(cliCopy, basename(opts.cli))
  const probe = await runCli(cliFile, null, null)
  if (probe.code !== 0) {
    rmSync(tmp, { recursive: true, force: true })
    fail(`the CLI at ${opts.cli} does not run: ${probe.stderr.trim().split('\n')[0]}`)
  }
  const cliSha256 = createHash('sha256').update(readFileSync(cliFile)).digest('hex')
  const blobs = new BlobReader(opts.kopsRepo)
  const ctx = { cli: cliFile, blobs, hashesCompared: 0 }
  const perTag = []
  const cleanup = () => rmSync(tmp, { recursive: true, force: true })
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]])
    process.on(signal, () => {
      cleanup()
      process.exit(code)
    })
  try {
    out(`kOps repository ${opts.kopsRepo}, CLI ${opts.cli} (sha256 ${cliSha256.slice(0, 12)}), ${tags.length} tag(s): ${tags.join(' ')}`)
    for (const [i, tag] of tags.entries()) {
      const cases = await listCases(opts.kopsRepo, tag)
      const dir = join(tmp, String(i))
      mkdirSync(dir, { recursive: true })
      const results = await pool(cases, opts.jobs, (k) => runCase(ctx, tag, k, dir))
      const configs = results.flatMap((r) => r.configs)
      const matched = configs.filter((c) => c.match).length
      const problemCases = results.filter((r) => r.problems.length > 0)
      out(`${tag}: ${matched}/${configs.length} nodeup configs match (${pct(matched, configs.length)})`)
      if (problemCases.length > 0) out(`  ${problemCases.length} case(s) with plan problems: ${problemCases.map((r) => r.case).join(', ')}`)
      if (opts.verbose) printVerboseTag(out, results)
      perTag.push({ tag, cases: cases.length, configs: configs.length, matched, results })
    }
  } finally {
    blobs.close()
    cleanup()
  }

  // Per-minor table and overall rate
  const minors = new Map()
  for (const t of perTag) {
    const m = minorOf(t.tag)
    const row = minors.get(m) ?? { minor: m, tags: 0, configs: 0, matched: 0 }
    row.tags++
    row.configs += t.configs
    row.matched += t.matched
    minors.set(m, row)
  }
  const total = perTag.reduce((s, t) => s + t.configs, 0)
  const totalMatched = perTag.reduce((s, t) => s + t.matched, 0)
  out('')
  out('minor   tags  configs  match   rate')
  for (const r of minors.values()) out(`${r.minor.padEnd(7)} ${String(r.tags).padStart(4)}  ${String(r.configs).padStart(7)}  ${String(r.matched).padStart(5)}  ${pct(r.matched, r.configs).padStart(6)}`)
  out(`overall ${String(perTag.length).padStart(4)}  ${String(total).padStart(7)}  ${String(totalMatched).padStart(5)}  ${pct(totalMatched, total).padStart(6)}`)
  const assetsMatched = perTag.reduce((s, t) => s + t.results.reduce((n, r) => n + r.configs.filter((c) => c.assetsMatch).length, 0), 0)
  out(`asset lists equal, plan problems aside: ${assetsMatched}/${total} (${pct(assetsMatched, total)})`)
  out(`hashes compared (non-null in the plan): ${ctx.hashesCompared}`)

  // Causes
  const causeMap = new Map()
  const addCause = (t, c, arch, cause) => {
    const e = causeMap.get(cause.signature) ?? { signature: cause.signature, occurrences: [], configs: new Set(), cases: new Set(), tags: [] }
    e.occurrences.push({ tag: t.tag, case: c.case, ig: c.ig, arch, detail: cause.detail, expected: cause.expected, actual: cause.actual })
    e.configs.add(`${t.tag}/${c.case}/${c.ig}`)
    e.cases.add(c.case)
    e.tags.push(t.tag)
    causeMap.set(cause.signature, e)
  }
  for (const t of perTag)
    for (const r of t.results)
      for (const c of r.configs) {
        if (c.problem) addCause(t, c, '-', { signature: 'plan reports problems', detail: r.problems.join(' | '), expected: null, actual: null })
        for (const a of c.arches) for (const cause of a.causes) addCause(t, c, a.arch, cause)
      }
  const causes = [...causeMap.values()].sort((x, y) => y.configs.size - x.configs.size || (x.signature < y.signature ? -1 : 1))
  const mismatched = total - totalMatched
  if (causes.length > 0) {
    out('')
    out(`top mismatch causes (of ${mismatched} mismatching configs; a config can have several causes):`)
    for (const c of causes.slice(0, opts.verbose ? causes.length : opts.top)) {
      out(`  ${String(c.configs.size).padStart(5)} configs, ${String(c.cases.size).padStart(3)} cases  ${c.signature}  [${tagRange(c.tags)}]`)
      for (const ex of pickExamples(c.occurrences, opts.verbose ? 3 : 2)) {
        out(`        e.g. ${ex.tag} ${ex.case} ${ex.ig} ${ex.arch}${ex.detail ? `: ${ex.detail}` : ''}`)
        if (ex.expected !== null || ex.actual !== null) {
          out(`          expected: ${urlsText(ex.expected)}`)
          out(`          actual:   ${urlsText(ex.actual)}`)
        }
      }
    }
    if (!opts.verbose && causes.length > opts.top) out(`  … ${causes.length - opts.top} more (--verbose or --top N)`)
  }

  // Cases where the plan reported problems, grouped by case and message
  const problemGroups = new Map()
  for (const t of perTag)
    for (const r of t.results)
      if (r.problems.length > 0) {
        const p = r.problems.join(' | ')
        const key = `${r.case}\u0000${p}`
        const g = problemGroups.get(key) ?? { case: r.case, problem: p, tags: [], configs: 0, assetsMatch: 0 }
        g.tags.push(t.tag)
        g.configs += r.configs.length
        g.assetsMatch += r.configs.filter((c) => c.assetsMatch).length
        problemGroups.set(key, g)
      }
  if (problemGroups.size > 0) {
    out('')
    out('cases where the plan reports problems (their configs count as mismatches):')
    for (const g of problemGroups.values())
      out(`  ${g.case} in ${g.tags.length} tag(s) [${tagRange(g.tags)}], ${g.configs} configs (${g.assetsMatch} with matching assets): ${g.problem}`)
  }

  if (opts.json) {
    const json = {
      kopsRepo: opts.kopsRepo,
      cli: opts.cli,
      cliSha256,
      normalisation: `kOps version in ${KOPS_BINARY_URL.map((r) => r.source).join(' and ')} replaced by ${KOPS_VERSION}`,
      overall: { tags: perTag.length, configs: total, matched: totalMatched, rate: total ? totalMatched / total : null, assetsMatched, hashesCompared: ctx.hashesCompared },
      minors: [...minors.values()].map((r) => ({ ...r, rate: r.configs ? r.matched / r.configs : null })),
      tags: perTag.map((t) => ({
        tag: t.tag,
        cases: t.cases,
        configs: t.configs,
        matched: t.matched,
        rate: t.configs ? t.matched / t.configs : null,
        problems: t.results.filter((r) => r.problems.length > 0).map((r) => ({ case: r.case, problems: r.problems })),
        mismatches: t.results.flatMap((r) =>
          r.configs
            .filter((c) => !c.match)
            .map((c) => ({
              case: c.case,
              ig: c.ig,
              problem: c.problem,
              arches: c.arches.filter((a) => a.causes.length > 0),
            })),
        ),
      })),
      causes: causes.map((c) => ({ signature: c.signature, configs: c.configs.size, cases: [...c.cases].sort(), examples: pickExamples(c.occurrences, 5) })),
      planProblems: [...problemGroups.values()],
    }
    writeFileSync(opts.json, JSON.stringify(json, null, 2) + '\n')
    out(`\nwrote ${opts.json}`)
  }
}

main().catch((e) => {
  process.stderr.write(`compare-upstream: ${e.stack ?? e.message}\n`)
  process.exit(2)
})
