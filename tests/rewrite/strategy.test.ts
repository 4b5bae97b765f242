import { describe, expect, it } from 'vitest';
import { format } from '../../src/ast/print.js';
import { parse } from '../../src/parse/parse.js';
import { loadRuleFiles } from '../../src/rewrite/load.js';
import { innermost } from '../../src/rewrite/normalize.js';
import { RuleSet } from '../../src/rewrite/ruleset.js';
import { bottomUp, context, firstMatch, fixpoint, normalForm, once, sequence, topDown } from '../../src/rewrite/strategy.js';

const rules = (text: string) => {
  const { rules: rs, problems } = loadRuleFiles({ t: text });
  expect(problems).toEqual([]);
  return new RuleSet(rs);
};
const basic = rules(
  [
    'rule t.add-zero "Additive Identity": ?u + 0 => ?u',
    'rule t.mul-one "Multiplicative Identity": ?u * 1 => ?u',
    'rule t.sin-zero "Sine of Zero": sin(0) => 0',
  ].join('\n'),
);
const t = (e: { result: unknown }) => format(e.result as never);

describe('strategies', () => {
  it('once applies one rule at the root, or reports no-rule', () => {
    const r = once(basic.get('t.add-zero')!)(parse('x + 0'), context());
    expect([t(r), r.stop, r.steps.map((s) => s.rule)]).toEqual(['x', 'done', ['t.add-zero']]);
    expect(once(basic.get('t.add-zero')!)(parse('x * 1'), context()).stop).toBe('no-rule');
  });

  it('firstMatch picks the first rule of the set that applies at the root', () => {
    const r = firstMatch(basic)(parse('x * 1'), context());
    expect([t(r), r.steps[0]!.rule]).toEqual(['x', 't.mul-one']);
  });

  it('bottomUp rewrites children before parents, with whole-expression steps and paths', () => {
    const r = bottomUp(firstMatch(basic))(parse('sin(0) * 1 + y * 1'), context());
    expect(t(r)).toBe('y');
    expect(r.steps.map((s) => [s.rule, s.path.join('.'), format(s.after)])).toEqual([
      ['t.sin-zero', '0.0', '0 * 1 + y * 1'],
      ['t.mul-one', '0', '0 + y * 1'],
      ['t.mul-one', '1', '0 + y'],
      ['t.add-zero', '', 'y'],
    ]);
  });

  it('topDown rewrites a parent first, then the children of what it became (once per position)', () => {
    const r = topDown(firstMatch(basic))(parse('(sin(0) + 0) * 1'), context());
    expect(r.steps.map((s) => [s.rule, s.path.join('.')])).toEqual([['t.mul-one', ''], ['t.sin-zero', '0']]);
    expect(t(r)).toBe('0 + 0');
  });

  it('fixpoint repeats until nothing changes and stops with step-limit when its rounds run out', () => {
    const deep = parse('((x + 0) + 0) + 0');
    expect(t(fixpoint(once(basic.get('t.add-zero')!))(deep, context()))).toBe('x');
    expect(fixpoint(once(basic.get('t.add-zero')!), 2)(deep, context()).stop).toBe('step-limit');
  });

  it('every loop draws on the shared budget of rewrites', () => {
    const ctx = context(2);
    const r = fixpoint(bottomUp(firstMatch(basic)))(parse('((x * 1) * 1) * 1 + 0'), ctx);
    expect(r.stop).toBe('step-limit');
    expect(r.steps).toHaveLength(2);
    expect(ctx.budget.steps).toBe(0);
  });

  it('sequence runs strategies in turn; normalForm reaches the innermost normal form', () => {
    const r = sequence(once(basic.get('t.mul-one')!), normalForm(basic))(parse('(sin(0) + 0) * 1'), context());
    expect(t(r)).toBe('0');
    expect(r.steps.map((s) => s.rule)).toEqual(['t.mul-one', 't.sin-zero', 't.add-zero']);
  });
});

describe('innermost normalisation', () => {
  it('stops with cycle when rules undo each other, and with step-limit when the budget runs out', () => {
    const loop = rules('rule t.swap "Swap": log(?a, ?b) => log(?b, ?a)');
    const r = innermost(parse('log(x, y)'), { rules: loop, budget: 100, record: true });
    expect(r.stop).toBe('cycle');
    expect(r.steps).toHaveLength(1);
    const grow = rules('rule t.grow "Grow": sin(?a) => sin(sin(?a))');
    const r2 = innermost(parse('sin(x)'), { rules: grow, budget: 50, record: false });
    expect([r2.stop, r2.rewrites]).toEqual(['step-limit', 50]);
  });

  it('records steps that start where the previous ended', () => {
    const r = innermost(parse('sin(0 + 0) * 1 + 0'), { rules: basic, budget: 100, record: true });
    expect(t(r)).toBe('0');
    r.steps.forEach((s, i) => { if (i > 0) expect(format(s.before)).toBe(format(r.steps[i - 1]!.after)); });
  });
});
