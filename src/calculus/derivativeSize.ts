import type { Expr } from '../ast/expr.js';
import { memoFold } from '../ast/memoFold.js';
import { children } from '../ast/path.js';
import { UnsupportedError } from '../errors.js';

/**
 * Most nodes a derivative may have when written out as a tree. Derivatives share subtrees (the Chain Rule on
 * f1(f2(...fn(x))) reuses each inner function), so the shared form stays linear while the written-out form can grow
 * quadratically; past this size simplifying or printing it would take too long, so we say so instead.
 */
export const WRITTEN_SIZE_LIMIT = 2_000_000;

/** Below this depth the count recurses (no stack or child arrays); deeper trees go through the iterative memoFold. */
const RECURSION_LIMIT = 200;

/**
 * The number of nodes of `e` written out as a tree (shared subtrees counted every time they occur), counted on the
 * shared form, each shared node once; stops counting at `limit + 1`. Example: writtenSize(parse('x + x')) is 3.
 */
export function writtenSize(e: Expr, limit = Number.MAX_SAFE_INTEGER): number {
  const seen = new Map<Expr, number>();
  const visit = (node: Expr, kids: readonly number[]): number => {
    let total = 1;
    for (const k of kids) total = Math.min(limit + 1, total + k);
    return total;
  };
  const sizeAt = (node: Expr, depth: number): number => {
    if (node.kind === 'num' || node.kind === 'sym') return 1;
    const known = seen.get(node);
    if (known !== undefined) return known;
    if (depth > RECURSION_LIMIT) return memoFold<number>(node, visit, seen);
    let total = 1;
    for (const k of children(node)) total = Math.min(limit + 1, total + sizeAt(k, depth + 1));
    seen.set(node, total);
    return total;
  };
  return sizeAt(e, 0);
}

/** Throws UnsupportedError when a derivative is too large to write out. Example: checkWrittenSize(parse('x')) passes. */
export function checkWrittenSize(e: Expr, limit = WRITTEN_SIZE_LIMIT): Expr {
  const n = writtenSize(e, limit);
  if (n > limit) throw new UnsupportedError(`the derivative has more than ${limit} nodes when written out; fluxion does not simplify or print results this large`);
  return e;
}
