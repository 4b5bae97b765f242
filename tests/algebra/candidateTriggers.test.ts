import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mayImprove } from '../../src/algebra/candidateTriggers.js';
import { simplify } from '../../src/algebra/simplify.js';
import { format } from '../../src/ast/print.js';
import { derivativeOf } from '../../src/calculus/differentiateTree.js';
import { parse } from '../../src/parse/parse.js';
import { workingForm } from '../../src/rewrite/native/working.js';

const corpus = (name: string): string[] =>
  readFileSync(new URL(`../../bench/corpus/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

const may = (text: string): boolean => mayImprove(workingForm(parse(text)));

describe('where the candidate search can give a shorter form', () => {
  it('skips forms it can only confirm', () => {
    for (const text of ['x cos(x) + sin(x)', '1/(1 - x)^2', 'e^x/(e^x + 1)', '2x/(x^2 + 1)', 'log(x) + 1', 'sigmoid(x)(1 - sigmoid(x))', '6(2x + 1)^2', 'cos(x)/sin(x)']) {
      expect(may(text), text).toBe(false);
    }
  });

  it('searches where a course would rewrite', () => {
    const rows: [string, string][] = [
      ['1/x + 1/y', 'a denominator in a sum'],
      ['e^x cos(x) + e^x sin(x)', 'a shared factor'],
      ['2x(x^3 - x) + (x^2 + 1)(3x^2 - 1)', 'a sum inside a sum'],
      ['x^2 + 2x sin(y) + sin(y)^2', 'three terms with a square'],
      ['(x - 1)(x + 1) sin(x)', 'a product of two sums'],
      ['(x^2 - 1)/(x - 1) + sin(x)', 'a sum over a denominator'],
      ['-4(1 - x)^3 sin(x)', 'a sum times a negative number'],
      ['x(x + 1)', 'a short factor times a sum'],
      ['(cos(x) + sin(x))^2', 'a power of a trigonometric sum'],
      ['sin(x/2 + x/3)', 'inside a function'],
    ];
    for (const [text, why] of rows) expect(may(text), `${text}: ${why}`).toBe(true);
  });

  it('changes no answer on the derivative and simplify corpora (first and second derivatives, and simplify)', () => {
    const trees = [
      ...corpus('derivatives.txt').flatMap((l) => {
        const d1 = derivativeOf(parse(l), 'x');
        return [d1, derivativeOf(simplify(d1), 'x')];
      }),
      ...corpus('simplify.txt').map((l) => parse(l)),
    ];
    expect(trees.length).toBeGreaterThan(350);
    for (const t of trees) expect(format(simplify(t)), format(t)).toBe(format(simplify(t, { exhaustive: true })));
  });
});
