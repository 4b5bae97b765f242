import { describe, expect, it } from 'vitest';
import { diff, explain, format } from '../../src/index.js';

// D(0^x, x) once came out as 0^x log(0): undefined where the true derivative (of 0 for x > 0) is 0.
describe('the Exponential Rule needs a positive base', () => {
  it.each([
    ['2^x', '2^x log(2)'],
    ['pi^x', 'pi^x log(pi)'],
    ['0^x', 'diff(0^x, x)'],
    ['(-2)^x', 'diff((-2)^x, x)'],
  ])('d/dx %s is %s', (f, expected) => {
    expect(format(diff(f, 'x'))).toBe(expected);
  });

  it('assumes a > 0 for a symbolic base, and says so', () => {
    const d = explain.diff('a^x', 'x');
    expect(d.steps[0]!.rule).toBe('derivative.exponential');
    expect(d.steps[0]!.assumed?.map((c) => `${c.predicate}(${c.args.map(format).join(', ')})`)).toEqual(['positive(a)']);
  });
});
