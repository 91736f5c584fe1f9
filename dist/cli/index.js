#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/manifests/model.ts
function model_packages(doc, base) {
    return {
        urlAmd64: doc.string([...base, 'urlAmd64']),
        hashAmd64: doc.string([...base, 'hashAmd64']),
        urlArm64: doc.string([...base, 'urlArm64']),
        hashArm64: doc.string([...base, 'hashArm64']),
    };
}
function readContainerd(doc) {
    const c = ['spec', 'containerd'];
    return {
        at: doc.present(c),
        version: doc.string([...c, 'version']),
        skipInstall: doc.boolean([...c, 'skipInstall']),
        packages: model_packages(doc, [...c, 'packages']),
        runc: { at: doc.present([...c, 'runc']), version: doc.string([...c, 'runc', 'version']), packages: model_packages(doc, [...c, 'runc', 'packages']) },
        installCriCtl: doc.boolean([...c, 'installCriCtl']),
        installNerdCtl: doc.boolean([...c, 'installNerdCtl']),
    };
}
/** CNI keys kOps knows under spec.networking (pkg/apis/kops/networking.go). */
const CNI_KEYS = ['amazonvpc', 'calico', 'canal', 'cilium', 'cni', 'external', 'flannel', 'gcp', 'gce', 'kindnet', 'kopeio', 'kubenet', 'kuberouter', 'romana', 'weave', 'classic', 'lyftvpc'];
function readCluster(doc) {
    let cloudProvider = doc.string(['spec', 'cloudProvider']);
    if (!cloudProvider) {
        const key = doc.keys(['spec', 'cloudProvider'])[0];
        const at = doc.present(['spec', 'cloudProvider', key ?? '']);
        if (key && at)
            cloudProvider = { ...at, value: key };
    }
    const netKey = doc.keys(['spec', 'networking']).find((k) => CNI_KEYS.includes(k));
    const netAt = netKey ? doc.present(['spec', 'networking', netKey]) : null;
    return {
        doc,
        name: doc.string(['metadata', 'name']),
        kubernetesVersion: doc.string(['spec', 'kubernetesVersion']),
        cloudProvider,
        containerRuntime: doc.string(['spec', 'containerRuntime']),
        containerd: readContainerd(doc),
        docker: doc.present(['spec', 'docker']),
        networking: netKey && netAt ? { ...netAt, value: netKey } : null,
        fileRepository: doc.string(['spec', 'assets', 'fileRepository']),
        dnsType: doc.string(['spec', 'topology', 'dns', 'type']) ?? doc.string(['spec', 'networking', 'topology', 'dns']),
        awsBinariesLocation: doc.string(['spec', 'cloudProvider', 'aws', 'binariesLocation']),
        gceBinariesLocation: doc.string(['spec', 'cloudProvider', 'gce', 'binariesLocation']),
    };
}
const ROLES = { master: 'ControlPlane', controlplane: 'ControlPlane', apiserver: 'APIServer', node: 'Node', bastion: 'Bastion' };
/** AWS Graviton families (a1, m6g, c7gn, t4g, x2gd, im4gn, is4gen, hpc7g, g5g …) and GCE/Azure Arm shapes. */
const ARM64_MACHINE = /^(?:a1|[a-z]+\d+g[a-z]*|hpc\d+g)\.|^(?:t2a|c4a|n4a|c3a?-arm)-|^standard_[a-z]+\d+p[a-z]*_v\d/i;
function archesOf(machineTypes, image) {
    if (image) {
        if (/arm64|aarch64/i.test(image))
            return ['arm64'];
        if (/amd64|x86_64|x86-64/i.test(image))
            return ['amd64'];
    }
    if (machineTypes.length === 0)
        return null;
    const set = new Set(machineTypes.map((m) => (ARM64_MACHINE.test(m) ? 'arm64' : 'amd64')));
    return [...set].sort();
}
function readInstanceGroup(doc) {
    const roleAt = doc.string(['spec', 'role']);
    const role = ROLES[(roleAt?.value ?? 'node').toLowerCase()] ?? 'Node';
    const machineType = doc.string(['spec', 'machineType']);
    const mixed = doc.strings(['spec', 'mixedInstancesPolicy', 'instances']).map((s) => s.value);
    const image = doc.string(['spec', 'image']);
    return {
        doc,
        name: doc.string(['metadata', 'name']),
        role,
        roleAt,
        clusterLabel: doc.string(['metadata', 'labels', 'kops.k8s.io/cluster']),
        image,
        machineType,
        containerd: readContainerd(doc),
        arches: archesOf([...(machineType ? machineType.value.split(',').map((s) => s.trim()) : []), ...mixed], image?.value ?? null),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/manifests/templates.ts
/** Marker written in place of an inline template expression; values containing it are unresolved. */
const TEMPLATE_MARKER = 'KPTPL';
const EXPRESSION = /\{\{[\s\S]*?\}\}/g;
/** Go template keywords that may stand alone in an action. */
const KEYWORDS = new Set(['end', 'else', 'break', 'continue', 'nil']);
/**
 * Whether `{{ … }}` is a Go template action. A bare identifier such as `{{SessionNameRaw}}` or `{{EC2PrivateDNSName}}`
 * is literal text that other tools substitute (aws-iam-authenticator mappings): in a Go template it would be a call
 * of an undefined function, which no template kOps renders can contain.
 */
function isTemplateAction(expr) {
    const inner = expr.slice(2, -2).replace(/^-\s*/, '').replace(/\s*-$/, '').trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(inner))
        return true;
    return KEYWORDS.has(inner);
}
/** Converts a string offset into a 1-based line/column using precomputed line starts. */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return starts;
}
function offsetToLineCol(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function spanToPosition(starts, start, end) {
    const a = offsetToLineCol(starts, start);
    const b = offsetToLineCol(starts, end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
/**
 * Replaces every `{{ … }}` with text of the same length so that positions stay exact:
 * a line holding only template actions becomes blank (control flow such as `{{ range }}`
 * or `{{ end }}`); an expression inside a value becomes the marker padded with `_`.
 */
function maskTemplates(text) {
    const expressions = [];
    if (!text.includes('{{'))
        return { text, expressions };
    const starts = lineStarts(text);
    const chars = text.split('');
    for (const m of text.matchAll(EXPRESSION)) {
        if (!isTemplateAction(m[0]))
            continue;
        const start = m.index;
        const end = start + m[0].length;
        expressions.push({ text: m[0], pos: spanToPosition(starts, start, end) });
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        let lineEnd = text.indexOf('\n', end);
        if (lineEnd === -1)
            lineEnd = text.length;
        const rest = (text.slice(lineStart, start) + text.slice(end, lineEnd)).replace(EXPRESSION, (e) => (isTemplateAction(e) ? '' : e));
        const standalone = rest.trim() === '';
        for (let i = start; i < end; i++) {
            if (chars[i] === '\n' || chars[i] === '\r')
                continue;
            chars[i] = standalone ? ' ' : i - start < TEMPLATE_MARKER.length ? TEMPLATE_MARKER[i - start] : '_';
        }
    }
    return { text: chars.join(''), expressions };
}
/** Whether a scalar read from YAML depends on something this tool cannot evaluate: a masked template or `${VAR}`. */
function isUnresolved(value) {
    return value.includes(TEMPLATE_MARKER) || /\$\{[^}]*\}/.test(value);
}

;// CONCATENATED MODULE: ./src/manifests/parse.ts
// Finds kOps Cluster / InstanceGroup documents in a file by content and parses them, keeping positions.


/** One kOps document, with typed access to its values and their positions. */
class KopsDocument {
    kind;
    file;
    apiVersion;
    at;
    root;
    starts;
    offset;
    constructor(kind, file, apiVersion, 
    /** Where the document's `kind:` value is. */
    at, root, starts, offset) {
        this.kind = kind;
        this.file = file;
        this.apiVersion = apiVersion;
        this.at = at;
        this.root = root;
        this.starts = starts;
        this.offset = offset;
    }
    /** The node at a dotted path (map keys only; a key may itself contain dots when given as an array element). */
    node(path) {
        let cur = this.root;
        for (const key of path) {
            if (!(0,dist/* isMap */.jh)(cur))
                return null;
            let found = null;
            // Last occurrence wins when a key is repeated (the duplicate itself is reported as manifest-invalid).
            for (const item of cur.items)
                if ((0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === key)
                    found = item.value;
            cur = found;
        }
        return cur ?? null;
    }
    position(node) {
        const r = node.range ?? [0, 0, 0];
        return spanToPosition(this.starts, this.offset + r[0], this.offset + r[1]);
    }
    /** A scalar value with its position; maps, sequences and missing values give null. */
    scalar(path) {
        const n = this.node(path);
        if (!(0,dist/* isScalar */.jn)(n))
            return null;
        const v = n.value;
        const value = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
        return { value, file: this.file, pos: this.position(n), path: path.join('.') };
    }
    /** A string value (numbers are turned into their source text); null when absent or not a scalar. */
    string(path) {
        const s = this.scalar(path);
        if (!s || s.value === null || s.value === undefined)
            return null;
        const n = this.node(path);
        const text = (0,dist/* isScalar */.jn)(n) && typeof n.value === 'number' && n.source !== undefined ? String(n.source) : String(s.value);
        return { ...s, value: text };
    }
    boolean(path) {
        const s = this.scalar(path);
        if (!s)
            return null;
        if (typeof s.value === 'boolean')
            return { ...s, value: s.value };
        if (s.value === 'true' || s.value === 'false')
            return { ...s, value: s.value === 'true' };
        return null;
    }
    /** A located marker for a map or any present value (its key's line), for presence checks. */
    present(path) {
        const n = this.node(path);
        if (n === null || n === undefined)
            return null;
        return { value: true, file: this.file, pos: this.position(n), path: path.join('.') };
    }
    keys(path) {
        const n = path.length ? this.node(path) : this.root;
        if (!(0,dist/* isMap */.jh)(n))
            return [];
        return n.items.filter((i) => (0,dist/* isScalar */.jn)(i.key)).map((i) => String(i.key.value));
    }
    /** Scalars of a sequence at `path`. */
    strings(path) {
        const n = this.node(path);
        if (!(0,dist/* isSeq */.oP)(n))
            return [];
        return n.items.filter(dist/* isScalar */.jn).map((s) => ({ value: String(s.value), file: this.file, pos: this.position(s), path: path.join('.') }));
    }
    /**
     * Scalars in the document whose value depends on template or shell variables. Scripts and file contents
     * (additionalUserData, fileAssets, hooks, …) are left alone: `${VAR}` there is shell syntax kOps passes through.
     */
    unresolvedScalars() {
        const out = [];
        const visit = (n, path) => {
            if (path.some((p) => CONTENT_KEYS.has(p)))
                return;
            if ((0,dist/* isMap */.jh)(n))
                for (const i of n.items)
                    visit(i.value, [...path, (0,dist/* isScalar */.jn)(i.key) ? String(i.key.value) : '?']);
            else if ((0,dist/* isSeq */.oP)(n))
                n.items.forEach((c, k) => visit(c, [...path, String(k)]));
            else if ((0,dist/* isScalar */.jn)(n) && typeof n.value === 'string' && isUnresolved(n.value))
                out.push({ value: n.value, file: this.file, pos: this.position(n), path: path.join('.') });
        };
        visit(this.root, []);
        return out;
    }
}
/** Keys whose values are scripts, manifests or file contents handed to the node or cluster as they are. */
const CONTENT_KEYS = new Set(['additionalUserData', 'fileAssets', 'hooks', 'content', 'manifest', 'execContainer', 'before', 'userData']);
const API_VERSION = /^\s*apiVersion:\s*["']?kops(?:\.k8s\.io)?\/v1alpha[23]\b/m;
const KIND = /^\s*kind:\s*["']?(?:Cluster|InstanceGroup)\b/m;
const KOPS_API = /^kops(?:\.k8s\.io)?\/v1alpha[23]$/;
/** Cheap content sniff: does this file look like it holds a kOps Cluster or InstanceGroup? */
function looksLikeKopsManifest(text) {
    return API_VERSION.test(text) && KIND.test(text);
}
/**
 * Splits where a top-level `apiVersion:` starts a new object without a `---` before it.
 * Such files are rejected by kOps (duplicate keys), but each object is still checked.
 */
function chunks(text) {
    const out = [{ start: 0, unseparated: false }];
    let seenObject = false;
    let separated = true;
    let lineStart = 0;
    for (const line of text.split('\n')) {
        const isApi = /^apiVersion:/.test(line);
        if (isApi) {
            if (seenObject && !separated)
                out.push({ start: lineStart, unseparated: true });
            seenObject = true;
            separated = false;
        }
        else if (/^---(\s|$)/.test(line) || /^\.\.\.(\s|$)/.test(line))
            separated = true;
        lineStart += line.length + 1;
    }
    return out;
}
function parseManifestFile(file, raw) {
    const { text, expressions } = maskTemplates(raw);
    const problems = expressions.map((e) => ({
        ruleId: 'manifest-not-evaluated',
        messageId: 'templateExpression',
        file,
        pos: e.pos,
        data: { expression: e.text.length > 120 ? e.text.slice(0, 117) + '...' : e.text },
    }));
    const starts = lineStarts(text);
    const docs = [];
    const parts = chunks(text);
    parts.forEach((part, i) => {
        const end = i + 1 < parts.length ? parts[i + 1].start : text.length;
        const chunk = text.slice(part.start, end);
        if (part.unseparated)
            problems.push({
                ruleId: 'manifest-invalid',
                messageId: 'missingSeparator',
                file,
                pos: spanToPosition(starts, part.start, part.start + 'apiVersion'.length),
                data: {},
            });
        for (const doc of (0,dist/* parseAllDocuments */.hR)(chunk, { uniqueKeys: true, prettyErrors: false })) {
            const fatal = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
            // After the first syntax error the parser's later errors are mostly consequences of it: report the first only.
            for (const e of [...doc.errors.filter((x) => x.code === 'DUPLICATE_KEY'), ...fatal.slice(0, 1)]) {
                problems.push({
                    ruleId: 'manifest-invalid',
                    messageId: e.code === 'DUPLICATE_KEY' ? 'duplicateKey' : 'yamlError',
                    file,
                    pos: spanToPosition(starts, part.start + e.pos[0], part.start + Math.max(e.pos[1], e.pos[0] + 1)),
                    data: { detail: e.message.split('\n')[0] },
                });
            }
            const root = doc.contents;
            if (!(0,dist/* isMap */.jh)(root))
                continue;
            const probe = new KopsDocument('Cluster', file, '', { line: 1, column: 1, endLine: 1, endColumn: 1 }, root, starts, part.start);
            const api = probe.string(['apiVersion']);
            const kind = probe.string(['kind']);
            if (!api || !KOPS_API.test(api.value))
                continue;
            if (!kind || (kind.value !== 'Cluster' && kind.value !== 'InstanceGroup'))
                continue;
            if (fatal.length)
                continue;
            const d = new KopsDocument(kind.value, file, api.value, kind.pos, root, starts, part.start);
            const name = d.string(['metadata', 'name']);
            if (!name)
                problems.push({ ruleId: 'manifest-invalid', messageId: 'noName', file, pos: kind.pos, data: { kind: kind.value } });
            if (!(0,dist/* isMap */.jh)(d.node(['spec'])))
                problems.push({ ruleId: 'manifest-invalid', messageId: 'noSpec', file, pos: (d.present(['spec']) ?? kind).pos, data: { kind: kind.value } });
            docs.push(d);
        }
    });
    for (const d of docs)
        for (const u of d.unresolvedScalars())
            if (!u.value.includes('KPTPL'))
                problems.push({ ruleId: 'manifest-not-evaluated', messageId: 'variable', file, pos: u.pos, data: { value: u.value, field: u.path } });
    return { file, docs, problems, templates: expressions };
}

;// CONCATENATED MODULE: ./src/manifests/group.ts


function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? '' : path.slice(0, i);
}
function readManifests(files) {
    const parsed = files.filter((f) => looksLikeKopsManifest(f.text)).map((f) => parseManifestFile(f.path, f.text));
    const clusters = [];
    const igs = [];
    for (const p of parsed)
        for (const d of p.docs) {
            if (d.kind === 'Cluster') {
                const c = readCluster(d);
                clusters.push({ cluster: c, file: d.file, instanceGroups: [], files: [d.file] });
            }
            else
                igs.push(readInstanceGroup(d));
        }
    const orphans = new Map();
    for (const ig of igs) {
        const label = ig.clusterLabel?.value;
        const file = ig.doc.file;
        const byName = label ? clusters.filter((c) => c.cluster?.name?.value === label) : [];
        // Several clusters of one name (e.g. a template and its rendered output): prefer the same file, then the same directory.
        const target = byName.find((c) => c.file === file) ??
            byName.find((c) => dirOf(c.file) === dirOf(file)) ??
            byName[0] ??
            (label ? undefined : clusters.find((c) => c.file === file && clusters.filter((o) => o.file === file).length === 1));
        if (target) {
            target.instanceGroups.push(ig);
            if (!target.files.includes(file))
                target.files.push(file);
            continue;
        }
        const key = label ? `label:${label}` : `file:${file}`;
        let g = orphans.get(key);
        if (!g) {
            g = { cluster: null, file, instanceGroups: [], files: [] };
            orphans.set(key, g);
        }
        g.instanceGroups.push(ig);
        if (!g.files.includes(file))
            g.files.push(file);
    }
    return { groups: [...clusters, ...orphans.values()], problems: parsed.flatMap((p) => p.problems), parsed };
}

;// CONCATENATED MODULE: ./src/pins/position.ts
// Turns string offsets into 1-based Positions (end column exclusive) and locates YAML scalar values.

/** Offsets at which each line of `text` starts; lines end at `\n`. */
function position_lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    }
    return starts;
}
/** A LinePosOf over `text`, computed once and reused for many offsets. */
function linePosOf(text) {
    const starts = position_lineStarts(text);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, col: offset - starts[lo] + 1 };
    };
}
/** The Position of the half-open span [start, end). */
function spanPosition(posOf, start, end) {
    const a = posOf(start);
    const b = posOf(end);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
/** The Position of the half-open span [start, end) of `text`. */
function positionOf(text, start, end) {
    return spanPosition(linePosOf(text), start, end);
}
/** The value span of a YAML scalar as written (quotes excluded), or null for block scalars, empty values and non-scalars. */
function yamlScalarSpan(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.range == null)
        return null;
    const [start, end] = node.range;
    let span;
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
        span = [start + 1, end - 1];
    else if (node.type === 'PLAIN' || node.type === undefined)
        span = [start, end];
    else
        return null;
    return span[1] > span[0] ? span : null;
}
/**
 * Whether collections nest deeper than `limit`, counting flow brackets and block indicators opening one line
 * (`- - - x`); such text is not handed to the YAML parser, whose recursion it could exhaust.
 */
function nestsTooDeep(text, limit = 256) {
    let depth = 0;
    let lineIndicators = 0;
    let atLineStart = true;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a) {
            atLineStart = true;
            lineIndicators = 0;
        }
        else if (c === 0x5b || c === 0x7b) {
            atLineStart = false;
            if (++depth > limit)
                return true;
        }
        else if (c === 0x5d || c === 0x7d) {
            atLineStart = false;
            if (depth > 0)
                depth--;
        }
        else if (atLineStart && (c === 0x2d || c === 0x3f || c === 0x3a)) {
            const next = text.charCodeAt(i + 1);
            if (next === 0x20 || next === 0x09) {
                if (++lineIndicators > limit)
                    return true;
            }
            else
                atLineStart = false;
        }
        else if (c !== 0x20 && c !== 0x09 && c !== 0x0d)
            atLineStart = false;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/pins/normalise.ts

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const PARTIAL_OR_WILDCARD = /^(?:\d+|[xX*])(?:\.(?:\d+|[xX*])){0,2}$/;
const RANGE_OPERATOR = /^(?:>=|<=|>|<|==?|~>|~=|~|\^|!=)\s*v?(?:\d|[xX*](?:\.|$))/;
const HYPHEN_RANGE = /^v?\d[\w.*-]*\s+-\s+v?\d/;
/** Removes one pair of matching surrounding quotes. */
function stripQuotes(value) {
    if (value.length >= 2) {
        const q = value[0];
        if ((q === '"' || q === "'") && value[value.length - 1] === q)
            return value.slice(1, -1);
    }
    return value;
}
/** Normalises a version as written: quotes and a leading `v` go; variables, ranges and words are skipped. */
function normaliseVersion(raw) {
    const s = stripQuotes(raw.trim()).trim();
    if (/\$|\{\{|%/.test(s))
        return { version: null, skipReason: 'contains-variable' };
    const bare = /^[vV]\d/.test(s) ? s.slice(1) : s;
    if (SEMVER.test(bare))
        return { version: bare };
    if (PARTIAL_OR_WILDCARD.test(bare))
        return { version: null, skipReason: 'range' };
    if (RANGE_OPERATOR.test(s) || HYPHEN_RANGE.test(s) || (s.includes('||') && /\d/.test(s))) {
        return { version: null, skipReason: 'range' };
    }
    return { version: null, skipReason: 'not-a-version' };
}
/** A pin for the token text[start, end), which must exclude any quotes. */
function makePin(source, file, text, posOf, start, end) {
    const raw = text.slice(start, end);
    const { version, skipReason } = normaliseVersion(raw);
    const pin = { source, file, pos: spanPosition(posOf, start, end), raw, version };
    if (skipReason !== undefined)
        pin.skipReason = skipReason;
    return pin;
}
/** Narrows [start, end) to the inside of a quoted token, if it is quoted. */
function unquoteSpan(text, start, end) {
    if (end - start >= 2) {
        const q = text[start];
        if ((q === '"' || q === "'") && text[end - 1] === q)
            return [start + 1, end - 1];
    }
    return [start, end];
}
/** Span of the trimmed content of text[start, end). */
function trimSpan(text, start, end) {
    while (start < end && /\s/.test(text[start]))
        start++;
    while (end > start && /\s/.test(text[end - 1]))
        end--;
    return [start, end];
}
// One path segment of a version, allowing template and shell expansions such as ${{ env.X }}, $(cmd) and ${X}.
// Each alternative starts differently, so a segment has a single reading (no exponential backtracking).
const URL_VERSION_TOKEN = String.raw `(?:\$\{\{[^}\n]*\}\}|\$\{[^{}\n][^}\n]*\}|\$\([^)\n]*\)|\$(?![{(])|\{\{[^}\n]*\}\}|[^/\s"'\x60\\{}()<>|;&$])+`;
const DOWNLOAD_URL = new RegExp(String.raw `https?://(?:github\.com/kubernetes/kops/releases/(?:download/|(?=latest/download/))|artifacts\.k8s\.io/binaries/kops/|kubeupv2\.s3\.amazonaws\.com/kops/)(${URL_VERSION_TOKEN})/`, 'g');
/** Spans of the version segment of every kOps release download URL in text[from, to). */
function downloadUrlVersions(text, from = 0, to = text.length) {
    const spans = [];
    const slice = text.slice(from, to);
    DOWNLOAD_URL.lastIndex = 0;
    for (let m = DOWNLOAD_URL.exec(slice); m !== null; m = DOWNLOAD_URL.exec(slice)) {
        const token = m[1];
        const start = from + m.index + m[0].length - 1 - token.length;
        spans.push([start, start + token.length]);
    }
    return spans;
}
/** Forward slashes, no leading `./`. */
function normalisePath(path) {
    return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
/** The last segment of a path. */
function baseName(path) {
    const p = normalisePath(path);
    return p.slice(p.lastIndexOf('/') + 1);
}
/** Pins in file order (line, then column); stable for ties. */
function sortPins(pins) {
    return pins
        .map((pin, i) => ({ pin, i }))
        .sort((a, b) => a.pin.pos.line - b.pin.pos.line || a.pin.pos.column - b.pin.pos.column || a.i - b.i)
        .map((x) => x.pin);
}

;// CONCATENATED MODULE: ./src/pins/tool-versions.ts


const ID = 'tool-versions';
function extract(text, path) {
    const pins = [];
    const posOf = linePosOf(text);
    let lineStart = 0;
    while (lineStart <= text.length) {
        const nl = text.indexOf('\n', lineStart);
        const lineEnd = nl === -1 ? text.length : nl;
        const line = text.slice(lineStart, lineEnd);
        const hash = line.indexOf('#');
        const content = hash === -1 ? line : line.slice(0, hash);
        const words = [];
        const re = /[^\s]+/g;
        for (let m = re.exec(content); m !== null && words.length < 2; m = re.exec(content)) {
            words.push([lineStart + m.index, lineStart + m.index + m[0].length]);
        }
        if (words.length === 2 && text.slice(words[0][0], words[0][1]) === 'kops') {
            const [start, end] = unquoteSpan(text, words[1][0], words[1][1]);
            if (end > start)
                pins.push(makePin(ID, path, text, posOf, start, end));
        }
        if (nl === -1)
            break;
        lineStart = nl + 1;
    }
    return sortPins(pins);
}
const toolVersions = {
    id: ID,
    describe: '`.tool-versions` (asdf, mise): `kops 1.29.0`',
    matches: (path) => baseName(path) === '.tool-versions',
    extract: (text, path) => {
        try {
            return extract(text, path);
        }
        catch {
            return [];
        }
    },
};

;// CONCATENATED MODULE: ./src/pins/mise-toml.ts


const mise_toml_ID = 'mise-toml';
const BARE_KEY = /[A-Za-z0-9_-]/;
/** Reads key/value entries with their full key paths; tolerant of anything it does not understand. */
class Scanner {
    text;
    i = 0;
    constructor(text) {
        this.text = text;
    }
    entries() {
        const out = [];
        const t = this.text;
        let table = [];
        while (true) {
            this.skipBlank(true);
            if (this.i >= t.length)
                break;
            const lineStart = this.i;
            if (t[this.i] === '[') {
                const double = t[this.i + 1] === '[';
                this.i += double ? 2 : 1;
                const key = this.key();
                this.skipBlank(false);
                table = key !== null && t[this.i] === ']' ? key : ['\u0000'];
            }
            else {
                const key = this.key();
                this.skipBlank(false);
                if (key !== null && t[this.i] === '=') {
                    this.i++;
                    this.skipBlank(false);
                    out.push({ key: [...table, ...key], value: this.value() });
                }
            }
            this.skipLine();
            if (this.i <= lineStart)
                this.i = lineStart + 1;
        }
        return out;
    }
    /** Skips spaces and comments; also newlines when `newlines` is set. */
    skipBlank(newlines) {
        const t = this.text;
        while (this.i < t.length) {
            const c = t[this.i];
            if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n'))
                this.i++;
            else if (c === '#') {
                const nl = t.indexOf('\n', this.i);
                this.i = nl === -1 ? t.length : newlines ? nl + 1 : nl;
            }
            else
                break;
        }
    }
    skipLine() {
        const nl = this.text.indexOf('\n', this.i);
        this.i = nl === -1 ? this.text.length : nl + 1;
    }
    /** A dotted key, or null. */
    key() {
        const t = this.text;
        const parts = [];
        while (true) {
            this.skipBlank(false);
            const c = t[this.i];
            if (c === '"' || c === "'") {
                const s = this.quoted();
                if (s === null)
                    return null;
                parts.push(unescapeBasic(t.slice(s.start, s.end), c));
            }
            else {
                const from = this.i;
                while (this.i < t.length && BARE_KEY.test(t[this.i]))
                    this.i++;
                if (this.i === from)
                    return null;
                parts.push(t.slice(from, this.i));
            }
            this.skipBlank(false);
            if (t[this.i] !== '.')
                return parts;
            this.i++;
        }
    }
    /** A single-line quoted string starting at the current quote, or null if unterminated. */
    quoted() {
        const t = this.text;
        const q = t[this.i];
        const start = this.i + 1;
        let j = start;
        while (j < t.length && t[j] !== q && t[j] !== '\n')
            j += q === '"' && t[j] === '\\' ? 2 : 1;
        if (j >= t.length || t[j] !== q)
            return null;
        this.i = j + 1;
        return { kind: 'string', start, end: j };
    }
    value() {
        const t = this.text;
        const c = t[this.i];
        if ((c === '"' || c === "'") && t.startsWith(c.repeat(3), this.i)) {
            const delim = c.repeat(3);
            let start = this.i + 3;
            if (t[start] === '\n')
                start++;
            else if (t[start] === '\r' && t[start + 1] === '\n')
                start += 2;
            let j = start;
            while (j < t.length && !t.startsWith(delim, j))
                j += c === '"' && t[j] === '\\' ? 2 : 1;
            if (j >= t.length) {
                this.i = t.length;
                return { kind: 'other' };
            }
            this.i = j + 3;
            return { kind: 'string', start, end: j };
        }
        if (c === '"' || c === "'")
            return this.quoted() ?? { kind: 'other' };
        if (c === '[') {
            this.i++;
            const items = [];
            while (true) {
                this.skipBlank(true);
                if (this.i >= t.length)
                    break;
                if (t[this.i] === ']') {
                    this.i++;
                    break;
                }
                const before = this.i;
                items.push(this.value());
                this.skipBlank(true);
                if (t[this.i] === ',')
                    this.i++;
                else if (t[this.i] === ']') {
                    this.i++;
                    break;
                }
                else if (this.i === before || this.i >= t.length)
                    break;
            }
            return { kind: 'array', items };
        }
        if (c === '{') {
            this.i++;
            const entries = [];
            while (true) {
                this.skipBlank(true);
                if (this.i >= t.length)
                    break;
                if (t[this.i] === '}') {
                    this.i++;
                    break;
                }
                const key = this.key();
                this.skipBlank(false);
                if (key === null || t[this.i] !== '=')
                    break;
                this.i++;
                this.skipBlank(false);
                entries.push({ key, value: this.value() });
                this.skipBlank(true);
                if (t[this.i] === ',')
                    this.i++;
                else if (t[this.i] === '}') {
                    this.i++;
                    break;
                }
                else
                    break;
            }
            return { kind: 'table', entries };
        }
        while (this.i < t.length && !/[\n,\]}#]/.test(t[this.i]))
            this.i++;
        return { kind: 'other' };
    }
}
function unescapeBasic(s, quote) {
    if (quote !== '"')
        return s;
    return s.replace(/\\(["\\/])/g, '$1');
}
/** `kops`, or a backend-qualified kOps tool such as `aqua:kubernetes/kops`, `ubi:kubernetes/kops[exe=kops]`, `asdf:kops`. */
function isKopsTool(name) {
    const bare = name.trim().replace(/\[[^\]]*\]$/, '').toLowerCase();
    return bare === 'kops' || /^[a-z0-9_-]+:(?:kubernetes\/)?kops$/.test(bare);
}
function collect(entry, emit) {
    const [root, tool, field, ...rest] = entry.key;
    if (root !== 'tools')
        return;
    if (tool === undefined) {
        if (entry.value.kind === 'table') {
            for (const e of entry.value.entries)
                collect({ key: ['tools', ...e.key], value: e.value }, emit);
        }
        return;
    }
    if (!isKopsTool(tool))
        return;
    if (field === undefined)
        toolValue(entry.value, emit);
    else if (field === 'version' && rest.length === 0 && entry.value.kind === 'string')
        emit(entry.value);
}
/** `"1.29.0"`, `["1.29.0", …]` (the first is the active one) or `{ version = "1.29.0" }`. */
function toolValue(value, emit) {
    if (value.kind === 'string')
        emit(value);
    else if (value.kind === 'array') {
        const first = value.items[0];
        if (first !== undefined && first.kind !== 'array')
            toolValue(first, emit);
    }
    else if (value.kind === 'table') {
        for (const e of value.entries) {
            if (e.key.length === 1 && e.key[0] === 'version' && e.value.kind === 'string')
                emit(e.value);
        }
    }
}
function mise_toml_extract(text, path) {
    const pins = [];
    let posOf;
    for (const entry of new Scanner(text).entries()) {
        collect(entry, (v) => {
            if (v.end <= v.start)
                return;
            posOf ??= linePosOf(text);
            pins.push(makePin(mise_toml_ID, path, text, posOf, v.start, v.end));
        });
    }
    return sortPins(pins);
}
function matches(path) {
    const p = normalisePath(path);
    if (/^\.?mise(?:\.[A-Za-z0-9_-]+)?\.toml$/.test(baseName(p)))
        return true;
    return /(?:^|\/)\.?mise\/config(?:\.[A-Za-z0-9_-]+)?\.toml$/.test(p) || /(?:^|\/)\.config\/mise\/conf\.d\/[^/]+\.toml$/.test(p);
}
const miseToml = {
    id: mise_toml_ID,
    describe: 'mise config (`mise.toml`, `.mise.toml`, `.config/mise/config.toml`, …): `[tools] kops = "1.29.0"`',
    matches,
    extract: (text, path) => {
        try {
            return mise_toml_extract(text, path);
        }
        catch {
            return [];
        }
    },
};

;// CONCATENATED MODULE: ./src/pins/aqua-yaml.ts
// Pins from aqua configs: `packages: - name: kubernetes/kops@v1.29.0`, or `name: kubernetes/kops` with `version:`.



const aqua_yaml_ID = 'aqua-yaml';
const PACKAGE = 'kubernetes/kops';
function get(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    for (const pair of map.items) {
        if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key)
            return pair.value;
    }
    return undefined;
}
function packageVersionSpan(text, item) {
    const nameNode = get(item, 'name');
    if (!(0,dist/* isScalar */.jn)(nameNode) || typeof nameNode.value !== 'string')
        return null;
    const name = nameNode.value.trim();
    const at = name.indexOf('@');
    if ((at === -1 ? name : name.slice(0, at)).toLowerCase() !== PACKAGE)
        return null;
    const versionSpan = yamlScalarSpan(get(item, 'version'));
    if (versionSpan !== null)
        return versionSpan;
    if (at === -1)
        return null;
    const nameSpan = yamlScalarSpan(nameNode);
    if (nameSpan === null)
        return null;
    const rawAt = text.indexOf('@', nameSpan[0]);
    if (rawAt === -1 || rawAt >= nameSpan[1])
        return null;
    let end = nameSpan[1];
    while (end > rawAt + 1 && /\s/.test(text[end - 1]))
        end--;
    return end > rawAt + 1 ? [rawAt + 1, end] : null;
}
function aqua_yaml_extract(text, path) {
    const pins = [];
    if (nestsTooDeep(text))
        return pins;
    const lineCounter = new dist/* LineCounter */.HN();
    const posOf = (offset) => lineCounter.linePos(offset);
    for (const doc of (0,dist/* parseAllDocuments */.hR)(text, { lineCounter })) {
        const packages = get(doc.contents, 'packages');
        if (!(0,dist/* isSeq */.oP)(packages))
            continue;
        for (const item of packages.items) {
            const span = packageVersionSpan(text, item);
            if (span !== null)
                pins.push(makePin(aqua_yaml_ID, path, text, posOf, span[0], span[1]));
        }
    }
    return sortPins(pins);
}
function aqua_yaml_matches(path) {
    const p = normalisePath(path);
    return /^\.?aqua\.ya?ml$/.test(baseName(p)) || /(?:^|\/)\.?aqua\/(?:[^/]+\/)*[^/]+\.ya?ml$/.test(p);
}
const aquaYaml = {
    id: aqua_yaml_ID,
    describe: 'aqua (`aqua.yaml`, `aqua/*.yaml`): `packages: - name: kubernetes/kops@v1.29.0`',
    matches: aqua_yaml_matches,
    extract: (text, path) => {
        try {
            return aqua_yaml_extract(text, path);
        }
        catch {
            return [];
        }
    },
};

;// CONCATENATED MODULE: ./src/pins/workflow.ts
// Pins from GitHub workflows and composite actions: KOPS_VERSION env values, kops-version inputs and kOps download URLs.



const workflow_ID = 'github-workflow';
const ENV_KEY = /^KOPS_VERSION$/i;
const INPUT_KEY = /^kops[-_]version$/i;
function keyOf(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : null;
}
function workflow_get(map, key) {
    for (const pair of map.items)
        if (keyOf(pair) === key)
            return pair.value;
    return undefined;
}
function workflow_extract(text, path) {
    const spans = new Map();
    const add = (span) => {
        if (span !== null)
            spans.set(`${span[0]}:${span[1]}`, span);
    };
    /** Download URLs in text[from, to), skipping lines that are comments (`#` first). */
    const addUrls = (from, to) => {
        for (let start = from; start < to;) {
            const nl = text.indexOf('\n', start);
            const end = nl === -1 || nl > to ? to : nl;
            if (!/^\s*#/.test(text.slice(start, end)))
                for (const span of downloadUrlVersions(text, start, end))
                    add(span);
            start = end + 1;
        }
    };
    /** Values of an `env:`, `with:` or `inputs:` map that name the kOps version. */
    const fromMap = (kind, map, owner) => {
        const usesKops = (() => {
            const uses = workflow_get(owner, 'uses');
            return (0,dist/* isScalar */.jn)(uses) && typeof uses.value === 'string' && /kops/i.test(uses.value);
        })();
        for (const pair of map.items) {
            const key = keyOf(pair);
            if (key === null)
                continue;
            if (kind === 'env' && ENV_KEY.test(key))
                add(yamlScalarSpan(pair.value));
            else if (kind === 'with' && (INPUT_KEY.test(key) || (usesKops && key === 'version')))
                add(yamlScalarSpan(pair.value));
            else if (kind === 'inputs' && INPUT_KEY.test(key) && (0,dist/* isMap */.jh)(pair.value))
                add(yamlScalarSpan(workflow_get(pair.value, 'default')));
        }
    };
    const visit = (node, depth) => {
        if (depth > 200)
            return;
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                const key = keyOf(pair);
                if ((key === 'env' || key === 'with' || key === 'inputs') && (0,dist/* isMap */.jh)(pair.value))
                    fromMap(key, pair.value, node);
                visit(pair.value, depth + 1);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                visit(item, depth + 1);
        }
        else if ((0,dist/* isPair */.tO)(node)) {
            visit(node.value, depth + 1);
        }
        else if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.range) {
            addUrls(node.range[0], node.range[1]);
        }
    };
    let posOf;
    let broken = nestsTooDeep(text);
    if (broken)
        posOf = linePosOf(text);
    else {
        const lineCounter = new dist/* LineCounter */.HN();
        for (const doc of (0,dist/* parseAllDocuments */.hR)(text, { lineCounter })) {
            if (doc.errors.length > 0)
                broken = true;
            visit(doc.contents, 0);
        }
        posOf = (offset) => lineCounter.linePos(offset);
    }
    // A file YAML cannot read is still searched for download URLs.
    if (broken)
        addUrls(0, text.length);
    return sortPins([...spans.values()].map(([start, end]) => makePin(workflow_ID, path, text, posOf, start, end)));
}
function workflow_matches(path) {
    const p = normalisePath(path);
    return /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(p) || /(?:^|\/)\.github\/(?:[^/]+\/)*action\.ya?ml$/.test(p);
}
const githubWorkflow = {
    id: workflow_ID,
    describe: 'GitHub workflows and composite actions: `KOPS_VERSION:` env values, `kops-version` inputs, kOps download URLs',
    matches: workflow_matches,
    extract: (text, path) => {
        try {
            return workflow_extract(text, path);
        }
        catch {
            return [];
        }
    },
};

;// CONCATENATED MODULE: ./src/pins/dockerfile.ts


const dockerfile_ID = 'dockerfile';
const KEY = /^KOPS_VERSION$/i;
function physicalLines(text) {
    const lines = [];
    let start = 0;
    while (start <= text.length) {
        const nl = text.indexOf('\n', start);
        let end = nl === -1 ? text.length : nl;
        if (end > start && text[end - 1] === '\r')
            end--;
        lines.push([start, end]);
        if (nl === -1)
            break;
        start = nl + 1;
    }
    return lines;
}
const isComment = (text, [start, end]) => /^\s*#/.test(text.slice(start, end));
function logicalLines(text) {
    const out = [];
    let cur = null;
    for (const line of physicalLines(text)) {
        const [start] = line;
        let [, end] = line;
        const body = text.slice(start, end);
        if (isComment(text, line) || (cur !== null && body.trim() === ''))
            continue;
        while (end > start && /[ \t]/.test(text[end - 1]))
            end--;
        const continued = end > start && text[end - 1] === '\\';
        if (continued)
            end--;
        cur ??= { text: '', at: [] };
        for (let i = start; i < end; i++) {
            cur.text += text[i];
            cur.at.push(i);
        }
        if (!continued) {
            out.push(cur);
            cur = null;
        }
    }
    if (cur !== null)
        out.push(cur);
    return out;
}
/** Whitespace-separated words of s from `from`, keeping quoted runs together. */
function words(s, from) {
    const out = [];
    let i = from;
    while (i < s.length) {
        while (i < s.length && /\s/.test(s[i]))
            i++;
        if (i >= s.length)
            break;
        const start = i;
        let quote = null;
        while (i < s.length && (quote !== null || !/\s/.test(s[i]))) {
            const c = s[i];
            if (c === '\\' && quote !== "'")
                i++;
            else if (quote === null && (c === '"' || c === "'"))
                quote = c;
            else if (c === quote)
                quote = null;
            i++;
        }
        out.push([start, Math.min(i, s.length)]);
    }
    return out;
}
/** Spans (in the logical text) of KOPS_VERSION values of an ARG or ENV instruction. */
function assignedValues(s) {
    const m = /^\s*(ARG|ENV)\s+/i.exec(s);
    if (m === null)
        return [];
    const ws = words(s, m[0].length);
    const spans = [];
    const first = ws[0];
    if (first === undefined)
        return spans;
    const firstText = s.slice(first[0], first[1]);
    if (m[1].toUpperCase() === 'ENV' && !firstText.includes('=')) {
        // Legacy `ENV KEY value…`: the rest of the line is the value.
        if (!KEY.test(firstText) || ws.length < 2)
            return spans;
        let end = s.length;
        while (end > ws[1][0] && /\s/.test(s[end - 1]))
            end--;
        spans.push(unquoteSpan(s, ws[1][0], end));
        return spans;
    }
    for (const [start, end] of ws) {
        const eq = s.indexOf('=', start);
        if (eq === -1 || eq >= end)
            continue;
        if (!KEY.test(s.slice(start, eq)))
            continue;
        spans.push(unquoteSpan(s, eq + 1, end));
    }
    return spans;
}
function dockerfile_extract(text, path) {
    const posOf = linePosOf(text);
    const pins = [];
    for (const logical of logicalLines(text)) {
        for (const [start, end] of assignedValues(logical.text)) {
            if (end <= start)
                continue;
            pins.push(makePin(dockerfile_ID, path, text, posOf, logical.at[start], logical.at[end - 1] + 1));
        }
    }
    for (const line of physicalLines(text)) {
        if (isComment(text, line))
            continue;
        for (const [start, end] of downloadUrlVersions(text, line[0], line[1]))
            pins.push(makePin(dockerfile_ID, path, text, posOf, start, end));
    }
    return sortPins(pins);
}
function dockerfile_matches(path) {
    const name = baseName(path);
    if (/\.dockerignore$/i.test(name))
        return false;
    return /^(?:Dockerfile|Containerfile)(?:\..+)?$/i.test(name) || /.\.(?:Dockerfile|Containerfile)$/i.test(name);
}
const dockerfile = {
    id: dockerfile_ID,
    describe: 'Dockerfiles and Containerfiles: `ARG KOPS_VERSION=1.29.0`, `ENV KOPS_VERSION …`, kOps download URLs',
    matches: dockerfile_matches,
    extract: (text, path) => {
        try {
            return dockerfile_extract(text, path);
        }
        catch {
            return [];
        }
    },
};

;// CONCATENATED MODULE: ./src/pins/makefile.ts


const makefile_ID = 'makefile';
const ASSIGNMENT = /^[ ]*(?:(?:export|override|private)[ \t]+)*(KOPS_VERSION)[ \t]*(?:\?=|:::=|::=|:=|=)/i;
function makefile_extract(text, path) {
    const posOf = linePosOf(text);
    const pins = [];
    let start = 0;
    while (start <= text.length) {
        const nl = text.indexOf('\n', start);
        const end = nl === -1 ? text.length : nl;
        const line = text.slice(start, end);
        if (!/^\s*#/.test(line)) {
            const m = ASSIGNMENT.exec(line);
            if (m !== null) {
                let valueEnd = end;
                for (let i = start + m[0].length; i < end; i++) {
                    if (text[i] === '\\')
                        i++;
                    else if (text[i] === '#') {
                        valueEnd = i;
                        break;
                    }
                }
                const [vs, ve] = unquoteSpan(text, ...trimSpan(text, start + m[0].length, valueEnd));
                if (ve > vs)
                    pins.push(makePin(makefile_ID, path, text, posOf, vs, ve));
            }
            for (const [s, e] of downloadUrlVersions(text, start, end))
                pins.push(makePin(makefile_ID, path, text, posOf, s, e));
        }
        if (nl === -1)
            break;
        start = nl + 1;
    }
    return sortPins(pins);
}
function makefile_matches(path) {
    const name = baseName(path);
    return name === 'Makefile' || name === 'makefile' || name === 'GNUmakefile' || /.\.mk$/.test(name);
}
const makefile = {
    id: makefile_ID,
    describe: 'Makefiles (`Makefile`, `*.mk`): `KOPS_VERSION ?= 1.29.0`, kOps download URLs',
    matches: makefile_matches,
    extract: (text, path) => {
        try {
            return makefile_extract(text, path);
        }
        catch {
            return [];
        }
    },
};

;// CONCATENATED MODULE: ./src/pins/kops-version-txt.ts


const kops_version_txt_ID = 'kops-version-txt';
function kops_version_txt_extract(text, path) {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const [s, e] = trimSpan(text, start, text.length);
    return e > s ? [makePin(kops_version_txt_ID, path, text, linePosOf(text), s, e)] : [];
}
const kopsVersionTxt = {
    id: kops_version_txt_ID,
    describe: "A state store's `kops-version.txt`: the file content is the version",
    matches: (path) => baseName(path) === 'kops-version.txt',
    extract: (text, path) => {
        try {
            return kops_version_txt_extract(text, path);
        }
        catch {
            return [];
        }
    },
};

;// CONCATENATED MODULE: ./src/pins/index.ts








/** Every extractor, in the order their pins are reported for one file. */
const PIN_EXTRACTORS = [
    toolVersions,
    miseToml,
    aquaYaml,
    githubWorkflow,
    dockerfile,
    makefile,
    kopsVersionTxt,
];
/** Runs every matching extractor over every file; pins come in file order, then extractor order. */
function extractPins(files) {
    const pins = [];
    for (const file of files) {
        for (const extractor of PIN_EXTRACTORS) {
            if (!extractor.matches(file.path))
                continue;
            try {
                pins.push(...extractor.extract(file.text, file.path));
            }
            catch {
                // Extractors do not throw; a file that breaks one still leaves the others' pins.
            }
        }
    }
    return pins;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(node_modules_semver);
;// CONCATENATED MODULE: ./src/releases/data/releases.ts
const KOPS_RELEASES = [
    { version: '1.26.0-alpha.1', date: '2022-09-21', source: 'kubernetes/kops:version.go@v1.26.0-alpha.1' },
    { version: '1.26.0-alpha.2', date: '2022-11-25', source: 'kubernetes/kops:version.go@v1.26.0-alpha.2' },
    { version: '1.26.0-beta.1', date: '2022-12-23', source: 'kubernetes/kops:version.go@v1.26.0-beta.1' },
    { version: '1.26.0-beta.2', date: '2023-01-13', source: 'kubernetes/kops:version.go@v1.26.0-beta.2' },
    { version: '1.26.0', date: '2023-03-08', source: 'kubernetes/kops:kops-version.go@v1.26.0' },
    { version: '1.26.1', date: '2023-03-08', source: 'kubernetes/kops:kops-version.go@v1.26.1' },
    { version: '1.26.2', date: '2023-03-09', source: 'kubernetes/kops:kops-version.go@v1.26.2' },
    { version: '1.26.3', date: '2023-05-05', source: 'kubernetes/kops:kops-version.go@v1.26.3' },
    { version: '1.26.4', date: '2023-06-17', source: 'kubernetes/kops:kops-version.go@v1.26.4' },
    { version: '1.26.5', date: '2023-07-15', source: 'kubernetes/kops:kops-version.go@v1.26.5' },
    { version: '1.26.6', date: '2023-09-22', source: 'kubernetes/kops:kops-version.go@v1.26.6' },
    { version: '1.27.0-alpha.1', date: '2022-12-24', source: 'kubernetes/kops:version.go@v1.27.0-alpha.1' },
    { version: '1.27.0-alpha.2', date: '2023-05-19', source: 'kubernetes/kops:kops-version.go@v1.27.0-alpha.2' },
    { version: '1.27.0-beta.1', date: '2023-06-17', source: 'kubernetes/kops:kops-version.go@v1.27.0-beta.1' },
    { version: '1.27.0-beta.2', date: '2023-06-19', source: 'kubernetes/kops:kops-version.go@v1.27.0-beta.2' },
    { version: '1.27.0-beta.3', date: '2023-07-01', source: 'kubernetes/kops:kops-version.go@v1.27.0-beta.3' },
    { version: '1.27.0', date: '2023-07-16', source: 'kubernetes/kops:kops-version.go@v1.27.0' },
    { version: '1.27.1', date: '2023-09-02', source: 'kubernetes/kops:kops-version.go@v1.27.1' },
    { version: '1.27.2', date: '2023-11-11', source: 'kubernetes/kops:kops-version.go@v1.27.2' },
    { version: '1.27.3', date: '2024-02-01', source: 'kubernetes/kops:kops-version.go@v1.27.3' },
    { version: '1.28.0-alpha.1', date: '2023-06-24', source: 'kubernetes/kops:kops-version.go@v1.28.0-alpha.1' },
    { version: '1.28.0-alpha.2', date: '2023-08-09', source: 'kubernetes/kops:kops-version.go@v1.28.0-alpha.2' },
    { version: '1.28.0-beta.1', date: '2023-09-02', source: 'kubernetes/kops:kops-version.go@v1.28.0-beta.1' },
    { version: '1.28.0-beta.2', date: '2023-09-07', source: 'kubernetes/kops:kops-version.go@v1.28.0-beta.2' },
    { version: '1.28.0', date: '2023-09-23', source: 'kubernetes/kops:kops-version.go@v1.28.0' },
    { version: '1.28.1', date: '2023-11-11', source: 'kubernetes/kops:kops-version.go@v1.28.1' },
    { version: '1.28.2', date: '2023-12-21', source: 'kubernetes/kops:kops-version.go@v1.28.2' },
    { version: '1.28.3', date: '2024-01-23', source: 'kubernetes/kops:kops-version.go@v1.28.3' },
    { version: '1.28.4', date: '2024-02-02', source: 'kubernetes/kops:kops-version.go@v1.28.4' },
    { version: '1.28.5', date: '2024-05-10', source: 'kubernetes/kops:kops-version.go@v1.28.5' },
    { version: '1.28.6', date: '2024-07-17', source: 'kubernetes/kops:kops-version.go@v1.28.6' },
    { version: '1.28.7', date: '2024-07-19', source: 'kubernetes/kops:kops-version.go@v1.28.7' },
    { version: '1.29.0-alpha.0', date: '2023-09-02', source: 'kubernetes/kops:kops-version.go@v1.29.0-alpha.0' },
    { version: '1.29.0-alpha.1', date: '2023-09-07', source: 'kubernetes/kops:kops-version.go@v1.29.0-alpha.1' },
    { version: '1.29.0-alpha.2', date: '2023-11-11', source: 'kubernetes/kops:kops-version.go@v1.29.0-alpha.2' },
    { version: '1.29.0-alpha.3', date: '2023-12-21', source: 'kubernetes/kops:kops-version.go@v1.29.0-alpha.3' },
    { version: '1.29.0-beta.1', date: '2024-03-14', source: 'kubernetes/kops:kops-version.go@v1.29.0-beta.1' },
    { version: '1.29.0', date: '2024-05-11', source: 'kubernetes/kops:kops-version.go@v1.29.0' },
    { version: '1.29.1', date: '2024-07-13', source: 'kubernetes/kops:kops-version.go@v1.29.1' },
    { version: '1.29.2', date: '2024-07-21', source: 'kubernetes/kops:kops-version.go@v1.29.2' },
    { version: '1.30.0-alpha.1', date: '2024-05-11', source: 'kubernetes/kops:kops-version.go@v1.30.0-alpha.1' },
    { version: '1.30.0-beta.1', date: '2024-06-22', source: 'kubernetes/kops:kops-version.go@v1.30.0-beta.1' },
    { version: '1.30.0', date: '2024-08-16', source: 'kubernetes/kops:kops-version.go@v1.30.0' },
    { version: '1.30.1', date: '2024-09-13', source: 'kubernetes/kops:kops-version.go@v1.30.1' },
    { version: '1.30.2', date: '2024-11-26', source: 'kubernetes/kops:kops-version.go@v1.30.2' },
    { version: '1.30.3', date: '2024-12-03', source: 'kubernetes/kops:kops-version.go@v1.30.3' },
    { version: '1.30.4', date: '2025-01-29', source: 'kubernetes/kops:kops-version.go@v1.30.4' },
    { version: '1.31.0-alpha.1', date: '2024-10-14', source: 'kubernetes/kops:kops-version.go@v1.31.0-alpha.1' },
    { version: '1.31.0-beta.1', date: '2024-12-15', source: 'kubernetes/kops:kops-version.go@v1.31.0-beta.1' },
    { version: '1.31.0', date: '2025-01-22', source: 'kubernetes/kops:kops-version.go@v1.31.0' },
    { version: '1.32.0-beta.1', date: '2025-01-30', source: 'kubernetes/kops:kops-version.go@v1.32.0-beta.1' },
    { version: '1.32.0', date: '2025-05-04', source: 'kubernetes/kops:kops-version.go@v1.32.0' },
    { version: '1.32.1', date: '2025-07-05', source: 'kubernetes/kops:kops-version.go@v1.32.1' },
    { version: '1.32.2', date: '2025-08-30', source: 'kubernetes/kops:kops-version.go@v1.32.2' },
    { version: '1.32.3', date: '2026-03-18', source: 'kubernetes/kops:kops-version.go@v1.32.3' },
    { version: '1.32.4', date: '2026-03-18', source: 'kubernetes/kops:kops-version.go@v1.32.4' },
    { version: '1.33.0-alpha.1', date: '2025-05-04', source: 'kubernetes/kops:kops-version.go@v1.33.0-alpha.1' },
    { version: '1.33.0-beta.1', date: '2025-07-05', source: 'kubernetes/kops:kops-version.go@v1.33.0-beta.1' },
    { version: '1.33.0', date: '2025-08-09', source: 'kubernetes/kops:kops-version.go@v1.33.0' },
    { version: '1.33.1', date: '2025-08-30', source: 'kubernetes/kops:kops-version.go@v1.33.1' },
    { version: '1.33.2', date: '2026-03-18', source: 'kubernetes/kops:kops-version.go@v1.33.2' },
    { version: '1.34.0-alpha.1', date: '2025-08-10', source: 'kubernetes/kops:kops-version.go@v1.34.0-alpha.1' },
    { version: '1.34.0-beta.1', date: '2025-10-04', source: 'kubernetes/kops:kops-version.go@v1.34.0-beta.1' },
    { version: '1.34.0', date: '2025-10-20', source: 'kubernetes/kops:kops-version.go@v1.34.0' },
    { version: '1.34.1', date: '2025-11-25', source: 'kubernetes/kops:kops-version.go@v1.34.1' },
    { version: '1.34.2', date: '2026-03-18', source: 'kubernetes/kops:kops-version.go@v1.34.2' },
    { version: '1.34.3', date: '2026-05-27', source: 'kubernetes/kops:kops-version.go@v1.34.3' },
    { version: '1.35.0-alpha.1', date: '2025-12-01', source: 'kubernetes/kops:kops-version.go@v1.35.0-alpha.1' },
    { version: '1.35.0-beta.1', date: '2026-02-09', source: 'kubernetes/kops:kops-version.go@v1.35.0-beta.1' },
    { version: '1.35.0', date: '2026-03-18', source: 'kubernetes/kops:kops-version.go@v1.35.0' },
    { version: '1.35.1', date: '2026-05-28', source: 'kubernetes/kops:kops-version.go@v1.35.1' },
    { version: '1.35.2', date: '2026-07-15', source: 'kubernetes/kops:kops-version.go@v1.35.2' },
    { version: '1.36.0-alpha.1', date: '2026-05-27', source: 'kubernetes/kops:kops-version.go@v1.36.0-alpha.1' },
    { version: '1.36.0-beta.1', date: '2026-06-13', source: 'kubernetes/kops:kops-version.go@v1.36.0-beta.1' },
    { version: '1.36.0', date: '2026-07-15', source: 'kubernetes/kops:kops-version.go@v1.36.0' },
    { version: '1.36.1', date: '2026-07-28', source: 'kubernetes/kops:kops-version.go@v1.36.1' },
    { version: '1.36.2', date: '2026-08-08', source: 'kubernetes/kops:kops-version.go@v1.36.2' },
    { version: '1.37.0-alpha.1', date: '2026-07-15', source: 'kubernetes/kops:kops-version.go@v1.37.0-alpha.1' },
];

;// CONCATENATED MODULE: ./src/releases/version.ts
// Version parsing and ordering for kOps and Kubernetes versions, and tag-range gates.

/** Normalises `v1.29.0`, `"1.29.0"`, ` 1.29.0-beta.1 ` to `1.29.0` / `1.29.0-beta.1`; null when not a full version. */
function version_normaliseVersion(raw) {
    const s = raw.trim().replace(/^["']|["']$/g, '').replace(/^v/i, '');
    const v = semver_default().valid(s);
    return v;
}
const compared = new Map();
/** kOps release order: semver order, prereleases before their final. Memoised: the same few tags are compared millions of times. */
function compareVersions(a, b) {
    const key = a + ' ' + b;
    let r = compared.get(key);
    if (r === undefined) {
        r = semver_default().compare(a, b);
        compared.set(key, r);
    }
    return r;
}
function inTagRanges(version, ranges) {
    return ranges.some(([from, to]) => compareVersions(version, from) >= 0 && (to === undefined || compareVersions(version, to) < 0));
}
/** Kubernetes comparisons ignore prerelease and build tags, as kOps's IsKubernetesGTE does. */
const cores = new Map();
function k8sCore(version) {
    let core = cores.get(version);
    if (core === undefined) {
        core = semver_default().coerce(version)?.version ?? '0.0.0';
        cores.set(version, core);
    }
    return core;
}
function k8sGte(version, than) {
    return compareVersions(k8sCore(version), k8sCore(than)) >= 0;
}
function k8sInRange(version, r) {
    const v = k8sCore(version);
    return (r.from === undefined || compareVersions(v, k8sCore(r.from)) >= 0) && (r.to === undefined || compareVersions(v, k8sCore(r.to)) < 0);
}
/** True when the version lies in any of the ranges; an empty list matches every version. */
function k8sInRanges(version, ranges) {
    return ranges.length === 0 || ranges.some((r) => k8sInRange(version, r));
}
function minorOf(version) {
    return semver.minor(k8sCore(version));
}

;// CONCATENATED MODULE: ./src/releases/catalog.ts
// The kOps releases kops-preflight models, and how a pinned version maps onto one of them.



const RELEASE_VERSIONS = KOPS_RELEASES.map((r) => r.version);
const OLDEST_RELEASE = RELEASE_VERSIONS[0];
/** The newest final (non-prerelease) release; what `latest` means. */
function latestRelease() {
    return [...RELEASE_VERSIONS].reverse().find((v) => semver_default().prerelease(v) === null) ?? RELEASE_VERSIONS[RELEASE_VERSIONS.length - 1];
}
function newestTag() {
    return RELEASE_VERSIONS[RELEASE_VERSIONS.length - 1];
}
/** Maps a pinned version onto the release whose behaviour is simulated. */
function resolveVersion(raw) {
    const trimmed = raw.trim();
    if (trimmed === 'latest')
        return { version: latestRelease(), release: latestRelease(), status: 'known' };
    const v = version_normaliseVersion(trimmed);
    if (!v)
        return { version: null, release: null, status: 'invalid' };
    if (RELEASE_VERSIONS.includes(v))
        return { version: v, release: v, status: 'known' };
    if (compareVersions(v, newestTag()) > 0)
        return { version: v, release: newestTag(), status: 'newer' };
    if (compareVersions(v, OLDEST_RELEASE) < 0)
        return { version: v, release: null, status: 'unsupported' };
    // Not a tag: the nearest earlier release of the same line behaves most alike.
    const earlier = [...RELEASE_VERSIONS].reverse().find((r) => compareVersions(r, v) < 0) ?? null;
    return { version: v, release: earlier, status: 'unreleased' };
}

;// CONCATENATED MODULE: ./src/archives/listings.ts
// File listings inside the upstream archives nodeup extracts, rebuilt from each project's release scripts by version.
// Paths are as kOps's filepath.Walk sees them: files only, no `./`, relative to the archive root.

// containerd/containerd Makefile BINARIES (+ Makefile.linux shims): 1.x ships the v1 shims, 2.x only runc-v2
// (containerd@v1.7.34:Makefile.linux:19, containerd@v2.0.0:Makefile.linux:19); 1.4/1.5 workflows removed containerd-stress
// (containerd@v1.5.18:.github/workflows/release.yml:113-122).
function containerdBins(v) {
    if (semver_default().lt(v, '1.6.0'))
        return ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'ctr'];
    if (semver_default().lt(v, '2.0.0'))
        return ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'containerd-stress', 'ctr'];
    return ['containerd', 'containerd-shim-runc-v2', 'containerd-stress', 'ctr'];
}
// containernetworking/plugins build_linux.sh directory scan per tag (plugins@v0.8.6:build_linux.sh:24,28);
// LICENSE and README.md added by the release workflow from v1.5.0 (plugins@v1.5.0:.github/workflows/release.yaml:31,38).
function cniPluginNames(v) {
    const base08 = ['bandwidth', 'bridge', 'dhcp', 'firewall', 'flannel', 'host-device', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'sbr', 'static', 'tuning', 'vlan'];
    if (semver_default().lt(v, '0.7.0'))
        return ['bridge', 'dhcp', 'flannel', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'sample', 'tuning', 'vlan'];
    if (semver_default().lt(v, '0.8.0'))
        return ['bridge', 'dhcp', 'flannel', 'host-device', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'sample', 'tuning', 'vlan'];
    if (semver_default().lt(v, '0.9.0'))
        return base08;
    if (semver_default().lt(v, '1.0.0'))
        return [...base08, 'vrf'].sort();
    const v1 = base08.filter((n) => n !== 'flannel').concat('vrf');
    if (semver_default().lt(v, '1.2.0'))
        return v1.sort();
    if (semver_default().lt(v, '1.3.0'))
        return [...v1, 'dummy'].sort();
    return [...v1, 'dummy', 'tap'].sort();
}
function cniArchive(v) {
    const names = cniPluginNames(v);
    return semver_default().gte(v, '1.5.0') ? ['LICENSE', 'README.md', ...names] : names;
}
// containerd/containerd cri bundles: bin set and embedded CNI plugin version by containerd version (archives.md §3.3).
function criBundle(v, withCni) {
    let bins;
    if (semver_default().lt(v, '1.5.0'))
        bins = ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'crictl', 'critest', 'ctr'];
    else if (semver_default().eq(v, '1.5.0'))
        bins = ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'containerd-stress', 'ctd-decoder', 'ctr', 'ctr-enc'];
    else
        bins = ['containerd', 'containerd-shim', 'containerd-shim-runc-v1', 'containerd-shim-runc-v2', 'containerd-stress', 'crictl', 'critest', 'ctd-decoder', 'ctr'];
    const cniVersion = semver_default().lt(v, '1.4.1') ? '0.7.6' : semver_default().lt(v, '1.5.0') ? '0.8.6' : semver_default().lt(v, '1.6.0') ? '0.9.1' : semver_default().lt(v, '1.6.3') ? '1.0.1' : semver_default().lt(v, '1.7.0') ? '1.1.1' : semver_default().lt(v, '1.7.30') ? '1.2.0' : '1.9.0';
    const deprecated = (semver_default().gte(v, '1.6.22') && semver_default().lt(v, '1.7.0')) || semver_default().gte(v, '1.7.0');
    const files = [
        ...(deprecated ? ['cri-containerd.DEPRECATED.txt'] : []),
        ...(withCni ? ['etc/cni/net.d/10-containerd-net.conflist'] : []),
        'etc/crictl.yaml',
        'etc/systemd/system/containerd.service',
        ...(withCni ? cniPluginNames(cniVersion).map((n) => `opt/cni/bin/${n}`) : []),
        'opt/containerd/cluster/gce/cloud-init/master.yaml',
        'opt/containerd/cluster/gce/cloud-init/node.yaml',
        'opt/containerd/cluster/gce/cni.template',
        'opt/containerd/cluster/gce/configure.sh',
        'opt/containerd/cluster/gce/env',
        'opt/containerd/cluster/version',
        ...bins.map((b) => `usr/local/bin/${b}`),
        'usr/local/sbin/runc',
    ];
    return walkOrder(files);
}
/** Sorts paths the way filepath.Walk visits them: lexical per directory, depth first. */
function walkOrder(paths) {
    return [...paths].sort((a, b) => {
        const pa = a.split('/');
        const pb = b.split('/');
        for (let i = 0; i < Math.min(pa.length, pb.length); i++)
            if (pa[i] !== pb[i])
                return pa[i] < pb[i] ? -1 : 1;
        return pa.length - pb.length;
    });
}
const PATTERNS = [
    {
        family: 'cri-containerd-cni',
        re: /^cri-containerd-cni-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)-linux-([a-z0-9]+)\.(?:tar\.gz|tgz)$/,
        files: (v) => criBundle(v, true),
        published: (v, arch) => semver_default().gte(v, '1.3.8') && semver_default().lt(v, '2.0.0-0') && (arch === 'amd64' || semver_default().gte(v, '1.6.0')),
    },
    {
        family: 'cri-containerd',
        re: /^cri-containerd-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)[.-]linux-([a-z0-9]+)\.(?:tar\.gz|tgz)$/,
        files: (v) => criBundle(v, false),
        published: (v) => semver_default().gte(v, '1.6.0') && semver_default().lt(v, '2.0.0-0'),
    },
    {
        family: 'containerd-static',
        re: /^containerd-static-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)-linux-([a-z0-9]+)\.(?:tar\.gz|tgz)$/,
        files: (v) => containerdBins(v).map((b) => `bin/${b}`),
        published: (v) => semver_default().gte(v, '1.7.0'),
    },
    {
        family: 'containerd',
        re: /^containerd-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)-linux-([a-z0-9]+)\.(?:tar\.gz|tgz)$/,
        files: (v) => containerdBins(v).map((b) => `bin/${b}`),
        published: (v, arch) => semver_default().gte(v, '1.4.0') && (arch === 'amd64' || semver_default().gte(v, '1.6.0')),
    },
    {
        family: 'crictl',
        re: /^crictl-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)-linux-([a-z0-9]+)\.(?:tar\.gz|tgz)$/,
        files: () => ['crictl'],
        published: () => true,
    },
    {
        family: 'critest',
        re: /^critest-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)-linux-([a-z0-9]+)\.(?:tar\.gz|tgz)$/,
        files: () => ['critest'],
        published: () => true,
    },
    {
        family: 'nerdctl',
        re: /^nerdctl-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)-linux-([a-z0-9-]+)\.(?:tar\.gz|tgz)$/,
        files: (v) => (semver_default().gte(v, '0.6.0') ? ['containerd-rootless-setuptool.sh', 'containerd-rootless.sh', 'nerdctl'] : ['nerdctl']),
        published: () => true,
    },
    {
        family: 'cni-plugins',
        re: /^cni-plugins-(?:linux-)?([a-z0-9]+)-v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)\.(?:tar\.gz|tgz)$/,
        files: (v) => cniArchive(v),
        published: () => true,
    },
    {
        family: 'docker',
        re: /^docker-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)\.(?:tar\.gz|tgz)$/,
        // download.docker.com static tgz: docker/{containerd,containerd-shim,ctr,docker,docker-init,docker-proxy,dockerd,runc} (20.10.x)
        files: () => ['docker/containerd', 'docker/containerd-shim', 'docker/containerd-shim-runc-v2', 'docker/ctr', 'docker/docker', 'docker/docker-init', 'docker/docker-proxy', 'docker/dockerd', 'docker/runc'],
        published: () => true,
    },
];
const listings = new Map();
/** Recognises an archive by its file name (the last URL path segment) and returns its listing, or null when unknown. */
function listingFor(fileName) {
    let l = listings.get(fileName);
    if (l === undefined) {
        l = classify(fileName);
        listings.set(fileName, l);
    }
    return l;
}
function classify(name) {
    // nodeup decides extraction on the lower-cased name, so `.TGZ` is an archive like `.tgz`.
    const fileName = name.replace(/\.(tar\.gz|tgz)$/i, (e) => e.toLowerCase());
    for (const p of PATTERNS) {
        const m = p.re.exec(fileName);
        if (!m)
            continue;
        const [version, arch] = p.family === 'cni-plugins' ? [m[2], m[1]] : [m[1], m[2] ?? ''];
        const v = semver_default().valid(version);
        if (!v)
            continue;
        const published = p.published(v, arch);
        return { family: p.family, version: v, arch, files: walkOrder(p.files(v)), ...(published ? {} : { unpublished: true }) };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/simulate/asset-store.ts
// Mirrors kubernetes/kops:upup/pkg/fi/assetstore.go (v1.26.0 … v1.37.0-alpha.1; lookup semantics unchanged in that range).
// Add registers the downloaded file (Key = base name of the primary URL, AssetPath = that URL) and, for
// `.tar.gz`/`.tgz` only, every extracted file (Key = base name, AssetPath = path inside the archive, walk order).

class KopsError extends Error {
}
/** Hosts whose archives we recognise as the upstream release files. */
const UPSTREAM = /^https?:\/\/(github\.com\/(containerd|kubernetes-sigs|containernetworking|opencontainers|kubernetes)\/|storage\.googleapis\.com\/k8s-artifacts-cni\/|download\.docker\.com\/)/;
class AssetStore {
    assets = [];
    archives = [];
    add(asset) {
        const primary = asset.urls[0];
        const key = asset_store_baseName(primary);
        this.assets.push({ key, assetPath: primary, from: asset });
        const lower = primary.toLowerCase();
        if (!lower.endsWith('.tar.gz') && !lower.endsWith('.tgz'))
            return;
        const listing = listingFor(key);
        this.archives.push({ asset, listing, byFileName: !UPSTREAM.test(primary) });
        for (const f of listing?.files ?? [])
            this.assets.push({ key: asset_store_baseName(f), assetPath: f, from: asset });
    }
    /** FindMatches: regex over AssetPath; result keyed by Key, the later entry wins. Never fails. */
    findMatches(re) {
        const out = new Map();
        for (const a of this.assets)
            if (re.test(a.assetPath))
                out.set(a.key, a);
        return out;
    }
    /** FindMatch: exactly one distinct Key, else kOps's error. */
    findMatch(re, goSource) {
        const m = this.findMatches(re);
        if (m.size === 0)
            throw new LookupError(`found no matching assets for expr: ${goQuote(goSource)}`, []);
        if (m.size > 1)
            throw new LookupError(`found multiple matching assets for expr: ${goQuote(goSource)}`, [...m.values()]);
        return [...m.values()][0];
    }
    /** Find(key, ""): exact Key match over raw entries; none gives null, several an error. */
    find(key) {
        const m = this.assets.filter((a) => a.key === key);
        if (m.length === 0)
            return null;
        if (m.length > 1)
            throw new LookupError(`found multiple matching assets for key: ${goQuote(key)}`, m);
        return m[0];
    }
}
/** A failed lookup, carrying the entries involved so a finding can point at the spec value behind them. */
class LookupError extends KopsError {
    entries;
    constructor(message, entries) {
        super(message);
        this.entries = entries;
    }
}
/** Go's path.Base: trailing slashes are dropped before taking the last element. */
function asset_store_baseName(url) {
    const p = url.replace(/\/+$/, '');
    if (p === '')
        return url === '' ? '.' : '/';
    const i = p.lastIndexOf('/');
    return i === -1 ? p : p.slice(i + 1);
}
/** Go's %q for the plain ASCII strings kOps quotes. */
function goQuote(s) {
    return JSON.stringify(s);
}

;// CONCATENATED MODULE: ./src/releases/data/mirrors.ts
// Fallback download URLs kOps appends to an asset in the nodeup config (`<hash>@<primary>,<fallback>…`), from
// util/pkg/mirrors/{mirrors,mirrored_asset}.go (to 1.29.x) and pkg/assets/{mirrors,mirrored_asset}.go (from
// 1.30.0-alpha.1). A rule applies when the primary URL (after the fileRepository rewrite) starts with `prefix`, with
// `{kopsVersion}` replaced by the release's version; at most one rule applies. For each fallback the rest of the URL
// after the prefix is appended to it. `onlyWithHash`: an asset whose hash is unknown gets no fallbacks (kOps logs
// `not using mirrors for asset <url> as it does not have a known hash`).
const MIRROR_RULES = [
    {
        tags: [
            '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
            '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
            '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2'
        ],
        rules: [
            { prefix: 'https://artifacts.k8s.io/binaries/kops/{kopsVersion}/', fallbacks: ['https://github.com/kubernetes/kops/releases/download/v{kopsVersion}/'], flattenRestFor: ['nodeup', 'protokube', 'channels'] },
        ],
        onlyWithHash: true,
        source: 'kubernetes/kops:util/pkg/mirrors/mirrors.go@v1.26.0-alpha.1',
    },
    {
        tags: [
            '1.28.0-beta.1', '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
            '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
            '1.29.2'
        ],
        rules: [
            { prefix: 'https://artifacts.k8s.io/binaries/kops/{kopsVersion}/', fallbacks: ['https://github.com/kubernetes/kops/releases/download/v{kopsVersion}/'], flattenRestFor: ['nodeup', 'protokube', 'channels'] },
            { prefix: 'https://dl.k8s.io/release/', fallbacks: ['https://cdn.dl.k8s.io/release/'] },
        ],
        onlyWithHash: true,
        source: 'kubernetes/kops:util/pkg/mirrors/mirrors.go@v1.28.0-beta.1',
    },
    {
        tags: [
            '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
            '1.31.0-beta.1', '1.31.0'
        ],
        rules: [
            { prefix: 'https://artifacts.k8s.io/binaries/kops/{kopsVersion}/', fallbacks: ['https://github.com/kubernetes/kops/releases/download/v{kopsVersion}/'], flattenRestFor: ['nodeup', 'protokube', 'channels'] },
            { prefix: 'https://dl.k8s.io/release/', fallbacks: ['https://cdn.dl.k8s.io/release/'] },
        ],
        onlyWithHash: true,
        source: 'kubernetes/kops:pkg/assets/mirrors.go@v1.30.0-alpha.1',
    },
    {
        tags: [
            '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.33.0-alpha.1', '1.33.0-beta.1', '1.33.0', '1.33.1',
            '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.35.0-alpha.1', '1.35.0-beta.1'
        ],
        rules: [
            { prefix: 'https://artifacts.k8s.io/binaries/kops/{kopsVersion}/', fallbacks: ['https://github.com/kubernetes/kops/releases/download/v{kopsVersion}/'], flattenRestFor: ['nodeup', 'protokube', 'channels'] },
            { prefix: 'https://storage.googleapis.com/k8s-artifacts-cni/release/', fallbacks: ['https://github.com/containernetworking/plugins/releases/download/'] },
            { prefix: 'https://dl.k8s.io/release/', fallbacks: ['https://cdn.dl.k8s.io/release/'] },
        ],
        onlyWithHash: true,
        source: 'kubernetes/kops:pkg/assets/mirrors.go@v1.32.0-beta.1',
    },
    {
        tags: ['1.32.3', '1.32.4', '1.33.2', '1.34.2', '1.34.3', '1.35.0', '1.35.1', '1.35.2'],
        rules: [
            { prefix: 'https://artifacts.k8s.io/binaries/kops/{kopsVersion}/', fallbacks: ['https://github.com/kubernetes/kops/releases/download/v{kopsVersion}/'], flattenRestFor: ['nodeup', 'protokube', 'channels'] },
        ],
        onlyWithHash: true,
        source: 'kubernetes/kops:pkg/assets/mirrors.go@v1.32.3',
    },
    {
        tags: ['1.36.0-alpha.1', '1.36.0-beta.1', '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'],
        rules: [
            { prefix: 'https://artifacts.k8s.io/binaries/kops/{kopsVersion}/', fallbacks: ['https://github.com/kubernetes/kops/releases/download/v{kopsVersion}/'], flattenRestFor: ['nodeup', 'protokube'] },
        ],
        onlyWithHash: true,
        source: 'kubernetes/kops:pkg/assets/mirrors.go@v1.36.0-alpha.1',
    },
];

;// CONCATENATED MODULE: ./src/releases/rows.ts
// Looks up the row of a per-release data table that holds for one kOps release.
function rowFor(rows, version, table) {
    const row = rows.find((r) => r.tags.includes(version));
    if (!row)
        throw new Error(`no ${table} row for kOps ${version}`);
    return row;
}
function maybeRowFor(rows, version) {
    return rows.find((r) => r.tags.includes(version)) ?? null;
}

;// CONCATENATED MODULE: ./src/simulate/cloudup/asset-builder.ts
// Mirrors kubernetes/kops:pkg/assets/builder.go (RemapFile: spec.assets.fileRepository) and the mirror lists of
// util/pkg/mirrors (v1.26 … v1.28.0-alpha) / pkg/assets/mirrors.go (v1.28.0-beta.1 …), which append fallback URLs.



// The remap is skipped when the file repository's host equals the asset's host (commit 9f383f93cc).
const SAME_HOST_SKIPPED = [['1.29.0-alpha.3']];
/** Versions as kOps writes them into release URLs; anything else (a `v` prefix, `1.7`) names a file that does not exist. */
function isPlainVersion(v) {
    return /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(v);
}
function assetBuilder(release, kopsVersion, cluster) {
    const repo = cluster.fileRepository?.value ?? null;
    const mirrors = rowFor(MIRROR_RULES, release, 'mirror rules');
    return {
        urls(canonical) {
            const primary = repo ? remapFile(release, repo, canonical) : canonical;
            // kOps adds fallbacks only for assets whose hash it knows; every asset matching a mirror prefix is a
            // well-known upstream file whose hash kOps finds (embedded or from <url>.sha256), so the rule always applies here.
            for (const rule of mirrors.rules) {
                const prefix = fill(rule.prefix, kopsVersion);
                if (!primary.startsWith(prefix))
                    continue;
                let rest = primary.slice(prefix.length);
                if (rule.flattenRestFor) {
                    rest = rest.replaceAll('/', '-');
                    for (const name of rule.flattenRestFor)
                        rest = rest.replace(new RegExp(`^linux-(amd64|arm64)-${name}$`), `${name}-linux-$1`);
                }
                return [primary, ...rule.fallbacks.map((f) => fill(f, kopsVersion) + rest)];
            }
            return [primary];
        },
        hashNotFound(canonical) {
            if (repo)
                return "you might have not staged your files correctly, please execute 'kops get assets --copy'";
            return `cannot determine hash for ${JSON.stringify(canonical)} (have you specified a valid file location?)`;
        },
    };
}
function fill(template, kopsVersion) {
    return template.replaceAll('{kopsVersion}', kopsVersion);
}
/** `fileRepository` with its path joined to the canonical URL's path; the canonical host and query are dropped. */
function remapFile(release, fileRepository, canonical) {
    let repo;
    let can;
    try {
        repo = new URL(fileRepository);
        can = new URL(canonical);
    }
    catch {
        return canonical;
    }
    if (inTagRanges(release, SAME_HOST_SKIPPED) && repo.host === can.host)
        return canonical;
    // path.Join(repo.Path, canonical.Path) on the repository URL: its user info and query stay, the canonical host goes.
    repo.pathname = ('/' + [repo.pathname, can.pathname].join('/')).replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
    return repo.toString();
}

;// CONCATENATED MODULE: ./src/releases/data/cni.ts
const CNI_ASSETS = [
    {
        tags: [
            '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
            '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1'
        ],
        host: 'gcs',
        rules: [
            { k8s: [{ to: '1.22' }], version: '0.8.7' },
            { k8s: [], version: '0.9.1' },
        ],
        kubernetesVersionFrom: 'cluster',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/networking.go@v1.26.0-alpha.1',
    },
    {
        tags: ['1.27.0-alpha.2'],
        host: 'gcs',
        rules: [
            { k8s: [], version: '0.9.1' },
        ],
        kubernetesVersionFrom: 'cluster',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/networking.go@v1.27.0-alpha.2',
    },
    {
        tags: [
            '1.27.0-beta.1', '1.27.0-beta.2', '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1',
            '1.28.0-alpha.2', '1.28.0-beta.1', '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5',
            '1.28.6', '1.28.7', '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1',
            '1.29.0', '1.29.1', '1.29.2'
        ],
        host: 'gcs',
        rules: [
            { k8s: [{ to: '1.27' }], version: '0.9.1' },
            { k8s: [], version: '1.2.0' },
        ],
        kubernetesVersionFrom: 'cluster',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/networking.go@v1.27.0-beta.1',
    },
    {
        tags: ['1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1'],
        host: 'gcs',
        rules: [
            { k8s: [{ to: '1.27' }], version: '0.9.1' },
            { k8s: [], version: '1.2.0' },
        ],
        kubernetesVersionFrom: 'cluster',
        source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.30.0-alpha.1',
    },
    {
        tags: ['1.31.0-beta.1', '1.31.0'],
        host: 'gcs',
        rules: [
            { k8s: [{ to: '1.27' }], version: '0.9.1' },
            { k8s: [], version: '1.2.0' },
        ],
        kubernetesVersionFrom: 'instanceGroup',
        source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.31.0-beta.1',
    },
    {
        tags: [
            '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.33.0-alpha.1', '1.33.0-beta.1', '1.33.0', '1.33.1',
            '1.34.0-alpha.1'
        ],
        host: 'gcs',
        rules: [
            { k8s: [{ from: '1.32' }], version: '1.6.1' },
            { k8s: [{ from: '1.31' }], version: '1.5.1' },
            { k8s: [{ from: '1.30' }], version: '1.4.1' },
            { k8s: [{ from: '1.29' }], version: '1.3.0' },
            { k8s: [{ from: '1.27' }], version: '1.2.0' },
            { k8s: [], version: '0.9.1' },
        ],
        kubernetesVersionFrom: 'instanceGroup',
        source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.32.0-beta.1',
    },
    {
        tags: ['1.32.3', '1.32.4', '1.33.2'],
        host: 'github',
        rules: [
            { k8s: [{ from: '1.32' }], version: '1.6.2' },
            { k8s: [{ from: '1.31' }], version: '1.5.1' },
            { k8s: [{ from: '1.30' }], version: '1.4.1' },
            { k8s: [{ from: '1.29' }], version: '1.3.0' },
            { k8s: [{ from: '1.27' }], version: '1.2.0' },
        ],
        kubernetesVersionFrom: 'instanceGroup',
        errorBelow: '1.27',
        source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.32.3',
    },
    {
        tags: ['1.34.0-beta.1', '1.34.0', '1.34.1'],
        host: 'gcs',
        rules: [
            { k8s: [{ from: '1.32' }], version: '1.6.1' },
            { k8s: [{ from: '1.31' }], version: '1.5.1' },
            { k8s: [{ from: '1.30' }], version: '1.4.1' },
            { k8s: [{ from: '1.29' }], version: '1.3.0' },
        ],
        kubernetesVersionFrom: 'instanceGroup',
        errorBelow: '1.29',
        source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.34.0-beta.1',
    },
    {
        tags: ['1.34.2', '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2'],
        host: 'github',
        rules: [
            { k8s: [{ from: '1.32' }], version: '1.6.2' },
            { k8s: [{ from: '1.31' }], version: '1.5.1' },
            { k8s: [{ from: '1.30' }], version: '1.4.1' },
            { k8s: [{ from: '1.29' }], version: '1.3.0' },
        ],
        kubernetesVersionFrom: 'instanceGroup',
        errorBelow: '1.29',
        source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.34.2',
    },
    {
        tags: ['1.36.0-alpha.1', '1.36.0-beta.1', '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'],
        host: 'github',
        rules: [
            { k8s: [{ from: '1.32' }], version: '1.6.2' },
            { k8s: [{ from: '1.31' }], version: '1.5.1' },
        ],
        kubernetesVersionFrom: 'instanceGroup',
        errorBelow: '1.31',
        source: 'kubernetes/kops:pkg/nodemodel/wellknownassets/cni.go@v1.36.0-alpha.1',
    },
];
const CNI_MIRRORS = [
    {
        tags: [
            '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.33.0-alpha.1', '1.33.0-beta.1', '1.33.0', '1.33.1',
            '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.35.0-alpha.1', '1.35.0-beta.1'
        ],
        prefix: 'https://storage.googleapis.com/k8s-artifacts-cni/release/',
        fallbacks: ['https://github.com/containernetworking/plugins/releases/download/'],
        source: 'kubernetes/kops:pkg/assets/mirrors.go@v1.32.0-beta.1',
    },
];

;// CONCATENATED MODULE: ./src/simulate/errors.ts
/** `kops update cluster` would refuse the spec (validation or asset resolution). */
class CloudupError extends Error {
    origin;
    constructor(message, origin) {
        super(message);
        this.origin = origin;
    }
}

;// CONCATENATED MODULE: ./src/simulate/cloudup/context.ts
function planned(ctx, component, canonical, hash, origin) {
    return { component, urls: ctx.builder.urls(canonical), hash, origin };
}
function cloudProvider(ctx) {
    return (ctx.cluster.cloudProvider?.value ?? '').toLowerCase();
}

;// CONCATENATED MODULE: ./src/simulate/cloudup/cni.ts
// Mirrors kubernetes/kops:upup/pkg/fi/cloudup/networking.go (v1.26 … v1.29) and pkg/nodemodel/wellknownassets/cni.go (v1.30 …):
// the CNI plugins tarball by Kubernetes version, from GCS or GitHub per release (table in releases/data/cni.ts).
// From 1.32.0-beta.1 it is skipped for amazonvpc, calico and cilium (InstallCNIAssets, bc4eb919cf).





const SKIPPED_FOR_OWN_CNI = [['1.32.0-beta.1']];
const OWN_CNI = ['amazonvpc', 'calico', 'cilium'];
/** kOps's InstallCNIAssets: whether the CNI plugins asset is planned and copied into /opt/cni/bin. */
function installCniAssets(ctx) {
    return !(inTagRanges(ctx.release, SKIPPED_FOR_OWN_CNI) && OWN_CNI.includes(ctx.cluster.networking?.value ?? ''));
}
function cniUrl(host, version, arch) {
    return host === 'gcs'
        ? `https://storage.googleapis.com/k8s-artifacts-cni/release/v${version}/cni-plugins-linux-${arch}-v${version}.tgz`
        : `https://github.com/containernetworking/plugins/releases/download/v${version}/cni-plugins-linux-${arch}-v${version}.tgz`;
}
function cniAssets(ctx) {
    if (!installCniAssets(ctx))
        return [];
    const row = rowFor(CNI_ASSETS, ctx.release, 'CNI');
    const rule = row.rules.find((r) => k8sInRanges(ctx.k8sVersion, r.k8s));
    if (!rule)
        throw new CloudupError(`unknown CNI plugin binaries asset: ${ctx.arch}`, ctx.cluster.kubernetesVersion);
    return [planned(ctx, 'cni-plugins', cniUrl(row.host, rule.version, ctx.arch), null, null)];
}

;// CONCATENATED MODULE: ./src/releases/data/known-versions.ts
const CONTAINERD_HASH_TABLE = [
    {
        tags: ['1.26.0-alpha.1'],
        versions: [
            '1.3.4', '1.3.9', '1.3.10', '1.4.0', '1.4.1', '1.4.2', '1.4.3', '1.4.4', '1.4.5', '1.4.6', '1.4.7', '1.4.8',
            '1.4.9', '1.4.10', '1.4.11', '1.4.12', '1.4.13', '1.5.0', '1.5.1', '1.5.2', '1.5.3', '1.5.4', '1.5.5', '1.5.6',
            '1.5.7', '1.5.8', '1.5.9', '1.5.10', '1.5.11', '1.5.12', '1.5.13', '1.6.0', '1.6.1', '1.6.2', '1.6.3', '1.6.4',
            '1.6.5', '1.6.6', '1.6.7', '1.6.8'
        ],
        arm64Versions: ['1.6.0', '1.6.1', '1.6.2', '1.6.3', '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8'],
        dockerMappings: { '1.3.7': '19.03.13', '1.3.9': '19.03.14', '1.4.3': '20.10.0', '1.4.4': '20.10.6', '1.4.6': '20.10.7', '1.4.9': '20.10.8', '1.4.11': '20.10.9', '1.4.12': '20.10.11', '1.4.13': '20.10.13' },
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/containerd.go@v1.26.0-alpha.1',
    },
    {
        tags: ['1.26.0-alpha.2'],
        versions: [
            '1.3.4', '1.3.9', '1.3.10', '1.4.0', '1.4.1', '1.4.2', '1.4.3', '1.4.4', '1.4.5', '1.4.6', '1.4.7', '1.4.8',
            '1.4.9', '1.4.10', '1.4.11', '1.4.12', '1.4.13', '1.5.0', '1.5.1', '1.5.2', '1.5.3', '1.5.4', '1.5.5', '1.5.6',
            '1.5.7', '1.5.8', '1.5.9', '1.5.10', '1.5.11', '1.5.12', '1.5.13', '1.5.14', '1.6.0', '1.6.1', '1.6.2', '1.6.3',
            '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10'
        ],
        arm64Versions: ['1.6.0', '1.6.1', '1.6.2', '1.6.3', '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10'],
        dockerMappings: { '1.3.7': '19.03.13', '1.3.9': '19.03.14', '1.4.3': '20.10.0', '1.4.4': '20.10.6', '1.4.6': '20.10.7', '1.4.9': '20.10.8', '1.4.11': '20.10.9', '1.4.12': '20.10.11', '1.4.13': '20.10.13' },
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/containerd.go@v1.26.0-alpha.2',
    },
    {
        tags: ['1.26.0-beta.1', '1.27.0-alpha.1'],
        versions: [
            '1.3.4', '1.3.9', '1.3.10', '1.4.0', '1.4.1', '1.4.2', '1.4.3', '1.4.4', '1.4.5', '1.4.6', '1.4.7', '1.4.8',
            '1.4.9', '1.4.10', '1.4.11', '1.4.12', '1.4.13', '1.5.0', '1.5.1', '1.5.2', '1.5.3', '1.5.4', '1.5.5', '1.5.6',
            '1.5.7', '1.5.8', '1.5.9', '1.5.10', '1.5.11', '1.5.12', '1.5.13', '1.5.14', '1.6.0', '1.6.1', '1.6.2', '1.6.3',
            '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10', '1.6.11', '1.6.12', '1.6.13', '1.6.14'
        ],
        arm64Versions: [
            '1.6.0', '1.6.1', '1.6.2', '1.6.3', '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10', '1.6.11',
            '1.6.12', '1.6.13', '1.6.14'
        ],
        dockerMappings: { '1.3.7': '19.03.13', '1.3.9': '19.03.14', '1.4.3': '20.10.0', '1.4.4': '20.10.6', '1.4.6': '20.10.7', '1.4.9': '20.10.8', '1.4.11': '20.10.9', '1.4.12': '20.10.11', '1.4.13': '20.10.13' },
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/containerd.go@v1.26.0-beta.1',
    },
    {
        tags: ['1.26.0-beta.2'],
        versions: [
            '1.3.4', '1.3.9', '1.3.10', '1.4.0', '1.4.1', '1.4.2', '1.4.3', '1.4.4', '1.4.5', '1.4.6', '1.4.7', '1.4.8',
            '1.4.9', '1.4.10', '1.4.11', '1.4.12', '1.4.13', '1.5.0', '1.5.1', '1.5.2', '1.5.3', '1.5.4', '1.5.5', '1.5.6',
            '1.5.7', '1.5.8', '1.5.9', '1.5.10', '1.5.11', '1.5.12', '1.5.13', '1.5.14', '1.6.0', '1.6.1', '1.6.2', '1.6.3',
            '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10', '1.6.11', '1.6.12', '1.6.13', '1.6.14', '1.6.15'
        ],
        arm64Versions: [
            '1.6.0', '1.6.1', '1.6.2', '1.6.3', '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10', '1.6.11',
            '1.6.12', '1.6.13', '1.6.14', '1.6.15'
        ],
        dockerMappings: { '1.3.7': '19.03.13', '1.3.9': '19.03.14', '1.4.3': '20.10.0', '1.4.4': '20.10.6', '1.4.6': '20.10.7', '1.4.9': '20.10.8', '1.4.11': '20.10.9', '1.4.12': '20.10.11', '1.4.13': '20.10.13' },
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/containerd.go@v1.26.0-beta.2',
    },
    {
        tags: ['1.26.0', '1.26.1', '1.26.2', '1.26.3'],
        versions: [
            '1.3.4', '1.3.9', '1.3.10', '1.4.0', '1.4.1', '1.4.2', '1.4.3', '1.4.4', '1.4.5', '1.4.6', '1.4.7', '1.4.8',
            '1.4.9', '1.4.10', '1.4.11', '1.4.12', '1.4.13', '1.5.0', '1.5.1', '1.5.2', '1.5.3', '1.5.4', '1.5.5', '1.5.6',
            '1.5.7', '1.5.8', '1.5.9', '1.5.10', '1.5.11', '1.5.12', '1.5.13', '1.5.14', '1.6.0', '1.6.1', '1.6.2', '1.6.3',
            '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10', '1.6.11', '1.6.12', '1.6.13', '1.6.14', '1.6.15',
            '1.6.16', '1.6.17', '1.6.18'
        ],
        arm64Versions: [
            '1.6.0', '1.6.1', '1.6.2', '1.6.3', '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10', '1.6.11',
            '1.6.12', '1.6.13', '1.6.14', '1.6.15', '1.6.16', '1.6.17', '1.6.18'
        ],
        dockerMappings: { '1.3.7': '19.03.13', '1.3.9': '19.03.14', '1.4.3': '20.10.0', '1.4.4': '20.10.6', '1.4.6': '20.10.7', '1.4.9': '20.10.8', '1.4.11': '20.10.9', '1.4.12': '20.10.11', '1.4.13': '20.10.13' },
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/containerd.go@v1.26.0',
    },
    {
        tags: ['1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.2'],
        versions: [
            '1.3.4', '1.3.9', '1.3.10', '1.4.0', '1.4.1', '1.4.2', '1.4.3', '1.4.4', '1.4.5', '1.4.6', '1.4.7', '1.4.8',
            '1.4.9', '1.4.10', '1.4.11', '1.4.12', '1.4.13', '1.5.0', '1.5.1', '1.5.2', '1.5.3', '1.5.4', '1.5.5', '1.5.6',
            '1.5.7', '1.5.8', '1.5.9', '1.5.10', '1.5.11', '1.5.12', '1.5.13', '1.5.14', '1.6.0', '1.6.1', '1.6.2', '1.6.3',
            '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10', '1.6.11', '1.6.12', '1.6.13', '1.6.14', '1.6.15',
            '1.6.16', '1.6.17', '1.6.18', '1.6.19', '1.6.20', '1.6.21'
        ],
        arm64Versions: [
            '1.6.0', '1.6.1', '1.6.2', '1.6.3', '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10', '1.6.11',
            '1.6.12', '1.6.13', '1.6.14', '1.6.15', '1.6.16', '1.6.17', '1.6.18', '1.6.19', '1.6.20', '1.6.21'
        ],
        dockerMappings: { '1.3.7': '19.03.13', '1.3.9': '19.03.14', '1.4.3': '20.10.0', '1.4.4': '20.10.6', '1.4.6': '20.10.7', '1.4.9': '20.10.8', '1.4.11': '20.10.9', '1.4.12': '20.10.11', '1.4.13': '20.10.13' },
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/containerd.go@v1.26.4',
    },
    {
        tags: [
            '1.27.0-beta.1', '1.27.0-beta.2', '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.28.0-alpha.1',
            '1.28.0-alpha.2'
        ],
        versions: [
            '1.3.4', '1.3.9', '1.3.10', '1.4.0', '1.4.1', '1.4.2', '1.4.3', '1.4.4', '1.4.5', '1.4.6', '1.4.7', '1.4.8',
            '1.4.9', '1.4.10', '1.4.11', '1.4.12', '1.4.13', '1.5.0', '1.5.1', '1.5.2', '1.5.3', '1.5.4', '1.5.5', '1.5.6',
            '1.5.7', '1.5.8', '1.5.9', '1.5.10', '1.5.11', '1.5.12', '1.5.13', '1.5.14', '1.6.0', '1.6.1', '1.6.2', '1.6.3',
            '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10', '1.6.11', '1.6.12', '1.6.13', '1.6.14', '1.6.15',
            '1.6.16', '1.6.17', '1.6.18', '1.6.19', '1.6.20', '1.6.21', '1.7.0', '1.7.1', '1.7.2'
        ],
        arm64Versions: [
            '1.6.0', '1.6.1', '1.6.2', '1.6.3', '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10', '1.6.11',
            '1.6.12', '1.6.13', '1.6.14', '1.6.15', '1.6.16', '1.6.17', '1.6.18', '1.6.19', '1.6.20', '1.6.21', '1.7.0',
            '1.7.1', '1.7.2'
        ],
        dockerMappings: { '1.3.7': '19.03.13', '1.3.9': '19.03.14', '1.4.3': '20.10.0', '1.4.4': '20.10.6', '1.4.6': '20.10.7', '1.4.9': '20.10.8', '1.4.11': '20.10.9', '1.4.12': '20.10.11', '1.4.13': '20.10.13' },
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/containerd.go@v1.27.0-beta.1',
    },
    {
        tags: ['1.27.3'],
        versions: [
            '1.3.4', '1.3.9', '1.3.10', '1.4.0', '1.4.1', '1.4.2', '1.4.3', '1.4.4', '1.4.5', '1.4.6', '1.4.7', '1.4.8',
            '1.4.9', '1.4.10', '1.4.11', '1.4.12', '1.4.13', '1.5.0', '1.5.1', '1.5.2', '1.5.3', '1.5.4', '1.5.5', '1.5.6',
            '1.5.7', '1.5.8', '1.5.9', '1.5.10', '1.5.11', '1.5.12', '1.5.13', '1.5.14', '1.6.0', '1.6.1', '1.6.2', '1.6.3',
            '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10', '1.6.11', '1.6.12', '1.6.13', '1.6.14', '1.6.15',
            '1.6.16', '1.6.17', '1.6.18', '1.6.19', '1.6.20', '1.6.21', '1.6.28', '1.7.0', '1.7.1', '1.7.2', '1.7.13'
        ],
        arm64Versions: [
            '1.6.0', '1.6.1', '1.6.2', '1.6.3', '1.6.4', '1.6.5', '1.6.6', '1.6.7', '1.6.8', '1.6.9', '1.6.10', '1.6.11',
            '1.6.12', '1.6.13', '1.6.14', '1.6.15', '1.6.16', '1.6.17', '1.6.18', '1.6.19', '1.6.20', '1.6.21', '1.6.28',
            '1.7.0', '1.7.1', '1.7.2', '1.7.13'
        ],
        dockerMappings: { '1.3.7': '19.03.13', '1.3.9': '19.03.14', '1.4.3': '20.10.0', '1.4.4': '20.10.6', '1.4.6': '20.10.7', '1.4.9': '20.10.8', '1.4.11': '20.10.9', '1.4.12': '20.10.11', '1.4.13': '20.10.13' },
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/containerd.go@v1.27.3',
    },
];
const RUNC_HASH_TABLE = [
    {
        tags: [
            '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
            '1.27.0-alpha.1'
        ],
        versions: ['1.1.0', '1.1.1', '1.1.2', '1.1.3', '1.1.4'],
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/runc.go@v1.26.0-alpha.1',
    },
    {
        tags: [
            '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2', '1.27.0-beta.3', '1.27.0',
            '1.27.1', '1.27.2', '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1', '1.28.0-beta.2', '1.28.0',
            '1.29.0-alpha.0', '1.29.0-alpha.1'
        ],
        versions: ['1.1.0', '1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.1.6', '1.1.7'],
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/runc.go@v1.26.4',
    },
    {
        tags: ['1.27.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7', '1.29.0-beta.1', '1.29.0', '1.29.1', '1.29.2'],
        versions: [
            '1.1.0', '1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.1.6', '1.1.7', '1.1.8', '1.1.9', '1.1.10', '1.1.11',
            '1.1.12'
        ],
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/runc.go@v1.27.3',
    },
    {
        tags: ['1.28.1', '1.28.2', '1.28.3', '1.29.0-alpha.2', '1.29.0-alpha.3'],
        versions: ['1.1.0', '1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.1.6', '1.1.7', '1.1.8', '1.1.9'],
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/runc.go@v1.28.1',
    },
];

;// CONCATENATED MODULE: ./src/simulate/go/semver.ts
// Mirrors github.com/blang/semver/v4 ParseTolerant, which kOps uses to parse containerd and runc versions,
// so that kOps's validation texts (`unable to parse version string: <err>`) come out as kOps prints them.
const NUMBERS = /^[0-9]*$/;
const ALPHANUM = /^[0-9A-Za-z-]*$/;
function parseNumber(part, what) {
    if (part === '')
        return 'strconv.ParseUint: parsing "": invalid syntax';
    if (!NUMBERS.test(part))
        return `Invalid character(s) found in ${what} number ${JSON.stringify(part)}`;
    if (part.length > 1 && part.startsWith('0'))
        return `${what[0].toUpperCase()}${what.slice(1)} number must not contain leading zeroes ${JSON.stringify(part)}`;
    return null;
}
/** Parse: exactly Major.Minor.Patch[-pre][+build]. */
function goSemverParse(s) {
    if (s.length === 0)
        return { ok: false, error: 'Version string empty' };
    const parts = s.split('.');
    if (parts.length < 3)
        return { ok: false, error: 'No Major.Minor.Patch elements found' };
    const [major, minor] = parts;
    const rest = parts.slice(2).join('.');
    for (const [p, w] of [
        [major, 'major'],
        [minor, 'minor'],
    ]) {
        const e = parseNumber(p, w);
        if (e)
            return { ok: false, error: e };
    }
    let patch = rest;
    let build = [];
    let pre = [];
    const b = patch.indexOf('+');
    if (b !== -1) {
        build = patch.slice(b + 1).split('.');
        patch = patch.slice(0, b);
    }
    const p = patch.indexOf('-');
    if (p !== -1) {
        pre = patch.slice(p + 1).split('.');
        patch = patch.slice(0, p);
    }
    const e = parseNumber(patch, 'patch');
    if (e)
        return { ok: false, error: e };
    for (const pr of pre) {
        if (pr.length === 0)
            return { ok: false, error: 'Prerelease is empty' };
        if (NUMBERS.test(pr) && pr.length > 1 && pr.startsWith('0'))
            return { ok: false, error: `Numeric PreRelease version must not contain leading zeroes ${JSON.stringify(pr)}` };
        if (!ALPHANUM.test(pr))
            return { ok: false, error: `Invalid character(s) found in prerelease ${JSON.stringify(pr)}` };
    }
    for (const bd of build) {
        if (bd.length === 0)
            return { ok: false, error: 'Build meta data is empty' };
        if (!ALPHANUM.test(bd))
            return { ok: false, error: `Invalid character(s) found in build meta data ${JSON.stringify(bd)}` };
    }
    const suffix = (pre.length ? `-${pre.join('.')}` : '') + (build.length ? `+${build.join('.')}` : '');
    return { ok: true, version: `${Number(major)}.${Number(minor)}.${Number(patch)}${suffix}` };
}
/** ParseTolerant: trims spaces, drops a leading `v`, pads short versions (which may not carry prerelease or build data). */
function goSemverParseTolerant(input) {
    const s = input.trim().replace(/^v/, '');
    // strings.SplitN(s, ".", 3): the third part keeps any further dots.
    const first = s.indexOf('.');
    const second = first === -1 ? -1 : s.indexOf('.', first + 1);
    const parts = first === -1 ? [s] : second === -1 ? [s.slice(0, first), s.slice(first + 1)] : [s.slice(0, first), s.slice(first + 1, second), s.slice(second + 1)];
    // Leading zeros are removed (a part that becomes empty or non-numeric at the start gets a "0" back).
    for (let i = 0; i < parts.length; i++)
        if (parts[i].length > 1) {
            let p = parts[i].replace(/^0+/, '');
            if (p.length === 0 || !/^[0-9]/.test(p))
                p = '0' + p;
            parts[i] = p;
        }
    if (parts.length < 3) {
        if (/[+-]/.test(parts[parts.length - 1]))
            return { ok: false, error: 'Short version cannot contain PreRelease/Build meta data' };
        while (parts.length < 3)
            parts.push('0');
    }
    return goSemverParse(parts.join('.'));
}

;// CONCATENATED MODULE: ./src/simulate/go/hashing.ts
// Mirrors kubernetes/kops:util/pkg/hashing/hash.go FromString (unchanged v1.26 … v1.37.0-alpha.1): an optional
// `md5:`/`sha1:`/`sha256:` prefix, otherwise the algorithm is chosen by length (32, 40, 64 hex characters).
const LENGTHS = { md5: 32, sha1: 40, sha256: 64 };
function hashParseError(s) {
    for (const [alg, len] of Object.entries(LENGTHS))
        if (s.startsWith(`${alg}:`)) {
            const v = s.slice(alg.length + 1);
            if (v.length !== len)
                return `invalid ${JSON.stringify(alg)} hash - unexpected length ${v.length}`;
            return /^[0-9a-fA-F]*$/.test(v) ? null : `invalid hash ${JSON.stringify(v)} - not hex`;
        }
    if (![32, 40, 64].includes(s.length))
        return `cannot determine algorithm for hash length: ${s.length}`;
    return /^[0-9a-fA-F]*$/.test(s) ? null : `invalid hash ${JSON.stringify(s)} - not hex`;
}

;// CONCATENATED MODULE: ./src/simulate/go/url.ts
// The url.Parse failures of Go's net/url that a hand-written package URL can hit, with Go's error texts.
function goUrlParseError(raw) {
    if (/[\u0000-\u001f\u007f]/.test(raw))
        return `parse ${JSON.stringify(raw)}: net/url: invalid control character in URL`;
    const bad = /%(?![0-9a-fA-F]{2})(.{0,2})/.exec(raw);
    if (bad)
        return `parse ${JSON.stringify(raw)}: invalid URL escape ${JSON.stringify('%' + bad[1])}`;
    return null;
}

;// CONCATENATED MODULE: ./src/simulate/cloudup/containerd.ts
// Mirrors kubernetes/kops:upup/pkg/fi/cloudup/containerd.go (v1.26 … v1.29) and pkg/nodemodel/wellknownassets/containerd.go (v1.30 …).
//   spec.containerd.packages wins per arch when both URL and hash are set; otherwise the version decides:
//   ≥ 1.6.0 → containerd-<v>-linux-<arch>.tar.gz; amd64 < 1.6 → cri-containerd-cni-<v>-linux-amd64.tar.gz.
//   1.26 … 1.28.0-alpha.2: only versions in kOps's URL+hash table (`unknown url and hash for containerd version`),
//     amd64 < 1.3.8 → the legacy GCS bundle, arm64 < 1.6 → a Docker static tgz; versions only in the Docker
//     mapping → the Docker static tgz on both arches (upup/pkg/fi/cloudup/containerd.go@v1.26.0).
//   1.28.0-beta.1 …: any version (hash from <url>.sha256); < 1.4.0 `unsupported legacy containerd version`,
//     arm64 < 1.6 `unknown url for containerd version` (7c2481c51d).









const RELEASE = (v, arch) => `https://github.com/containerd/containerd/releases/download/v${v}/containerd-${v}-linux-${arch}.tar.gz`;
const BUNDLE = (v) => `https://github.com/containerd/containerd/releases/download/v${v}/cri-containerd-cni-${v}-linux-amd64.tar.gz`;
const LEGACY = (v) => `https://storage.googleapis.com/cri-containerd-release/cri-containerd-${v}.linux-amd64.tar.gz`;
const DOCKER = (arch, dv) => `https://download.docker.com/linux/static/stable/${arch === 'amd64' ? 'x86_64' : 'aarch64'}/docker-${dv}.tgz`;
/** The package override for one arch: kOps uses it only when both URL and hash are set. */
function packageFor(p, arch) {
    const url = arch === 'amd64' ? p.urlAmd64 : p.urlArm64;
    const hash = arch === 'amd64' ? p.hashAmd64 : p.hashArm64;
    return url && hash ? { url, hash } : null;
}
/** findAssetsUrlHash: a package URL and hash used verbatim, after kOps parses both. */
function packageAsset(ctx, component, pkg) {
    const urlError = goUrlParseError(pkg.url.value);
    if (urlError)
        throw new CloudupError(`unable to parse asset URL ${JSON.stringify(pkg.url.value)}: ${urlError}`, pkg.url);
    const hashError = hashParseError(pkg.hash.value);
    if (hashError)
        throw new CloudupError(`unable to parse asset hash ${JSON.stringify(pkg.hash.value)}: ${hashError}`, pkg.hash);
    return planned(ctx, component, pkg.url.value, pkg.hash.value.replace(/^(md5|sha1|sha256):/, ''), pkg.url);
}
/** A version-derived URL whose hash kOps must find; a version not written as kOps's URLs expect names no real file. */
function derived(ctx, component, url, version, origin) {
    if (!isPlainVersion(version))
        throw new CloudupError(ctx.builder.hashNotFound(url), origin);
    return planned(ctx, component, url, null, origin);
}
function containerdAsset(ctx) {
    const pkg = packageFor(ctx.cluster.containerd.packages, ctx.arch);
    if (pkg)
        return packageAsset(ctx, 'containerd', pkg);
    const version = ctx.containerd.version;
    const origin = ctx.containerd.versionOrigin;
    if (!version)
        throw new CloudupError('unable to find containerd version', origin);
    const parsed = goSemverParseTolerant(version);
    if (!parsed.ok)
        throw new CloudupError(`unable to parse version string: ${JSON.stringify(version)}`, origin);
    const sv = parsed.version;
    const table = maybeRowFor(CONTAINERD_HASH_TABLE, ctx.release);
    if (table) {
        // Built-in table era: a version in the amd64 hash table gets its URL by version; one only in the Docker
        // mapping is served from a Docker static tarball on both arches; anything else is unknown.
        const docker = table.dockerMappings ?? {};
        if (!table.versions.includes(version)) {
            const dv = docker[version];
            if (!dv)
                throw new CloudupError(`unknown url and hash for containerd version: ${ctx.arch} - ${version}`, origin);
            return planned(ctx, 'containerd', DOCKER(ctx.arch, dv), null, origin);
        }
        if (semver_default().lt(sv, '1.3.4'))
            throw new CloudupError(`unsupported legacy containerd version: ${JSON.stringify(version)}`, origin);
        if (ctx.arch === 'amd64') {
            const url = semver_default().gte(sv, '1.6.0') ? RELEASE(version, 'amd64') : semver_default().gte(sv, '1.3.8') ? BUNDLE(version) : LEGACY(version);
            return planned(ctx, 'containerd', url, null, origin);
        }
        if (semver_default().gte(sv, '1.6.0')) {
            if (!(table.arm64Versions ?? []).includes(version))
                throw new CloudupError(`unknown hash for containerd version: ${ctx.arch} - ${version}`, origin);
            return planned(ctx, 'containerd', RELEASE(version, 'arm64'), null, origin);
        }
        return planned(ctx, 'containerd', DOCKER('arm64', docker[version] ?? docker['1.4.13']), null, origin);
    }
    if (semver_default().lt(sv, '1.4.0'))
        throw new CloudupError(`unsupported legacy containerd version: ${JSON.stringify(version)}`, origin);
    if (ctx.arch === 'amd64')
        return derived(ctx, 'containerd', semver_default().gte(sv, '1.6.0') ? RELEASE(version, 'amd64') : BUNDLE(version), version, origin);
    if (semver_default().gte(sv, '1.6.0'))
        return derived(ctx, 'containerd', RELEASE(version, 'arm64'), version, origin);
    throw new CloudupError(`unknown url for containerd version: ${ctx.arch} - ${version}`, origin);
}

;// CONCATENATED MODULE: ./src/simulate/apis/cluster.ts
/** IsGossip (1.26) / UsesLegacyGossip (1.27 …): a `.k8s.local` name and a DNS topology other than None. */
function usesLegacyGossip(c) {
    return (c.name?.value ?? '').endsWith('.k8s.local') && (c.dnsType?.value ?? '').toLowerCase() !== 'none';
}
/**
 * Whether the boot config carries control-plane IPs. kOps fills APIServerIPs from the control-plane addresses it
 * discovers in the cloud at update time (API load balancer, Hetzner/Scaleway/DO/Metal server IPs); from the spec
 * alone they are unknown, exactly as in kOps's own integration tests, so the list is empty and gossip workers keep
 * protokube (`isMaster || (usesLegacyGossip && len(APIServerIPs) == 0)`).
 */
function hasAPIServerIPs() {
    return false;
}

;// CONCATENATED MODULE: ./src/simulate/cloudup/credential-provider.ts
// Mirrors the kubelet credential-provider assets of kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go (v1.27 … v1.29)
// and pkg/nodemodel/fileassets.go (v1.30 …).
//   AWS ecr-credential-provider: from 1.27.0-alpha.2 when Kubernetes ≥ 1.27; unconditional on AWS from 1.35.0-beta.1.
//     Default base cloud-provider-aws v1.27.1, v1.31.7 from 1.34.0-alpha.1 (83ed12de4a); spec.cloudProvider.aws.binariesLocation overrides.
//   GCE auth-provider-gcp: staging build for Kubernetes ≥ 1.29 from 1.29.0-alpha.2; cloud-provider-gcp v35.0.0 on every GCE cluster from 1.35.0-beta.1.


const ECR = [['1.27.0-alpha.2']];
const ECR_ANY_K8S = [['1.35.0-beta.1']];
const ECR_V1_31_7 = [['1.34.0-alpha.1']];
const GCP_STAGING = [['1.29.0-alpha.2', '1.35.0-beta.1']];
const GCP_V35 = [['1.35.0-beta.1']];
function credentialProviderAssets(ctx) {
    const cloud = cloudProvider(ctx);
    if (cloud === 'aws' && inTagRanges(ctx.release, ECR) && (inTagRanges(ctx.release, ECR_ANY_K8S) || k8sGte(ctx.k8sVersion, '1.27'))) {
        const loc = ctx.cluster.awsBinariesLocation;
        const base = loc?.value ?? `https://artifacts.k8s.io/binaries/cloud-provider-aws/${inTagRanges(ctx.release, ECR_V1_31_7) ? 'v1.31.7' : 'v1.27.1'}`;
        return [planned(ctx, 'ecr-credential-provider', `${base}/linux/${ctx.arch}/ecr-credential-provider-linux-${ctx.arch}`, null, loc)];
    }
    if (cloud === 'gce') {
        const loc = ctx.cluster.gceBinariesLocation;
        if (inTagRanges(ctx.release, GCP_V35)) {
            const base = loc?.value ?? 'https://artifacts.k8s.io/binaries/cloud-provider-gcp/v35.0.0';
            return [planned(ctx, 'auth-provider-gcp', `${base}/auth-provider-gcp/linux/${ctx.arch}/auth-provider-gcp`, null, loc)];
        }
        if (inTagRanges(ctx.release, GCP_STAGING) && k8sGte(ctx.k8sVersion, '1.29')) {
            const base = loc?.value ?? 'https://storage.googleapis.com/k8s-staging-cloud-provider-gcp/auth-provider-gcp';
            return [planned(ctx, 'auth-provider-gcp', `${base}/linux-${ctx.arch}/v20231005-providersv0.27.1-65-g8fbe8d27`, null, loc)];
        }
    }
    return [];
}

;// CONCATENATED MODULE: ./src/simulate/cloudup/crictl.ts

const CRICTL_VERSION = '1.29.0';
function crictlAsset(ctx) {
    return planned(ctx, 'crictl', `https://github.com/kubernetes-sigs/cri-tools/releases/download/v${CRICTL_VERSION}/crictl-v${CRICTL_VERSION}-linux-${ctx.arch}.tar.gz`, null, ctx.cluster.containerd.installCriCtl);
}

;// CONCATENATED MODULE: ./src/simulate/cloudup/kops-assets.ts

function kopsBinaryAsset(ctx, name) {
    return planned(ctx, name, `https://artifacts.k8s.io/binaries/kops/${ctx.kopsVersion}/linux/${ctx.arch}/${name}`, null, ctx.pin);
}

;// CONCATENATED MODULE: ./src/simulate/cloudup/kubernetes.ts
// Mirrors the kubelet/kubectl/mounter part of kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go addFileAssets
// (v1.26.0 … v1.29.x) and pkg/nodemodel/fileassets.go (v1.30.0-alpha.1 …).
//   base URL: storage.googleapis.com/kubernetes-release before 1.27.0-alpha.2, dl.k8s.io after;
//             a spec.kubernetesVersion that is itself a URL is used as the base.
//   mounter:  GCE only, removed in 1.36.0-alpha.1 (3f5d2176d7).


const DL_K8S_IO = [['1.27.0-alpha.2']];
const MOUNTER = [['0.0.0', '1.36.0-alpha.1']];
function kubernetesBase(ctx) {
    const raw = ctx.cluster.kubernetesVersion?.value ?? '';
    if (/^https?:\/\//.test(raw))
        return raw.replace(/\/$/, '');
    return inTagRanges(ctx.release, DL_K8S_IO) ? `https://dl.k8s.io/release/v${ctx.k8sVersion}` : `https://storage.googleapis.com/kubernetes-release/release/v${ctx.k8sVersion}`;
}
function kubernetesAssets(ctx) {
    const base = kubernetesBase(ctx);
    const origin = ctx.cluster.kubernetesVersion;
    const out = [
        planned(ctx, 'kubelet', `${base}/bin/linux/${ctx.arch}/kubelet`, null, origin),
        planned(ctx, 'kubectl', `${base}/bin/linux/${ctx.arch}/kubectl`, null, origin),
    ];
    if (cloudProvider(ctx) === 'gce' && inTagRanges(ctx.release, MOUNTER))
        out.push(planned(ctx, 'mounter', `${base}/bin/linux/${ctx.arch}/mounter`, null, origin));
    return out;
}

;// CONCATENATED MODULE: ./src/simulate/cloudup/nerdctl.ts

const NERDCTL_VERSION = '1.7.4';
function nerdctlAsset(ctx) {
    return planned(ctx, 'nerdctl', `https://github.com/containerd/nerdctl/releases/download/v${NERDCTL_VERSION}/nerdctl-${NERDCTL_VERSION}-linux-${ctx.arch}.tar.gz`, null, ctx.cluster.containerd.installNerdCtl);
}

;// CONCATENATED MODULE: ./src/simulate/cloudup/runc.ts
// Mirrors kubernetes/kops:upup/pkg/fi/cloudup/runc.go (v1.26 … v1.29) and pkg/nodemodel/wellknownassets/runc.go (v1.30 …).
//   Added when the containerd version is ≥ 1.6.0 (containerd < 1.6 bundles its own runc); always from 1.36.0-alpha.1 (b0cfa5050d).
//   spec.containerd.runc must exist (`unable to find runc config`): kOps's defaults fill it only when containerd.version is empty.
//   1.26 … 1.29: the version must be in kOps's URL+hash table; 1.30 …: any version.









const ALWAYS = [['1.36.0-alpha.1']];
function runcAsset(ctx) {
    const cv = ctx.containerd.version;
    if (!inTagRanges(ctx.release, ALWAYS)) {
        const parsed = goSemverParseTolerant(cv ?? '');
        if (!parsed.ok)
            throw new CloudupError(`unable to parse version string: ${JSON.stringify(cv ?? '')}`, ctx.containerd.versionOrigin);
        if (semver_default().lt(parsed.version, '1.6.0'))
            return null;
    }
    const runc = ctx.containerd.runc;
    if (!runc)
        throw new CloudupError('unable to find runc config', ctx.containerd.versionOrigin);
    const pkg = runc.packages ? packageFor(runc.packages, ctx.arch) : null;
    if (pkg)
        return packageAsset(ctx, 'runc', pkg);
    const version = runc.version;
    if (!version)
        throw new CloudupError('unable to find runc version', ctx.cluster.containerd.runc.at);
    const table = maybeRowFor(RUNC_HASH_TABLE, ctx.release);
    if (table && !table.versions.includes(version))
        throw new CloudupError(`unknown url and hash for runc version: ${ctx.arch} - ${version}`, runc.origin);
    const parsed = goSemverParseTolerant(version);
    if (!parsed.ok)
        throw new CloudupError(`unable to parse version string: ${JSON.stringify(version)}`, runc.origin);
    if (semver_default().lt(parsed.version, '1.1.0'))
        throw new CloudupError(`unsupported runc version: ${JSON.stringify(version)}`, runc.origin);
    const url = `https://github.com/opencontainers/runc/releases/download/v${version}/runc.${ctx.arch}`;
    if (!isPlainVersion(version))
        throw new CloudupError(ctx.builder.hashNotFound(url), runc.origin);
    return planned(ctx, 'runc', url, null, runc.origin);
}

;// CONCATENATED MODULE: ./src/simulate/cloudup/file-assets.ts
// Mirrors the ordered asset list of kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go addFileAssets +
// nodeUpConfigBuilder.BuildConfig (v1.26 … v1.29.x), pkg/nodemodel/fileassets.go + nodeupconfigbuilder.go (v1.30 …):
// kubelet, kubectl, [mounter], [credential provider], [CNI], runtime block {containerd|docker, runc, nerdctl, crictl},
// [crictl outside the block, 1.29.0-beta.1 … 1.34.0-alpha.1], then protokube and channels on control planes and gossip clusters.
// kOps writes the list for bastions too (their user data never runs nodeup, so nothing downloads it).











// containerd.skipInstall honoured by cloudup (989be27398): not in 1.26.x, 1.27.0-alpha.1 … beta.3, 1.28.0-alpha.1.
const SKIP_INSTALL_HONOURED = [['1.27.0', '1.28.0-alpha.1'], ['1.28.0-alpha.2']];
const DOCKER_RUNTIME = [['0.0.0', '1.29.0-alpha.1']];
const CRICTL_ALWAYS = [['1.29.0-beta.1', '1.34.0-beta.1']];
const NERDCTL_ALWAYS = [['1.29.0-beta.1', '1.34.0-beta.1']];
const TOOLS_OPT_IN = [['1.34.0-beta.1']];
const CHANNELS_ASSET = [['0.0.0', '1.36.0-alpha.1']];
const PROTOKUBE_HYBRID = [['1.36.0-alpha.1']];
/** spec.docker.packages, used like containerd's (upup/pkg/fi/cloudup/docker.go findDockerAsset, 1.26 … 1.29.0-alpha.0). */
function readDockerPackages(ctx) {
    const d = ctx.cluster.doc;
    const p = ['spec', 'docker', 'packages'];
    return { urlAmd64: d.string([...p, 'urlAmd64']), hashAmd64: d.string([...p, 'hashAmd64']), urlArm64: d.string([...p, 'urlArm64']), hashArm64: d.string([...p, 'hashArm64']) };
}
function buildFileAssets(ctx) {
    const out = [...kubernetesAssets(ctx), ...credentialProviderAssets(ctx), ...cniAssets(ctx)];
    const runtime = ctx.cluster.containerRuntime?.value ?? 'containerd';
    const c = ctx.cluster.containerd;
    const skip = c.skipInstall?.value === true && inTagRanges(ctx.release, SKIP_INSTALL_HONOURED);
    if (runtime === 'docker' && inTagRanges(ctx.release, DOCKER_RUNTIME)) {
        const v = ctx.cluster.doc.string(['spec', 'docker', 'version']);
        const skipDocker = ctx.cluster.doc.boolean(['spec', 'docker', 'skipInstall'])?.value === true && inTagRanges(ctx.release, SKIP_INSTALL_HONOURED);
        if (!skipDocker) {
            const pkg = packageFor(readDockerPackages(ctx), ctx.arch);
            const dir = ctx.arch === 'amd64' ? 'x86_64' : 'aarch64';
            out.push(pkg ? packageAsset(ctx, 'docker', pkg) : planned(ctx, 'docker', `https://download.docker.com/linux/static/stable/${dir}/docker-${v?.value ?? '20.10.17'}.tgz`, null, v));
        }
    }
    else if (!skip) {
        out.push(containerdAsset(ctx));
        const runc = runcAsset(ctx);
        if (runc)
            out.push(runc);
        if (inTagRanges(ctx.release, NERDCTL_ALWAYS) || (inTagRanges(ctx.release, TOOLS_OPT_IN) && c.installNerdCtl?.value === true))
            out.push(nerdctlAsset(ctx));
        if (inTagRanges(ctx.release, TOOLS_OPT_IN) && c.installCriCtl?.value === true)
            out.push(crictlAsset(ctx));
    }
    if (inTagRanges(ctx.release, CRICTL_ALWAYS))
        out.push(crictlAsset(ctx));
    if (ctx.ig.role === 'Bastion')
        return out;
    const controlPlane = ctx.ig.role === 'ControlPlane';
    const gossip = usesLegacyGossip(ctx.cluster);
    const protokube = inTagRanges(ctx.release, PROTOKUBE_HYBRID) ? controlPlane || (gossip && !hasAPIServerIPs()) : controlPlane || gossip;
    if (protokube) {
        out.push(kopsBinaryAsset(ctx, 'protokube'));
        if (inTagRanges(ctx.release, CHANNELS_ASSET))
            out.push(kopsBinaryAsset(ctx, 'channels'));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/releases/data/containerd-defaults.ts
const CONTAINERD_DEFAULTS = [
    {
        tags: ['1.26.0-alpha.1'],
        appliesOnlyForContainerdRuntime: true,
        rules: [
            { k8s: [{ from: '1.23' }], containerd: '1.6.8', runc: '1.1.4' },
            { k8s: [], containerd: '1.4.13', runc: '' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.26.0-alpha.1',
    },
    {
        tags: ['1.26.0-alpha.2'],
        appliesOnlyForContainerdRuntime: true,
        rules: [
            { k8s: [{ from: '1.23' }], containerd: '1.6.10', runc: '1.1.4' },
            { k8s: [], containerd: '1.4.13', runc: '' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.26.0-alpha.2',
    },
    {
        tags: ['1.26.0-beta.1', '1.27.0-alpha.1'],
        appliesOnlyForContainerdRuntime: true,
        rules: [
            { k8s: [{ from: '1.23' }], containerd: '1.6.14', runc: '1.1.4' },
            { k8s: [], containerd: '1.4.13', runc: '' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.26.0-beta.1',
    },
    {
        tags: ['1.26.0-beta.2'],
        appliesOnlyForContainerdRuntime: true,
        rules: [
            { k8s: [{ from: '1.23' }], containerd: '1.6.15', runc: '1.1.4' },
            { k8s: [], containerd: '1.4.13', runc: '' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.26.0-beta.2',
    },
    {
        tags: ['1.26.0', '1.26.1', '1.26.2', '1.26.3'],
        appliesOnlyForContainerdRuntime: true,
        rules: [
            { k8s: [{ from: '1.23' }], containerd: '1.6.18', runc: '1.1.4' },
            { k8s: [], containerd: '1.4.13', runc: '' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.26.0',
    },
    {
        tags: ['1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.2'],
        appliesOnlyForContainerdRuntime: true,
        rules: [
            { k8s: [{ from: '1.23' }], containerd: '1.6.21', runc: '1.1.5' },
            { k8s: [], containerd: '1.4.13', runc: '' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.26.4',
    },
    {
        tags: ['1.27.0-beta.1', '1.27.0-beta.2', '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2'],
        appliesOnlyForContainerdRuntime: true,
        rules: [
            { k8s: [{ to: '1.23' }], containerd: '1.4.13', runc: '' },
            { k8s: [{ from: '1.23', to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ from: '1.27.2' }], containerd: '1.7.2', runc: '1.1.7' },
            { k8s: [], containerd: '1.6.21', runc: '1.1.7' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.27.0-beta.1',
    },
    {
        tags: ['1.27.3'],
        appliesOnlyForContainerdRuntime: true,
        rules: [
            { k8s: [{ to: '1.23' }], containerd: '1.4.13', runc: '' },
            { k8s: [{ from: '1.23', to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ from: '1.27.2' }], containerd: '1.7.13', runc: '1.1.12' },
            { k8s: [], containerd: '1.6.28', runc: '1.1.12' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.27.3',
    },
    {
        tags: ['1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1', '1.28.0-beta.2', '1.28.0', '1.29.0-alpha.0'],
        appliesOnlyForContainerdRuntime: true,
        rules: [
            { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ from: '1.27.2' }], containerd: '1.7.2', runc: '1.1.7' },
            { k8s: [], containerd: '1.6.21', runc: '1.1.7' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.28.0-alpha.1',
    },
    {
        tags: ['1.28.1', '1.28.2', '1.28.3'],
        appliesOnlyForContainerdRuntime: true,
        rules: [
            { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ from: '1.27.2' }], containerd: '1.7.7', runc: '1.1.9' },
            { k8s: [], containerd: '1.6.24', runc: '1.1.9' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.28.1',
    },
    {
        tags: ['1.28.4'],
        appliesOnlyForContainerdRuntime: true,
        rules: [
            { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ from: '1.27.2' }], containerd: '1.7.13', runc: '1.1.12' },
            { k8s: [], containerd: '1.6.28', runc: '1.1.12' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.28.4',
    },
    {
        tags: ['1.28.5', '1.28.6', '1.28.7'],
        appliesOnlyForContainerdRuntime: true,
        rules: [
            { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ from: '1.27.2' }], containerd: '1.7.16', runc: '1.1.12' },
            { k8s: [], containerd: '1.6.31', runc: '1.1.12' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.28.5',
    },
    {
        tags: ['1.29.0-alpha.1'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ from: '1.27.2' }], containerd: '1.7.2', runc: '1.1.7' },
            { k8s: [], containerd: '1.6.21', runc: '1.1.7' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.29.0-alpha.1',
    },
    {
        tags: ['1.29.0-alpha.2', '1.29.0-alpha.3'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ from: '1.27.2' }], containerd: '1.7.7', runc: '1.1.9' },
            { k8s: [], containerd: '1.6.24', runc: '1.1.9' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.29.0-alpha.2',
    },
    {
        tags: ['1.29.0-beta.1'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ from: '1.27.2' }], containerd: '1.7.13', runc: '1.1.12' },
            { k8s: [], containerd: '1.6.28', runc: '1.1.12' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.29.0-beta.1',
    },
    {
        tags: ['1.29.0', '1.29.1', '1.29.2'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.24.14' }, { from: '1.25', to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ from: '1.27.2' }], containerd: '1.7.16', runc: '1.1.12' },
            { k8s: [], containerd: '1.6.31', runc: '1.1.12' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.29.0',
    },
    {
        tags: ['1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ from: '1.27.2' }], containerd: '1.7.16', runc: '1.1.12' },
            { k8s: [], containerd: '1.6.31', runc: '1.1.12' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.30.0-alpha.1',
    },
    {
        tags: ['1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1', '1.31.0-beta.1'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ from: '1.27.2' }], containerd: '1.7.22', runc: '1.1.14' },
            { k8s: [], containerd: '1.6.36', runc: '1.1.14' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.30.2',
    },
    {
        tags: ['1.31.0'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.25.10' }, { from: '1.26', to: '1.26.5' }, { from: '1.27', to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ from: '1.27.2' }], containerd: '1.7.25', runc: '1.2.4' },
            { k8s: [], containerd: '1.6.36', runc: '1.1.14' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.31.0',
    },
    {
        tags: ['1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1', '1.33.0-beta.1'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [], containerd: '1.7.25', runc: '1.2.4' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.32.0-beta.1',
    },
    {
        tags: ['1.33.0', '1.33.1', '1.33.2'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [], containerd: '1.7.28', runc: '1.3.0' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.33.0',
    },
    {
        tags: ['1.34.0-alpha.1'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.27.2' }], containerd: '1.6.20', runc: '1.1.5' },
            { k8s: [{ to: '1.32' }], containerd: '1.7.28', runc: '1.3.0' },
            { k8s: [], containerd: '2.1.4', runc: '1.3.0' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.34.0-alpha.1',
    },
    {
        tags: ['1.34.0-beta.1', '1.34.0'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.32' }], containerd: '1.7.28', runc: '1.3.0' },
            { k8s: [], containerd: '2.1.4', runc: '1.3.0' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.34.0-beta.1',
    },
    {
        tags: ['1.34.1', '1.34.2', '1.34.3', '1.35.0-alpha.1'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.32' }], containerd: '1.7.29', runc: '1.3.3' },
            { k8s: [], containerd: '2.1.5', runc: '1.3.3' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.34.1',
    },
    {
        tags: ['1.35.0-beta.1', '1.35.0'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.32' }], containerd: '1.7.30', runc: '1.3.4' },
            { k8s: [], containerd: '2.1.6', runc: '1.3.4' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.35.0-beta.1',
    },
    {
        tags: ['1.35.1', '1.35.2'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.32' }], containerd: '1.7.32', runc: '1.3.5' },
            { k8s: [{ to: '1.36' }], containerd: '2.2.4', runc: '1.3.5' },
            { k8s: [], containerd: '2.3.1', runc: '1.4.2' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.35.1',
    },
    {
        tags: ['1.36.0-alpha.1'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.32' }], containerd: '1.7.31', runc: '1.3.5' },
            { k8s: [{ to: '1.36' }], containerd: '2.2.3', runc: '1.3.5' },
            { k8s: [], containerd: '2.3.0', runc: '1.4.2' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.36.0-alpha.1',
    },
    {
        tags: ['1.36.0-beta.1', '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'],
        appliesOnlyForContainerdRuntime: false,
        rules: [
            { k8s: [{ to: '1.32' }], containerd: '1.7.32', runc: '1.3.5' },
            { k8s: [], containerd: '2.2.4', runc: '1.3.5' },
        ],
        source: 'kubernetes/kops:pkg/model/components/containerd.go@v1.36.0-beta.1',
    },
];

;// CONCATENATED MODULE: ./src/simulate/components/containerd.ts
// Mirrors kubernetes/kops:pkg/model/components/containerd.go (v1.26.0-alpha.1 … newest tag):
// when spec.containerd.version is empty, kOps fills containerd AND runc versions from the cluster's
// Kubernetes version; an explicit containerd version leaves runc unset. In 1.26–1.28 this defaulting
// runs only when containerRuntime is containerd.



function containerdDefaults(release, cluster, k8sVersion) {
    const c = cluster.containerd;
    const explicit = c.version?.value ?? null;
    const row = rowFor(CONTAINERD_DEFAULTS, release, 'containerd defaults');
    const runtime = cluster.containerRuntime?.value ?? 'containerd';
    const userRunc = c.runc.at ? { version: c.runc.version?.value ?? null, origin: c.runc.version, packages: c.runc.packages } : null;
    if (explicit !== null || (row.appliesOnlyForContainerdRuntime && runtime !== 'containerd'))
        return { version: explicit, versionOrigin: c.version, runc: userRunc };
    const rule = row.rules.find((r) => k8sInRanges(k8sVersion, r.k8s));
    if (!rule)
        return { version: null, versionOrigin: null, runc: userRunc };
    // Defaulting replaces spec.containerd.runc as a whole (a user's runc block is dropped), except in the branch
    // that sets no runc (`runc: ''`, containerd 1.4.13 for Kubernetes < 1.23), which leaves it as it was.
    if (rule.runc === '')
        return { version: rule.containerd, versionOrigin: null, runc: userRunc };
    return { version: rule.containerd, versionOrigin: null, runc: { version: rule.runc, origin: null, packages: null } };
}

;// CONCATENATED MODULE: ./src/simulate/nodeup/containerd.ts
// Mirrors kubernetes/kops:nodeup/pkg/model/containerd.go installContainerd (v1.26.0 … v1.37.0-alpha.1):
//   merged containerd.skipInstall → nothing; Flatcar / ContainerOS → no asset lookup;
//   1.26 … 1.28: only when containerRuntime is containerd;
//   binaries: first of ^bin/(containerd|ctr), ^(\./)?usr/local/bin/(containerd|crictl|ctr), ^docker/(containerd|ctr)
//     with any hit → /usr/bin/<Key>; none → `unable to find any containerd binaries in assets`;
//   runc: first of /runc\.(amd64|arm64)$, ^(\./)?usr/local/sbin/runc$, ^docker/runc$ with any hit; ≠ 1 → `error finding runc asset`.


const ONLY_FOR_CONTAINERD_RUNTIME = [['0.0.0', '1.29.0-alpha.1']];
const BINARIES = [/^bin\/(containerd|ctr)/, /^(\.\/)?usr\/local\/bin\/(containerd|crictl|ctr)/, /^docker\/(containerd|ctr)/];
const RUNC = [/\/runc\.(amd64|arm64)$/, /^(\.\/)?usr\/local\/sbin\/runc$/, /^docker\/runc$/];
function firstWithHits(ctx, patterns) {
    for (const re of patterns) {
        const m = ctx.assets.findMatches(re);
        if (m.size > 0)
            return m;
    }
    return new Map();
}
const ContainerdBuilder = {
    goType: '*model.ContainerdBuilder',
    build(ctx) {
        if (ctx.skipInstall)
            return;
        if (ctx.distribution !== 'other')
            return;
        if (inTagRanges(ctx.release, ONLY_FOR_CONTAINERD_RUNTIME) && ctx.containerRuntime !== 'containerd')
            return;
        const bins = firstWithHits(ctx, BINARIES);
        if (bins.size === 0)
            throw new KopsError('unable to find any containerd binaries in assets');
        for (const [key, entry] of bins)
            ctx.addFile(`/usr/bin/${key}`, entry);
        const runc = firstWithHits(ctx, RUNC);
        if (runc.size !== 1)
            throw new KopsError('error finding runc asset');
        for (const entry of runc.values())
            ctx.addFile('/usr/sbin/runc', entry);
    },
};

;// CONCATENATED MODULE: ./src/simulate/nodeup/kubelet.ts
// Mirrors kubernetes/kops:nodeup/pkg/model/kubelet.go (KubeletBuilder):
//   kubelet: Find("kubelet") → <kubelet dir>/kubelet; an error is `error trying to locate asset %q: %v` before
//     1.29.0-alpha.2 and `trying to locate asset %q: %v` after (2b056b9b17); nothing found is `unable to locate asset %q`.
//   mounter (ContainerOS, before 1.36.0-alpha.1) → /home/kubernetes/containerized_mounter/mounter.
//   credential providers: ECR (`ecr-credential-provider-linux-<arch>`) and GCP (staging build name, `auth-provider-gcp` from
//     1.35.0-beta.1), wrapped in `failed to add ECR credential provider: %w` (1.27 … 1.28) or
//     `failed to add the %s kubelet credential provider: %w` (1.29.0-alpha.2 …).


const NEW_LOCATE_TEXT = [['1.29.0-alpha.2']];
const kubelet_MOUNTER = [['0.0.0', '1.36.0-alpha.1']];
const NEW_PROVIDER_WRAP = [['1.29.0-alpha.2']];
function locate(ctx, name, errorPrefix) {
    let found;
    try {
        found = ctx.assets.find(name);
    }
    catch (e) {
        throw wrap(`${errorPrefix} ${JSON.stringify(name)}: ${e.message}`, e);
    }
    if (!found)
        throw new KopsError(`unable to locate asset ${JSON.stringify(name)}`);
    return found;
}
/** Re-wraps a lookup failure, keeping the entries involved. */
function wrap(message, cause) {
    const err = new KopsError(message);
    err.entries = cause.entries;
    return err;
}
const KubeletBuilder = {
    goType: '*model.KubeletBuilder',
    build(ctx) {
        const prefix = inTagRanges(ctx.release, NEW_LOCATE_TEXT) ? 'trying to locate asset' : 'error trying to locate asset';
        const kubelet = locate(ctx, 'kubelet', prefix);
        ctx.addFile(`${ctx.kubeletDir}/kubelet`, kubelet);
        if (ctx.distribution === 'containeros' && inTagRanges(ctx.release, kubelet_MOUNTER)) {
            const m = locate(ctx, 'mounter', prefix);
            ctx.addFile('/home/kubernetes/containerized_mounter/mounter', m);
        }
        const provider = ctx.credentialProvider;
        if (!provider)
            return;
        const cloud = (ctx.cluster.cloudProvider?.value ?? '').toLowerCase();
        try {
            const asset = locate(ctx, provider, prefix);
            ctx.addFile(`${ctx.kubeletDir}/${cloud === 'gce' ? 'gcp-credential-provider' : 'ecr-credential-provider'}`, asset);
        }
        catch (e) {
            const msg = e.message;
            throw wrap(inTagRanges(ctx.release, NEW_PROVIDER_WRAP) ? `failed to add the ${cloud} kubelet credential provider: ${msg}` : `failed to add ECR credential provider: ${msg}`, e);
        }
    },
};

;// CONCATENATED MODULE: ./src/simulate/nodeup/crictl.ts
// Mirrors kubernetes/kops:nodeup/pkg/model/crictl.go:
//   1.29.0-beta.1 … 1.29.x: Find("crictl") with no skip rule; several matches fail nodeup with
//     `unable to locate asset "crictl": found multiple matching assets for key: "crictl"` (kubernetes/kops#16425);
//     none adds a File task without contents.
//   1.30.0-alpha.1 …: FindMatches(^crictl$) — only an archive-root crictl; none → warning, several → warning (f9d6ff1d6a, ec47b3fea6).
//   1.34.0-beta.1 …: skipped when containerd.skipInstall and not installCriCtl (96a7fd8988).


const EXACT_KEY = [['1.29.0-beta.1', '1.30.0-alpha.1']];
const SKIP_RULE = [['1.34.0-beta.1']];
const CrictlBuilder = {
    goType: '*model.CrictlBuilder',
    build(ctx) {
        if (inTagRanges(ctx.release, EXACT_KEY)) {
            let found;
            try {
                found = ctx.assets.find('crictl');
            }
            catch (e) {
                throw wrap(`unable to locate asset "crictl": ${e.message}`, e);
            }
            ctx.addFile(`${ctx.toolsDir}/crictl`, found);
            return;
        }
        if (inTagRanges(ctx.release, SKIP_RULE) && ctx.skipInstall && !ctx.installCriCtl)
            return;
        const m = ctx.assets.findMatches(/^crictl$/);
        if (m.size === 0)
            return ctx.warn('unable to find any crictl binaries in assets');
        if (m.size > 1)
            return ctx.warn('multiple crictl binaries are found');
        for (const [key, entry] of m)
            ctx.addFile(`${ctx.toolsDir}/${key}`, entry);
    },
};

;// CONCATENATED MODULE: ./src/simulate/nodeup/docker.ts
// Mirrors kubernetes/kops:nodeup/pkg/model/docker.go (v1.26.0 … v1.29.0-alpha.0; removed in 1.29.0-alpha.1, c43b48a8d8):
// with containerRuntime docker and not docker.skipInstall, FindMatches(^docker/) → /usr/bin/<Key>; none is fatal.

const DockerBuilder = {
    goType: '*model.DockerBuilder',
    build(ctx) {
        if (ctx.containerRuntime !== 'docker')
            return;
        if (ctx.cluster.doc.boolean(['spec', 'docker', 'skipInstall'])?.value === true)
            return;
        if (ctx.distribution !== 'other')
            return;
        const m = ctx.assets.findMatches(/^docker\//);
        if (m.size === 0)
            throw new KopsError('unable to find any Docker binaries in assets');
        for (const [key, entry] of m)
            ctx.addFile(`/usr/bin/${key}`, entry);
    },
};

;// CONCATENATED MODULE: ./src/simulate/nodeup/kubectl.ts

const KubectlBuilder = {
    goType: '*model.KubectlBuilder',
    build(ctx) {
        if (!ctx.hasAPIServer)
            return;
        const k = locate(ctx, 'kubectl', 'error trying to locate asset');
        ctx.addFile(`${ctx.toolsDir}/kubectl`, k);
    },
};

;// CONCATENATED MODULE: ./src/simulate/nodeup/nerdctl.ts
// Mirrors kubernetes/kops:nodeup/pkg/model/nerdctl.go:
//   1.29.0-beta.1 … 1.29.x: skipped with containerd.skipInstall; Find("nerdctl"); several matches fail nodeup.
//   1.30.0-alpha.1 … 1.33.x: same lookup, a failure is only a warning (ec47b3fea6).
//   1.34.0-beta.1 …: skipped when skipInstall and not installNerdCtl; FindMatches(^nerdctl$), none or several → warning.


const FATAL = [['1.29.0-beta.1', '1.30.0-alpha.1']];
const BY_PATTERN = [['1.34.0-beta.1']];
const NerdctlBuilder = {
    goType: '*model.NerdctlBuilder',
    build(ctx) {
        if (inTagRanges(ctx.release, BY_PATTERN)) {
            if (ctx.skipInstall && !ctx.installNerdCtl)
                return;
            const m = ctx.assets.findMatches(/^nerdctl$/);
            if (m.size === 0)
                return ctx.warn('unable to find any nerdctl binaries in assets');
            if (m.size > 1)
                return ctx.warn('multiple nerdctl binaries are found');
            for (const [key, entry] of m)
                ctx.addFile(`${ctx.toolsDir}/${key}`, entry);
            return;
        }
        if (ctx.skipInstall)
            return;
        let found;
        try {
            found = ctx.assets.find('nerdctl');
        }
        catch (e) {
            const text = `unable to locate asset "nerdctl": ${e.message}`;
            if (inTagRanges(ctx.release, FATAL))
                throw wrap(text, e);
            return ctx.warn(text);
        }
        ctx.addFile(`${ctx.toolsDir}/nerdctl`, found);
    },
};

;// CONCATENATED MODULE: ./src/simulate/nodeup/networking/common.ts
// Mirrors kubernetes/kops:nodeup/pkg/model/networking/common.go with context.go AddCNIBinAssets:
//   1.26 … 1.27.0-alpha.x: FindMatch(^<name>$) for 16 plugin names → /opt/cni/bin/<Key>; none or several is fatal.
//   1.27.0-beta.1 …: FindMatches(.*) copies every asset in the store into /opt/cni/bin (cd59ed1a56); never fails.
//   1.32.0-beta.1 …: only when InstallCNIAssets (no amazonvpc, calico or cilium).

const PER_NAME = [['0.0.0', '1.27.0-beta.1']];
const NAMES = ['bridge', 'dhcp', 'flannel', 'host-device', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'tuning', 'vlan', 'bandwidth', 'firewall', 'sbr', 'static'];
const CommonBuilder = {
    goType: '*networking.CommonBuilder',
    build(ctx) {
        if (!ctx.installCniAssets)
            return;
        if (inTagRanges(ctx.release, PER_NAME)) {
            for (const name of NAMES) {
                const a = ctx.assets.findMatch(new RegExp(`^${name}$`), `^${name}$`);
                ctx.addFile(`/opt/cni/bin/${a.key}`, a);
            }
            return;
        }
        for (const [key, entry] of ctx.assets.findMatches(/.*/))
            ctx.addFile(`/opt/cni/bin/${key}`, entry);
    },
};

;// CONCATENATED MODULE: ./src/simulate/nodeup/protokube.ts
// Mirrors kubernetes/kops:nodeup/pkg/model/protokube.go:
//   1.26 … 1.35: runs on control planes and gossip clusters; FindMatch(protokube$) and FindMatch(channels$) → /opt/kops/bin.
//   1.36.0-alpha.1 …: skipped unless gossip and (control plane or no API server IPs); channels lookup removed (cce0bb271e).
// Lookup errors are returned unwrapped.


const CHANNELS_LOOKUP = [['0.0.0', '1.36.0-alpha.1']];
const HYBRID = [['1.36.0-alpha.1']];
const ProtokubeBuilder = {
    goType: '*model.ProtokubeBuilder',
    build(ctx) {
        const gossip = usesLegacyGossip(ctx.cluster);
        const runs = inTagRanges(ctx.release, HYBRID) ? gossip && (ctx.isMaster || !hasAPIServerIPs()) : ctx.isMaster || gossip;
        if (!runs)
            return;
        const p = ctx.assets.findMatch(/protokube$/, 'protokube$');
        ctx.addFile(`/opt/kops/bin/${p.key}`, p);
        if (inTagRanges(ctx.release, CHANNELS_LOOKUP)) {
            const c = ctx.assets.findMatch(/channels$/, 'channels$');
            ctx.addFile(`/opt/kops/bin/${c.key}`, c);
        }
    },
};

;// CONCATENATED MODULE: ./src/simulate/nodeup/command.ts
// Mirrors kubernetes/kops:upup/pkg/fi/nodeup/command.go (loader.Builders) and loader.go: the ordered builders that
// look up assets, per release, each failure wrapped as `building %s: %v` and then `error building loader: %v`.
// Builders that never touch the asset store are left out; their place in the order does not change any outcome.









const BUILDERS = [
    { builder: ContainerdBuilder, tags: [['0.0.0']] },
    { builder: DockerBuilder, tags: [['0.0.0', '1.29.0-alpha.1']] },
    { builder: ProtokubeBuilder, tags: [['0.0.0']] },
    { builder: KubeletBuilder, tags: [['0.0.0']] },
    { builder: KubectlBuilder, tags: [['0.0.0']] },
    { builder: NerdctlBuilder, tags: [['1.29.0-beta.1']] },
    { builder: CrictlBuilder, tags: [['1.29.0-beta.1']] },
    { builder: CommonBuilder, tags: [['0.0.0']] },
];
function buildersFor(release) {
    return BUILDERS.filter((b) => inTagRanges(release, b.tags)).map((b) => b.builder);
}
function loaderError(builder, message) {
    return `error building loader: building ${builder.goType}: ${message}`;
}

;// CONCATENATED MODULE: ./src/simulate/nodeup/context.ts

class NodeupContext {
    release;
    arch;
    assets;
    cluster;
    ig;
    k8sVersion;
    credentialProvider;
    installCniAssets;
    files = [];
    warnings = [];
    taskNames = new Set();
    constructor(release, arch, assets, cluster, ig, k8sVersion, 
    /** Whether cloudup planned a kubelet credential provider; nodeup's condition is the same (UseExternalKubeletCredentialProvider). */
    credentialProvider, installCniAssets) {
        this.release = release;
        this.arch = arch;
        this.assets = assets;
        this.cluster = cluster;
        this.ig = ig;
        this.k8sVersion = k8sVersion;
        this.credentialProvider = credentialProvider;
        this.installCniAssets = installCniAssets;
    }
    get isMaster() {
        return this.ig.role === 'ControlPlane';
    }
    get hasAPIServer() {
        return this.ig.role === 'ControlPlane' || this.ig.role === 'APIServer';
    }
    get distribution() {
        const image = (this.ig.image?.value ?? '').toLowerCase();
        if (image.includes('flatcar'))
            return 'flatcar';
        if (/(^|\/)cos-/.test(image) || image.startsWith('cos-cloud/'))
            return 'containeros';
        return 'other';
    }
    /**
     * Merged cluster + instance group containerd config (pkg/apis/nodeup/config.go buildContainerdConfig): the group's
     * settings are merged over the cluster's through JSON with omitempty, so a group's `false` cannot undo a cluster's `true`.
     */
    get skipInstall() {
        return this.ig.containerd.skipInstall?.value === true || this.cluster.containerd.skipInstall?.value === true;
    }
    get installCriCtl() {
        return this.ig.containerd.installCriCtl?.value === true || this.cluster.containerd.installCriCtl?.value === true;
    }
    get installNerdCtl() {
        return this.ig.containerd.installNerdCtl?.value === true || this.cluster.containerd.installNerdCtl?.value === true;
    }
    get containerRuntime() {
        return this.cluster.containerRuntime?.value ?? 'containerd';
    }
    /** Directory for kubectl, crictl and nerdctl (binaryPath in kubectl.go, crictl.go, nerdctl.go). */
    get toolsDir() {
        return this.distribution === 'flatcar' ? '/opt/kops/bin' : this.distribution === 'containeros' ? '/home/kubernetes/bin' : '/usr/local/bin';
    }
    /** Directory for kubelet and credential providers (KubeletBuilder binaryPath). */
    get kubeletDir() {
        return this.distribution === 'flatcar' ? '/opt/kubernetes/bin' : this.distribution === 'containeros' ? '/home/kubernetes/bin' : '/usr/local/bin';
    }
    /** AddTask of a nodetasks.File; a second task with the same name is fatal in kOps. */
    addFile(path, entry) {
        const name = `File/${path}`;
        if (this.taskNames.has(name))
            throw new KopsError(`found duplicate tasks with name ${JSON.stringify(name)}`);
        this.taskNames.add(name);
        if (entry)
            this.files.push({ path, url: entry.from.urls[0], member: entry.assetPath === entry.from.urls[0] ? entry.key : entry.assetPath, entry });
    }
    warn(text) {
        this.warnings.push(text);
    }
}

;// CONCATENATED MODULE: ./src/simulate/index.ts








function originOf(entries) {
    for (const e of entries ?? [])
        if (e.from.origin)
            return e.from.origin;
    return null;
}
function simulate(req) {
    const result = {
        assets: [],
        nodeup: { outcome: 'ok', error: null, warnings: [] },
        files: [],
        failureOrigin: null,
        failedIn: null,
        archives: [],
        uncertain: false,
    };
    const containerd = containerdDefaults(req.release, req.cluster, req.k8sVersion);
    const ctx = { ...req, containerd, builder: assetBuilder(req.release, req.kopsVersion, req.cluster) };
    let assets;
    try {
        assets = buildFileAssets(ctx);
    }
    catch (e) {
        if (!(e instanceof CloudupError))
            throw e;
        result.nodeup = { outcome: 'rejected', error: e.message, warnings: [] };
        result.failureOrigin = e.origin;
        result.failedIn = 'kops update cluster';
        return result;
    }
    result.assets = assets;
    const store = new AssetStore();
    for (const a of assets)
        store.add(a);
    result.archives = store.archives.map((n) => ({
        url: n.asset.urls[0],
        family: n.listing?.family ?? null,
        version: n.listing?.version ?? null,
        byFileName: n.byFileName,
        unpublished: n.listing?.unpublished === true,
        origin: n.asset.origin,
    }));
    result.uncertain = store.archives.some((n) => n.listing === null);
    if (req.ig.role === 'Bastion')
        return result;
    const credentialProvider = assets.find((a) => a.component === 'ecr-credential-provider' || a.component === 'auth-provider-gcp');
    const node = new NodeupContext(req.release, req.arch, store, req.cluster, req.ig, req.k8sVersion, credentialProvider ? credentialProvider.urls[0].slice(credentialProvider.urls[0].lastIndexOf('/') + 1) : null, installCniAssets({ release: req.release, cluster: req.cluster }));
    for (const builder of buildersFor(req.release)) {
        try {
            builder.build(node);
        }
        catch (e) {
            if (!(e instanceof KopsError))
                throw e;
            result.nodeup = { outcome: 'fail', error: loaderError(builder, e.message), warnings: [...node.warnings] };
            result.failedIn = builder.goType;
            const entries = e.entries;
            result.failureOrigin = originOf(entries) ?? (builder.goType === '*model.ContainerdBuilder' ? (assets.find((a) => a.component === 'containerd')?.origin ?? null) : null);
            break;
        }
    }
    if (result.nodeup.outcome === 'ok')
        result.nodeup.warnings = [...node.warnings];
    // A builder error stops nodeup before any task runs: nothing is installed.
    result.files = result.nodeup.outcome === 'ok' ? node.files.map(({ path, url, member }) => ({ path, url, member })) : [];
    return result;
}

;// CONCATENATED MODULE: ./src/analyze.ts
// The pipeline for one side: pins → kOps release, manifests → clusters, and a simulation per instance group and arch.






function resolveKops(pins, override) {
    if (override)
        return { ...resolveVersion(override), source: 'input', pin: null };
    const pin = pins.find((p) => p.version !== null);
    if (!pin)
        return { version: null, release: null, status: 'missing', source: 'none', pin: null };
    return { ...resolveVersion(pin.raw), source: 'pin', pin: { value: pin.raw, file: pin.file, pos: pin.pos, path: pin.source } };
}
/** The Kubernetes version a cluster runs: `1.28.5` from `v1.28.5`, or from a release URL. */
function kubernetesVersionOf(raw) {
    const direct = version_normaliseVersion(raw);
    if (direct)
        return direct;
    const m = /\/v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)\/?$/.exec(raw.trim());
    return m ? version_normaliseVersion(m[1]) : null;
}
function evaluate(group, kops, templatedFiles) {
    const partial = group.files.some((f) => templatedFiles.has(f));
    const none = (reason) => ({ group, k8sVersion: null, evaluated: 'none', reason, igs: group.instanceGroups.map((ig) => ({ ig, results: {} })) });
    const cluster = group.cluster;
    if (!cluster)
        return none('its instance groups have no Cluster document in the repository');
    const kv = cluster.kubernetesVersion;
    if (!kv)
        return none('spec.kubernetesVersion is not set');
    if (isUnresolved(kv.value))
        return none('spec.kubernetesVersion is a template expression or variable');
    const k8s = kubernetesVersionOf(kv.value);
    if (!k8s)
        return none(`spec.kubernetesVersion "${kv.value}" is not a version`);
    if (!kops.release || !kops.version)
        return { ...none(null), k8sVersion: k8s };
    const release = kops.release;
    const version = kops.version;
    // Instance groups that differ only in size, subnets or machine type plan and run nodeup identically:
    // simulate each distinct (role, image, group-level containerd) once.
    const memo = new Map();
    const igs = group.instanceGroups.map((ig) => {
        const c = ig.containerd;
        const key = JSON.stringify([ig.role, ig.image?.value ?? null, c.at ? ig.doc.node(['spec', 'containerd'])?.toString() : null]);
        let results = memo.get(key);
        if (!results) {
            results = {};
            for (const arch of ['amd64', 'arm64'])
                results[arch] = simulate({ release, kopsVersion: version, cluster, ig, arch, k8sVersion: k8s, pin: kops.pin });
            memo.set(key, results);
        }
        return { ig, results };
    });
    return { group, k8sVersion: k8s, evaluated: partial ? 'partial' : 'full', reason: null, igs };
}
function analyzeSide(files, opts) {
    const pins = extractPins(files);
    const kops = resolveKops(pins, opts.kopsVersion);
    const manifests = readManifests(files);
    const templated = new Set(manifests.problems.filter((p) => p.ruleId === 'manifest-not-evaluated').map((p) => p.file));
    const clusters = manifests.groups.map((g) => evaluate(g, kops, templated));
    return { side: opts.side, ref: opts.ref, kops, pins, manifests, clusters };
}

;// CONCATENATED MODULE: ./src/rules/rule.ts
function defineRule(rule) {
    return rule;
}
function formatMessage(template, data) {
    return template.replace(/\{(\w+)\}/g, (m, k) => (k in data ? String(data[k]) : m));
}
function toRaw(rule, r) {
    const template = rule.messages[r.messageId];
    if (template === undefined)
        throw new Error(`rule ${rule.id} has no message ${r.messageId}`);
    return {
        ruleId: rule.id,
        severity: r.severity ?? rule.defaultSeverity,
        messageId: r.messageId,
        data: r.data,
        message: formatMessage(template, r.data),
        remediation: rule.remediation,
        place: r.place,
        cluster: r.cluster,
        instanceGroup: r.instanceGroup,
        arch: r.arch,
        kopsVersion: r.kopsVersion,
        subject: r.subject,
    };
}
/** The place to point at: a located spec value, else the kOps pin, else the Cluster document. */
function placeOf(origin, side, cluster) {
    if (origin)
        return { file: origin.file, pos: origin.pos };
    if (side.kops.pin)
        return { file: side.kops.pin.file, pos: side.kops.pin.pos };
    if (cluster?.cluster)
        return { file: cluster.cluster.doc.file, pos: cluster.cluster.doc.at };
    return { file: cluster?.file ?? '', pos: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
}
/** Arches this instance group runs, as far as the spec tells (both when unknown). */
function igArches(ig) {
    return ig.arches ?? ['amd64', 'arm64'];
}

;// CONCATENATED MODULE: ./src/rules/asset-changed.ts
// asset-changed: an asset an instance group downloads changes between base and head (kOps bump or spec edit).

/** kOps's own binaries follow the kOps pin on every bump; listing them would only repeat the bump. */
const FOLLOWS_PIN = ['protokube', 'channels'];
/** Short labels for two URLs: their file names, or the first path segment where they differ. */
function labels(from, to) {
    const a = from.split('/');
    const b = to.split('/');
    if (a[a.length - 1] !== b[b.length - 1])
        return [a[a.length - 1], b[b.length - 1]];
    for (let i = 0; i < Math.min(a.length, b.length); i++)
        if (a[i] !== b[i])
            return [a[i], b[i]];
    return [from, to];
}
function changes(base, head) {
    const out = new Map();
    for (const h of head.igs) {
        const b = base.igs.find((x) => x.ig.name?.value === h.ig.name?.value);
        if (!b || h.ig.role === 'Bastion')
            continue;
        for (const arch of igArches(h.ig)) {
            const ha = h.results[arch]?.assets ?? [];
            const ba = b.results[arch]?.assets ?? [];
            for (const comp of new Set([...ha.map((a) => a.component), ...ba.map((a) => a.component)])) {
                if (FOLLOWS_PIN.includes(comp))
                    continue;
                const hu = ha.find((a) => a.component === comp);
                const bu = ba.find((a) => a.component === comp);
                const fromUrl = bu ? bu.urls[0].replaceAll(arch, '<arch>') : '';
                const toUrl = hu ? hu.urls[0].replaceAll(arch, '<arch>') : '';
                if (fromUrl === toUrl)
                    continue;
                const [from, to] = bu && hu ? labels(fromUrl, toUrl) : [bu ? labels(fromUrl, fromUrl)[0].split('/').pop() : '(none)', hu ? toUrl.split('/').pop() : '(none)'];
                const key = `${comp}|${from}|${to}`;
                const c = out.get(key) ?? { component: comp, from, to, arches: new Set(), igs: new Map(), origin: hu?.origin ?? bu?.origin ?? null };
                c.arches.add(arch);
                const name = h.ig.name?.value ?? '';
                c.igs.set(name, (c.igs.get(name) ?? new Set()).add(arch));
                out.set(key, c);
            }
        }
    }
    return [...out.values()];
}
/* harmony default export */ const asset_changed = (defineRule({
    id: 'asset-changed',
    defaultSeverity: 'notice',
    summary: 'An asset instance groups download changes between the two sides (e.g. containerd 1.7.13 → 1.7.16).',
    remediation: 'Review the change; mirror the new asset first if spec.assets.fileRepository is set.',
    messages: {
        changed: '{component} changes from {from} to {to} on {igs}.',
        added: '{component} is added ({to}) on {igs}.',
        removed: '{component} ({from}) is no longer installed on {igs}.',
    },
    scope: 'change',
    check({ base, head }, report) {
        if (!base)
            return;
        for (const hc of head.clusters) {
            const name = hc.group.cluster?.name?.value;
            if (!name)
                continue;
            const bc = base.clusters.find((c) => c.group.cluster?.name?.value === name);
            if (!bc)
                continue;
            for (const ch of changes(bc, hc)) {
                const arches = [...ch.arches].sort();
                report({
                    messageId: ch.from === '(none)' ? 'added' : ch.to === '(none)' ? 'removed' : 'changed',
                    data: { component: ch.component, from: ch.from, to: ch.to, igs: [...ch.igs.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([i, a]) => `"${i}" (${[...a].sort().join(', ')})`).join(', '), arches: arches.join(', ') },
                    place: placeOf(ch.origin, head, hc.group),
                    cluster: name,
                    instanceGroup: null,
                    arch: arches.length === 1 ? arches[0] : null,
                    kopsVersion: head.kops.version,
                    subject: `${ch.component}:${ch.from}->${ch.to}`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/asset-contents-unknown.ts
// asset-contents-unknown: an archive nodeup extracts has a file name kops-preflight does not recognise, so lookups in it are unknown.

/* harmony default export */ const asset_contents_unknown = (defineRule({
    id: 'asset-contents-unknown',
    defaultSeverity: 'notice',
    summary: 'An archive nodeup extracts is not recognised, so what nodeup finds in it could not be simulated.',
    remediation: 'Keep the upstream file name when mirroring archives (e.g. containerd-1.7.16-linux-amd64.tar.gz) so their contents are known.',
    messages: {
        unknown: 'The contents of {file} ({arch}) are unknown, so nodeup of kOps {kops} could not be simulated for instance groups using it; no verdict is given for them.',
    },
    scope: 'side',
    check({ side }, report) {
        for (const c of side.clusters) {
            const seen = new Set();
            for (const { ig, results } of c.igs) {
                if (ig.role === 'Bastion')
                    continue;
                for (const arch of igArches(ig))
                    for (const a of results[arch]?.archives ?? []) {
                        if (a.family !== null || seen.has(`${arch}:${a.url}`))
                            continue;
                        seen.add(`${arch}:${a.url}`);
                        report({
                            messageId: 'unknown',
                            data: { file: a.url.slice(a.url.lastIndexOf('/') + 1), arch, kops: side.kops.version ?? '' },
                            place: placeOf(a.origin, side, c.group),
                            cluster: c.group.cluster?.name?.value ?? null,
                            instanceGroup: null,
                            arch,
                            kopsVersion: side.kops.version,
                            subject: `archive:${a.url}`,
                        });
                    }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/config-invalid.ts
// config-invalid: the suppression config file or a kops-preflight-ignore comment cannot be used as written.

/** Message templates; the suppression step (src/findings/suppress.ts) reports them by these ids. */
const messages = {
    yamlError: 'The suppression config is not valid YAML: {detail}',
    notMapping: 'The suppression config must be a mapping with an "ignore" list.',
    unknownTopKey: 'Unknown key "{key}" in the suppression config; the only key is "ignore".',
    notList: '"ignore" must be a list of entries, each starting with "- rule: <rule-id>".',
    notEntry: 'This "ignore" entry is not a mapping; write "rule:" and "reason:" (and optional filters) under it.',
    unknownKey: 'Unknown key "{key}" in this suppression entry; allowed keys are rule, cluster, instanceGroup, path, reason and expires.',
    notString: '"{key}" must be a string, not {type}.',
    missingRule: 'This suppression entry has no "rule"; name the rule id whose findings it suppresses.',
    unknownRule: '"{rule}" is not a kops-preflight rule id.{hint}',
    unsuppressible: 'Findings of {rule} are about suppressions themselves and cannot be suppressed.',
    missingReason: 'The suppression of {rule} has no reason; say why the finding is accepted (e.g. with a ticket reference).',
    badDate: '"expires" must be a date written YYYY-MM-DD (e.g. 2027-01-31), not "{value}".',
    missingFile: 'The suppression config {path} does not exist on the head side.',
    inlineNoRule: 'This kops-preflight-ignore comment names no rule id; write "# kops-preflight-ignore <rule-id> -- <reason>".',
};
/* harmony default export */ const config_invalid = (defineRule({
    id: 'config-invalid',
    defaultSeverity: 'error',
    summary: 'The suppression config file or a kops-preflight-ignore comment is invalid, so it suppresses nothing.',
    remediation: 'Fix the suppression at the position given: each `ignore` entry needs a known `rule` and a non-empty `reason`, with optional `cluster`, `instanceGroup`, `path` and `expires: YYYY-MM-DD`; a comment reads `# kops-preflight-ignore <rule-id> -- <reason>`.',
    messages,
    scope: 'side',
    // Suppressions apply to classified findings, so the suppression step reports this rule after every side rule has run.
    check() { },
}));

;// CONCATENATED MODULE: ./src/rules/cri-containerd-bundle.ts
// cri-containerd-bundle: a cri-containerd(-cni) bundle is installed; deprecated since containerd 1.6 and never published for 2.x.

/* harmony default export */ const cri_containerd_bundle = (defineRule({
    id: 'cri-containerd-bundle',
    defaultSeverity: 'warning',
    summary: 'A cri-containerd / cri-containerd-cni bundle is used: deprecated upstream and not published for containerd 2.x.',
    remediation: 'Use the containerd-<version>-linux-<arch>.tar.gz release tarball (set spec.containerd.version, or packages pointing at the release tarball).',
    messages: {
        bundle: '{file} is a {family} bundle (containerd {version}, {arch}): deprecated since containerd 1.6, not published for containerd 2.x, and its crictl clashes with the crictl kOps 1.29 installs.',
        unpublished: '{file} is a {family} bundle for containerd {version} ({arch}), which containerd never published: the download will fail.',
    },
    scope: 'side',
    check({ side }, report) {
        for (const c of side.clusters) {
            const seen = new Set();
            for (const { ig, results } of c.igs) {
                if (ig.role === 'Bastion')
                    continue;
                for (const arch of igArches(ig))
                    for (const a of results[arch]?.archives ?? []) {
                        if (a.family !== 'cri-containerd-cni' && a.family !== 'cri-containerd')
                            continue;
                        const key = `${arch}`;
                        if (seen.has(key))
                            continue;
                        seen.add(key);
                        const file = a.url.slice(a.url.lastIndexOf('/') + 1);
                        report({
                            messageId: a.unpublished ? 'unpublished' : 'bundle',
                            data: { file, family: a.family, version: a.version ?? '', arch },
                            place: placeOf(a.origin, side, c.group),
                            cluster: c.group.cluster?.name?.value ?? null,
                            instanceGroup: null,
                            arch: arch,
                            kopsVersion: null,
                            subject: `containerd-package:${arch}`,
                        });
                    }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/simulate/cloudup/validation.ts



const DOCKER_ALWAYS_REFUSED = [['1.29.0-alpha.1']];
const DOCKER_REMOVED = 'Docker CRI support was removed in Kubernetes 1.24: https://kubernetes.io/blog/2020/12/02/dockershim-faq';
const RUNTIMES = ['containerd', 'docker'];
/** field.Error.Error(): `<field>: <type>[: <value>]: <detail>`. */
function renderValidationError(e) {
    if (e.type === 'Forbidden')
        return `${e.field}: Forbidden: ${e.detail}`;
    return `${e.field}: ${e.type}: ${JSON.stringify(e.value ?? 'null')}: ${e.detail}`;
}
function containerdErrors(c, base) {
    const out = [];
    if (c.version) {
        const raw = c.version.value;
        const parsed = goSemverParseTolerant(raw);
        const invalid = (detail) => ({ field: `${base}.version`, type: 'Invalid value', value: raw, detail, at: c.version });
        // A parse failure leaves the zero version, so the legacy-version error follows it.
        if (!parsed.ok)
            out.push(invalid(`unable to parse version string: ${parsed.error}`));
        if (!parsed.ok || compareCore(parsed.version, '1.3.4') < 0)
            out.push(invalid('unsupported legacy version'));
    }
    const p = c.packages;
    for (const [url, hash, uf, hf] of [
        [p.urlAmd64, p.hashAmd64, 'packageUrl', 'packageHash'],
        [p.urlArm64, p.hashArm64, 'packageUrlArm64', 'packageHashArm64'],
    ]) {
        if (url && hash) {
            const urlError = goUrlParseError(url.value);
            if (urlError)
                out.push({ field: `${base}.${uf}`, type: 'Invalid value', value: url.value, detail: `cannot parse package URL: ${urlError}`, at: url });
            if (hash.value.length > 64)
                out.push({ field: `${base}.${hf}`, type: 'Invalid value', value: hash.value, detail: 'Package hash must be 64 characters long', at: hash });
        }
        else if (url)
            out.push({ field: `${base}.${uf}`, type: 'Invalid value', value: null, detail: 'Package hash must also be set', at: url });
        else if (hash)
            out.push({ field: `${base}.${hf}`, type: 'Invalid value', value: hash.value, detail: 'Package URL must also be set', at: hash });
    }
    return out;
}
function compareCore(a, b) {
    const pa = a.split(/[.+-]/).slice(0, 3).map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < 3; i++)
        if (pa[i] !== pb[i])
            return pa[i] - pb[i];
    return a.includes('-') ? -1 : 0;
}
function validateCluster(release, cluster, k8sVersion) {
    const out = [];
    const runtime = cluster.containerRuntime;
    const alwaysRefused = inTagRanges(release, DOCKER_ALWAYS_REFUSED);
    if (runtime && !RUNTIMES.includes(runtime.value))
        out.push({ field: 'spec.containerRuntime', type: 'Unsupported value', value: runtime.value, detail: 'supported values: "containerd", "docker"', at: runtime });
    if (runtime?.value === 'docker' && (alwaysRefused || k8sGte(k8sVersion, '1.24')))
        out.push({ field: 'spec.containerRuntime', type: 'Forbidden', value: null, detail: DOCKER_REMOVED, at: runtime });
    out.push(...containerdErrors(cluster.containerd, 'spec.containerd'));
    if (alwaysRefused && cluster.docker)
        out.push({ field: 'spec.docker', type: 'Forbidden', value: null, detail: DOCKER_REMOVED, at: cluster.docker });
    return out;
}
function validateInstanceGroup(ig) {
    return containerdErrors(ig.containerd, 'spec.containerd');
}

;// CONCATENATED MODULE: ./src/rules/kops-rejects-spec.ts
// kops-rejects-spec: `kops update cluster` of the pinned release would refuse the spec (validation or asset resolution).


/* harmony default export */ const kops_rejects_spec = (defineRule({
    id: 'kops-rejects-spec',
    defaultSeverity: 'error',
    summary: '`kops update cluster` of this kOps release would refuse the spec.',
    remediation: 'Fix the field the finding points at so kOps accepts it, or pin a kOps release that does.',
    messages: {
        invalid: 'kOps {kops} would refuse this spec in validation: {error}',
        assets: 'kops update cluster of kOps {kops} would fail while planning assets for {arch}: "{error}".',
    },
    scope: 'side',
    check({ side }, report) {
        const kops = side.kops.version ?? '';
        for (const c of side.clusters) {
            const cluster = c.group.cluster;
            const name = cluster?.name?.value ?? null;
            if (cluster && c.k8sVersion && side.kops.release)
                for (const v of validateCluster(side.kops.release, cluster, c.k8sVersion))
                    report({ messageId: 'invalid', data: { kops, field: v.field, detail: v.detail, error: renderValidationError(v) }, place: { file: v.at.file, pos: v.at.pos }, cluster: name, instanceGroup: null, arch: null, kopsVersion: side.kops.version, subject: `${v.field}:${v.detail}` });
            for (const { ig } of c.igs)
                for (const v of validateInstanceGroup(ig))
                    report({ messageId: 'invalid', data: { kops, field: v.field, detail: v.detail, error: renderValidationError(v) }, place: { file: v.at.file, pos: v.at.pos }, cluster: name, instanceGroup: ig.name?.value ?? null, arch: null, kopsVersion: side.kops.version, subject: `${v.field}:${v.detail}` });
            // kOps plans every architecture for every group, so one failing arch refuses the whole update: report each distinct failure once.
            const seen = new Set();
            for (const { results } of c.igs)
                for (const [arch, r] of Object.entries(results)) {
                    if (!r || r.nodeup.outcome !== 'rejected' || !r.nodeup.error)
                        continue;
                    const key = `${arch}:${r.nodeup.error}`;
                    if (seen.has(key))
                        continue;
                    seen.add(key);
                    report({ messageId: 'assets', data: { kops, arch, error: r.nodeup.error }, place: placeOf(r.failureOrigin, side, c.group), cluster: name, instanceGroup: null, arch: arch, kopsVersion: side.kops.version, subject: r.nodeup.error.replace(/\d+\.\d+\.\d+\S*/g, 'V') });
                }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/kops-version-missing.ts
// kops-version-missing: kOps manifests were found but no kOps version pin, so nothing could be simulated.

/* harmony default export */ const kops_version_missing = (defineRule({
    id: 'kops-version-missing',
    defaultSeverity: 'notice',
    summary: 'No kOps version is pinned in the repository, so the manifests were not simulated.',
    remediation: 'Pin kOps in .tool-versions (`kops 1.30.4`), mise.toml, aqua.yaml, a workflow KOPS_VERSION, a Dockerfile ARG or a Makefile variable, or set the kops-version input.',
    messages: {
        missing: 'No kOps version pin was found on the {side} side, so cluster "{cluster}" was not simulated. Pin kOps (e.g. `kops 1.30.4` in .tool-versions) or pass --kops-version / the kops-version input.',
    },
    scope: 'side',
    check({ side }, report) {
        if (side.kops.status !== 'missing')
            return;
        for (const c of side.clusters) {
            if (!c.group.cluster)
                continue;
            report({
                messageId: 'missing',
                data: { side: side.side, cluster: c.group.cluster.name?.value ?? '(unnamed)' },
                place: { file: c.group.cluster.doc.file, pos: c.group.cluster.doc.at },
                cluster: c.group.cluster.name?.value ?? null,
                instanceGroup: null,
                arch: null,
                kopsVersion: null,
                subject: 'kops-pin',
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/kops-version-pins-disagree.ts
// kops-version-pins-disagree: two pins of the kOps version in one side of the repository name different versions.

/* harmony default export */ const kops_version_pins_disagree = (defineRule({
    id: 'kops-version-pins-disagree',
    defaultSeverity: 'error',
    summary: 'Pins of the kOps version in the repository disagree, so CI, laptops and images run different kOps releases.',
    remediation: 'Make every pin name the same kOps version (or keep one pin and derive the others from it).',
    messages: {
        disagree: 'This pin says kOps {version} but {others} elsewhere in the repository ({where}); kops-preflight simulated {used}.',
    },
    scope: 'side',
    check({ side }, report) {
        const pins = side.pins.filter((p) => p.version !== null);
        const versions = [...new Set(pins.map((p) => p.version))];
        if (versions.length < 2)
            return;
        for (const p of pins) {
            const others = pins.filter((o) => o.version !== p.version);
            report({
                messageId: 'disagree',
                data: {
                    version: p.version,
                    others: [...new Set(others.map((o) => o.version))].join(', '),
                    where: others.slice(0, 3).map((o) => `${o.file}:${o.pos.line}`).join(', ') + (others.length > 3 ? ', …' : ''),
                    used: side.kops.version ?? 'nothing',
                },
                place: { file: p.file, pos: p.pos },
                cluster: null,
                instanceGroup: null,
                arch: null,
                kopsVersion: p.version,
                subject: `${p.source}:${p.file}`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/kops-version-unknown.ts
// kops-version-unknown: the kOps version in effect is not a release in the catalogue.

/* harmony default export */ const kops_version_unknown = (defineRule({
    id: 'kops-version-unknown',
    defaultSeverity: 'warning',
    summary: 'The pinned kOps version is not a known kOps release, so its behaviour is approximated or not simulated.',
    remediation: 'Pin a released kOps version (see https://github.com/kubernetes/kops/releases), or update kops-preflight if the release is newer than it knows.',
    messages: {
        newer: 'kOps {version} is newer than the newest release kops-preflight knows ({release}); it was simulated as kOps {release}.',
        unreleased: 'kOps {version} is not a kOps release; it was simulated as kOps {release}, the nearest earlier release.',
        unsupported: 'kOps {version} is older than the releases kops-preflight models (from {oldest}); nothing was simulated for it.',
        invalid: '"{raw}" is not a kOps version; nothing was simulated for it.',
    },
    scope: 'side',
    check({ side }, report) {
        const k = side.kops;
        if (k.status === 'known' || k.status === 'missing')
            return;
        const place = k.pin ? { file: k.pin.file, pos: k.pin.pos } : null;
        if (!place)
            return;
        report({
            messageId: k.status,
            data: { version: k.version ?? '', release: k.release ?? '', oldest: '1.26.0-alpha.1', raw: k.pin?.value ?? '' },
            place,
            cluster: null,
            instanceGroup: null,
            arch: null,
            kopsVersion: k.version,
            subject: 'kops-pin',
        });
    },
}));

;// CONCATENATED MODULE: ./src/releases/data/kubernetes-window.ts
const KUBERNETES_WINDOW = [
    {
        tags: [
            '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
            '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1'
        ],
        oldestSupported: '1.21.0',
        oldestRecommended: '1.23.0',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
    },
    {
        tags: ['1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2', '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3'],
        oldestSupported: '1.22.0',
        oldestRecommended: '1.24.0',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.27.0-alpha.2',
    },
    {
        tags: [
            '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1', '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3',
            '1.28.4', '1.28.5', '1.28.6', '1.28.7', '1.29.0-alpha.0'
        ],
        oldestSupported: '1.23.0',
        oldestRecommended: '1.25.0',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.28.0-alpha.1',
    },
    {
        tags: ['1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1', '1.29.2'],
        oldestSupported: '1.24.0',
        oldestRecommended: '1.26.0',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.29.0-alpha.1',
    },
    {
        tags: [
            '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
            '1.31.0-beta.1'
        ],
        oldestSupported: '1.25.0',
        oldestRecommended: '1.27.0',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.30.0-alpha.1',
    },
    {
        tags: ['1.31.0'],
        oldestSupported: '1.25.0',
        oldestRecommended: '1.28.0',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.31.0',
    },
    {
        tags: [
            '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1', '1.33.0-beta.1', '1.33.0',
            '1.33.1', '1.33.2', '1.34.0-alpha.1'
        ],
        oldestSupported: '1.27.0',
        oldestRecommended: '1.29.0',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.32.0-beta.1',
    },
    {
        tags: [
            '1.34.0-beta.1', '1.34.0', '1.34.1', '1.34.2', '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1',
            '1.35.2'
        ],
        oldestSupported: '1.29.0',
        oldestRecommended: '1.31.0',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.34.0-beta.1',
    },
    {
        tags: ['1.36.0-alpha.1', '1.36.0-beta.1', '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'],
        oldestSupported: '1.31.0',
        oldestRecommended: '1.33.0',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.36.0-alpha.1',
    },
];
/** 81 `*` characters, printed around kOps's version notices. */
const STARLINE = '*********************************************************************************';
const KUBERNETES_WINDOW_MESSAGES = [
    {
        check: 'tooNew',
        tags: [
            '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
            '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
            '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1',
            '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
            '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
            '1.29.2', '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
            '1.31.0-beta.1', '1.31.0', '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1',
            '1.33.0-beta.1', '1.33.0', '1.33.1', '1.33.2', '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.34.2',
            '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2', '1.36.0-alpha.1', '1.36.0-beta.1',
            '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'
        ],
        when: 'k8s ≥ <kOps major>.<kOps minor + 1>.0 and KOPS_RUN_TOO_NEW_VERSION unset',
        stdout: ['', '{starline}', '', 'This version of kubernetes is not yet supported; upgrading kops is required', '(you can bypass this check by exporting KOPS_RUN_TOO_NEW_VERSION)', '', '{starline}', ''],
        error: 'kops upgrade is required',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
    },
    {
        check: 'tooNewBypassed',
        tags: [
            '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
            '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
            '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1',
            '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
            '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
            '1.29.2', '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4'
        ],
        when: 'k8s too new and KOPS_RUN_TOO_NEW_VERSION set: the same text is printed and kOps continues',
        stdout: ['', '{starline}', '', 'This version of kubernetes is not yet supported; upgrading kops is required', '(you can bypass this check by exporting KOPS_RUN_TOO_NEW_VERSION)', '', '{starline}', ''],
        error: null,
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
    },
    {
        check: 'tooNewBypassed',
        tags: [
            '1.31.0-alpha.1', '1.31.0-beta.1', '1.31.0', '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4',
            '1.33.0-alpha.1', '1.33.0-beta.1', '1.33.0', '1.33.1', '1.33.2', '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0',
            '1.34.1', '1.34.2', '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2', '1.36.0-alpha.1',
            '1.36.0-beta.1', '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'
        ],
        when: 'k8s too new and KOPS_RUN_TOO_NEW_VERSION set: kOps continues',
        stdout: ['', '{starline}', '', 'This version of kubernetes is not yet supported; upgrading kops is required', '(this check has been bypassed by exporting KOPS_RUN_TOO_NEW_VERSION)', '', '{starline}', ''],
        error: null,
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.31.0-alpha.1',
    },
    {
        check: 'tooOld',
        tags: [
            '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
            '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
            '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1',
            '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
            '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
            '1.29.2', '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
            '1.31.0-beta.1', '1.31.0', '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1',
            '1.33.0-beta.1', '1.33.0', '1.33.1', '1.33.2', '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.34.2',
            '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2', '1.36.0-alpha.1', '1.36.0-beta.1',
            '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'
        ],
        when: 'k8s < oldestSupported (no bypass); %s is the upgrade_k8s permalink anchored at oldestRecommended',
        stdout: ['This version of Kubernetes is no longer supported; upgrading Kubernetes is required', '', 'More information: %s', '', '{starline}', ''],
        error: 'kubernetes upgrade is required',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
    },
    {
        check: 'deprecated',
        tags: [
            '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
            '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
            '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1',
            '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
            '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
            '1.29.2', '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
            '1.31.0-beta.1', '1.31.0', '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1',
            '1.33.0-beta.1', '1.33.0', '1.33.1', '1.33.2', '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.34.2',
            '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2', '1.36.0-alpha.1', '1.36.0-beta.1',
            '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'
        ],
        when: 'k8s < oldestRecommended, except for `kops get assets`; %s is the upgrade_k8s permalink anchored at oldestRecommended',
        stdout: ['', '{starline}', '', 'Kops support for this Kubernetes version is deprecated and will be removed in a future release.', '', 'Upgrading Kubernetes is recommended', 'More information: %s', '', '{starline}', ''],
        error: null,
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
    },
    {
        check: 'channelNewVersion',
        tags: [
            '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
            '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
            '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1',
            '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
            '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
            '1.29.2', '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
            '1.31.0-beta.1', '1.31.0', '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1',
            '1.33.0-beta.1', '1.33.0', '1.33.1', '1.33.2', '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.34.2',
            '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2', '1.36.0-alpha.1', '1.36.0-beta.1',
            '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'
        ],
        when: 'the channel recommends a newer patch and no upgrade is required, except for `kops get assets`; the first %s is the recommended version, the second the upgrade_k8s permalink anchored at it',
        stdout: ['', '{starline}', '', 'A new kubernetes version is available: %s', 'Upgrading is recommended (try kops upgrade cluster)', '', 'More information: %s', '', '{starline}', ''],
        error: null,
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
    },
    {
        check: 'channelUpgradeRequired',
        tags: [
            '1.26.0-alpha.1', '1.26.0-alpha.2', '1.26.0-beta.1', '1.26.0-beta.2', '1.26.0', '1.26.1', '1.26.2', '1.26.3',
            '1.26.4', '1.26.5', '1.26.6', '1.27.0-alpha.1', '1.27.0-alpha.2', '1.27.0-beta.1', '1.27.0-beta.2',
            '1.27.0-beta.3', '1.27.0', '1.27.1', '1.27.2', '1.27.3', '1.28.0-alpha.1', '1.28.0-alpha.2', '1.28.0-beta.1',
            '1.28.0-beta.2', '1.28.0', '1.28.1', '1.28.2', '1.28.3', '1.28.4', '1.28.5', '1.28.6', '1.28.7',
            '1.29.0-alpha.0', '1.29.0-alpha.1', '1.29.0-alpha.2', '1.29.0-alpha.3', '1.29.0-beta.1', '1.29.0', '1.29.1',
            '1.29.2', '1.30.0-alpha.1', '1.30.0-beta.1', '1.30.0', '1.30.1', '1.30.2', '1.30.3', '1.30.4', '1.31.0-alpha.1',
            '1.31.0-beta.1', '1.31.0', '1.32.0-beta.1', '1.32.0', '1.32.1', '1.32.2', '1.32.3', '1.32.4', '1.33.0-alpha.1',
            '1.33.0-beta.1', '1.33.0', '1.33.1', '1.33.2', '1.34.0-alpha.1', '1.34.0-beta.1', '1.34.0', '1.34.1', '1.34.2',
            '1.34.3', '1.35.0-alpha.1', '1.35.0-beta.1', '1.35.0', '1.35.1', '1.35.2', '1.36.0-alpha.1', '1.36.0-beta.1',
            '1.36.0', '1.36.1', '1.36.2', '1.37.0-alpha.1'
        ],
        when: 'the channel marks the version as requiring an upgrade; the `A new kubernetes version` line only when the channel recommends a version; fails unless KOPS_RUN_OBSOLETE_VERSION is set',
        stdout: ['', '{starline}', '', 'A new kubernetes version is available: %s', '', 'This version of kubernetes is no longer supported; upgrading is required', '(you can bypass this check by exporting KOPS_RUN_OBSOLETE_VERSION)', '', 'More information: %s', '', '{starline}', ''],
        error: 'kubernetes upgrade is required',
        source: 'kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go@v1.26.0-alpha.1',
    },
];

;// CONCATENATED MODULE: ./src/rules/kubernetes-version-unsupported.ts
// kubernetes-version-unsupported: spec.kubernetesVersion outside the window of the pinned kOps release
// (kubernetes/kops:upup/pkg/fi/cloudup/apply_cluster.go validateKubernetesVersion); kOps's texts come from
// KUBERNETES_WINDOW_MESSAGES for the release.





/** The line of kOps's notice that says what is wrong, and the error it returns. */
function kopsText(release, check) {
    const row = KUBERNETES_WINDOW_MESSAGES.find((m) => m.check === check && m.tags.includes(release));
    const text = row?.stdout.find((l) => /version of|support for this/i.test(l)) ?? '';
    return { text, error: row?.error ?? '' };
}
/* harmony default export */ const kubernetes_version_unsupported = (defineRule({
    id: 'kubernetes-version-unsupported',
    defaultSeverity: 'error',
    summary: "spec.kubernetesVersion is outside the kOps release's supported Kubernetes window.",
    remediation: 'Move spec.kubernetesVersion into the window of the pinned kOps release, or pin a kOps release that supports it.',
    messages: {
        tooNew: 'kops update cluster of kOps {kops} refuses Kubernetes {k8s}: "{text}" ({error}); kOps {kops} accepts Kubernetes below {limit}.',
        tooOld: 'kops update cluster of kOps {kops} refuses Kubernetes {k8s}: "{text}" ({error}); the oldest it accepts is {oldest}.',
        deprecated: 'kOps {kops} warns for Kubernetes {k8s}: "{text}" Upgrade to {recommended} or later.',
    },
    scope: 'side',
    check({ side }, report) {
        const kops = side.kops.version;
        const release = side.kops.release;
        if (!kops || !release)
            return;
        const row = maybeRowFor(KUBERNETES_WINDOW, release);
        if (!row)
            return;
        const limit = `${semver_default().major(release)}.${semver_default().minor(release) + 1}.0`;
        for (const c of side.clusters) {
            const kv = c.group.cluster?.kubernetesVersion;
            if (!kv || !c.k8sVersion)
                continue;
            const v = k8sCore(c.k8sVersion);
            const base = { place: { file: kv.file, pos: kv.pos }, cluster: c.group.cluster?.name?.value ?? null, instanceGroup: null, arch: null, kopsVersion: kops };
            if (semver_default().gte(v, limit))
                report({ ...base, messageId: 'tooNew', data: { kops, k8s: c.k8sVersion, limit, ...kopsText(release, 'tooNew') }, subject: 'too-new' });
            else if (semver_default().lt(v, k8sCore(row.oldestSupported)))
                report({ ...base, messageId: 'tooOld', data: { kops, k8s: c.k8sVersion, oldest: row.oldestSupported, ...kopsText(release, 'tooOld') }, subject: 'too-old' });
            else if (semver_default().lt(v, k8sCore(row.oldestRecommended)))
                report({ ...base, severity: 'warning', messageId: 'deprecated', data: { kops, k8s: c.k8sVersion, recommended: row.oldestRecommended, ...kopsText(release, 'deprecated') }, subject: 'deprecated' });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/manifest-invalid.ts
// manifest-invalid: a kOps manifest cannot be parsed, or is not a valid Cluster / InstanceGroup document.

/* harmony default export */ const manifest_invalid = (defineRule({
    id: 'manifest-invalid',
    defaultSeverity: 'error',
    summary: 'A kOps manifest cannot be parsed or is not a valid Cluster / InstanceGroup.',
    remediation: 'Fix the YAML at the position given; kOps rejects the file as it is.',
    messages: {
        yamlError: 'This kOps manifest is not valid YAML: {detail}',
        duplicateKey: 'This kOps manifest repeats a key, which kOps rejects: {detail}',
        missingSeparator: 'A second kOps object starts here without a "---" separator, so the file is one document with repeated keys, which kOps rejects; it was checked as if separated.',
        noName: 'This {kind} has no metadata.name.',
        noSpec: 'This {kind} has no spec mapping.',
    },
    scope: 'side',
    check({ side }, report) {
        for (const p of side.manifests.problems) {
            if (p.ruleId !== 'manifest-invalid')
                continue;
            report({ messageId: p.messageId, data: p.data, place: { file: p.file, pos: p.pos }, cluster: null, instanceGroup: null, arch: null, kopsVersion: null, subject: `${p.messageId}:${p.data.detail ?? ''}` });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/manifest-not-evaluated.ts
// manifest-not-evaluated: part of a manifest could not be evaluated (Go templates, shell variables), so results are incomplete.

/* harmony default export */ const manifest_not_evaluated = (defineRule({
    id: 'manifest-not-evaluated',
    defaultSeverity: 'warning',
    summary: 'Part of a kOps manifest could not be evaluated (template expression or variable), so results for it are incomplete.',
    remediation: 'Commit the rendered manifest (e.g. the output of kops toolbox template) next to the template so it can be checked, or ignore this finding with a reason.',
    messages: {
        templateExpression: 'The template expression {expression} was not evaluated; values that depend on it were not checked.',
        variable: 'The value "{value}" of {field} depends on a variable and was not evaluated.',
        notSimulated: 'Cluster "{cluster}" was not simulated: {reason}.',
    },
    scope: 'side',
    check({ side }, report) {
        for (const p of side.manifests.problems) {
            if (p.ruleId !== 'manifest-not-evaluated')
                continue;
            report({ messageId: p.messageId, data: p.data, place: { file: p.file, pos: p.pos }, cluster: null, instanceGroup: null, arch: null, kopsVersion: null, subject: `${p.messageId}:${p.data.expression ?? p.data.field ?? ''}` });
        }
        for (const c of side.clusters) {
            if (c.evaluated !== 'none' || !c.reason || !c.group.cluster)
                continue;
            report({
                messageId: 'notSimulated',
                data: { cluster: c.group.cluster.name?.value ?? '(unnamed)', reason: c.reason },
                place: { file: c.group.cluster.doc.file, pos: (c.group.cluster.kubernetesVersion ?? c.group.cluster.name)?.pos ?? c.group.cluster.doc.at },
                cluster: c.group.cluster.name?.value ?? null,
                instanceGroup: null,
                arch: null,
                kopsVersion: side.kops.version,
                subject: 'not-simulated',
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/nodeup-fails.ts
// nodeup-fails: simulated nodeup of the pinned kOps release would exit with an error on an instance group.

/** Specific advice for the failures users meet most, keyed by the error kOps prints. */
function adviceFor(result, arch, containerdVersion) {
    const err = result.nodeup.error ?? '';
    const v = containerdVersion ?? '<version>';
    if (err.includes('found multiple matching assets for key: "crictl"'))
        return `Use the containerd release tarball containerd-${v}-linux-${arch}.tar.gz instead of the cri-containerd bundle, drop spec.containerd.packages, or go to kOps 1.30 or later, where nodeup only warns.`;
    if (err.includes('unable to find any containerd binaries in assets'))
        return `Point spec.containerd.packages at a containerd-<version>-linux-${arch}.tar.gz release tarball (bin/ layout), or drop it to use kOps's default.`;
    if (err.includes('error finding runc asset'))
        return 'Set spec.containerd.runc.version (or runc.packages with a URL ending in runc.<arch>) so nodeup gets exactly one runc.';
    if (err.includes('found multiple matching assets'))
        return 'Remove the extra archive or package that ships a file with the same name as a kOps asset.';
    return 'Change the spec value named here or pin a kOps release that accepts it.';
}
/* harmony default export */ const nodeup_fails = (defineRule({
    id: 'nodeup-fails',
    defaultSeverity: 'error',
    summary: 'nodeup of this kOps release would exit with an error on an instance group, so new nodes never join.',
    remediation: 'Change the spec value the finding points at, or pin a kOps release whose nodeup accepts it.',
    messages: {
        fails: 'nodeup of kOps {kops} would fail on instance group "{ig}" ({arch}) and retry every 30s, installing nothing. nodeup: {error}. {advice}',
    },
    scope: 'side',
    check({ side }, report) {
        for (const c of side.clusters) {
            const clusterName = c.group.cluster?.name?.value ?? null;
            for (const { ig, results } of c.igs) {
                if (ig.role === 'Bastion')
                    continue;
                for (const arch of igArches(ig)) {
                    const r = results[arch];
                    if (!r || r.nodeup.outcome !== 'fail' || !r.nodeup.error || r.uncertain)
                        continue;
                    const containerd = r.archives.find((a) => a.family === 'cri-containerd-cni' || a.family === 'cri-containerd')?.version ?? null;
                    report({
                        messageId: 'fails',
                        data: { kops: side.kops.version ?? '', ig: ig.name?.value ?? '', arch, error: r.nodeup.error, advice: adviceFor(r, arch, containerd) },
                        place: placeOf(r.failureOrigin, side, c.group),
                        cluster: clusterName,
                        instanceGroup: ig.name?.value ?? null,
                        arch,
                        kopsVersion: side.kops.version,
                        subject: r.failedIn ?? 'nodeup',
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/suppression-expired.ts
// suppression-expired: a suppression config entry is past its `expires` date and no longer suppresses anything.

/** Message templates; the suppression step (src/findings/suppress.ts) reports them by these ids. */
const suppression_expired_messages = {
    expired: 'This suppression of {rule} expired on {expires} and no longer applies; the reason given was "{reason}".',
};
/* harmony default export */ const suppression_expired = (defineRule({
    id: 'suppression-expired',
    defaultSeverity: 'warning',
    summary: 'A suppression config entry is past its expires date, so the findings it covered are reported again.',
    remediation: 'Fix what the entry suppressed, or, if the exception still holds, set a new `expires` date and update the `reason`.',
    messages: suppression_expired_messages,
    scope: 'side',
    // Suppressions apply to classified findings, so the suppression step reports this rule after every side rule has run.
    check() { },
}));

;// CONCATENATED MODULE: ./src/rules/suppression-unused.ts
// suppression-unused: a suppression config entry or kops-preflight-ignore comment matched no finding on the head side.

/** Message templates; the suppression step (src/findings/suppress.ts) reports them by these ids. */
const suppression_unused_messages = {
    unused: 'This suppression of {rule}{filters} matched no finding; remove it if the finding is gone.',
    unusedInline: 'This kops-preflight-ignore comment for {rule} matched no finding on line {line}; remove it if the finding is gone.',
};
/* harmony default export */ const suppression_unused = (defineRule({
    id: 'suppression-unused',
    defaultSeverity: 'notice',
    summary: 'A suppression matched no finding on the head side, so it is stale.',
    remediation: 'Remove the suppression entry or comment; the finding it was written for is gone, or its filters no longer match it.',
    messages: suppression_unused_messages,
    scope: 'side',
    // Suppressions apply to classified findings, so the suppression step reports this rule after every side rule has run.
    check() { },
}));

;// CONCATENATED MODULE: ./src/rules/index.ts
// Registry of rules, sorted by id.














const RULES = [
    asset_changed,
    asset_contents_unknown,
    config_invalid,
    cri_containerd_bundle,
    kops_rejects_spec,
    kops_version_missing,
    kops_version_pins_disagree,
    kops_version_unknown,
    kubernetes_version_unsupported,
    manifest_invalid,
    manifest_not_evaluated,
    nodeup_fails,
    suppression_expired,
    suppression_unused,
];
function ruleById(id) {
    return RULES.find((r) => r.id === id);
}

;// CONCATENATED MODULE: ./src/findings/compare.ts
// Runs the rules on both sides and classifies each finding as new, unchanged or fixed by its identity.


/** A finding's identity: never its message text or kOps version, so a bump keeps a standing finding `unchanged`. */
function identity(f) {
    return [f.ruleId, f.place.file, f.cluster ?? '', f.instanceGroup ?? '', f.arch ?? '', f.subject].join('\u0000');
}
function rawFindings(side, base, head, scope) {
    const out = [];
    const seen = new Set();
    for (const rule of RULES) {
        if (rule.scope !== scope)
            continue;
        rule.check({ side, base, head }, (r) => {
            const raw = toRaw(rule, r);
            const id = identity(raw);
            if (seen.has(id))
                return;
            seen.add(id);
            out.push(raw);
        });
    }
    return out;
}
function toFinding(f, status) {
    return {
        ruleId: f.ruleId,
        severity: f.severity,
        status,
        message: f.message,
        remediation: f.remediation,
        messageId: f.messageId,
        data: f.data,
        file: f.place.file,
        line: f.place.pos.line,
        column: f.place.pos.column,
        endLine: f.place.pos.endLine,
        endColumn: f.place.pos.endColumn,
        cluster: f.cluster,
        instanceGroup: f.instanceGroup,
        arch: f.arch,
        kopsVersion: f.kopsVersion,
        subject: f.subject,
    };
}
const compare_SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
const compare_STATUS_RANK = { new: 0, unchanged: 1, fixed: 2 };
function sortFindings(list) {
    return [...list].sort((a, b) => compare_SEVERITY_RANK[a.severity] - compare_SEVERITY_RANK[b.severity] ||
        compare_STATUS_RANK[a.status] - compare_STATUS_RANK[b.status] ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.ruleId.localeCompare(b.ruleId) ||
        (a.instanceGroup ?? '').localeCompare(b.instanceGroup ?? '') ||
        (a.arch ?? '').localeCompare(b.arch ?? ''));
}
/** Classifies: head only → new, both → unchanged (head's record), base only → fixed (base's record). */
function compare_classify(base, head) {
    const headRaw = [...rawFindings(head, base, head, 'side'), ...rawFindings(head, base, head, 'change')];
    if (!base)
        return sortFindings(headRaw.map((f) => toFinding(f, 'new')));
    const baseRaw = rawFindings(base, base, head, 'side');
    const baseIds = new Set(baseRaw.map(identity));
    const headIds = new Set(headRaw.map(identity));
    return sortFindings([
        ...headRaw.map((f) => toFinding(f, baseIds.has(identity(f)) ? 'unchanged' : 'new')),
        ...baseRaw.filter((f) => !headIds.has(identity(f))).map((f) => toFinding(f, 'fixed')),
    ]);
}
function summarise(findings) {
    const open = findings.filter((f) => f.status !== 'fixed');
    return {
        errors: open.filter((f) => f.severity === 'error').length,
        warnings: open.filter((f) => f.severity === 'warning').length,
        notices: open.filter((f) => f.severity === 'notice').length,
        new: findings.filter((f) => f.status === 'new').length,
        unchanged: findings.filter((f) => f.status === 'unchanged').length,
        fixed: findings.filter((f) => f.status === 'fixed').length,
    };
}

;// CONCATENATED MODULE: ./src/repo/globs.ts
// Repository-relative glob matching for the `paths` option: `**`, `*`, `?`, `[...]`, `{a,b}` and directory prefixes.
/**
 * Patterns are relative to the repository root (`*.yaml` matches only top-level files; use
 * `**\/*.yaml` for every depth). `*` and `?` never cross a `/`. A pattern also selects everything
 * beneath a directory it matches, so `clusters`, `clusters/` and `clusters/*` all select
 * `clusters/prod/cluster.yaml`. An empty pattern list matches every path.
 */
function matchesGlobs(path, globs) {
    if (globs.length === 0)
        return true;
    const candidates = ancestorsAndSelf(path);
    for (const glob of globs) {
        const regexes = compile(glob);
        for (const re of regexes) {
            for (const candidate of candidates)
                if (re.test(candidate))
                    return true;
        }
    }
    return false;
}
/** `a/b/c` → [`a/b/c`, `a/b`, `a`]. */
function ancestorsAndSelf(path) {
    const out = [path];
    let end = path.lastIndexOf('/');
    while (end > 0) {
        out.push(path.slice(0, end));
        end = path.lastIndexOf('/', end - 1);
    }
    return out;
}
const cache = new Map();
/** Compiles one pattern into one regex per brace alternative. */
function compile(glob) {
    const cached = cache.get(glob);
    if (cached)
        return cached;
    const normalized = normalize(glob);
    const regexes = expandBraces(normalized).map((p) => new RegExp(`^${patternToRegex(normalize(p))}$`));
    cache.set(glob, regexes);
    return regexes;
}
function normalize(glob) {
    let g = glob.trim();
    while (g.startsWith('./'))
        g = g.slice(2);
    while (g.startsWith('/'))
        g = g.slice(1);
    while (g.endsWith('/') && !g.endsWith('\\/'))
        g = g.slice(0, -1);
    g = g.replace(/\/{2,}/g, '/');
    // The repository root itself selects everything.
    if (g === '' || g === '.')
        return '**';
    return g;
}
// Expansion is capped so a hostile pattern like `{a,b}{a,b}...` cannot blow up memory.
const MAX_EXPANSIONS = 1024;
/** Expands `{a,b}` alternatives (nested allowed). Braces without a top-level comma stay literal. */
function expandBraces(glob) {
    const open = findBraceOpen(glob);
    if (open < 0)
        return [glob];
    const close = findMatching(glob, open);
    if (close < 0)
        return [glob];
    const alternatives = splitTopLevel(glob.slice(open + 1, close));
    const prefix = glob.slice(0, open);
    const suffixes = expandBraces(glob.slice(close + 1));
    if (alternatives.length < 2) {
        // Keep `{x}` literally (escaped so it is not expanded again), expand what follows.
        const literal = `\\{${glob.slice(open + 1, close)}\\}`;
        return suffixes.map((s) => prefix + literal + s);
    }
    const out = [];
    for (const alt of alternatives) {
        for (const a of expandBraces(alt)) {
            for (const s of suffixes) {
                out.push(prefix + a + s);
                if (out.length > MAX_EXPANSIONS)
                    throw new Error(`glob pattern expands to too many alternatives: ${glob}`);
            }
        }
    }
    return out;
}
function findBraceOpen(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === '{')
            return i;
    }
    return -1;
}
function findMatching(s, open) {
    let depth = 0;
    for (let i = open; i < s.length; i++) {
        const c = s[i];
        if (c === '\\')
            i++;
        else if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0)
            return i;
    }
    return -1;
}
function splitTopLevel(s) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '\\')
            i++;
        else if (c === '{')
            depth++;
        else if (c === '}')
            depth--;
        else if (c === ',' && depth === 0) {
            parts.push(s.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(s.slice(start));
    return parts;
}
/** Splits on `/` that are not escaped. */
function splitSegments(glob) {
    const segs = [];
    let cur = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '\\' && i + 1 < glob.length) {
            cur += c + glob[++i];
        }
        else if (c === '/') {
            segs.push(cur);
            cur = '';
        }
        else
            cur += c;
    }
    segs.push(cur);
    return segs;
}
/** Converts a brace-free pattern to a regex source (without anchors). */
function patternToRegex(glob) {
    const segs = splitSegments(glob).filter((s, i, all) => !(s === '**' && all[i - 1] === '**'));
    if (segs.length === 1 && segs[0] === '**')
        return '.*';
    let re = '';
    for (let i = 0; i < segs.length; i++) {
        const seg = segs[i];
        const first = i === 0;
        if (seg === '**') {
            // Leading: any number of whole directories before the rest. Elsewhere: the directory
            // itself or anything beneath it (the following segment adds its own `/`).
            re += first ? '(?:.*/)?' : '(?:/.*)?';
            continue;
        }
        const afterLeadingGlobstar = i === 1 && segs[0] === '**';
        if (!first && !afterLeadingGlobstar)
            re += '/';
        re += segmentToRegex(seg);
    }
    return re;
}
function segmentToRegex(seg) {
    let re = '';
    for (let i = 0; i < seg.length; i++) {
        const c = seg[i];
        if (c === '\\') {
            if (i + 1 < seg.length)
                re += escapeRegex(seg[++i]);
            else
                re += '\\\\';
        }
        else if (c === '*') {
            // `**` inside a segment (e.g. `a**b`) behaves like a single `*`.
            while (seg[i + 1] === '*')
                i++;
            re += '[^/]*';
        }
        else if (c === '?') {
            re += '[^/]';
        }
        else if (c === '[') {
            const cls = readClass(seg, i);
            if (cls) {
                re += cls.regex;
                i = cls.end;
            }
            else
                re += '\\[';
        }
        else
            re += escapeRegex(c);
    }
    return re;
}
/** Reads a `[...]` character class starting at `start`; returns undefined when unterminated. */
function readClass(seg, start) {
    let i = start + 1;
    let negate = false;
    if (seg[i] === '!' || seg[i] === '^') {
        negate = true;
        i++;
    }
    let body = '';
    let firstChar = true;
    for (; i < seg.length; i++) {
        const c = seg[i];
        if (c === ']' && !firstChar) {
            // A class never matches `/`, negated or not.
            return { regex: negate ? `[^/${body}]` : `(?!/)[${body}]`, end: i };
        }
        firstChar = false;
        if (c === '\\' && i + 1 < seg.length)
            body += '\\' + seg[++i];
        else if (c === ']' || c === '[' || c === '^' || c === '\\')
            body += '\\' + c;
        else
            body += c;
    }
    return undefined;
}
function escapeRegex(c) {
    return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

;// CONCATENATED MODULE: ./src/findings/suppress.ts
// Known exceptions: applies the suppression config file and `kops-preflight-ignore` comments to classified findings.











/*
 * Two ways to accept a finding:
 *
 *   # .github/kops-preflight.yaml (read from the head side's files)
 *   ignore:
 *     - rule: cri-containerd-bundle        # required, a rule id
 *       cluster: prod.example.com          # optional filters; all given must match
 *       instanceGroup: nodes
 *       path: clusters/prod/**             # glob on the finding's file
 *       reason: "Mirrored bundle until the 1.30 upgrade (PLAT-123)"   # required
 *       expires: 2027-01-31                # optional; from the next day (UTC) the entry suppresses nothing
 *
 *   urlAmd64: https://…  # kops-preflight-ignore cri-containerd-bundle, nodeup-fails -- PLAT-123
 *
 * A comment applies to findings of the rules it names whose file is the comment's file and whose
 * line is the comment's line (trailing comment) or, for a comment on a line of its own, the next
 * line. Comments are read in kOps manifests, pin files and files that hold a finding.
 *
 * Only head-side findings (`new`, `unchanged`) are suppressed; `fixed` ones fail nothing. A
 * suppressed finding moves to `suppressed` with what suppressed it. Problems with the suppressions
 * are findings themselves (config-invalid, suppression-expired, suppression-unused) and are never
 * suppressed. They are classified like any finding: the base side's config and comments are read
 * the same way against the base side's own findings, so a stale entry nobody touched stays `unchanged`.
 */
const DEFAULT_CONFIG_PATH = '.github/kops-preflight.yaml';
/** Rules whose findings are about suppressions; suppressing them would hide the problem with the suppression. */
const UNSUPPRESSIBLE = new Set([config_invalid.id, suppression_expired.id, suppression_unused.id]);
const ENTRY_KEYS = ['rule', 'cluster', 'instanceGroup', 'path', 'reason', 'expires'];
const MARKER = 'kops-preflight-ignore';
const COMMENT = /(^|\s)#\s*kops-preflight-ignore(?=\s|$)(.*)$/;
/** Problem constructors, one per rule, each taking only that rule's message ids. */
const problemOf = (rule) => (messageId, data, file, at, subject) => ({ rule, messageId, data, file, at, subject });
const invalidProblem = problemOf(config_invalid);
const expiredProblem = problemOf(suppression_expired);
const unusedProblem = problemOf(suppression_unused);
function raw(p) {
    return toRaw(p.rule, { messageId: p.messageId, data: p.data, place: { file: p.file, pos: p.at }, cluster: null, instanceGroup: null, arch: null, kopsVersion: null, subject: p.subject });
}
function asFinding(f, status) {
    return {
        ruleId: f.ruleId,
        severity: f.severity,
        status,
        message: f.message,
        remediation: f.remediation,
        messageId: f.messageId,
        data: f.data,
        file: f.place.file,
        line: f.place.pos.line,
        column: f.place.pos.column,
        endLine: f.place.pos.endLine,
        endColumn: f.place.pos.endColumn,
        cluster: f.cluster,
        instanceGroup: f.instanceGroup,
        arch: f.arch,
        kopsVersion: f.kopsVersion,
        subject: f.subject,
    };
}
/** `./a\\b.yaml` → `a/b.yaml`; `''` stays `''`. */
function normaliseConfigPath(path) {
    const p = path.trim().replace(/\\/g, '/');
    return p === '' ? '' : external_node_path_namespaceObject.posix.normalize(p).replace(/\/$/, '');
}
// --- rule ids --------------------------------------------------------------------------------
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
/** ` Did you mean "x"?` for a near miss, else nothing. */
function hint(id) {
    let best = null;
    for (const r of RULES) {
        const d = distance(id, r.id);
        if (!best || d < best.d)
            best = { id: r.id, d };
    }
    return best && best.d <= Math.max(2, Math.floor(id.length / 4)) ? ` Did you mean "${best.id}"?` : '';
}
/** Why a rule id cannot be suppressed, or null when it can. */
function ruleProblem(id) {
    if (!ruleById(id))
        return { messageId: 'unknownRule', data: { rule: id, hint: hint(id) } };
    if (UNSUPPRESSIBLE.has(id))
        return { messageId: 'unsuppressible', data: { rule: id } };
    return null;
}
// --- the config file -------------------------------------------------------------------------
function isIsoDate(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.toISOString().slice(0, 10) === s;
}
function typeName(n) {
    if ((0,dist/* isMap */.jh)(n))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(n))
        return 'a list';
    return 'an alias or tagged value';
}
function field(node) {
    if (node === null || node === undefined)
        return { kind: 'absent' };
    if ((0,dist/* isScalar */.jn)(node)) {
        if (node.value === null || node.value === undefined)
            return { kind: 'empty', node };
        if (typeof node.value === 'string')
            return { kind: 'text', text: node.value, node };
        // Numbers and booleans keep their source text (`1.30` stays `1.30`).
        if (typeof node.value === 'number' || typeof node.value === 'boolean')
            return { kind: 'text', text: String(node.source ?? node.value), node };
    }
    return { kind: 'other', node: node };
}
function keyText(key) {
    return (0,dist/* isScalar */.jn)(key) ? String(key.value) : String(key);
}
/** Reads the config file: its valid entries and its problems, each at the exact place in the file. */
function readSuppressionConfig(file, text) {
    const entries = [];
    const problems = [];
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const span = (start, end) => {
        const a = lines.linePos(start);
        const b = lines.linePos(Math.max(end, start));
        return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
    };
    /** From `start` to the end of its line. */
    const restOfLine = (start) => {
        const nl = text.indexOf('\n', start);
        return span(start, nl === -1 ? text.length : text.charAt(nl - 1) === '\r' ? nl - 1 : nl);
    };
    const at = (n) => (n.range ? span(n.range[0], n.range[1]) : restOfLine(0));
    const invalid = (messageId, data, pos, subject) => problems.push(invalidProblem(messageId, data, file, pos, `${messageId}:${subject}`));
    if (doc.errors.length > 0) {
        // After the first syntax error the parser's later errors are mostly consequences of it: report the first only.
        const e = doc.errors[0];
        const detail = e.message.split('\n')[0];
        invalid('yamlError', { detail }, span(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)), detail);
        return { entries, problems };
    }
    const root = field(doc.contents);
    if (root.kind === 'absent' || root.kind === 'empty')
        return { entries, problems };
    if (!(0,dist/* isMap */.jh)(root.node)) {
        invalid('notMapping', {}, at(root.node), '');
        return { entries, problems };
    }
    let list = { kind: 'absent' };
    for (const pair of root.node.items) {
        const key = keyText(pair.key);
        if (key === 'ignore')
            list = field(pair.value);
        else
            invalid('unknownTopKey', { key }, at(pair.key), key);
    }
    if (list.kind === 'absent' || list.kind === 'empty')
        return { entries, problems };
    if (!(0,dist/* isSeq */.oP)(list.node)) {
        invalid('notList', {}, at(list.node), '');
        return { entries, problems };
    }
    list.node.items.forEach((item, index) => {
        if (!(0,dist/* isMap */.jh)(item)) {
            invalid('notEntry', {}, item && (0,dist/* isScalar */.jn)(item) ? at(item) : at(list.node), String(index));
            return;
        }
        const entryAt = restOfLine(item.range ? item.range[0] : 0);
        const fields = new Map();
        const unknown = [];
        for (const pair of item.items) {
            const key = keyText(pair.key);
            if (ENTRY_KEYS.includes(key))
                fields.set(key, field(pair.value));
            else
                unknown.push(pair.key);
        }
        const get = (k) => fields.get(k) ?? { kind: 'absent' };
        const text = (k) => {
            const f = get(k);
            return f.kind === 'text' ? f.text : null;
        };
        // The entry's identity across sides: what it suppresses, not where it is in the file.
        const describe = ['rule', 'cluster', 'instanceGroup', 'path'].map((k) => text(k) ?? '').join('|');
        let ok = true;
        const fail = (messageId, data, pos, detail = '') => {
            invalid(messageId, data, pos, `${describe}:${detail}`);
            ok = false;
        };
        for (const k of unknown)
            fail('unknownKey', { key: keyText(k) }, at(k), keyText(k));
        for (const k of ['rule', 'cluster', 'instanceGroup', 'path', 'reason']) {
            const f = get(k);
            if (f.kind === 'other')
                fail('notString', { key: k, type: typeName(f.node) }, at(f.node), k);
        }
        const rule = get('rule');
        if (rule.kind === 'absent' || rule.kind === 'empty')
            fail('missingRule', {}, entryAt);
        else if (rule.kind === 'text') {
            const p = ruleProblem(rule.text);
            if (p)
                fail(p.messageId, p.data, at(rule.node));
        }
        const reason = get('reason');
        const reasonText = reason.kind === 'text' ? reason.text.trim() : '';
        if (reason.kind !== 'other' && reasonText === '')
            fail('missingReason', { rule: text('rule') ?? '(no rule)' }, reason.kind === 'absent' ? entryAt : at(reason.node));
        const expiresField = get('expires');
        let expires = null;
        let expiresAt = null;
        if (expiresField.kind === 'text' && isIsoDate(expiresField.text.trim())) {
            expires = expiresField.text.trim();
            expiresAt = at(expiresField.node);
        }
        else if (expiresField.kind === 'text' || expiresField.kind === 'other')
            fail('badDate', { value: expiresField.kind === 'text' ? expiresField.text : typeName(expiresField.node) }, at(expiresField.node), 'expires');
        if (!ok || rule.kind !== 'text')
            return;
        entries.push({ rule: rule.text, cluster: text('cluster'), instanceGroup: text('instanceGroup'), path: text('path'), reason: reasonText, expires, file, at: entryAt, expiresAt, describe });
    });
    return { entries, problems };
}
// --- inline comments -------------------------------------------------------------------------
/** Reads the `kops-preflight-ignore` comments of one file. */
function readInlineDirectives(file) {
    const directives = [];
    const problems = [];
    if (!file.text.includes(MARKER))
        return { directives, problems };
    const lines = file.text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    lines.forEach((line, i) => {
        const m = COMMENT.exec(line);
        if (!m)
            return;
        const hash = m.index + m[1].length;
        const at = { line: i + 1, column: hash + 1, endLine: i + 1, endColumn: line.length + 1 };
        const ownLine = line.slice(0, hash).trim() === '';
        const target = ownLine ? i + 2 : i + 1;
        const anchor = (ownLine ? (lines[i + 1] ?? '') : line.slice(0, hash)).trim();
        const rest = m[2];
        const sep = rest.indexOf('--');
        const ids = (sep === -1 ? rest : rest.slice(0, sep))
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '');
        const reason = sep === -1 ? '' : rest.slice(sep + 2).trim();
        const invalid = (messageId, data, detail) => problems.push(invalidProblem(messageId, data, file.path, at, `inline:${messageId}:${anchor}:${detail}`));
        if (ids.length === 0) {
            invalid('inlineNoRule', {}, rest.trim());
            return;
        }
        const valid = [];
        for (const id of ids) {
            const p = ruleProblem(id);
            if (p)
                invalid(p.messageId, p.data, id);
            else
                valid.push(id);
        }
        if (reason === '') {
            invalid('missingReason', { rule: (valid.length > 0 ? valid : ids).join(', ') }, ids.join(','));
            return;
        }
        for (const rule of valid)
            directives.push({ rule, reason, file: file.path, line: i + 1, target, at, anchor });
    });
    return { directives, problems };
}
// --- applying them ---------------------------------------------------------------------------
function matchesEntry(e, f) {
    return (e.rule === f.ruleId &&
        (e.cluster === null || e.cluster === f.cluster) &&
        (e.instanceGroup === null || e.instanceGroup === f.instanceGroup) &&
        (e.path === null || (f.file !== '' && matchesGlobs(f.file, [e.path]))));
}
function filtersLabel(e) {
    const parts = [];
    if (e.cluster !== null)
        parts.push(`cluster "${e.cluster}"`);
    if (e.instanceGroup !== null)
        parts.push(`instance group "${e.instanceGroup}"`);
    if (e.path !== null)
        parts.push(`path "${e.path}"`);
    return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
/** Files whose comments count: kOps manifests, pin files, and any file a finding points into. */
function commentFiles(files, findings, configPath) {
    const withFindings = new Set(findings.map((f) => f.file));
    return files.filter((f) => f.path !== configPath && f.text.includes(MARKER) && (withFindings.has(f.path) || looksLikeKopsManifest(f.text) || PIN_EXTRACTORS.some((e) => e.matches(f.path))));
}
/** One side: which of its findings are suppressed, by what, and the suppressions' own problems. */
function evaluateSide(files, config, findings, today) {
    const problems = [];
    const entries = [];
    const configFile = files.find((f) => f.path === config.path);
    if (configFile) {
        const read = readSuppressionConfig(config.path, configFile.text);
        problems.push(...read.problems);
        for (const e of read.entries) {
            if (e.expires !== null && e.expiresAt !== null && today > e.expires)
                problems.push(expiredProblem('expired', { rule: e.rule, expires: e.expires, reason: e.reason }, e.file, e.expiresAt, `expired:${e.describe}`));
            else
                entries.push(e);
        }
    }
    else if (config.required) {
        const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };
        problems.push(invalidProblem('missingFile', { path: config.path }, config.path, at, 'missingFile:'));
    }
    const directives = [];
    for (const f of commentFiles(files, findings, config.path)) {
        const read = readInlineDirectives(f);
        directives.push(...read.directives);
        problems.push(...read.problems);
    }
    const used = new Set();
    const by = new Map();
    for (const f of findings) {
        if (UNSUPPRESSIBLE.has(f.ruleId))
            continue;
        // A comment is the more specific of the two, so it is named when both apply; every match counts as used.
        const inline = directives.filter((d) => d.rule === f.ruleId && d.file === f.file && d.target === f.line);
        const configured = entries.filter((e) => matchesEntry(e, f));
        for (const s of [...inline, ...configured])
            used.add(s);
        if (inline.length > 0)
            by.set(f, { kind: 'inline', file: inline[0].file, line: inline[0].line, reason: inline[0].reason, expires: null });
        else if (configured.length > 0)
            by.set(f, { kind: 'config', file: configured[0].file, line: configured[0].at.line, reason: configured[0].reason, expires: configured[0].expires });
    }
    for (const e of entries)
        if (!used.has(e))
            problems.push(unusedProblem('unused', { rule: e.rule, filters: filtersLabel(e) }, e.file, e.at, `unused:${e.describe}`));
    for (const d of directives)
        if (!used.has(d))
            problems.push(unusedProblem('unusedInline', { rule: d.rule, line: d.target }, d.file, d.at, `inline:${d.rule}:${d.anchor}`));
    return { by, problems };
}
/**
 * Applies the suppression config and inline comments to classified findings. Pure: the files are
 * the sides' contents as read, and `now` decides expiry (the entry applies through its `expires` day, UTC).
 */
function applySuppressions(input) {
    const configPath = input.config?.path ? normaliseConfigPath(input.config.path) : '';
    const config = configPath !== '' ? { path: configPath, required: input.config?.required ?? false } : { path: DEFAULT_CONFIG_PATH, required: false };
    const today = (input.now ?? new Date()).toISOString().slice(0, 10);
    const headSide = input.findings.filter((f) => f.status !== 'fixed');
    const head = evaluateSide(input.head, config, headSide, today);
    const baseTargets = (input.base?.findings ?? []).map((f) => ({ ruleId: f.ruleId, file: f.place.file, line: f.place.pos.line, cluster: f.cluster, instanceGroup: f.instanceGroup }));
    const base = input.base ? evaluateSide(input.base.files, { ...config, required: false }, baseTargets, today) : null;
    const headRaw = head.problems.map(raw);
    const baseRaw = base ? base.problems.map(raw) : [];
    const baseIds = new Set(baseRaw.map(identity));
    const headIds = new Set(headRaw.map(identity));
    const own = [
        ...headRaw.map((f) => asFinding(f, base && baseIds.has(identity(f)) ? 'unchanged' : 'new')),
        ...baseRaw.filter((f) => !headIds.has(identity(f))).map((f) => asFinding(f, 'fixed')),
    ];
    const suppressed = [];
    const kept = [];
    for (const f of input.findings) {
        const by = head.by.get(f);
        if (by)
            suppressed.push({ finding: f, by });
        else
            kept.push(f);
    }
    return { findings: sortFindings([...kept, ...own]), suppressed };
}

;// CONCATENATED MODULE: ./src/check.ts
// `check`: analyses base and head (or the head under two kOps releases) and assembles the result.




function clusterEntries(side) {
    return side.clusters.map((c) => {
        let containerdVersion = null;
        if (c.group.cluster && c.k8sVersion && side.kops.release) {
            try {
                containerdVersion = containerdDefaults(side.kops.release, c.group.cluster, c.k8sVersion).version;
            }
            catch {
                containerdVersion = null;
            }
        }
        return {
            side: side.side,
            name: c.group.cluster?.name?.value ?? null,
            file: c.group.file,
            kopsVersion: side.kops.version,
            kubernetesVersion: c.k8sVersion,
            containerdVersion,
            instanceGroups: c.group.instanceGroups.map((ig) => ig.name?.value ?? '(unnamed)'),
            evaluated: c.evaluated,
        };
    });
}
function runCheck(input) {
    if (input.targetKopsVersion) {
        const pinned = analyzeSide(input.head.files, { side: 'base', ref: input.head.ref, kopsVersion: input.head.kopsVersion });
        const target = analyzeSide(input.head.files, { side: 'head', ref: input.head.ref, kopsVersion: input.targetKopsVersion });
        const { findings, suppressed } = applySuppressions({
            findings: compare_classify(pinned, target),
            head: input.head.files,
            base: { files: input.head.files, findings: rawFindings(pinned, pinned, target, 'side') },
            config: input.config,
            now: input.now,
        });
        return {
            base: pinned,
            head: target,
            result: {
                schemaVersion: 1,
                mode: 'drift',
                base: null,
                head: { ref: input.head.ref, kopsVersion: pinned.kops.version },
                target: { kopsVersion: target.kops.version },
                findings,
                clusters: [...clusterEntries(pinned), ...clusterEntries(target)],
                summary: { ...summarise(findings), suppressed: suppressed.length },
                suppressed,
            },
        };
    }
    const base = input.base ? analyzeSide(input.base.files, { side: 'base', ref: input.base.ref, kopsVersion: input.base.kopsVersion }) : null;
    const head = analyzeSide(input.head.files, { side: 'head', ref: input.head.ref, kopsVersion: input.head.kopsVersion });
    const { findings, suppressed } = applySuppressions({
        findings: compare_classify(base, head),
        head: input.head.files,
        base: base && input.base ? { files: input.base.files, findings: rawFindings(base, base, head, 'side') } : null,
        config: input.config,
        now: input.now,
    });
    return {
        base,
        head,
        result: {
            schemaVersion: 1,
            mode: base ? 'pull-request' : 'snapshot',
            base: base ? { ref: base.ref, kopsVersion: base.kops.version } : null,
            head: { ref: head.ref, kopsVersion: head.kops.version },
            target: null,
            findings,
            clusters: [...(base ? clusterEntries(base) : []), ...clusterEntries(head)],
            summary: { ...summarise(findings), suppressed: suppressed.length },
            suppressed,
        },
    };
}

;// CONCATENATED MODULE: ./src/fail-on.ts
/** Every accepted `fail-on` value, strictest first. */
const FAIL_ON_VALUES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice', 'never']));
const RANK = { error: 0, warning: 1, notice: 2 };
/** Whether `value` is one of FAIL_ON_VALUES. */
function isFailOn(value) {
    return FAIL_ON_VALUES.includes(value);
}
/**
 * The findings that count against `failOn`: present on the head side (status `new` or
 * `unchanged`; `fixed` findings exist only on the base) and at or above the threshold.
 * `never` selects none.
 */
function failingFindings(findings, failOn) {
    if (failOn === 'never')
        return [];
    const limit = RANK[failOn];
    return findings.filter((f) => f.status !== 'fixed' && RANK[f.severity] <= limit);
}
/** True when at least one head-side finding is at or above `failOn`. */
function shouldFail(findings, failOn) {
    return failingFindings(findings, failOn).length > 0;
}

;// CONCATENATED MODULE: ./src/plan.ts
// `plan`: the simulated nodeup config assets and nodeup outcome per instance group and arch, for one kOps version.

const MANIFEST_PROBLEM_TEXT = {
    yamlError: 'not valid YAML: {detail}',
    duplicateKey: 'repeated key: {detail}',
    missingSeparator: 'a second object starts without a "---" separator',
    noName: '{kind} has no metadata.name',
    noSpec: '{kind} has no spec',
    templateExpression: 'template expression {expression} not evaluated',
    variable: 'value "{value}" of {field} depends on a variable',
};
function plan_fill(t, data) {
    return t.replace(/\{(\w+)\}/g, (m, k) => data[k] ?? m);
}
function planArch(r) {
    const notes = r.archives.flatMap((a) => {
        const name = a.url.slice(a.url.lastIndexOf('/') + 1);
        if (a.family === null)
            return [`contents of ${name} are unknown; nodeup lookups in it were not simulated`];
        const out = [];
        if (a.byFileName)
            out.push(`contents of ${a.url} inferred from its file name (${a.family} ${a.version})`);
        if (a.unpublished)
            out.push(`${name} was never published upstream`);
        return out;
    });
    return {
        assets: r.assets.map((a) => ({ urls: a.urls, hash: a.hash })),
        nodeup: r.nodeup,
        files: r.files,
        notes,
    };
}
function runPlan(files, kopsVersion, arches) {
    const side = analyzeSide(files, { side: 'head', ref: 'FILES', kopsVersion });
    const problems = side.manifests.problems.map((p) => ({ file: p.file, line: p.pos.line, column: p.pos.column, message: plan_fill(MANIFEST_PROBLEM_TEXT[p.messageId] ?? p.messageId, p.data) }));
    if (side.kops.status !== 'known' && side.kops.status !== 'missing') {
        const why = side.kops.release ? `simulated as kOps ${side.kops.release}` : 'nothing simulated';
        problems.push({ file: '', line: 1, column: 1, message: `kOps ${side.kops.version ?? kopsVersion} is not a known kOps release (${side.kops.status}); ${why}` });
    }
    for (const c of side.clusters)
        if (c.evaluated === 'none' && c.reason)
            problems.push({ file: c.group.file, line: c.group.cluster?.doc.at.line ?? 1, column: 1, message: `not simulated: ${c.reason}` });
    return {
        schemaVersion: 1,
        kopsVersion: side.kops.version ?? kopsVersion,
        clusters: side.clusters.map((c) => ({
            name: c.group.cluster?.name?.value ?? null,
            file: c.group.file,
            kubernetesVersion: c.k8sVersion,
            instanceGroups: c.igs.map(({ ig, results }) => {
                const architectures = {};
                for (const a of arches)
                    if (results[a])
                        architectures[a] = planArch(results[a]);
                return { name: ig.name?.value ?? null, role: ig.role, architectures };
            }),
        })),
        problems,
    };
}
function renderPlanText(plan) {
    const lines = [`kOps ${plan.kopsVersion}`];
    for (const c of plan.clusters) {
        lines.push(``, `cluster ${c.name ?? '(no Cluster)'} (${c.file}), Kubernetes ${c.kubernetesVersion ?? '?'}`);
        for (const ig of c.instanceGroups)
            for (const [arch, r] of Object.entries(ig.architectures)) {
                if (!r)
                    continue;
                lines.push(`  ${ig.name} [${ig.role}] ${arch}: nodeup ${r.nodeup.outcome}${r.nodeup.error ? `: ${r.nodeup.error}` : ''}`);
                for (const a of r.assets)
                    lines.push(`    ${a.hash ?? '-'} ${a.urls.join(' , ')}`);
                for (const w of r.nodeup.warnings)
                    lines.push(`    warning: ${w}`);
                for (const n of r.notes)
                    lines.push(`    note: ${n}`);
            }
    }
    for (const p of plan.problems)
        lines.push(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/repo/side.ts
// One side of a comparison (base or head): the repository's candidate text files at one ref.
const DEFAULT_MAX_BYTES = 1024 * 1024;
/** Directories never scanned: VCS metadata, dependencies and vendored trees. */
const IGNORED_DIRS = ['.git', 'node_modules', 'vendor', 'third_party', '.terraform'];

;// CONCATENATED MODULE: ./src/repo/filter.ts
// Filtering and collection rules shared by the git, worktree and directory readers.


/** Bytes inspected for a NUL when deciding whether a file is binary (the same heuristic as git). */
const BINARY_SNIFF_BYTES = 8000;
const ignored = new Set(IGNORED_DIRS);
/** True when any directory on the path (not the file name itself) is one of IGNORED_DIRS. */
function isUnderIgnoredDir(path) {
    const segs = path.split('/');
    for (let i = 0; i < segs.length - 1; i++)
        if (ignored.has(segs[i]))
            return true;
    return false;
}
/** Whether a repository-relative path is a candidate at all (size and content are checked later). */
function isWantedPath(path, opts) {
    return !isUnderIgnoredDir(path) && matchesGlobs(path, opts.paths);
}
function effectiveMaxBytes(opts) {
    const n = opts.maxBytes;
    return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : DEFAULT_MAX_BYTES;
}
function looksBinary(content) {
    return content.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
// Not fatal: invalid sequences become U+FFFD rather than failing the whole read. The BOM is dropped.
const decoder = new TextDecoder('utf-8');
function decodeText(content) {
    return decoder.decode(content);
}
function byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
/** Accumulates files and skips, then produces a RepoSide sorted by path. */
class SideCollector {
    files = [];
    skipped = [];
    /** Adds file content, or records it as binary. */
    addContent(path, content) {
        if (looksBinary(content))
            this.skip(path, 'binary');
        else
            this.files.push({ path, text: decodeText(content) });
    }
    skip(path, reason) {
        this.skipped.push({ path, reason });
    }
    build(ref) {
        return { ref, files: [...this.files].sort(byPath), skipped: [...this.skipped].sort(byPath) };
    }
}
/** Runs `fn` over `items` with at most `limit` calls in flight; results keep input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/repo/fs.ts
// Reads a side from the file system: a plain directory walk, plus the per-file reader the worktree side shares.




/** Concurrent file reads; enough to hide latency without exhausting file descriptors. */
const READ_CONCURRENCY = 16;
const ignoredDirs = new Set(IGNORED_DIRS);
/**
 * Reads every wanted regular file under `dir` (which need not be a git repository).
 * Symlinks are never followed. The side's ref is `dir` exactly as given.
 */
async function readDirSide(dir, opts) {
    let info;
    try {
        info = await (0,promises_namespaceObject.stat)(dir);
    }
    catch (err) {
        if (errorCode(err) === 'ENOENT')
            throw new Error(`directory not found: ${dir}`);
        throw new Error(`cannot read directory ${dir}: ${errorMessage(err)}`);
    }
    if (!info.isDirectory())
        throw new Error(`not a directory: ${dir}`);
    const collector = new SideCollector();
    const candidates = [];
    await walk(dir, '', opts, candidates, collector);
    await readCandidates(dir, candidates, opts, collector);
    return collector.build(dir);
}
async function walk(root, rel, opts, out, collector) {
    let entries;
    try {
        entries = await (0,promises_namespaceObject.readdir)(rel === '' ? root : (0,external_node_path_namespaceObject.join)(root, rel), { withFileTypes: true });
    }
    catch (err) {
        if (rel === '')
            throw new Error(`cannot read directory ${root}: ${errorMessage(err)}`);
        collector.skip(rel, 'unreadable');
        return;
    }
    const subdirs = [];
    for (const entry of entries) {
        const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
        if (entry.isDirectory()) {
            if (!ignoredDirs.has(entry.name))
                subdirs.push(path);
        }
        else if (entry.isFile() && isWantedPath(path, opts)) {
            out.push(path);
        }
        // Symlinks, sockets, devices and the like are not content of the configuration.
    }
    for (const sub of subdirs)
        await walk(root, sub, opts, out, collector);
}
/**
 * Reads repository-relative `paths` under `root` into `collector`. Paths that no longer exist,
 * symlinks and directories are ignored silently: they are not files of this side.
 */
async function readCandidates(root, paths, opts, collector) {
    const maxBytes = effectiveMaxBytes(opts);
    await mapLimit(paths, READ_CONCURRENCY, async (path) => {
        const full = (0,external_node_path_namespaceObject.join)(root, path);
        let info;
        try {
            info = await (0,promises_namespaceObject.lstat)(full);
        }
        catch (err) {
            if (isGone(err))
                return;
            collector.skip(path, 'unreadable');
            return;
        }
        if (!info.isFile())
            return;
        if (info.size > maxBytes) {
            collector.skip(path, 'too-large');
            return;
        }
        let content;
        try {
            content = await (0,promises_namespaceObject.readFile)(full);
        }
        catch (err) {
            if (isGone(err))
                return;
            collector.skip(path, 'unreadable');
            return;
        }
        // The file may have grown between lstat and read.
        if (content.length > maxBytes)
            collector.skip(path, 'too-large');
        else
            collector.addContent(path, content);
    });
}
function isGone(err) {
    const code = errorCode(err);
    return code === 'ENOENT' || code === 'ENOTDIR';
}
function errorCode(err) {
    return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/repo/git.ts
// Reads a side from git: a committed tree at a ref, or the working tree with uncommitted edits.




class GitError extends Error {
    args;
    cwd;
    exitCode;
    stderr;
    constructor(message, args, cwd, exitCode, stderr) {
        super(message);
        this.args = args;
        this.cwd = cwd;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
const WORKTREE_REF = 'WORKTREE';
// Variables that would point git at a different repository than `cwd` (set, for example, while
// running inside a git hook) are dropped; messages are forced to English so they can be recognised.
const REPO_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR', 'GIT_PREFIX', 'GIT_NAMESPACE'];
function gitEnv() {
    const env = { ...process.env, LC_ALL: 'C', LANGUAGE: 'C', GIT_TERMINAL_PROMPT: '0' };
    for (const name of REPO_ENV)
        delete env[name];
    return env;
}
function describe(args) {
    return ['git', ...args].map((a) => (/^[\w@%+=:,./^{}-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
/**
 * Spawns git directly (never through a shell). A configured `core.fsmonitor` names a program git
 * would run, so it is switched off; the empty value means "off" to both old and new git versions.
 */
const runGit = (args, opts) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_namespaceObject.spawn)('git', ['-c', 'core.fsmonitor=', ...args], {
        cwd: opts.cwd,
        shell: false,
        env: gitEnv(),
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true,
    });
    const out = [];
    const err = [];
    child.stdout?.on('data', (chunk) => out.push(chunk));
    child.stderr?.on('data', (chunk) => err.push(chunk));
    child.on('error', (e) => {
        reject(new GitError(`${describe(args)} could not be started in ${opts.cwd}: ${e.message}`, args, opts.cwd, null, ''));
    });
    child.on('close', (code, signal) => {
        if (code === 0)
            return resolve(Buffer.concat(out));
        const stderr = Buffer.concat(err).toString('utf8').trim();
        const status = code === null ? `signal ${signal}` : `exit ${code}`;
        reject(new GitError(`${describe(args)} failed in ${opts.cwd} (${status})${stderr ? `: ${stderr}` : ''}`, args, opts.cwd, code, stderr));
    });
    if (child.stdin) {
        // git may exit before reading all input (e.g. on a bad argument); the exit code reports that.
        child.stdin.on('error', () => { });
        child.stdin.end(opts.input);
    }
});
function isNotARepository(err) {
    return err instanceof GitError && /not a git repository/i.test(err.stderr);
}
async function assertDirectory(dir) {
    let isDir = false;
    try {
        isDir = (await (0,promises_namespaceObject.stat)(dir)).isDirectory();
    }
    catch {
        // Reported below.
    }
    if (!isDir)
        throw new Error(`not a git repository: ${dir} (no such directory)`);
}
/** Resolves `ref` to a full commit SHA in `repoDir`, with clear errors for a missing repository or ref. */
async function resolveCommit(repoDir, ref, git = runGit) {
    // A leading `-` would be read as an option.
    if (ref === '' || ref.startsWith('-'))
        throw new Error(`unknown git ref "${ref}" in ${repoDir}`);
    let out;
    try {
        out = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: repoDir });
    }
    catch (err) {
        if (isNotARepository(err))
            throw new Error(`not a git repository: ${repoDir}`);
        // `--quiet` makes an unknown ref exit 1 without output; anything else is unexpected.
        if (err instanceof GitError && err.exitCode === 1 && err.stderr === '')
            throw new Error(`unknown git ref "${ref}" in ${repoDir}`);
        throw err;
    }
    const sha = out.toString('utf8').trim();
    if (!/^[0-9a-f]{40,64}$/.test(sha))
        throw new Error(`unknown git ref "${ref}" in ${repoDir}`);
    return sha;
}
const REGULAR_FILE_MODES = new Set(['100644', '100755', '100664']);
/** Parses `git ls-tree -r -z --long` output, keeping regular files only (no symlinks or submodules). */
function parseLsTree(out) {
    const entries = [];
    for (const record of out.toString('utf8').split('\0')) {
        if (record === '')
            continue;
        const tab = record.indexOf('\t');
        const m = tab < 0 ? null : /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)$/.exec(record.slice(0, tab));
        if (!m)
            throw new Error(`unexpected git ls-tree output: ${JSON.stringify(record.slice(0, 200))}`);
        const [, mode, type, oid, size] = m;
        if (type !== 'blob' || !REGULAR_FILE_MODES.has(mode) || size === '-')
            continue;
        entries.push({ path: record.slice(tab + 1), oid, size: Number(size) });
    }
    return entries;
}
/** Parses `git cat-file --batch` output into object id → content. */
function parseCatFileBatch(out) {
    const objects = new Map();
    let pos = 0;
    while (pos < out.length) {
        const nl = out.indexOf(0x0a, pos);
        if (nl < 0)
            throw new Error('truncated git cat-file output: header without newline');
        const header = out.toString('latin1', pos, nl);
        const parts = header.split(' ');
        if (parts.length === 2 && parts[1] === 'missing') {
            // Absent objects (e.g. a partial clone) are reported as unreadable by the caller.
            pos = nl + 1;
            continue;
        }
        if (parts.length !== 3)
            throw new Error(`git cat-file could not read object: ${header}`);
        const [oid, , sizeText] = parts;
        const size = Number(sizeText);
        if (!Number.isSafeInteger(size) || size < 0)
            throw new Error(`unexpected git cat-file header: ${header}`);
        const start = nl + 1;
        const end = start + size;
        if (end >= out.length || out[end] !== 0x0a)
            throw new Error(`truncated git cat-file output for object ${oid}`);
        objects.set(oid, out.subarray(start, end));
        pos = end + 1;
    }
    return objects;
}
/**
 * Reads the wanted files of the commit `ref` points to. Three git processes regardless of the
 * number of files: rev-parse, one ls-tree listing, one cat-file batch for every kept blob.
 * Paths are relative to the repository's top level even when `repoDir` is a subdirectory.
 */
async function readGitSide(repoDir, ref, opts, git = runGit) {
    await assertDirectory(repoDir);
    const sha = await resolveCommit(repoDir, ref, git);
    const listing = await git(['ls-tree', '-r', '-z', '--long', '--full-tree', sha], { cwd: repoDir });
    const maxBytes = effectiveMaxBytes(opts);
    const collector = new SideCollector();
    const kept = [];
    for (const entry of parseLsTree(listing)) {
        if (!isWantedPath(entry.path, opts))
            continue;
        if (entry.size > maxBytes)
            collector.skip(entry.path, 'too-large');
        else
            kept.push(entry);
    }
    if (kept.length > 0) {
        // Identical content at several paths is requested once.
        const oids = [...new Set(kept.map((e) => e.oid))];
        const out = await git(['cat-file', '--batch', '--buffer'], { cwd: repoDir, input: oids.join('\n') + '\n' });
        const objects = parseCatFileBatch(out);
        for (const entry of kept) {
            const content = objects.get(entry.oid);
            if (content === undefined)
                collector.skip(entry.path, 'unreadable');
            else
                collector.addContent(entry.path, content);
        }
    }
    return collector.build(sha);
}
/**
 * Reads the working tree as it is on disk, uncommitted edits and untracked (not ignored) files
 * included; files deleted from disk are absent. The side's ref is `WORKTREE`.
 */
async function readWorktreeSide(repoDir, opts, git = runGit) {
    await assertDirectory(repoDir);
    let top;
    try {
        top = (await git(['rev-parse', '--show-toplevel'], { cwd: repoDir })).toString('utf8').replace(/\n$/, '');
    }
    catch (err) {
        if (isNotARepository(err))
            throw new Error(`not a git repository: ${repoDir}`);
        throw err;
    }
    const listing = await git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: top });
    const seen = new Set();
    const candidates = [];
    for (const path of listing.toString('utf8').split('\0')) {
        // Unmerged paths are listed once per stage; untracked nested repositories end with `/`.
        if (path === '' || path.endsWith('/') || seen.has(path))
            continue;
        seen.add(path);
        if (isWantedPath(path, opts))
            candidates.push(path);
    }
    const collector = new SideCollector();
    await readCandidates(top, candidates, opts, collector);
    return collector.build(WORKTREE_REF);
}

;// CONCATENATED MODULE: ./src/report/common.ts
const common_SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
const common_STATUS_RANK = { new: 0, unchanged: 1, fixed: 2 };
function cmp(a, b) {
    const x = a ?? '';
    const y = b ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
}
/** Position order: file, line, column, then rule and identity, so ties never depend on input order. */
function common_comparePosition(a, b) {
    return (cmp(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.cluster, b.cluster) ||
        cmp(a.instanceGroup, b.instanceGroup) ||
        cmp(a.arch, b.arch) ||
        cmp(a.subject, b.subject) ||
        cmp(a.message, b.message));
}
/** The report order: severity, then new / unchanged / fixed, then position. */
function compareFindings(a, b) {
    return common_SEVERITY_RANK[a.severity] - common_SEVERITY_RANK[b.severity] || common_STATUS_RANK[a.status] - common_STATUS_RANK[b.status] || common_comparePosition(a, b);
}
function sortedFindings(findings) {
    return [...findings].sort(compareFindings);
}
/** Whether statuses mean anything: only when two sides (or two kOps releases) were compared. */
function comparesSides(result) {
    return result.mode !== 'snapshot';
}
/** The kOps releases compared: base → head in a pull request, pinned → target in a drift scan. */
function kopsVersions(result) {
    if (result.mode === 'drift')
        return { from: result.head.kopsVersion, to: result.target?.kopsVersion ?? null };
    if (result.mode === 'pull-request')
        return { from: result.base?.kopsVersion ?? null, to: result.head.kopsVersion };
    return { from: null, to: result.head.kopsVersion };
}
/** `kOps 1.28.1 → 1.29.0-beta.1`, or `kOps 1.29.0` when only one release is involved; not escaped. */
function kopsLabel(result) {
    const { from, to } = kopsVersions(result);
    const show = (v) => v ?? 'unknown';
    if (!comparesSides(result) || from === to)
        return `kOps ${show(to)}`;
    return `kOps ${show(from)} → ${show(to)}`;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** `2 errors, 1 warning, 0 notices`, plus `(1 new, 0 unchanged, 1 fixed)` when sides were compared. */
function countsLabel(summary, withStatus) {
    const severities = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}`;
    return withStatus ? `${severities} (${summary.new} new, ${summary.unchanged} unchanged, ${summary.fixed} fixed)` : severities;
}

;// CONCATENATED MODULE: ./src/report/json.ts

/*
 * Keys appear in the order of the interface document; fields the document does not list (additions,
 * which it allows) follow the documented ones: `target` and `suppressed` at the top level,
 * `suppressed` in the summary, `remediation`, `messageId`, `data` and `subject` on findings,
 * `containerdVersion` on clusters. `suppressed` lists the findings a suppression removed, each as
 * `{ finding, by }`. Findings (and suppressed ones) are in the report order (severity,
 * new / unchanged / fixed, position), so equal results give byte-identical output.
 */
function finding(f) {
    return {
        ruleId: f.ruleId,
        severity: f.severity,
        status: f.status,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        cluster: f.cluster,
        instanceGroup: f.instanceGroup,
        arch: f.arch,
        kopsVersion: f.kopsVersion,
        remediation: f.remediation,
        messageId: f.messageId,
        data: f.data,
        subject: f.subject,
    };
}
function suppression(s) {
    return {
        finding: finding(s.finding),
        by: { kind: s.by.kind, file: s.by.file, line: s.by.line, reason: s.by.reason, expires: s.by.expires },
    };
}
function cluster(c) {
    return {
        side: c.side,
        name: c.name,
        file: c.file,
        kopsVersion: c.kopsVersion,
        kubernetesVersion: c.kubernetesVersion,
        instanceGroups: c.instanceGroups,
        evaluated: c.evaluated,
        containerdVersion: c.containerdVersion,
    };
}
function renderJson(result) {
    const suppressed = [...(result.suppressed ?? [])].sort((a, b) => compareFindings(a.finding, b.finding));
    const doc = {
        schemaVersion: result.schemaVersion,
        mode: result.mode,
        base: result.base === null ? null : { ref: result.base.ref, kopsVersion: result.base.kopsVersion },
        head: { ref: result.head.ref, kopsVersion: result.head.kopsVersion },
        findings: sortedFindings(result.findings).map(finding),
        clusters: result.clusters.map(cluster),
        summary: {
            errors: result.summary.errors,
            warnings: result.summary.warnings,
            notices: result.summary.notices,
            new: result.summary.new,
            unchanged: result.summary.unchanged,
            fixed: result.summary.fixed,
            suppressed: result.summary.suppressed ?? suppressed.length,
        },
        target: result.target === null ? null : { kopsVersion: result.target.kopsVersion },
        suppressed: suppressed.map(suppression),
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/escape.ts
// Escaping for repository-derived text in Markdown, HTML, terminal lines and GitHub workflow commands.
const ZWJ = '\u200d';
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Entity-encodes `& < > " '` so the text is inert inside HTML elements and attribute values. */
function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
/**
 * Puts a zero-width joiner after every `@` so GitHub does not turn `@user` or `@org/team` into a
 * mention (and notify them). The text still reads the same.
 */
function neutraliseMentions(s) {
    return s.replaceAll('@', `@${ZWJ}`);
}
/**
 * Makes text safe as inline GitHub-flavoured Markdown, including inside a table cell or a list item:
 * - line breaks become one space (a raw newline would end the table row or list item);
 * - `& < > "` are entity-encoded, so no HTML is interpreted;
 * - every character with inline meaning is backslash-escaped: `\ ` * _ ~ [ ] | # ! $`
 *   (`$` because GitHub renders `$…$` as math, `#` because of headings and `#123` references);
 * - a leading `-`, `+` or `=` (list item, setext heading) and a leading `1.` or `1)` followed by a
 *   space (ordered list item) are escaped;
 * - `@mentions` are neutralised (see {@link neutraliseMentions}).
 * Never put the result inside a code span: entities and escapes are shown literally there.
 */
function escapeMarkdown(s) {
    const oneLine = s.replace(/\r\n|\r|\n/g, ' ');
    let out = oneLine.replace(/[\\`*_~[\]|#!$&<>"]/g, (c) => {
        const entity = HTML_ENTITIES[c];
        return entity ?? `\\${c}`;
    });
    out = out.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
    return neutraliseMentions(out);
}
/**
 * Inline Markdown from a trusted template that uses backticks for code (rule summaries and
 * remediations): each backtick pair becomes a `<code>` element, everything else is escaped as by
 * {@link escapeMarkdown}. An unpaired backtick is shown as is.
 */
function escapeMarkdownKeepingCode(s) {
    const parts = s.split('`');
    if (parts.length % 2 === 0)
        return escapeMarkdown(s);
    return parts.map((p, i) => (i % 2 === 1 ? `<code>${escapeMarkdown(p)}</code>` : escapeMarkdown(p))).join('');
}
/** Text inside an HTML element of a Markdown document (e.g. `<summary>`): one line, entity-encoded, no mentions. */
function escapeHtmlText(s) {
    return neutraliseMentions(escapeHtml(s.replace(/\r\n|\r|\n/g, ' ')));
}
/**
 * Makes text printable on one terminal line: line breaks and tabs become `\n`, `\r`, `\t`, and
 * other control characters (C0, DEL, C1, which could move the cursor or recolour the terminal)
 * become `\u00XX`.
 */
function escapeTextLine(s) {
    return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}
/** The data (message) part of a workflow command, as actions/toolkit's `escapeData` does it. */
function escape_escapeWorkflowCommandData(s) {
    return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
/** A property value of a workflow command (`file=…`, `title=…`), as actions/toolkit's `escapeProperty` does it. */
function escape_escapeWorkflowCommandProperty(s) {
    return escape_escapeWorkflowCommandData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts



const markdown_DEFAULT_MAX_BYTES = 1_000_000;
/*
 * Layout:
 *
 *   ### ❌ kOps 1.28.1 → 1.29.0-beta.1 would break 2 instance groups
 *   counts · refs
 *   | Cluster | File | kOps | Kubernetes | containerd | Evaluated |   (base → head where they differ)
 *   #### Errors (n) / Warnings (n) / Notices (n)                     (open findings, new before unchanged)
 *   #### Fixed (n)
 *   <details> Asset changes in cluster … </details>                  (one per cluster, open asset-changed notices)
 *   <details> N suppressed findings </details>                       (rule, place, reason and expiry of each)
 *   _… left out …_                                                   (only when something was)
 *
 * Over the byte budget, parts are dropped in this order until it fits: the suppressed findings,
 * asset-change sections (last cluster first), fixed findings, notices, warnings (each from the
 * bottom, so unchanged before new), then the cluster table, and errors only if they alone do not
 * fit. The verdict always stays, and a last line says what was left out.
 *
 * Everything is escaped: repository text (cluster names, files, messages, refs, versions,
 * suppression reasons) fully, remediation text keeping its backtick code spans.
 */
const SECTION_TITLES = { error: 'Errors', warning: 'Warnings', notice: 'Notices', fixed: 'Fixed' };
const ASSET_CHANGED = 'asset-changed';
const utf8 = (s) => Buffer.byteLength(s, 'utf8');
function md(s) {
    return escapeMarkdown(s);
}
function code(s) {
    return `<code>${escapeMarkdown(s)}</code>`;
}
function groupNumber(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function markdown_location(f) {
    return f.file === '' ? '(repository)' : code(`${f.file}:${f.line}:${f.column}`);
}
function context(f) {
    const parts = [];
    if (f.cluster !== null)
        parts.push(`cluster ${md(f.cluster)}`);
    if (f.instanceGroup !== null)
        parts.push(`instance group ${md(f.instanceGroup)}`);
    if (f.arch !== null)
        parts.push(md(f.arch));
    return parts.join(' · ');
}
/** The rule's remediation from the registry (the finding's copy for a rule it does not list); its backticks become code. */
function remediation(f) {
    return escapeMarkdownKeepingCode(ruleById(f.ruleId)?.remediation ?? f.remediation);
}
function findingItem(f, withStatus) {
    const head = [withStatus ? `**${f.status === 'new' ? 'New' : 'Unchanged'}**` : null, markdown_location(f), code(f.ruleId), context(f) || null].filter((p) => p !== null);
    return `- ${head.join(' · ')}<br>\n  ${md(f.message)}<br>\n  **Fix:** ${remediation(f)}`;
}
function fixedItem(f) {
    const head = [`**${f.severity}**`, markdown_location(f), code(f.ruleId), context(f) || null].filter((p) => p !== null);
    return `- ${head.join(' · ')}<br>\n  ${md(f.message)}`;
}
function assetItem(f) {
    return `- ${markdown_location(f)} · ${md(f.message)}`;
}
function suppressedItem(s) {
    const f = s.finding;
    const head = [`**${f.severity}**`, markdown_location(f), code(f.ruleId), context(f) || null].filter((p) => p !== null);
    const where = code(`${s.by.file}:${s.by.line}`);
    const source = s.by.kind === 'inline' ? `comment at ${where}` : `config ${where}`;
    const expiry = s.by.expires === null ? 'no expiry' : `expires ${md(s.by.expires)}`;
    return `- ${head.join(' · ')}<br>\n  ${md(f.message)}<br>\n  **Reason:** ${md(s.by.reason)} · ${source} · ${expiry}`;
}
function suppressedBlock(list) {
    return `<details><summary>${plural(list.length, 'suppressed finding')}</summary>\n\n${list.map(suppressedItem).join('\n')}\n\n</details>`;
}
function verdict(result) {
    const label = md(kopsLabel(result));
    const errors = result.findings.filter((f) => f.status !== 'fixed' && f.severity === 'error');
    const broken = new Set(errors.filter((f) => f.instanceGroup !== null).map((f) => `${f.cluster ?? ''}\u0000${f.instanceGroup}`));
    const others = errors.filter((f) => f.instanceGroup === null).length;
    if (broken.size > 0)
        return `### ❌ ${label} would break ${plural(broken.size, 'instance group')}${others > 0 ? `, plus ${plural(others, 'other error')}` : ''}`;
    if (result.summary.errors > 0)
        return `### ❌ ${label}: ${plural(result.summary.errors, 'error')}`;
    if (result.summary.warnings > 0)
        return `### ⚠️ ${label}: no errors, ${plural(result.summary.warnings, 'warning')}`;
    return `### ✅ ${label}: no errors or warnings`;
}
function shortRef(ref) {
    return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 12) : ref;
}
function countsLine(result) {
    const withStatus = comparesSides(result);
    let line = md(countsLabel(result.summary, withStatus));
    if (result.mode === 'pull-request' && result.base)
        line += ` · base ${code(shortRef(result.base.ref))} → head ${code(shortRef(result.head.ref))}`;
    else
        line += ` · ${code(shortRef(result.head.ref))}`;
    return line;
}
function pair(base, head, show) {
    if (base === undefined && head === undefined)
        return '—';
    if (base === undefined)
        return show(head);
    if (head === undefined)
        return show(base);
    const b = show(base);
    const h = show(head);
    return b === h ? h : `${b} → ${h}`;
}
function clusterTable(result) {
    const rows = new Map();
    for (const c of result.clusters) {
        const key = c.name !== null ? `n\u0000${c.name}` : `f\u0000${c.file}`;
        const row = rows.get(key) ?? {};
        row[c.side] = c;
        rows.set(key, row);
    }
    const sorted = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (sorted.length === 0)
        return '_No kOps clusters were found._';
    const compared = comparesSides(result);
    const value = (v) => (v === null ? '—' : md(v));
    const lines = ['| Cluster | File | kOps | Kubernetes | containerd | Evaluated |', '| --- | --- | --- | --- | --- | --- |'];
    for (const [, { base, head }] of sorted) {
        const any = (head ?? base);
        let name = any.name === null ? '_(instance groups without a Cluster)_' : md(any.name);
        if (compared && !base)
            name += ' (added)';
        if (compared && !head)
            name += ' (removed)';
        const cells = [
            name,
            pair(base?.file, head?.file, (v) => md(v)),
            pair(base?.kopsVersion, head?.kopsVersion, value),
            pair(base?.kubernetesVersion, head?.kubernetesVersion, value),
            pair(base?.containerdVersion, head?.containerdVersion, value),
            pair(base?.evaluated, head?.evaluated, (v) => v),
        ];
        lines.push(`| ${cells.join(' | ')} |`);
    }
    return lines.join('\n');
}
function detailsBlock(cluster, findings) {
    const name = cluster === null ? 'findings without a cluster' : `cluster ${escapeHtmlText(cluster)}`;
    return `<details><summary>Asset changes in ${name} (${findings.length})</summary>\n\n${findings.map(assetItem).join('\n')}\n\n</details>`;
}
function omissionLine(sections, details, tableDropped, suppressedDropped, maxBytes, total) {
    const parts = [];
    let left = 0;
    const assets = details.filter((d) => !d.kept).reduce((n, d) => n + d.findings.length, 0);
    const count = (n, one, many = `${one}s`) => `${groupNumber(n)} ${n === 1 ? one : many}`;
    if (assets > 0)
        parts.push(count(assets, 'asset change'));
    left += assets;
    for (const s of [...sections].reverse()) {
        const n = s.items.length - s.kept;
        if (n === 0)
            continue;
        left += n;
        parts.push(s.key === 'fixed' ? count(n, 'fixed', 'fixed') : count(n, s.key));
    }
    const extras = [];
    if (tableDropped)
        extras.push('the cluster table');
    if (suppressedDropped > 0)
        extras.push(`the list of ${count(suppressedDropped, 'suppressed finding')}`);
    if (left === 0 && extras.length === 0)
        return null;
    const what = left > 0
        ? `${groupNumber(left)} of ${groupNumber(total)} findings (${parts.join(', ')})${extras.map((e) => ` and ${e}`).join('')}`
        : extras.join(' and ').replace(/^t/, 'T');
    const verb = (left === 0 && extras.length === 1) || (left === 1 && extras.length === 0) ? 'was' : 'were';
    return `_${what} ${verb} left out to keep this report under ${groupNumber(maxBytes)} bytes; the text, JSON and SARIF reports have every finding._`;
}
function renderMarkdown(result, opts = {}) {
    const maxBytes = opts.maxBytes ?? markdown_DEFAULT_MAX_BYTES;
    const detail = opts.detail ?? true;
    const withStatus = comparesSides(result);
    const sorted = sortedFindings(result.findings);
    const isAsset = (f) => f.ruleId === ASSET_CHANGED && f.status !== 'fixed';
    const sections = ['error', 'warning', 'notice', 'fixed'].map((key) => {
        const findings = sorted.filter((f) => !isAsset(f) && (key === 'fixed' ? f.status === 'fixed' : f.status !== 'fixed' && f.severity === key));
        const items = findings.map((f) => (key === 'fixed' ? fixedItem(f) : findingItem(f, withStatus)));
        return { key, items, findings, kept: items.length };
    });
    const assetFindings = sorted.filter(isAsset);
    const byCluster = new Map();
    for (const f of assetFindings) {
        const key = f.cluster === null ? '\uffff' : f.cluster;
        const entry = byCluster.get(key) ?? { cluster: f.cluster, findings: [] };
        entry.findings.push(f);
        byCluster.set(key, entry);
    }
    const details = detail
        ? [...byCluster.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([, e]) => ({ findings: e.findings, text: detailsBlock(e.cluster, e.findings), kept: true }))
        : [];
    const unlisted = detail ? null : assetFindings.length > 0 ? `_${plural(assetFindings.length, 'asset change')} not listed._` : null;
    const suppressedList = [...(result.suppressed ?? [])].sort((a, b) => compareFindings(a.finding, b.finding));
    const suppressed = suppressedList.length === 0 ? null : detail ? suppressedBlock(suppressedList) : `_${plural(suppressedList.length, 'suppressed finding')} not listed._`;
    let suppressedKept = true;
    const head = `${verdict(result)}\n\n${countsLine(result)}`;
    const table = clusterTable(result);
    let tableKept = true;
    const assemble = (withNote) => {
        const blocks = [head];
        if (tableKept)
            blocks.push(table);
        for (const s of sections) {
            if (s.kept === 0)
                continue;
            const title = s.kept === s.items.length ? `${SECTION_TITLES[s.key]} (${s.items.length})` : `${SECTION_TITLES[s.key]} (${s.items.length}, ${s.kept} shown)`;
            blocks.push(`#### ${title}\n\n${s.items.slice(0, s.kept).join('\n')}`);
        }
        for (const d of details)
            if (d.kept)
                blocks.push(d.text);
        if (unlisted)
            blocks.push(unlisted);
        if (suppressed && suppressedKept)
            blocks.push(suppressed);
        const note = withNote ? omissionLine(sections, details, !tableKept, suppressed && !suppressedKept ? suppressedList.length : 0, maxBytes, result.findings.length) : null;
        if (note)
            blocks.push(note);
        return `${blocks.join('\n\n')}\n`;
    };
    const full = assemble(false);
    const fullBytes = utf8(full);
    if (fullBytes <= maxBytes)
        return full;
    // Drop units in order, tracking an upper bound of the size so the document is rebuilt only when it may fit.
    const bySection = (key) => sections.find((s) => s.key === key);
    const drops = [];
    if (suppressed)
        drops.push({ bytes: utf8(suppressed) + 2, apply: () => (suppressedKept = false) });
    for (const d of [...details].reverse())
        drops.push({ bytes: utf8(d.text) + 2, apply: () => (d.kept = false) });
    for (const key of ['fixed', 'notice', 'warning']) {
        const s = bySection(key);
        for (let i = s.items.length - 1; i >= 0; i--)
            drops.push({ bytes: utf8(s.items[i]) + 1, apply: () => (s.kept = i) });
    }
    drops.push({ bytes: utf8(table) + 2, apply: () => (tableKept = false) });
    const errors = bySection('error');
    for (let i = errors.items.length - 1; i >= 0; i--)
        drops.push({ bytes: utf8(errors.items[i]) + 1, apply: () => (errors.kept = i) });
    const NOTE_RESERVE = 512;
    let estimate = fullBytes + NOTE_RESERVE;
    let out = full;
    for (const d of drops) {
        d.apply();
        estimate -= d.bytes;
        if (estimate > maxBytes)
            continue;
        out = assemble(true);
        if (utf8(out) <= maxBytes)
            return out;
    }
    out = assemble(true);
    if (utf8(out) <= maxBytes)
        return out;
    // Only a budget smaller than the verdict itself gets here: cut on a character boundary.
    const suffix = '…\n';
    let cut = '';
    let bytes = utf8(suffix);
    for (const ch of out) {
        bytes += utf8(ch);
        if (bytes > maxBytes)
            break;
        cut += ch;
    }
    return cut + suffix;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 report for GitHub code scanning: rules from the registry, one result per open finding.




const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Where the tool is documented; shown by SARIF viewers next to the tool name. */
const DEFAULT_INFORMATION_URI = 'https://github.com/kops-preflight/kops-preflight';
const DEFAULT_AUTOMATION_ID = 'kops-preflight/';
/** GitHub rejects runs with more results. */
const MAX_SARIF_RESULTS = 25_000;
/** Messages are cut here, as for annotations: longer than any message kops-preflight writes, short enough to read. */
const MAX_SARIF_MESSAGE = 4096;
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** Code scanning's non-security severity scale. */
const PROBLEM_SEVERITY = { error: 'error', warning: 'warning', notice: 'recommendation' };
/** What part of kOps a rule is about, as a code-scanning tag. */
function sarif_area(id) {
    if (id.startsWith('nodeup'))
        return 'nodeup';
    if (id.startsWith('kops-rejects'))
        return 'kops-update-cluster';
    if (id.startsWith('kops-version'))
        return 'version-pin';
    if (id.startsWith('kubernetes-version'))
        return 'kubernetes-version';
    if (id.startsWith('manifest'))
        return 'manifest';
    if (id.startsWith('asset'))
        return 'assets';
    if (id.startsWith('cri-containerd'))
        return 'containerd';
    return null;
}
function ruleDescriptor(r) {
    const tag = sarif_area(r.id);
    return {
        id: r.id,
        name: r.id,
        shortDescription: { text: r.summary },
        fullDescription: { text: `${r.summary} ${r.remediation}`.trim() },
        help: {
            text: `${r.summary}\n\nFix: ${r.remediation}\n\nRule: ${r.id}`,
            markdown: `${escapeMarkdownKeepingCode(r.summary)}\n\n**Fix:** ${escapeMarkdownKeepingCode(r.remediation)}\n\nRule: <code>${escapeMarkdownKeepingCode(r.id)}</code>`,
        },
        defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
        properties: {
            tags: tag ? ['kops', tag] : ['kops'],
            precision: 'high',
            'problem.severity': PROBLEM_SEVERITY[r.defaultSeverity],
        },
    };
}
/** A finding's identity (never its line or message), so an alert survives edits above it and kOps bumps. */
function fingerprintOf(f) {
    const identity = [f.ruleId, f.file, f.cluster ?? '', f.instanceGroup ?? '', f.arch ?? '', f.subject].join('\u0000');
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(identity, 'utf8').digest('hex').slice(0, 16);
}
/** A repository-relative path as a URI reference: each segment percent-encoded. */
function fileUri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function truncate(s, max) {
    const chars = [...s];
    return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
function region(f) {
    const endLine = Math.max(f.line, f.endLine);
    const endColumn = endLine === f.line ? Math.max(f.column, f.endColumn) : f.endColumn;
    return { startLine: f.line, startColumn: f.column, endLine, endColumn };
}
function renderSarif(result, opts = {}) {
    const known = RULES.map((r) => ({ id: r.id, summary: r.summary, remediation: r.remediation, defaultSeverity: r.defaultSeverity }));
    // A finding from a rule the registry does not list still needs a descriptor for its ruleIndex.
    for (const f of result.findings)
        if (!known.some((r) => r.id === f.ruleId))
            known.push({ id: f.ruleId, summary: f.ruleId, remediation: f.remediation, defaultSeverity: f.severity });
    const rules = known.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    const open = sortedFindings(result.findings).filter((f) => f.status !== 'fixed');
    const located = open.filter((f) => f.file !== '');
    const kept = located.slice(0, MAX_SARIF_RESULTS);
    const occurrences = new Map();
    const results = kept.map((f) => {
        const hash = fingerprintOf(f);
        const n = (occurrences.get(hash) ?? 0) + 1;
        occurrences.set(hash, n);
        return {
            ruleId: f.ruleId,
            ruleIndex: ruleIndex.get(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: truncate(f.message, MAX_SARIF_MESSAGE) },
            locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(f.file), uriBaseId: '%SRCROOT%' }, region: region(f) } }],
            partialFingerprints: { primaryLocationLineHash: `${hash}:${n}` },
            properties: {
                status: f.status,
                cluster: f.cluster,
                instanceGroup: f.instanceGroup,
                arch: f.arch,
                kopsVersion: f.kopsVersion,
            },
        };
    });
    const notes = [];
    const unplaced = open.length - located.length;
    const over = located.length - kept.length;
    if (unplaced > 0)
        notes.push(`${plural(unplaced, 'finding')} without a file position ${unplaced === 1 ? 'is' : 'are'} not in this SARIF file; see the text or JSON report.`);
    if (over > 0)
        notes.push(`${plural(over, 'finding')} ${over === 1 ? 'was' : 'were'} left out: code scanning accepts at most ${MAX_SARIF_RESULTS} results per run.`);
    const driver = { name: 'kops-preflight', informationUri: opts.informationUri ?? DEFAULT_INFORMATION_URI };
    if (opts.toolVersion)
        driver.version = opts.toolVersion;
    driver.rules = rules.map(ruleDescriptor);
    const run = {
        tool: { driver },
        automationDetails: { id: opts.automationId ?? DEFAULT_AUTOMATION_ID },
        columnKind: 'utf16CodeUnits',
        results,
    };
    if (notes.length > 0)
        run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: notes.map((text) => ({ level: 'warning', message: { text } })) }];
    return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/text.ts


/*
 * Format (one finding per line, then a blank line and the summary):
 *
 *   clusters/prod.yaml:14:7: error nodeup of kOps 1.29.0 would fail … [nodeup-fails] (new)
 *   .tool-versions:1:6: warning kOps 1.29.0-beta.1 is not a kOps release; … [kops-version-unknown] (unchanged)
 *   clusters/prod.yaml:30:5: warning The template expression … [manifest-not-evaluated] (fixed)
 *
 *   1 error, 2 warnings, 0 notices (1 new, 1 unchanged, 1 fixed); kOps 1.28.1 → 1.29.0-beta.1
 *   2 suppressed
 *
 * - `path:line:col: severity message [rule-id]` exactly as the interface specifies (compilers and
 *   actionlint print the same), so line-oriented tools keep working; the status follows in parentheses.
 * - The status is printed only when two sides were compared (pull-request and drift modes); in a
 *   snapshot every finding is simply present, and the summary has no status counts either.
 * - Open findings come first (errors, warnings, notices; new before unchanged; then by position),
 *   fixed findings last in the same order.
 * - A finding with no file is shown at `(repository)`.
 * - Findings removed by a suppression are not listed; a last line counts them, when there are any.
 * - Every line is printable: line breaks and control characters from the repository are shown escaped.
 */
function findingLine(f, withStatus) {
    const where = f.file === '' ? '(repository)' : `${escapeTextLine(f.file)}:${f.line}:${f.column}`;
    const status = withStatus ? ` (${f.status})` : '';
    return `${where}: ${f.severity} ${escapeTextLine(f.message)} [${escapeTextLine(f.ruleId)}]${status}`;
}
function renderText(result) {
    const withStatus = comparesSides(result);
    const sorted = sortedFindings(result.findings);
    const ordered = [...sorted.filter((f) => f.status !== 'fixed'), ...sorted.filter((f) => f.status === 'fixed')];
    const lines = ordered.map((f) => findingLine(f, withStatus));
    if (lines.length > 0)
        lines.push('');
    lines.push(`${countsLabel(result.summary, withStatus)}; ${escapeTextLine(kopsLabel(result))}`);
    const suppressed = result.suppressed?.length ?? 0;
    if (suppressed > 0)
        lines.push(`${suppressed} suppressed`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts


/** The runner cuts annotation messages at 4,096 characters; cut them ourselves so the end is marked. */
const MAX_ANNOTATION_MESSAGE = 4096;
/** The runner keeps 10 annotations per level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
function quoteName(s) {
    return `"${s}"`;
}
/** `"nodes" (amd64, arm64), "spot" (amd64)`: each instance group once, with its arches; the cluster named when several are involved. */
function instancesLabel(findings) {
    const named = findings.filter((f) => f.instanceGroup !== null || f.arch !== null);
    if (named.length < 2)
        return null;
    const clusters = new Set(named.map((f) => f.cluster ?? ''));
    const byTarget = new Map();
    for (const f of named) {
        const key = `${f.cluster ?? ''}\u0000${f.instanceGroup ?? ''}\u0000${f.instanceGroup === null ? '' : 'ig'}`;
        const entry = byTarget.get(key) ?? { cluster: f.cluster, ig: f.instanceGroup, arches: [] };
        if (f.arch !== null && !entry.arches.includes(f.arch))
            entry.arches.push(f.arch);
        byTarget.set(key, entry);
    }
    const entries = [...byTarget.values()];
    const parts = entries.map((e) => {
        const arches = [...e.arches].sort().join(', ');
        const inCluster = clusters.size > 1 && e.cluster !== null ? ` in cluster ${quoteName(e.cluster)}` : '';
        if (e.ig === null)
            return `${arches || 'all arches'}${inCluster}`;
        return `${quoteName(e.ig)}${arches ? ` (${arches})` : ''}${inCluster}`;
    });
    const withIg = entries.filter((e) => e.ig !== null).length;
    if (withIg === 0)
        return `Same problem on ${parts.join(', ')}.`;
    return `Same problem on ${withIg === 1 ? 'instance group' : 'instance groups'} ${parts.join(', ')}.`;
}
function annotations_truncate(s, max) {
    const chars = [...s];
    return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
function mergedMessage(findings) {
    const [first] = findings;
    const lines = [first.message];
    const instances = instancesLabel(findings);
    if (instances)
        lines.push(instances);
    // Findings that cluster, instance group and arch do not tell apart are different problems: keep their text.
    const target = (f) => [f.cluster ?? '', f.instanceGroup ?? '', f.arch ?? ''].join('\u0000');
    const targets = new Set([target(first)]);
    const messages = new Set([first.message]);
    for (const f of findings.slice(1)) {
        const t = target(f);
        if (targets.has(t) && !messages.has(f.message))
            lines.push(`Also: ${f.message}`);
        targets.add(t);
        messages.add(f.message);
    }
    return annotations_truncate(lines.join('\n'), MAX_ANNOTATION_MESSAGE);
}
function toAnnotation(g) {
    const f = g.findings[0];
    const a = { level: g.level, message: mergedMessage(g.findings), title: `kops-preflight: ${f.ruleId}`, file: f.file, startLine: f.line };
    if (f.file === '')
        return a;
    if (f.endLine > f.line)
        a.endLine = f.endLine;
    else {
        a.startColumn = f.column;
        // Finding ends are exclusive; GitHub's endColumn is the last column of the annotation.
        if (f.endLine === f.line && f.endColumn - 1 > f.column)
            a.endColumn = f.endColumn - 1;
    }
    return a;
}
/**
 * Turns the open findings into at most `perLevel` annotations per level:
 * - fixed findings are skipped (they are in the summary);
 * - findings of one rule at the same file, line and column become one annotation that names every
 *   instance group and arch (its level is the highest among them, and it counts as new if any is);
 * - annotations are ranked new before unchanged, then by severity, then by position;
 * - when anything is left out, one notice slot is kept free for the caller's closing notice.
 */
function planAnnotations(result, opts = {}) {
    const perLevel = Math.max(1, Math.floor(opts.perLevel ?? ANNOTATIONS_PER_LEVEL));
    const open = result.findings.filter((f) => f.status !== 'fixed');
    const groups = new Map();
    for (const f of open) {
        const key = [f.ruleId, f.file, f.line, f.column].join('\u0000');
        const list = groups.get(key) ?? [];
        list.push(f);
        groups.set(key, list);
    }
    const planned = [...groups.values()].map((list) => {
        const findings = list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || STATUS_RANK[a.status] - STATUS_RANK[b.status] || comparePosition(a, b));
        return { findings, level: findings[0].severity, isNew: findings.some((f) => f.status === 'new') };
    });
    planned.sort((a, b) => Number(b.isNew) - Number(a.isNew) || SEVERITY_RANK[a.level] - SEVERITY_RANK[b.level] || comparePosition(a.findings[0], b.findings[0]));
    const count = (level) => planned.filter((g) => g.level === level).length;
    const errors = count('error');
    const warnings = count('warning');
    const notices = count('notice');
    const overflowing = errors > perLevel || warnings > perLevel || notices > perLevel;
    const cap = { error: perLevel, warning: perLevel, notice: overflowing ? perLevel - 1 : perLevel };
    const used = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    for (const g of planned) {
        if (used[g.level] >= cap[g.level])
            continue;
        used[g.level]++;
        annotations.push(toAnnotation(g));
    }
    return { annotations, overflow: planned.length - annotations.length };
}
/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, escaped as the runner expects. */
function formatWorkflowCommand(a) {
    const props = [];
    if (a.file !== '') {
        props.push(`file=${escapeWorkflowCommandProperty(a.file)}`, `line=${a.startLine}`);
        const multiLine = a.endLine !== undefined && a.endLine > a.startLine;
        if (!multiLine && a.startColumn !== undefined)
            props.push(`col=${a.startColumn}`);
        if (multiLine)
            props.push(`endLine=${a.endLine}`);
        if (!multiLine && a.startColumn !== undefined && a.endColumn !== undefined)
            props.push(`endColumn=${a.endColumn}`);
    }
    props.push(`title=${escapeWorkflowCommandProperty(a.title)}`);
    return `::${a.level} ${props.join(',')}::${escapeWorkflowCommandData(a.message)}`;
}

;// CONCATENATED MODULE: ./src/report/index.ts




const REPORT_FORMATS = (/* unused pure expression or super */ null && (['text', 'json', 'markdown', 'sarif']));
/** Renders a result in one format with default options; the output is deterministic for equal results. */
function render(format, result) {
    switch (format) {
        case 'text':
            return renderText(result);
        case 'json':
            return renderJson(result);
        case 'markdown':
            return renderMarkdown(result);
        case 'sarif':
            return renderSarif(result);
    }
}







;// CONCATENATED MODULE: ./src/version.ts
// The kops-preflight version, kept equal to package.json's.
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/main.ts
// The kops-preflight command line: `plan` and `check`, with exit codes 0 (clean), 1 (findings), 2 (could not run).












class UsageError extends Error {
}
const USAGE = `Usage:
  kops-preflight check [--repo DIR] [--base REF] [--head REF]
                       [--kops-version V] [--base-kops-version V] [--target-kops-version V|latest]
                       [--format text|json|sarif|markdown] [--output FILE]
                       [--fail-on error|warning|notice|never] [--config FILE]
                       [--base-path DIR] [--head-path DIR] [--paths GLOB ...]
  kops-preflight plan --kops-version V [--arch amd64|arm64|all] [--format json|text] FILE...

check compares the kOps version pins and kOps manifests of two sides of a change (base and head)
and reports what kOps's update cluster and nodeup would do differently. Without --base it checks
one snapshot; with --target-kops-version it simulates the head as if its pin were bumped.
--base-path / --head-path read a side from a plain directory instead of git.
--config names the suppression file (relative to the repository root, read from the head side);
without it .github/kops-preflight.yaml is used when present.

Exit codes: 0 no finding at or above --fail-on on the head side, 1 findings, 2 could not run.`;
function oneOf(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new UsageError(`invalid ${flag} '${value}'; expected one of: ${allowed.join(', ')}`);
}
/**
 * The suppression config as a path relative to the head's root. `--config` is relative to the
 * repository root (an absolute path must lie inside it) and must exist; without it the default
 * path is used when the head has it.
 */
function configPath(flag, root, cwd) {
    if (flag === undefined)
        return { path: DEFAULT_CONFIG_PATH, required: false };
    if (flag.trim() === '')
        throw new UsageError('--config needs a file path');
    const rel = (0,external_node_path_namespaceObject.isAbsolute)(flag) ? (0,external_node_path_namespaceObject.relative)(root, flag) : flag;
    const path = normaliseConfigPath(rel);
    if (path === '' || path === '.' || path === '..' || path.startsWith('../') || (0,external_node_path_namespaceObject.isAbsolute)(path))
        throw new UsageError(`--config '${flag}' is not a file inside the repository root ${(0,external_node_path_namespaceObject.relative)(cwd, root) || '.'}`);
    return { path, required: true };
}
async function check(args, io) {
    const { values } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        options: {
            repo: { type: 'string' },
            base: { type: 'string' },
            head: { type: 'string' },
            'base-path': { type: 'string' },
            'head-path': { type: 'string' },
            'kops-version': { type: 'string' },
            'base-kops-version': { type: 'string' },
            'target-kops-version': { type: 'string' },
            format: { type: 'string' },
            output: { type: 'string' },
            'fail-on': { type: 'string' },
            config: { type: 'string' },
            paths: { type: 'string', multiple: true },
        },
        strict: true,
        allowPositionals: false,
    });
    const format = oneOf('--format', values.format, ['text', 'json', 'sarif', 'markdown'], 'text');
    const failOn = oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'notice', 'never'], 'error');
    if (values.base && values['base-path'])
        throw new UsageError('use either --base or --base-path, not both');
    if (values.head && values['head-path'])
        throw new UsageError('use either --head or --head-path, not both');
    if (values['target-kops-version'] && (values.base || values['base-path']))
        throw new UsageError('--target-kops-version checks one snapshot; drop --base/--base-path');
    const repo = (0,external_node_path_namespaceObject.resolve)(io.cwd, values.repo ?? '.');
    const config = configPath(values.config, values['head-path'] ? (0,external_node_path_namespaceObject.resolve)(io.cwd, values['head-path']) : repo, io.cwd);
    // --paths narrows what is read; the suppression config is read all the same.
    const paths = values.paths && values.paths.length > 0 ? [...values.paths, config.path] : [];
    const opts = { paths, maxBytes: DEFAULT_MAX_BYTES };
    const head = values['head-path']
        ? await readDirSide((0,external_node_path_namespaceObject.resolve)(io.cwd, values['head-path']), opts)
        : values.head
            ? await readGitSide(repo, values.head, opts)
            : await readWorktreeSide(repo, opts);
    const base = values['base-path'] ? await readDirSide((0,external_node_path_namespaceObject.resolve)(io.cwd, values['base-path']), opts) : values.base ? await readGitSide(repo, values.base, opts) : null;
    const relRef = (side, isPath) => (isPath ? (0,external_node_path_namespaceObject.relative)(io.cwd, side.ref) || '.' : side.ref);
    const { result } = runCheck({
        head: { ref: relRef(head, !!values['head-path']), files: head.files, kopsVersion: values['kops-version'] ?? null },
        base: base ? { ref: relRef(base, !!values['base-path']), files: base.files, kopsVersion: values['base-kops-version'] ?? null } : null,
        targetKopsVersion: values['target-kops-version'] ?? null,
        config,
    });
    const out = render(format, result);
    if (values.output)
        await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.resolve)(io.cwd, values.output), out);
    else
        io.stdout(out);
    return shouldFail(result.findings, failOn) ? 1 : 0;
}
async function plan(args, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        options: { 'kops-version': { type: 'string' }, arch: { type: 'string' }, format: { type: 'string' } },
        strict: true,
        allowPositionals: true,
    });
    if (!values['kops-version'])
        throw new UsageError('plan needs --kops-version V');
    if (positionals.length === 0)
        throw new UsageError('plan needs at least one FILE');
    const arch = oneOf('--arch', values.arch, ['amd64', 'arm64', 'all'], 'all');
    const format = oneOf('--format', values.format, ['json', 'text'], 'json');
    const files = [];
    for (const p of positionals) {
        let text;
        try {
            text = await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.resolve)(io.cwd, p), 'utf8');
        }
        catch (e) {
            throw new UsageError(`cannot read ${p}: ${e.code ?? e.message}`);
        }
        files.push({ path: p.replace(/\\/g, '/'), text });
    }
    const arches = arch === 'all' ? ['amd64', 'arm64'] : [arch];
    const result = runPlan(files, values['kops-version'], arches);
    io.stdout(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : renderPlanText(result));
    return 0;
}
async function main(argv, io) {
    const [command, ...rest] = argv;
    try {
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            io.stdout(USAGE + '\n');
            return command === undefined ? 2 : 0;
        }
        if (command === '--version' || command === '-V') {
            io.stdout(`kops-preflight ${VERSION}\n`);
            return 0;
        }
        if (rest.includes('--help') || rest.includes('-h')) {
            io.stdout(USAGE + '\n');
            return 0;
        }
        if (command === 'check')
            return await check(rest, io);
        if (command === 'plan')
            return await plan(rest, io);
        throw new UsageError(`unknown command '${command}'; expected check or plan`);
    }
    catch (e) {
        const err = e;
        if (e instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS')) {
            io.stderr(`kops-preflight: ${err.message}\n${USAGE.split('\n').slice(0, 5).join('\n')}\n`);
            return 2;
        }
        io.stderr(`kops-preflight: ${err.message}\n`);
        if (!/not a git repository|unknown git ref|ENOENT|cannot read/.test(err.message))
            io.stderr('This looks like a bug in kops-preflight; please report it with the command you ran.\n' + (process.env.KOPS_PREFLIGHT_DEBUG ? `${err.stack}\n` : ''));
        return 2;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts
// Entry point of the kops-preflight command.

main(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd() }).then((code) => {
    process.exitCode = code;
}, (e) => {
    process.stderr.write(`kops-preflight: ${e.message}\n`);
    process.exitCode = 2;
});

