/**
 * Node builders called by the grammar's postprocessors. They stay thin: build a deferred node in O(1) (see
 * deferred.ts), check an arity, or reject with a located problem. Sums and products are persistent series
 * sharing their prefix, turned into n-ary nodes only when the parse is kept.
 */
import type { Expr } from '../ast/expr.js';
import * as B from '../ast/build.js';
import { arityText } from '../ast/build.js';
import { FUNCTION_ALIASES, functionInfo } from '../ast/operators.js';
import { NumberTooLargeError, parseDecimal, neg as ratNeg } from '../number/rational.js';
import type { LexToken } from '../../grammar/lexer.js';
import { Apply, Chain, type Data, Deferred, resolve } from './deferred.js';
import { type Arg, exprArgs, SYMBOL_SPELLINGS, SyntaxProblem } from './syntaxProblem.js';
import { CALCULUS_FUNCTIONS, calculusApplication, derivativeNode, derivativeOf } from './calculusSyntax.js';

export { resolve, type Data } from './deferred.js';
export { SyntaxProblem, type Arg } from './syntaxProblem.js';
export { integralNotation, limitNotation } from './calculusSyntax.js';

type Op = '+' | '-' | '*' | '/' | 'jux';

/** A function written without brackets (`sin x`, `sin^2 x`): it takes the juxtaposed factors after it. */
class FunctionHead {
  constructor(
    readonly name: string,
    readonly firstFactor: Data,
    readonly exp: Expr | undefined,
  ) {}
}

type Term = Data | FunctionHead;

/** A left-to-right run of operands joined by + and − (or by ×, / and juxtaposition), as written. */
class Series extends Deferred {
  constructor(
    readonly level: 'sum' | 'product',
    readonly prev: Series | undefined,
    readonly op: Op | undefined,
    readonly term: Term,
  ) {
    super();
  }
  private links(): Series[] {
    const links: Series[] = [];
    for (let s: Series | undefined = this; s; s = s.prev) links.push(s);
    return links.reverse();
  }
  parts(): Data[] {
    return this.links().map((s) => (s.term instanceof FunctionHead ? s.term.firstFactor : s.term));
  }
  build(values: readonly Expr[]): Expr {
    const links = this.links();
    // 1. A function head takes the factors juxtaposed after it: sin x y cos z is sin(x y)·cos(z).
    const ops: (Op | undefined)[] = [];
    const terms: Expr[] = [];
    let head: FunctionHead | undefined;
    let headOp: Op | undefined;
    let args: Expr[] = [];
    for (let i = 0; i <= links.length; i++) {
      const link = links[i];
      if (link && link.op === 'jux' && head && !(link.term instanceof FunctionHead)) {
        args.push(values[i]!);
        continue;
      }
      if (head) {
        const value = B.call(head.name, args.length === 1 ? args[0]! : B.mul(...args));
        ops.push(headOp);
        terms.push(head.exp ? B.pow(value, head.exp) : value);
        head = undefined;
      }
      if (!link) break;
      if (link.term instanceof FunctionHead) {
        head = link.term;
        headOp = link.op;
        args = [values[i]!];
      } else {
        ops.push(link.op);
        terms.push(values[i]!);
      }
    }
    // 2. a + b + c is one n-ary node; a − b and a / b stay binary: a + b − c is (a + b) − c.
    const sum = this.level === 'sum';
    let acc = terms[0]!;
    let open: Expr[] | undefined; // operands of an n-ary node still being extended
    for (let i = 1; i <= terms.length; i++) {
      const op = ops[i];
      if (i < terms.length && (op === '+' || op === '*' || op === 'jux')) {
        open ??= [acc];
        open.push(terms[i]!);
        continue;
      }
      if (open) acc = sum ? B.add(...open) : B.mul(...open);
      open = undefined;
      if (i < terms.length) acc = sum ? B.sub(acc, terms[i]!) : B.div(acc, terms[i]!);
    }
    return acc;
  }
}

function extend(level: 'sum' | 'product', left: Term, op: Op, right: Term): Series {
  const base = left instanceof Series && left.level === level ? left : new Series(level, undefined, undefined, left);
  return new Series(level, base, op, right);
}

/** a + b, a − b. */
export const sumStep = (left: Data, op: LexToken, right: Data): Data => extend('sum', left, op.type === 'plus' ? '+' : '-', right);
/** a * b, a / b. */
export const productStep = (left: Data, op: LexToken, right: Data): Data => extend('product', left, op.type === 'divide' ? '/' : '*', right);
/** The first factor of a juxtaposition; a lone factor is itself. */
export const juxtStart = (f: Term): Data => (f instanceof FunctionHead ? new Series('product', undefined, undefined, f) : f);
/** Juxtaposition: 2x, x y, 2 sin x. */
export const juxtStep = (left: Data, right: Term): Data => extend('product', left, 'jux', right);

/**
 * Number literals: `-2` is the number −2 but `-(2)` and `-x` are negations. A literal is recognised by where it
 * is, not by a mark on it: the only bare `num` Expr that ever travels as parse data is a number token just read
 * (everything else that can hold a number, a group, a power, a negated literal, is a deferred node).
 */
const isLiteral = (d: Data): d is Expr & { kind: 'num' } => !(d instanceof Deferred) && d.kind === 'num';

const SMALL_INTEGER = /^\d{1,15}$/u;

export function number(tok: LexToken): Expr {
  // Most literals are small integers: no need for the general decimal reader (and its gcd).
  if (SMALL_INTEGER.test(tok.text)) return { kind: 'num', value: { num: BigInt(tok.text), den: 1n } };
  try {
    return B.num(parseDecimal(tok.text));
  } catch (e) {
    if (e instanceof NumberTooLargeError) throw new SyntaxProblem('number-too-large', `number ${tok.text.slice(0, 20)} is too large (${e.message})`, tok);
    throw e;
  }
}

/** Unary minus or plus; a minus written directly before a number literal makes a negative number (`-2` is −2). */
export function unary(op: LexToken, d: Data): Data {
  if (op.type === 'plus') return d;
  if (isLiteral(d)) {
    const value = B.num(ratNeg(d.value));
    return new Apply([], () => value); // deferred, so a second minus negates it: --2 is -(-2)
  }
  return new Apply([d], ([e]) => B.neg(e!));
}

/** Runs of prefixes or arguments, gathered in O(1) per item. */
export const listStart = <T>(item: T): Chain<T> => new Chain(undefined, item);
export const listPush = <T>(list: Chain<T>, item: T): Chain<T> => new Chain(list, item);

/** A prefix of a signed term; a derivative operator is checked as soon as it is read. */
export function prefix(op: LexToken): LexToken {
  if (op.type === 'deriv') derivativeOf(op);
  return op;
}

/** Prefixes in front of a term, innermost last: `-d/dx f` is −(d/dx f); `-2` is the number −2. */
class Prefixed extends Deferred {
  constructor(
    private readonly ops: Chain<LexToken>,
    private readonly operand: Data,
  ) {
    super();
  }
  parts(): Data[] {
    return [this.operand];
  }
  build([e]: readonly Expr[]): Expr {
    let acc = e!;
    let literal = isLiteral(this.operand);
    for (let c: Chain<LexToken> | undefined = this.ops; c; c = c.prev) {
      if (c.item.type === 'plus') continue;
      acc = c.item.type === 'deriv' ? derivativeNode(acc, derivativeOf(c.item)) : literal && acc.kind === 'num' ? B.num(ratNeg(acc.value)) : B.neg(acc);
      literal = false;
    }
    return acc;
  }
}

export const prefixed = (ops: Chain<LexToken>, d: Data): Data => new Prefixed(ops, d);

/** A bracketed group: the same tree, but neither a bare literal (`-(2)` stays neg(2)) nor a series to extend ((a + b) + c). */
export const group = (d: Data): Data => new Apply([d], ([e]) => e!);

export const symbol = (tok: LexToken): Expr => B.sym(SYMBOL_SPELLINGS.get(tok.text) ?? tok.text);

/** One level of a power tower: the prefixes written before its atom (−, +, √; outermost first), then the atom. */
type Step = { readonly prefixes: Chain<LexToken> | undefined; readonly atom: Data };
export const step = (atom: Data): Step => ({ prefixes: undefined, atom });
/** The prefixes as a chain whose newest item is the outermost: `√√x` reads the inner √ first. */
export const prefixStep = (op: LexToken, s: Step): Step => ({ prefixes: new Chain(s.prefixes, op), atom: s.atom });
export const towerStart = (s: Step): Chain<Step> => new Chain(undefined, s);
export const towerStep = (tower: Chain<Step>, s: Step): Chain<Step> => new Chain(tower, s);

/**
 * a^b^c read left to right, folded to the right: a^(b^c). A step's prefixes apply to the rest of the tower from
 * that step on: x^-y^z is x^-(y^z), √x^2 is √(x^2).
 */
class Tower extends Deferred {
  constructor(private readonly tower: Chain<Step>) {
    super();
  }
  parts(): Data[] {
    return this.tower.toArray().map((s) => s.atom);
  }
  build(atoms: readonly Expr[]): Expr {
    const steps = this.tower.toArray();
    let acc = atoms[atoms.length - 1]!;
    let literal = isLiteral(steps[steps.length - 1]!.atom); // x^-2 has the exponent −2
    for (let i = steps.length - 1; i >= 0; i--) {
      if (i < steps.length - 1) {
        acc = B.pow(atoms[i]!, acc);
        literal = false;
      }
      // Innermost prefix first: the chain's oldest item.
      for (const token of steps[i]!.prefixes?.toArray() ?? []) {
        const op = token.type;
        if (op === 'plus') continue;
        acc = op === 'sqrt' ? B.call('sqrt', acc) : literal && acc.kind === 'num' ? B.num(ratNeg(acc.value)) : B.neg(acc);
        literal = false;
      }
    }
    return acc;
  }
}

/** A step that is a bare atom already built (no prefixes, not deferred). */
const plain = (s: Step): s is { prefixes: undefined; atom: Expr } => s.prefixes === undefined && !(s.atom instanceof Deferred);

/**
 * The value of a power tower; a lone atom is itself. `x^2` of two plain atoms is built at once: it is O(1), and
 * it spares the deferred tower that would live until the end of the parse (on a long sum of products most
 * objects alive are such towers, and the garbage collector walks them all). Longer towers stay deferred.
 */
export function power(tower: Chain<Step>): Data {
  const below = tower.prev;
  if (below === undefined && tower.item.prefixes === undefined) return tower.item.atom;
  if (below !== undefined && below.prev === undefined && plain(below.item) && plain(tower.item)) return B.pow(below.item.atom, tower.item.atom);
  return new Tower(tower);
}

export const abs = (d: Data): Data => new Apply([d], ([e]) => B.call('abs', e!));

/** Comma-separated arguments, gathered in O(1) per argument. */
export const argsStart = (a: Arg): Chain<Arg> => listStart(a);
export const argsPush = (list: Chain<Arg>, a: Arg): Chain<Arg> => listPush(list, a);

export const list = (items: Chain<Arg> | null): Expr => B.call('List', ...exprArgs(items ? items.toArray() : []));

/** What follows a function name in brackets: (args), '(args) for f'(x), ^n(args) for sin^2(x). */
export type CallTail = { readonly args: readonly Arg[]; readonly prime?: LexToken; readonly exp?: LexToken };
export const tail = (args: Chain<Arg> | null, prime?: LexToken, exp?: LexToken): CallTail => ({ args: args ? args.toArray() : [], prime, exp });

export function callWith(fnTok: LexToken, t: CallTail): Expr {
  if (t.prime) return B.call(fnTok.text + t.prime.text, ...exprArgs(t.args));
  const value = application(fnTok, t.args);
  return t.exp ? B.pow(value, number(t.exp)) : value;
}

const canonicalName = (name: string): string => FUNCTION_ALIASES.get(name) ?? name;

function checkArity(tok: LexToken, name: string, count: number): void {
  const info = functionInfo(name);
  if (info && (count < info.minArgs || count > info.maxArgs)) {
    throw new SyntaxProblem('arity', `${tok.text} takes ${arityText(info.minArgs, info.maxArgs)}, got ${count}`, tok, [arityText(info.minArgs, info.maxArgs)]);
  }
}

/** f(args): elementary functions, user functions, and the course's calculus spellings (diff, integrate, limit, sum). */
export function application(fnTok: LexToken, args: readonly Arg[]): Expr {
  const name = canonicalName(fnTok.text);
  if (CALCULUS_FUNCTIONS.has(name)) return calculusApplication(fnTok, name, args);
  checkArity(fnTok, name, args.length);
  return B.call(name, ...exprArgs(args));
}

/** `sin x`, `sin^2 x`: the head of a function applied to the factors after it; the arity is checked at once. */
export function functionHead(fnTok: LexToken, firstFactor: Data, expTok?: LexToken): FunctionHead {
  const name = canonicalName(fnTok.text);
  if (CALCULUS_FUNCTIONS.has(name)) calculusApplication(fnTok, name, [firstFactor]); // always an arity problem
  checkArity(fnTok, name, 1);
  return new FunctionHead(name, firstFactor, expTok ? number(expTok) : undefined);
}

/** The head of `f(x, y) := ...`: f is not built in, the parameters are variable names. */
export function definitionHead(fnTok: LexToken, params: Chain<Data>): Expr {
  const ps = params.toArray().map(resolve);
  for (const p of ps) if (p.kind !== 'sym') throw new SyntaxProblem('bad-definition', 'the parameters of a definition are variable names', fnTok, ['f(x) := ...']);
  const name = canonicalName(fnTok.text);
  if (functionInfo(name) || CALCULUS_FUNCTIONS.has(name)) throw new SyntaxProblem('bad-definition', `${fnTok.text} is built in and cannot be redefined`, fnTok);
  return B.call(fnTok.text, ...ps);
}

/** `f(x, y) := body`: Define(f(x, y), body). */
export const definition = (head: Expr, body: Data): Data => new Apply([body], ([b]) => B.call('Define', head, b!));
