import { bitLength, exactRoot, isInteger, mul as ratMul, neg, powInt, rat, type Rational } from '../../number/rational.js';

/**
 * Exact powers of rationals with rational exponents, in the textbook shape coefficient × radicand^(1/n):
 * 8^(1/2) = 2·2^(1/2), 2^(3/2) = 2·2^(1/2), (1/2)^(1/2) = (1/2)·2^(1/2), 4^(1/2) = 2, (-8)^(1/3) = -2.
 * Undefined when nothing comes out (2^(1/2) stays) or the real value does not exist ((-4)^(1/2)).
 */
export type RootForm = { coef: Rational; radicand: bigint; index: bigint };

/** Highest root index tried (x^(1/1000) is left as it is). */
const MAX_ROOT_INDEX = 64n;

/** Largest trial divisor when looking for perfect powers inside a radicand; bigger prime factors are left inside. */
const TRIAL_LIMIT = 10_000n;

/** n = a^k · b with b free of k-th powers up to the trial limit. Example: splitPower(72n, 2n) is {outside: 6n, inside: 2n}. */
export function splitPower(n: bigint, k: bigint): { outside: bigint; inside: bigint } {
  let outside = 1n;
  let inside = 1n;
  let rest = n;
  for (let p = 2n; p <= TRIAL_LIMIT && p * p <= rest; p += p === 2n ? 1n : 2n) {
    let m = 0n;
    while (rest % p === 0n) {
      rest /= p;
      m++;
    }
    if (m === 0n) continue;
    outside *= p ** (m / k);
    inside *= p ** (m % k);
  }
  // What is left has no factor below the limit (or is a prime): check whether it is itself a perfect power.
  const r = rest > 1n ? exactRoot(rest, k) : undefined;
  if (r !== undefined) outside *= r;
  else inside *= rest;
  return { outside, inside };
}

/** base^(p/q) as coefficient × radicand^(1/q), or undefined when it would not change or is not real. */
export function rationalPower(base: Rational, exp: Rational): RootForm | undefined {
  if (isInteger(exp) || base.num === 0n) return undefined;
  const q = exp.den;
  // Roots of high order cannot come out of anything but huge powers; checking would mean raising to the q-th power.
  if (q > MAX_ROOT_INDEX) return undefined;
  if (base.num < 0n) {
    if (q % 2n === 0n) return undefined; // an even root of a negative number is not real
    // An odd root of a negative number is real: (-8)^(1/3) = -2, (-8)^(2/3) = 4.
    const r = rationalPower(neg(base), exp);
    if (!r) return undefined;
    return { ...r, coef: exp.num % 2n === 0n ? r.coef : neg(r.coef) };
  }
  // exponent = whole + part/q with 0 < part < q
  const whole = exp.num >= 0n ? exp.num / q : -((-exp.num + q - 1n) / q);
  const part = exp.num - whole * q;
  const raised = powInt(base, part); // (p/d)^part
  // (P/D)^(1/q) = (P·D^(q-1))^(1/q) / D
  const n = raised.num * raised.den ** (q - 1n);
  // Taking out a root must not trade a small base for a huge radicand ((3999999999/2)^(6/7) stays as it is).
  const baseBits = bitLength(base.num) + bitLength(base.den);
  if (bitLength(n) > Math.max(256, 2 * baseBits)) return undefined;
  const { outside, inside } = splitPower(n, q);
  if (bitLength(inside) > baseBits) return undefined;
  const coef = ratMul(powInt(base, whole), rat(outside, raised.den));
  if (inside === 1n) return { coef, radicand: 1n, index: q };
  // Nothing came out: keep the power as written (2^(2/3) stays rather than becoming 4^(1/3)).
  if (whole === 0n && outside === 1n && raised.den === 1n) return undefined;
  return { coef, radicand: inside, index: q };
}
