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
