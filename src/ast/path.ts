import type { Expr } from './expr.js';
import { withChildren } from './build.js';

/** A path is the list of child indices from the root: [] is the root, [1, 0] the first child of the second child. */
export type Path = readonly number[];

/** The children of a node in a fixed order (the order paths use). Example: children(a - b) is [a, b]. */
export function children(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'num':
    case 'sym':
      return [];
    case 'neg':
      return [e.arg];
    case 'add':
    case 'mul':
    case 'call':
      return e.args;
    case 'sub':
    case 'div':
      return [e.left, e.right];
    case 'pow':
      return [e.base, e.exp];
  }
}

/** The subtree at a path, or undefined when the path leaves the tree. */
export function at(e: Expr, path: Path): Expr | undefined {
  let node: Expr | undefined = e;
  for (const i of path) {
    if (!node) return undefined;
    node = children(node)[i];
  }
  return node;
}

/** A new tree with the subtree at `path` replaced; shares every untouched subtree. Iterative, so deep paths are safe. */
export function replaceAt(e: Expr, path: Path, replacement: Expr): Expr {
  const spine: Expr[] = [];
  let node = e;
  for (const i of path) {
    spine.push(node);
    const next = children(node)[i];
    if (!next) throw new RangeError(`path ${path.join('.')} leaves the tree`);
    node = next;
  }
  let result = replacement;
  for (let k = path.length - 1; k >= 0; k--) {
    const parent = spine[k]!;
    const kids = children(parent).slice();
    kids[path[k]!] = result;
    result = withChildren(parent, kids);
  }
  return result;
}

/**
 * Below this depth the folds recurse, which allocates no stacks and is the common case; deeper subtrees continue
 * without recursion, so 100,000-deep trees are safe. Shared by fold and memoFold.
 */
export const FOLD_RECURSION_LIMIT = 200;

/**
 * Bottom-up fold: `visit(node, results of its children)` is called once per node, children first, left to right.
 * This is how every whole-tree operation (keys, printing, compiling, differentiating) survives 100,000-deep trees.
 */
export function fold<R>(root: Expr, visit: (node: Expr, kids: R[]) => R): R {
  return foldAt(root, visit, 0);
}

function foldAt<R>(node: Expr, visit: (node: Expr, kids: R[]) => R, depth: number): R {
  if (depth > FOLD_RECURSION_LIMIT) return foldDeep(node, visit);
  const kids = children(node);
  const results = new Array<R>(kids.length);
  for (let i = 0; i < kids.length; i++) results[i] = foldAt(kids[i]!, visit, depth + 1);
  return visit(node, results);
}

/** The same fold with explicit stacks, for subtrees below the recursion limit. */
function foldDeep<R>(root: Expr, visit: (node: Expr, kids: R[]) => R): R {
  const nodes: Expr[] = [root];
  const next: number[] = [0];
  const results: R[][] = [[]];
  for (;;) {
    const top = nodes.length - 1;
    const node = nodes[top]!;
    const kids = children(node);
    const i = next[top]!;
    if (i < kids.length) {
      next[top] = i + 1;
      nodes.push(kids[i]!);
      next.push(0);
      results.push([]);
      continue;
    }
    const value = visit(node, results[top]!);
    nodes.pop();
    next.pop();
    results.pop();
    if (nodes.length === 0) return value;
    results[nodes.length - 1]!.push(value);
  }
}

/** Every node with its path, parents before children, without recursion. */
export function* walk(root: Expr): Generator<{ node: Expr; path: number[] }> {
  const stack: { node: Expr; path: number[] }[] = [{ node: root, path: [] }];
  while (stack.length) {
    const item = stack.pop()!;
    yield item;
    const kids = children(item.node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, path: [...item.path, i] });
  }
}

/** Number of nodes in the tree. */
export const size = (e: Expr): number => fold<number>(e, (_n, kids) => kids.reduce((a, b) => a + b, 1));

/** Depth of the tree (a leaf has depth 1). */
export const depth = (e: Expr): number => fold<number>(e, (_n, kids) => 1 + kids.reduce((a, b) => Math.max(a, b), 0));
