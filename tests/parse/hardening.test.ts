/**
 * Hostile input: giant literals, huge exponents, odd Unicode, names that are JavaScript property names, very
 * long and pathological inputs. parse must return a tree or throw ParseError, and finish (vitest's timeout is
 * the hang detector; the inputs that take longest run in about a second).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { ParseError } from '../../src/errors.js';
import { toSx } from '../support/sexpr.js';

function outcome(text: string, functions: string[] = []): string {
  try {
    return toSx(parse(text, { functions }));
  } catch (e) {
    if (e instanceof ParseError) return `error ${e.problems[0]!.code} ${e.problems[0]!.line}:${e.problems[0]!.column}`;
    throw e;
  }
}

describe('giant numbers', () => {
  it('reads a 10,000-digit literal exactly and rejects a longer one', () => {
    const digits = '7'.repeat(10_000);
    const e = parse(digits);
    expect(e.kind === 'num' && e.value.num === BigInt(digits)).toBe(true);
    expect(outcome(`${digits}7`)).toBe('error number-too-long 1:1');
  });
  it('rejects exponents past the size budget instead of building them', () => {
    expect(outcome('1e999999999')).toBe('error number-too-large 1:1');
    expect(outcome('x + 1e-999999999')).toBe('error number-too-large 1:5');
    expect(outcome('1e400000')).toBe('error number-too-large 1:1'); // past 10^6 bits
  });
  it('keeps 2^(10^9) as a tree: parsing evaluates nothing', () => {
    expect(outcome('2^(10^9)')).toBe('(^ 2 (^ 10 9))');
    expect(outcome('10^10^10^10')).toBe('(^ 10 (^ 10 (^ 10 10)))');
    expect(outcome('1000000!')).toBe('error bad-character 1:8');
  });
  it('reads long decimals exactly', () => {
    expect(outcome(`0.${'0'.repeat(500)}1`)).toBe(`1/1${'0'.repeat(501)}`);
  });
});

describe('odd Unicode', () => {
  it.each([
    ['x\u200by', 'error bad-character 1:2'], // zero-width space
    ['\u200dx', 'error bad-character 1:1'], // zero-width joiner
    ['x + 😀', 'error bad-character 1:5'],
    ['👍🏽', 'error bad-character 1:1'],
    ['x\u0301 + 1', 'error bad-character 1:2'], // combining acute accent
    ['e\u0308', 'error bad-character 1:2'],
    ['\u202ex + 1', 'error bad-character 1:1'], // right-to-left override
    ['x\u200f', 'error bad-character 1:2'], // right-to-left mark
    ['\u061c1', 'error bad-character 1:1'], // Arabic letter mark
    ['\ufeffx', 'error bad-character 1:1'], // byte-order mark
    ['\u0000', 'error bad-character 1:1'],
    ['x\u2028y', 'error bad-character 1:2'], // line separator
    ['\ud800', 'error bad-character 1:1'], // lone surrogate
    ['ｘ', 'ｘ'], // full-width letter: a letter, so a name
    ['x\u00a0+\u2009y', '(+ x y)'], // no-break and thin spaces are spaces
    ['αβγ', 'αβγ'],
    ['Δx', 'Δx'],
    ['ℏ', 'ℏ'],
    ['x₁', 'error bad-character 1:2'], // subscript digits are not supported: write x_1
  ])('%j', (input, expected) => {
    expect(outcome(input)).toBe(expected);
  });
});

describe('names that are JavaScript property names', () => {
  const hostile = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'prototype', 'length', 'then'];
  it.each(hostile)('%s is a plain symbol, in sums and as a defined function', (name) => {
    expect(outcome(name)).toBe(name);
    expect(outcome(`2${name} + ${name}^2`)).toBe(`(+ (* 2 ${name}) (^ ${name} 2))`);
    expect(outcome(`${name}(x)`)).toBe('error unknown-function 1:1');
    expect(outcome(`${name}(x)`, [name])).toBe(`(${name} x)`);
    expect(outcome(`${name}(x) := x`)).toBe(`(Define (${name} x) x)`);
  });
  it('__proto__ is not a name (names start with a letter), and is rejected cleanly', () => {
    expect(outcome('__proto__')).toBe('error unexpected-token 1:1');
    expect(outcome('x__proto__')).toBe('x__proto__');
    expect(outcome('x__proto__(y)', ['x__proto__'])).toBe('(x__proto__ y)');
  });
  it('defining hostile names does not leak into later parses', () => {
    parse('x', { functions: ['constructor', 'toString'] });
    expect(outcome('constructor(x)')).toBe('error unknown-function 1:1');
  });
});

describe('long and pathological inputs finish', () => {
  const n = 20_000;
  it.each([
    ['a long sum', 'x + '.repeat(n) + 'x', null],
    ['a long product', 'x*'.repeat(n) + 'x', null],
    ['a long juxtaposition', 'x '.repeat(n), null],
    ['many function chains', 'sin x '.repeat(n), null],
    ['a long list', `[${'x, '.repeat(n)}x]`, null],
    ['many minus signs before a product', `${'-'.repeat(n)}${'x*'.repeat(n)}x`, null],
    ['many roots before a tower', `${'√'.repeat(n)}${'x^'.repeat(n)}x`, null],
    ['roots inside a tower', `${'√x^'.repeat(n)}x`, null],
    ['signs inside a tower', `${'x^-'.repeat(n)}x`, null],
    ['nested derivatives', `${'d/dx '.repeat(n)}x`, null],
    ['only bars', '|'.repeat(n), 'unexpected-end'],
    ['bars and names', '|x'.repeat(n), 'unexpected-token'],
    ['unclosed brackets', '('.repeat(n), 'unexpected-end'],
    ['unclosed calls', 'sin('.repeat(n), 'unexpected-end'],
    ['a dangling operator at the end', `${'x + '.repeat(n)}`, 'unexpected-end'],
    ['an error at the end of a deep nesting', `${'('.repeat(n)}x${')'.repeat(n - 1)}]`, 'unexpected-token'],
    ['many lines', 'x +\n'.repeat(n) + 'x', null],
    ['a definition with many parameters', `f(${'x, '.repeat(n)}x) := x`, null],
    ['a definition with a long body', `f(x) := ${'x + '.repeat(n)}x`, null],
  ] as const)('%s', (_label, text, code) => {
    const result = outcome(text);
    if (code) expect(result.startsWith(`error ${code}`)).toBe(true);
    else expect(result.startsWith('error')).toBe(false);
  }, 120_000);

  it('a 200 KB sum of products parses (1 MB is measured by tests/support/parseSpeed.ts)', () => {
    const term = '12*x^3*y^4';
    const count = Math.ceil(200_000 / (term.length + 3));
    const e = parse(Array.from({ length: count }, () => term).join(' + '));
    expect(e.kind === 'add' && e.args.length).toBe(count);
  }, 120_000);
});
