import type { Expr } from '../ast/expr.js';
import * as Q from '../number/rational.js';
import type { Rational } from '../number/rational.js';
import { key } from '../ast/equal.js';
import { atomIndexMap, mergeAtoms, unionAtoms } from './atoms.js';
import { type AlgebraBudget, DEFAULT_BUDGET, overBudget } from './budget.js';
import { addCoefficient, mulCoefficient } from './coefficients.js';
import { compareMonomials, exponent as exponentOf, forEachExponent, mapExponents, type Monomial, monomialKey, multiplyMonomials, reindex } from './monomial.js';

/**
 * Sparse multivariate polynomials over Q. A polynomial is a sorted list of atoms (its variables: symbols or opaque
 * subtrees such as sin(x), see atoms.ts) and its nonzero terms, each a sparse monomial over those atoms and an exact
 * rational coefficient, sorted graded-lexicographically (monomial.ts), highest first.
 *
 * Invariants kept by every function here: atoms sorted and distinct, every atom used by some term (unused ones are
 * pruned), no zero coefficients, terms sorted. So two equal polynomials have identical terms. Exponents are
 * integers; they are non-negative in polynomials, and `expand` also uses negative ones (Laurent terms such as 1/x).
 */
export type Term = { readonly exps: Monomial; readonly coef: Rational };
export type Polynomial = { readonly vars: readonly Expr[]; readonly terms: readonly Term[] };

/** The zero polynomial: no terms. Example: isZeroPoly(ZERO_POLY) is true. */
export const ZERO_POLY: Polynomial = { vars: [], terms: [] };

/** The constant polynomial c. Example: constantPoly(rat(3n)) is 3. */
export const constantPoly = (c: Rational): Polynomial => (Q.isZero(c) ? ZERO_POLY : { vars: [], terms: [{ exps: [], coef: c }] });

/** The polynomial atom^n (n may be negative in Laurent contexts). Example: atomPoly(x) is x; atomPoly(x, 2) is x^2. */
export const atomPoly = (atom: Expr, n = 1): Polynomial => (n === 0 ? constantPoly(Q.ONE) : { vars: [atom], terms: [{ exps: [0, n], coef: Q.ONE }] });

/** True for the zero polynomial. Example: isZeroPoly(subPoly(x, x)) is true. */
export const isZeroPoly = (p: Polynomial): boolean => p.terms.length === 0;

/** The value of a constant polynomial, else undefined. Example: constantValue(3) is 3; constantValue(x) is undefined. */
export function constantValue(p: Polynomial): Rational | undefined {
  if (p.terms.length === 0) return Q.ZERO;
  return p.vars.length === 0 ? p.terms[0]!.coef : undefined;
}

/** Rewrites p's monomials over a superset of its atoms. Example: over (x, y), y is [1, 1]. */
export function liftTo(p: Polynomial, vars: readonly Expr[]): Term[] {
  if (p.vars === vars || p.vars.length === vars.length) return p.terms.slice();
  const index = atomIndexMap(vars);
  const where = p.vars.map((v) => index.get(key(v))!);
  return p.terms.map((t) => ({ exps: reindex(t.exps, where), coef: t.coef }));
}

/**
 * Builds a polynomial from terms over `vars` in any order, possibly with repeated monomials and zero coefficients:
 * merges, drops zeros, prunes unused atoms and sorts. Operations that can grow a polynomial pass a budget, which
 * limits the number of terms (sums are never refused: they are no bigger than their input).
 * Example: normalise([x], [2x, -2x]) is 0.
 */
export function normalise(vars: readonly Expr[], terms: readonly Term[], budget?: AlgebraBudget): Polynomial {
  const merged = new Map<string, { exps: Monomial; coef: Rational }>();
  for (const t of terms) {
    const k = monomialKey(t.exps);
    const old = merged.get(k);
    merged.set(k, old ? { exps: old.exps, coef: addCoefficient(old.coef, t.coef) } : t);
  }
  const kept = merged.size === terms.length ? terms.filter((t) => !Q.isZero(t.coef)) : [...merged.values()].filter((t) => !Q.isZero(t.coef));
  if (budget && kept.length > budget.maxTerms) overBudget(`a result with ${kept.length} terms`, budget.maxTerms);
  const used = new Array<boolean>(vars.length).fill(false);
  for (const t of kept) forEachExponent(t.exps, (i) => (used[i] = true));
  let finalVars = vars;
  let finalTerms = kept.slice();
  if (!used.every(Boolean)) {
    const where: number[] = [];
    let next = 0;
    for (let i = 0; i < vars.length; i++) where.push(used[i] ? next++ : -1);
    finalVars = vars.filter((_, i) => used[i]);
    finalTerms = kept.map((t) => ({ exps: reindex(t.exps, where), coef: t.coef }));
  }
  finalTerms.sort((a, b) => compareMonomials(b.exps, a.exps));
  return { vars: finalVars, terms: finalTerms };
}

/** a + b. Example: addPoly(x + 1, x - 1) is 2x. */
export function addPoly(a: Polynomial, b: Polynomial): Polynomial {
  if (isZeroPoly(a)) return b;
  if (isZeroPoly(b)) return a;
  const vars = mergeAtoms(a.vars, b.vars);
  return normalise(vars, [...liftTo(a, vars), ...liftTo(b, vars)]);
}

/** The sum of many polynomials in one pass (n-ary sums stay linear). Example: sumPolys([x, x, 1]) is 2x + 1. */
export function sumPolys(ps: readonly Polynomial[], budget: AlgebraBudget = DEFAULT_BUDGET): Polynomial {
  const nonzero = ps.filter((p) => !isZeroPoly(p));
  if (nonzero.length <= 1) return nonzero[0] ?? ZERO_POLY;
  const vars = unionAtoms(nonzero.map((p) => p.vars));
  return normalise(vars, nonzero.flatMap((p) => liftTo(p, vars)));
}

/** c·p. Example: scalePoly(x + 1, 2) is 2x + 2. */
export function scalePoly(p: Polynomial, c: Rational): Polynomial {
  if (Q.isZero(c)) return ZERO_POLY;
  if (Q.isOne(c)) return p;
  return { vars: p.vars, terms: p.terms.map((t) => ({ exps: t.exps, coef: mulCoefficient(t.coef, c) })) };
}

/** -p. Example: negPoly(x - 1) is -x + 1. */
export const negPoly = (p: Polynomial): Polynomial => scalePoly(p, Q.MINUS_ONE);

/** a - b. Example: subPoly(x, x) is 0. */
export const subPoly = (a: Polynomial, b: Polynomial): Polynomial => addPoly(a, negPoly(b));

/** a·b, within the budget. Example: mulPoly(x + 1, x - 1) is x^2 - 1. */
export function mulPoly(a: Polynomial, b: Polynomial, budget: AlgebraBudget = DEFAULT_BUDGET): Polynomial {
  if (isZeroPoly(a) || isZeroPoly(b)) return ZERO_POLY;
  const ca = constantValue(a);
  if (ca) return scalePoly(b, ca);
  const cb = constantValue(b);
  if (cb) return scalePoly(a, cb);
  const work = a.terms.length * b.terms.length;
  if (work > budget.maxWork) overBudget(`a product of ${a.terms.length} by ${b.terms.length} terms`, budget.maxWork);
  const vars = mergeAtoms(a.vars, b.vars);
  const ta = liftTo(a, vars);
  const tb = liftTo(b, vars);
  if (ta.length === 1 || tb.length === 1) {
    // Times one term: graded-lex order is kept by multiplication and no terms merge, so no sorting is needed.
    const [one, many] = ta.length === 1 ? [ta[0]!, tb] : [tb[0]!, ta];
    const terms = many.map((t) => ({ exps: multiplyMonomials(t.exps, one.exps), coef: mulCoefficient(t.coef, one.coef) }));
    return normalise(vars, terms, budget);
  }
  const out: Term[] = [];
  for (const s of ta) for (const t of tb) out.push({ exps: multiplyMonomials(s.exps, t.exps), coef: mulCoefficient(s.coef, t.coef) });
  return normalise(vars, out, budget);
}

/**
 * The product of many polynomials. Single terms are multiplied together first in one pass (a product of 100,000
 * different atoms stays linear), then the sums one by one. Example: productPolys([x, x + 1]) is x^2 + x.
 */
export function productPolys(ps: readonly Polynomial[], budget: AlgebraBudget = DEFAULT_BUDGET): Polynomial {
  if (ps.some(isZeroPoly)) return ZERO_POLY;
  const monomials = ps.filter((p) => p.terms.length === 1);
  const sums = ps.filter((p) => p.terms.length > 1);
  const vars = unionAtoms(monomials.map((p) => p.vars));
  const index = atomIndexMap(vars);
  const exps = new Map<number, number>();
  let coef = Q.ONE;
  for (const p of monomials) {
    const t = p.terms[0]!;
    coef = mulCoefficient(coef, t.coef);
    forEachExponent(t.exps, (i, e) => {
      const j = index.get(key(p.vars[i]!))!;
      exps.set(j, (exps.get(j) ?? 0) + e);
    });
  }
  const pairs = [...exps].filter(([, e]) => e !== 0).sort((a, b) => a[0] - b[0]).flat();
  const product = normalise(vars, [{ exps: pairs, coef }]);
  return sums.reduce((acc, p) => mulPoly(acc, p, budget), product);
}

/** Binomial coefficient as a float, for size estimates only. */
function binomialEstimate(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/**
 * p^n for an integer n ≥ 0 (n < 0 only for a single term, as in Laurent expansion), refusing before it starts when
 * the result cannot fit the budget. Example: powPoly(x + 1, 2) is x^2 + 2x + 1; powPoly(x + y + z, 10^6) throws.
 */
export function powPoly(p: Polynomial, n: number, budget: AlgebraBudget = DEFAULT_BUDGET): Polynomial {
  if (!Number.isSafeInteger(n)) throw new RangeError(`exponent ${n} is not an integer`);
  if (n === 0) return constantPoly(Q.ONE);
  if (n === 1) return p;
  if (p.terms.length === 1) {
    const t = p.terms[0]!;
    const coef = Q.powInt(t.coef, BigInt(n));
    return { vars: p.vars, terms: [{ exps: mapExponents(t.exps, (_, e) => e * n), coef }] };
  }
  if (n < 0) throw new RangeError('a negative power of a sum is not a polynomial');
  // Upper bound on the number of terms: multinomial count, and the box of possible exponent vectors.
  const t = p.terms.length;
  const multinomial = binomialEstimate(n + t - 1, t - 1);
  const low = new Array<number>(p.vars.length).fill(0);
  const high = new Array<number>(p.vars.length).fill(0);
  const present = new Array<number>(p.vars.length).fill(0);
  for (const term of p.terms) {
    forEachExponent(term.exps, (i, e) => {
      low[i] = Math.min(low[i]!, e);
      high[i] = Math.max(high[i]!, e);
      present[i]!++;
    });
  }
  // A variable missing from some term has exponent 0 there, which the 0 start values of low/high account for.
  let box = 1;
  for (let i = 0; i < p.vars.length; i++) {
    if (present[i] === p.terms.length) {
      const es = p.terms.map((term) => exponentOf(term.exps, i));
      low[i] = Math.min(...es);
      high[i] = Math.max(...es);
    }
    box *= n * (high[i]! - low[i]!) + 1;
  }
  const bound = Math.min(multinomial, box);
  if (bound > budget.maxTerms) overBudget(`a power with up to ${Math.round(bound)} terms`, budget.maxTerms);
  let result = p;
  for (let i = 1; i < n; i++) result = mulPoly(result, p, budget);
  return result;
}
