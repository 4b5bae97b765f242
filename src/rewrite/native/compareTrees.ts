import type { Expr } from '../../ast/expr.js';
import { children } from '../../ast/path.js';
import { compare as compareRational } from '../../number/rational.js';

/** Rank of a node kind in the structural order: numbers, names, functions, powers, products, sums. */
const KIND_RANK: Readonly<Record<Expr['kind'], number>> = { num: 0, sym: 1, call: 2, pow: 3, mul: 4, div: 5, neg: 6, add: 7, sub: 8 };

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Compares two nodes by their own label only (kind, number, name, function, operand count). */
function compareLabel(a: Expr, b: Expr): number {
  if (a.kind !== b.kind) return KIND_RANK[a.kind] - KIND_RANK[b.kind];
  switch (a.kind) {
    case 'num':
      return compareRational(a.value, (b as typeof a).value);
    case 'sym':
      return cmp(a.name, (b as typeof a).name);
    case 'call':
      return cmp(a.fn, (b as typeof a).fn) || a.args.length - (b as typeof a).args.length;
    case 'add':
    case 'mul':
      return a.args.length - (b as typeof a).args.length;
    default:
      return 0;
  }
}

/**
 * A deterministic total order on trees (the same in every run, unlike interned keys): labels compared in pre-order,
 * stopping at the first difference, without recursion. Equal trees compare 0.
 * Example: compareTrees(parse('x'), parse('y')) < 0 and compareTrees(parse('e^x'), parse('e^(-x)')) < 0.
 */
export function compareTrees(a: Expr, b: Expr): number {
  const stack: [Expr, Expr][] = [[a, b]];
  while (stack.length) {
    const [x, y] = stack.pop()!;
    if (x === y) continue;
    const c = compareLabel(x, y);
    if (c !== 0) return c;
    const kx = children(x);
    const ky = children(y);
    for (let i = kx.length - 1; i >= 0; i--) stack.push([kx[i]!, ky[i]!]);
  }
  return 0;
}
