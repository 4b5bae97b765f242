import { describe, expect, it } from 'vitest';
import { format } from '../../src/index.js';
import { Session } from '../../src/cli/session.js';
import { show } from '../../src/cli/output.js';
import { parseArgs } from '../../src/cli/args.js';

const answer = (session: Session, line: string): string => {
  const a = session.run(line);
  return a.kind === 'defined' ? `defined ${a.name}` : a.display ?? format(a.result);
};

describe('the CLI session', () => {
  it('prints a plain expression back as read', () => {
    expect(answer(new Session(), '2x^2 + sin x')).toBe('2x^2 + sin(x)');
  });

  it.each([
    ['diff(x^2 sin(x), x)', 'x^2 cos(x) + 2x sin(x)'],
    ['d/dx x^3', '3x^2'],
    ['∂/∂y x^2 y^3', '3x^2 y^2'],
    ['diff(x^4, x, 2)', '12x^2'],
    ['simplify((x^2-1)/(x-1))', 'x + 1'],
    ['expand((x+1)^2)', 'x^2 + 2x + 1'],
    ['factor(x^2 - 1)', '(x - 1)(x + 1)'],
    ['hessian(x^2 y^3, [x, y])', '[[2y^3, 6x y^2], [6x y^2, 6x^2 y]]'],
    ['jacobian([x y, x + y], [x, y])', '[[y, x], [1, 1]]'],
    ['evaluate(pi, 30)', '3.14159265358979323846264338328'],
  ])('%s → %s', (input, expected) => {
    expect(answer(new Session(), input)).toBe(expected);
  });

  it('remembers definitions and differentiates them with primes', () => {
    const s = new Session();
    expect(answer(s, 'f(x) := x^3 + 2x')).toBe('defined f');
    expect(answer(s, 'f(2)')).toBe('12');
    expect(answer(s, "f'(x)")).toBe('3x^2 + 2');
    expect(answer(s, "f''(x)")).toBe('6x');
  });

  // f'(2) once put 2 into the derivative's variable slot and printed diff(2^3 + 2 * 2, 2): a wrong answer.
  it("evaluates f'(a) as the derivative at a, not the derivative of f(a)", () => {
    const s = new Session();
    s.run('f(x) := x^2 sin(x)');
    expect(answer(s, "f'(2)")).toBe('4 cos(2) + 4 sin(2)');
    expect(answer(s, "evaluate(f'(2), 20)")).toBe('1.9726023611141572336');
    // f'' = 2 sin x + 4x cos x - x^2 sin x, so f''(1) = sin 1 + 4 cos 1.
    expect(answer(s, "evaluate(f''(1), 20)")).toBe(answer(s, 'evaluate(sin(1) + 4cos(1), 20)'));
    expect(answer(s, "f'(y)")).toBe('y^2 cos(y) + 2y sin(y)');
  });

  it('says so when the order of a derivative is too high, instead of leaving it unevaluated', () => {
    expect(() => new Session().run('diff(x^2, x, 1001)')).toThrow(/a whole number from 0 to 1000, not 1001/);
    expect(answer(new Session(), 'diff(x^2, x, 1000)')).toBe('0');
  });

  it('computes a derivative inside a definition before putting a value in', () => {
    const s = new Session();
    s.run('g(x) := diff(x^3, x)');
    expect(answer(s, 'g(2)')).toBe('12');
    expect(answer(s, 'g(y)')).toBe('3y^2');
  });

  it('shows the steps of a derivative by their course names', () => {
    const a = new Session().run('diff(x^2 sin(x), x)', { steps: true });
    const text = show(a, 'text', false);
    expect(text).toContain('Product Rule');
    expect(text).toContain('Power Rule');
    expect(text.trim().split('\n').at(-1)).toBe('Result: x^2 cos(x) + 2x sin(x)');
  });

  it('gives JSON with the tree', () => {
    const json = JSON.parse(show(new Session().run('x/2'), 'json', false));
    expect(json.result).toBe('x/2');
    expect(json.tree).toEqual({ kind: 'div', left: { kind: 'sym', name: 'x' }, right: { kind: 'num', value: { num: '2', den: '1' } } });
  });

  it('reads options', () => {
    expect(parseArgs(['x', '--latex', '--steps'])).toMatchObject({ inputs: ['x'], format: 'latex', steps: true });
    expect(() => parseArgs(['--frobnicate'])).toThrow(/unknown option/);
  });
});
