import { describe, expect, it } from 'vitest';
import { format, parse, UnsupportedError } from '../../src/index.js';
import { sym } from '../../src/ast/build.js';
import * as Q from '../../src/number/rational.js';
import { divideIn, exactDivide, pseudoRemainder } from '../../src/algebra/divide.js';
import { extendedGcd } from '../../src/algebra/extendedGcd.js';
import { factorPolynomial } from '../../src/algebra/factorPolynomial.js';
import { fromPolynomial } from '../../src/algebra/fromPolynomial.js';
import { gcdPoly, lcmPoly } from '../../src/algebra/gcd.js';
import { divisors, isProbablePrime, primeFactors } from '../../src/algebra/integerDivisors.js';
import { addPoly, mulPoly, type Polynomial, powPoly, subPoly } from '../../src/algebra/polynomial.js';
import {
  coefficientsIn, content, degree, degreeIn, derivativePoly, evaluateAt, leadingCoefficient, leadingCoefficientIn, primitivePart,
} from '../../src/algebra/polynomialParts.js';
import { rationalRoots } from '../../src/algebra/rationalRoots.js';
import { squareFree } from '../../src/algebra/squareFree.js';
import { toLaurent, toPolynomial } from '../../src/algebra/toPolynomial.js';

const P = (text: string): Polynomial => toPolynomial(parse(text))!;
const show = (p: Polynomial): string => format(fromPolynomial(p));
const x = sym('x');
const y = sym('y');

describe('polynomial arithmetic', () => {
  it.each([
    ['x + 1', 'x - 1', 'add', '2x'],
    ['x + 1', 'x + 1', 'sub', '0'],
    ['x + 1', 'x - 1', 'mul', 'x^2 - 1'],
    ['x + y', 'x - y', 'mul', 'x^2 - y^2'],
    ['x/2', '2/3', 'mul', 'x/3'],
  ])('(%s) %s (%s) = %s', (a, b, op, expected) => {
    const f = op === 'add' ? addPoly : op === 'sub' ? subPoly : mulPoly;
    expect(show(f(P(a), P(b)))).toBe(expected);
  });
  it('powers within the budget, and refuses beyond it before starting', () => {
    expect(show(powPoly(P('x + 1'), 3))).toBe('x^3 + 3x^2 + 3x + 1');
    expect(show(powPoly(P('2x y'), 3))).toBe('8x^3 y^3');
    const start = performance.now();
    expect(() => powPoly(P('x + y + z'), 1000)).toThrow(UnsupportedError);
    expect(() => powPoly(P('x + 1'), 100_000)).toThrow(UnsupportedError);
    expect(performance.now() - start).toBeLessThan(100);
  });
  it('reads degrees, coefficients and contents', () => {
    const p = P('3x^2 y + x y^3/2 - 4');
    expect(degree(p)).toBe(4);
    expect(degreeIn(p, x)).toBe(2);
    expect(degreeIn(p, y)).toBe(3);
    expect(Q.ratToString(leadingCoefficient(p))).toBe('1/2'); // x y^3 leads in graded-lex order
    expect(show(leadingCoefficientIn(p, x))).toBe('3y');
    expect(coefficientsIn(p, x).map(show)).toEqual(['-4', 'y^3/2', '3y']);
    expect(Q.ratToString(content(P('-x/2 - 1')))).toBe('-1/2');
    expect(show(primitivePart(P('-x/2 - 1')))).toBe('x + 2');
    expect(show(primitivePart(P('6x^2/5 + 4/15')))).toBe('9x^2 + 2');
  });
  it('evaluates and differentiates exactly', () => {
    expect(show(evaluateAt(P('x^2 y + 1'), x, Q.rat(1n, 2n)))).toBe('y/4 + 1');
    expect(show(derivativePoly(P('x^3 + x y'), x))).toBe('3x^2 + y');
  });
});

describe('conversion', () => {
  it.each([
    ['(x + a)^2', ['x'], 'a^2 + 2a x + x^2'],
    ['x/2 + sqrt(2)', ['x'], 'x/2 + sqrt(2)'],
    ['sin(y) x^2', ['x'], 'x^2 sin(y)'],
  ])('toPolynomial(%s, %j) is %s', (text, vars, expected) => {
    expect(show(toPolynomial(parse(text), vars)!)).toBe(expected);
  });
  it.each([
    ['sin(x) + 1', ['x']],
    ['x^(1/2)', ['x']],
    ['x^n', ['x']],
    ['1/x', ['x']],
    ['x/(y + 1)', ['x', 'y']],
    ['x/sqrt(2)', ['x']],
    ['2^x', undefined],
    ['x + oo', undefined],
  ])('%s is not a polynomial in %j', (text, vars) => {
    expect(toPolynomial(parse(text), vars)).toBeUndefined();
  });
  it('without vars, every symbol is a variable', () => {
    expect(show(toPolynomial(parse('(x + y)(x - y) + pi'))!)).toBe('x^2 - y^2 + pi') // graded: degree 2 before degree 1;
  });
  it('Laurent form keeps negative exponents', () => {
    expect(show(toLaurent(parse('(x + 1)^2/x')))).toBe('x + 2 + 1/x');
  });
});

describe('division and gcd', () => {
  it('divides with remainder in one variable', () => {
    const { quotient, remainder } = divideIn(P('x^3 + 2x + 5'), P('x - 1'), x);
    expect([show(quotient), show(remainder)]).toEqual(['x^2 + x + 3', '8']);
    const q2 = divideIn(P('x^2 y + x + y'), P('2x + y'), x);
    expect([show(q2.quotient), show(q2.remainder)]).toEqual(['x y/2 - y^2/4 + 1/2', 'y^3/4 + y/2']);
    expect(() => divideIn(P('x^2'), P('y x + 1'), x)).toThrow(UnsupportedError);
  });
  it('pseudo-divides when the leading coefficient is a parameter', () => {
    expect(show(pseudoRemainder(P('x^2'), P('y x + 1'), x))).toBe('1');
  });
  it('divides exactly or says it cannot', () => {
    expect(show(exactDivide(P('x^2 - y^2'), P('x - y'))!)).toBe('x + y');
    expect(exactDivide(P('x^2 + 1'), P('x + 1'))).toBeUndefined();
  });
  it.each([
    ['x^2 - 1', '2x^2 + 4x + 2', 'x + 1'],
    ['x^3 - 1', 'x^2 - 1', 'x - 1'],
    ['6x', '4x^2', 'x'],
    ['x^4 + 1', 'x^2 + 1', '1'],
    ['x^2 - y^2', 'x^2 + 2x y + y^2', 'x + y'],
    ['a x + a', 'b x + b', 'x + 1'],
    ['(x + y + z)^3 (x - z)', '(x + y + z)^2 (x + z)', 'x^2 + 2x y + 2x z + y^2 + 2y z + z^2'],
    ['(x^2 + 1)(y^2 + x)(x y - 1)', '(x^2 + 1)(x y - 1)^2 (x + 2)', 'x^3 y - x^2 + x y - 1'],
    ['0', '3x + 6', 'x + 2'],
    ['x', 'y', '1'],
  ])('gcd(%s, %s) = %s', (a, b, expected) => {
    expect(show(gcdPoly(P(a), P(b)))).toBe(expected);
  });
  it('lcm and the extended Euclidean algorithm', () => {
    expect(show(lcmPoly(P('x^2 - 1'), P('x^2 + 2x + 1')))).toBe('x^3 + x^2 - x - 1');
    const { s, t, g } = extendedGcd(P('x - 1'), P('x + 1'), x);
    expect([show(s), show(t), show(g)]).toEqual(['-1/2', '1/2', '1']);
  });
});

describe('factoring pieces', () => {
  it('integers: primes, factors, divisors', () => {
    expect(isProbablePrime(1_000_000_007n)).toBe(true);
    expect(isProbablePrime(561n)).toBe(false);
    expect(primeFactors(360n)).toEqual([[2n, 3], [3n, 2], [5n, 1]]);
    expect(divisors(12n)).toEqual([1n, 2n, 3n, 4n, 6n, 12n]);
  });
  it('rational roots', () => {
    expect(rationalRoots([-1n, 0n, 4n]).map(Q.ratToString)).toEqual(['-1/2', '1/2']);
    expect(rationalRoots([-6n, 11n, -6n, 1n]).map(Q.ratToString)).toEqual(['1', '2', '3']);
    expect(rationalRoots([-2n, 0n, 1n])).toEqual([]);
    // Coefficients with a large prime factor use floating-point candidates, still checked exactly.
    const big = 1_000_000_000_000_000_003n * 3n;
    expect(rationalRoots([-big, 7n]).map(Q.ratToString)).toEqual([`${big}/7`]);
  });
  it('square-free decomposition (Yun)', () => {
    const parts = squareFree(P('(x - 1)(x + 2)^2 (x^2 + 1)^3'), x).map((f) => `${show(f.base)}^${f.multiplicity}`);
    expect(parts).toEqual(['x - 1^1', 'x + 2^2', 'x^2 + 1^3']);
    expect(squareFree(P('(x y - 1)^2 (x + y)'), x).map((f) => `${show(f.base)}^${f.multiplicity}`)).toEqual(['x + y^1', 'x y - 1^2']);
  });
  it('factorPolynomial gives constant and factors whose product is the input', () => {
    const p = P('-6x^5 + 6x');
    const f = factorPolynomial(p);
    expect(Q.ratToString(f.constant)).toBe('-6');
    expect(f.factors.map((g) => `${show(g.base)}^${g.multiplicity}`)).toEqual(['x^1', 'x - 1^1', 'x + 1^1', 'x^2 + 1^1']);
  });
  it('splits higher-degree factors found from floating-point roots', () => {
    const f = factorPolynomial(P('(x^3 + 2x + 5)(x^3 - 3x + 7)(x^2 + x + 3)'));
    expect(f.factors.map((g) => show(g.base))).toEqual(['x^2 + x + 3', 'x^3 - 3x + 7', 'x^3 + 2x + 5']);
  });
});
