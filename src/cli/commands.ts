import type { Call, Expr } from '../ast/expr.js';
import { call, num } from '../ast/build.js';
import { FluxionError } from '../errors.js';
import { simplify, explainSimplify } from '../algebra/simplify.js';
import { expand } from '../algebra/expand.js';
import { factor } from '../algebra/factor.js';
import { cancel } from '../algebra/cancel.js';
import { explainDerivatives } from '../calculus/differentiate.js';
import { gradient, hessian, jacobian, explainGradient, explainHessian } from '../calculus/gradient.js';
import { evaluate } from '../numeric/evaluate.js';
import { walk } from '../ast/path.js';
import type { Derivation } from '../trace/derivation.js';

export type CommandOutput = {
  readonly result: Expr;
  readonly derivations: readonly Derivation[];
  /** One label per derivation (e.g. ∂f/∂x), when there are several. */
  readonly labels?: readonly string[];
  /** Shown instead of the tree when the answer is not an expression (a decimal of many digits). */
  readonly display?: string;
};
type Options = { readonly steps: boolean };
type Handler = (e: Call, options: Options) => CommandOutput;

const list = (items: readonly Expr[]): Expr => call('List', ...items);
const names = (e: Expr, what: string): string[] => {
  const items = e.kind === 'call' && e.fn === 'List' ? e.args : [e];
  return items.map((v) => {
    if (v.kind !== 'sym') throw new FluxionError(`${what} takes a list of variable names, such as [x, y]`);
    return v.name;
  });
};
const exprs = (e: Expr): readonly Expr[] => (e.kind === 'call' && e.fn === 'List' ? e.args : [e]);
/** Whether an unevaluated derivative is left anywhere in e. */
export const containsD = (e: Expr): boolean => {
  for (const { node } of walk(e)) if (node.kind === 'call' && node.fn === 'D') return true;
  return false;
};

/** One answer with its derivation when steps are asked for. */
const withSteps = (result: () => Expr, explain: () => Derivation, options: Options): CommandOutput => {
  if (!options.steps) return { result: result(), derivations: [] };
  const d = explain();
  return { result: d.result, derivations: [d] };
};

/**
 * The command table: a head of the input language and the library function that answers it. Lines whose head is
 * not a command are printed back as read (after resolving any derivative inside them).
 */
const COMMANDS: ReadonlyMap<string, Handler> = new Map<string, Handler>([
  ['D', (e, o) => withSteps(() => explainDerivatives(e).result, () => explainDerivatives(e), o)],
  ['simplify', (e, o) => withSteps(() => simplify(e.args[0]!), () => explainSimplify(e.args[0]!), o)],
  ['expand', (e) => ({ result: expand(e.args[0]!), derivations: [] })],
  ['factor', (e) => ({ result: factor(e.args[0]!), derivations: [] })],
  ['cancel', (e) => ({ result: cancel(e.args[0]!), derivations: [] })],
  ['gradient', (e, o) => {
    const vars = names(e.args[1]!, 'gradient');
    if (!o.steps) return { result: list(gradient(e.args[0]!, vars)), derivations: [] };
    const ds = explainGradient(e.args[0]!, vars);
    return { result: list(ds.map((d) => d.result)), derivations: ds, labels: vars.map((v) => `∂/∂${v}`) };
  }],
  ['hessian', (e, o) => {
    const vars = names(e.args[1]!, 'hessian');
    if (!o.steps) return { result: list(hessian(e.args[0]!, vars).map(list)), derivations: [] };
    const ds = explainHessian(e.args[0]!, vars);
    return {
      result: list(ds.map((row) => list(row.map((d) => d.result)))),
      derivations: ds.flat(),
      labels: vars.flatMap((a) => vars.map((b) => `∂²/∂${a}∂${b}`)),
    };
  }],
  ['jacobian', (e) => ({ result: list(jacobian(exprs(e.args[0]!), names(e.args[1]!, 'jacobian')).map(list)), derivations: [] })],
  ['evaluate', (e) => {
    const digits = e.args[1];
    if (digits && (digits.kind !== 'num' || digits.value.den !== 1n)) throw new FluxionError('evaluate(f, digits): digits is a whole number');
    const f = containsD(e.args[0]!) ? diffFree(e.args[0]!) : e.args[0]!;
    const value = evaluate(f, {}, digits ? { digits: Number(digits.value.num) } : {});
    return { result: typeof value === 'number' && Number.isInteger(value) ? num(value) : f, derivations: [], display: String(value) };
  }],
]);

const diffFree = (e: Expr): Expr => explainDerivatives(e).result;

/** Whether a line is a command of the table (its head answers it). */
export const isCommand = (e: Expr): boolean => e.kind === 'call' && COMMANDS.has(e.fn);

/** Answers one parsed line. Example: runCommand(parse('diff(x^2, x)'), { steps: false }).result is 2x. */
export function runCommand(e: Expr, options: Options): CommandOutput {
  const handler = e.kind === 'call' ? COMMANDS.get(e.fn) : undefined;
  if (handler) return handler(e as Call, options);
  if (containsD(e)) return withSteps(() => explainDerivatives(e).result, () => explainDerivatives(e), options);
  return { result: e, derivations: [] };
}
