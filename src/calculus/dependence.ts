import type { Expr } from '../ast/expr.js';
import { children } from '../ast/path.js';

/**
 * Whether a subtree contains a variable, memoised per node and per variable name. Rules ask this at every node of a
 * derivative ("is this factor constant?"); walking the subtree each time would make deep trees quadratic, so each
 * node is answered once, bottom-up, without recursion.
 */
const memo = new Map<string, WeakMap<Expr, boolean>>();

function tableFor(x: string): WeakMap<Expr, boolean> {
  let table = memo.get(x);
  if (!table) {
    table = new WeakMap();
    memo.set(x, table);
  }
  return table;
}

/** True when the symbol `x` occurs in `e`. Example: dependsOn(parse('2 sin(x)'), 'x') is true, on 'y' false. */
export function dependsOn(e: Expr, x: string): boolean {
  const table = tableFor(x);
  const known = table.get(e);
  if (known !== undefined) return known;
  const stack: Expr[] = [e];
  while (stack.length) {
    const node = stack[stack.length - 1]!;
    if (table.has(node)) {
      stack.pop();
      continue;
    }
    if (node.kind === 'sym' || node.kind === 'num') {
      table.set(node, node.kind === 'sym' && node.name === x);
      stack.pop();
      continue;
    }
    const kids = children(node);
    let ready = true;
    for (let i = kids.length - 1; i >= 0; i--) {
      if (!table.has(kids[i]!)) {
        stack.push(kids[i]!);
        ready = false;
      }
    }
    if (!ready) continue;
    stack.pop();
    table.set(node, kids.some((k) => table.get(k) === true));
  }
  return table.get(e)!;
}
