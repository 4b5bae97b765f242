import { describe, expect, it } from 'vitest';
import { FluxionError, format, parse, substitute } from '../../src/index.js';

const sub = (text: string, replacements: Record<string, string | number>): string =>
  format(substitute(parse(text), Object.fromEntries(Object.entries(replacements).map(([k, v]) => [k, typeof v === 'number' ? v : parse(v)]))));

describe('substitute', () => {
  it.each([
    ['x^2 + y', { x: 3 }, '3^2 + y'],
    ['x + y', { x: 'y', y: 'x' }, 'y + x'],
    ['sin(x) x', { x: '2t' }, 'sin(2t)(2t)'],
    // The dummy variable of a definite integral, a limit and a sum is left alone; their bounds are not.
    ['integrate(x y, x, 0, a)', { x: 2, y: 3, a: 5 }, 'integrate(x * 3, x, 0, 5)'],
    ['lim(x -> a, sin(x y)/x)', { x: 5, y: 2, a: 1 }, 'limit(sin(x * 2)/x, x, 1)'],
    // A derivative's variable may be renamed, and other names get values.
    ['diff(x^2, x)', { x: 'y' }, 'diff(y^2, y)'],
    ['diff(x^2 y, x)', { y: 2 }, 'diff(x^2 * 2, x)'],
  ])('%s with %o is %s', (text, replacements, expected) => {
    expect(sub(text, replacements)).toBe(expected);
  });

  it('refuses a value for the variable of an unevaluated derivative (D(f, 2) would be a wrong answer)', () => {
    expect(() => sub('diff(x^2, x)', { x: 2 })).toThrow(FluxionError);
    expect(() => sub('diff(x^2, x)', { x: 2 })).toThrow(/compute the derivative or antiderivative first/);
    expect(() => sub('integrate(x^2, x)', { x: 2 })).toThrow(/compute the derivative or antiderivative first/);
  });

  it('refuses to capture a name under a binder', () => {
    expect(() => sub('integrate(y, x, 0, 1)', { y: 'x' })).toThrow(/x is its own variable there/);
  });

  it('works on a 100,000-deep tree without recursion', () => {
    const deep = parse('sin('.repeat(100_000) + 'x' + ')'.repeat(100_000));
    const out = substitute(deep, { x: 2 });
    let node = out;
    while (node.kind === 'call') node = node.args[0]!;
    expect(format(node)).toBe('2');
  });
});
