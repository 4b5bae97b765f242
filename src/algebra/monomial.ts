/**
 * Sparse monomials: the nonzero exponents as [variable index, exponent] pairs flattened into one array, indices
 * ascending, over a polynomial's sorted variable list. Over (x, y, z), x^2 z is [0, 2, 2, 1] and 1 is []. Sparse,
 * because an expression with 100,000 different atoms must not cost 100,000 numbers per term.
 *
 * Terms are ordered graded-lexicographically: higher total degree first, ties broken by the exponent of the first
 * variable, then the next, so x^2 > x y > y^2 > x > y > 1 (the order a textbook writes them in).
 */
export type Monomial = readonly number[];

/** The monomial 1 (no variables). Example: totalDegree(ONE_MONOMIAL) is 0. */
export const ONE_MONOMIAL: Monomial = [];

/** The monomial v_i^e. Example: single(1, 2) is y^2 over (x, y). */
export const single = (i: number, e: number): Monomial => (e === 0 ? [] : [i, e]);

/** From a dense exponent vector. Example: monomialOf([2, 0, 1]) is [0, 2, 2, 1]. */
export function monomialOf(dense: readonly number[]): Monomial {
  const out: number[] = [];
  dense.forEach((e, i) => e !== 0 && out.push(i, e));
  return out;
}

/** The exponent of variable i. Example: exponent([0, 2, 2, 1], 2) is 1. */
export function exponent(m: Monomial, i: number): number {
  for (let k = 0; k < m.length; k += 2) {
    if (m[k] === i) return m[k + 1]!;
    if (m[k]! > i) return 0;
  }
  return 0;
}

/** Calls f(index, exponent) for every nonzero exponent. Example: forEachExponent(x^2 z, f) calls f(0, 2), f(2, 1). */
export function forEachExponent(m: Monomial, f: (i: number, e: number) => void): void {
  for (let k = 0; k < m.length; k += 2) f(m[k]!, m[k + 1]!);
}

/** A new monomial with f applied to every exponent (zeros dropped). Example: mapExponents(x^2 z, (i, e) => 2e) is x^4 z^2. */
export function mapExponents(m: Monomial, f: (i: number, e: number) => number): Monomial {
  const out: number[] = [];
  for (let k = 0; k < m.length; k += 2) {
    const e = f(m[k]!, m[k + 1]!);
    if (e !== 0) out.push(m[k]!, e);
  }
  return out;
}

/** The same monomial with variable i set to exponent e. Example: withExponent(x^2 z, 2, 0) is x^2. */
export function withExponent(m: Monomial, i: number, e: number): Monomial {
  const out: number[] = [];
  let placed = false;
  for (let k = 0; k < m.length; k += 2) {
    const j = m[k]!;
    if (!placed && j >= i) {
      if (e !== 0) out.push(i, e);
      placed = true;
      if (j === i) continue;
    }
    out.push(j, m[k + 1]!);
  }
  if (!placed && e !== 0) out.push(i, e);
  return out;
}

/** Renumbers variables with an increasing map (old index → new index). Example: reindex([0, 2], [1]) is [1, 2]. */
export function reindex(m: Monomial, where: readonly number[]): Monomial {
  const out = m.slice();
  for (let k = 0; k < out.length; k += 2) out[k] = where[out[k]!]!;
  return out;
}

/** Total degree. Example: totalDegree(x^2 z) is 3. */
export function totalDegree(m: Monomial): number {
  let d = 0;
  for (let k = 1; k < m.length; k += 2) d += m[k]!;
  return d;
}

/** Graded-lex comparison, positive when a comes first. Example: compareMonomials(x^2, x y) > 0. */
export function compareMonomials(a: Monomial, b: Monomial): number {
  const d = totalDegree(a) - totalDegree(b);
  if (d !== 0) return d;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const va = i < a.length ? a[i]! : Infinity;
    const vb = j < b.length ? b[j]! : Infinity;
    if (va === vb) {
      const e = a[i + 1]! - b[j + 1]!;
      if (e !== 0) return e;
      i += 2;
      j += 2;
    } else if (va < vb) return a[i + 1]!; // b has exponent 0 in variable va
    else return -b[j + 1]!;
  }
  return 0;
}

function combine(a: Monomial, b: Monomial, sign: 1 | -1): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const va = i < a.length ? a[i]! : Infinity;
    const vb = j < b.length ? b[j]! : Infinity;
    if (va === vb) {
      const e = a[i + 1]! + sign * b[j + 1]!;
      if (e !== 0) out.push(va, e);
      i += 2;
      j += 2;
    } else if (va < vb) {
      out.push(va, a[i + 1]!);
      i += 2;
    } else {
      out.push(vb, sign * b[j + 1]!);
      j += 2;
    }
  }
  return out;
}

/** Product of monomials. Example: multiplyMonomials(x y^2, x) is x^2 y^2. */
export const multiplyMonomials = (a: Monomial, b: Monomial): Monomial => combine(a, b, 1);

/** a / b when b divides a (no exponent of the quotient is negative), else undefined. Example: divideMonomials(x^2 y, x y) is x. */
export function divideMonomials(a: Monomial, b: Monomial): Monomial | undefined {
  const q = combine(a, b, -1);
  for (let k = 1; k < q.length; k += 2) if (q[k]! < 0) return undefined;
  return q;
}

/** True for equal monomials. Example: sameMonomial(x^2 z, x^2 z) is true; sameMonomial(x, y) is false. */
export function sameMonomial(a: Monomial, b: Monomial): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** A map key for a monomial. Example: monomialKey(x^2 z) is '0,2,2,1'. */
export const monomialKey = (m: Monomial): string => m.join(',');
