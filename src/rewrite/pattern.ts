import type { Expr } from '../ast/expr.js';
import { walk } from '../ast/path.js';

/**
 * Patterns are ordinary trees whose symbols starting with `?` are holes: `?u` binds one subtree (a repeated hole
 * must bind equal subtrees), `?rest...` binds the remaining operands of an n-ary `+`, `*` or a call (last position).
 */
export type Bindings = ReadonlyMap<string, Expr | readonly Expr[]>;

export const isHole = (e: Expr): e is Expr & { kind: 'sym' } => e.kind === 'sym' && e.name.startsWith('?');
export const isSegment = (e: Expr): e is Expr & { kind: 'sym' } => isHole(e) && e.name.endsWith('...');

/** The hole names a pattern uses. Example: holesOf(parse('?u ^ ?n', rules)) is {'?u', '?n'}. */
export function holesOf(pattern: Expr): Set<string> {
  const names = new Set<string>();
  for (const { node } of walk(pattern)) if (isHole(node)) names.add(node.name);
  return names;
}

/** The index key of a pattern's root: rules are looked up by the head of the node they could rewrite. */
export function headKey(e: Expr): string | undefined {
  if (isHole(e)) return undefined; // a bare hole matches anything
  return e.kind === 'call' ? `call:${e.fn}` : e.kind;
}
