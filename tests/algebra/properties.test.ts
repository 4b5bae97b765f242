import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apart } from '../../src/algebra/apart.js';
import { cancel } from '../../src/algebra/cancel.js';
import { expand } from '../../src/algebra/expand.js';
import { factor } from '../../src/algebra/factor.js';
import { equals } from '../../src/ast/equal.js';
import { format } from '../../src/ast/print.js';
import type { Expr } from '../../src/ast/expr.js';
import { add, mul, num, pow, sym } from '../../src/ast/build.js';
import { divideIn } from '../../src/algebra/divide.js';
import { exactDivide } from '../../src/algebra/divide.js';
import { factorPolynomial } from '../../src/algebra/factorPolynomial.js';
import { forEachExponent } from '../../src/algebra/monomial.js';
import { gcdPoly } from '../../src/algebra/gcd.js';
import { addPoly, isZeroPoly, mulPoly, powPoly } from '../../src/algebra/polynomial.js';
import { degreeIn, polyEquals } from '../../src/algebra/polynomialParts.js';
import { toPolynomial } from '../../src/algebra/toPolynomial.js';
import { constantPoly } from '../../src/algebra/polynomial.js';
import { denominatorFactor, point, polynomialTree, randomPolynomial } from './arbitraries.js';
import { agreeAt } from './evaluate.js';

const XY = ['x', 'y'];
const RUNS = { numRuns: 150 };

/** The numeric checker: f(e) must equal e wherever both are defined. */
const keepsValue = (f: (e: Expr) => Expr, tree: fc.Arbitrary<Expr>, vars: readonly string[]) =>
  fc.property(tree, fc.array(point(vars), { minLength: 3, maxLength: 3 }), (e, points) => {
    const out = f(e);
    for (const p of points) {
      if (agreeAt(e, out, p) === false) throw new Error(`${format(e)} → ${format(out)} differs at ${JSON.stringify(p)}`);
    }
  });

describe('results keep the value at random points', () => {
  it('expand', () => fc.assert(keepsValue(expand, polynomialTree(XY, { atoms: true, division: true }), XY), RUNS));
  it('cancel', () => fc.assert(keepsValue(cancel, polynomialTree(XY, { atoms: true, division: true }), XY), RUNS));
  it('factor (one variable)', () => fc.assert(keepsValue(factor, polynomialTree(['x'], { division: true }), ['x']), RUNS));
  it('factor (two variables)', () => fc.assert(keepsValue(factor, polynomialTree(XY, { maxDepth: 3 }), XY), RUNS));
  it('apart', () => {
    const rational = fc.tuple(randomPolynomial(5), fc.array(fc.tuple(denominatorFactor, fc.integer({ min: 1, max: 2 })), { minLength: 1, maxLength: 3 }))
      .map(([n, ds]) => mul(n, pow(mul(...ds.map(([d, k]) => pow(d, num(k))), num(1)), num(-1))));
    fc.assert(keepsValue((e) => apart(e, 'x'), rational, ['x']), RUNS);
    // And exactly: putting the partial fractions back together gives the input in lowest terms.
    fc.assert(
      fc.property(rational, (e) => {
        expect(format(cancel(apart(e, 'x')))).toBe(format(cancel(e)));
      }),
      RUNS,
    );
  });
});

describe('canonical forms', () => {
  const factorsArb = fc.array(fc.oneof(denominatorFactor, randomPolynomial(2), fc.constant(add(sym('x'), sym('y')))), { minLength: 1, maxLength: 4 });
  it('two forms of the same polynomial expand to the identical tree', () => {
    fc.assert(
      fc.property(factorsArb, fc.array(fc.nat(), { minLength: 30, maxLength: 30 }), (factors, order) => {
        const product = factors.length === 1 ? factors[0]! : mul(...factors);
        const expanded = expand(product);
        // Rebuild the expanded polynomial with its terms shuffled and each term's factors reversed.
        const p = toPolynomial(product)!;
        const terms = p.terms.map((t, i) => ({ t, k: order[i % order.length]! + i / 100 })).sort((a, b) => a.k - b.k).map(({ t }) => {
          const fs: Expr[] = [num(t.coef)];
          forEachExponent(t.exps, (j, e) => fs.push(pow(p.vars[j]!, num(e))));
          return fs.length === 1 ? fs[0]! : mul(...fs.reverse());
        });
        const shuffled = terms.length === 0 ? num(0) : terms.length === 1 ? terms[0]! : add(...terms);
        expect(equals(expand(shuffled), expanded)).toBe(true);
        expect(equals(expand(factor(product)), expanded)).toBe(true);
      }),
      RUNS,
    );
  });
  it('expand, cancel and factor are idempotent', () => {
    fc.assert(
      fc.property(polynomialTree(XY, { atoms: true, division: true, maxDepth: 3 }), (e) => {
        for (const f of [expand, cancel]) {
          const once = f(e);
          expect(format(f(once))).toBe(format(once));
        }
      }),
      RUNS,
    );
    fc.assert(
      fc.property(polynomialTree(['x'], { maxDepth: 3 }), (e) => {
        const once = factor(e);
        expect(format(factor(once))).toBe(format(once));
      }),
      RUNS,
    );
  });
});

describe('exact polynomial identities', () => {
  const poly = (vars: readonly string[]) => polynomialTree(vars, { maxDepth: 3 }).map((e) => toPolynomial(e)!);
  it('factorPolynomial: constant · ∏ factors^k is the input', () => {
    fc.assert(
      fc.property(poly(XY), (p) => {
        const f = factorPolynomial(p);
        const product = f.factors.reduce((acc, g) => mulPoly(acc, powPoly(g.base, g.multiplicity)), constantPoly(f.constant));
        expect(polyEquals(product, p)).toBe(true);
      }),
      RUNS,
    );
  });
  it('gcd divides both, and a common factor divides the gcd', () => {
    fc.assert(
      fc.property(poly(XY), poly(XY), poly(XY), (a, b, c) => {
        const ac = mulPoly(a, c);
        const bc = mulPoly(b, c);
        const g = gcdPoly(ac, bc);
        if (isZeroPoly(g)) return;
        expect(exactDivide(ac, g)).toBeDefined();
        expect(exactDivide(bc, g)).toBeDefined();
        if (!isZeroPoly(c) && !isZeroPoly(ac) && !isZeroPoly(bc)) expect(exactDivide(g, c)).toBeDefined();
      }),
      { numRuns: 80 },
    );
  });
  it('division: a = q·b + r with deg r < deg b', () => {
    const x = sym('x');
    fc.assert(
      fc.property(poly(['x', 'y']), poly(['x']), (a, b) => {
        if (isZeroPoly(b)) return;
        const { quotient, remainder } = divideIn(a, b, x);
        expect(polyEquals(addPoly(mulPoly(quotient, b), remainder), a)).toBe(true);
        if (!isZeroPoly(remainder)) expect(degreeIn(remainder, x)).toBeLessThan(Math.max(degreeIn(b, x), 1));
      }),
      RUNS,
    );
  });
});

describe('the checker can fail', () => {
  it('catches the freshman’s dream (a + b)^2 → a^2 + b^2', () => {
    const dream = (e: Expr): Expr =>
      e.kind === 'pow' && e.base.kind === 'add' ? add(...e.base.args.map((t) => pow(t, e.exp))) : expand(e);
    const squares = fc.tuple(polynomialTree(['x'], { maxDepth: 2 }), polynomialTree(['x'], { maxDepth: 2 })).map(([a, b]) => pow(add(a, b), num(2)));
    let failure: unknown;
    try {
      fc.assert(keepsValue(dream, squares, ['x']), RUNS);
    } catch (err) {
      failure = err;
    }
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).cause ?? failure)).toMatch(/differs at/);
  });
  it('catches a two-form comparison that ignores a coefficient', () => {
    expect(equals(expand('(x + 1)^2'), expand('x^2 + x + 1'))).toBe(false);
  });
});
