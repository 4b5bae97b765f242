/**
 * The shared tree generators of tests/support/arbitraries.ts do what they promise: safe trees are finite
 * everywhere (checked with a small evaluator written here, independent of src/numeric), parser-producible trees
 * parse back, and deep trees have the depth and text they claim.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Expr } from '../../src/ast/expr.js';
import { fold, depth } from '../../src/ast/path.js';
import { parse } from '../../src/parse/parse.js';
import { equals } from '../../src/ast/equal.js';
import { anyTree, deepTree, safeTree } from '../support/arbitraries.js';

const FUNCTIONS: Readonly<Record<string, (x: number) => number>> = {
  sin: Math.sin, cos: Math.cos, atan: Math.atan, tanh: Math.tanh, exp: Math.exp, log: Math.log, sqrt: Math.sqrt,
  sigmoid: (x) => 1 / (1 + Math.exp(-x)), softplus: (x) => Math.log1p(Math.exp(-Math.abs(x))) + Math.max(x, 0),
};

function evaluate(e: Expr, scope: Readonly<Record<string, number>>): number {
  return fold<number>(e, (node, k) => {
    switch (node.kind) {
      case 'num': return Number(node.value.num) / Number(node.value.den);
      case 'sym': return node.name === 'pi' ? Math.PI : scope[node.name]!;
      case 'neg': return -k[0]!;
      case 'add': return k.reduce((a, b) => a + b, 0);
      case 'sub': return k[0]! - k[1]!;
      case 'mul': return k.reduce((a, b) => a * b, 1);
      case 'div': return k[0]! / k[1]!;
      case 'pow': return k[0]! ** k[1]!;
      case 'call': return FUNCTIONS[node.fn]!(k[0]!);
    }
  });
}

describe('tree generators', () => {
  it('safe trees are finite for every real value of their variables', () => {
    const point = fc.double({ min: -3, max: 3, noNaN: true });
    fc.assert(fc.property(safeTree(['x', 'y'], 3), point, point, (t, x, y) => Number.isFinite(evaluate(t, { x, y }))), { numRuns: 2000 });
  });

  it('any-tree covers every node kind', () => {
    const kinds = new Set<string>();
    for (const t of fc.sample(anyTree(), 300)) fold(t, (n) => void kinds.add(n.kind === 'call' ? `call:${n.fn}` : n.kind));
    for (const k of ['num', 'sym', 'neg', 'add', 'sub', 'mul', 'div', 'pow', 'call:D', 'call:Limit', 'call:Integral', 'call:Sum', 'call:List']) expect(kinds).toContain(k);
  });

  it.each(['neg', 'paren', 'sin', 'pow', 'sum', 'fraction'] as const)('deep %s trees have the depth and the text they claim', (kind) => {
    const { tree, text } = deepTree(kind, 50);
    expect(depth(tree)).toBe({ neg: 51, paren: 1, sin: 51, pow: 51, sum: 51, fraction: 101 }[kind]);
    expect(equals(parse(text), tree)).toBe(true);
  });
});
