import type { Expr } from './expr.js';
import { memoFold, type Memo } from './memoFold.js';
import { nodeMemo } from './nodeMemo.js';
import { children } from './path.js';

/**
 * Whether a subtree contains a variable, memoised per node and per variable name. Rules ask this at every node of a
 * derivative ("is this factor constant?"); walking the subtree each time would make deep trees quadratic, so each
 * node is answered once, bottom-up.
 */
const memo = new Map<string, Memo<boolean>>();
/** The table asked for last: one variable is asked about many times in a row. */
let lastName: string | undefined;
let lastTable: Memo<boolean> | undefined;

function tableFor(x: string): Memo<boolean> {
  if (x === lastName) return lastTable!;
  let table = memo.get(x);
  if (!table) {
    table = nodeMemo<boolean>();
    memo.set(x, table);
  }
  lastName = x;
  lastTable = table;
  return table;
}

/** Below this depth the answer recurses (no stack arrays); deeper trees go through the iterative memoFold. */
const RECURSION_LIMIT = 200;

/**
 * The answer for one node: leaves directly (not memoised: the memo would cost more than the answer), interior nodes
 * from the memo or their children, stopping at the first child that depends on x.
 */
function dependsAt(e: Expr, x: string, table: Memo<boolean>, depth: number): boolean {
  if (e.kind === 'sym') return e.name === x;
  if (e.kind === 'num') return false;
  const known = table.get(e);
  if (known !== undefined) return known;
  if (depth > RECURSION_LIMIT) return memoFold<boolean>(e, (node, kids) => (node.kind === 'sym' ? node.name === x : kids.some((k) => k)), table);
  let varies = false;
  for (const k of children(e)) {
    if (dependsAt(k, x, table, depth + 1)) {
      varies = true;
      break;
    }
  }
  table.set(e, varies);
  return varies;
}

/** True when the symbol `x` occurs in `e`. Example: dependsOn(parse('2 sin(x)'), 'x') is true, on 'y' false. */
export function dependsOn(e: Expr, x: string): boolean {
  return dependsAt(e, x, tableFor(x), 0);
}
