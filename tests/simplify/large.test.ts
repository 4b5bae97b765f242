import { describe, expect, it } from 'vitest';
import type { Expr } from '../../src/ast/expr.js';
import { add, call, mul, num, pow, sub, sym } from '../../src/ast/build.js';
import { depth, size } from '../../src/ast/path.js';
import { format } from '../../src/ast/print.js';
import { explainSimplify, simplify } from '../../src/algebra/simplify.js';

/** Trees with 100,000 nodes or 100,000 levels, built without recursion. */
const N = 100_000;
const chain = (n: number, step: (e: Expr, i: number) => Expr, start: Expr = sym('x')): Expr => {
  let e = start;
  for (let i = 1; i <= n; i++) e = step(e, i);
  return e;
};

describe('simplify on 100,000-node and 100,000-deep trees (no stack overflow, about linear time)', () => {
  it('a 100,000-deep chain of sines is already simplified', () => {
    const e = chain(N, (t) => call('sin', t));
    expect(depth(e)).toBe(N + 1);
    const r = simplify(e);
    expect(size(r)).toBe(N + 1);
  });

  it('((x + 1) + 1) + ... 100,000 deep becomes x + 100000, with its steps', () => {
    const e = chain(N, (t) => add(t, num(1)));
    expect(format(simplify(e))).toBe('x + 100000');
    const d = explainSimplify(e);
    expect(format(d.result)).toBe('x + 100000');
    expect(d.steps.map((s) => s.rule)).toEqual(['simplify.working-form', 'simplify.add-numbers']);
  });

  it('x0 - x1 - x2 - ... 100,000 deep keeps every term, in order', () => {
    const e = chain(N - 1, (t, i) => sub(t, sym(`x${i}`)), sym('x0'));
    const text = format(simplify(e));
    expect(text.startsWith('x0 - x1 - x10 - x100 - x1000 - x10000 - x10001')).toBe(true);
    expect(text.split(' - ')).toHaveLength(N);
  });

  it('x(x(x ...)) 100,000 deep is x^100001', () => {
    expect(format(simplify(chain(N, (t) => mul(sym('x'), t))))).toBe('x^100001');
  });

  it('a flat sum of 25,000 terms (100,000 nodes) collects like terms', () => {
    const terms = Array.from({ length: N / 4 }, (_, i) => mul(num((i % 7) + 1), pow(sym('x'), num(i % 5))));
    const c = [0, 0, 0, 0, 0];
    for (let i = 0; i < N / 4; i++) c[i % 5]! += (i % 7) + 1;
    expect(format(simplify(add(...terms)))).toBe(`${c[4]}x^4 + ${c[3]}x^3 + ${c[2]}x^2 + ${c[1]}x + ${c[0]}`);
  });

  it('time grows about linearly: twice the nodes, well under four times the time', () => {
    const time = (n: number, name: string) => {
      const e = chain(n, (t, i) => (i % 2 ? call('cos', add(t, sym(name))) : mul(t, num(2))));
      const started = performance.now();
      simplify(e);
      return performance.now() - started;
    };
    time(5_000, 'warm');
    const small = Math.min(time(20_000, 'a'), time(20_000, 'b'));
    const large = Math.min(time(40_000, 'c'), time(40_000, 'd'));
    expect(large / small).toBeLessThan(3.5);
  });
});
