import { describe, expect, it } from 'vitest';
import { format } from '../../src/ast/print.js';
import { parse } from '../../src/parse/parse.js';
import { explainSimplify, simplify } from '../../src/algebra/simplify.js';
import { simplifyRegistry } from '../../src/algebra/simplifyRules.js';
import { lift } from '../../src/trace/derivation.js';
import { replay, replayStep } from '../../src/trace/replay.js';
import { SIMPLIFY_TABLE } from '../simplify/table.js';

describe('replay', () => {
  it.each(SIMPLIFY_TABLE.map(([input]) => [input]))('every step of explainSimplify(%s) replays and ends at simplify', (input) => {
    const d = explainSimplify(input);
    expect(replay(d, simplifyRegistry())).toEqual([]);
    expect(format(d.result)).toBe(format(simplify(input)));
    expect(d.stop).toBe('done');
  });

  it('catches a step whose result was changed (the checker can fail)', () => {
    const d = explainSimplify('2x + 3x + 1');
    const i = d.steps.findIndex((s) => s.rule === 'simplify.collect-terms');
    const forged = d.steps.map((s, k) => (k === i ? { ...s, after: parse('6x + 1') } : s));
    const problems = replay({ ...d, steps: forged }, simplifyRegistry());
    expect(problems.map((p) => [p.index, p.rule])).toEqual([[i, 'simplify.collect-terms'], [i + 1, d.steps[i + 1]?.rule ?? '']]);
  });

  it('catches an unknown rule, a wrong path and a result that is not where the steps end', () => {
    const d = explainSimplify('x + 0');
    const s = d.steps[0]!;
    expect(replayStep({ ...s, rule: 'simplify.no-such-rule' }, simplifyRegistry())).toBe('unknown rule simplify.no-such-rule');
    expect(replayStep({ ...s, path: [7] }, simplifyRegistry())).toBe('path 7 leaves the expression');
    expect(replay({ ...d, result: parse('y') }, simplifyRegistry()).map((p) => p.message)).toEqual(['the steps end at x, not at the result y']);
  });

  it('lift places a sub-derivation inside its parent', () => {
    const inner = explainSimplify('x + 0');
    const outer = parse('sin(x + 0)');
    const lifted = lift(inner.steps, [0], outer);
    expect(lifted.map((s) => format(s.after))).toEqual(inner.steps.map((s) => `sin(${format(s.after)})`));
    expect(lifted.every((s) => s.path[0] === 0)).toBe(true);
  });
});
