import type { Expr } from '../ast/expr.js';
import { replaceAt } from '../ast/path.js';
import type { Step } from './derivation.js';

/** A step whose `before`/`after` are only the rewritten subtree; its path is from the root of the whole tree. */
export type LocalStep = Step;

/**
 * Turns local steps, in the order they were made, into whole-expression steps starting from `root`: each step's
 * `before` is the previous step's `after`. Costs the depth of each path per step.
 * Example: globalize(sin(x + 0), [{ path: [0], before: x + 0, after: x, ... }]) has after sin(x).
 */
export function globalize(root: Expr, local: readonly LocalStep[]): Step[] {
  const out: Step[] = [];
  let whole = root;
  for (const s of local) {
    const after = s.path.length === 0 ? s.after : replaceAt(whole, s.path, s.after);
    out.push({ ...s, before: whole, after });
    whole = after;
  }
  return out;
}
