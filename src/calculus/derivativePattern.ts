import type { Call, Expr } from '../ast/expr.js';
import { equals } from '../ast/equal.js';
import { children } from '../ast/path.js';
import { ratEquals } from '../number/rational.js';
import { matchAll } from '../rewrite/match.js';
import { type Bindings, isHole, isSegment } from '../rewrite/pattern.js';
import { testPredicate } from '../rewrite/predicates.js';
import type { PatternRule } from '../rewrite/rule.js';
import { substitute } from '../rewrite/substitute.js';
import type { Condition } from '../trace/derivation.js';
import { dependsOn } from '../ast/dependence.js';
import type { DerivativeApplication, DerivativeOptions } from './derivativeNative.js';

/**
 * PatternRule.apply for the derivative rows, with `free` and `depends` answered from the dependence memo. Same
 * first-match semantics and the same trees (bindings in the same order, the template's leaves shared the same way),
 * so replaying a step with rule.apply gives the same result.
 *
 * Most rows are plain: no `+` or `*` (whose operands match in any order) and no segments, so they match in at most
 * one way. Those are matched by a direct walk that fills one Map, and their right-hand sides are built by a direct
 * copy; the general matcher (generators, a copied Map per hole) and substitute (a fold) cost five times more.
 */
export type RowApply = (d: Call, options: DerivativeOptions) => DerivativeApplication | undefined;

export function compileRow(rule: PatternRule): RowApply {
  if (!isPlain(rule.lhs) || !segmentFree(rule.rhs) || !rule.conditions.every((c) => c.args.every(segmentFree))) return (d, options) => applyGeneral(rule, d, options);
  return (d, options) => {
    const bindings = new Map<string, Expr>();
    if (!matchPlain(rule.lhs, d, bindings)) return undefined;
    return finish(rule, bindings, options, fill);
  };
}

/** The general path: every match in turn until one meets the conditions. */
function applyGeneral(rule: PatternRule, d: Call, options: DerivativeOptions): DerivativeApplication | undefined {
  for (const bindings of matchAll(rule.lhs, d)) {
    const got = finish(rule, bindings, options, substitute);
    if (got) return got;
  }
  return undefined;
}

/** The conditions checked (unknown ones assumed when `assumeGeneric`) and the right-hand side built. */
function finish(rule: PatternRule, bindings: Bindings, options: DerivativeOptions, build: (t: Expr, b: Bindings) => Expr): DerivativeApplication | undefined {
  let assumed: Condition[] | undefined;
  for (const c of rule.conditions) {
    const args = c.args.map((a) => build(a, bindings));
    const answer = fastPredicate(c.predicate, args);
    if (answer === 'yes') continue;
    if (answer === 'unknown' && options.assumeGeneric) {
      (assumed ??= []).push({ predicate: c.predicate, args });
      continue;
    }
    return undefined;
  }
  const after = build(rule.rhs, bindings);
  return assumed ? { after, bindings, assumed } : { after, bindings };
}

function fastPredicate(name: string, args: readonly Expr[]): 'yes' | 'no' | 'unknown' {
  const [u, x] = args;
  if ((name === 'free' || name === 'depends') && u && x?.kind === 'sym') {
    const varies = dependsOn(u, x.name);
    return (name === 'free') !== varies ? 'yes' : 'no';
  }
  return testPredicate(name, args);
}

/** No `+`, `*` or segment anywhere: the pattern matches in at most one way. */
function isPlain(p: Expr): boolean {
  if (p.kind === 'add' || p.kind === 'mul' || isSegment(p)) return false;
  return children(p).every(isPlain);
}

function segmentFree(p: Expr): boolean {
  return !isSegment(p) && children(p).every(segmentFree);
}

/** Matches a plain pattern, binding holes in `b` in the order the general matcher binds them (left to right). */
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

/** equals, with names and numbers compared directly (a repeated hole mostly meets the variable, a fresh symbol). */
function sameTree(a: Expr, b: Expr): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'sym') return a.name === (b as typeof a).name;
  if (a.kind === 'num') return ratEquals(a.value, (b as typeof a).value);
  return equals(a, b);
}

/**
 * substitute for a template without segments: holes become their bound trees, the template's own leaves are
 * shared, every other node is new (as substitute builds it).
 */
function fill(t: Expr, b: Bindings): Expr {
  switch (t.kind) {
    case 'num':
      return t;
    case 'sym': {
      if (!isHole(t)) return t;
      const v = b.get(t.name);
      if (v === undefined) throw new Error(`unbound pattern variable ${t.name}`);
      return v as Expr;
    }
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
