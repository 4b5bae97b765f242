import type { Call, Expr } from '../ast/expr.js';
import { call, div, mul, sym } from '../ast/build.js';
import { equals, key } from '../ast/equal.js';
import { at, replaceAt, type Path } from '../ast/path.js';
import type { Rule } from '../rewrite/rule.js';
import type { RuleSet } from '../rewrite/ruleset.js';
import type { Step, StopReason } from '../trace/derivation.js';
import { dOf, isD } from './derivativeHoles.js';
import { higherOrderRule, productRule, teachingNames } from './derivativeNatives.js';
import { derivativeRules, type DerivativeRules, type Planned } from './derivativeRules.js';
import { derivativeOf } from './differentiateTree.js';
import { simplifyDerivative } from './differentiateSimplify.js';

export type DerivativeSteps = { readonly steps: Step[]; readonly result: Expr; readonly stop: StopReason };

/** Most steps one derivative may take before it stops with 'step-limit' (teaching-sized problems need far fewer). */
export const STEP_BUDGET = 20_000;

/**
 * "Derivative Found Earlier": a derivative already taken in this derivation is written in again, not derived twice.
 * Replaying it re-derives D(u, x) with the same rules (unsimplified), which gives the same tree.
 */
export function repeatRule(rules: DerivativeRules = derivativeRules()): Rule {
  return {
    id: 'derivative.repeat',
    title: 'Derivative Found Earlier',
    head: 'call:D',
    examples: [],
    apply(e) {
      if (!isD(e) || e.args.length !== 2 || e.args[1]!.kind !== 'sym') return undefined;
      const after = derivativeOf(e.args[0]!, (e.args[1] as Expr & { kind: 'sym' }).name, rules);
      return { after, bindings: new Map([['u', e.args[0]!]]) };
    },
  };
}

/**
 * Every rule a differentiation step can name (file rules, natives, Derivative Found Earlier, Higher-Order Derivative),
 * so a step can be replayed by its id. Example: derivativeRuleSet().get('derivative.chain').title is 'Chain Rule'.
 */
export function derivativeRuleSet(rules: DerivativeRules = derivativeRules()): RuleSet {
  return rules.ruleSet().add(repeatRule(rules)).add(higherOrderRule);
}

/**
 * The steps of D(s, x), outermost rule first, each rewriting the whole expression: the rule's result replaces its
 * D(...) node, and the derivatives it leaves are taken next, left to right. Product and Quotient Rule steps carry
 * f, g, f', g' and their formula as a substep; Chain Rule steps carry u and the outer derivative in u.
 * Example: explainDerivative(parse('sin(x^2)'), 'x').steps are Chain Rule then Power Rule.
 */
export function explainDerivative(s: Expr, x: string, rules: DerivativeRules = derivativeRules()): DerivativeSteps {
  let current: Expr = dOf(s, x);
  const steps: Step[] = [];
  const found = new Map<number, Expr>();
  type Item = { readonly path: Path; readonly finished?: number };
  const agenda: Item[] = [{ path: [] }];
  while (agenda.length) {
    if (steps.length >= STEP_BUDGET) return { steps, result: current, stop: 'step-limit' };
    const item = agenda.pop()!;
    const node = at(current, item.path) as Call;
    if (item.finished !== undefined) {
      found.set(item.finished, node);
      continue;
    }
    const sub = node.args[0]!;
    const k = key(sub);
    const earlier = found.get(k);
    if (earlier) {
      if (equals(earlier, node)) continue; // unevaluated before, unevaluated again
      const after = replaceAt(current, item.path, earlier);
      steps.push({ rule: 'derivative.repeat', title: 'Derivative Found Earlier', path: item.path, before: current, after, bindings: new Map([['u', sub], ["u'", earlier]]) });
      current = after;
      continue;
    }
    const p = rules.apply(sub, x, { explain: true });
    if (!p) {
      found.set(k, node); // no rule: D(f(x), x) stays, honestly unevaluated
      continue;
    }
    const after = replaceAt(current, item.path, p.after);
    steps.push(teachingStep(p, sub, x, item.path, current, after, rules));
    current = after;
    agenda.push({ path: item.path, finished: k });
    for (let i = p.holes.length - 1; i >= 0; i--) agenda.push({ path: [...item.path, ...p.holes[i]!.path] });
  }
  return { steps, result: current, stop: 'done' };
}

/** A rule application as a Step, with what a teacher adds: f' and g' for products and quotients, and the formula. */
function teachingStep(p: Planned, sub: Expr, x: string, path: Path, before: Expr, after: Expr, rules: DerivativeRules): Step {
  const bindings = new Map(p.bindings);
  let substeps = p.substeps;
  const operands = formulaOperands(p);
  if (operands) {
    const names = operands.names;
    operands.values.forEach((v, i) => {
      bindings.set(names[i]!, v);
      bindings.set(`${names[i]}'`, simplifyDerivative(derivativeOf(v, x, rules)));
    });
    const formula = formulaStep(p.rule, sub, names, x);
    if (formula) substeps = [formula, ...(substeps ?? [])];
  }
  return {
    rule: p.rule.id,
    title: p.rule.title,
    path,
    before,
    after,
    bindings,
    ...(substeps?.length ? { substeps } : {}),
    ...(p.assumed?.length ? { assumed: p.assumed } : {}),
  };
}

/** The operands the Product and Quotient Rules name f, g, ... (their derivatives are shown in the bindings). */
function formulaOperands(p: Planned): { names: string[]; values: Expr[] } | undefined {
  if (p.rule.id === 'derivative.product') {
    const names = [...p.bindings.keys()];
    return { names, values: names.map((n) => p.bindings.get(n) as Expr) };
  }
  if (p.rule.id === 'derivative.quotient') {
    const values = [p.bindings.get('?f') as Expr, p.bindings.get('?g') as Expr];
    return { names: teachingNames(2, div(values[0]!, values[1]!)), values };
  }
  return undefined;
}

/** The rule's formula in unknown functions f(x), g(x): the same rule applied to D(f(x) g(x), x) or D(f(x)/g(x), x). */
function formulaStep(rule: Rule, sub: Expr, names: readonly string[], x: string): Step | undefined {
  const v = sym(x);
  const fs = names.map((n) => call(n, v));
  let shape: Expr;
  if (rule.id === 'derivative.product') shape = mul(...fs);
  else if (sub.kind === 'div') shape = div(fs[0]!, fs[1]!);
  else return undefined;
  const got = (rule.id === 'derivative.product' ? productRule : rule).apply(dOf(shape, v));
  if (!got) return undefined;
  return { rule: rule.id, title: rule.title, path: [], before: dOf(shape, v), after: got.after, bindings: got.bindings };
}
