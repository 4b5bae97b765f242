/**
 * 100,000-deep nestings parse, print and typeset without recursion (the grammar's Earley parser, the deferred
 * nodes' resolver, `format` and `latex` all work with explicit stacks). Depths are those of issue 2.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { format } from '../../src/ast/print.js';
import { latex } from '../../src/ast/latex.js';
import { equals } from '../../src/ast/equal.js';
import { depth } from '../../src/ast/path.js';
import { deepTree, type DeepKind } from '../support/arbitraries.js';

const DEEP = 100_000;

describe('deep nesting', () => {
  it.each([
    ['paren', DEEP, 1],
    ['neg', DEEP, DEEP + 1],
    ['sin', DEEP, DEEP + 1],
    ['pow', DEEP, DEEP + 1],
    ['sum', 20_000, 20_001],
    ['fraction', 20_000, 2 * 20_000 + 1],
  ] as [DeepKind, number, number][])('%s ×%i parses, prints and typesets', (kind, n, levels) => {
    const { tree, text } = deepTree(kind, n);
    const e = parse(text);
    expect(depth(e)).toBe(levels);
    expect(equals(e, tree)).toBe(true);
    expect(format(e).length).toBeGreaterThanOrEqual(kind === 'paren' ? 1 : n);
    expect(latex(e).length).toBeGreaterThanOrEqual(kind === 'paren' ? 1 : n);
  }, 300_000);

  it.each(['neg', 'sin', 'pow', 'fraction'] as DeepKind[])('%s ×10000 reads back from its printed form', (kind) => {
    const { tree } = deepTree(kind, 10_000);
    expect(equals(parse(format(tree)), tree)).toBe(true);
  }, 300_000);

  it('a deep tree built by hand (not by the parser) prints and typesets too', () => {
    const { tree } = deepTree('fraction', DEEP);
    expect(format(tree).length).toBeGreaterThan(DEEP);
    expect(latex(tree).startsWith('\\frac{1}{1 + \\frac{1}{1 + ')).toBe(true);
  }, 300_000);
});
