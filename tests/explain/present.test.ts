import { describe, expect, it } from 'vitest';
import { explainSimplify } from '../../src/algebra/simplify.js';
import { explainDiff } from '../../src/calculus/differentiate.js';
import { key } from '../../src/ast/equal.js';
import { format } from '../../src/ast/print.js';
import { compile } from '../../src/numeric/compile.js';
import { textbookForm } from '../../src/rewrite/native/textbook.js';
import { present } from '../../src/explain/present.js';
import { render } from '../../src/explain/render.js';
import type { Derivation } from '../../src/trace/derivation.js';

const PROBLEMS: ReadonlyArray<readonly [string, string]> = [
  ['sin(x^2)/x', 'x'], ['x^2 sin(x)', 'x'], ['x^x', 'x'], ['sigmoid(x)', 'x'], ['|x^2 - 1|', 'x'],
  ['exp(x sin(x))/(1 + x cos(x))', 'x'], ['(x^2 + 1)^3 (x - 5)^2', 'x'], ['tanh(tanh(x))', 'x'], ['log(x + 2)^log(x + 2)', 'x'],
  ['(w x + b - y)^2', 'w'], ['1/sqrt(x)', 'x'], ['x/sqrt(x^2 + 1)', 'x'],
];
const derivations: Array<readonly [string, Derivation]> = [
  ...PROBLEMS.map(([f, x]) => [`d/d${x} ${f}`, explainDiff(f, x)] as const),
  ...['(x + 1)^2 - x^2', 'sin(x)^2 + cos(x)^2', '(x^2 - 1)/(x - 1)', '2x + 3x - x/2'].map((f) => [`simplify ${f}`, explainSimplify(f)] as const),
];

describe('the lesson view of a derivation', () => {
  it.each(derivations)('%s: loses no step, keeps the order, ends at the result', (_name, d) => {
    const lesson = present(d);
    if (lesson.lines.length === 0) {
      expect(key(textbookForm(d.input))).toBe(key(textbookForm(d.result)));
      return;
    }
    expect(lesson.lines.flatMap((l) => l.steps)).toEqual(d.steps);
    expect(key(lesson.lines.at(-1)!.after)).toBe(key(textbookForm(d.result)));
  });

  it.each(derivations)('%s: every line is a named rule, shown once, in textbook form, equal in value to the one before', (_name, d) => {
    const lesson = present(d);
    const shown = [textbookForm(d.input), ...lesson.lines.map((l) => l.after)];
    expect(new Set(shown.map(key)).size).toBe(shown.length);
    for (const l of lesson.lines) {
      expect(l.title).not.toMatch(/Working|Regroup|Order the|Textbook/);
      expect(format(l.after)).not.toMatch(/\+ -|\(-1\) ?[a-z(]/);
    }
    const vars = ['x', 'w', 'b', 'y'];
    for (let i = 1; i < shown.length; i++) {
      // Lines that still hold a derivative to take are checked by replay (tests/trace), not numerically here.
      if (format(shown[i]!).includes('diff(') || format(shown[i - 1]!).includes('diff(')) continue;
      const before = compile(shown[i - 1]!, vars, { codegen: false });
      const after = compile(shown[i]!, vars, { codegen: false });
      for (const p of [[0.3, 0.7, 1.1, 0.4], [0.8, 1.3, 0.6, 1.2]]) {
        const a = before(...p);
        const b = after(...p);
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a)));
      }
    }
  });

  it('shows the course form: no bookkeeping steps, no repeated lines, no x = x', () => {
    const text = render(explainDiff('sin(x^2)/x', 'x'), 'text');
    expect(text).toContain("Quotient Rule [derivative.quotient] with f = sin(x^2), g = x, f' = 2x cos(x^2), g' = 1");
    expect(text).toContain("formula: diff(f(x)/g(x), x) = (f'(x) g(x) - f(x) g'(x))/g(x)^2");
    expect(text).toContain("Chain Rule [derivative.chain]: let u = x^2, f(u) = sin(u), f'(u) = cos(u)");
    expect(text).toContain('Derivative of Sine: diff(sin(u), u) = cos(u)');
    expect(text).not.toContain('Write Differences as Sums');
    expect(text).not.toContain('+ -');
    expect(text.trim().split('\n').at(-1)).toBe('Result: 2 cos(x^2) - sin(x^2)/x^2');
  });

  it('the full trace is still there for whoever wants every rewrite', () => {
    const d = explainDiff('sin(x^2)/x', 'x');
    const full = render(d, 'text', { detail: 'full' });
    expect(full).toContain('Write Differences as Sums and Quotients as Products [simplify.working-form]');
    expect(full.split('\n').filter((l) => /^\s+\d+\. /.test(l))).toHaveLength(d.steps.length);
  });
});
