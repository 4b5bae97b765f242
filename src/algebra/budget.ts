import { UnsupportedError } from '../errors.js';

/**
 * Size limits for polynomial arithmetic. Multinomial expansion grows fast ((a+b+c+d)^40 has 12,341 terms), so every
 * operation that can blow up checks a budget first and throws a clear UnsupportedError instead of hanging.
 */
export type AlgebraBudget = {
  /** Most terms a single polynomial may have. */
  readonly maxTerms: number;
  /** Most coefficient multiplications a single product or power may do. */
  readonly maxWork: number;
  /** Largest exponent kept in an exponent vector; bigger integer powers stay opaque atoms. */
  readonly maxDegree: number;
};

/** The limits used when none are given. Example: expand('(x + y + z)^1000') exceeds maxTerms and throws. */
export const DEFAULT_BUDGET: AlgebraBudget = { maxTerms: 10_000, maxWork: 20_000_000, maxDegree: 100_000 };

/** Throws the budget error. Example: overBudget('(x+y)^99999 has 100000 terms', 10000) throws UnsupportedError. */
export function overBudget(what: string, limit: number): never {
  throw new UnsupportedError(`polynomial too large: ${what}, more than the budget of ${limit}`);
}

/**
 * Work of polynomial gcds, counted across a whole computation. A gcd's cost is not bounded by the size of its input:
 * the remainder sequence of two degree-100 polynomials whose coefficients (polynomials in sin(x), cos(x), ...) keep
 * growing ran for minutes inside simplify's candidate search. The pseudo-remainder and content loops charge their
 * bigint operations (weighted by the size of the numbers) here; `withGcdWork` bounds a computation, and running out
 * throws the budget's UnsupportedError, which the candidate search reads as "no candidate".
 */
const meter = { left: Infinity, limit: Infinity };

/** Runs f with at most `limit` units of gcd work (less if an enclosing call has less left). */
export function withGcdWork<T>(limit: number, f: () => T): T {
  const saved = { ...meter };
  meter.left = Math.min(meter.left, limit);
  meter.limit = Math.min(meter.limit, limit);
  const start = meter.left;
  try {
    return f();
  } finally {
    const spent = start - meter.left;
    meter.left = saved.left - spent;
    meter.limit = saved.limit;
  }
}

/** Charges gcd work; throws the budget error when the enclosing limit is spent. */
export function chargeGcdWork(units: number): void {
  meter.left -= units;
  if (meter.left < 0) overBudget('the work of a polynomial gcd (its remainder sequence keeps growing)', meter.limit);
}

/** Work units for `ops` operations on numbers of `bits` bits: one per 64-bit word. */
export const bigintWork = (ops: number, bits: number): number => ops * (1 + (bits >> 6));
