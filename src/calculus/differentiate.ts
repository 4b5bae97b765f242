import type { Call, Expr } from '../ast/expr.js';
import { call, num, sym } from '../ast/build.js';
import { at, children, replaceAt, type Path } from '../ast/path.js';
import { FluxionError } from '../errors.js';
import { parse } from '../parse/parse.js';
import { format } from '../ast/print.js';
import { type Derivation, lift, type Step, type StopReason } from '../trace/derivation.js';
import { isD } from './derivativeHoles.js';
import { higherOrderRule } from './derivativeNatives.js';
import { derivativeRules, type DerivativeRules } from './derivativeRules.js';
import { explainSimplifyDerivative, simplifyDerivative } from './differentiateSimplify.js';
import { explainDerivative } from './differentiateSteps.js';
import { derivativeOf, derivativeOfResolved, resolveDerivatives } from './differentiateTree.js';
import { checkWrittenSize } from './derivativeSize.js';

export type DiffOptions = {
  /** The derivative rules to use (default: rules/derivative.rules with the native rules). Tests plant wrong ones. */
  readonly rules?: DerivativeRules;
};

const NOT_VARIABLES = new Set(['pi', 'e', 'oo', 'undefined']);

/** Text or tree in; a tree out. */
export const toExpr = (e: Expr | string): Expr => (typeof e === 'string' ? parse(e) : e);

/** Checks a variable name and an order, with a clear error for anything else. */
export function checkVariable(x: string): void {
  if (typeof x !== 'string' || !/^[\p{L}][\p{L}\d_]*$/u.test(x) || NOT_VARIABLES.has(x)) {
    throw new FluxionError(`cannot differentiate with respect to '${String(x)}': expected a variable name such as x`);
  }
}

function checkOrder(order: number, shown: string = String(order)): void {
  if (!Number.isInteger(order) || order < 0 || order > 1000) throw new FluxionError(`the order of a derivative must be a whole number from 0 to 1000, not ${shown}`);
}

/**
 * The derivative of `e` with respect to `x`, `order` times, simplified to textbook form between orders. Other
 * variables are constants (a partial derivative); a function with no rule stays unevaluated as D(f(x), x).
 * Example: format(diff('x^2 sin(x)', 'x')) is 'x^2 cos(x) + 2x sin(x)'.
 */
export function diff(e: Expr | string, x: string, order = 1, options: DiffOptions = {}): Expr {
  checkVariable(x);
  checkOrder(order);
  const rules = options.rules ?? derivativeRules();
  // The derivative of what was written (not of its simplified form); later orders start from the simplified one.
  let out = resolveDerivatives(toExpr(e), rules);
  if (order === 0) return simplifyDerivative(checkWrittenSize(out));
  // The first order starts from the resolved input; later ones from a simplified result, which may hold D(f(x), x).
  for (let i = 0; i < order; i++) out = simplifyDerivative(checkWrittenSize(i === 0 ? derivativeOfResolved(out, x, rules) : derivativeOf(out, x, rules)));
  return out;
}

/**
 * The derivation of D(e, x) (or D(e, x, order)): every rule applied, with the course's names, each step rewriting
 * the whole expression, then the simplification as steps. Higher orders first unfold D(f, x, n) into n nested
 * derivatives and simplify between them.
 * Example: explainDiff('x^2', 'x').steps[0].title is 'Power Rule'.
 */
export function explainDiff(e: Expr | string, x: string, order = 1, options: DiffOptions = {}): Derivation {
  checkVariable(x);
  checkOrder(order);
  const f = toExpr(e);
  const input = order === 1 ? call('D', f, sym(x)) : call('D', f, sym(x), num(order));
  return explainDerivatives(input, options.rules ?? derivativeRules());
}

/**
 * Evaluates every D(...) in `input`, innermost first, as steps: higher orders unfold, each derivative is derived
 * and then simplified where it stands, and the whole is simplified at the end.
 * Example: explainDerivatives(parse('diff(x^3, x, 2)')).result is 6x.
 */
export function explainDerivatives(input: Expr, rules: DerivativeRules = derivativeRules()): Derivation {
  const steps: Step[] = [];
  let current = input;
  let stop: StopReason = 'done';
  const record = (more: readonly Step[]) => {
    steps.push(...more);
    if (more.length) current = more[more.length - 1]!.after;
  };
  for (const path of derivativePaths(current).filter((p) => (at(current, p) as Call).args.length === 3)) {
    const node = at(current, path)!;
    const got = higherOrderRule.apply(node);
    if (!got) {
      // A symbolic order (diff(f, x, n)) stays as written; a number the rule refused is said, not left silently.
      const order = (node as Call).args[2]!;
      if (order.kind === 'num') checkOrder(order.value.den === 1n && order.value.num <= 1000n ? Number(order.value.num) : NaN, format(order));
      continue;
    }
    const after = replaceAt(current, path, got.after);
    record([{ rule: higherOrderRule.id, title: higherOrderRule.title, path, before: current, after, bindings: got.bindings }]);
  }
  for (const path of derivativePaths(current)) {
    const node = at(current, path) as Call;
    const variable = node.args[1]!;
    if (node.args.length !== 2 || variable.kind !== 'sym') continue;
    const derived = explainDerivative(node.args[0]!, variable.name, rules);
    record(lift(derived.steps, path, current));
    if (derived.stop !== 'done') {
      stop = derived.stop;
      break;
    }
    record(simplificationSteps(at(current, path)!, path, current));
  }
  if (stop === 'done') record(simplificationSteps(current, [], current));
  return { task: 'differentiate', input, steps, result: current, stop };
}

function simplificationSteps(e: Expr, path: Path, context: Expr): Step[] {
  return lift(explainSimplifyDerivative(e).steps, path, context);
}

/** Paths of the D(...) nodes, children before parents and left before right (post-order), without recursion. */
function derivativePaths(e: Expr): Path[] {
  const out: Path[] = [];
  const stack: { node: Expr; path: number[]; open: boolean }[] = [{ node: e, path: [], open: false }];
  while (stack.length) {
    const top = stack.pop()!;
    if (top.open) {
      if (isD(top.node)) out.push(top.path);
      continue;
    }
    stack.push({ ...top, open: true });
    const kids = children(top.node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, path: [...top.path, i], open: false });
  }
  return out;
}
