import type { Expr } from '../ast/expr.js';
import { equals } from '../ast/equal.js';
import { at, replaceAt } from '../ast/path.js';
import { format } from '../ast/print.js';
import type { Rule } from '../rewrite/rule.js';
import type { Derivation, Step } from './derivation.js';

/** Why a step did not replay: which step, which rule, what went wrong. */
export type ReplayProblem = { readonly index: number; readonly rule: string; readonly message: string };

/** Where rules are found by id: a RuleSet (anything with get) or a function. */
export type RuleLookup = { get(id: string): Rule | undefined } | ((id: string) => Rule | undefined);

const find = (rules: RuleLookup, id: string): Rule | undefined => (typeof rules === 'function' ? rules(id) : rules.get(id));

/**
 * Re-derives every step: each step starts where the previous one ended (the first at the input), and re-applying
 * its rule to the subtree at its path (assuming what the step assumed) gives exactly its `after`; the last step
 * ends at the result. Returns the problems, none when the derivation holds.
 * Example: replay(explainSimplify('x + 0'), simplifyRegistry()) is [].
 */
export function replay(d: Derivation, rules: RuleLookup): ReplayProblem[] {
  const problems: ReplayProblem[] = [];
  let current: Expr = d.input;
  d.steps.forEach((s, index) => {
    const say = (message: string) => problems.push({ index, rule: s.rule, message });
    if (!equals(s.before, current)) say(`starts at ${format(s.before)}, not where the previous step ended (${format(current)})`);
    const problem = replayStep(s, rules);
    if (problem) say(problem);
    current = s.after;
  });
  if (!equals(current, d.result)) problems.push({ index: d.steps.length, rule: '', message: `the steps end at ${format(current)}, not at the result ${format(d.result)}` });
  return problems;
}

/** Replays one step on its own `before`; undefined when it holds, else what went wrong. */
export function replayStep(s: Step, rules: RuleLookup): string | undefined {
  const rule = find(rules, s.rule);
  if (!rule) return `unknown rule ${s.rule}`;
  const node = at(s.before, s.path);
  if (!node) return `path ${s.path.join('.')} leaves the expression`;
  const app = rule.apply(node, s.assumed?.length ? { assumeGeneric: true } : {});
  if (!app) return `${s.rule} does not apply to ${format(node)}`;
  const after = replaceAt(s.before, s.path, app.after);
  if (!equals(after, s.after)) return `${s.rule} gives ${format(after)}, not ${format(s.after)}`;
  return undefined;
}
