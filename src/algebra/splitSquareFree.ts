import type { Expr } from '../ast/expr.js';
import * as Q from '../number/rational.js';
import { exactDivide } from './divide.js';
import { type DenseInteger, denseOf, divideByRoot, sparseOf } from './denseInteger.js';
import { type Complex, numericRoots } from './numericRoots.js';
import type { Polynomial } from './polynomial.js';
import { primitivePart } from './polynomialParts.js';
import { rationalRoots } from './rationalRoots.js';

/**
 * Splits a square-free, primitive integer polynomial in one atom (with nonzero constant term) into factors over Q:
 * a linear factor q·x − p for every rational root p/q; what is left has no linear factor, so when its degree is 2
 * or 3 it is irreducible (x^2 + 1, x^2 − 2 and x^3 − 2 stay whole: their roots are not rational). Degrees 4 to 40
 * are searched for factors of higher degree: the floating-point roots are grouped (real roots alone, complex ones
 * with their conjugates), lc·∏(x − r) over each group of degree ≤ n/2 is rounded to integers, and a candidate is
 * kept only when it divides exactly (if g | f in Z[x], lc(f)·∏(x − r) over g's roots is an integer polynomial).
 * Smallest degrees first, so the factors found are irreducible. The search has a budget of candidate tests and
 * floating point can fail to resolve roots, so a factor may stay unsplit; a wrong factor is impossible.
 */
const MAX_SEARCH_DEGREE = 40;
const MAX_CANDIDATE_TESTS = 100_000;

/** The factors (primitive, positive leading coefficient), linear ones first by root. Example: splitSquareFree(x^4 + 3x^2 + 2, x) is [x^2 + 1, x^2 + 2]. */
export function splitSquareFree(p: Polynomial, v: Expr): Polynomial[] {
  let dense = denseOf(p, v);
  const factors: Polynomial[] = [];
  // A zero root (callers usually take out powers of v first): square-free, so at most one factor v.
  if (dense.length > 1 && dense[0] === 0n) {
    factors.push(sparseOf([0n, 1n], v));
    dense = dense.slice(1);
  }
  for (const r of rationalRoots(dense)) {
    factors.push(sparseOf([-r.num, r.den], v));
    dense = divideByRoot(dense, r);
  }
  if (dense.length - 1 >= 4 && dense.length - 1 <= MAX_SEARCH_DEGREE) factors.push(...searchFactors(dense, v));
  else if (dense.length > 1) factors.push(primitivePart(sparseOf(dense, v)));
  return factors;
}

type Unit = { roots: Complex[] };

/** Real roots alone, complex roots with their nearest conjugate. */
function groupRoots(roots: Complex[]): Unit[] | undefined {
  const left = roots.slice();
  const units: Unit[] = [];
  while (left.length) {
    const z = left.pop()!;
    if (Math.abs(z.im) <= 1e-9 * Math.max(1, Math.abs(z.re))) {
      units.push({ roots: [{ re: z.re, im: 0 }] });
      continue;
    }
    let best = -1;
    let dist = Infinity;
    left.forEach((w, i) => {
      const d = Math.hypot(w.re - z.re, w.im + z.im);
      if (d < dist) [best, dist] = [i, d];
    });
    if (best < 0 || dist > 1e-6 * Math.max(1, Math.hypot(z.re, z.im))) return undefined;
    left.splice(best, 1);
    units.push({ roots: [z, { re: z.re, im: -z.im }] });
  }
  return units;
}

/** lc·∏(x − r) rounded to integers, or undefined when it is not close to an integer polynomial. */
function candidate(lead: number, roots: readonly Complex[]): DenseInteger | undefined {
  let re = [1];
  let im = [0];
  for (const r of roots) {
    const nre = new Array<number>(re.length + 1).fill(0);
    const nim = new Array<number>(re.length + 1).fill(0);
    for (let k = 0; k < re.length; k++) {
      nre[k + 1]! += re[k]!;
      nim[k + 1]! += im[k]!;
      nre[k]! -= re[k]! * r.re - im[k]! * r.im;
      nim[k]! -= re[k]! * r.im + im[k]! * r.re;
    }
    re = nre;
    im = nim;
  }
  const out: bigint[] = [];
  for (let k = 0; k < re.length; k++) {
    const c = re[k]! * lead;
    const rounded = Math.round(c);
    if (!Number.isFinite(c) || Math.abs(c) > 2 ** 50 || Math.abs(c - rounded) > 1e-3 || Math.abs(im[k]! * lead) > 1e-3) return undefined;
    out.push(BigInt(rounded));
  }
  return out;
}

function* subsetsOfDegree(units: readonly Unit[], degree: number, from = 0): Generator<number[]> {
  if (degree === 0) {
    yield [];
    return;
  }
  for (let i = from; i < units.length; i++) {
    const d = units[i]!.roots.length;
    if (d > degree) continue;
    for (const rest of subsetsOfDegree(units, degree - d, i + 1)) yield [i, ...rest];
  }
}

function searchFactors(dense: DenseInteger, v: Expr): Polynomial[] {
  const whole = primitivePart(sparseOf(dense, v));
  const roots = numericRoots(dense);
  let units = roots && groupRoots(roots);
  if (!units) return [whole];
  const lead = Number(dense[dense.length - 1]!);
  const found: Polynomial[] = [];
  let rest = whole;
  let tests = 0;
  for (let d = 2; tests < MAX_CANDIDATE_TESTS; d++) {
    const restDegree = units.reduce((s, u) => s + u.roots.length, 0);
    if (2 * d > restDegree) break;
    let split = false;
    for (const subset of subsetsOfDegree(units, d)) {
      if (++tests > MAX_CANDIDATE_TESTS) break;
      const c = candidate(lead, subset.flatMap((i) => units![i]!.roots));
      if (!c || c.every((x) => x === 0n)) continue;
      const g = primitivePart(sparseOf(c, v));
      const q = exactDivide(rest, g);
      if (!q || q.terms.some((t) => !Q.isInteger(t.coef))) continue;
      found.push(g);
      rest = primitivePart(q);
      units = units.filter((_, i) => !subset.includes(i));
      split = true;
      break;
    }
    if (split) d--; // look for another factor of the same degree
  }
  return [...found, rest];
}
