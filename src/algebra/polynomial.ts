import type { Expr } from '../ast/expr.js';
import * as Q from '../number/rational.js';
import type { Rational } from '../number/rational.js';
import { key } from '../ast/equal.js';
import { atomIndexMap, mergeAtoms, unionAtoms } from './atoms.js';
import { type AlgebraBudget, DEFAULT_BUDGET, overBudget } from './budget.js';
import { addCoefficient, mulCoefficient } from './coefficients.js';
import { compareMonomials, exponent as exponentOf, forEachExponent, mapExponents, type Monomial, multiplyMonomials, reindex, sameMonomial } from './monomial.js';

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

/** Where each atom of `sub`, a sorted sub-list of the sorted list `vars`, sits in `vars`. Example: (y) in (x, y) is [1]. */
function positionsIn(sub: readonly Expr[], vars: readonly Expr[]): number[] {
  const where: number[] = [];
  if (vars.length > 16) {
    // A long list: walking it for every small polynomial lifted to it would be quadratic.
    const index = atomIndexMap(vars);
    for (const v of sub) where.push(index.get(key(v))!);
    return where;
  }
  let j = 0;
  for (const a of sub) {
    if (vars[j] !== a) {
      // Usually the very atom object; else the next one with its key.
      const k = key(a);
      while (j < vars.length && vars[j] !== a && key(vars[j]!) !== k) j++;
    }
    if (j === vars.length) throw new Error('internal: lifting to atoms that do not include the polynomial\'s');
    where.push(j++);
  }
  return where;
}

/** Appends p's terms rewritten over `vars`, a superset of its atoms (see liftTo). */
function pushLifted(out: Term[], p: Polynomial, vars: readonly Expr[]): void {
  if (p.vars === vars || p.vars.length === vars.length) {
    for (const t of p.terms) out.push(t);
    return;
  }
  const where = positionsIn(p.vars, vars);
  for (const t of p.terms) out.push({ exps: reindex(t.exps, where), coef: t.coef });
}

/** Rewrites p's monomials over a superset of its atoms. Example: over (x, y), y is [1, 1]. */
export function liftTo(p: Polynomial, vars: readonly Expr[]): Term[] {
  const out: Term[] = [];
  pushLifted(out, p, vars);
  return out;
}

/** liftTo for reading only: p's own terms when they need no renumbering. */
const termsOver = (p: Polynomial, vars: readonly Expr[]): readonly Term[] =>
  p.vars === vars || p.vars.length === vars.length ? p.terms : liftTo(p, vars);

const descending = (a: Term, b: Term): number => compareMonomials(b.exps, a.exps);

/**
 * The terms in descending order, like monomials merged (the first one's exponent array kept) and zero coefficients
 * dropped. Sorting and merging neighbours costs less than a map keyed by monomial text, and input that is already
 * in order (products by one term, filtered or scaled polynomials) is only checked, not sorted. Always a new array.
 */
function mergeLikeTerms(terms: readonly Term[]): Term[] {
  let sorted = terms;
  for (let i = 1; i < terms.length; i++) {
    if (compareMonomials(terms[i - 1]!.exps, terms[i]!.exps) <= 0) {
      sorted = terms.slice().sort(descending); // stable: equal monomials keep their input order
      break;
    }
  }
  const out: Term[] = [];
  for (let i = 0; i < sorted.length; ) {
    const t = sorted[i]!;
    let coef = t.coef;
    let j = i + 1;
    for (; j < sorted.length && sameMonomial(t.exps, sorted[j]!.exps); j++) coef = addCoefficient(coef, sorted[j]!.coef);
    if (!Q.isZero(coef)) out.push(j === i + 1 ? t : { exps: t.exps, coef });
    i = j;
  }
  return out;
}

/** Which of n atoms the terms use (1 = used), or undefined when they use all of them. */
function usedAtoms(n: number, terms: readonly Term[]): Uint8Array | undefined {
  if (n <= 30) {
    // Few atoms (nearly always): a bit mask, no array.
    let mask = 0;
    for (const t of terms) for (let k = 0; k < t.exps.length; k += 2) mask |= 1 << t.exps[k]!;
    if (mask === (1 << n) - 1) return undefined;
    const used = new Uint8Array(n);
    for (let i = 0; i < n; i++) used[i] = (mask >> i) & 1;
    return used;
  }
  const used = new Uint8Array(n);
  let count = 0;
  for (const t of terms) {
    for (let k = 0; k < t.exps.length; k += 2) {
      if (used[t.exps[k]!] === 0) {
        used[t.exps[k]!] = 1;
        count++;
      }
    }
  }
  return count === n ? undefined : used;
}

/** The polynomial of sorted, merged, nonzero terms over `vars`, with the atoms no term uses removed. */
function pruneAtoms(vars: readonly Expr[], terms: Term[]): Polynomial {
  if (vars.length === 0) return { vars, terms };
  const used = usedAtoms(vars.length, terms);
  if (used === undefined) return { vars, terms };
  // Renumbering with an increasing map keeps the graded-lex order: the dropped atoms have exponent 0 everywhere.
  const where: number[] = [];
  const kept: Expr[] = [];
  for (let i = 0; i < vars.length; i++) {
    where.push(used[i] ? kept.length : -1);
    if (used[i]) kept.push(vars[i]!);
  }
  return { vars: kept, terms: terms.map((t) => ({ exps: reindex(t.exps, where), coef: t.coef })) };
}

/**
 * Builds a polynomial from terms over `vars` in any order, possibly with repeated monomials and zero coefficients:
 * merges, drops zeros, prunes unused atoms and sorts. Operations that can grow a polynomial pass a budget, which
 * limits the number of terms (sums are never refused: they are no bigger than their input).
 * Example: normalise([x], [2x, -2x]) is 0.
 */
export function normalise(vars: readonly Expr[], terms: readonly Term[], budget?: AlgebraBudget): Polynomial {
  const kept = mergeLikeTerms(terms);
  if (budget && kept.length > budget.maxTerms) overBudget(`a result with ${kept.length} terms`, budget.maxTerms);
  return pruneAtoms(vars, kept);
}

/** Two sorted term lists over the same atoms merged into one, like terms added (a's first). */
function mergeSortedTerms(a: readonly Term[], b: readonly Term[]): Term[] {
  const out: Term[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = a[i]!;
    const t = b[j]!;
    const c = compareMonomials(s.exps, t.exps);
    if (c > 0) {
      out.push(s);
      i++;
    } else if (c < 0) {
      out.push(t);
      j++;
    } else {
      const coef = addCoefficient(s.coef, t.coef);
      if (!Q.isZero(coef)) out.push({ exps: s.exps, coef });
      i++;
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** a + b. Example: addPoly(x + 1, x - 1) is 2x. */
export function addPoly(a: Polynomial, b: Polynomial): Polynomial {
  if (isZeroPoly(a)) return b;
  if (isZeroPoly(b)) return a;
  const vars = mergeAtoms(a.vars, b.vars);
  // Both term lists stay sorted when lifted (the renumbering is increasing), so one merge pass adds them.
  return pruneAtoms(vars, mergeSortedTerms(termsOver(a, vars), termsOver(b, vars)));
}

/** The sum of many polynomials in one pass (n-ary sums stay linear). Example: sumPolys([x, x, 1]) is 2x + 1. */
export function sumPolys(ps: readonly Polynomial[], budget: AlgebraBudget = DEFAULT_BUDGET): Polynomial {
  const nonzero = ps.filter((p) => !isZeroPoly(p));
  if (nonzero.length <= 1) return nonzero[0] ?? ZERO_POLY;
  if (nonzero.length === 2) return addPoly(nonzero[0]!, nonzero[1]!);
  const vars = unionAtoms(nonzero.map((p) => p.vars));
  const terms: Term[] = [];
  for (const p of nonzero) pushLifted(terms, p, vars);
  return normalise(vars, terms);
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
  const ta = termsOver(a, vars);
  const tb = termsOver(b, vars);
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
  let coef = Q.ONE;
  const monomials: Polynomial[] = [];
  const sums: Polynomial[] = [];
  for (const p of ps) {
    if (p.terms.length > 1) sums.push(p);
    else {
      coef = mulCoefficient(coef, p.terms[0]!.coef);
      if (p.vars.length > 0) monomials.push(p);
    }
  }
  const product = monomialProduct(monomials, coef);
  return sums.reduce((acc, p) => mulPoly(acc, p, budget), product);
}

/** coef times the product of single-term polynomials, exponents added in one dense pass over the union of atoms. */
function monomialProduct(monomials: readonly Polynomial[], coef: Rational): Polynomial {
  if (monomials.length === 0) return { vars: [], terms: [{ exps: [], coef }] };
  if (monomials.length === 1) return { vars: monomials[0]!.vars, terms: [{ exps: monomials[0]!.terms[0]!.exps, coef }] };
  const vars = unionAtoms(monomials.map((p) => p.vars));
  const dense = new Array<number>(vars.length).fill(0);
  for (const p of monomials) {
    const where = positionsIn(p.vars, vars);
    forEachExponent(p.terms[0]!.exps, (i, e) => (dense[where[i]!]! += e));
  }
  const exps: number[] = [];
  dense.forEach((e, j) => e !== 0 && exps.push(j, e));
  return pruneAtoms(vars, [{ exps, coef }]);
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
