import { describe, expect, it } from 'vitest';
import { add, call, div, mul, neg, num, pow, sym } from '../../src/ast/build.js';
import type { Expr } from '../../src/ast/expr.js';
import { depth } from '../../src/ast/path.js';
import { format } from '../../src/ast/print.js';
import { UnsupportedError } from '../../src/errors.js';
import { cancel } from '../../src/algebra/cancel.js';
import { expand } from '../../src/algebra/expand.js';
import { factor } from '../../src/algebra/factor.js';

/** 100,000-deep and 100,000-node trees: nothing may recurse on the tree. */
const N = 100_000;
const x = sym('x');

function chain(n: number, step: (e: Expr) => Expr, start: Expr = x): Expr {
  let e = start;
  for (let i = 0; i < n; i++) e = step(e);
  return e;
}

describe('large trees', () => {
  it('a 100,000-deep sum', () => {
    const e = chain(N, (t) => add(t, num(1)));
    expect(format(expand(e))).toBe('x + 100000');
    expect(format(cancel(e))).toBe('x + 100000');
    expect(format(factor(e))).toBe('x + 100000');
  });
  it('a 100,000-node flat sum and a 100,000-deep product', () => {
    expect(format(expand(add(...Array.from({ length: N }, () => x))))).toBe('100000x');
    expect(format(expand(chain(N - 1, (t) => mul(x, t))))).toBe('x^100000');
  });
  it('100,000 nested minus signs', () => {
    expect(format(expand(chain(N, neg)))).toBe('x');
  });
  it('100,000 nested functions, expanded and cancelled inside', () => {
    const e = chain(N, (t) => call('sin', t), add(x, x));
    const expanded = expand(e);
    expect(depth(expanded)).toBe(N + 2);
    expect(format(expanded).endsWith('(2x' + ')'.repeat(N))).toBe(true);
    const c = cancel(chain(N, (t) => call('sin', t), div(sub2(pow(x, num(2)), num(1)), sub2(x, num(1)))));
    expect(format(c).endsWith('(x + 1' + ')'.repeat(N))).toBe(true);
  });
  it('refuses expansions beyond the budget quickly', () => {
    const start = performance.now();
    expect(() => expand('(x + y + z)^1000')).toThrow(UnsupportedError);
    expect(() => expand('(x + 1)^1000000')).toThrow(UnsupportedError);
    expect(() => expand(mul(...Array.from({ length: 40 }, (_, i) => add(sym(`a${i}`), sym(`b${i}`)))))).toThrow(UnsupportedError);
    expect(performance.now() - start).toBeLessThan(2000);
  });
  it('keeps huge exponents of single atoms as atoms', () => {
    const huge = pow(x, pow(num(10), num(30)));
    expect(format(expand(mul(huge, x)))).toBe('x x^1000000000000000000000000000000');
  });
});

function sub2(a: Expr, b: Expr): Expr {
  return { kind: 'sub', left: a, right: b };
}

describe('large trees with many different atoms', () => {
  const atoms = (n: number) => Array.from({ length: n }, (_, i) => sym(`x${i}`));
  it('a 100,000-term sum of different atoms, flat and as a 100,000-deep chain of minus signs', () => {
    const xs = atoms(N);
    const flat = expand(add(...xs));
    expect(format(flat).length).toBeGreaterThan(N * 4);
    let chain: Expr = xs[0]!;
    for (let i = 1; i < N; i++) chain = { kind: 'sub', left: chain, right: xs[i]! };
    const c = expand(chain);
    expect(format(c).startsWith('x0 - x1 - x10 - x100 - x1000 - x10000')).toBe(true);
    expect(format(cancel(chain)).startsWith('x0 - x1 - x10 - x100')).toBe(true);
  });
  it('a product of 100,000 different atoms and a sum of 10,000 fractions over x', () => {
    expect(format(expand(mul(...atoms(N)))).startsWith('x0 x1 x10 x100 x1000 x10000')).toBe(true);
    const fractions = add(...Array.from({ length: 10_000 }, (_, i) => div(sym(`y${i}`), x)));
    expect(format(cancel(fractions)).endsWith(')/x')).toBe(true);
  });
  it('a right-nested sum of 100,000 sines', () => {
    let e: Expr = num(0);
    for (let i = 0; i < N; i++) e = add(call('sin', mul(num(i + 1), x)), e);
    expect(format(expand(e)).startsWith('sin(100000x) + sin(10000x) + sin(10001x)')).toBe(true);
  });
});
