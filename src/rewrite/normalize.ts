import type { Expr } from '../ast/expr.js';
import { withChildren } from '../ast/build.js';
import { equals, key } from '../ast/equal.js';
import { children, type Path } from '../ast/path.js';
import { NumberTooLargeError } from '../number/rational.js';
import { globalize, type LocalStep } from '../trace/globalize.js';
import type { Step, StopReason } from '../trace/derivation.js';
import type { Application, Rule, RuleOptions } from './rule.js';
import type { RuleSet } from './ruleset.js';

export type NormalizeSettings = {
  readonly rules: RuleSet;
  /** Most rewrites in all (each rule application counts one). */
  readonly budget: number;
  /** Build Steps (whole before/after); without it only the result is computed, in linear time. */
  readonly record: boolean;
  readonly options?: RuleOptions;
  /** Most rewrites at one position before it is left as it is (a guard against rules that undo each other). */
  readonly perNode?: number;
  /** Another rule set for some nodes (e.g. only regrouping and ordering where oo occurs); `rules` elsewhere. */
  readonly rulesAt?: (e: Expr) => RuleSet | undefined;
  /** Shared by calls with the same rules, rulesAt and options (default: a fresh one for this call). */
  readonly cache?: NormalizeCache;
};

export type Normalized = { readonly result: Expr; readonly steps: Step[]; readonly stop: StopReason; readonly rewrites: number };

/**
 * What one caller learns across its calls: keys of trees known to be normal, and start → normal form (used only
 * when steps are not recorded, since a memo hit has no steps to show). Valid for one rule set and one set of
 * options; a caller makes one per job (simplify: one per call), never process-wide, so timing a repeated call
 * measures the work and not a lookup.
 */
export type NormalizeCache = { readonly normal: Set<number>; readonly memo: Map<number, Expr> };

/** An empty cache for innermost. Example: innermost(e, { rules, budget: 100, record: false, cache: newNormalizeCache() }). */
export const newNormalizeCache = (): NormalizeCache => ({ normal: new Set(), memo: new Map() });

type Frame = {
  node: Expr;
  /** children(node), taken once per node (children() builds a new array for binary and unary nodes). */
  operands: readonly Expr[];
  readonly start: Expr;
  readonly parent: number;
  readonly index: number;
  kids: Expr[];
  next: number;
  changed: boolean;
  rewrites: number;
  seen: Set<number> | undefined;
};

/** Applies a rule, treating arithmetic that outgrows its budget as "does not apply". */
function tryRule(rule: Rule, e: Expr, options: RuleOptions): Application | undefined {
  try {
    return rule.apply(e, options);
  } catch (err) {
    if (err instanceof NumberTooLargeError || err instanceof RangeError) return undefined;
    throw err;
  }
}

/**
 * Innermost rewriting to a normal form: children first, then the first rule that applies at the node, and the
 * rewritten node is normalised again (its untouched parts are known normal and skipped). No recursion: an explicit
 * stack of frames, so 100,000-deep trees work; nodes known to be normal are remembered by their structural key, so
 * shared and repeated subtrees cost once. Every loop is bounded: a total budget of rewrites, a per-position limit,
 * and a cycle check (a position that comes back to a tree it already was).
 * Example: innermost(parse('x + 0 + 0'), { rules, budget: 100, record: true }).result is x.
 */
export function innermost(root: Expr, settings: NormalizeSettings): Normalized {
  const { rules, record } = settings;
  const options = settings.options ?? {};
  const perNode = settings.perNode ?? 200;
  let budget = settings.budget;
  let stop: StopReason = 'done';
  const { normal, memo } = settings.cache ?? newNormalizeCache();
  const local: LocalStep[] = [];
  const stack: Frame[] = [];
  let result: Expr | undefined;

  const frame = (node: Expr, parent: number, index: number): Frame => ({ node, operands: children(node), start: node, parent, index, kids: [], next: 0, changed: false, rewrites: 0, seen: undefined });
  const pathOf = (top: number): Path => {
    const path: number[] = [];
    for (let f = top; f > 0; f = stack[f]!.parent) path.push(stack[f]!.index);
    return path.reverse();
  };
  const known = (e: Expr): Expr | undefined => (normal.has(key(e)) ? e : record ? undefined : memo.get(key(e)));
  // Once a budget or a cycle guard cut the work short, results are no longer normal forms and are not remembered.
  let complete = true;
  const deliver = (value: Expr) => {
    const done = stack.pop()!;
    if (!record && complete && done.start !== value) memo.set(key(done.start), value);
    if (stack.length === 0) result = value;
    else {
      const parent = stack[stack.length - 1]!;
      parent.kids.push(value);
      if (value !== parent.operands[parent.kids.length - 1]) parent.changed = true;
    }
  };

  stack.push(frame(root, -1, 0));
  const rootKnown = known(root);
  if (rootKnown) return { result: rootKnown, steps: [], stop, rewrites: 0 };

  main: while (stack.length) {
    const top = stack.length - 1;
    const f = stack[top]!;
    const kids = f.operands;
    if (f.next < kids.length) {
      const child = kids[f.next]!;
      f.next++;
      const k = known(child);
      if (k) {
        f.kids.push(k);
        if (k !== child) f.changed = true;
      } else stack.push(frame(child, top, f.next - 1));
      continue;
    }
    const node = f.changed ? withChildren(f.node, f.kids) : f.node;
    if (budget <= 0 || f.rewrites >= perNode) {
      complete = false;
      if (f.rewrites >= perNode) stop = 'cycle';
      deliver(node);
      continue;
    }
    if (normal.has(key(node))) {
      deliver(node);
      continue;
    }
    const here = settings.rulesAt?.(node) ?? rules;
    for (const rule of here.candidates(node)) {
      const app = tryRule(rule, node, options);
      if (!app || equals(app.after, node)) continue;
      f.seen ??= new Set([key(node)]);
      if (f.seen.has(key(app.after))) {
        stop = 'cycle';
        complete = false;
        continue;
      }
      f.seen.add(key(app.after));
      budget--;
      f.rewrites++;
      if (budget <= 0) stop = 'step-limit';
      if (record) local.push({ rule: rule.id, title: rule.title, path: pathOf(top), before: node, after: app.after, bindings: app.bindings, ...(app.assumed ? { assumed: app.assumed } : {}) });
      f.node = app.after;
      f.operands = children(app.after);
      f.kids = [];
      f.next = 0;
      f.changed = false;
      continue main;
    }
    if (here === rules) normal.add(key(node));
    deliver(node);
  }
  return { result: result!, steps: record ? globalize(root, local) : [], stop, rewrites: settings.budget - budget };
}
