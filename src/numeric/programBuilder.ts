import type { Algebra } from './algebra.js';
import { applyFloat } from './applyFloat.js';
import { type Instr, type Op, type Program } from './program.js';
import { type Primitive, type PrimitiveTable, primitiveFor } from './primitives.js';
import { FluxionError } from '../errors.js';

/**
 * Builds a Program with value numbering: asking twice for the same operation on the same operands returns the
 * same instruction, so common subexpressions are computed once, including those that reverse mode creates
 * (d exp(u) reuses exp(u)). Operations on constants are folded with the same float code that runs later, and
 * identities that hold bit for bit in IEEE-754 (x·1, x/1, x^1, x − 0, −(−x)) are not emitted; x + 0 is also
 * dropped, which can only turn a −0 into +0.
 */
export class ProgramBuilder {
  private readonly instrs: Instr[] = [];
  // Value numbering with number keys (no string per instruction): constants by value, inputs by slot, one- and
  // two-operand operations by (tag, operands), longer operand lists by text.
  private readonly constants = new Map<number, number>();
  private negativeZero = -1;
  private readonly inputs = new Map<number, number>();
  private readonly unary = new Map<number, number>();
  private readonly binary = new Map<number, Map<number, number>>();
  private readonly nary = new Map<string, number>();
  private readonly fnTags = new Map<Primitive, number>();

  constructor(
    readonly inputCount: number,
    readonly table: PrimitiveTable,
  ) {}

  /** A builder that starts with an existing program's instructions (same indices). */
  static from(program: Program, table: PrimitiveTable): ProgramBuilder {
    const b = new ProgramBuilder(program.inputCount, table);
    for (const ins of program.instrs) b.remember(ins, b.instrs.push(ins) - 1);
    return b;
  }

  get length(): number {
    return this.instrs.length;
  }

  instr(id: number): Instr {
    return this.instrs[id]!;
  }

  /** The constant's value, or undefined when the instruction is not a constant. */
  constantValue(id: number): number | undefined {
    const ins = this.instrs[id]!;
    return ins.op === 'const' ? ins.value : undefined;
  }

  constant(value: number): number {
    return this.emit('const', [], value);
  }

  input(slot: number): number {
    return this.emit('input', [], slot);
  }

  neg(a: number): number {
    const inner = this.instrs[a]!;
    if (inner.op === 'neg') return inner.args[0]!;
    return this.emit('neg', [a]);
  }

  add(args: readonly number[]): number {
    const kept = args.filter((a) => !Object.is(this.constantValue(a), 0));
    if (kept.length === 0) return this.constant(0);
    if (kept.length === 1) return kept[0]!;
    return this.emit('add', kept);
  }

  sub(a: number, b: number): number {
    const cb = this.constantValue(b);
    if (cb === 0) return a;
    return this.emit('sub', [a, b]);
  }

  mul(args: readonly number[]): number {
    const kept = args.filter((a) => this.constantValue(a) !== 1);
    if (kept.length === 0) return this.constant(1);
    if (kept.length === 1) return kept[0]!;
    if (kept.length === 2) {
      if (this.constantValue(kept[0]!) === -1) return this.neg(kept[1]!);
      if (this.constantValue(kept[1]!) === -1) return this.neg(kept[0]!);
    }
    return this.emit('mul', kept);
  }

  div(a: number, b: number): number {
    if (this.constantValue(b) === 1) return a;
    return this.emit('div', [a, b]);
  }

  pow(a: number, b: number): number {
    if (this.constantValue(b) === 1) return a;
    return this.emit('pow', [a, b]);
  }

  call(fn: Primitive, args: readonly number[]): number {
    if (fn.arity !== args.length) throw new RangeError(`${fn.name} takes ${fn.arity} arguments`);
    return this.emit('call', args, 0, fn);
  }

  /** The builder as an Algebra over instruction ids, for writing derivatives into the program. */
  algebra(): Algebra<number> {
    return {
      constant: (v) => this.constant(v),
      neg: (a) => this.neg(a),
      add: (a, b) => this.add([a, b]),
      sub: (a, b) => this.sub(a, b),
      mul: (a, b) => this.mul([a, b]),
      div: (a, b) => this.div(a, b),
      pow: (a, b) => this.pow(a, b),
      call: (name, args) => {
        const row = primitiveFor(name, args.length, this.table);
        if (!row) throw new FluxionError(`no numeric primitive ${name} with ${args.length} argument(s)`);
        return this.call(row, args);
      },
    };
  }

  build(outputs: readonly number[]): Program {
    return { inputCount: this.inputCount, instrs: this.instrs.slice(), outputs: outputs.slice() };
  }

  private emit(op: Op, args: readonly number[], value = 0, fn?: Primitive): number {
    if (op !== 'const' && op !== 'input' && args.every((a) => this.instrs[a]!.op === 'const')) {
      const folded = applyFloat({ op, args, value, fn }, args.map((a) => this.instrs[a]!.value));
      return this.constant(folded);
    }
    const ins: Instr = fn ? { op, args, value, fn } : { op, args, value };
    const known = this.lookup(ins);
    if (known !== undefined) return known;
    const id = this.instrs.push(ins) - 1;
    this.remember(ins, id);
    return id;
  }

  private tag(ins: Instr): number {
    if (!ins.fn) return OP_TAGS[ins.op];
    let t = this.fnTags.get(ins.fn);
    if (t === undefined) {
      t = FIRST_FUNCTION_TAG + this.fnTags.size;
      this.fnTags.set(ins.fn, t);
    }
    return t;
  }

  private lookup(ins: Instr): number | undefined {
    const a = ins.args;
    if (ins.op === 'const') return Object.is(ins.value, -0) ? (this.negativeZero < 0 ? undefined : this.negativeZero) : this.constants.get(ins.value);
    if (ins.op === 'input') return this.inputs.get(ins.value);
    if (a.length === 1) return this.unary.get(this.tag(ins) * SLOT + a[0]!);
    if (a.length === 2) return this.binary.get(this.tag(ins) * SLOT + a[0]!)?.get(a[1]!);
    return this.nary.get(`${this.tag(ins)}:${a.join(',')}`);
  }

  private remember(ins: Instr, id: number): void {
    if (id >= SLOT) throw new FluxionError('the program is too large (more than 2^26 instructions)');
    const a = ins.args;
    if (ins.op === 'const') {
      if (Object.is(ins.value, -0)) this.negativeZero = id;
      else this.constants.set(ins.value, id);
    } else if (ins.op === 'input') this.inputs.set(ins.value, id);
    else if (a.length === 1) this.unary.set(this.tag(ins) * SLOT + a[0]!, id);
    else if (a.length === 2) {
      const k = this.tag(ins) * SLOT + a[0]!;
      let inner = this.binary.get(k);
      if (!inner) this.binary.set(k, (inner = new Map()));
      inner.set(a[1]!, id);
    } else this.nary.set(`${this.tag(ins)}:${a.join(',')}`, id);
  }
}

/** Operand ids are below 2^26, so (tag, operand) packs into one safe integer. */
const SLOT = 2 ** 26;
const OP_TAGS: Record<Op, number> = { const: 0, input: 1, neg: 2, add: 3, sub: 4, mul: 5, div: 6, pow: 7, call: 8 };
const FIRST_FUNCTION_TAG = 16;
