import type { Add, Call, Div, Expr, Mul, Neg, Num, Pow, Sub, Sym } from './expr.js';
import { functionInfo } from './operators.js';
import { type Rational, rat, ratInt } from '../number/rational.js';

/**
 * Constructors. They check arity and shape and never simplify: `add(x, 0)` is the tree x + 0.
 */
export const num = (value: Rational | number | bigint): Num => ({
  kind: 'num',
  value: typeof value === 'object' ? value : ratInt(typeof value === 'number' ? BigInt(value) : value),
});
/** The rational p/q as one number node. Example: frac(1, 2) is the number 1/2. */
export const frac = (p: number | bigint, q: number | bigint): Num => ({ kind: 'num', value: rat(BigInt(p), BigInt(q)) });
export const sym = (name: string): Sym => ({ kind: 'sym', name });
export const neg = (arg: Expr): Neg => ({ kind: 'neg', arg });
export function add(...args: Expr[]): Add {
  if (args.length < 2) throw new RangeError('add needs at least two operands');
  return { kind: 'add', args };
}
export const sub = (left: Expr, right: Expr): Sub => ({ kind: 'sub', left, right });
export function mul(...args: Expr[]): Mul {
  if (args.length < 2) throw new RangeError('mul needs at least two operands');
  return { kind: 'mul', args };
}
export const div = (left: Expr, right: Expr): Div => ({ kind: 'div', left, right });
export const pow = (base: Expr, exp: Expr): Pow => ({ kind: 'pow', base, exp });

/** A function call; known heads have their arity checked. User functions (unknown names) take any arity. */
export function call(fn: string, ...args: Expr[]): Call {
  const info = functionInfo(fn);
  if (info && (args.length < info.minArgs || args.length > info.maxArgs)) {
    throw new RangeError(`${fn} takes ${arityText(info.minArgs, info.maxArgs)}, not ${args.length}`);
  }
  return { kind: 'call', fn, args };
}

export function arityText(min: number, max: number): string {
  const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
  if (min === max) return `${min} ${plural(min)}`;
  if (max === Infinity) return `at least ${min} ${plural(min)}`;
  return `${min} to ${max} arguments`;
}

/** Sum or single term: the n-ary builders need two operands, this helper accepts any number (0 → 0). */
export const addOf = (args: Expr[]): Expr => (args.length === 0 ? num(0) : args.length === 1 ? args[0]! : add(...args));
/** Product or single factor (0 factors → 1). */
export const mulOf = (args: Expr[]): Expr => (args.length === 0 ? num(1) : args.length === 1 ? args[0]! : mul(...args));

/** Rebuilds a node of the same kind with new children (in `children()` order). */
export function withChildren(e: Expr, kids: readonly Expr[]): Expr {
  switch (e.kind) {
    case 'num':
    case 'sym':
      return e;
    case 'neg':
      return neg(kids[0]!);
    case 'add':
      return { kind: 'add', args: kids };
    case 'mul':
      return { kind: 'mul', args: kids };
    case 'call':
      return { kind: 'call', fn: e.fn, args: kids };
    case 'sub':
      return sub(kids[0]!, kids[1]!);
    case 'div':
      return div(kids[0]!, kids[1]!);
    case 'pow':
      return pow(kids[0]!, kids[1]!);
  }
}

export const ZERO_EXPR = num(0);
export const ONE_EXPR = num(1);
