/**
 * Monomials as exponent vectors over a polynomial's sorted variable list: [2, 0, 1] over (x, y, z) is x^2 z.
 * Terms are ordered graded-lexicographically: higher total degree first, ties broken by the first variable's
 * exponent, then the next, so x^2 > x y > y^2 > x > y > 1 (the order a textbook writes them in).
 */
export type Monomial = readonly number[];

/** Total degree. Example: totalDegree([2, 0, 1]) is 3. */
export const totalDegree = (m: Monomial): number => m.reduce((a, b) => a + b, 0);

/** Graded-lex comparison, positive when a comes first. Example: compareMonomials([2, 0], [1, 1]) > 0. */
export function compareMonomials(a: Monomial, b: Monomial): number {
  const d = totalDegree(a) - totalDegree(b);
  if (d !== 0) return d;
  for (let i = 0; i < a.length; i++) {
    const e = (a[i] ?? 0) - (b[i] ?? 0);
    if (e !== 0) return e;
  }
  return 0;
}

/** Product of monomials. Example: multiplyMonomials([1, 2], [1, 0]) is [2, 2]. */
export const multiplyMonomials = (a: Monomial, b: Monomial): number[] => a.map((e, i) => e + (b[i] ?? 0));

/** a / b when b divides a (every exponent at least as large), else undefined. Example: divideMonomials([2, 1], [1, 1]) is [1, 0]. */
export function divideMonomials(a: Monomial, b: Monomial): number[] | undefined {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const e = (a[i] ?? 0) - (b[i] ?? 0);
    if (e < 0) return undefined;
    out.push(e);
  }
  return out;
}

/** A map key for a monomial. Example: monomialKey([2, 0]) is '2,0'. */
export const monomialKey = (m: Monomial): string => m.join(',');
