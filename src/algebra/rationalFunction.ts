import type { Expr } from '../ast/expr.js';
import { div } from '../ast/build.js';
import * as Q from '../number/rational.js';
import { type Algebra, algebraicFold } from './algebraicFold.js';
import { type AlgebraBudget, DEFAULT_BUDGET, overBudget } from './budget.js';
import { exactDivide } from './divide.js';
import { fromPolynomial } from './fromPolynomial.js';
import { gcdPoly } from './gcd.js';
import {
  atomPoly, constantPoly, constantValue, isZeroPoly, mulPoly, negPoly, type Polynomial, powPoly, productPolys, scalePoly, sumPolys,
} from './polynomial.js';
import { content, polyEquals, polyKey } from './polynomialParts.js';
import { negate } from './textbook.js';

/**
 * Rational functions over Q in the atoms of an expression: a numerator and a nonzero denominator polynomial.
 * Reading an expression this way (`toRationalFunction`) puts sums over common denominators (lcm, not the plain
 * product) and multiplies everything out; `reduceFraction` divides out the gcd, which is the cancellation
 * (x^2 − 1)/(x − 1) → x + 1. As in every CAS, cancelling assumes generic values of the variables: (x − 1)/(x − 1)
 * is 1, although the left side is undefined at x = 1.
 */
export type RationalFunction = { readonly num: Polynomial; readonly den: Polynomial };

const ONE = constantPoly(Q.ONE);

function exact(a: Polynomial, b: Polynomial): Polynomial {
  const q = exactDivide(a, b);
  if (!q) throw new Error('internal: inexact division by a gcd');
  return q;
}

/**
 * Lowest terms: numerator and denominator coprime, the denominator with integer coprime coefficients and a positive
 * leading coefficient (its rational content moved to the numerator). Example: reduceFraction((2x^2 − 2)/(4x − 4)) is (x + 1)/2.
 */
export function reduceFraction(r: RationalFunction): RationalFunction {
  if (isZeroPoly(r.num)) return { num: r.num, den: ONE };
  // A number below (most fractions simplify meets): it is its own content, and the gcd is 1.
  const d = constantValue(r.den);
  if (d) return { num: scalePoly(r.num, Q.inv(d)), den: Q.isOne(d) ? r.den : ONE };
  const g = gcdPoly(r.num, r.den);
  let num = constantValue(g) ? r.num : exact(r.num, g);
  let den = constantValue(g) ? r.den : exact(r.den, g);
  const c = content(den);
  num = scalePoly(num, Q.inv(c));
  den = scalePoly(den, Q.inv(c));
  return { num, den };
}

type Group = { den: Polynomial; nums: Polynomial[] };

/** Up to this many distinct denominators are told apart by comparing them; more go through a map of their text. */
const FEW_GROUPS = 8;

/** The numerators grouped by equal denominators, groups in order of first appearance. */
function groupByDenominator(terms: readonly RationalFunction[]): Group[] {
  const groups: Group[] = [];
  let byKey: Map<string, Group> | undefined;
  for (const t of terms) {
    let g: Group | undefined;
    if (byKey) g = byKey.get(polyKey(t.den));
    else {
      g = groups.find((h) => polyEquals(h.den, t.den));
      if (!g && groups.length === FEW_GROUPS) byKey = new Map(groups.map((h) => [polyKey(h.den), h]));
    }
    if (g) g.nums.push(t.num);
    else {
      groups.push((g = { den: t.den, nums: [t.num] }));
      byKey?.set(polyKey(t.den), g);
    }
  }
  return groups;
}

function addFractions(terms: RationalFunction[], budget: AlgebraBudget): RationalFunction {
  // Group by equal denominators first (one sum per group, so 100,000 terms over 1 stay linear), then bring the
  // groups over their least common multiple.
  const sums = groupByDenominator(terms).map((g) => ({ num: sumPolys(g.nums, budget), den: g.den }));
  return sums.reduce((acc, t) => {
    const da = constantValue(acc.den);
    const dt = constantValue(t.den);
    if (da && dt) return { num: sumPolys([scalePoly(acc.num, Q.inv(da)), scalePoly(t.num, Q.inv(dt))]), den: ONE };
    const g = gcdPoly(acc.den, t.den);
    const accScale = exact(t.den, g);
    const tScale = exact(acc.den, g);
    return { num: sumPolys([mulPoly(acc.num, accScale, budget), mulPoly(t.num, tScale, budget)], budget), den: mulPoly(acc.den, accScale, budget) };
  });
}

/** The algebra for algebraicFold; atoms' arguments are cancelled too. Example: algebraicFold(parse('1/x + 1'), rationalAlgebra()) is (x + 1)/x. */
export function rationalAlgebra(budget: AlgebraBudget = DEFAULT_BUDGET): Algebra<RationalFunction> {
  return {
    number: (r) => ({ num: constantPoly(r), den: ONE }),
    atom: (a) => ({ num: atomPoly(a), den: ONE }),
    add: (ts) => addFractions(ts, budget),
    neg: (a) => ({ num: negPoly(a.num), den: a.den }),
    mul: (fs) => ({ num: productPolys(fs.map((f) => f.num), budget), den: productPolys(fs.map((f) => f.den), budget) }),
    div: (a, b) => (isZeroPoly(b.num) ? undefined : { num: mulPoly(a.num, b.den, budget), den: mulPoly(a.den, b.num, budget) }),
    powInt: (a, n) => {
      if (n < 0 && isZeroPoly(a.num)) return undefined;
      if (Math.abs(n) > budget.maxDegree) {
        return a.num.terms.length > 1 || a.den.terms.length > 1 ? overBudget(`a power ${n} of a sum`, budget.maxDegree) : undefined;
      }
      const [top, bottom] = n >= 0 ? [a.num, a.den] : [a.den, a.num];
      return { num: powPoly(top, Math.abs(n), budget), den: powPoly(bottom, Math.abs(n), budget) };
    },
    integerValue: (a) => {
      const n = constantValue(a.num);
      const d = constantValue(a.den);
      if (!n || !d) return undefined;
      const v = Q.div(n, d);
      return Q.isInteger(v) && Q.abs(v).num <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v.num) : undefined;
    },
    toExpr: (a) => fromRationalFunction(reduceFraction(a)),
  };
}

/** Reads e as one fraction, in lowest terms. Example: toRationalFunction(parse('1/x + 1/y')) is (x + y)/(x y). */
export const toRationalFunction = (e: Expr, budget: AlgebraBudget = DEFAULT_BUDGET): RationalFunction =>
  reduceFraction(algebraicFold(e, rationalAlgebra(budget)));

/**
 * A reduced fraction as a tree: the numerator's rational content p/q is split so that the integer p stays in the
 * numerator polynomial and q joins the denominator, and a negative sign goes in front:
 * `(2x^4 + 8)/x^3`, `(x + 1)/(2x)`, `-(x - 1)/(x + 2)`, `3/sqrt(6x)`. A constant denominator gives a polynomial.
 * Example: fromRationalFunction(toRationalFunction(parse('(x^2-1)/(x-1)'))) is x + 1.
 */
export function fromRationalFunction(r: RationalFunction): Expr {
  const d = constantValue(r.den);
  if (d) return fromPolynomial(scalePoly(r.num, Q.inv(d)));
  const c = content(r.num);
  const top = scalePoly(r.num, Q.ratInt(c.den));
  const bottom = scalePoly(r.den, Q.ratInt(c.den));
  const negative = Q.isNegative(c);
  const magnitude = div(fromPolynomial(negative ? negPoly(top) : top), fromPolynomial(bottom));
  return negative ? negate(magnitude) : magnitude;
}
