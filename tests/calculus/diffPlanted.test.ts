import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { loadRuleFiles } from '../../src/rewrite/load.js';
import { RULE_FILES } from '../../src/generated/rules.js';
import { DerivativeRules } from '../../src/calculus/derivativeRules.js';
import { derivativeRuleSet } from '../../src/calculus/differentiateSteps.js';
import { diff, explainDiff } from '../../src/calculus/differentiate.js';
import { checkDerivative } from '../../src/numeric/checkDerivative.js';
import { agreesWithFiniteDifference, checkDerivation } from './diff/checks.js';

/** The bundled derivative rules with derivative.sin replaced by a wrong one, in the same place. */
function plantedRules(): DerivativeRules {
  const good = loadRuleFiles({ derivative: RULE_FILES['derivative']! }).rules;
  const wrong = loadRuleFiles({ derivative: 'rule derivative.sin "Derivative of Sine": D(sin(?t), ?t) => -cos(?t)' }).rules[0]!;
  return new DerivativeRules(good.map((r) => (r.id === 'derivative.sin' ? wrong : r)));
}

describe('a planted wrong rule (d/dx sin = -cos) is caught', () => {
  const planted = plantedRules();
  const problems = ['sin(x)', 'x^2 sin(x)', 'sin(x^2)', 'exp(sin(x))', 'tanh(sin(x)) + x'];

  it.each(problems)('finite differences reject diff(%s)', (text) => {
    const f = parse(text);
    expect(agreesWithFiniteDifference(f, 'x', diff(f, 'x')).ok).toBe(true);
    expect(agreesWithFiniteDifference(f, 'x', diff(f, 'x', 1, { rules: planted })).ok).toBe(false);
  });

  it.each(problems)('forward and reverse mode reject diff(%s)', (text) => {
    expect(checkDerivative(text, 'x', { symbolic: (e, x) => diff(e, x) }).ok).toBe(true);
    expect(checkDerivative(text, 'x', { symbolic: (e, x) => diff(e, x, 1, { rules: planted }) }).ok).toBe(false);
  });

  it.each(problems)('step checks reject the derivation of %s', (text) => {
    expect(checkDerivation(explainDiff(text, 'x'), derivativeRuleSet())).toEqual([]);
    const bad = checkDerivation(explainDiff(text, 'x', 1, { rules: planted }), derivativeRuleSet(planted));
    expect(bad.some((p) => p.includes('derivative.sin') && p.includes('value changes'))).toBe(true);
  });

  it('leaves derivatives that never use the sine row alone', () => {
    expect(diff('x^3 cos(x)', 'x', 1, { rules: planted })).toEqual(diff('x^3 cos(x)', 'x'));
  });
});
