import { describe, expect, it } from 'vitest';
import { add, call, frac, num, sym } from '../../src/ast/build.js';
import type { Expr } from '../../src/ast/expr.js';
import { evaluate, FluxionError } from '../../src/index.js';

describe('evaluate with digits', () => {
  it.each([
    ['pi', 50, '3.1415926535897932384626433832795028841971693993751'],
    ['e', 40, '2.718281828459045235360287471352662497757'],
    ['sqrt(2)', 30, '1.41421356237309504880168872421'],
    ['log(2)', 30, '0.693147180559945309417232121458'],
    ['ln(10)', 25, '2.302585092994045684017991'],
    ['erf(1)', 30, '0.842700792949714869341220635083'],
    ['4 atan(1)', 30, '3.14159265358979323846264338328'],
    ['acot(0)', 20, '1.5707963267948966192'],
    ['sigmoid(0) + heaviside(0)', 10, '1'],
    ['softplus(0)', 25, '0.6931471805599453094172321'],
    ['log(8, 2)', 20, '3'],
    ['log2(1024) + log10(0.001)', 20, '7'],
    ['1/3', 25, '0.3333333333333333333333333'],
    ['0.1 + 0.2', 20, '0.3'],
    ['2^100', 40, '1267650600228229401496703205376'],
    ['cbrt(-27) + abs(-2) + sign(-5) + relu(-1)', 10, '-2'],
    ['sin(1)^2 + cos(1)^2', 60, '1'],
    ['cosh(1)^2 - sinh(1)^2', 30, '1'],
    ['(1 + 10^-30) - 1', 10, '1e-30'],
    ['exp(-1000)', 10, '5.075958898e-435'],
    ['10^25 + 1', 30, '10000000000000000000000001'],
    ['10^25', 5, '1e+25'],
  ])('%s to %i digits', (text, digits, expected) => {
    expect(evaluate(text, {}, { digits })).toBe(expected);
  });

  it('uses the scope, exactly', () => {
    expect(evaluate('x^2 + y', { x: '0.1', y: 1n }, { digits: 20 })).toBe('1.01');
    expect(evaluate('x * 3', { x: { num: 1n, den: 3n } }, { digits: 20 })).toBe('1');
    expect(evaluate('x + 1', { x: 0.5 }, { digits: 5 })).toBe('1.5');
  });

  it('makes division by zero, log(0), sqrt(-1) and other domain errors clear errors naming the operation', () => {
    const cases: [string, RegExp][] = [
      ['1/0', /division by zero/],
      ['1/(x - x)', /division by zero/],
      ['log(0)', /log\(0\) is infinite/],
      ['sqrt(-1)', /sqrt\(-1\) is not a real number/],
      ['asin(2)', /asin\(2\) is not a real number/],
      ['0^(-1)', /division by zero in \(0\)\^\(-1\)/],
      ['(-8)^(1/4)', /negative base to a non-integer power/],
      ['(-8)^(3/10)', /negative base to a non-integer power/],
      ['oo', /oo has no finite value/],
      ['undefined + 1', /undefined has no finite value/],
    ];
    for (const [text, message] of cases) {
      expect(() => evaluate(text, { x: 2 }, { digits: 20 }), text).toThrow(FluxionError);
      expect(() => evaluate(text, { x: 2 }, { digits: 20 }), text).toThrow(message);
    }
  });

  it('refuses to print noise for a value it cannot confirm', () => {
    expect(() => evaluate('sin(pi)', {}, { digits: 20 })).toThrow(/cannot confirm 20 digits/);
  });

  it('rejects bad digit counts', () => {
    for (const digits of [0, -1, 1.5, 10_000, NaN]) expect(() => evaluate('1', {}, { digits })).toThrow(FluxionError);
  });
});

describe('evaluate in float mode', () => {
  it('follows IEEE-754 like JavaScript', () => {
    expect(evaluate('1/0')).toBe(Infinity);
    expect(evaluate('log(0)')).toBe(-Infinity);
    expect(evaluate('sqrt(-1)')).toBeNaN();
    expect(evaluate('oo')).toBe(Infinity);
    expect(evaluate('x/2', { x: 3 })).toBe(1.5);
    expect(evaluate(frac(1, 3))).toBe(1 / 3);
    expect(evaluate('0.1 + 0.2')).toBe(0.1 + 0.2);
  });

  it('looks variables up safely and names missing ones', () => {
    expect(evaluate(add(sym('toString'), sym('constructor'), sym('__proto__')), JSON.parse('{"toString": 1, "constructor": 2, "__proto__": 3}'))).toBe(6);
    expect(() => evaluate(sym('toString'), {})).toThrow(/"toString" has no value/);
    expect(() => evaluate(sym('constructor'), {}, { digits: 10 })).toThrow(/"constructor" has no value/);
    expect(() => evaluate('x', { x: 'abc' })).toThrow(FluxionError);
    expect(() => evaluate('x', { x: 'abc' }, { digits: 5 })).toThrow(FluxionError);
  });

  it('names unknown functions and unevaluated heads', () => {
    expect(() => evaluate(call('f', num(1)))).toThrow(/"f" with 1 argument/);
    expect(() => evaluate(call('D', sym('x'), sym('x')), { x: 1 }, { digits: 5 })).toThrow(/unevaluated derivative/);
  });

  it('evaluates a 100,000-deep tree both ways', () => {
    let deep: Expr = sym('x');
    for (let i = 0; i < 100_000; i++) deep = add(deep, frac(1, 2));
    expect(evaluate(deep, { x: 1 })).toBe(50_001);
    expect(evaluate(deep, { x: 1 }, { digits: 10 })).toBe('50001');
  });
});
