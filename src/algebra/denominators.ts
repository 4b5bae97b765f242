import type { Expr } from '../ast/expr.js';
import * as Q from '../number/rational.js';
import { type AlgebraBudget, DEFAULT_BUDGET } from './budget.js';
import { fromPolynomial } from './fromPolynomial.js';
import {
  atomPoly, mulPoly, normalise, type Polynomial, powPoly, productPolys, scalePoly, sumPolys, type Term,
} from './polynomial.js';
import { content, primitivePart } from './polynomialParts.js';
import { forEachExponent, mapExponents } from './monomial.js';

/**
 * Denominators in expanded (Laurent) form. The reciprocal of a sum is an atom: the sum, expanded and made primitive
 * (integer coprime coefficients, positive leading coefficient; the content goes to the coefficient), with exponent
 * −1. For `expand` to be idempotent every term keeps at most one such atom: 1/((x + y)(x + 2y)) and
 * 1/(x(x + 1)) are written with one expanded denominator, 1/(x^2 + 3x y + 2y^2) and 1/(x^2 + x), which is also
 * what reading that output back gives. Terms whose denominators are only monomials stay distributed: 1 + 1/x.
 */
const polynomialOfAtom = new WeakMap<Expr, Polynomial>();

/** The Laurent polynomial 1/p for a nonzero p. Example: reciprocal(2x + 2) is (1/2)·(x + 1)^-1; reciprocal(2x) is x^-1/2. */
export function reciprocal(p: Polynomial, budget: AlgebraBudget = DEFAULT_BUDGET): Polynomial {
  // The atom's own text must already be in combined form, or reading the output back would give another atom.
  p = combineDenominators(p, budget);
  if (p.terms.length === 1) return powPoly(p, -1, budget);
  const c = content(p);
  const base = primitivePart(p);
  const atom = fromPolynomial(base);
  polynomialOfAtom.set(atom, base);
  return scalePoly(atomPoly(atom, -1), Q.inv(c));
}

const isSumAtom = (a: Expr): boolean => a.kind === 'add' || a.kind === 'sub';

/**
 * Rewrites the terms so that each has at most one sum in its denominator, holding its whole denominator, and no sum
 * in its numerator (a reciprocal atom can come back with a positive power when a quotient is divided again; it is
 * multiplied out). Example: x·(x+1)^-1·(x+2)^-1 → x·(x^2 + 3x + 2)^-1; x·(2y − 1)^1 → 2x y − x.
 */
export function combineDenominators(p: Polynomial, budget: AlgebraBudget = DEFAULT_BUDGET): Polynomial {
  // Multiplying out a sum from the numerator can bring new denominators (x/sin(x) + y/sin(x)), so repeat; every
  // round removes the sums it multiplies out, and four rounds are plenty in practice (the guard is only a budget).
  for (let round = 0; round < 16; round++) {
    const next = combineOnce(p, budget);
    if (next === p) return p;
    p = next;
  }
  return p;
}

function combineOnce(p: Polynomial, budget: AlgebraBudget): Polynomial {
  // Only terms with a sum atom (a reciprocal made above) can need rewriting.
  if (!p.vars.some(isSumAtom)) return p;
  const sum = (i: number) => isSumAtom(p.vars[i]!);
  const needs = (t: Term) => {
    let negatives = 0;
    let sumDown = false;
    let sumDownTwice = false;
    let sumUp = false;
    forEachExponent(t.exps, (i, e) => {
      if (e < 0) negatives++;
      if (e < 0 && sum(i)) (sumDownTwice = sumDown || e < -1), (sumDown = true);
      if (e > 0 && sum(i)) sumUp = true;
    });
    return sumUp || (sumDown && (negatives > 1 || sumDownTwice));
  };
  if (!p.terms.some(needs)) return p;
  const parts: Polynomial[] = p.terms.map((t) => {
    if (!needs(t)) return normalise(p.vars, [t]);
    const keep: Term = { exps: mapExponents(t.exps, (i, e) => (e > 0 && !sum(i) ? e : 0)), coef: t.coef };
    const ups: Polynomial[] = [];
    const downs: Polynomial[] = [];
    forEachExponent(t.exps, (i, e) => {
      if (e > 0 && sum(i)) ups.push(powPoly(asPolynomial(p.vars[i]!), e, budget));
      if (e < 0) downs.push(powPoly(asPolynomial(p.vars[i]!), -e, budget));
    });
    const top = mulPoly(normalise(p.vars, [keep]), productPolys(ups, budget), budget);
    const down = productPolys(downs, budget);
    return down.terms.length === 1 && down.vars.length === 0 ? top : mulPoly(top, reciprocal(down, budget), budget);
  });
  return sumPolys(parts, budget);
}

/** The polynomial an atom stands for: a sum atom made by reciprocal, else the atom itself. */
function asPolynomial(a: Expr): Polynomial {
  return polynomialOfAtom.get(a) ?? atomPoly(a);
}
