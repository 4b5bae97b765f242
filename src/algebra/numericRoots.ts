import { bitLength } from '../number/rational.js';

/**
 * All complex roots of an integer polynomial in floating point (Aberth–Ehrlich iteration). Used only to propose
 * candidates (rational roots, factors over Q) that are then verified exactly, so an inaccurate root can make
 * factoring miss a split but never makes it wrong.
 */
export type Complex = { re: number; im: number };

const MAX_ITERATIONS = 500;

function toFloats(a: readonly bigint[]): number[] {
  const bits = Math.max(...a.map(bitLength));
  const shift = bits > 1000 ? BigInt(bits - 1000) : 0n;
  return a.map((c) => Number(shift ? c / (1n << shift) : c));
}

/** p(z) and p'(z) by Horner. */
function evaluate(c: readonly number[], z: Complex): [Complex, Complex] {
  let pr = 0;
  let pi = 0;
  let dr = 0;
  let di = 0;
  for (let i = c.length - 1; i >= 0; i--) {
    // derivative first: d = d·z + p
    const ndr = dr * z.re - di * z.im + pr;
    const ndi = dr * z.im + di * z.re + pi;
    dr = ndr;
    di = ndi;
    const npr = pr * z.re - pi * z.im + c[i]!;
    const npi = pr * z.im + pi * z.re;
    pr = npr;
    pi = npi;
  }
  return [{ re: pr, im: pi }, { re: dr, im: di }];
}

function divide(a: Complex, b: Complex): Complex {
  const d = b.re * b.re + b.im * b.im;
  return { re: (a.re * b.re + a.im * b.im) / d, im: (a.im * b.re - a.re * b.im) / d };
}

/**
 * The n roots of a degree-n polynomial with nonzero constant term, or undefined when the iteration does not settle.
 * Example: numericRoots([-2n, 0n, 1n]) is about [±1.41421356].
 */
export function numericRoots(a: readonly bigint[]): Complex[] | undefined {
  const c = toFloats(a);
  const n = c.length - 1;
  if (n < 1 || c[n] === 0 || !c.every(Number.isFinite)) return undefined;
  // Start on a circle of the Cauchy bound's radius, at angles that avoid symmetric stalls.
  const lead = Math.abs(c[n]!);
  const radius = 1 + Math.max(...c.slice(0, n).map((x) => Math.abs(x) / lead));
  const r0 = Math.min(radius, 1e100) * 0.5 + 0.1;
  const z: Complex[] = Array.from({ length: n }, (_, k) => {
    const angle = (2 * Math.PI * k) / n + 0.4;
    return { re: r0 * Math.cos(angle), im: r0 * Math.sin(angle) };
  });
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const [p, dp] = evaluate(c, z[i]!);
      if (p.re === 0 && p.im === 0) continue;
      const ratio = divide(p, dp);
      let sr = 0;
      let si = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const inv = divide({ re: 1, im: 0 }, { re: z[i]!.re - z[j]!.re, im: z[i]!.im - z[j]!.im });
        sr += inv.re;
        si += inv.im;
      }
      // w = ratio / (1 - ratio · s)
      const denom = { re: 1 - (ratio.re * sr - ratio.im * si), im: -(ratio.re * si + ratio.im * sr) };
      const w = divide(ratio, denom);
      if (!Number.isFinite(w.re) || !Number.isFinite(w.im)) continue;
      z[i] = { re: z[i]!.re - w.re, im: z[i]!.im - w.im };
      const size = Math.hypot(z[i]!.re, z[i]!.im);
      moved = Math.max(moved, Math.hypot(w.re, w.im) / Math.max(size, 1e-300));
    }
    if (moved < 1e-15) return z;
  }
  return z.every((x) => Number.isFinite(x.re) && Number.isFinite(x.im)) ? z : undefined;
}
