/**
 * Positive divisors of an integer, for rational-root candidates. Trial division up to a million, then a
 * Miller–Rabin test on what is left: a cofactor that is neither 1 nor (probably) prime cannot be split cheaply and
 * we say so (undefined) instead of guessing; callers then use another route (numeric roots, verified exactly).
 */
const TRIAL_LIMIT = 1_000_000n;
const MAX_DIVISORS = 20_000;

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

/** Miller–Rabin with the first twelve primes as bases (deterministic below 3.3·10^24). Example: isProbablePrime(97n) is true. */
export function isProbablePrime(n: bigint): boolean {
  if (n < 2n) return false;
  const bases = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n];
  for (const p of bases) if (n % p === 0n) return n === p;
  let d = n - 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  outer: for (const a of bases) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}

/** Prime factorisation as [prime, exponent] pairs, or undefined when it is out of reach. Example: primeFactors(12n) is [[2n, 2], [3n, 1]]. */
export function primeFactors(n: bigint): [bigint, number][] | undefined {
  if (n < 0n) n = -n;
  if (n === 0n) return undefined;
  const out: [bigint, number][] = [];
  const take = (p: bigint) => {
    let k = 0;
    while (n % p === 0n) {
      n /= p;
      k++;
    }
    if (k) out.push([p, k]);
  };
  take(2n);
  for (let p = 3n; p <= TRIAL_LIMIT && p * p <= n; p += 2n) take(p);
  if (n > 1n) {
    if (n <= TRIAL_LIMIT * TRIAL_LIMIT || isProbablePrime(n)) out.push([n, 1]);
    else return undefined;
  }
  return out;
}

/** All positive divisors (ascending), or undefined when n cannot be factored or has too many. Example: divisors(12n) is [1, 2, 3, 4, 6, 12]. */
export function divisors(n: bigint): bigint[] | undefined {
  const factors = primeFactors(n);
  if (!factors) return undefined;
  const count = factors.reduce((c, [, k]) => c * (k + 1), 1);
  if (count > MAX_DIVISORS) return undefined;
  let ds = [1n];
  for (const [p, k] of factors) {
    const next: bigint[] = [];
    for (const d of ds) {
      let m = d;
      for (let i = 0; i <= k; i++, m *= p) next.push(m);
    }
    ds = next;
  }
  return ds.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
