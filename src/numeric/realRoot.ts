import type { Expr } from '../ast/expr.js';
import { div, neg, type Rational } from '../number/rational.js';

/**
 * fluxion reads x^(p/q) with q odd as the real root, defined for negative x: (−8)^(1/3) = −2, (−8)^(2/3) = 4. The
 * simplifier relies on it (cbrt(x) is x^(1/3), (x^3)^(1/3) is x, x^(1/3)·x^(1/3) is x^(2/3)), and so do the
 * derivative rules (d/dx x^(1/3) = 1/(3x^(2/3)) for every x ≠ 0), so the numbers must agree with it: IEEE's
 * Math.pow(−8, 1/3) is NaN. Exponents with an even denominator (√x) stay undefined for x < 0.
 *
 * The exponent p/q of a power whose root is real for a negative base (odd q > 1), or undefined.
 * Example: oddRootExponent(parse('2/3')) is { p: 2n, q: 3n }.
 */
export function oddRootExponent(exponent: Expr): { readonly p: bigint; readonly q: bigint } | undefined {
  const r = writtenRational(exponent);
  return r && r.den > 1n && r.den % 2n === 1n ? { p: r.num, q: r.den } : undefined;
}

/**
 * The value of an exponent written as a number, a fraction of numbers or its negation (1/3, -2/3), else undefined.
 * Only a few levels deep: a 100,000-fold `- - - 1` is not an exponent worth a deep recursion.
 */
function writtenRational(e: Expr, depth = 0): Rational | undefined {
  if (depth > 8) return undefined;
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'neg': {
      const r = writtenRational(e.arg, depth + 1);
      return r && neg(r);
    }
    case 'div': {
      const [a, b] = [writtenRational(e.left, depth + 1), writtenRational(e.right, depth + 1)];
      return a && b && b.num !== 0n ? div(a, b) : undefined;
    }
    default:
      return undefined;
  }
}

/** The sign a negative base gives to x^(p/q) with odd q: − when p is odd, + when p is even. */
export const oddRootSign = (p: bigint): number => (p % 2n === 0n ? 1 : -1);

/** x^(p/q) over the reals for odd q. Example: realRootPower(-8, 2n, 3n) is 4 (up to rounding). */
export function realRootPower(x: number, p: bigint, q: bigint): number {
  const r = Number(p) / Number(q);
  return x < 0 ? oddRootSign(p) * Math.pow(-x, r) : Math.pow(x, r);
}
