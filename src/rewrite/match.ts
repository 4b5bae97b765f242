import type { Expr } from '../ast/expr.js';
import { children } from '../ast/path.js';
import { equals } from '../ast/equal.js';
import { ratEquals } from '../number/rational.js';
import { nodeMemo } from '../ast/nodeMemo.js';
import { type Bindings, isHole, isSegment } from './pattern.js';

/**
 * Matching with holes, repeated holes, segments, and commutative `+` and `*` (operands in any order). Every match is
 * produced lazily, so the caller can reject one that fails a `where` condition and ask for the next. A budget bounds
 * the work a single match may do (commutative matching is combinatorial), and running out simply ends the search.
 */
export type MatchBudget = { steps: number };

export const DEFAULT_MATCH_STEPS = 20_000;

/** All ways `pattern` matches `expr`. Example: [...matchAll(?a + ?b, x + 1)] has two bindings (a=x,b=1 and a=1,b=x). */
export function* matchAll(pattern: Expr, expr: Expr, budget: MatchBudget = { steps: DEFAULT_MATCH_STEPS }): Generator<Bindings> {
  if (isPlain(pattern)) {
    const b = new Map<string, Expr>();
    if (matchPlain(pattern, expr, b)) yield b;
    return;
  }
  yield* matchNode(pattern, expr, new Map(), budget);
}

const plain = nodeMemo<boolean>();

/**
 * No `+`, `*` or segment anywhere: the pattern matches in at most one way, found by matchPlain with one Map and no
 * generators (most derivative rows and many identities; the general matcher costs about five times more).
 */
function isPlain(p: Expr): boolean {
  let known = plain.get(p);
  if (known === undefined) {
    known = p.kind !== 'add' && p.kind !== 'mul' && !isSegment(p) && children(p).every(isPlain);
    plain.set(p, known);
  }
  return known;
}

/** A plain pattern's one match, holes bound left to right as matchNode binds them. */
function matchPlain(p: Expr, e: Expr, b: Map<string, Expr>): boolean {
  if (isHole(p)) {
    const old = b.get(p.name);
    if (old === undefined) {
      b.set(p.name, e);
      return true;
    }
    return sameTree(old, e);
  }
  if (p.kind !== e.kind) return false;
  switch (p.kind) {
    case 'num':
      return ratEquals(p.value, (e as typeof p).value);
    case 'sym':
      return p.name === (e as typeof p).name;
    case 'neg':
      return matchPlain(p.arg, (e as typeof p).arg, b);
    case 'sub':
    case 'div':
      return matchPlain(p.left, (e as typeof p).left, b) && matchPlain(p.right, (e as typeof p).right, b);
    case 'pow':
      return matchPlain(p.base, (e as typeof p).base, b) && matchPlain(p.exp, (e as typeof p).exp, b);
    case 'call': {
      const args = (e as typeof p).args;
      if (p.fn !== (e as typeof p).fn || p.args.length !== args.length) return false;
      for (let i = 0; i < args.length; i++) if (!matchPlain(p.args[i]!, args[i]!, b)) return false;
      return true;
    }
    default:
      return false;
  }
}

/** equals, with names and numbers compared directly (a repeated hole mostly meets a variable, a fresh symbol). */
function sameTree(a: Expr, b: Expr): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'sym') return a.name === (b as typeof a).name;
  if (a.kind === 'num') return ratEquals(a.value, (b as typeof a).value);
  return equals(a, b);
}

/** The first match, or undefined. */
export function match(pattern: Expr, expr: Expr): Bindings | undefined {
  for (const b of matchAll(pattern, expr)) return b;
  return undefined;
}

function bindHole(name: string, value: Expr | readonly Expr[], b: Bindings): Bindings | undefined {
  const old = b.get(name);
  if (old === undefined) return new Map(b).set(name, value);
  if (Array.isArray(old) !== Array.isArray(value)) return undefined;
  if (Array.isArray(old)) {
    const v = value as readonly Expr[];
    return old.length === v.length && old.every((o, i) => equals(o, v[i]!)) ? b : undefined;
  }
  return equals(old as Expr, value as Expr) ? b : undefined;
}

function* matchNode(p: Expr, e: Expr, b: Bindings, budget: MatchBudget): Generator<Bindings> {
  if (--budget.steps < 0) return;
  if (isHole(p)) {
    const r = bindHole(p.name, e, b);
    if (r) yield r;
    return;
  }
  if (p.kind !== e.kind) return;
  switch (p.kind) {
    case 'num':
      if (ratEquals(p.value, (e as typeof p).value)) yield b;
      return;
    case 'sym':
      if (p.name === (e as typeof p).name) yield b;
      return;
    case 'call':
      if (p.fn !== (e as typeof p).fn) return;
      yield* matchOrdered(p.args, (e as typeof p).args, b, budget);
      return;
    case 'add':
    case 'mul':
      yield* matchCommutative(p.args, (e as typeof p).args, b, budget);
      return;
    default:
      yield* matchOrdered(children(p), children(e), b, budget);
  }
}

/** Operands in order; a trailing segment takes what is left. */
function* matchOrdered(ps: readonly Expr[], es: readonly Expr[], b: Bindings, budget: MatchBudget, i = 0): Generator<Bindings> {
  if (i === ps.length) {
    if (es.length === i) yield b;
    return;
  }
  const p = ps[i]!;
  if (isSegment(p) && i === ps.length - 1) {
    const r = bindHole(p.name, es.slice(i), b);
    if (r) yield r;
    return;
  }
  if (i >= es.length) return;
  for (const b2 of matchNode(p, es[i]!, b, budget)) yield* matchOrdered(ps, es, b2, budget, i + 1);
}

/**
 * Operands of `+` or `*` in any order: each non-segment pattern operand picks a distinct expression operand;
 * a segment (last) takes the rest in their original order. Without a segment the counts must be equal.
 */
function* matchCommutative(ps: readonly Expr[], es: readonly Expr[], b: Bindings, budget: MatchBudget): Generator<Bindings> {
  const last = ps[ps.length - 1];
  const segment = last && isSegment(last) ? last : undefined;
  const fixed = segment ? ps.slice(0, -1) : ps;
  if (segment ? fixed.length > es.length : fixed.length !== es.length) return;
  // Try literal (hole-free) pattern operands first: they prune the search most.
  const order = fixed.map((p, i) => i).sort((a, c) => Number(isHole(fixed[a]!)) - Number(isHole(fixed[c]!)));
  const used = new Array<boolean>(es.length).fill(false);
  function* place(k: number, bk: Bindings): Generator<Bindings> {
    if (k === order.length) {
      if (!segment) {
        yield bk;
        return;
      }
      const rest = es.filter((_, j) => !used[j]);
      const r = bindHole(segment.name, rest, bk);
      if (r) yield r;
      return;
    }
    const p = fixed[order[k]!]!;
    for (let j = 0; j < es.length; j++) {
      if (used[j]) continue;
      if (budget.steps <= 0) return;
      used[j] = true;
      for (const b2 of matchNode(p, es[j]!, bk, budget)) yield* place(k + 1, b2);
      used[j] = false;
    }
  }
  yield* place(0, b);
}
