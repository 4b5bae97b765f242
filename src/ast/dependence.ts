import type { Expr } from './expr.js';
import { memoFold, type Memo } from './memoFold.js';
import { nodeMemo } from './nodeMemo.js';

/**
 * Whether a subtree contains a variable, memoised per node and per variable name. Rules ask this at every node of a
 * derivative ("is this factor constant?"); walking the subtree each time would make deep trees quadratic, so each
 * node is answered once, bottom-up, without recursion.
 */
const memo = new Map<string, Memo<boolean>>();

function tableFor(x: string): Memo<boolean> {
  let table = memo.get(x);
  if (!table) {
    table = nodeMemo<boolean>();
    memo.set(x, table);
  }
  return table;
}

/** True when the symbol `x` occurs in `e`. Example: dependsOn(parse('2 sin(x)'), 'x') is true, on 'y' false. */
export function dependsOn(e: Expr, x: string): boolean {
  return memoFold<boolean>(e, (node, kids) => (node.kind === 'sym' ? node.name === x : kids.some((k) => k)), tableFor(x));
}
