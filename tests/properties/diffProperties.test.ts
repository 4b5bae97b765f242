import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equals } from '../../src/ast/equal.js';
import { format } from '../../src/ast/print.js';
import { diff, explainDiff } from '../../src/calculus/differentiate.js';
import { derivativeRuleSet } from '../../src/calculus/differentiateSteps.js';
import { agreesWithFiniteDifference, checkDerivation } from '../calculus/diff/checks.js';
import { differentiableTree } from './diffArbitraries.js';

const rules = derivativeRuleSet();

describe('derivatives of random differentiable trees', () => {
  it('agree with central differences in x and in y', () => {
    fc.assert(
      fc.property(differentiableTree(), (f) => {
        for (const v of ['x', 'y']) {
          const agreement = agreesWithFiniteDifference(f, v, diff(f, v), { minimum: 2, tol: 1e-5 });
          if (!agreement.ok) throw new Error(`d/d${v} ${format(f)} = ${format(diff(f, v))}: ${JSON.stringify(agreement)}`);
        }
      }),
      { numRuns: 150, seed: 4 },
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
      { numRuns: 80, seed: 5 },
    );
  });
});
