import type { Expr } from '../ast/expr.js';
import { children } from '../ast/path.js';

/**
 * Bottom-up evaluation that visits each distinct node object once (a tree that shares subtrees, as derivatives
 * do, is a DAG; a plain fold would revisit shared parts exponentially often). No recursion, so 100,000-deep
 * trees are fine. Example: walkDistinct(parse('x+x'), (n, kids) => ...) visits the node x once.
 */
export function walkDistinct<T>(root: Expr, visit: (node: Expr, kids: readonly T[]) => T): T {
  const memo = new Map<Expr, T>();
  const stack: Expr[] = [root];
  while (stack.length) {
    const node = stack[stack.length - 1]!;
    if (memo.has(node)) {
      stack.pop();
      continue;
    }
    const kids = children(node);
    let ready = true;
    for (let i = kids.length - 1; i >= 0; i--) {
      if (!memo.has(kids[i]!)) {
        stack.push(kids[i]!);
        ready = false;
      }
    }
    if (!ready) continue;
    stack.pop();
    memo.set(node, visit(node, kids.map((k) => memo.get(k)!)));
  }
  return memo.get(root)!;
}
