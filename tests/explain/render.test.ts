import { describe, expect, it } from 'vitest';
import { explainSimplify } from '../../src/algebra/simplify.js';
import { render } from '../../src/explain/render.js';
import type { Derivation } from '../../src/trace/derivation.js';

describe('render', () => {
  const d = explainSimplify('sin(x)^2 + cos(x)^2 + 2x*x^2');

  it('text (full trace): task, numbered titles with rule ids and bindings, the rewritten part, the whole line, the result', () => {
    expect(render(d, 'text', { detail: 'full' })).toBe(
      [
        'Simplify: sin(x)^2 + cos(x)^2 + 2x x^2',
        '  1. Product of Powers [simplify.collect-powers]',
        '       2x x^2  →  2x^3',
        '       = sin(x)^2 + cos(x)^2 + 2x^3',
        '  2. Pythagorean Identity [trig.pythagorean] with x = x, rest = [2x^3]',
        '       = 1 + 2x^3',
        '  3. Order the Terms [simplify.order-terms]',
        '       = 2x^3 + 1',
        'Result: 2x^3 + 1',
      ].join('\n'),
    );
  });

  it('markdown: the same facts with code spans', () => {
    const md = render(d, 'markdown', { detail: 'full' });
    expect(md.split('\n')[0]).toBe('**Simplify** `sin(x)^2 + cos(x)^2 + 2x x^2`');
    expect(md).toContain('2. **Pythagorean Identity** (`trig.pythagorean`), with x = `x`, rest = [`2x^3`]  \n   = `1 + 2x^3`');
    expect(md.trim().endsWith('**Result:** `2x^3 + 1`')).toBe(true);
  });

  it('latex: one aligned environment, a line per step with its title', () => {
    const tex = render(d, 'latex', { detail: 'full' });
    const lines = tex.split('\n');
    expect(lines[0]).toBe('\\begin{aligned}');
    expect(lines[lines.length - 1]).toBe('\\end{aligned}');
    expect(lines).toHaveLength(d.steps.length + 3);
    expect(lines[2]).toBe('&= \\sin^{2}(x) + \\cos^{2}(x) + 2x^{3} && \\text{Product of Powers} \\\\');
  });

  it('text (lesson, the default): textbook forms, one line per named rule, readable bindings only', () => {
    expect(render(d, 'text')).toBe(
      [
        'Simplify: sin(x)^2 + cos(x)^2 + 2x x^2',
        '  1. Product of Powers [simplify.collect-powers]',
        '       2x x^2  →  2x^3',
        '       = sin(x)^2 + cos(x)^2 + 2x^3',
        '  2. Pythagorean Identity [trig.pythagorean]',
        '       = 2x^3 + 1',
        'Result: 2x^3 + 1',
      ].join('\n'),
    );
    expect(render(d, 'latex').split('\n')).toHaveLength(2 + 3);
  });

  it('shows assumptions and why a derivation stopped, deciding nothing itself', () => {
    const assumed = explainSimplify('exp(log(x))', { assumeGeneric: true });
    expect(render(assumed, 'text')).toContain('Exponential of a Logarithm [algebra.exp-of-log] with u = x, assuming positive(x)');
    const cut: Derivation = { ...assumed, stop: 'step-limit' };
    expect(render(cut, 'text').split('\n').pop()).toBe('(stopped: the step budget ran out)');
    expect(render({ ...cut, steps: [] }, 'markdown')).toContain('_stopped: the step budget ran out_');
  });
});
