/**
 * Random expression trees for fast-check properties, shared by every test folder.
 *
 *  - `anyTree()`: any well-formed tree (any nesting, rationals such as 1/3, nested sums, calls of every arity),
 *    for printers and traversals that must accept everything.
 *  - `parsableTree()`: only trees the parser can produce, so `parse(format(t))` must give `t` back: numbers are
 *    integers or decimals, names are identifiers that are not function names, calls have the right arity, the
 *    reserved heads have the shapes `diff`, `limit`, `integrate` and `sum` produce.
 *  - `safeTree(vars)`: trees that are finite and smooth for every real value of `vars`, for numeric checks
 *    (quotients by 1 + u², logs and roots of 1 + u², small whole powers, bounded functions).
 *  - `deepTree(kind, n)`: one tree n levels deep, built without recursion.
 */
import fc from 'fast-check';
import type { Expr } from '../../src/ast/expr.js';
import * as B from '../../src/ast/build.js';
import { rat } from '../../src/number/rational.js';

export type TreeOptions = {
  /** Largest nesting depth (fast-check's maxDepth; trees stay small on average). */
  readonly maxDepth?: number;
  /** Variable names to draw symbols from. */
  readonly names?: readonly string[];
};

const NAMES = ['x', 'y', 'z', 't', 'theta', 'x_1', 'alpha', 'θ', 'w2', 'xy'] as const;
const CONSTANTS = ['pi', 'e', 'oo'] as const;
/** Elementary functions by arity (as the parser checks them). */
const UNARY = ['sin', 'cos', 'tan', 'sec', 'asin', 'atan', 'sinh', 'cosh', 'tanh', 'exp', 'log', 'ln', 'log2', 'log10', 'sqrt', 'abs', 'sigmoid', 'softplus', 'relu', 'erf', 'sign'] as const;

const integer = fc.bigInt({ min: -1000n, max: 1000n }).map((n) => B.num(n));
const bigInteger = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((n) => B.num(n));
/** Decimals: p / 10^k, which print as decimals and read back exactly. */
const decimal = fc.tuple(fc.bigInt({ min: -100000n, max: 100000n }), fc.integer({ min: 1, max: 4 })).map(([p, k]) => B.num(rat(p, 10n ** BigInt(k))));
const rational = fc.tuple(fc.bigInt({ min: -50n, max: 50n }), fc.bigInt({ min: 1n, max: 50n })).map(([p, q]) => B.num(rat(p, q)));

const pair = <T>(a: fc.Arbitrary<T>) => fc.tuple(a, a);
const list = <T>(a: fc.Arbitrary<T>, min: number, max: number) => fc.array(a, { minLength: min, maxLength: max });

/** Any well-formed tree. Example: fc.sample(anyTree(), 3). */
export function anyTree(options: TreeOptions = {}): fc.Arbitrary<Expr> {
  return treeOf(fc.oneof(integer, rational, bigInteger, decimal), options);
}

/** Names the parser reads as plain symbols (not functions, constants or keywords). */
export const PARSABLE_NAMES: readonly string[] = NAMES;

/** Trees the parser can produce; `parse(format(t))` equals t. Example: fc.assert(fc.property(parsableTree(), ...)). */
export function parsableTree(options: TreeOptions = {}): fc.Arbitrary<Expr> {
  // No fractions like 1/3 as leaves: the parser reads `1/3` as a quotient, not as one number.
  return treeOf(fc.oneof(integer, decimal, bigInteger), options);
}

/** Trees over the given number leaves: every operator, call arity and reserved-head shape the parser produces. */
function treeOf(numbers: fc.Arbitrary<Expr>, options: TreeOptions): fc.Arbitrary<Expr> {
  const names = options.names ?? NAMES;
  const variable = fc.constantFrom(...names).map(B.sym);
  return fc.letrec<{ t: Expr }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', maxDepth: options.maxDepth ?? 6, withCrossShrink: true },
      numbers,
      fc.constantFrom(...names, ...CONSTANTS).map(B.sym),
      tie('t').map(B.neg),
      list(tie('t'), 2, 4).map((a) => B.add(...a)),
      pair(tie('t')).map(([a, b]) => B.sub(a, b)),
      list(tie('t'), 2, 4).map((a) => B.mul(...a)),
      pair(tie('t')).map(([a, b]) => B.div(a, b)),
      pair(tie('t')).map(([a, b]) => B.pow(a, b)),
      fc.tuple(fc.constantFrom(...UNARY), tie('t')).map(([f, a]) => B.call(f, a)),
      pair(tie('t')).map(([a, b]) => B.call('log', a, b)),
      list(tie('t'), 0, 3).map((a) => B.call('List', ...a)),
      fc.tuple(tie('t'), variable).map(([f, x]) => B.call('D', f, x)),
      fc.tuple(tie('t'), variable, fc.integer({ min: 2, max: 4 })).map(([f, x, n]) => B.call('D', f, x, B.num(n))),
      fc.tuple(tie('t'), variable, tie('t'), fc.constantFrom(-1, 1)).map(([f, x, a, d]) => B.call('Limit', f, x, a, B.num(d))),
      fc.tuple(tie('t'), variable, tie('t')).map(([f, x, a]) => B.call('Limit', f, x, a)),
      fc.tuple(tie('t'), variable).map(([f, x]) => B.call('Integral', f, x)),
      fc.tuple(tie('t'), variable, tie('t'), tie('t')).map(([f, x, a, b]) => B.call('Integral', f, x, a, b)),
      fc.tuple(tie('t'), variable, tie('t'), tie('t')).map(([f, k, a, b]) => B.call('Sum', f, k, a, b)),
    ),
  })).t;
}

const SMOOTH = ['sin', 'cos', 'atan', 'tanh', 'sigmoid', 'softplus'] as const;
const ONE = B.num(1);
const square = (u: Expr): Expr => B.pow(u, B.num(2));
/** 1 + u², positive everywhere. */
const positive = (u: Expr): Expr => B.add(ONE, square(u));

/** Trees finite and smooth for all real values of `vars`. Example: safeTree(['x', 'y']). */
export function safeTree(vars: readonly string[] = ['x'], maxDepth = 4): fc.Arbitrary<Expr> {
  return fc.letrec<{ t: Expr }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      fc.oneof(fc.constantFrom(...vars).map(B.sym), fc.integer({ min: -5, max: 5 }).map((n) => B.num(n)), fc.constant(B.sym('pi'))),
      tie('t').map(B.neg),
      pair(tie('t')).map(([a, b]) => B.add(a, b)),
      pair(tie('t')).map(([a, b]) => B.sub(a, b)),
      pair(tie('t')).map(([a, b]) => B.mul(a, b)),
      pair(tie('t')).map(([a, b]) => B.div(a, positive(b))),
      fc.tuple(tie('t'), fc.integer({ min: 0, max: 3 })).map(([a, n]) => B.pow(a, B.num(n))),
      fc.tuple(fc.constantFrom(...SMOOTH), tie('t')).map(([f, a]) => B.call(f, a)),
      tie('t').map((a) => B.call('exp', B.call('sin', a))),
      tie('t').map((a) => B.call('log', positive(a))),
      tie('t').map((a) => B.call('sqrt', positive(a))),
    ),
  })).t;
}

export type DeepKind = 'neg' | 'paren' | 'sin' | 'pow' | 'sum' | 'fraction';

/**
 * A tree `n` levels deep, built bottom-up in a loop, with the text that parses to it.
 * Example: deepTree('sin', 3).text is 'sin(sin(sin(x)))'.
 */
export function deepTree(kind: DeepKind, n: number): { tree: Expr; text: string } {
  let tree: Expr = B.sym('x');
  const x = B.sym('x');
  for (let i = 0; i < n; i++) {
    switch (kind) {
      case 'neg':
        tree = B.neg(tree);
        break;
      case 'paren':
        break; // brackets leave no node behind
      case 'sin':
        tree = B.call('sin', tree);
        break;
      case 'pow':
        tree = B.pow(x, tree);
        break;
      case 'sum':
        tree = B.add(x, tree);
        break;
      case 'fraction':
        tree = B.div(ONE, B.add(ONE, tree));
        break;
    }
  }
  const text = {
    neg: () => `${'-'.repeat(n)}x`,
    paren: () => `${'('.repeat(n)}x${')'.repeat(n)}`,
    sin: () => `${'sin('.repeat(n)}x${')'.repeat(n)}`,
    pow: () => `${'x^'.repeat(n)}x`,
    sum: () => `${'x + ('.repeat(n)}x${')'.repeat(n)}`,
    fraction: () => `${'1/(1 + '.repeat(n)}x${')'.repeat(n)}`,
  }[kind]();
  return { tree, text };
}
