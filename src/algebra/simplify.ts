import type { Expr } from '../ast/expr.js';
import { equals } from '../ast/equal.js';
import { size } from '../ast/path.js';
import { format } from '../ast/print.js';
import { parse } from '../parse/parse.js';
import { innermost } from '../rewrite/normalize.js';
import { textbookForm, toTextbookForm } from '../rewrite/native/textbook.js';
import { toWorkingForm, workingForm } from '../rewrite/native/working.js';
import type { Rule, RuleOptions } from '../rewrite/rule.js';
import type { Derivation, Step, StopReason } from '../trace/derivation.js';
import { CANDIDATES, simplifyRuleSet } from './simplifyRules.js';

export type SimplifyOptions = {
  /** Apply identities whose conditions cannot be decided (exp(log(x)) → x), listing the assumptions in the steps. */
  readonly assumeGeneric?: boolean;
  /** Most rewrites in all; by default 10,000 plus 20 per node of the input. */
  readonly budget?: number;
};

/** Inputs above this many nodes get the normal form only (no expand/factor/cancel candidates): linear time. */
const CANDIDATE_SIZE_LIMIT = 400;
const MAX_CANDIDATE_ROUNDS = 4;

type Run = { result: Expr; steps: Step[]; stop: StopReason; budget: number };

const rootStep = (rule: Rule, before: Expr, after: Expr): Step => ({ rule: rule.id, title: rule.title, path: [], before, after, bindings: new Map() });

/** Working form → normal form → textbook form, with the steps when recording. */
function pipeline(e: Expr, options: RuleOptions, budget: number, record: boolean): Run {
  const steps: Step[] = [];
  const working = workingForm(e);
  if (record && !equals(working, e)) steps.push(rootStep(toWorkingForm, e, working));
  const normal = innermost(working, { rules: simplifyRuleSet(), budget, record, options });
  steps.push(...normal.steps);
  const text = textbookForm(normal.result);
  if (record && !equals(text, normal.result)) steps.push(rootStep(toTextbookForm, normal.result, text));
  return { result: text, steps, stop: normal.stop, budget: budget - normal.rewrites };
}

function run(input: Expr | string, options: SimplifyOptions, record: boolean): Derivation {
  const e = typeof input === 'string' ? parse(input) : input;
  const ruleOptions: RuleOptions = options.assumeGeneric ? { assumeGeneric: true } : {};
  const n = size(e);
  const first = pipeline(e, ruleOptions, options.budget ?? 10_000 + 20 * n, record);
  let { result, budget, stop } = first;
  const steps = first.steps;
  // Shortest textbook form: try cancel, expand and factor on the result, keep one only when it prints shorter.
  if (n <= CANDIDATE_SIZE_LIMIT && stop === 'done') {
    for (let round = 0; round < MAX_CANDIDATE_ROUNDS; round++) {
      const length = format(result).length;
      let chosen: { rule: Rule; out: Expr } | undefined;
      for (const rule of CANDIDATES) {
        const app = rule.apply(result);
        if (!app) continue;
        const tried = pipeline(app.after, ruleOptions, budget, false);
        if (tried.stop === 'done' && format(tried.result).length < length) {
          chosen = { rule, out: app.after };
          break;
        }
      }
      if (!chosen) break;
      const again = pipeline(chosen.out, ruleOptions, budget, record);
      if (record) steps.push(rootStep(chosen.rule, result, chosen.out), ...again.steps);
      result = again.result;
      budget = again.budget;
      stop = again.stop;
    }
  }
  return { task: 'simplify', input: e, steps, result, stop };
}

/**
 * The shortest textbook form fluxion finds within its budget; idempotent. Conditions that cannot be decided leave an
 * expression alone (exp(log(x)) stays) unless `assumeGeneric` is set.
 * Example: format(simplify('2*3*1*x^(3-1)')) is '6x^2'.
 */
export function simplify(e: Expr | string, options: SimplifyOptions = {}): Expr {
  return run(e, options, false).result;
}

/**
 * simplify with every step recorded: each step names its rule and replays (src/trace/replay.ts).
 * Example: explainSimplify('x + 0').steps[0].rule is 'simplify.add-numbers'.
 */
export function explainSimplify(e: Expr | string, options: SimplifyOptions = {}): Derivation {
  return run(e, options, true);
}
