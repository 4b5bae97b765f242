import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { explainDiff } from '../../src/calculus/differentiate.js';
import { derivativeRuleSet } from '../../src/calculus/differentiateSteps.js';
import { checkDerivation } from './diff/checks.js';
import { goldenLines } from './diff/goldenLines.js';

/**
 * Golden derivations: tests/golden/diff/<name>.txt holds one `rule-id: expression` line per step. Run with
 * UPDATE_GOLDEN=1 to rewrite them after an intended change, then read the diff.
 */
const PROBLEMS: readonly (readonly [name: string, f: string, x: string, order?: number, functions?: string[]])[] = [
  ['constant', '7', 'x'],
  ['power', 'x^4', 'x'],
  ['polynomial', '2x^3 + 3x^2 - x + 7', 'x'],
  ['regression-cost-slope', '(y - (m x + b))^2', 'm'],
  ['regression-cost-intercept', '(y - (m x + b))^2', 'b'],
  ['mean-squared-error', '((y_1 - (m x_1 + b))^2 + (y_2 - (m x_2 + b))^2)/2', 'm'],
  ['mean-squared-error-sum', 'sum((y_i - (m x_i + b))^2, i, 1, n)/n', 'b'],
  ['product', 'x^2 sin(x)', 'x'],
  ['product-of-three', 'x e^x sin(x)', 'x'],
  ['quotient', 'sin(x)/x', 'x'],
  ['constant-divisor', 'x^2/3', 'x'],
  ['negation', '-cos(x)', 'x'],
  ['chain', 'sin(x^2)', 'x'],
  ['chain-nested', 'tanh(tanh(tanh(x)))', 'x'],
  ['sqrt-chain', 'sqrt(x^2 + 1)', 'x'],
  ['cbrt', 'cbrt(x)', 'x'],
  ['general-power', 'x^x', 'x'],
  ['exponential-chain', 'e^(3x)', 'x'],
  ['exp', 'exp(x^2)', 'x'],
  ['exponential-base', '2^x', 'x'],
  ['log-base', 'log(x^2 + 1, 10)', 'x'],
  ['log-change-of-base', 'log(2, x)', 'x'],
  ['natural-logs', 'ln(x) + log(x)', 'x'],
  ['log2-log10', 'log2(x) + log10(x)', 'x'],
  ['trig', 'tan(x) + sec(x) + csc(x) + cot(x)', 'x'],
  ['inverse-trig', 'asin(x) + acos(x) + atan(x)', 'x'],
  ['inverse-trig-reciprocal', 'asec(x) + acsc(x) + acot(x)', 'x'],
  ['hyperbolic', 'sinh(x) + cosh(x) + tanh(x)', 'x'],
  ['hyperbolic-reciprocal', 'sech(x) + csch(x) + coth(x)', 'x'],
  ['inverse-hyperbolic', 'asinh(x) + atanh(x)', 'x'],
  ['inverse-hyperbolic-cosine', 'acosh(x^2 + 1)', 'x'],
  ['abs', 'abs(x^2 - 1)', 'x'],
  ['relu', 'relu(2x + 1)', 'x'],
  ['sign-and-step', 'sign(x) + heaviside(x)', 'x'],
  ['sigmoid-neuron', 'sigmoid(w x + b)', 'w'],
  ['softplus', 'softplus(x)', 'x'],
  ['erf', 'erf(x)', 'x'],
  ['cross-entropy', '-(y ln(sigmoid(z)) + (1 - y) ln(1 - sigmoid(z)))', 'z'],
  ['repeated-inner-derivative', 'sigmoid(x^2) x^2', 'x'],
  ['partial', 'x^2 y^3', 'y'],
  ['higher-order', 'x^4', 'x', 3],
  ['unknown-function', 'x^2 f(x)', 'x', 1, ['f']],
];

const file = (name: string) => new URL(`../golden/diff/${name}.txt`, import.meta.url);
const rules = derivativeRuleSet();

describe('golden derivations', () => {
  const seen = new Set<string>();

  const cases = PROBLEMS.map(([name, f, x, order, functions]) => ({ name, f, x, order: order ?? 1, functions: functions ?? [] }));
  it.each(cases)('$name', ({ name, f, x, order, functions }) => {
    const d = explainDiff(parse(f, { functions }), x, order);
    for (const s of d.steps) for (const r of [s, ...(s.substeps ?? [])]) seen.add(r.rule);
    const text = `${goldenLines(d).join('\n')}\n`;
    if (process.env['UPDATE_GOLDEN'] || !existsSync(file(name))) writeFileSync(file(name), text);
    expect(text).toBe(readFileSync(file(name), 'utf8'));
    expect(checkDerivation(d, rules, { tol: 1e-4 })).toEqual([]);
  });

  it('cover every derivative rule', () => {
    const missing = rules.rules.map((r) => r.id).filter((id) => !seen.has(id));
    expect(missing).toEqual([]);
  });
});
