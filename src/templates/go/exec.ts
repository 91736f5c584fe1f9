// Go text/template execution (exec.go and funcs.go of the Go standard library) over the values of ./value.ts,
// writing a source-mapped output: every output character knows the template node that produced it.
// Error texts are Go's: `template: <parseName>:<line>:<col>: executing "<name>" at <node>: <message>`, where the
// column is Go's 0-based byte offset in the line.
import {
  type ActionNode,
  type BranchNode,
  type CommandNode,
  type GoFeatures,
  type Node,
  type PipeNode,
  type TemplateNode,
  type Tree,
  nodeString,
} from './parse.js'
import {
  GoFunc,
  GoInt,
  type GoMap,
  type GoValue,
  INVALID,
  NIL,
  Unknown,
  UnknownInside,
  compareStrings,
  formatV,
  int,
  isTrue,
  kindOf,
  sliceElem,
  sprint,
  sprintf,
  sprintln,
  typeName,
} from './value.js'

/** Where a value came from in a values file. */
export interface ValueOrigin {
  file: string
  line: number
  column: number
}

/** Positions of values inside loaded containers (maps and slices are objects, so they can key a WeakMap). */
export const origins = new WeakMap<object, Map<string | number, ValueOrigin>>()

export type ParamType = 'any' | 'value' | 'string' | 'int' | 'int64' | 'float64' | 'bool' | 'map' | 'slice'

/** A template function: parameter types as Go declares them, and its body. */
export interface GoFunction {
  params: ParamType[]
  variadic?: ParamType
  /** Throws CallError for an error result or a panic. */
  call: (args: GoValue[], ctx: CallContext) => GoValue
}

export interface CallContext {
  /** Executes an associated template by name into a string (kOps's `include`). */
  executeTemplate: (name: string, data: GoValue) => string
}

/** A function's error result (or recovered panic): Go reports `error calling <name>: <message>`. */
export class CallError extends Error {}

/** Execution stopped on something this tool cannot know offline (a network or environment function). */
export class NotEvaluated extends Error {
  constructor(
    readonly reason: string,
    readonly node: Node | null,
  ) {
    super(reason)
  }
}

/** A Go execution error with the node it points at. */
export class ExecError extends Error {
  constructor(
    message: string,
    readonly node: Node | null,
    readonly tree: Tree | null,
  ) {
    super(message)
  }
}

/** One stretch of output and where it came from. */
export interface Segment {
  start: number
  end: number
  tree: Tree
  /** Template offset of the first character; literal text maps character by character, action output to the action. */
  offset: number
  literal: boolean
  valuesAt?: ValueOrigin
}

export class Output {
  text = ''
  readonly segments: Segment[] = []
  write(s: string, seg: Omit<Segment, 'start' | 'end'>): void {
    if (!s) return
    this.segments.push({ ...seg, start: this.text.length, end: this.text.length + s.length })
    this.text += s
  }
  /** Writes a string whose parts come from elsewhere (an included snippet); gaps map to `fallback`. */
  writeTraced(s: string, trace: Segment[], fallback: Omit<Segment, 'start' | 'end'>): void {
    const base = this.text.length
    let at = 0
    for (const seg of [...trace].sort((a, b) => a.start - b.start)) {
      if (seg.start > at) this.segments.push({ ...fallback, start: base + at, end: base + seg.start })
      this.segments.push({ ...seg, start: base + seg.start, end: base + seg.end })
      at = Math.max(at, seg.end)
    }
    if (at < s.length) this.segments.push({ ...fallback, start: base + at, end: base + s.length })
    this.text += s
  }
}

function ambiguity(name: string): string {
  return `several snippets define ${JSON.stringify(name)}; kops parses snippets in random (Go map) order, so either definition may win`
}

/** Offset of the `{{` that opens the action holding a node. */
function actionStart(n: Node): number {
  return Math.max(n.tree.text.lastIndexOf('{{', n.pos), 0)
}

export interface ExecOptions {
  missingKeyError: boolean
  features: GoFeatures
  funcs: Map<string, GoFunction>
  trees: Map<string, Tree>
  /** Templates whose definition depends on Go map order (several snippets define them): executing one is unknown. */
  ambiguous?: ReadonlySet<string>
}

interface Val {
  v: GoValue
  o?: ValueOrigin
  /** The value is held in an interface{} (a map or slice element not yet unwrapped). */
  iface?: boolean
  /** For a string rendered by `include` (and re-indented by indent/nindent): where each part of it came from. */
  trace?: Segment[]
}

/**
 * The trace of `indent n s` (kOps's: pads lines after the first that are not empty) or `nindent n s` (sprig's:
 * a newline, then every line padded) from the trace of `s`; the padding maps to the action.
 */
function indentTrace(kind: 'indent' | 'nindent', n: number, s: string, trace: Segment[], action: Omit<Segment, 'start' | 'end'>): Segment[] {
  const out: Segment[] = []
  let at = 0
  const pad = (len: number): void => {
    if (len > 0) out.push({ ...action, start: at, end: at + len })
    at += len
  }
  const copy = (from: number, to: number): void => {
    for (const seg of trace) {
      const a = Math.max(seg.start, from)
      const b = Math.min(seg.end, to)
      if (a >= b) continue
      out.push({ ...seg, start: at + (a - from), end: at + (b - from), offset: seg.literal ? seg.offset + (a - seg.start) : seg.offset })
    }
    at += to - from
  }
  const width = Math.max(n, 0)
  if (kind === 'nindent') pad(1)
  let lineStart = 0
  s.split('\n').forEach((line, i) => {
    if (i > 0) copy(lineStart - 1, lineStart)
    if (kind === 'nindent' || (i > 0 && line.length > 0)) pad(width)
    copy(lineStart, lineStart + line.length)
    lineStart += line.length + 1
  })
  return out
}

const BREAK = Symbol('break')
const CONTINUE = Symbol('continue')
const MISSING: Val = { v: INVALID }
const MAX_DEPTH = 100000

/** Byte column (0-based) and line of an offset, as Go's ErrorContext computes them. */
export function errorLocation(tree: Tree, pos: number): { line: number; col: number } {
  const before = tree.text.slice(0, pos)
  const nl = before.lastIndexOf('\n')
  const line = 1 + (before.match(/\n/g)?.length ?? 0)
  const col = Buffer.byteLength(nl === -1 ? before : before.slice(nl + 1), 'utf8')
  return { line, col }
}

/** Work and output beyond which a render is reported as not evaluated instead of tying up the run. */
const MAX_STEPS = 5_000_000
const MAX_OUTPUT = 32 * 1024 * 1024

export class Executor {
  private steps = 0
  /** Counts one node walked; past the budget the render is not evaluated. */
  step(node: Node): void {
    if (++this.steps > MAX_STEPS) throw new NotEvaluated(`the template takes more than ${MAX_STEPS} steps to render`, node)
  }
  constructor(private readonly opts: ExecOptions) {}

  execute(name: string, data: GoValue, out: Output): void {
    const tree = this.opts.trees.get(name)
    if (!tree) throw new ExecError(`template: no template "${name}" associated with template "mainTemplate"`, null, null)
    const st = new State(this, this.opts, tree, out, [{ name: '$', value: { v: data } }])
    st.walk({ v: data }, tree.root)
  }

  /** The segments of the last executeToString, for the trace of an `include` result. */
  lastTrace: Segment[] = []

  /** ExecuteTemplate into a fresh buffer, for `include`. */
  executeToString(name: string, data: GoValue, caller: string): string {
    const tree = this.opts.trees.get(name)
    if (!tree) throw new CallError(`template: no template ${JSON.stringify(name)} associated with template ${JSON.stringify(caller)}`)
    if (this.opts.ambiguous?.has(name)) throw new NotEvaluated(ambiguity(name), null)
    const out = new Output()
    const st = new State(this, this.opts, tree, out, [{ name: '$', value: { v: data } }])
    st.walk({ v: data }, tree.root)
    this.lastTrace = out.segments
    return out.text
  }
}

interface Variable {
  name: string
  value: Val
}

class State {
  private node: Node | null = null
  constructor(
    private readonly exec: Executor,
    private readonly opts: ExecOptions,
    private readonly tmpl: Tree,
    private readonly out: Output,
    private vars: Variable[],
    private readonly depth = 0,
  ) {}

  private at(n: Node): void {
    this.node = n
  }

  errorf(msg: string): never {
    const name = this.tmpl.name
    if (!this.node) throw new ExecError(`template: ${name}: ${msg}`, null, this.tmpl)
    const tree = this.node.tree
    const { line, col } = errorLocation(tree, this.node.pos)
    throw new ExecError(`template: ${tree.parseName}:${line}:${col}: executing "${name}" at <${nodeString(this.node)}>: ${msg}`, this.node, tree)
  }

  private mark(): number {
    return this.vars.length
  }
  private pop(mark: number): void {
    this.vars.length = mark
  }
  private setVar(name: string, value: Val): void {
    for (let i = this.vars.length - 1; i >= 0; i--)
      if (this.vars[i].name === name) {
        this.vars[i] = { name, value }
        return
      }
    this.errorf(`undefined variable: ${name}`)
  }
  private setTopVar(n: number, value: Val): void {
    this.vars[this.vars.length - n] = { name: this.vars[this.vars.length - n].name, value }
  }
  private varValue(name: string): Val {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value
    this.errorf(`undefined variable: ${name}`)
  }

  walk(dot: Val, node: Node): void {
    this.at(node)
    this.exec.step(node)
    if (this.out.text.length > MAX_OUTPUT) throw new NotEvaluated(`the rendered output is larger than ${MAX_OUTPUT} bytes`, node)
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe)
        if (node.pipe.decl.length === 0) this.printValue(node, val)
        return
      }
      case 'break':
        throw BREAK
      case 'continue':
        throw CONTINUE
      case 'comment':
        return
      case 'if':
      case 'with':
        return this.walkIfOrWith(node, dot)
      case 'list':
        for (const n of node.nodes) this.walk(dot, n)
        return
      case 'range':
        return this.walkRange(dot, node)
      case 'template':
        return this.walkTemplate(dot, node)
      case 'text':
        this.out.write(node.text, { tree: node.tree, offset: node.pos, literal: true })
        return
      default:
        this.errorf(`unknown node: ${nodeString(node)}`)
    }
  }

  private walkIfOrWith(node: BranchNode, dot: Val): void {
    const mark = this.mark()
    try {
      const val = this.evalPipeline(dot, node.pipe)
      if (val.v instanceof Unknown) throw new NotEvaluated(val.v.reason, node)
      if (isTrue(val.v)) this.walk(node.type === 'with' ? val : dot, node.list)
      else if (node.elseList) this.walk(dot, node.elseList)
    } finally {
      this.pop(mark)
    }
  }

  private walkRange(dot: Val, r: BranchNode): void {
    this.at(r)
    const outer = this.mark()
    try {
      const val = this.evalPipeline(dot, r.pipe)
      const mark = this.mark()
      const one = (index: Val, elem: Val): void => {
        if (r.pipe.decl.length > 0) {
          if (r.pipe.isAssign) this.setVar(r.pipe.decl[0].ident[0], r.pipe.decl.length > 1 ? index : elem)
          else this.setTopVar(1, elem)
        }
        if (r.pipe.decl.length > 1) {
          if (r.pipe.isAssign) this.setVar(r.pipe.decl[1].ident[0], elem)
          else this.setTopVar(2, index)
        }
        try {
          this.walk(elem, r.list)
        } catch (e) {
          if (e !== CONTINUE) throw e
        } finally {
          this.pop(mark)
        }
      }
      const v = val.v
      if (v instanceof Unknown) throw new NotEvaluated(v.reason, r)
      let ran = false
      if (Array.isArray(v)) {
        const os = origins.get(v)
        v.forEach((e, i) => {
          ran = true
          one({ v: int(i) }, { v: e, o: os?.get(i), iface: sliceElem(v) === 'interface {}' })
        })
      } else if (v instanceof Map) {
        const os = origins.get(v)
        for (const k of [...v.keys()].sort(compareStrings)) {
          ran = true
          one({ v: k }, { v: v.get(k)!, o: os?.get(k), iface: true })
        }
      } else if (v instanceof GoInt && this.opts.features.rangeInt) {
        if (r.pipe.decl.length > 1) this.errorf(`can't use ${formatV(v)} to iterate over more than one variable`)
        for (let i = 0n; i < v.value; i++) {
          ran = true
          one(MISSING, { v: new GoInt(i, v.kind) })
        }
      } else if (v !== INVALID) this.errorf(`range can't iterate over ${formatV(v)}`)
      if (!ran && r.elseList) this.walk(dot, r.elseList)
    } catch (e) {
      if (e !== BREAK) throw e
    } finally {
      this.pop(outer)
    }
  }

  private walkTemplate(dot: Val, t: TemplateNode): void {
    this.at(t)
    const tmpl = this.opts.trees.get(t.name)
    if (!tmpl) this.errorf(`template ${JSON.stringify(t.name)} not defined`)
    if (this.opts.ambiguous?.has(t.name)) throw new NotEvaluated(ambiguity(t.name), t)
    if (this.depth >= MAX_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_DEPTH})`)
    const newDot = t.pipe ? this.evalPipeline(dot, t.pipe) : MISSING
    const st = new State(this.exec, this.opts, tmpl, this.out, [{ name: '$', value: newDot }], this.depth + 1)
    st.walk(newDot, tmpl.root)
  }

  evalPipeline(dot: Val, pipe: PipeNode | null): Val {
    if (!pipe) return MISSING
    this.at(pipe)
    let value: Val | null = null
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value)
      if (value.iface) value = { v: value.v === NIL ? INVALID : value.v, o: value.o, trace: value.trace }
    }
    const result = value!
    for (const d of pipe.decl) {
      if (pipe.isAssign) this.setVar(d.ident[0], result)
      else this.vars.push({ name: d.ident[0], value: result })
    }
    return result
  }

  private notAFunction(args: Node[], final: Val | null): void {
    if (args.length > 1 || final !== null) this.errorf(`can't give argument to non-function ${nodeString(args[0])}`)
  }

  private evalCommand(dot: Val, cmd: CommandNode, final: Val | null): Val {
    const first = cmd.args[0]
    switch (first.type) {
      case 'field':
        this.at(first)
        return this.evalFieldChain(dot, dot, first, first.ident, cmd.args, final)
      case 'chain': {
        this.at(first)
        if (first.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(first)}`)
        const recv = this.evalArg(dot, 'any', first.node)
        return this.evalFieldChain(dot, recv, first, first.field, cmd.args, final)
      }
      case 'identifier':
        return this.evalFunction(dot, first.ident, first, cmd, cmd.args, final)
      case 'pipe':
        this.notAFunction(cmd.args, final)
        return this.evalPipeline(dot, first)
      case 'variable':
        return this.evalVariable(dot, first.ident, first, cmd.args, final)
    }
    this.at(first)
    this.notAFunction(cmd.args, final)
    switch (first.type) {
      case 'bool':
        return { v: first.value }
      case 'dot':
        return dot
      case 'nil':
        this.errorf('nil is not a command')
      // falls through (errorf throws)
      case 'number':
        return { v: this.idealConstant(first) }
      case 'string':
        return { v: first.text }
    }
    this.errorf(`can't evaluate command ${JSON.stringify(nodeString(first))}`)
  }

  private idealConstant(n: Extract<Node, { type: 'number' }>): GoValue {
    this.at(n)
    if (n.isComplex) return new Unknown(`the complex constant ${n.text} is not modelled by kops-preflight`)
    const hexInt = /^[+-]?0[xX]/.test(n.text) && !/[pP]/.test(n.text)
    if (n.isFloat && !hexInt && !n.text.startsWith("'") && /[.eEpP]/.test(n.text)) return n.float
    if (n.isInt) return new GoInt(n.int, 'int')
    if (n.isUint) this.errorf(`${n.text} overflows int`)
    return INVALID
  }

  private evalVariable(dot: Val, ident: string[], node: Node, args: Node[] | null, final: Val | null): Val {
    this.at(node)
    const value = this.varValue(ident[0])
    if (ident.length === 1) {
      if (args) this.notAFunction(args, final)
      return value
    }
    return this.evalFieldChain(dot, value, node, ident.slice(1), args, final)
  }

  private evalFieldChain(dot: Val, receiver: Val, node: Node, ident: string[], args: Node[] | null, final: Val | null): Val {
    for (let i = 0; i < ident.length - 1; i++) receiver = this.evalField(ident[i], node, null, null, receiver)
    return this.evalField(ident[ident.length - 1], node, args, final, receiver)
  }

  private evalField(name: string, node: Node, args: Node[] | null, final: Val | null, receiver: Val): Val {
    const r = receiver.v
    if (r === INVALID) {
      if (this.opts.missingKeyError) this.errorf(`nil data; no entry for key ${JSON.stringify(name)}`)
      return MISSING
    }
    if (r instanceof Unknown) return receiver
    const typ = receiver.iface ? 'interface {}' : typeName(r)
    if (r === NIL) this.errorf(`nil pointer evaluating interface {}.${name}`)
    const hasArgs = (args !== null && args.length > 1) || final !== null
    if (r instanceof Map) {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`)
      if (!r.has(name)) {
        if (this.opts.missingKeyError) this.errorf(`map has no entry for key ${JSON.stringify(name)}`)
        return MISSING
      }
      return { v: r.get(name)!, o: origins.get(r)?.get(name), iface: true }
    }
    this.errorf(`can't evaluate field ${name} in type ${typ}`)
  }

  private evalFunction(dot: Val, name: string, ident: Node, cmd: Node, args: Node[] | null, final: Val | null): Val {
    this.at(ident)
    const fn = this.opts.funcs.get(name) ?? BUILTINS.get(name)
    if (!fn) this.errorf(`${JSON.stringify(name)} is not a defined function`)
    const isBuiltin = !this.opts.funcs.has(name)
    return this.evalCall(dot, fn, isBuiltin, cmd, name, args, final)
  }

  private evalCall(dot: Val, fn: GoFunction, isBuiltin: boolean, node: Node, name: string, argNodes: Node[] | null, final: Val | null): Val {
    const args = argNodes ? argNodes.slice(1) : []
    let numIn = args.length
    if (final !== null) numIn++
    let numFixed = args.length
    if (fn.variadic) {
      numFixed = fn.params.length
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${fn.params.length} got ${args.length}`)
    } else if (numIn !== fn.params.length) this.errorf(`wrong number of args for ${name}: want ${fn.params.length} got ${numIn}`)

    if (isBuiltin && (name === 'and' || name === 'or')) {
      let v: Val = MISSING
      for (const a of args) {
        v = this.evalArg(dot, 'value', a)
        if (v.v instanceof Unknown) throw new NotEvaluated(v.v.reason, a)
        if (isTrue(v.v) === (name === 'or')) return v
      }
      if (final !== null) v = final
      return v
    }

    const argv: Val[] = []
    let i = 0
    for (; i < numFixed && i < args.length; i++) argv.push(this.evalArg(dot, fn.params[i], args[i]))
    if (fn.variadic) for (; i < args.length; i++) argv.push(this.evalArg(dot, fn.variadic, args[i]))
    if (final !== null) {
      let t: ParamType
      if (fn.variadic) t = numIn - 1 < numFixed ? fn.params[numIn - 1] : fn.variadic
      else t = fn.params[fn.params.length - 1]
      argv.push(this.validateType(final, t))
    }
    for (const a of argv) if (a.v instanceof Unknown) throw new NotEvaluated(a.v.reason, node)
    const withOrigin = argv.filter((a) => a.o)
    try {
      const v = fn.call(
        argv.map((a) => a.v),
        { executeTemplate: (n, d) => this.exec.executeToString(n, d, 'mainTemplate') },
      )
      if (v instanceof Unknown) throw new NotEvaluated(v.reason, node)
      return { v, o: withOrigin.length === 1 ? withOrigin[0].o : undefined, iface: true, trace: this.traceOf(name, node, argv, v) }
    } catch (e) {
      if (e instanceof UnknownInside) throw new NotEvaluated(e.reason, node)
      if (e instanceof CallError) {
        this.at(node)
        this.errorf(`error calling ${name}: ${e.message}`)
      }
      if (e instanceof NotEvaluated && e.node === null) throw new NotEvaluated(e.reason, node)
      throw e
    }
  }

  /** The trace of a function result: an include's output, re-indented by kOps's indent or sprig's nindent. */
  private traceOf(name: string, node: Node, argv: Val[], v: GoValue): Segment[] | undefined {
    if (!this.opts.funcs.has(name) || typeof v !== 'string') return undefined
    if (name === 'include') return this.exec.lastTrace
    if ((name === 'indent' || name === 'nindent') && argv.length === 2 && argv[1].trace && argv[0].v instanceof GoInt)
      return indentTrace(name, Number(argv[0].v.value), argv[1].v as string, argv[1].trace, { tree: node.tree, offset: actionStart(node), literal: false })
    return undefined
  }

  private validateType(value: Val, typ: ParamType): Val {
    const v = value.v
    if (typ === 'value') return value
    if (v === INVALID) {
      if (typ === 'any') return { v: NIL }
      if (typ === 'map') return { v: new Map() }
      if (typ === 'slice') return { v: [] }
      this.errorf(`invalid value; expected ${goType(typ)}`)
    }
    if (typ === 'any' || v instanceof Unknown) return value
    if (v === NIL) this.errorf(`wrong type for value; expected ${goType(typ)}; got interface {}`)
    const ok =
      (typ === 'string' && typeof v === 'string') ||
      (typ === 'bool' && typeof v === 'boolean') ||
      (typ === 'float64' && typeof v === 'number') ||
      (typ === 'int' && v instanceof GoInt && v.kind === 'int') ||
      (typ === 'int64' && v instanceof GoInt && v.kind === 'int64') ||
      (typ === 'map' && v instanceof Map) ||
      (typ === 'slice' && Array.isArray(v) && sliceElem(v) === 'interface {}')
    if (!ok) this.errorf(`wrong type for value; expected ${goType(typ)}; got ${typeName(v)}`)
    return value
  }

  private evalArg(dot: Val, typ: ParamType, n: Node): Val {
    this.at(n)
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, typ)
      case 'nil':
        if (typ === 'any' || typ === 'map' || typ === 'slice' || typ === 'value') return { v: typ === 'map' ? new Map() : typ === 'slice' ? [] : NIL }
        this.errorf(`cannot assign nil to ${goType(typ)}`)
      // falls through (errorf throws)
      case 'field':
        return this.validateType(this.evalFieldChain(dot, dot, n, n.ident, [n], null), typ)
      case 'variable':
        return this.validateType(this.evalVariable(dot, n.ident, n, null, null), typ)
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ)
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n.ident, n, n, null, null), typ)
      case 'chain': {
        if (n.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(n)}`)
        const recv = this.evalArg(dot, 'any', n.node)
        return this.validateType(this.evalFieldChain(dot, recv, n, n.field, null, null), typ)
      }
    }
    switch (typ) {
      case 'bool':
        if (n.type === 'bool') return { v: n.value }
        this.errorf(`expected bool; found ${nodeString(n)}`)
      // falls through (errorf throws)
      case 'float64':
        if (n.type === 'number' && n.isFloat) return { v: n.float }
        this.errorf(`expected float; found ${nodeString(n)}`)
      // falls through (errorf throws)
      case 'int':
      case 'int64':
        if (n.type === 'number' && n.isInt) return { v: new GoInt(n.int, typ) }
        this.errorf(`expected integer; found ${nodeString(n)}`)
      // falls through (errorf throws)
      case 'string':
        if (n.type === 'string') return { v: n.text }
        this.errorf(`expected string; found ${nodeString(n)}`)
      // falls through (errorf throws)
      case 'any':
      case 'value':
        if (n.type === 'bool') return { v: n.value }
        if (n.type === 'number') return { v: this.idealConstant(n) }
        if (n.type === 'string') return { v: n.text }
    }
    this.errorf(`can't handle ${nodeString(n)} for arg of type ${goType(typ)}`)
  }

  private printValue(n: ActionNode, val: Val): void {
    this.at(n)
    const v = val.v
    if (v instanceof Unknown) throw new NotEvaluated(v.reason, n)
    if (v instanceof GoFunc) this.errorf(`can't print ${nodeString(n)} of type func`)
    let s: string
    try {
      s = v === INVALID ? '<no value>' : formatV(v, false)
    } catch (e) {
      if (e instanceof UnknownInside) throw new NotEvaluated(e.reason, n)
      throw e
    }
    const action = { tree: n.tree, offset: actionStart(n), literal: false }
    if (val.trace && typeof v === 'string') this.out.writeTraced(s, val.trace, action)
    else this.out.write(s, { ...action, valuesAt: val.o })
  }
}

function goType(t: ParamType): string {
  switch (t) {
    case 'any':
      return 'interface {}'
    case 'value':
      return 'reflect.Value'
    case 'map':
      return 'map[string]interface {}'
    case 'slice':
      return '[]interface {}'
    default:
      return t
  }
}

// ---- builtins (funcs.go) ----

function basicKind(v: GoValue): 'bool' | 'int' | 'uint' | 'float' | 'string' | 'invalid' {
  const k = kindOf(v)
  switch (k) {
    case 'bool':
      return 'bool'
    case 'int':
      return 'int'
    case 'uint':
      return 'uint'
    case 'float64':
      return 'float'
    case 'string':
      return 'string'
  }
  return 'invalid'
}

const unwrapNil = (v: GoValue): GoValue => (v === NIL ? INVALID : v)

function comparisonError(features: GoFeatures, a: GoValue, b: GoValue): CallError {
  return new CallError(features.comparisonTypes ? `incompatible types for comparison: ${typeName(a)} and ${typeName(b)}` : 'incompatible types for comparison')
}

export function makeComparisons(features: GoFeatures): { eq: GoFunction; lt: (a: GoValue, b: GoValue) => boolean } {
  const eq1 = (a: GoValue, b: GoValue): boolean => {
    const k1 = basicKind(a)
    const k2 = basicKind(b)
    if (k1 !== k2) {
      if (k1 === 'int' && k2 === 'uint') return (a as GoInt).value === (b as GoInt).value
      if (k1 === 'uint' && k2 === 'int') return (a as GoInt).value === (b as GoInt).value
      if (a !== INVALID && b !== INVALID) throw comparisonError(features, a, b)
      return false
    }
    switch (k1) {
      case 'bool':
      case 'string':
      case 'float':
        return a === b
      case 'int':
      case 'uint':
        return (a as GoInt).value === (b as GoInt).value
    }
    if (a === INVALID || b === INVALID) return a === b
    if (kindOf(a) !== kindOf(b)) throw new CallError(`non-comparable types ${formatV(a)}: ${typeName(a)}, ${typeName(b)}: ${formatV(b)}`)
    throw new CallError(`non-comparable type ${formatV(b)}: ${typeName(b)}`)
  }
  const eq: GoFunction = {
    params: ['value'],
    variadic: 'value',
    call: ([a, ...rest]) => {
      const x = unwrapNil(a)
      if (rest.length === 0) throw new CallError('missing argument for comparison')
      return rest.some((b) => eq1(x, unwrapNil(b)))
    },
  }
  const lt = (a0: GoValue, b0: GoValue): boolean => {
    const a = unwrapNil(a0)
    const b = unwrapNil(b0)
    const k1 = basicKind(a)
    if (k1 === 'invalid') throw new CallError('invalid type for comparison')
    const k2 = basicKind(b)
    if (k2 === 'invalid') throw new CallError('invalid type for comparison')
    if (k1 !== k2) {
      if ((k1 === 'int' || k1 === 'uint') && (k2 === 'int' || k2 === 'uint')) return (a as GoInt).value < (b as GoInt).value
      throw comparisonError(features, a, b)
    }
    if (k1 === 'bool') throw new CallError('invalid type for comparison')
    if (k1 === 'int' || k1 === 'uint') return (a as GoInt).value < (b as GoInt).value
    return (a as number | string) < (b as number | string)
  }
  return { eq, lt }
}

function length(x: GoValue): GoValue {
  if (typeof x === 'string') return int(Buffer.byteLength(x, 'utf8'))
  if (x instanceof Map) return int(x.size)
  if (Array.isArray(x)) return int(x.length)
  // A nil interface{} (a null value) is a nil pointer to len; an invalid value (a missing key) panics in reflect.
  if (x === NIL) throw new CallError('len of nil pointer')
  if (x === INVALID) throw new CallError('reflect: call of reflect.Value.Type on zero Value')
  throw new CallError(`len of type ${typeName(x)}`)
}

function indexArg(i: GoValue, cap: number): number {
  const x = unwrapNil(i)
  if (x instanceof GoInt) {
    if (x.value < 0n || x.value > BigInt(cap)) throw new CallError(`index out of range: ${x.value}`)
    return Number(x.value)
  }
  if (x === INVALID) throw new CallError('cannot index slice/array with nil')
  throw new CallError(`cannot index slice/array with type ${typeName(x)}`)
}

export function goIndex(item0: GoValue, indexes: GoValue[]): GoValue {
  let item: GoValue = unwrapNil(item0)
  if (item === INVALID) throw new CallError('index of untyped nil')
  for (const idx0 of indexes) {
    const idx = unwrapNil(idx0)
    if (item === INVALID || item === NIL) throw new CallError('index of nil pointer')
    if (Array.isArray(item) || typeof item === 'string') {
      const len: number = typeof item === 'string' ? Buffer.byteLength(item, 'utf8') : item.length
      const x = indexArg(idx, len)
      if (x === len) throw new CallError(typeof item === 'string' ? 'reflect: string index out of range' : 'reflect: slice index out of range')
      item = typeof item === 'string' ? int(Buffer.from(item, 'utf8')[x], 'uint8') : item[x]
    } else if (item instanceof Map) {
      if (typeof idx !== 'string') {
        if (idx === INVALID) throw new CallError('value is nil; should be of type string')
        throw new CallError(`value has type ${typeName(idx)}; should be string`)
      }
      item = item.has(idx) ? item.get(idx)! : NIL
    } else throw new CallError(`can't index item of type ${typeName(item)}`)
  }
  return item
}

const fixed = (params: ParamType[], call: GoFunction['call']): GoFunction => ({ params, call })
const variadic = (params: ParamType[], v: ParamType, call: GoFunction['call']): GoFunction => ({ params, variadic: v, call })

function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) => ({ '\0': '\uFFFD', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
}
function jsEscape(s: string): string {
  let out = ''
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (ch === '\\') out += '\\\\'
    else if (ch === "'") out += "\\'"
    else if (ch === '"') out += '\\"'
    else if (ch === '<') out += '\\u003C'
    else if (ch === '>') out += '\\u003E'
    else if (ch === '&') out += '\\u0026'
    else if (ch === '=') out += '\\u003D'
    else if (c < 0x20) out += '\\u00' + c.toString(16).toUpperCase().padStart(2, '0')
    else if (c >= 0x80 && !/^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u.test(ch)) out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0')
    else out += ch
  }
  return out
}
/** url.QueryEscape. */
export function queryEscape(s: string): string {
  let out = ''
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b)
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c
    else if (c === ' ') out += '+'
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0')
  }
  return out
}
const evalArgs = (args: GoValue[]): string => (args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args.map((a) => (a === INVALID ? NIL : a))))

/** The builtins every Go version kOps was built with has, except the comparisons (see makeComparisons). */
const BASE_BUILTINS: [string, GoFunction][] = [
  ['and', variadic(['value'], 'value', () => INVALID)],
  ['or', variadic(['value'], 'value', () => INVALID)],
  ['not', fixed(['value'], ([a]) => !isTrue(a))],
  ['len', fixed(['value'], ([a]) => length(a))],
  ['index', variadic(['value'], 'value', ([a, ...r]) => goIndex(a, r))],
  [
    'slice',
    variadic(['value'], 'value', ([a, ...idx]) => {
      const item = unwrapNil(a)
      if (item === INVALID) throw new CallError('slice of untyped nil')
      if (idx.length > 3) throw new CallError(`too many slice indexes: ${idx.length}`)
      if (typeof item !== 'string' && !Array.isArray(item)) throw new CallError(`can't slice item of type ${typeName(item)}`)
      if (typeof item === 'string' && idx.length === 3) throw new CallError('cannot 3-index slice a string')
      const len = typeof item === 'string' ? Buffer.byteLength(item, 'utf8') : item.length
      const ix = [0, len]
      idx.forEach((x, i) => (ix[i] = indexArg(x, len)))
      if (ix[0] > ix[1]) throw new CallError(`invalid slice index: ${ix[0]} > ${ix[1]}`)
      if (idx.length === 3 && ix[1] > ix[2]) throw new CallError(`invalid slice index: ${ix[1]} > ${ix[2]}`)
      if (typeof item === 'string') return Buffer.from(item, 'utf8').subarray(ix[0], ix[1]).toString('utf8')
      return item.slice(ix[0], ix[1])
    }),
  ],
  ['print', variadic([], 'any', (a) => sprint(a))],
  ['printf', variadic(['string'], 'any', ([f, ...a]) => sprintf(f as string, a))],
  ['println', variadic([], 'any', (a) => sprintln(a))],
  ['html', variadic([], 'any', (a) => htmlEscape(evalArgs(a)))],
  ['js', variadic([], 'any', (a) => jsEscape(evalArgs(a)))],
  ['urlquery', variadic([], 'any', (a) => queryEscape(evalArgs(a)))],
  [
    'call',
    variadic(['value'], 'value', ([f, ...a]) => {
      if (!(f instanceof GoFunc)) throw new CallError(f === INVALID || f === NIL ? 'call of nil' : `non-function of type ${typeName(f)}`)
      return f.fn(...a)
    }),
  ],
]

let BUILTINS = new Map<string, GoFunction>()

/** The builtin function table for a Go version (comparison error texts changed over time). */
export function builtinsFor(features: GoFeatures): Map<string, GoFunction> {
  const { eq, lt } = makeComparisons(features)
  const m = new Map(BASE_BUILTINS)
  m.set('eq', eq)
  const ne = fixed(['value', 'value'], ([a, b]) => !(eq.call([a, b], null as unknown as CallContext) as boolean))
  m.set('ne', ne)
  m.set('lt', fixed(['value', 'value'], ([a, b]) => lt(a, b)))
  m.set('le', fixed(['value', 'value'], ([a, b]) => lt(a, b) || (eq.call([a, b], null as unknown as CallContext) as boolean)))
  m.set('gt', fixed(['value', 'value'], ([a, b]) => !(lt(a, b) || (eq.call([a, b], null as unknown as CallContext) as boolean))))
  m.set('ge', fixed(['value', 'value'], ([a, b]) => !lt(a, b)))
  return m
}

/** Runs one execution with the builtins of the given Go version. */
export function withBuiltins<T>(features: GoFeatures, run: () => T): T {
  const saved = BUILTINS
  BUILTINS = builtinsFor(features)
  try {
    return run()
  } finally {
    BUILTINS = saved
  }
}

export const BUILTIN_NAMES = new Set([...BASE_BUILTINS.map(([n]) => n), 'eq', 'ne', 'lt', 'le', 'gt', 'ge'])

export type { GoMap }
