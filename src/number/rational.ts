/**
 * Exact rational numbers on bigint, always normalised (gcd(num, den) = 1, den > 0).
 * Every operation that can grow a number checks a size budget first, so `2^(10^9)`
 * is a clear RangeError-like FluxionNumberError instead of a hang or an out-of-memory.
 */
export type Rational = { readonly num: bigint; readonly den: bigint };

/** Largest number of bits a numerator or denominator may have (about 300,000 decimal digits). */
export const MAX_BITS = 1_000_000;

/** Raised when exact arithmetic would exceed its budget; callers turn it into a Problem or keep the form unevaluated. */
export class NumberTooLargeError extends Error {
  constructor(what: string) {
    super(`number too large: ${what} would exceed ${MAX_BITS} bits`);
    this.name = 'NumberTooLargeError';
  }
}

/** gcd(|a|, |b|) of bigints (gcd(0, 0) is 0). Example: gcdBig(-4n, 6n) is 2n. */
export function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

const SMALL = 1n << 32n;

/** Number of bits of |n| (0 for 0). Small values take a float path; large ones count hex digits (linear, no base-2 text). */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n < SMALL) return 32 - Math.clz32(Number(n));
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** Builds a normalised rational; throws on a zero denominator. Example: rat(2n, 4n) is 1/2. */
export function rat(num: bigint, den: bigint = 1n): Rational {
  // Integers are already in lowest terms (most coefficients are): no gcd.
  if (den === 1n) return { num, den };
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcdBig(num, den);
  if (g !== 1n && g !== 0n) {
    num /= g;
    den /= g;
  }
  return { num, den };
}

export const ZERO = rat(0n);
export const ONE = rat(1n);
export const MINUS_ONE = rat(-1n);
export const TWO = rat(2n);

/** Rational from a JS integer. Example: ratInt(3) is 3. */
export const ratInt = (n: number | bigint): Rational => rat(BigInt(n));

/**
 * Exact rational from decimal text: '0.1' → 1/10, '1.5e-3' → 3/2000, '12' → 12.
 * Exponents beyond the size budget throw NumberTooLargeError.
 */
export function parseDecimal(text: string): Rational {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) throw new SyntaxError(`not a number: ${text}`);
  const intPart = m[1] ?? '';
  const frac = m[2] ?? '';
  const expText = m[3];
  if (expText !== undefined && expText.replace(/^[+-]?0*/, '').length > 7) throw new NumberTooLargeError(`exponent ${expText}`);
  const exp = (expText === undefined ? 0 : Number(expText)) - frac.length;
  const digits = BigInt((intPart + frac).replace(/^0+(?=\d)/, '') || '0');
  if (Math.abs(exp) * 3.33 > MAX_BITS) throw new NumberTooLargeError(`10^${exp}`);
  return exp >= 0 ? rat(digits * 10n ** BigInt(exp)) : rat(digits, 10n ** BigInt(-exp));
}

export const isZero = (a: Rational): boolean => a.num === 0n;
export const isOne = (a: Rational): boolean => a.num === 1n && a.den === 1n;
export const isInteger = (a: Rational): boolean => a.den === 1n;
export const isNegative = (a: Rational): boolean => a.num < 0n;
export const ratEquals = (a: Rational, b: Rational): boolean => a.num === b.num && a.den === b.den;

function guard(n: bigint, d: bigint, what: string): void {
  if (bitLength(n) > MAX_BITS || bitLength(d) > MAX_BITS) throw new NumberTooLargeError(what);
}

export function add(a: Rational, b: Rational): Rational {
  if (a.den === b.den) return rat(a.num + b.num, a.den);
  return rat(a.num * b.den + b.num * a.den, a.den * b.den);
}
export const neg = (a: Rational): Rational => ({ num: -a.num, den: a.den });
export const sub = (a: Rational, b: Rational): Rational => add(a, neg(b));
export function mul(a: Rational, b: Rational): Rational {
  if (bitLength(a.num) + bitLength(b.num) > MAX_BITS || bitLength(a.den) + bitLength(b.den) > MAX_BITS) {
    throw new NumberTooLargeError('a product');
  }
  return rat(a.num * b.num, a.den * b.den);
}
export function inv(a: Rational): Rational {
  if (a.num === 0n) throw new RangeError('division by zero');
  // a is in lowest terms, so den/num is too: only the sign moves.
  return a.num < 0n ? { num: -a.den, den: -a.num } : { num: a.den, den: a.num };
}
export const div = (a: Rational, b: Rational): Rational => mul(a, inv(b));
export function compare(a: Rational, b: Rational): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}
export const abs = (a: Rational): Rational => (a.num < 0n ? neg(a) : a);

/** a^k for an integer k; throws NumberTooLargeError when the result would be too large. Example: pow(2/3, -2) = 9/4. */
export function powInt(a: Rational, k: bigint): Rational {
  if (k < 0n) return powInt(inv(a), -k);
  if (k === 0n) return ONE;
  if (a.num === 0n || (a.den === 1n && (a.num === 1n || a.num === -1n))) {
    return a.num === -1n && k % 2n === 1n ? a : a.num === -1n ? ONE : a;
  }
  const bits = Math.max(bitLength(a.num), bitLength(a.den));
  if (Number(k) * (bits - 1) > MAX_BITS) throw new NumberTooLargeError(`a power with exponent ${k}`);
  const r = { num: a.num ** k, den: a.den ** k };
  guard(r.num, r.den, 'a power');
  return r;
}

/** Exact integer k-th root of a non-negative bigint, or undefined when it is not a perfect power. */
export function exactRoot(n: bigint, k: bigint): bigint | undefined {
  if (n < 0n) return undefined;
  if (n < 2n) return n;
  const kn = Number(k);
  let x = BigInt(Math.round(Math.pow(Number(n), 1 / kn)));
  // Newton refinement for large n where the float estimate is off.
  if (bitLength(n) > 50) {
    x = 1n << BigInt(Math.ceil(bitLength(n) / kn));
    for (;;) {
      const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
      if (y >= x) break;
      x = y;
    }
  }
  for (const c of [x - 1n, x, x + 1n]) if (c >= 0n && c ** k === n) return c;
  return undefined;
}

/** Exact a^(p/q) when it is rational (e.g. (4/9)^(1/2) = 2/3), otherwise undefined. */
export function powRational(a: Rational, e: Rational): Rational | undefined {
  if (e.den === 1n) return powInt(a, e.num);
  if (a.num < 0n) {
    if (e.den % 2n === 0n) return undefined;
    const r = powRational(neg(a), e);
    return r && neg(r);
  }
  const n = exactRoot(a.num, e.den);
  const d = exactRoot(a.den, e.den);
  if (n === undefined || d === undefined) return undefined;
  return powInt(rat(n, d), e.num);
}

export function toNumber(a: Rational): number {
  const n = Number(a.num);
  const d = Number(a.den);
  if (Number.isFinite(n) && Number.isFinite(d)) return n / d;
  // Scale both down so huge numerators and denominators still give a sensible float.
  const shift = BigInt(Math.max(bitLength(a.num), bitLength(a.den)) - 1000);
  return Number(a.num >> (shift > 0n ? shift : 0n)) / Number(a.den >> (shift > 0n ? shift : 0n));
}

/** Plain text: '3', '-1/2'. */
export const ratToString = (a: Rational): string => (a.den === 1n ? a.num.toString() : `${a.num}/${a.den}`);

/** Exact rational of a finite float, when it is a short decimal (used for numeric literals typed by users). */
export function fromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (Number.isInteger(x)) return rat(BigInt(x));
  const r = parseDecimal(String(Math.abs(x)));
  return x < 0 ? neg(r) : r;
}

export function factorial(n: bigint): Rational {
  if (n < 0n) throw new RangeError('factorial of a negative number');
  if (n > 20000n) throw new NumberTooLargeError(`${n}!`);
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return rat(r);
}
