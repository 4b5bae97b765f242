import type { Expr } from '../ast/expr.js';
import { withChildren } from '../ast/build.js';
import { equals } from '../ast/equal.js';
import { children, type Path } from '../ast/path.js';
import { NumberTooLargeError } from '../number/rational.js';
import { lift, type Step, type StopReason } from '../trace/derivation.js';
import { innermost } from './normalize.js';
import type { Rule, RuleOptions } from './rule.js';
import type { RuleSet } from './ruleset.js';

/**
 * Strategies: small combinators that decide where and how often rules are tried, apart from the rules themselves
 * (as in sympy.strategies and SymbolicUtils' rewriters). Each returns its result, the steps it made (whole
 * `before`/`after`, relative to its input) and why it stopped; every loop draws on a shared budget of rewrites.
 */
export type Context = {
  readonly options: RuleOptions;
  /** Rewrites left; every strategy decrements it and stops with 'step-limit' at zero. */
  readonly budget: { steps: number };
  /** Build steps; without it strategies only compute results. */
  readonly record: boolean;
};
export type Outcome = { readonly result: Expr; readonly steps: Step[]; readonly stop: StopReason };
export type Strategy = (e: Expr, ctx: Context) => Outcome;

/** A context with a budget. Example: context({ steps: 1000 }) records steps with strict conditions. */
export const context = (budget = 10_000, options: RuleOptions = {}, record = true): Context => ({ options, budget: { steps: budget }, record });

const unchanged = (e: Expr, stop: StopReason = 'no-rule'): Outcome => ({ result: e, steps: [], stop });

function applyRule(rule: Rule, e: Expr, ctx: Context): Outcome | undefined {
  let app;
  try {
    app = rule.apply(e, ctx.options);
  } catch (err) {
    if (err instanceof NumberTooLargeError || err instanceof RangeError) return undefined;
    throw err;
  }
  if (!app || equals(app.after, e)) return undefined;
  if (ctx.budget.steps <= 0) return unchanged(e, 'step-limit');
  ctx.budget.steps--;
  const step: Step = { rule: rule.id, title: rule.title, path: [], before: e, after: app.after, bindings: app.bindings, ...(app.assumed ? { assumed: app.assumed } : {}) };
  return { result: app.after, steps: ctx.record ? [step] : [], stop: 'done' };
}

/** One rule, once, at the root. Example: once(addZero)(x + 0) gives x in one step. */
export const once = (rule: Rule): Strategy => (e, ctx) => applyRule(rule, e, ctx) ?? unchanged(e);

/** The first rule of the set (in order, indexed by head) that applies at the root. */
export const firstMatch = (rules: RuleSet): Strategy => (e, ctx) => {
  for (const rule of rules.candidates(e)) {
    const out = applyRule(rule, e, ctx);
    if (out) return out;
  }
  return unchanged(e);
};

/** Strategies one after another; stops early when a budget runs out. */
export const sequence = (...strategies: Strategy[]): Strategy => (e, ctx) => {
  let current = e;
  const steps: Step[] = [];
  let stop: StopReason = 'no-rule';
  for (const s of strategies) {
    const out = s(current, ctx);
    steps.push(...out.steps);
    if (out.result !== current) stop = 'done';
    current = out.result;
    if (out.stop === 'step-limit' || out.stop === 'budget') return { result: current, steps, stop: out.stop };
  }
  return { result: current, steps, stop };
};

/** Repeats a strategy until it changes nothing, at most `rounds` times (stop 'step-limit' when that runs out). */
export const fixpoint = (s: Strategy, rounds = 1000): Strategy => (e, ctx) => {
  let current = e;
  const steps: Step[] = [];
  for (let i = 0; i < rounds; i++) {
    const out = s(current, ctx);
    steps.push(...out.steps);
    if (out.stop === 'step-limit' || out.stop === 'budget') return { result: out.result, steps, stop: out.stop };
    if (equals(out.result, current)) return { result: current, steps, stop: 'done' };
    current = out.result;
  }
  return { result: current, steps, stop: 'step-limit' };
};

/** Applies `s` once at every node, in the order `visit` lists them; iterative, so deep trees are fine. */
function everywhere(s: Strategy, order: 'bottom-up' | 'top-down'): Strategy {
  return (root, ctx) => {
    const groups: { path: Path; steps: Step[] }[] = [];
    let stop: StopReason = 'no-rule';
    // Frames: the node (after a top-down rewrite), its index in its parent, rewritten children so far.
    type F = { node: Expr; index: number; kids: Expr[]; changed: boolean };
    const stack: F[] = [];
    // The path of the frame on top, built only when a step needs it (so deep trees stay linear).
    const pathHere = (): Path => stack.slice(1).map((f) => f.index);
    const atNode = (node: Expr): Expr => {
      const out = s(node, ctx);
      if (out.result !== node) stop = 'done';
      if (out.stop === 'step-limit') stop = 'step-limit';
      if (out.steps.length) groups.push({ path: pathHere(), steps: out.steps });
      return out.result;
    };
    const push = (node: Expr, index: number) => {
      const f: F = { node, index, kids: [], changed: false };
      stack.push(f);
      if (order === 'top-down') f.node = atNode(node);
    };
    push(root, 0);
    let result = root;
    while (stack.length) {
      const f = stack[stack.length - 1]!;
      const kids = children(f.node);
      if (f.kids.length < kids.length) {
        push(kids[f.kids.length]!, f.kids.length);
        continue;
      }
      let node = f.changed ? withChildren(f.node, f.kids) : f.node;
      if (order === 'bottom-up') node = atNode(node);
      stack.pop();
      if (stack.length === 0) result = node;
      else {
        const parent = stack[stack.length - 1]!;
        if (node !== children(parent.node)[parent.kids.length]) parent.changed = true;
        parent.kids.push(node);
      }
    }
    // Each node's steps were made on its subtree; place them in the whole tree in the order they happened.
    const steps: Step[] = [];
    let whole = root;
    for (const g of groups) {
      const lifted = lift(g.steps, g.path, whole);
      steps.push(...lifted);
      whole = lifted[lifted.length - 1]!.after;
    }
    return { result, steps, stop };
  };
}

/** `s` at every node, children before parents. */
export const bottomUp = (s: Strategy): Strategy => everywhere(s, 'bottom-up');
/** `s` at every node, parents before children (children of the rewritten parent). */
export const topDown = (s: Strategy): Strategy => everywhere(s, 'top-down');

/** Innermost rewriting to a normal form with a rule set (see normalize.ts), as a strategy. */
export const normalForm = (rules: RuleSet): Strategy => (e, ctx) => {
  const out = innermost(e, { rules, budget: ctx.budget.steps, record: ctx.record, options: ctx.options });
  ctx.budget.steps -= out.rewrites;
  return { result: out.result, steps: out.steps, stop: out.stop };
};
