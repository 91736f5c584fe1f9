// Go text/template lexer and parser (the parse package of the Go standard library), reproducing its trees,
// positions and error texts: trim markers `{{- ` / ` -}}` (any of space, tab, CR, LF after/before the dash),
// comments, newlines inside actions (Go >= 1.16), `break`/`continue` (Go >= 1.18), `else with` (Go >= 1.23),
// `define`/`template`/`block`, variables with `:=` and `=`, parenthesised pipelines and chained fields.
// Parse errors read `template: <name>:<line>: <message>` as Go prints them.

/** Byte offsets are JavaScript string offsets here; Go counts bytes, which only differs for non-ASCII text. */
export type Pos = number

export interface GoFeatures {
  /** `{{else with}}` chains (Go 1.23). */
  elseWith: boolean
  /** `{{range 5}}` over an integer (Go 1.24). */
  rangeInt: boolean
  /** `eq`/`lt` mismatched kinds name both types in the error (Go 1.25: "incompatible types for comparison: int and float64"). */
  comparisonTypes: boolean
}

export const NEWEST_GO: GoFeatures = { elseWith: true, rangeInt: true, comparisonTypes: true }

export class ParseError extends Error {}

/** A parsed template: its name, the name of the file-level template it was parsed from, and the source text. */
export interface Tree {
  name: string
  parseName: string
  text: string
  root: ListNode
}

interface Base {
  pos: Pos
  tree: Tree
}
export interface ListNode extends Base {
  type: 'list'
  nodes: Node[]
}
export interface TextNode extends Base {
  type: 'text'
  text: string
}
export interface CommentNode extends Base {
  type: 'comment'
  text: string
}
export interface ActionNode extends Base {
  type: 'action'
  line: number
  pipe: PipeNode
}
export interface PipeNode extends Base {
  type: 'pipe'
  line: number
  isAssign: boolean
  decl: VariableNode[]
  cmds: CommandNode[]
}
export interface CommandNode extends Base {
  type: 'command'
  args: Node[]
}
export interface FieldNode extends Base {
  type: 'field'
  ident: string[]
}
export interface VariableNode extends Base {
  type: 'variable'
  ident: string[]
}
export interface ChainNode extends Base {
  type: 'chain'
  node: Node
  field: string[]
}
export interface IdentifierNode extends Base {
  type: 'identifier'
  ident: string
}
export interface DotNode extends Base {
  type: 'dot'
}
export interface NilNode extends Base {
  type: 'nil'
}
export interface BoolNode extends Base {
  type: 'bool'
  value: boolean
}
export interface NumberNode extends Base {
  type: 'number'
  text: string
  isInt: boolean
  isUint: boolean
  isFloat: boolean
  isComplex: boolean
  int: bigint
  float: number
}
export interface StringNode extends Base {
  type: 'string'
  quoted: string
  text: string
}
export interface BranchNode extends Base {
  type: 'if' | 'range' | 'with'
  line: number
  pipe: PipeNode
  list: ListNode
  elseList: ListNode | null
}
export interface TemplateNode extends Base {
  type: 'template'
  line: number
  name: string
  pipe: PipeNode | null
}
export interface BreakNode extends Base {
  type: 'break' | 'continue'
  line: number
}
interface EndNode extends Base {
  type: 'end'
}
interface ElseNode extends Base {
  type: 'else'
  line: number
}

export type Node =
  | ListNode
  | TextNode
  | CommentNode
  | ActionNode
  | PipeNode
  | CommandNode
  | FieldNode
  | VariableNode
  | ChainNode
  | IdentifierNode
  | DotNode
  | NilNode
  | BoolNode
  | NumberNode
  | StringNode
  | BranchNode
  | TemplateNode
  | BreakNode
  | EndNode
  | ElseNode

/** Go's Node.String(): the text used in execution error contexts (`at <.a.b>`). */
export function nodeString(n: Node): string {
  switch (n.type) {
    case 'list':
      return n.nodes.map(nodeString).join('')
    case 'text':
      return JSON.stringify(n.text)
    case 'comment':
      return '{{' + n.text + '}}'
    case 'action':
      return '{{' + nodeString(n.pipe) + '}}'
    case 'pipe': {
      let s = ''
      if (n.decl.length) s = n.decl.map(nodeString).join(', ') + (n.isAssign ? ' = ' : ' := ')
      return s + n.cmds.map(nodeString).join(' | ')
    }
    case 'command':
      return n.args.map((a) => (a.type === 'pipe' ? '(' + nodeString(a) + ')' : nodeString(a))).join(' ')
    case 'field':
      return n.ident.map((i) => '.' + i).join('')
    case 'variable':
      return n.ident.join('.')
    case 'chain':
      return (n.node.type === 'pipe' ? '(' + nodeString(n.node) + ')' : nodeString(n.node)) + n.field.map((f) => '.' + f).join('')
    case 'identifier':
      return n.ident
    case 'dot':
      return '.'
    case 'nil':
      return 'nil'
    case 'bool':
      return String(n.value)
    case 'number':
      return n.text
    case 'string':
      return n.quoted
    case 'if':
    case 'range':
    case 'with':
      return `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}${n.elseList ? '{{else}}' + nodeString(n.elseList) : ''}{{end}}`
    case 'template':
      return n.pipe ? `{{template ${JSON.stringify(n.name)} ${nodeString(n.pipe)}}}` : `{{template ${JSON.stringify(n.name)}}}`
    case 'break':
      return '{{break}}'
    case 'continue':
      return '{{continue}}'
    case 'end':
      return '{{end}}'
    case 'else':
      return '{{else}}'
  }
}

// ---- lexer ----

type ItemType =
  | 'error'
  | 'bool'
  | 'char'
  | 'charConstant'
  | 'comment'
  | 'complex'
  | 'assign'
  | 'declare'
  | 'eof'
  | 'field'
  | 'identifier'
  | 'leftDelim'
  | 'leftParen'
  | 'number'
  | 'pipe'
  | 'rawString'
  | 'rightDelim'
  | 'rightParen'
  | 'space'
  | 'string'
  | 'text'
  | 'variable'
  // keywords
  | 'block'
  | 'break'
  | 'continue'
  | 'dot'
  | 'define'
  | 'else'
  | 'end'
  | 'if'
  | 'nil'
  | 'range'
  | 'template'
  | 'with'

const KEYWORDS = new Set<ItemType>(['block', 'break', 'continue', 'dot', 'define', 'else', 'end', 'if', 'nil', 'range', 'template', 'with'])
const KEYWORD_OF = new Map<string, ItemType>([
  ['block', 'block'],
  ['break', 'break'],
  ['continue', 'continue'],
  ['define', 'define'],
  ['else', 'else'],
  ['end', 'end'],
  ['if', 'if'],
  ['range', 'range'],
  ['nil', 'nil'],
  ['template', 'template'],
  ['with', 'with'],
])

interface Item {
  typ: ItemType
  pos: Pos
  val: string
  line: number
}

/** Go's item.String(), used in "unexpected … in …" errors. */
function itemString(i: Item): string {
  if (i.typ === 'eof') return 'EOF'
  if (i.typ === 'error') return i.val
  if (KEYWORDS.has(i.typ)) return `<${i.val}>`
  if ([...i.val].length > 10) return goQuote([...i.val].slice(0, 10).join('')) + '...'
  return goQuote(i.val)
}

/** strconv.Quote for the characters templates contain. */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (ch === '"') out += '\\"'
    else if (ch === '\\') out += '\\\\'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\r') out += '\\r'
    else if (c === 7) out += '\\a'
    else if (c === 8) out += '\\b'
    else if (c === 12) out += '\\f'
    else if (c === 11) out += '\\v'
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0')
    else out += ch
  }
  return out + '"'
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n'
const isAlphaNumeric = (c: string): boolean => c === '_' || /^[\p{L}\p{Nd}]$/u.test(c)
const hasLeftTrim = (s: string, at: number): boolean => s[at] === '-' && at + 1 < s.length && isSpace(s[at + 1])
const hasRightTrim = (s: string, at: number): boolean => at + 1 < s.length && isSpace(s[at]) && s[at + 1] === '-'
const SPACE_CHARS = /[ \t\r\n]/

function rightTrimLength(s: string): number {
  let n = 0
  while (n < s.length && SPACE_CHARS.test(s[s.length - 1 - n])) n++
  return n
}
function leftTrimLength(s: string, from: number): number {
  let n = 0
  while (from + n < s.length && SPACE_CHARS.test(s[from + n])) n++
  return n
}

class Lexer {
  private pos = 0
  private start = 0
  private line = 1
  private startLine = 1
  private parenDepth = 0
  private state: 'text' | 'leftDelim' | 'comment' | 'inside' | 'rightDelim' | 'done' = 'text'
  private readonly pending: Item[] = []

  constructor(
    private readonly input: string,
    private readonly breakOK: boolean,
    private readonly continueOK: boolean,
  ) {}

  private emit(typ: ItemType): void {
    this.pending.push({ typ, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine })
    this.start = this.pos
    this.startLine = this.line
  }
  private ignore(): void {
    this.line += count(this.input.slice(this.start, this.pos), '\n')
    this.start = this.pos
    this.startLine = this.line
  }
  private error(msg: string): void {
    this.pending.push({ typ: 'error', pos: this.start, val: msg, line: this.startLine })
    this.state = 'done'
  }
  private next(): string {
    if (this.pos >= this.input.length) {
      this.lastWidth = 0
      return ''
    }
    const cp = this.input.codePointAt(this.pos)!
    const ch = String.fromCodePoint(cp)
    this.lastWidth = ch.length
    this.pos += ch.length
    if (ch === '\n') this.line++
    return ch
  }
  private lastWidth = 0
  private backup(): void {
    this.pos -= this.lastWidth
    if (this.lastWidth === 1 && this.input[this.pos] === '\n') this.line--
  }
  private peek(): string {
    const c = this.next()
    this.backup()
    return c
  }
  private accept(valid: string): boolean {
    const c = this.next()
    if (c !== '' && valid.includes(c)) return true
    this.backup()
    return false
  }
  private acceptRun(valid: string): void {
    for (;;) {
      const c = this.next()
      if (c === '' || !valid.includes(c)) break
    }
    this.backup()
  }
  private atRightDelim(): { delim: boolean; trim: boolean } {
    if (hasRightTrim(this.input, this.pos) && this.input.startsWith('}}', this.pos + 2)) return { delim: true, trim: true }
    if (this.input.startsWith('}}', this.pos)) return { delim: true, trim: false }
    return { delim: false, trim: false }
  }
  private atTerminator(): boolean {
    const r = this.peek()
    if (r === '' || isSpace(r)) return true
    return '.,|:)('.includes(r) || r === '}'
  }

  nextItem(): Item {
    while (this.pending.length === 0) {
      if (this.state === 'done') return { typ: 'eof', pos: this.pos, val: '', line: this.line }
      this.step()
    }
    return this.pending.shift()!
  }

  private step(): void {
    const s = this.input
    switch (this.state) {
      case 'text': {
        const x = s.indexOf('{{', this.pos)
        if (x >= 0) {
          this.pos = x
          const trim = hasLeftTrim(s, x + 2) ? rightTrimLength(s.slice(this.start, x)) : 0
          this.pos -= trim
          if (this.pos > this.start) {
            this.line += count(s.slice(this.start, this.pos), '\n')
            this.emit('text')
          }
          this.pos += trim
          this.ignore()
          this.state = 'leftDelim'
          return
        }
        this.pos = s.length
        if (this.pos > this.start) {
          this.line += count(s.slice(this.start, this.pos), '\n')
          this.emit('text')
          return
        }
        this.emit('eof')
        this.state = 'done'
        return
      }
      case 'leftDelim': {
        this.pos += 2
        const trim = hasLeftTrim(s, this.pos)
        const after = trim ? 2 : 0
        if (s.startsWith('/*', this.pos + after)) {
          this.pos += after
          this.ignore()
          this.state = 'comment'
          return
        }
        this.emit('leftDelim')
        this.pos += after
        this.ignore()
        this.parenDepth = 0
        this.state = 'inside'
        return
      }
      case 'comment': {
        this.pos += 2
        const i = s.indexOf('*/', this.pos)
        if (i < 0) return this.error('unclosed comment')
        this.pos = i + 2
        const { delim, trim } = this.atRightDelim()
        if (!delim) return this.error('comment ends before closing delimiter')
        if (trim) this.pos += 2
        this.pos += 2
        if (trim) this.pos += leftTrimLength(s, this.pos)
        this.ignore()
        this.state = 'text'
        return
      }
      case 'rightDelim': {
        const trim = hasRightTrim(s, this.pos)
        if (trim) {
          this.pos += 2
          this.ignore()
        }
        this.pos += 2
        this.emit('rightDelim')
        if (trim) {
          this.pos += leftTrimLength(s, this.pos)
          this.ignore()
        }
        this.state = 'text'
        return
      }
      case 'inside':
        return this.inside()
      case 'done':
        return
    }
  }

  private inside(): void {
    const { delim } = this.atRightDelim()
    if (delim) {
      if (this.parenDepth === 0) {
        this.state = 'rightDelim'
        return
      }
      return this.error('unclosed left paren')
    }
    const r = this.next()
    if (r === '') return this.error('unclosed action')
    if (isSpace(r)) {
      this.backup()
      let n = 0
      while (isSpace(this.peek())) {
        this.next()
        n++
      }
      if (hasRightTrim(this.input, this.pos - 1) && this.input.startsWith('}}', this.pos - 1 + 2)) {
        this.backup()
        if (n === 1) {
          this.state = 'rightDelim'
          return
        }
      }
      this.emit('space')
      return
    }
    switch (r) {
      case '=':
        return this.emit('assign')
      case ':':
        if (this.next() !== '=') return this.error('expected :=')
        return this.emit('declare')
      case '|':
        return this.emit('pipe')
      case '"':
        return this.quote()
      case '`':
        return this.rawQuote()
      case '$':
        if (this.atTerminator()) return this.emit('variable')
        return this.fieldOrVariable('variable')
      case "'":
        return this.char()
      case '(':
        this.emit('leftParen')
        this.parenDepth++
        return
      case ')':
        // Go (1.20 on, where the lexer returns items instead of sending them) reports the error in place of the paren.
        this.parenDepth--
        if (this.parenDepth < 0) return this.error("unexpected right paren U+0029 ')'")
        this.emit('rightParen')
        return
    }
    if (r === '.') {
      if (this.pos < this.input.length) {
        const c = this.input[this.pos]
        if (c < '0' || c > '9') return this.fieldOrVariable('field')
      }
    }
    if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
      this.backup()
      return this.number()
    }
    if (isAlphaNumeric(r)) {
      this.backup()
      return this.identifier()
    }
    const cp = r.codePointAt(0)!
    if (cp <= 0x7f && cp >= 0x20 && cp !== 0x7f) return this.emit('char')
    return this.error(`unrecognized character in action: ${unicodeRepr(r)}`)
  }

  private identifier(): void {
    for (;;) {
      const r = this.next()
      if (r !== '' && isAlphaNumeric(r)) continue
      this.backup()
      const word = this.input.slice(this.start, this.pos)
      if (!this.atTerminator()) return this.error(`bad character ${unicodeRepr(r)}`)
      const kw = KEYWORD_OF.get(word)
      if (kw) {
        if ((kw === 'break' && !this.breakOK) || (kw === 'continue' && !this.continueOK)) this.emit('identifier')
        else this.emit(kw)
      } else if (word === 'true' || word === 'false') this.emit('bool')
      else this.emit('identifier')
      return
    }
  }

  private fieldOrVariable(typ: 'field' | 'variable'): void {
    if (this.atTerminator()) return this.emit(typ === 'variable' ? 'variable' : 'dot')
    let r = ''
    for (;;) {
      r = this.next()
      if (r === '' || !isAlphaNumeric(r)) {
        this.backup()
        break
      }
    }
    if (!this.atTerminator()) return this.error(`bad character ${unicodeRepr(r)}`)
    this.emit(typ)
  }

  private char(): void {
    for (;;) {
      const c = this.next()
      if (c === '\\') {
        const r = this.next()
        if (r !== '' && r !== '\n') continue
        return this.error('unterminated character constant')
      }
      if (c === '' || c === '\n') return this.error('unterminated character constant')
      if (c === "'") break
    }
    this.emit('charConstant')
  }

  private scanNumber(): boolean {
    this.accept('+-')
    let digits = '0123456789_'
    if (this.accept('0')) {
      if (this.accept('xX')) digits = '0123456789abcdefABCDEF_'
      else if (this.accept('oO')) digits = '01234567_'
      else if (this.accept('bB')) digits = '01_'
    }
    this.acceptRun(digits)
    if (this.accept('.')) this.acceptRun(digits)
    if (digits.length === 11 && this.accept('eE')) {
      this.accept('+-')
      this.acceptRun('0123456789_')
    }
    if (digits.length === 23 && this.accept('pP')) {
      this.accept('+-')
      this.acceptRun('0123456789_')
    }
    this.accept('i')
    const p = this.peek()
    if (p !== '' && isAlphaNumeric(p)) {
      this.next()
      return false
    }
    return true
  }

  private number(): void {
    if (!this.scanNumber()) return this.error(`bad number syntax: ${goQuote(this.input.slice(this.start, this.pos))}`)
    const sign = this.peek()
    if (sign === '+' || sign === '-') {
      if (!this.scanNumber() || this.input[this.pos - 1] !== 'i')
        return this.error(`bad number syntax: ${goQuote(this.input.slice(this.start, this.pos))}`)
      return this.emit('complex')
    }
    this.emit('number')
  }

  private quote(): void {
    for (;;) {
      const c = this.next()
      if (c === '\\') {
        const r = this.next()
        if (r !== '' && r !== '\n') continue
        return this.error('unterminated quoted string')
      }
      if (c === '' || c === '\n') return this.error('unterminated quoted string')
      if (c === '"') break
    }
    this.emit('string')
  }

  private rawQuote(): void {
    for (;;) {
      const c = this.next()
      if (c === '') return this.error('unterminated raw quoted string')
      if (c === '`') break
    }
    this.emit('rawString')
  }
}

function count(s: string, ch: string): number {
  let n = 0
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++
  return n
}

/** fmt's %#U. */
function unicodeRepr(r: string): string {
  if (r === '') return 'U+FFFFFFFFFFFFFFFF'
  const cp = r.codePointAt(0)!
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${r}'`
}

// ---- string and number literals ----

/** strconv.Unquote for Go string literals (interpreted and raw). */
export function unquote(s: string): string {
  if (s.startsWith('`')) {
    if (!s.endsWith('`') || s.length < 2) throw new SyntaxError('invalid syntax')
    return s.slice(1, -1).replace(/\r/g, '')
  }
  if (s.length < 2 || s[0] !== s[s.length - 1] || (s[0] !== '"' && s[0] !== "'")) throw new SyntaxError('invalid syntax')
  const body = s.slice(1, -1)
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c !== '\\') {
      if (c === s[0] && s[0] === '"') throw new SyntaxError('invalid syntax')
      out += c
      continue
    }
    const e = body[++i]
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" }
    if (e in simple) {
      if ((e === "'" && s[0] === '"') || (e === '"' && s[0] === "'")) throw new SyntaxError('invalid syntax')
      out += simple[e]
    } else if (e === 'x') {
      const h = body.slice(i + 1, i + 3)
      if (!/^[0-9a-fA-F]{2}$/.test(h)) throw new SyntaxError('invalid syntax')
      out += String.fromCharCode(parseInt(h, 16))
      i += 2
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8
      const h = body.slice(i + 1, i + 1 + n)
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(h)) throw new SyntaxError('invalid syntax')
      out += String.fromCodePoint(parseInt(h, 16))
      i += n
    } else if (e >= '0' && e <= '7') {
      const o = body.slice(i, i + 3)
      if (!/^[0-7]{3}$/.test(o)) throw new SyntaxError('invalid syntax')
      out += String.fromCharCode(parseInt(o, 8))
      i += 2
    } else throw new SyntaxError('invalid syntax')
  }
  return out
}

function parseNumber(text: string, typ: ItemType): Omit<NumberNode, 'type' | 'pos' | 'tree' | 'text'> | string {
  const r = { isInt: false, isUint: false, isFloat: false, isComplex: false, int: 0n, float: 0 }
  if (typ === 'charConstant') {
    const v = unquote(text)
    const cp = v.codePointAt(0)!
    if ([...v].length !== 1) return `malformed character constant: ${text}`
    return { ...r, isInt: true, isUint: true, isFloat: true, int: BigInt(cp), float: cp }
  }
  // Complex constants parse; evaluating one is not modelled (the executor reports it as not evaluated).
  if (typ === 'complex' || (text.endsWith('i') && /^[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d+)?$/.test(text.slice(0, -1))))
    return { ...r, isComplex: true }
  const clean = text.replace(/_/g, '')
  const neg = clean.startsWith('-')
  const body = clean.replace(/^[+-]/, '')
  let big: bigint | null = null
  if (/^0[xX][0-9a-fA-F]+$/.test(body)) big = BigInt(body)
  else if (/^0[oO][0-7]+$/.test(body)) big = BigInt('0o' + body.slice(2))
  else if (/^0[bB][01]+$/.test(body)) big = BigInt(body)
  else if (/^0[0-7]*$/.test(body)) big = body.length > 1 ? BigInt('0o' + body.slice(1)) : 0n
  else if (/^[1-9][0-9]*$/.test(body)) big = BigInt(body)
  if (big !== null) {
    const v = neg ? -big : big
    if (v >= -(2n ** 63n) && v < 2n ** 63n) {
      r.isInt = true
      r.int = v
    }
    if (v >= 0n && v < 2n ** 64n) r.isUint = true
    r.isFloat = true
    r.float = Number(v)
    if (!r.isInt && !r.isUint) return `illegal number syntax: ${goQuote(text)}`
    return r
  }
  if (/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) {
    const f = Number(clean)
    if (!Number.isFinite(f)) return `illegal number syntax: ${goQuote(text)}`
    r.isFloat = true
    r.float = f
    if (Number.isInteger(f) && Math.abs(f) < 2 ** 63) {
      r.isInt = true
      r.int = BigInt(f)
      if (f >= 0) r.isUint = true
    }
    return r
  }
  return `illegal number syntax: ${goQuote(text)}`
}

// ---- parser ----

/** Parses one template text, adding its definitions to `trees`. Returns the top-level tree (named `name`). */
export function parseTemplate(
  name: string,
  text: string,
  hasFunction: (name: string) => boolean,
  features: GoFeatures,
  trees: Map<string, Tree>,
): Tree {
  // One Parse call checks for duplicate definitions within its own text only; associating the trees with the
  // template set then replaces earlier definitions, except that an empty one never replaces a non-empty one.
  const own = new Map<string, Tree>()
  const top = new Parser(name, text, hasFunction, features, own).parseTop()
  for (const [n, t] of own) {
    const old = trees.get(n)
    if (old && isEmptyTree(t.root) && !isEmptyTree(old.root)) continue
    trees.set(n, t)
  }
  return top
}

class Parser {
  private readonly lex: Lexer
  private readonly token: Item[] = []
  private peekCount = 0
  private vars: string[] = ['$']
  private rangeDepth = 0
  private actionLine = 0
  private tree: Tree

  constructor(
    name: string,
    private readonly text: string,
    private readonly hasFunction: (name: string) => boolean,
    private readonly features: GoFeatures,
    private readonly trees: Map<string, Tree>,
  ) {
    this.lex = new Lexer(text, !hasFunction('break'), !hasFunction('continue'))
    this.tree = { name, parseName: name, text, root: null as unknown as ListNode }
    this.parseName = name
  }
  private readonly parseName: string

  private errorf(msg: string): never {
    throw new ParseError(`template: ${this.parseName}:${this.token[0]?.line ?? 1}: ${msg}`)
  }
  private next(): Item {
    if (this.peekCount > 0) this.peekCount--
    else this.token[0] = this.lex.nextItem()
    return this.token[this.peekCount]
  }
  private backup(): void {
    this.peekCount++
  }
  private backup2(t1: Item): void {
    this.token[1] = t1
    this.peekCount = 2
  }
  private backup3(t2: Item, t1: Item): void {
    this.token[1] = t1
    this.token[2] = t2
    this.peekCount = 3
  }
  private peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1]
    this.peekCount = 1
    this.token[0] = this.lex.nextItem()
    return this.token[0]
  }
  private nextNonSpace(): Item {
    let t: Item
    do t = this.next()
    while (t.typ === 'space')
    return t
  }
  private peekNonSpace(): Item {
    const t = this.nextNonSpace()
    this.backup()
    return t
  }
  private expect(typ: ItemType, context: string): Item {
    const t = this.nextNonSpace()
    if (t.typ !== typ) this.unexpected(t, context)
    return t
  }
  private unexpected(t: Item, context: string): never {
    if (t.typ === 'error') {
      let extra = ''
      if (this.actionLine !== 0 && this.actionLine !== t.line) {
        extra = ` in action started at ${this.parseName}:${this.actionLine}`
        if (t.val.endsWith(' action')) extra = extra.slice(' in action'.length)
      }
      this.errorf(`${itemString(t)}${extra}`)
    }
    this.errorf(`unexpected ${itemString(t)} in ${context}`)
  }

  private add(tree: Tree): void {
    const existing = this.trees.get(tree.name)
    if (!existing || isEmptyTree(existing.root)) {
      this.trees.set(tree.name, tree)
      return
    }
    if (!isEmptyTree(tree.root)) this.errorf(`template: multiple definition of template ${goQuote(tree.name)}`)
  }

  parseTop(): Tree {
    const t = this.tree
    t.root = this.list(this.peek().pos)
    while (this.peek().typ !== 'eof') {
      if (this.peek().typ === 'leftDelim') {
        const delim = this.next()
        if (this.nextNonSpace().typ === 'define') {
          this.parseDefinition()
          continue
        }
        this.backup2(delim)
      }
      const n = this.textOrAction()
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${nodeString(n)}`)
      t.root.nodes.push(n)
    }
    this.add(t)
    return t
  }

  private list(pos: Pos): ListNode {
    return { type: 'list', pos, tree: this.tree, nodes: [] }
  }

  private parseDefinition(): void {
    const context = 'define clause'
    const nameTok = this.nextNonSpace()
    if (nameTok.typ !== 'string' && nameTok.typ !== 'rawString') this.unexpected(nameTok, context)
    let name: string
    try {
      name = unquote(nameTok.val)
    } catch {
      this.errorf('invalid syntax')
    }
    this.expect('rightDelim', context)
    const outer = this.tree
    const outerVars = this.vars
    this.tree = { name, parseName: this.parseName, text: this.text, root: null as unknown as ListNode }
    this.vars = ['$']
    const { list, next } = this.itemList()
    if (next.type !== 'end') this.errorf(`unexpected ${nodeString(next)} in ${context}`)
    this.tree.root = list
    this.add(this.tree)
    this.tree = outer
    this.vars = outerVars
  }

  private itemList(): { list: ListNode; next: Node } {
    const list = this.list(this.peekNonSpace().pos)
    while (this.peekNonSpace().typ !== 'eof') {
      const n = this.textOrAction()
      if (n.type === 'end' || n.type === 'else') return { list, next: n }
      list.nodes.push(n)
    }
    this.errorf('unexpected EOF')
  }

  private textOrAction(): Node {
    const t = this.nextNonSpace()
    switch (t.typ) {
      case 'text':
        return { type: 'text', pos: t.pos, tree: this.tree, text: t.val }
      case 'leftDelim': {
        this.actionLine = t.line
        try {
          return this.action()
        } finally {
          this.actionLine = 0
        }
      }
      case 'comment':
        return { type: 'comment', pos: t.pos, tree: this.tree, text: t.val }
      default:
        this.unexpected(t, 'input')
    }
  }

  private action(): Node {
    const t = this.nextNonSpace()
    switch (t.typ) {
      case 'block':
        return this.blockControl()
      case 'break':
      case 'continue': {
        const tok = this.nextNonSpace()
        if (tok.typ !== 'rightDelim') this.unexpected(tok, `{{${t.typ}}}`)
        if (this.rangeDepth === 0) this.errorf(`{{${t.typ}}} outside {{range}}`)
        return { type: t.typ, pos: t.pos, tree: this.tree, line: t.line }
      }
      case 'else':
        return this.elseControl()
      case 'end':
        return { type: 'end', pos: this.expect('rightDelim', 'end').pos, tree: this.tree }
      case 'if':
      case 'range':
      case 'with':
        return this.control(t.typ)
      case 'template':
        return this.templateControl()
    }
    this.backup()
    const tok = this.peek()
    return { type: 'action', pos: tok.pos, tree: this.tree, line: tok.line, pipe: this.pipeline('command', 'rightDelim') }
  }

  private elseControl(): Node {
    const peek = this.peekNonSpace()
    if (peek.typ === 'if' || (this.features.elseWith && peek.typ === 'with')) return { type: 'else', pos: peek.pos, tree: this.tree, line: peek.line }
    const t = this.expect('rightDelim', 'else')
    return { type: 'else', pos: t.pos, tree: this.tree, line: t.line }
  }

  private pipeline(context: string, end: ItemType): PipeNode {
    const first = this.peekNonSpace()
    const pipe: PipeNode = { type: 'pipe', pos: first.pos, tree: this.tree, line: first.line, isAssign: false, decl: [], cmds: [] }
    decls: for (;;) {
      const v = this.peekNonSpace()
      if (v.typ !== 'variable') break
      this.next()
      const tokenAfter = this.peek()
      const next = this.peekNonSpace()
      if (next.typ === 'assign' || next.typ === 'declare') {
        pipe.isAssign = next.typ === 'assign'
        this.nextNonSpace()
        pipe.decl.push(this.variable(v.pos, v.val))
        this.vars.push(v.val)
      } else if (next.typ === 'char' && next.val === ',') {
        this.nextNonSpace()
        pipe.decl.push(this.variable(v.pos, v.val))
        this.vars.push(v.val)
        if (context === 'range' && pipe.decl.length < 2) {
          const k = this.peekNonSpace().typ
          if (k === 'variable' || k === 'rightDelim' || k === 'rightParen') continue decls
          this.errorf('range can only initialize variables')
        }
        this.errorf(`too many declarations in ${context}`)
      } else if (tokenAfter.typ === 'space') this.backup3(v, tokenAfter)
      else this.backup2(v)
      break
    }
    for (;;) {
      const t = this.nextNonSpace()
      if (t.typ === end) {
        if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`)
        pipe.cmds.slice(1).forEach((c, i) => {
          if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0].type)) this.errorf(`non executable command in pipeline stage ${i + 2}`)
        })
        return pipe
      }
      switch (t.typ) {
        case 'bool':
        case 'charConstant':
        case 'complex':
        case 'dot':
        case 'field':
        case 'identifier':
        case 'number':
        case 'nil':
        case 'rawString':
        case 'string':
        case 'variable':
        case 'leftParen':
          this.backup()
          pipe.cmds.push(this.command())
          break
        default:
          this.unexpected(t, context)
      }
    }
  }

  private control(context: 'if' | 'range' | 'with'): BranchNode {
    const mark = this.vars.length
    const pipe = this.pipeline(context, 'rightDelim')
    if (context === 'range') this.rangeDepth++
    let { list, next } = this.itemList()
    if (context === 'range') this.rangeDepth--
    let elseList: ListNode | null = null
    if (next.type === 'else') {
      if (context === 'if' && this.peek().typ === 'if') {
        this.next()
        elseList = this.list(next.pos)
        elseList.nodes.push(this.control('if'))
      } else if (this.features.elseWith && context === 'with' && this.peek().typ === 'with') {
        this.next()
        elseList = this.list(next.pos)
        elseList.nodes.push(this.control('with'))
      } else {
        ;({ list: elseList, next } = this.itemList())
        if (next.type !== 'end') this.errorf(`expected end; found ${nodeString(next)}`)
      }
    }
    this.vars.length = mark
    return { type: context, pos: pipe.pos, tree: this.tree, line: pipe.line, pipe, list, elseList }
  }

  private templateName(t: Item, context: string): string {
    if (t.typ !== 'string' && t.typ !== 'rawString') this.unexpected(t, context)
    try {
      return unquote(t.val)
    } catch {
      this.errorf('invalid syntax')
    }
  }

  private templateControl(): TemplateNode {
    const context = 'template clause'
    const t = this.nextNonSpace()
    const name = this.templateName(t, context)
    let pipe: PipeNode | null = null
    if (this.nextNonSpace().typ !== 'rightDelim') {
      this.backup()
      pipe = this.pipeline(context, 'rightDelim')
    }
    return { type: 'template', pos: t.pos, tree: this.tree, line: t.line, name, pipe }
  }

  private blockControl(): TemplateNode {
    const context = 'block clause'
    const t = this.nextNonSpace()
    const name = this.templateName(t, context)
    const pipe = this.pipeline(context, 'rightDelim')
    const outer = this.tree
    const outerVars = this.vars
    this.tree = { name, parseName: this.parseName, text: this.text, root: null as unknown as ListNode }
    this.vars = ['$']
    const { list, next } = this.itemList()
    if (next.type !== 'end') this.errorf(`unexpected ${nodeString(next)} in ${context}`)
    this.tree.root = list
    this.add(this.tree)
    this.tree = outer
    this.vars = outerVars
    return { type: 'template', pos: t.pos, tree: this.tree, line: t.line, name, pipe }
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, tree: this.tree, args: [] }
    for (;;) {
      this.peekNonSpace()
      const operand = this.operand()
      if (operand) cmd.args.push(operand)
      const t = this.next()
      if (t.typ === 'space') continue
      if (t.typ === 'rightDelim' || t.typ === 'rightParen') this.backup()
      else if (t.typ !== 'pipe') this.unexpected(t, 'operand')
      break
    }
    if (cmd.args.length === 0) this.errorf('empty command')
    return cmd
  }

  private operand(): Node | null {
    const node = this.term()
    if (!node) return null
    if (this.peek().typ === 'field') {
      const chainPos = this.peek().pos
      const fields: string[] = []
      while (this.peek().typ === 'field') fields.push(this.next().val.slice(1))
      switch (node.type) {
        case 'field':
          return { type: 'field', pos: chainPos, tree: this.tree, ident: [...node.ident, ...fields] }
        case 'variable':
          return { type: 'variable', pos: chainPos, tree: this.tree, ident: [...node.ident, ...fields] }
        case 'bool':
        case 'string':
        case 'number':
        case 'nil':
        case 'dot':
          this.errorf(`unexpected . after term ${goQuote(nodeString(node))}`)
      }
      return { type: 'chain', pos: chainPos, tree: this.tree, node, field: fields }
    }
    return node
  }

  private variable(pos: Pos, val: string): VariableNode {
    return { type: 'variable', pos, tree: this.tree, ident: val.split('.') }
  }

  private term(): Node | null {
    const t = this.nextNonSpace()
    switch (t.typ) {
      case 'identifier':
        if (!this.hasFunction(t.val)) this.errorf(`function ${goQuote(t.val)} not defined`)
        return { type: 'identifier', pos: t.pos, tree: this.tree, ident: t.val }
      case 'dot':
        return { type: 'dot', pos: t.pos, tree: this.tree }
      case 'nil':
        return { type: 'nil', pos: t.pos, tree: this.tree }
      case 'variable': {
        const v = this.variable(t.pos, t.val)
        if (!this.vars.includes(v.ident[0])) this.errorf(`undefined variable ${goQuote(v.ident[0])}`)
        return v
      }
      case 'field':
        return { type: 'field', pos: t.pos, tree: this.tree, ident: [t.val.slice(1)] }
      case 'bool':
        return { type: 'bool', pos: t.pos, tree: this.tree, value: t.val === 'true' }
      case 'charConstant':
      case 'complex':
      case 'number': {
        let r: ReturnType<typeof parseNumber>
        try {
          r = parseNumber(t.val, t.typ)
        } catch {
          r = 'invalid syntax'
        }
        if (typeof r === 'string') this.errorf(r)
        return { type: 'number', pos: t.pos, tree: this.tree, text: t.val, ...r }
      }
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen')
      case 'string':
      case 'rawString': {
        let s: string
        try {
          s = unquote(t.val)
        } catch {
          this.errorf('invalid syntax')
        }
        return { type: 'string', pos: t.pos, tree: this.tree, quoted: t.val, text: s }
      }
    }
    this.backup()
    return null
  }
}

/** Whether a tree holds nothing but white space and comments (such a definition does not replace an existing one). */
export function isEmptyTree(n: Node | null): boolean {
  if (!n) return true
  switch (n.type) {
    case 'comment':
      return true
    case 'list':
      return n.nodes.every(isEmptyTree)
    case 'text':
      return n.text.trim() === '' || /^[ \t\r\n\v\f\u0085\u00a0]*$/.test(n.text)
    default:
      return false
  }
}
