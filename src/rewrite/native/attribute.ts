import type { Expr } from '../../ast/expr.js';
import { children } from '../../ast/path.js';

/**
 * A memoised bottom-up attribute of trees (has variables, printed text, ...): computed without recursion, once per
 * node object, so asking it of every prefix of a 100,000-deep chain stays linear.
 * Example: const count = attribute<number>((n, kids) => 1 + kids.reduce((a, b) => a + b, 0)); count(parse('x + 1')) is 3.
 */
export function attribute<T>(compute: (node: Expr, kids: readonly T[]) => T): (e: Expr) => T {
  const memo = new WeakMap<Expr, T>();
  return (root: Expr): T => {
    const known = memo.get(root);
    if (known !== undefined || memo.has(root)) return known as T;
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
      memo.set(node, compute(node, kids.map((k) => memo.get(k) as T)));
    }
    return memo.get(root) as T;
  };
}
