import * as Q from '../number/rational.js';
import type { Rational } from '../number/rational.js';
import { divisors } from './integerDivisors.js';
import { hornerHomogeneous, isRoot } from './denseInteger.js';
import { numericRoots } from './numericRoots.js';

/**
 * The rational roots of an integer polynomial with a nonzero constant term. A root p/q in lowest terms has
 * p | a_0 and q | a_n (rational root theorem); we try those candidates, pruned by the classic tests
 * (q − p) | f(1) and (q + p) | f(−1), each confirmed exactly. When the coefficients are too large to factor or give
 * too many candidates, floating-point roots propose candidates round(a_n·r)/a_n instead, still confirmed exactly,
 * so a root can be missed in those rare cases but never invented.
 */
const MAX_CANDIDATES = 200_000;

function fromDivisors(a: readonly bigint[]): Rational[] | undefined {
  const ps = divisors(a[0]!);
  const qs = divisors(a[a.length - 1]!);
  if (!ps || !qs || ps.length * qs.length * 2 > MAX_CANDIDATES) return undefined;
  const f1 = hornerHomogeneous(a, Q.ONE);
  const fm1 = hornerHomogeneous(a, Q.MINUS_ONE);
  const roots = new Map<string, Rational>();
  for (const q of qs) {
    for (const p of ps) {
      for (const s of [p, -p]) {
        const r = Q.rat(s, q);
        if (r.den !== q) continue; // not in lowest terms: seen with a smaller q
        if ((r.den - r.num !== 0n && f1 % (r.den - r.num) !== 0n) || (r.den + r.num !== 0n && fm1 % (r.den + r.num) !== 0n)) continue;
        if (isRoot(a, r)) roots.set(Q.ratToString(r), r);
      }
    }
  }
  return [...roots.values()];
}

function fromNumerics(a: readonly bigint[]): Rational[] {
  const lead = a[a.length - 1]!;
  const roots = new Map<string, Rational>();
  for (const z of numericRoots(a) ?? []) {
    if (Math.abs(z.im) > 1e-6 * Math.max(1, Math.abs(z.re))) continue;
    const scaled = z.re * Number(lead);
    if (!Number.isFinite(scaled) || Math.abs(scaled) > 2 ** 52) continue;
    const m = BigInt(Math.round(scaled));
    for (const k of [m - 1n, m, m + 1n]) {
      const r = Q.rat(k, lead);
      if (isRoot(a, r)) roots.set(Q.ratToString(r), r);
    }
  }
  return [...roots.values()];
}

/** Distinct rational roots, ascending. Example: rationalRoots([-1n, 0n, 4n]) (4x^2 − 1) is [−1/2, 1/2]. */
export function rationalRoots(a: readonly bigint[]): Rational[] {
  if (a.length < 2) return [];
  if (a[0] === 0n) throw new Error('internal: remove the zero root first');
  const roots = fromDivisors(a) ?? fromNumerics(a);
  return roots.sort(Q.compare);
}
