/**
 * Deferred nodes: what the grammar's postprocessors return while parsing.
 *
 * An Earley parser runs a postprocessor every time a rule completes, also for the many completions that never
 * make it into the final parse: the sum `a + b` completes after `b`, again after `b c`, after `b c^d`, ... If
 * each completion built its tree, long products, power towers and function chains would cost quadratic time.
 * So postprocessors build small deferred nodes in O(1) (sums and products as persistent chains that share
 * their prefix), and `resolve` turns the one tree that is kept into an Expr, once, without recursion (a
 * 100,000-deep `- - - x` or `√√√x` is a deep chain of deferred nodes).
 */
import type { Expr } from '../ast/expr.js';

/** A node whose Expr is built on demand from its parts; the result is remembered. */
export abstract class Deferred {
  memo: Expr | undefined = undefined;
  /** The values this node is built from, in order. */
  abstract parts(): readonly Data[];
  /** Builds the node from its resolved parts. */
  abstract build(parts: readonly Expr[]): Expr;
}

export type Data = Expr | Deferred;

/** A deferred node built by a function of its parts. Example: new Apply([x], ([e]) => B.neg(e!)). */
export class Apply extends Deferred {
  constructor(
    private readonly inputs: readonly Data[],
    private readonly make: (parts: readonly Expr[]) => Expr,
  ) {
    super();
  }
  parts(): readonly Data[] {
    return this.inputs;
  }
  build(parts: readonly Expr[]): Expr {
    return this.make(parts);
  }
}

/** The Expr of a parsed value; builds every pending node, children first, with an explicit stack. */
export function resolve(root: Data): Expr {
  if (!(root instanceof Deferred)) return root;
  if (root.memo) return root.memo;
  const stack: { node: Deferred; parts: readonly Data[]; next: number }[] = [{ node: root, parts: root.parts(), next: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    let pending: Deferred | undefined;
    while (top.next < top.parts.length) {
      const part = top.parts[top.next]!;
      if (part instanceof Deferred && !part.memo) {
        pending = part;
        break;
      }
      top.next++;
    }
    if (pending) {
      stack.push({ node: pending, parts: pending.parts(), next: 0 });
      continue;
    }
    top.node.memo = top.node.build(top.parts.map((p) => (p instanceof Deferred ? p.memo! : p)));
    stack.pop();
  }
  return root.memo!;
}

/** A persistent list, appended to in O(1) by each completion and shared between them. */
export class Chain<T> {
  constructor(
    readonly prev: Chain<T> | undefined,
    readonly item: T,
  ) {}
  /** The items, first to last. */
  toArray(): T[] {
    const items: T[] = [];
    for (let c: Chain<T> | undefined = this; c; c = c.prev) items.push(c.item);
    return items.reverse();
  }
}
