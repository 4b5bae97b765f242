import type { Expr } from '../ast/expr.js';
import { memoFold } from '../ast/memoFold.js';
import { nodeMemo } from '../ast/nodeMemo.js';
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

/**
 * A function's bit in function masks: a hash of its name, so a bit never depends on which rules exist yet (masks
 * remembered on nodes stay right); names that share a bit only let more trees through to the matcher.
 */
const functionBits = new Map<string, number>();

function functionBit(fn: string): number {
  let bit = functionBits.get(fn);
  if (bit === undefined) {
    let h = 0;
    for (let i = 0; i < fn.length; i++) h = (Math.imul(h, 31) + fn.charCodeAt(i)) | 0;
    bit = 1 << ((h >>> 0) % 31);
    functionBits.set(fn, bit);
  }
  return bit;
}

/** Each node's function mask, kept on the node. */
const functionMasks = nodeMemo<number>();

const ownBit = (e: Expr): number => (e.kind === 'call' ? functionBit(e.fn) : 0);

/**
 * The bits of the functions called anywhere in e (one bit per name, see functionBit). A pattern's literal calls
 * match only calls of the same function, so a tree without one of its bits cannot match: the pattern rules of a
 * sum or product (Pythagorean, double angle, quotients...) are ruled out by one AND at nodes without sin, cos...
 */
export const functionMask = (e: Expr): number =>
  functionMasks.get(e) ?? memoFold<number>(e, (n, kids) => kids.reduce((m, k) => m | k, ownBit(n)), functionMasks);

/** The bits of the functions a pattern calls: a tree it matches calls them too (holes and segments need nothing). */
export function functionsNeeded(pattern: Expr): number {
  let needs = 0;
  for (const { node } of walk(pattern)) if (node.kind === 'call') needs |= functionBit(node.fn);
  return needs;
}
