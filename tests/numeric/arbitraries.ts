import fc from 'fast-check';
import { add, call, div, frac, mul, neg, num, pow, sub, sym } from '../../src/ast/build.js';
import type { Expr } from '../../src/ast/expr.js';

/**
 * Random expression trees over x and y that are defined and smooth for every real x and y: divisions are by
 * 2 + sin(·) or 1 + (·)², logarithms and square roots of 1 + (·)², and only bounded or slowly growing functions
 * are applied. Trees are at most about five levels deep, so values stay moderate and every point is inside the
 * domain (the numeric oracles can be compared anywhere).
 */
const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.constant(sym('x')),
  fc.constant(sym('y')),
  fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 4 })).map(([p, q]) => frac(p, q)),
);

const one = num(1);
const two = num(2);

/** Random smooth trees at most `maxDepth` levels deep (see above). */
export const smoothExprOfDepth = (maxDepth: number): fc.Arbitrary<Expr> => fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', maxDepth },
    leaf,
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => add(a, b)),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => sub(a, b)),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => mul(a, b)),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => div(a, add(two, call('sin', b)))),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => div(a, add(one, pow(b, two)))),
    tie('e').map((a) => neg(a)),
    tie('e').map((a) => pow(a, two)),
    tie('e').map((a) => pow(a, num(3))),
    tie('e').map((a) => call('sqrt', add(one, pow(a, two)))),
    tie('e').map((a) => call('log', add(one, pow(a, two)))),
    fc.constantFrom('sin', 'cos', 'atan', 'tanh', 'sigmoid', 'erf', 'asinh', 'softplus').chain((f) => tie('e').map((a) => call(f, a))),
    tie('e').map((a) => call('exp', call('tanh', a))),
  ),
})).e;

export const smoothExpr: fc.Arbitrary<Expr> = smoothExprOfDepth(5);

/** A point with both coordinates in [-2, 2]. */
export const point: fc.Arbitrary<[number, number]> = fc.tuple(
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.double({ min: -2, max: 2, noNaN: true }),
);
