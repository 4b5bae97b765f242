import type { Expr } from '../ast/expr.js';
import { replaceAt, type Path } from '../ast/path.js';
import type { Bindings } from '../rewrite/pattern.js';

/** A condition a step relied on, with its arguments as bound (e.g. positive(x)). */
export type Condition = { readonly predicate: string; readonly args: readonly Expr[] };

/**
 * One rewrite: `rule` (a stable dotted id) applied at `path` of `before` gives `after`. `before` and `after` are
 * whole expressions, so a list of steps reads as a chain of equalities; the rewritten part is `at(before, path)`.
 */
export type Step = {
  readonly rule: string;
  readonly title: string;
  readonly path: Path;
  readonly before: Expr;
  readonly after: Expr;
  readonly bindings: Bindings;
  /** A nested derivation that justified this step (e.g. the derivative of the inner function of a chain). */
  readonly substeps?: readonly Step[];
  /** Conditions assumed rather than proved (only when the caller asked to assume generic values). */
  readonly assumed?: readonly Condition[];
};

export type Task = 'simplify' | 'differentiate' | 'limit' | 'integrate' | 'exhaustion' | 'expand' | 'factor' | 'cancel';

/** Why a derivation stopped: done (nothing left to do), or which budget ran out, or that no rule applied. */
export type StopReason = 'done' | 'step-limit' | 'no-rule' | 'cycle' | 'budget';

export type Derivation = {
  readonly task: Task;
  readonly input: Expr;
  readonly steps: readonly Step[];
  readonly result: Expr;
  readonly stop: StopReason;
};

/**
 * Places the steps of a sub-derivation (made on the subtree at `prefix`) into the whole expression `context`.
 * Example: steps that rewrote `x + 0` to `x` inside `sin(x + 0)` become steps from `sin(x + 0)` to `sin(x)`.
 */
export function lift(steps: readonly Step[], prefix: Path, context: Expr): Step[] {
  if (prefix.length === 0) return [...steps];
  const out: Step[] = [];
  let whole = context;
  for (const s of steps) {
    const before = replaceAt(whole, prefix, s.before);
    const after = replaceAt(whole, prefix, s.after);
    out.push({ ...s, path: [...prefix, ...s.path], before, after });
    whole = after;
  }
  return out;
}
