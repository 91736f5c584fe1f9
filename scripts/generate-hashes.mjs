// Writes src/releases/data/hashes.ts: the sha256 of every file whose hash kOps carries in its own source, keyed by the
// canonical URL kOps looks it up by. Run once per new kOps tag; nothing at build or test time reads the kOps clone.
//   node scripts/generate-hashes.mjs <path to a kubernetes/kops clone with its tags (bare or not)> [--check | --stdout]
// (--stdout prints the table instead of writing it; scripts/releases-update.mjs runs it so.)
// Sources, unioned over tags:
//   pkg/assets/assetdata/*.yaml, every tag from v1.30.0-alpha.1 on (URL = filestore base + file name, as data.go joins them);
//   nerdctl 1.7.4 (upup/pkg/fi/cloudup/nerdctl.go, pkg/nodemodel/wellknownassets/nerdctl.go);
//   the staging auth-provider-gcp build (upup/pkg/fi/cloudup/apply_cluster.go, pkg/nodemodel/fileassets.go);
//   the containerd, Docker and runc tables of upup/pkg/fi/cloudup/{containerd,docker,runc}.go, v1.26.0-alpha.1 … v1.29.x,
//   with each version's URL built as that code builds it.
// The same URL with two different hashes anywhere stops the run.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

const args = process.argv.slice(2)
const check = args.includes('--check')
const stdout = args.includes('--stdout')
const repo = args.find((a) => !a.startsWith('--'))
if (!repo) {
  console.error('usage: node scripts/generate-hashes.mjs <kops clone> [--check]')
  process.exit(2)
}
const OUT = 'src/releases/data/hashes.ts'

const git = (...a) => execFileSync('git', ['-C', repo, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 })
const show = (tag, path) => {
  try {
    return execFileSync('git', ['-C', repo, 'show', `${tag}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })
  } catch {
    return null
  }
}
const ls = (tag, dir) => git('ls-tree', '--name-only', `${tag}:${dir}`).split('\n').filter(Boolean)

// ---- versions -------------------------------------------------------------------------------------------------------
function parseTag(t) {
  const m = /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(t)
  return m ? { core: [+m[1], +m[2], +m[3]], pre: m[4] ?? null } : null
}
function comparePre(a, b) {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  const pa = a.split('.')
  const pb = b.split('.')
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1
    if (pb[i] === undefined) return 1
    const na = /^\d+$/.test(pa[i])
    const nb = /^\d+$/.test(pb[i])
    if (na && nb && +pa[i] !== +pb[i]) return +pa[i] - +pb[i]
    if (na !== nb) return na ? -1 : 1
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1
  }
  return 0
}
function compareTags(a, b) {
  const pa = parseTag(a)
  const pb = parseTag(b)
  for (let i = 0; i < 3; i++) if (pa.core[i] !== pb.core[i]) return pa.core[i] - pb.core[i]
  return comparePre(pa.pre, pb.pre)
}
const TAGS = git('tag', '--list', 'v*').split('\n').filter((t) => parseTag(t)).sort(compareTags)
const between = (from, to) => TAGS.filter((t) => compareTags(t, from) >= 0 && (to === null || compareTags(t, to) <= 0))

/** blang/semver ParseTolerant for plain x.y.z table keys (leading zeros dropped), as [major, minor, patch]. */
function goVersion(v) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v)
  if (!m) throw new Error(`unexpected version key ${JSON.stringify(v)}`)
  return [+m[1], +m[2], +m[3]]
}
function gte(v, min) {
  const a = goVersion(v)
  const b = goVersion(min)
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i]
  return true
}

// ---- collection -----------------------------------------------------------------------------------------------------
const HEX = /^[0-9a-f]{64}$/
/** url → { hash, seen: [source label, tag][] } */
const byUrl = new Map()
/** base → source label → { path, detail, tags } */
const sources = new Map()
const conflicts = []
/** url → { value, path, tags } for entries whose sha256 field is not a sha256 */
const skipped = new Map()
function noteSkipped(url, value, path, tag) {
  const key = `${url}\0${value}\0${path}`
  if (!skipped.has(key)) skipped.set(key, { url, value, path, tags: new Set() })
  skipped.get(key).tags.add(tag)
}

function add(base, rest, hash, path, detail, tag) {
  if (typeof hash !== 'string' || !HEX.test(hash)) throw new Error(`${path}@${tag}: ${base}${rest}: not a sha256: ${JSON.stringify(hash)}`)
  if (/\s|=/.test(rest)) throw new Error(`${path}@${tag}: name with whitespace or '=': ${JSON.stringify(rest)}`)
  const url = base + rest
  const label = `${path}${detail ? ` ${detail}` : ''}`
  const prior = byUrl.get(url)
  if (!prior) byUrl.set(url, { base, rest, hash, seen: [[label, tag]] })
  else {
    if (prior.base !== base) throw new Error(`${url} filed under two bases: ${prior.base} and ${base}`)
    if (prior.hash !== hash) conflicts.push(`${url}\n  ${prior.hash} from ${prior.seen.map(([l, t]) => `${l}@${t}`).join(', ')}\n  ${hash} from ${label}@${tag}`)
    prior.seen.push([label, tag])
  }
  if (!sources.has(base)) sources.set(base, new Map())
  const perBase = sources.get(base)
  if (!perBase.has(label)) perBase.set(label, { path, detail, tags: new Set() })
  perBase.get(label).tags.add(tag)
}

/** The base an absolute URL from a Go table is filed under (a prefix kOps itself does not need for these). */
function splitUrl(url, base) {
  if (!url.startsWith(base)) throw new Error(`${url} is not under ${base}`)
  return [base, url.slice(base.length)]
}

// 1. pkg/assets/assetdata/*.yaml (go:embed *.yaml: only files directly in the directory).
const ASSETDATA = 'pkg/assets/assetdata'
const assetTags = between('v1.30.0-alpha.1', null)
const dataGo = new Set()
for (const tag of assetTags) {
  const go = show(tag, `${ASSETDATA}/data.go`)
  if (!go) throw new Error(`${ASSETDATA}/data.go missing at ${tag}`)
  // The join this script mirrors: HasPrefix(url, base) and name == TrimPrefix(url, base).
  if (!go.includes('strings.HasPrefix(canonicalURL, fileStore.Base)') || !go.includes('relativePath := strings.TrimPrefix(canonicalURL, fileStore.Base)') || !go.includes('//go:embed *.yaml'))
    throw new Error(`${ASSETDATA}/data.go at ${tag} no longer joins base and name as expected`)
  dataGo.add(git('rev-parse', `${tag}:${ASSETDATA}/data.go`).trim())
  for (const name of ls(tag, ASSETDATA).filter((n) => n.endsWith('.yaml'))) {
    const path = `${ASSETDATA}/${name}`
    const doc = parse(show(tag, path))
    const bases = (doc?.filestores ?? []).map((f) => f.base).filter(Boolean)
    if (!bases.length) throw new Error(`${path}@${tag}: no filestores`)
    for (const f of doc.files ?? []) {
      if (!f.name || !f.sha256) throw new Error(`${path}@${tag}: incomplete entry ${JSON.stringify(f)}`)
      if (!HEX.test(String(f.sha256))) {
        // kOps's hashing.FromString would reject it too; noted in the output, not carried.
        for (const base of bases) noteSkipped(`${base}${f.name}`, String(f.sha256), path, tag)
        continue
      }
      for (const base of bases) add(base, String(f.name), String(f.sha256), path, '', tag)
    }
  }
}

// 2. nerdctl 1.7.4.
const NERDCTL_BASE = 'https://github.com/containerd/nerdctl/releases/download/'
for (const tag of between('v1.26.0-alpha.1', null)) {
  for (const path of ['upup/pkg/fi/cloudup/nerdctl.go', 'pkg/nodemodel/wellknownassets/nerdctl.go']) {
    const src = show(tag, path)
    if (!src) continue
    for (const arch of ['Amd64', 'Arm64']) {
      const url = new RegExp(`nerdctlAssetUrl${arch}\\s*=\\s*"([^"]+)"`).exec(src)?.[1]
      const hash = new RegExp(`nerdctlAssetHash${arch}\\s*=\\s*"([^"]+)"`).exec(src)?.[1]
      if (!url || !hash) throw new Error(`${path}@${tag}: nerdctl ${arch} constants not found`)
      add(...splitUrl(url, NERDCTL_BASE), hash, path, '', tag)
    }
  }
}

// 3. The staging auth-provider-gcp build, default binariesLocation.
const GCP_STAGING_BASE = 'https://storage.googleapis.com/k8s-staging-cloud-provider-gcp/'
for (const tag of between('v1.26.0-alpha.1', null)) {
  for (const path of ['upup/pkg/fi/cloudup/apply_cluster.go', 'pkg/nodemodel/fileassets.go']) {
    const src = show(tag, path)
    const at = src?.indexOf('"https://storage.googleapis.com/k8s-staging-cloud-provider-gcp') ?? -1
    if (at < 0) continue
    const block = src.slice(at - 200, at + 1500)
    const location = /fi\.PtrTo\("(https:\/\/storage\.googleapis\.com\/k8s-staging-cloud-provider-gcp[^"]*)"\)/.exec(block)?.[1]
    const format = /url\.Parse\(fmt\.Sprintf\("(%s\/linux-%s\/[^"%]+)", \*binaryLocation, arch\)\)/.exec(block)?.[1]
    const hashes = [...block.matchAll(/"(amd64|arm64)":\s*"([0-9a-f]{64})"/g)]
    if (!location || !format || hashes.length !== 2) throw new Error(`${path}@${tag}: staging auth-provider-gcp block not understood`)
    for (const [, arch, hash] of hashes) add(...splitUrl(format.replace('%s', location).replace('%s', arch), GCP_STAGING_BASE), hash, path, '', tag)
  }
}

// 4. The Go tables of the 1.26 … 1.29 cloudup code.
function goMap(src, fn) {
  const body = new RegExp(`func ${fn}\\(\\) map\\[string\\]string \\{([\\s\\S]*?)\\n\\}`).exec(src)?.[1]
  if (body === undefined) return null
  const out = {}
  for (const [, k, v] of body.matchAll(/"([^"]+)":\s*"([^"]*)"/g)) out[k] = v
  return out
}
function goConst(src, name, path, tag) {
  const v = new RegExp(`\\b${name}\\s*=\\s*"([^"]+)"`).exec(src)?.[1]
  if (!v) throw new Error(`${path}@${tag}: const ${name} not found`)
  return v
}
function requireText(src, text, path, tag) {
  if (!src.includes(text)) throw new Error(`${path}@${tag}: expected ${JSON.stringify(text)} (URL rules changed?)`)
}
const sprintf = (format, ...values) => values.reduce((s, v) => s.replace('%s', v), format)
const legacyTags = between('v1.26.0-alpha.1', 'v1.29.99')

const CONTAINERD_BASE = 'https://github.com/containerd/containerd/releases/download/'
const CRI_CONTAINERD_BASE = 'https://storage.googleapis.com/cri-containerd-release/'
const DOCKER_BASE = 'https://download.docker.com/linux/static/stable/'
const RUNC_BASE = 'https://github.com/opencontainers/runc/releases/download/'

for (const tag of legacyTags) {
  {
    const path = 'upup/pkg/fi/cloudup/containerd.go'
    const src = show(tag, path)
    const amd64 = src && goMap(src, 'findAllContainerdHashesAmd64')
    if (amd64) {
      const arm64 = goMap(src, 'findAllContainerdHashesArm64') ?? {}
      const release = { amd64: goConst(src, 'containerdReleaseUrlAmd64', path, tag), arm64: goConst(src, 'containerdReleaseUrlArm64', path, tag) }
      const bundle = goConst(src, 'containerdBundleUrlAmd64', path, tag)
      const legacy = goConst(src, 'containerdLegacyUrlAmd64', path, tag)
      // findContainerdVersionUrl: amd64 ≥ 1.6.0 release, ≥ 1.3.8 bundle, ≥ 1.3.4 legacy GCS; arm64 ≥ 1.6.0 release.
      for (const t of ['sv.LT(semver.MustParse("1.3.4"))', 'sv.GTE(semver.MustParse("1.6.0"))', 'sv.GTE(semver.MustParse("1.3.8"))']) requireText(src, t, path, tag)
      for (const [v, hash] of Object.entries(amd64)) {
        if (!gte(v, '1.3.4')) continue
        const url = gte(v, '1.6.0') ? sprintf(release.amd64, v, v) : gte(v, '1.3.8') ? sprintf(bundle, v, v) : sprintf(legacy, v)
        const base = url.startsWith(CRI_CONTAINERD_BASE) ? CRI_CONTAINERD_BASE : CONTAINERD_BASE
        add(...splitUrl(url, base), hash, path, 'findAllContainerdHashesAmd64', tag)
      }
      // Below 1.6.0 arm64 uses a Docker tarball and the Docker table's hash (covered by docker.go below).
      for (const [v, hash] of Object.entries(arm64)) if (gte(v, '1.6.0')) add(...splitUrl(sprintf(release.arm64, v, v), CONTAINERD_BASE), hash, path, 'findAllContainerdHashesArm64', tag)
    }
  }
  {
    const path = 'upup/pkg/fi/cloudup/docker.go'
    const src = show(tag, path)
    const amd64 = src && goMap(src, 'findAllDockerHashesAmd64')
    if (amd64) {
      const arm64 = goMap(src, 'findAllDockerHashesArm64') ?? {}
      const url = {
        amd64: goConst(src, 'dockerVersionUrlAmd64', path, tag),
        arm64: goConst(src, 'dockerVersionUrlArm64', path, tag),
        legacyAmd64: goConst(src, 'dockerLegacyUrlAmd64', path, tag),
        legacyArm64: goConst(src, 'dockerLegacyUrlArm64', path, tag),
      }
      // findDockerVersionUrl: ≥ 18.9.0 docker-<v>.tgz, older docker-<v>-ce.tgz (arm64 from 17.9.0; below, kOps
      // substitutes 17.09.0 for URL and hash alike, so such keys name no URL of their own).
      for (const t of ['sv.LT(semver.MustParse("17.3.0"))', 'sv.GTE(semver.MustParse("18.9.0"))', 'sv.GTE(semver.MustParse("17.9.0"))']) requireText(src, t, path, tag)
      for (const [v, hash] of Object.entries(amd64)) {
        if (!gte(v, '17.3.0')) continue
        add(...splitUrl(sprintf(gte(v, '18.9.0') ? url.amd64 : url.legacyAmd64, v), DOCKER_BASE), hash, path, 'findAllDockerHashesAmd64', tag)
      }
      for (const [v, hash] of Object.entries(arm64)) {
        if (!gte(v, '17.9.0')) continue
        add(...splitUrl(sprintf(gte(v, '18.9.0') ? url.arm64 : url.legacyArm64, v), DOCKER_BASE), hash, path, 'findAllDockerHashesArm64', tag)
      }
    }
  }
  {
    const path = 'upup/pkg/fi/cloudup/runc.go'
    const src = show(tag, path)
    const amd64 = src && goMap(src, 'findAllRuncHashesAmd64')
    if (amd64) {
      const arm64 = goMap(src, 'findAllRuncHashesArm64') ?? {}
      const url = { amd64: goConst(src, 'runcVersionUrlAmd64', path, tag), arm64: goConst(src, 'runcVersionUrlArm64', path, tag) }
      requireText(src, 'sv.LT(semver.MustParse("1.1.0"))', path, tag)
      for (const [arch, table] of [['amd64', amd64], ['arm64', arm64]]) {
        for (const [v, hash] of Object.entries(table)) if (gte(v, '1.1.0')) add(...splitUrl(sprintf(url[arch], v), RUNC_BASE), hash, path, `findAllRuncHashes${arch === 'amd64' ? 'Amd64' : 'Arm64'}`, tag)
      }
    }
  }
}

if (conflicts.length) {
  console.error(`${conflicts.length} URL(s) with disagreeing hashes:\n${conflicts.join('\n')}`)
  process.exit(1)
}
const bases = [...sources.keys()].sort()
for (const a of bases) for (const b of bases) if (a !== b && b.startsWith(a)) throw new Error(`base ${a} is a prefix of ${b}`)

// ---- output ---------------------------------------------------------------------------------------------------------
// Hashes are written base64url (43 characters instead of 64 hex) to keep the file small; knownHash returns hex.
const b64 = (hex) => Buffer.from(hex, 'hex').toString('base64url')
const natural = (a, b) => a.localeCompare(b, 'en', { numeric: true })
const lines = []
lines.push(
  '// Generated by scripts/generate-hashes.mjs from a kubernetes/kops clone; do not edit by hand.',
  '// The sha256 of every file whose hash kOps carries in its own source, keyed by the canonical URL it looks the hash up',
  '// by: filestore base → directory under it → `name=<sha256 as base64url>` pairs separated by spaces (43 characters',
  '// instead of 64 hex digits; knownHash in ../hashes.ts decodes to hex). A file\'s hash is a fact about the file, so the',
  '// entries are unioned over kOps tags and hold for every release. Under each base, every source is cited as',
  '// kubernetes/kops:<path>@<first tag> … @<last tag> (N tags), counting the tags whose copy holds entries for that base.',
  `// pkg/assets/assetdata/*.yaml is read at every tag from ${assetTags[0]} to ${assetTags.at(-1)}; base + name is the URL as`,
  `// data.go joins them (strings.HasPrefix / TrimPrefix; ${dataGo.size === 1 ? 'the same data.go at every one of these tags' : `${dataGo.size} versions of data.go`}).`,
  '// The Go tables of upup/pkg/fi/cloudup/{containerd,docker,runc}.go (v1.26 … v1.29) are filed under the URL kOps builds',
  '// for each version and arch at that tag: containerd amd64 ≥ 1.6.0 release tarball, ≥ 1.3.8 cri-containerd-cni bundle,',
  '// older the cri-containerd-release GCS tarball; arm64 ≥ 1.6.0 release tarball (older arm64 versions use a Docker tarball,',
  '// whose hash is the Docker table\'s); Docker ≥ 18.09 docker-<v>.tgz, older docker-<v>-ce.tgz; runc runc.<arch>.',
  ...[...skipped.values()].map(({ url, value, path, tags }) => {
    const t = [...tags].sort(compareTags)
    return `// Not carried: ${url}, whose sha256 is ${JSON.stringify(value)} in kubernetes/kops:${path}@${t[0]}${t.length > 1 ? ` … @${t.at(-1)}` : ''} (${t.length} tag${t.length > 1 ? 's' : ''}).`
  }),
  `// ${byUrl.size} URLs.`,
  '',
  'export const KNOWN_HASHES: Readonly<Record<string, Readonly<Record<string, string>>>> = {',
)
for (const base of bases) {
  const perBase = sources.get(base)
  for (const label of [...perBase.keys()].sort()) {
    const { path, detail, tags } = perBase.get(label)
    const t = [...tags].sort(compareTags)
    lines.push(`  // kubernetes/kops:${path}@${t[0]}${t.length > 1 ? ` … @${t.at(-1)}` : ''} (${t.length} tag${t.length > 1 ? 's' : ''})${detail ? ` ${detail}` : ''}`)
  }
  lines.push(`  ${JSON.stringify(base).replaceAll('"', "'")}: {`)
  const dirs = new Map()
  for (const e of byUrl.values()) {
    if (e.base !== base) continue
    const cut = e.rest.lastIndexOf('/') + 1
    const dir = e.rest.slice(0, cut)
    if (!dirs.has(dir)) dirs.set(dir, [])
    dirs.get(dir).push([e.rest.slice(cut), e.hash])
  }
  for (const dir of [...dirs.keys()].sort(natural)) {
    const files = dirs.get(dir).sort(([a], [b]) => natural(a, b))
    lines.push(`    '${dir}': '${files.map(([n, h]) => `${n}=${b64(h)}`).join(' ')}',`)
  }
  lines.push('  },')
}
lines.push('}', '')
const text = lines.join('\n')
if (/'/.test([...byUrl.keys()].join(''))) throw new Error('a URL contains a quote')

if (stdout) {
  process.stdout.write(text)
} else if (check) {
  const current = readFileSync(OUT, 'utf8')
  if (current !== text) {
    console.error(`${OUT} is stale; run node scripts/generate-hashes.mjs <kops clone>`)
    process.exit(1)
  }
  console.log(`${OUT} is up to date (${byUrl.size} URLs)`)
} else {
  writeFileSync(OUT, text)
  console.log(`wrote ${OUT}: ${byUrl.size} URLs, ${Buffer.byteLength(text)} bytes`)
}
