import { describe, expect, it } from 'vitest';
import type { Expr } from '../../src/ast/expr.js';
import { add, call, frac, mul, num, sym } from '../../src/ast/build.js';
import { key } from '../../src/ast/equal.js';
import { walk } from '../../src/ast/path.js';
import { format } from '../../src/ast/print.js';
import { parse } from '../../src/parse/parse.js';
import { FluxionError, UnsupportedError } from '../../src/errors.js';
import { diff, explainDiff } from '../../src/calculus/differentiate.js';
import { derivativeRuleSet } from '../../src/calculus/differentiateSteps.js';
import { derivativeOf } from '../../src/calculus/differentiateTree.js';
import { agreesWithFiniteDifference, checkDerivation } from './diff/checks.js';

const rules = derivativeRuleSet();
const stepsOf = (f: string | Expr, x = 'x') => explainDiff(f, x).steps;
const show = (v: unknown) => format(v as Expr);

describe('teaching steps', () => {
  it('name the course rules in order', () => {
    const ids = stepsOf('2x^3 + 3x^2 - x + 7').filter((s) => s.rule.startsWith('derivative.')).map((s) => s.title);
    // 2x^3 + 3x^2 - x + 7 reads as ((2x^3 + 3x^2) - x) + 7.
    expect(ids).toEqual(['Sum Rule', 'Difference Rule', 'Sum Rule', 'Constant Multiple Rule', 'Power Rule', 'Constant Multiple Rule', 'Power Rule', 'Power Rule', 'Constant Rule']);
  });

  it('end with the simplification, shown as steps', () => {
    const d = explainDiff('x^3', 'x');
    expect(d.steps.map((s) => s.rule.split('.')[0])).toEqual(['derivative', ...d.steps.slice(1).map(() => expect.stringMatching(/^(simplify|algebra|trig)$/))]);
    expect(format(d.result)).toBe('3x^2');
    expect(d.steps.length).toBeGreaterThan(1);
  });

  it('Chain Rule: let u = the inner function, the outer derivative in u, x and u kept apart', () => {
    const [chain, next] = stepsOf('sin(x^2)');
    expect(chain!.title).toBe('Chain Rule');
    expect(show(chain!.bindings.get('u'))).toBe('x^2');
    expect(show(chain!.bindings.get('f(u)'))).toBe('sin(u)');
    expect(show(chain!.bindings.get("f'(u)"))).toBe('cos(u)');
    expect(format(chain!.after)).toBe('cos(x^2) diff(x^2, x)');
    expect(chain!.substeps!.map((s) => [s.rule, format(s.before), format(s.after)])).toEqual([['derivative.sin', 'diff(sin(u), u)', 'cos(u)']]);
    expect(next!.title).toBe('Power Rule');
  });

  it('Chain Rule picks a name the expression does not use', () => {
    const [chain] = stepsOf('sin(u x)');
    expect(show(chain!.bindings.get('u-name'))).toBe('v');
    expect(show(chain!.bindings.get('f(u)'))).toBe('sin(v)');
  });

  it('Product Rule: f, g, f\', g\' and the formula', () => {
    const [product] = stepsOf('x^2 sin(x)');
    expect(product!.title).toBe('Product Rule');
    expect(['f', 'g', "f'", "g'"].map((k) => show(product!.bindings.get(k)))).toEqual(['x^2', 'sin(x)', '2x', 'cos(x)']);
    // A user's f is not renamed: the rule's names step aside.
    const [withF] = stepsOf(parse('x^2 f(x)', { functions: ['f'] }));
    expect(['g', 'h'].map((k) => show(withF!.bindings.get(k)))).toEqual(['x^2', 'f(x)']);
    expect(format(product!.substeps![0]!.after)).toBe('diff(f(x), x) g(x) + f(x) diff(g(x), x)');
  });

  it('Quotient Rule: the formula first, then f and g plugged in', () => {
    const [quotient] = stepsOf('sin(x)/x');
    expect(quotient!.title).toBe('Quotient Rule');
    expect(format(quotient!.substeps![0]!.before)).toBe('diff(f(x)/g(x), x)');
    expect(format(quotient!.substeps![0]!.after)).toBe('(diff(f(x), x) g(x) - f(x) diff(g(x), x))/g(x)^2');
    expect(format(quotient!.after)).toBe('(diff(sin(x), x) x - sin(x) diff(x, x))/x^2');
    expect(['f', 'g', "f'", "g'"].map((k) => show(quotient!.bindings.get(k)))).toEqual(['sin(x)', 'x', 'cos(x)', '1']);
  });

  it('Power Rule on a Function Chain is its own rule', () => {
    expect(stepsOf('(x^2 + 1)^3')[0]!.title).toBe('Power Rule on a Function Chain');
  });

  it('never derive the same thing twice', () => {
    const steps = stepsOf('sigmoid(x^2) x^2').filter((s) => s.rule.startsWith('derivative.'));
    const powerOfX2 = steps.filter((s) => s.rule === 'derivative.power');
    expect(powerOfX2).toHaveLength(1);
    expect(steps.some((s) => s.rule === 'derivative.repeat')).toBe(true);
  });

  it('call other names constants: Partial Derivative', () => {
    const titles = stepsOf('x^2 y^3', 'y').map((s) => s.title);
    expect(titles).toContain('Constant Multiple Rule');
    expect(stepsOf('x + y^2', 'x').map((s) => s.title)).toContain('Partial Derivative');
    expect(stepsOf('x + 5', 'x').map((s) => s.title)).toContain('Constant Rule');
  });

  it('record the conditions they assume: |x| away from 0, x^x for x > 0, relu away from 0', () => {
    const assumed = (f: string) => stepsOf(f).flatMap((s) => (s.assumed ?? []).map((c) => `${c.predicate}(${c.args.map(format).join(', ')})`));
    expect(assumed('abs(x)')).toEqual(['nonzero(x)']);
    expect(assumed('abs(x^2 - 1)')).toEqual(['nonzero(x^2 - 1)']);
    expect(assumed('x^x')).toEqual(['positive(x)']);
    expect(assumed('relu(x)')).toEqual(['nonzero(x)']);
  });

  it('every step replays and keeps the value, and the result is diff\'s', () => {
    for (const f of ['x^2 sin(x)', 'sin(x)/x', 'x^x', 'abs(x^2 - 1)', 'log(2, x)', 'sigmoid(x^2) x^2', 'e^(sin(x)) cos(x)^2', '(x^2 + 1)^3 / (x - 3)']) {
      const d = explainDiff(f, 'x');
      expect(checkDerivation(d, rules), f).toEqual([]);
      expect(key(d.result), f).toBe(key(diff(f, 'x')));
    }
  });
});

describe('honest answers', () => {
  it('leave a function with no rule unevaluated', () => {
    const f = parse('x^2 f(x)', { functions: ['f'] });
    expect(format(diff(f, 'x'))).toBe(format(diff(parse('x^2 f(x)', { functions: ['f'] }), 'x')));
    const d = diff(f, 'x');
    const unevaluated = [...walk(d)].filter(({ node }) => node.kind === 'call' && node.fn === 'D').map(({ node }) => format(node));
    expect(unevaluated).toEqual(['diff(f(x), x)']);
    expect(format(diff(parse('f(x^2)', { functions: ['f'] }), 'x'))).toBe('diff(f(x^2), x)');
  });

  it('evaluate derivatives written inside the input', () => {
    expect(format(diff('diff(x^3, x)', 'x'))).toBe('6x');
    expect(format(diff('diff(x^3, x, 2)', 'x', 0))).toBe('6x');
    expect(format(explainDiff('diff(x^3, x)', 'x').result)).toBe('6x');
  });

  it('reject what is not a variable or an order', () => {
    expect(() => diff('x^2', 'pi')).toThrow(FluxionError);
    expect(() => diff('x^2', '2x')).toThrow(FluxionError);
    expect(() => diff('x^2', 'x', -1)).toThrow(FluxionError);
    expect(() => diff('x^2', 'x', 1.5)).toThrow(FluxionError);
  });

  it('split wide products in halves (the Product Rule stays n log n) and stay right', () => {
    const factors = Array.from({ length: 40 }, (_, i) => add(num(1), mul(frac(1, i + 1), sym('x'))));
    const f = mul(...factors);
    const [step] = stepsOf(f);
    expect(step!.title).toBe('Product Rule');
    expect([...step!.bindings.keys()].filter((k) => !k.includes("'"))).toEqual(['f', 'g']);
    expect(agreesWithFiniteDifference(f, 'x', derivativeOf(f, 'x'), { tol: 1e-5 }).ok).toBe(true);
  });

  it('say so when a derivative is too large to write out', () => {
    // d/dx sin(sin(...sin(x + 1)...)): linear when shared, about n²/2 nodes written out.
    let f: Expr = parse('x');
    for (let i = 0; i < 3000; i++) f = call('sin', add(f, num(1)));
    expect(() => diff(f, 'x')).toThrow(UnsupportedError);
  });
});
