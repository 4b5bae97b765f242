import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equals } from '../../src/ast/equal.js';
import { format } from '../../src/ast/print.js';
import { diff, explainDiff } from '../../src/calculus/differentiate.js';
import { derivativeRuleSet } from '../../src/calculus/differentiateSteps.js';
import { derivativeOf } from '../../src/calculus/differentiateTree.js';
import { agreesWithFiniteDifference, agreesWithReverseMode, checkDerivation } from '../calculus/diff/checks.js';
import { differentiableTree } from './diffArbitraries.js';

const rules = derivativeRuleSet();

describe('derivatives of random differentiable trees', () => {
  it('the rules alone (before simplification) agree with central differences and reverse mode, in x and in y', () => {
    fc.assert(
      fc.property(differentiableTree(4), (f) => {
        for (const v of ['x', 'y']) {
          const d = derivativeOf(f, v);
          const fd = agreesWithFiniteDifference(f, v, d, { minimum: 2, tol: 1e-5 });
          if (!fd.ok) throw new Error(`d/d${v} ${format(f)} = ${format(d)}: ${JSON.stringify(fd)}`);
          const reverse = agreesWithReverseMode(f, v, d);
          if (!reverse.ok && reverse.points >= 2) throw new Error(`d/d${v} ${format(f)} = ${format(d)}: ${JSON.stringify(reverse)}`);
        }
      }),
      { numRuns: 150, seed: 4 },
    );
  });

  it('diff (simplified) agrees with central differences', () => {
    fc.assert(
      fc.property(differentiableTree(3), (f) => {
        for (const v of ['x', 'y']) {
          const d = diff(f, v);
          const agreement = agreesWithFiniteDifference(f, v, d, { minimum: 2, tol: 1e-5 });
          if (!agreement.ok) throw new Error(`d/d${v} ${format(f)} = ${format(d)}: ${JSON.stringify(agreement)}`);
        }
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it('have derivations whose every step replays and keeps the value, ending at diff', () => {
    fc.assert(
      fc.property(differentiableTree(3), (f) => {
        const d = explainDiff(f, 'x');
        const problems = checkDerivation(d, rules, { tol: 1e-4 });
        if (problems.length) throw new Error(`${format(f)}:\n${problems.join('\n')}`);
        expect(equals(d.result, diff(f, 'x'))).toBe(true);
      }),
      { numRuns: 60, seed: 6 },
    );
  });
});
