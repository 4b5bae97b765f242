import fc from 'fast-check';
import type { Expr } from '../../src/ast/expr.js';
import { add, call, div, mul, neg, num, pow, sub, sym } from '../../src/ast/build.js';

/** Functions smooth on the whole real line, so random trees are differentiable wherever they are finite. */
const SMOOTH = ['sin', 'cos', 'atan', 'tanh', 'sigmoid', 'softplus', 'erf', 'sinh', 'asinh'] as const;

/**
 * Random differentiable trees in x and y: sums, differences, products, quotients by 1 + u^2, small integer and
 * fractional powers of positive bases, smooth functions, exp and log of safe arguments, general powers (1 + u^2)^v.
 */
export const differentiableTree = (maxDepth = 4): fc.Arbitrary<Expr> =>
  fc.letrec<{ tree: Expr }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      fc.constantFrom<Expr>(sym('x'), sym('x'), sym('y'), num(2), num(-3), sym('pi')),
      fc.tuple(tie('tree'), tie('tree')).map(([a, b]) => add(a, b)),
      fc.tuple(tie('tree'), tie('tree')).map(([a, b]) => sub(a, b)),
      fc.tuple(tie('tree'), tie('tree')).map(([a, b]) => mul(a, b)),
      fc.tuple(tie('tree'), tie('tree'), tie('tree')).map(([a, b, c]) => mul(a, b, c)),
      fc.tuple(tie('tree'), tie('tree')).map(([a, b]) => div(a, add(num(1), pow(b, num(2))))),
      tie('tree').map((a) => neg(a)),
      fc.tuple(tie('tree'), fc.integer({ min: -2, max: 4 })).map(([a, n]) => (n < 0 ? pow(add(num(2), pow(a, num(2))), num(n)) : pow(a, num(n)))),
      tie('tree').map((a) => pow(add(num(1), pow(a, num(2))), div(num(1), num(2)))),
      fc.tuple(fc.constantFrom(...SMOOTH), tie('tree')).map(([f, a]) => call(f, a)),
      tie('tree').map((a) => call('exp', call('sin', a))),
      tie('tree').map((a) => call('ln', add(num(1), pow(a, num(2))))),
      tie('tree').map((a) => call('sqrt', add(num(1), pow(a, num(2))))),
      fc.tuple(tie('tree'), tie('tree')).map(([a, b]) => pow(add(num(1), pow(a, num(2))), call('sin', b))),
    ),
  })).tree;
