import type { Expr } from './expr.js';
import { children, FOLD_RECURSION_LIMIT } from './path.js';

/** The part of Map and WeakMap that memoFold needs, so callers can keep a memo across calls (WeakMap) or not (Map). */
export type Memo<T> = { has(node: Expr): boolean; get(node: Expr): T | undefined; set(node: Expr, value: T): unknown };

/**
 * Bottom-up fold that visits each distinct node object once (recursion only while shallow). Trees that share subtrees (as
 * derivatives do) are DAGs, where a plain fold would revisit shared parts exponentially often; nodes already in
 * `memo` are not visited again, so a persistent memo makes repeated questions about prefixes of a chain linear.
 * Example: memoFold(parse('x + x'), (n, kids) => 1 + kids.length) visits the node x once.
 */
export function memoFold<T>(root: Expr, visit: (node: Expr, kids: readonly T[]) => T, memo: Memo<T> = new Map<Expr, T>()): T {
  return memoFoldAt(root, visit, memo, 0);
}

/** Recursive while shallow (see FOLD_RECURSION_LIMIT), with explicit stacks deeper down. */
function memoFoldAt<T>(node: Expr, visit: (node: Expr, kids: readonly T[]) => T, memo: Memo<T>, depth: number): T {
  if (memo.has(node)) return memo.get(node) as T;
  if (depth > FOLD_RECURSION_LIMIT) return memoFoldDeep(node, visit, memo);
  const kids = children(node);
  const values = new Array<T>(kids.length);
  for (let i = 0; i < kids.length; i++) values[i] = memoFoldAt(kids[i]!, visit, memo, depth + 1);
  const value = visit(node, values);
  memo.set(node, value);
  return value;
}

function memoFoldDeep<T>(root: Expr, visit: (node: Expr, kids: readonly T[]) => T, memo: Memo<T>): T {
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
    memo.set(node, visit(node, kids.map((k) => memo.get(k) as T)));
  }
  return memo.get(root) as T;
}
