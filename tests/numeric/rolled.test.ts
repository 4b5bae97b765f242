import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, call, frac, mul, num, pow, sub, sym } from '../../src/ast/build.js';
import type { Expr } from '../../src/ast/expr.js';
import { compile, compileGradient, substitute } from '../../src/index.js';
import { reverse } from '../../src/numeric/reverse.js';
import { smoothExprOfDepth } from './arbitraries.js';

const close = (a: number, b: number, tol: number): boolean => Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

/** (Σ cᵢ·wᵢ + b − 1/2)² with coefficients that include exactly 1 and 0 (which fold away and must not break loops). */
function linearLoss(n: number): { e: Expr; names: string[]; c: number[] } {
  const names = [...Array.from({ length: n }, (_v, i) => `w${i}`), 'b'];
  const c = Array.from({ length: n }, (_v, i) => (i % 50 === 7 ? 1 : i % 50 === 9 ? 0 : ((i * 37) % 101) / 100));
  const e = pow(sub(add(...c.map((ci, i) => mul(frac(Math.round(ci * 100), 100), sym(names[i]!))), sym('b')), frac(1, 2)), num(2));
  return { e, names, c };
}

/** Value and gradient by the generated code (three entry points) and by the table runner: the same bits. */
function expectSameBits(e: Expr, names: readonly string[], point: readonly number[]): { value: number; gradient: number[] } {
  const g = compileGradient(e, names);
  const table = compileGradient(e, names, { codegen: false });
  const want = table.array(point);
  const got = g.array(point);
  expect(Object.is(got.value, want.value)).toBe(true);
  expect(got.gradient).toEqual(want.gradient);
  const buffer = new Float64Array(names.length);
  expect(Object.is(g.into(point, buffer), want.value)).toBe(true);
  expect([...buffer]).toEqual(want.gradient);
  expect(Object.is(compile(e, names).array(point), compile(e, names, { codegen: false }).array(point))).toBe(true);
  return got;
}

describe('loops over repeated structure (rolled code generation)', () => {
  it('turns a 3,000-weight linear loss into loops, exact and bit-identical to the table runner', () => {
    const { e, names, c } = linearLoss(3000);
    const g = compileGradient(e, names);
    expect(g.source).toMatch(/for \(let k = 0; k < \d+; k\+\+\)/);
    // A few loops and statements, not one line per weight.
    expect(g.source!.split('\n').length).toBeLessThan(200);
    const point = names.map((_n, i) => Math.sin(i));
    const { value, gradient } = expectSameBits(e, names, point);
    let r = (point[3000] as number) - 0.5;
    c.forEach((ci, i) => (r += ci * point[i]!));
    expect(close(value, r * r, 1e-12)).toBe(true);
    gradient.forEach((d, i) => expect(close(d, 2 * r * (i < 3000 ? c[i]! : 1), 1e-12)).toBe(true));
  });

  it('rolls 20,000 weights into loops (value and gradient)', () => {
    const { e, names } = linearLoss(20_000);
    const point = names.map((_n, i) => ((i % 13) - 6) / 1024);
    expect(compile(e, names).source).toMatch(/for \(let k/);
    expect(compileGradient(e, names).source).toMatch(/for \(let k/);
    expectSameBits(e, names, point);
  });

  it('keeps hostile names out of rolled code', () => {
    const hostile = ['constructor', '__proto__', 'toString', 'process.exit()', 'x);globalThis.pwned=1;(', 'valueOf', '`${1}`'];
    const names = Array.from({ length: 3000 }, (_v, i) => (i < hostile.length ? hostile[i]! : `w${i}`));
    const e = pow(add(...names.map((n, i) => mul(frac((i % 7) + 1, 3), call('sin', sym(n))))), num(2));
    const g = compileGradient(e, names);
    expect(g.source).toMatch(/for \(let k/);
    for (const n of hostile) expect(g.source).not.toContain(n);
    expectSameBits(e, names, names.map((_n, i) => i / 3000));
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('falls back to other code when a large program has no repeated structure to roll', () => {
    // A chain: every operation reads the one before, so no two can share a loop.
    const names = Array.from({ length: 300 }, (_v, i) => `x${i}`);
    let e: Expr = sym('x0');
    for (let i = 1; i < 3000; i++) e = i % 2 ? call('sin', add(e, sym(names[i % 300]!))) : mul(e, frac(i, 97));
    const g = compileGradient(e, names);
    expect(g.source ?? '').not.toMatch(/for \(let k/);
    expectSameBits(e, names, names.map((_n, i) => Math.cos(i)));
  });

  it('random formulas repeated over many weights: same bits as the table runner, gradient equal to reverse mode', () => {
    const names = Array.from({ length: 200 }, (_v, i) => `w${i}`);
    fc.assert(
      fc.property(smoothExprOfDepth(2), fc.integer({ min: 1, max: 1000 }), (template, seed) => {
        // Σ cᵢ·template(w_a, w_b) over 2,500 terms: the kind of sum a loss over a data set is.
        const terms = Array.from({ length: 2500 }, (_v, i) => {
          const a = (i * 31 + seed) % 200;
          const b = (i * 17 + 3 * seed) % 200;
          const term = substitute(template, { x: sym(names[a]!), y: sym(names[b]!) });
          return i % 11 === 0 ? term : mul(frac(((i + seed) % 9) - 4, 4), term);
        });
        const e = add(...terms);
        const point = names.map((_n, i) => Math.sin(i + seed));
        const { value, gradient } = expectSameBits(e, names, point);
        const tape = reverse(compile(e, names).program, point);
        expect(close(value, tape.value, 1e-12)).toBe(true);
        gradient.forEach((d, i) => expect(close(d, tape.gradient[i]!, 1e-9), `${d} vs ${tape.gradient[i]}`).toBe(true));
      }),
      { numRuns: 8 },
    );
  });
});
