/**
 * Random trees for the simplifier's properties.
 *  - `domainSafe(vars)`: trees whose value is defined and finite for every value of the variables in [0.5, 1.5]
 *    (quotients by 1 + u² or by a positive variable, logs and roots of 1 + u², small whole powers, bounded functions).
 *  - `polynomial(vars)`: sums, differences and products of variables and small integers, whole powers up to 3.
 *  - `wild()`: anything, including 0^-1, log(0), 2^(10^9) and deep nesting, for "ends within its budget".
 */
import fc from 'fast-check';
import type { Expr } from '../../src/ast/expr.js';
import * as B from '../../src/ast/build.js';
import { rat } from '../../src/number/rational.js';

const pair = <T>(a: fc.Arbitrary<T>) => fc.tuple(a, a);
const onePlusSquare = (u: Expr): Expr => B.add(B.num(1), B.pow(u, B.num(2)));
const SMOOTH = ['sin', 'cos', 'atan', 'tanh', 'sigmoid', 'exp', 'cosh', 'sinh'] as const;

/** Defined and finite for variables in [0.5, 1.5]. Example: fc.sample(domainSafe(['x', 'y']), 3). */
export function domainSafe(vars: readonly string[], maxDepth = 5): fc.Arbitrary<Expr> {
  const leaf = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...vars).map(B.sym) },
    { weight: 3, arbitrary: fc.integer({ min: -6, max: 6 }).map((n) => B.num(n)) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 1, max: 6 })).map(([p, q]) => B.num(rat(BigInt(p), BigInt(q)))) },
    { weight: 1, arbitrary: fc.constantFrom('pi', 'e').map(B.sym) },
  );
  return fc.letrec<{ t: Expr }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      leaf,
      tie('t').map(B.neg),
      fc.array(tie('t'), { minLength: 2, maxLength: 3 }).map((a) => B.add(...a)),
      pair(tie('t')).map(([a, b]) => B.sub(a, b)),
      fc.array(tie('t'), { minLength: 2, maxLength: 3 }).map((a) => B.mul(...a)),
      pair(tie('t')).map(([a, b]) => B.div(a, onePlusSquare(b))),
      fc.tuple(tie('t'), fc.constantFrom(...vars)).map(([a, v]) => B.div(a, B.sym(v))),
      fc.tuple(tie('t'), fc.integer({ min: -2, max: 3 }), fc.constantFrom(...vars)).map(([a, n, v]) => (n < 0 ? B.pow(B.sym(v), B.num(n)) : B.pow(a, B.num(n)))),
      fc.tuple(fc.constantFrom(...SMOOTH), tie('t')).map(([f, a]) => B.call(f, f === 'exp' || f === 'cosh' || f === 'sinh' ? B.call('sin', a) : a)),
      tie('t').map((a) => B.call('log', onePlusSquare(a))),
      tie('t').map((a) => B.call('sqrt', onePlusSquare(a))),
      fc.constantFrom(...vars).map((v) => B.call('sqrt', B.sym(v))),
      tie('t').map((a) => B.call('abs', a)),
      tie('t').map((a) => B.add(B.pow(B.call('sin', a), B.num(2)), B.pow(B.call('cos', a), B.num(2)))),
    ),
  })).t;
}

/** Polynomials over Q in `vars`, written any way. Example: fc.sample(polynomial(['x']), 3). */
export function polynomial(vars: readonly string[], maxDepth = 4): fc.Arbitrary<Expr> {
  const leaf = fc.oneof(fc.constantFrom(...vars).map(B.sym), fc.integer({ min: -4, max: 4 }).map((n) => B.num(n)));
  return fc.letrec<{ t: Expr }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      leaf,
      tie('t').map(B.neg),
      pair(tie('t')).map(([a, b]) => B.add(a, b)),
      pair(tie('t')).map(([a, b]) => B.sub(a, b)),
      pair(tie('t')).map(([a, b]) => B.mul(a, b)),
      fc.tuple(tie('t'), fc.integer({ min: 2, max: 3 })).map(([a, n]) => B.pow(a, B.num(n))),
    ),
  })).t;
}

const WILD_FUNCTIONS = ['sin', 'cos', 'tan', 'exp', 'log', 'ln', 'sqrt', 'abs', 'sigmoid', 'tanh', 'cbrt', 'sinh', 'cosh'] as const;

/** Anything at all: zero denominators, huge powers, logs of zero, oo. Example: fc.sample(wild(), 3). */
export function wild(maxDepth = 6): fc.Arbitrary<Expr> {
  const leaf = fc.oneof(
    fc.constantFrom('x', 'y', 'pi', 'e', 'oo').map(B.sym),
    fc.bigInt({ min: -12n, max: 12n }).map((n) => B.num(n)),
    fc.constantFrom(10n ** 9n, 2n ** 64n, 0n).map((n) => B.num(n)),
    fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 1, max: 9 })).map(([p, q]) => B.num(rat(BigInt(p), BigInt(q)))),
  );
  return fc.letrec<{ t: Expr }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      leaf,
      tie('t').map(B.neg),
      fc.array(tie('t'), { minLength: 2, maxLength: 4 }).map((a) => B.add(...a)),
      pair(tie('t')).map(([a, b]) => B.sub(a, b)),
      fc.array(tie('t'), { minLength: 2, maxLength: 4 }).map((a) => B.mul(...a)),
      pair(tie('t')).map(([a, b]) => B.div(a, b)),
      pair(tie('t')).map(([a, b]) => B.pow(a, b)),
      fc.tuple(fc.constantFrom(...WILD_FUNCTIONS), tie('t')).map(([f, a]) => B.call(f, a)),
      pair(tie('t')).map(([a, b]) => B.call('log', a, b)),
    ),
  })).t;
}
