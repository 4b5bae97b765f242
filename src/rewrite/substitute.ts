import type { Expr } from '../ast/expr.js';
import { add, mul, addOf, mulOf, withChildren } from '../ast/build.js';
import { fold } from '../ast/path.js';
import { nodeMemo } from '../ast/nodeMemo.js';
import { children } from '../ast/path.js';
import { type Bindings, isHole, isSegment } from './pattern.js';

/**
 * Fills a rule's right-hand side with bound subtrees. A segment `?rest...` splices its operands into an enclosing
 * `+`, `*` or call; standing alone it becomes their sum or product according to `alone` (default: product).
 * Example: substitute(?n * ?u ^ (?n - 1), {n: 3, u: x}) is 3 * x ^ (3 - 1) — nothing is simplified.
 */
export function substitute(template: Expr, b: Bindings): Expr {
  if (segmentFree(template)) return fill(template, b);
  // Each visit returns the operands it stands for: one tree, or a segment's many.
  const out = fold<Expr[]>(template, (node, kids) => {
    if (isHole(node)) {
      const v = b.get(node.name);
      if (v === undefined) throw new Error(`unbound pattern variable ${node.name}`);
      return Array.isArray(v) ? [...v] : [v as Expr];
    }
    const flat = kids.flat();
    if (node.kind === 'add') return [flat.length >= 2 ? add(...flat) : addOf(flat)];
    if (node.kind === 'mul') return [flat.length >= 2 ? mul(...flat) : mulOf(flat)];
    if (node.kind === 'call') return [{ kind: 'call', fn: node.fn, args: flat }];
    // A segment under a binary node stands for the product of its operands.
    return [withChildren(node, kids.map((k) => (k.length === 1 ? k[0]! : mulOf(k))))];
  });
  return out.length === 1 ? out[0]! : mulOf(out);
}

const noSegments = nodeMemo<boolean>();

function segmentFree(t: Expr): boolean {
  let known = noSegments.get(t);
  if (known === undefined) {
    known = !isSegment(t) && children(t).every(segmentFree);
    noSegments.set(t, known);
  }
  return known;
}

const bound = (name: string, b: Bindings): Expr => {
  const v = b.get(name);
  if (v === undefined) throw new Error(`unbound pattern variable ${name}`);
  return v as Expr;
};

/**
 * substitute for a template without segments, by direct copy (no fold): holes become their bound trees, the
 * template's own leaves are shared, every other node is new, as the general path builds them.
 */
function fill(t: Expr, b: Bindings): Expr {
  switch (t.kind) {
    case 'num':
      return t;
    case 'sym':
      return isHole(t) ? bound(t.name, b) : t;
    case 'neg':
      return { kind: 'neg', arg: fill(t.arg, b) };
    case 'sub':
    case 'div':
      return { kind: t.kind, left: fill(t.left, b), right: fill(t.right, b) };
    case 'pow':
      return { kind: 'pow', base: fill(t.base, b), exp: fill(t.exp, b) };
    case 'call':
      return { kind: 'call', fn: t.fn, args: t.args.map((a) => fill(a, b)) };
    case 'add':
    case 'mul':
      return { kind: t.kind, args: t.args.map((a) => fill(a, b)) };
  }
}
