import { describe, expect, it } from 'vitest';
import { format } from '../../src/ast/print.js';
import { parse } from '../../src/parse/parse.js';
import { equals } from '../../src/ast/equal.js';
import { sx } from '../support/sexpr.js';

/** Tree (S-expression) and its exact plain text; every row must also read back as the same tree. */
const ROWS: readonly (readonly [string, string])[] = [
  ['(+ x 1)', 'x + 1'],
  ['(- x 1)', 'x - 1'],
  ['(+ x -1)', 'x + -1'],
  ['(+ (+ a b) c)', '(a + b) + c'],
  ['(- (- a b) c)', 'a - b - c'],
  ['(+ (- a b) c)', 'a - b + c'],
  ['(- a (- b c))', 'a - (b - c)'],
  ['(- a (+ b c))', 'a - (b + c)'],
  ['(* 2 x)', '2x'],
  ['(* 2 e)', '2 e'],
  ['(* x y)', 'x y'],
  ['(* 2 (+ x 1))', '2(x + 1)'],
  ['(* (+ x 1) (- x 1))', '(x + 1)(x - 1)'],
  ['(* w2 (+ x 1))', 'w2 (x + 1)'],
  ['(* x (+ y 1))', 'x(y + 1)'],
  ['(* f (+ y 1))', 'f (y + 1)'],
  ['(* e (+ y 1))', 'e(y + 1)'],
  ['(* 2 (abs x))', '2|x|'],
  ['(* x (abs y))', 'x * |y|'],
  ['(* (/ 1 2) x)', '(1/2) x'],
  ['(* x (/ 1 2))', 'x(1/2)'],
  ['(/ 1 (* 2 x))', '1/(2x)'],
  ['(/ 1 (neg (* 2 x)))', '1/(-2x)'],
  ['(/ 1 (neg x))', '1/-x'],
  ['(/ 1 (neg 2))', '1/-(2)'],
  ['(/ 1 -2)', '1/-2'],
  ['(/ (/ a b) c)', 'a/b/c'],
  ['(/ a (/ b c))', 'a/(b/c)'],
  ['(* 2 -3)', '2(-3)'],
  ['(* a (neg (* b c)))', 'a(-b c)'],
  ['(neg 2)', '-(2)'],
  ['(neg -2)', '-(-2)'],
  ['(neg (neg x))', '-(-x)'],
  ['(neg (^ x 2))', '-x^2'],
  ['(neg (+ a b))', '-(a + b)'],
  ['(^ (neg x) 2)', '(-x)^2'],
  ['(^ -2 2)', '(-2)^2'],
  ['(^ x -2)', 'x^-2'],
  ['(^ x (neg y))', 'x^-y'],
  ['(^ x (neg (* 2 y)))', 'x^(-2y)'],
  ['(^ (^ x y) z)', '(x^y)^z'],
  ['(^ x (^ y z))', 'x^y^z'],
  ['(^ 1/2 x)', '0.5^x'],
  ['1/3', '1/3'],
  ['(* 1/3 x)', '(1/3) x'],
  ['1/10', '0.1'],
  ['-1/2', '-0.5'],
  ['(sin x)', 'sin(x)'],
  ['(^ (sin x) 2)', 'sin(x)^2'],
  ['(log x 2)', 'log(x, 2)'],
  ['(D (^ x 2) x)', 'diff(x^2, x)'],
  ['(D x x 2)', 'diff(x, x, 2)'],
  ['(Limit (/ 1 x) x 0 1)', 'limit(1/x, x, 0, \'+\')'],
  ['(Limit (/ 1 x) x 0 -1)', 'limit(1/x, x, 0, \'-\')'],
  ['(Integral x x 0 1)', 'integrate(x, x, 0, 1)'],
  ['(Sum k k 1 n)', 'sum(k, k, 1, n)'],
  ['(List 1 2)', '[1, 2]'],
  ['(List)', '[]'],
  ['(abs (- x 1))', '|x - 1|'],
  ['(Define (f x) (^ x 2))', 'f(x) := x^2'],
  ['(* 2 (sin x) (cos x))', '2 sin(x) cos(x)'],
  ['(* 2 x (^ y 2))', '2x y^2'],
  ['(* 2 (^ e x))', '2 e^x'],
];

describe('format', () => {
  it.each(ROWS)('%s', (tree, text) => {
    expect(format(sx(tree))).toBe(text);
  });

  // Rationals such as 1/3 print as quotients, which read back as div (see below).
  it.each(ROWS.filter(([tree]) => !tree.includes('1/3')))('%s reads back', (tree) => {
    expect(equals(parse(format(sx(tree))), sx(tree))).toBe(true);
  });

  it('prints non-decimal rationals as quotients (they read back as div, not as one number)', () => {
    expect(format(sx('1/3'))).toBe('1/3');
    expect(parse('1/3').kind).toBe('div');
  });
});
