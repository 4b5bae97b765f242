import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr } from '../../src/ast/expr.js';
import { equals } from '../../src/ast/equal.js';
import { format } from '../../src/ast/print.js';
import { expand } from '../../src/algebra/expand.js';
import { explainSimplify, simplify } from '../../src/algebra/simplify.js';
import { simplifyRegistry } from '../../src/algebra/simplifyRules.js';
import { compile } from '../../src/numeric/compile.js';
import { parse } from '../../src/parse/parse.js';
import { replay } from '../../src/trace/replay.js';
import { domainSafe, polynomial, wild } from './simplifyArbitraries.js';

const VARS = ['x', 'y'];
/** Runs per property; FAST_CHECK_RUNS=5000 for a long hunt. */
const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 300);

/** Largest relative disagreement of a and b at the points (NaN when either is not finite somewhere). */
function disagreement(a: Expr, b: Expr, points: readonly number[][]): number {
  const f = compile(a, VARS);
  const g = compile(b, VARS);
  let worst = 0;
  for (const p of points) {
    const u = f(...p);
    const v = g(...p);
    if (!Number.isFinite(u) || !Number.isFinite(v)) return NaN;
    worst = Math.max(worst, Math.abs(u - v) / (1 + Math.abs(u)));
  }
  return worst;
}

const points = fc.array(fc.tuple(fc.double({ min: 0.5, max: 1.5, noNaN: true }), fc.double({ min: 0.5, max: 1.5, noNaN: true })), { minLength: 3, maxLength: 3 });

describe('simplify properties', () => {
  it('keeps the value at random points (domain-safe trees)', () => {
    fc.assert(
      fc.property(domainSafe(VARS), points, (e, ps) => {
        const s = simplify(e);
        const d = disagreement(e, s, ps);
        expect(d, `${format(e)}  →  ${format(s)}`).toBeLessThan(1e-7);
      }),
      { numRuns: RUNS },
    );
  });

  it('the value check can fail: a planted wrong result is caught', () => {
    const e = parse('sin(x)^2 + cos(x)^2 + x y');
    expect(disagreement(e, parse('1 + x y'), [[0.7, 1.1], [1.3, 0.6]])).toBeLessThan(1e-12);
    expect(disagreement(e, parse('1 + x y^2'), [[0.7, 1.1], [1.3, 0.6]])).toBeGreaterThan(1e-3);
  });

  it('is idempotent, and its result reads back from its text', () => {
    fc.assert(
      fc.property(domainSafe(VARS), (e) => {
        const s = simplify(e);
        expect(format(simplify(s)), format(e)).toBe(format(s));
        expect(equals(simplify(s), s)).toBe(true);
        expect(equals(simplify(parse(format(s))), s)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('ends within its budget on any tree, however wild', () => {
    fc.assert(
      fc.property(wild(), (e) => {
        const started = performance.now();
        const d = explainSimplify(e, { budget: 2000 });
        expect(['done', 'step-limit', 'cycle', 'budget']).toContain(d.stop);
        expect(d.steps.length).toBeLessThan(2000 + 20);
        expect(performance.now() - started).toBeLessThan(5000);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives two forms of the same polynomial the same tree', () => {
    fc.assert(
      fc.property(polynomial(['x', 'y']), (p) => {
        const a = simplify(p);
        const b = simplify(expand(p));
        expect(format(b), format(p)).toBe(format(a));
        expect(equals(a, b)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('every step of every derivation replays', () => {
    fc.assert(
      fc.property(fc.oneof(domainSafe(VARS), wild(4)), (e) => {
        const d = explainSimplify(e);
        expect(replay(d, simplifyRegistry()), format(e)).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 1.5) },
    );
  });
});
