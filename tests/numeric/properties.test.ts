import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, compileGradient, diff, evaluate, FluxionError, format } from '../../src/index.js';
// The numeric checker itself (the public checkDerivative also runs fluxion's diff by default).
import { checkDerivative } from '../../src/numeric/checkDerivative.js';
import { forwardGradient } from '../../src/numeric/forward.js';
import { runProgram } from '../../src/numeric/interpret.js';
import { reverse } from '../../src/numeric/reverse.js';
import { tableRunner } from '../../src/numeric/tableRunner.js';
import { point, smoothExpr, smoothExprOfDepth } from './arbitraries.js';

const vars = ['x', 'y'];
const close = (a: number, b: number, tol: number): boolean => Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

describe('numeric properties on random smooth trees', () => {
  it('generated code, the table runner, the reference interpreter and codegen: false give identical bits', () => {
    fc.assert(
      fc.property(smoothExpr, point, (e, [x, y]) => {
        const f = compile(e, vars);
        const out = f.program.outputs[0]!;
        const v = f(x, y);
        expect(Object.is(compile(e, vars, { codegen: false })(x, y), v)).toBe(true);
        expect(Object.is(tableRunner(f.program).run([x, y])[out], v)).toBe(true);
        expect(Object.is(runProgram(f.program, [x, y])[out], v)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the compiled value equals the tree-walking float evaluate', () => {
    fc.assert(
      fc.property(smoothExpr, point, (e, [x, y]) => {
        expect(close(compile(e, vars)(x, y), evaluate(e, { x, y }) as number, 1e-12)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the compiled value equals evaluate with 30 digits (float tolerance)', () => {
    fc.assert(
      fc.property(smoothExpr, point, (e, [x, y]) => {
        let exact: number;
        try {
          exact = Number(evaluate(e, { x, y }, { digits: 30 }));
        } catch (error) {
          // A value that is zero but not exactly (cancellation past 900 digits) is refused, not guessed.
          expect(error).toBeInstanceOf(FluxionError);
          expect((error as Error).message).toMatch(/cannot confirm/);
          return;
        }
        const float = compile(e, vars)(x, y);
        expect(Math.abs(float - exact), `${float} vs ${exact}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(exact)));
      }),
      { numRuns: 150 },
    );
  });

  it('forward mode, reverse mode (tape) and the compiled gradient agree', () => {
    fc.assert(
      fc.property(smoothExpr, point, (e, [x, y]) => {
        const g = compileGradient(e, vars);
        const { value, gradient } = g(x, y);
        const program = compile(e, vars).program;
        const tape = reverse(program, [x, y]);
        const fwd = forwardGradient(program, [x, y]);
        expect(close(value, tape.value, 1e-14)).toBe(true);
        for (let i = 0; i < 2; i++) {
          expect(close(gradient[i]!, tape.gradient[i]!, 1e-9), `${gradient[i]} vs ${tape.gradient[i]}`).toBe(true);
          expect(close(gradient[i]!, fwd[i]!, 1e-9), `${gradient[i]} vs ${fwd[i]}`).toBe(true);
        }
        expect(compileGradient(e, vars, { codegen: false })(x, y)).toEqual({ value, gradient });
      }),
      { numRuns: 300 },
    );
  });

  it('forward and reverse agree with Richardson-refined finite differences', () => {
    fc.assert(
      fc.property(smoothExpr, fc.integer({ min: 1, max: 1000 }), (e, seed) => {
        const agreement = checkDerivative(e, vars, { points: 3, seed });
        expect(agreement.ok, JSON.stringify(agreement.worst)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  // Shallower trees: diff simplifies its answers, which takes up to seconds on the deeper random trees.
  it('fluxion’s symbolic diff agrees with forward, reverse and finite differences', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(smoothExprOfDepth(3), fc.integer({ min: 1, max: 1000 }), (e, seed) => {
        const agreement = checkDerivative(e, vars, { points: 2, seed, symbolic: (tree, x) => diff(tree, x) });
        expect(agreement.ok, `${format(e)}: ${JSON.stringify(agreement.worst)}`).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
