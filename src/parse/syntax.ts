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
import { CALCULUS_FUNCTIONS, calculusApplication, derivativeOperator } from './calculusSyntax.js';

export { resolve, type Data } from './deferred.js';
export { SyntaxProblem, type Arg } from './syntaxProblem.js';
export { derivativeOperator, integralNotation, limitNotation } from './calculusSyntax.js';

type Op = '+' | '-' | '*' | '/';

/** A left-to-right run of operands joined by + and − (or by ×, / and juxtaposition), as written. */
class Series extends Deferred {
  constructor(
    readonly level: 'sum' | 'product',
    readonly prev: Series | undefined,
    readonly op: Op | undefined,
    readonly term: Data,
  ) {
    super();
  }
  private links(): Series[] {
    const links: Series[] = [];
    for (let s: Series | undefined = this; s; s = s.prev) links.push(s);
    return links.reverse();
  }
  parts(): Data[] {
    return this.links().map((s) => s.term);
  }
  /** a + b + c is one n-ary node; a − b and a / b stay binary: a + b − c is (a + b) − c. */
  build(terms: readonly Expr[]): Expr {
    const ops = this.links().map((s) => s.op);
    const joiner: Op = this.level === 'sum' ? '+' : '*';
    const sum = this.level === 'sum';
    let acc = terms[0]!;
    let open: Expr[] | undefined; // operands of an n-ary node still being extended
    for (let i = 1; i <= terms.length; i++) {
      if (i < terms.length && ops[i] === joiner) {
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

function extend(level: 'sum' | 'product', left: Data, op: Op, right: Data): Series {
  const base = left instanceof Series && left.level === level ? left : new Series(level, undefined, undefined, left);
  return new Series(level, base, op, right);
}

/** a + b, a − b. */
export const sumStep = (left: Data, op: LexToken, right: Data): Data => extend('sum', left, op.type === 'plus' ? '+' : '-', right);
/** a * b, a / b. */
export const productStep = (left: Data, op: LexToken, right: Data): Data => extend('product', left, op.type === 'divide' ? '/' : '*', right);
/** Juxtaposition: 2x, x y, 2 sin x. */
export const juxtapose = (left: Data, right: Data): Data => extend('product', left, '*', right);

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

/** What stands in front of a signed term: a sign or d/dx. */
export const prefixed = (op: LexToken, d: Data): Data => (op.type === 'deriv' ? derivativeOperator(op, d) : unary(op, d));

/** A bracketed group: the same tree, but neither a bare literal (`-(2)` stays neg(2)) nor a series to extend ((a + b) + c). */
export const group = (d: Data): Data => new Apply([d], ([e]) => e!);

export const symbol = (tok: LexToken): Expr => B.sym(SYMBOL_SPELLINGS.get(tok.text) ?? tok.text);

/** One level of a power tower: the signs written after `^`, then the atom (x^-y has the step −, y). */
type Step = { readonly signs: readonly LexToken[]; readonly atom: Data };
export const step = (atom: Data): Step => ({ signs: [], atom });
export const signedStep = (op: LexToken, s: Step): Step => ({ signs: [op, ...s.signs], atom: s.atom });
export const towerStart = (atom: Data): Chain<Step> => new Chain(undefined, step(atom));
export const towerStep = (tower: Chain<Step>, s: Step): Chain<Step> => new Chain(tower, s);

/** a^b^c read left to right, folded to the right: a^(b^c); `last` is the exponent of the top atom (x^y², x^√y). */
class Tower extends Deferred {
  constructor(
    private readonly tower: Chain<Step>,
    private readonly last: Data | undefined,
  ) {
    super();
  }
  parts(): Data[] {
    const atoms = this.tower.toArray().map((s) => s.atom);
    return this.last === undefined ? atoms : [...atoms, this.last];
  }
  build(parts: readonly Expr[]): Expr {
    const steps = this.tower.toArray();
    const top = steps.length - 1;
    let acc = this.last === undefined ? parts[top]! : B.pow(parts[top]!, parts[top + 1]!);
    let literal = this.last === undefined && isLiteral(steps[top]!.atom); // x^-2 has the exponent −2
    for (let i = top; i >= 1; i--) {
      for (let j = steps[i]!.signs.length - 1; j >= 0; j--) {
        if (steps[i]!.signs[j]!.type !== 'minus') continue;
        acc = literal && acc.kind === 'num' ? B.num(ratNeg(acc.value)) : B.neg(acc);
        literal = false;
      }
      acc = B.pow(parts[i - 1]!, acc);
      literal = false;
    }
    return acc;
  }
}

/** The value of a power tower; a lone atom is itself. */
export const power = (tower: Chain<Step>, last?: Data): Data =>
  tower.prev === undefined && last === undefined ? tower.item.atom : new Tower(tower, last);

/** base^exponent for a single base (2|x|^2). */
export const binaryPower = (base: Data, exp: Data): Data => new Apply([base, exp], ([b, x]) => B.pow(b!, x!));

export const sqrt = (d: Data): Data => new Apply([d], ([e]) => B.call('sqrt', e!));
export const abs = (d: Data): Data => new Apply([d], ([e]) => B.call('abs', e!));

/** Comma-separated arguments, gathered in O(1) per argument. */
export const argsStart = (a: Arg): Chain<Arg> => new Chain(undefined, a);
export const argsPush = (list: Chain<Arg>, a: Arg): Chain<Arg> => new Chain(list, a);

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

/** `sin x`, `sin^2 x`: a function applied to the factors after it; the arity is checked at once, the tree built later. */
export function operatorApplication(fnTok: LexToken, arg: Data, expTok?: LexToken): Data {
  const name = canonicalName(fnTok.text);
  if (CALCULUS_FUNCTIONS.has(name)) calculusApplication(fnTok, name, [arg]); // always an arity problem
  checkArity(fnTok, name, 1);
  const exp = expTok ? number(expTok) : undefined;
  return new Apply([arg], ([a]) => (exp ? B.pow(B.call(name, a!), exp) : B.call(name, a!)));
}

/** `f(x, y) := body`. */
export function definition(fnTok: LexToken, params: readonly Data[], body: Data): Data {
  const ps = params.map(resolve);
  for (const p of ps) if (p.kind !== 'sym') throw new SyntaxProblem('bad-definition', 'the parameters of a definition are variable names', fnTok, ['f(x) := ...']);
  const name = canonicalName(fnTok.text);
  if (functionInfo(name) || CALCULUS_FUNCTIONS.has(name)) throw new SyntaxProblem('bad-definition', `${fnTok.text} is built in and cannot be redefined`, fnTok);
  const head = B.call(fnTok.text, ...ps);
  return new Apply([body], ([b]) => B.call('Define', head, b!));
}
