import type { Expr } from './expr.js';
import { memoFold } from './memoFold.js';

/**
 * Structural keys by interning: every distinct tree shape gets a small integer id, computed bottom-up without
 * recursion and memoised per node. Equal trees get equal ids, so equality is O(1) after the first use, and the
 * compiler uses the ids for common-subexpression elimination. (Ids are process-wide; the table only grows.)
 */
const ids = new WeakMap<Expr, number>();
const table = new Map<string, number>();

function signature(e: Expr, kidIds: number[]): string {
  switch (e.kind) {
    case 'num':
      return `n${e.value.num}/${e.value.den}`;
    case 'sym':
      return `s${e.name}`;
    case 'call':
      return `c${e.fn}(${kidIds.join(',')})`;
    default:
      return `${e.kind}(${kidIds.join(',')})`;
  }
}

/** The interned id of a tree: equal trees, equal ids. Example: key(parse('x+1')) === key(parse('x + 1')). */
export function key(root: Expr): number {
  return memoFold<number>(
    root,
    (node, kidIds) => {
      const sig = signature(node, kidIds as number[]);
      let id = table.get(sig);
      if (id === undefined) {
        id = table.size + 1;
        table.set(sig, id);
      }
      return id;
    },
    ids,
  );
}

/** Structural equality. Example: equals(parse('2x'), parse('2*x')) is true. */
export const equals = (a: Expr, b: Expr): boolean => a === b || key(a) === key(b);

/** A total order on trees by key, for deterministic sorting of commutative operands. */
export const compareKeys = (a: Expr, b: Expr): number => key(a) - key(b);
