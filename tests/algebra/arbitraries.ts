import fc from 'fast-check';
import type { Expr } from '../../src/ast/expr.js';
import { add, call, div, frac, mul, neg, num, pow, sub, sym } from '../../src/ast/build.js';

/** Random trees for the algebra properties: small integer and rational leaves, x and y, sin(x), + − × and small powers. */
export function polynomialTree(vars: readonly string[], opts: { division?: boolean; atoms?: boolean; maxDepth?: number } = {}): fc.Arbitrary<Expr> {
  const leaf: fc.Arbitrary<Expr> = fc.oneof(
    fc.integer({ min: -5, max: 5 }).map((n) => num(n)),
    fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 2, max: 4 })).map(([p, q]) => frac(p, q)),
    ...vars.map((v) => fc.constant(sym(v))),
    ...(opts.atoms ? [fc.constant(call('sin', sym(vars[0]!)))] : []),
  );
  const { tree } = fc.letrec<{ tree: Expr }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', maxDepth: opts.maxDepth ?? 4 },
      leaf,
      fc.tuple(tie('tree'), tie('tree')).map(([a, b]) => add(a, b)),
      fc.tuple(tie('tree'), tie('tree')).map(([a, b]) => sub(a, b)),
      fc.tuple(tie('tree'), tie('tree')).map(([a, b]) => mul(a, b)),
      tie('tree').map((a) => neg(a)),
      fc.tuple(tie('tree'), fc.integer({ min: 0, max: 3 })).map(([a, n]) => pow(a, num(n))),
      ...(opts.division ? [fc.tuple(tie('tree'), tie('tree')).map(([a, b]) => div(a, b))] : []),
    ),
  }));
  return tree;
}

/** A random point, away from small integers so that denominators built from integer roots are not hit exactly. */
export const point = (vars: readonly string[]): fc.Arbitrary<Record<string, number>> =>
  fc.tuple(...vars.map(() => fc.double({ min: -2.9, max: 2.9, noNaN: true }))).map((xs) =>
    Object.fromEntries(vars.map((v, i) => [v, xs[i]! + 0.0123])),
  );

/** A linear factor a x + b (a ≠ 0) or a quadratic x^2 + b x + c without real roots, as a tree. */
export const denominatorFactor: fc.Arbitrary<Expr> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: -4, max: 4 })).map(([a, b]) => add(mul(num(a), sym('x')), num(b))),
  fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 1, max: 5 }))
    .filter(([b, c]) => b * b < 4 * c)
    .map(([b, c]) => add(pow(sym('x'), num(2)), mul(num(b), sym('x')), num(c))),
);

/** A polynomial in x with small integer coefficients, degree ≤ maxDegree, as a tree in no particular form. */
export const randomPolynomial = (maxDegree: number): fc.Arbitrary<Expr> =>
  fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 1, maxLength: maxDegree + 1 }).map((cs) =>
    cs.length === 1 ? num(cs[0]!) : add(...cs.map((c, k) => mul(num(c), pow(sym('x'), num(k))))),
  );
