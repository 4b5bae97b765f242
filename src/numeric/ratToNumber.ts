import { type Rational, bitLength } from '../number/rational.js';

const SAFE = 2n ** 53n;

/**
 * The double nearest to an exact rational (ties to even), even when numerator and denominator are far beyond 2^53:
 * `Number(p) / Number(q)` would round twice. A quotient with at least 65 significant bits plus a sticky bit for
 * the remainder makes the single rounding in `Number(bigint)` the correct one.
 * Example: ratToNumber({ num: 1n, den: 3n }) === 1 / 3.
 */
export function ratToNumber(r: Rational): number {
  const { num, den } = r;
  if (num === 0n) return 0;
  const magnitude = num < 0n ? -num : num;
  if (magnitude <= SAFE && den <= SAFE) return Number(num) / Number(den);
  const shift = 66 - (bitLength(magnitude) - bitLength(den));
  let q: bigint;
  let rem: bigint;
  if (shift >= 0) {
    const scaled = magnitude << BigInt(shift);
    q = scaled / den;
    rem = scaled % den;
  } else {
    const scaledDen = den << BigInt(-shift);
    q = magnitude / scaledDen;
    rem = magnitude % scaledDen;
  }
  if (rem !== 0n) q |= 1n;
  const result = timesPowerOfTwo(Number(q), -shift);
  return num < 0n ? -result : result;
}

/** x · 2^k in steps that neither overflow nor underflow 2^k itself. */
function timesPowerOfTwo(x: number, k: number): number {
  while (k > 1000) {
    x *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    x *= 2 ** -1000;
    k += 1000;
  }
  return x * 2 ** k;
}
