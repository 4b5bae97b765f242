import type { Expr } from '../ast/expr.js';
import { collectPowers, collectTerms } from './native/collect.js';
import { distributeNumber, powerOfProduct } from './native/distribute.js';
import { addNumbers, multiplyNumbers, powerOfNumbers } from './native/arithmetic.js';
import { flattenProduct, flattenSum } from './native/flatten.js';
import { nativeRule } from './native/nativeRule.js';
import { orderFactors, orderTerms } from './native/order.js';
import { workingForm } from './native/working.js';
import { innermost } from './normalize.js';
import { RuleSet } from './ruleset.js';

/**
 * How the rules of a file are brought into the notation they run on. Simplifier rules (algebra, trig) are written
 * in ordinary notation but run on the working form, so their patterns are converted when loaded, and their examples
 * are compared after a light tidy (regrouping, arithmetic, ordering), so `sin(-x) => -sin(x)` can be stated as a
 * person would. Derivative and other rule files are used as written (no preparation).
 */
export type RulePreparation = {
  /** The pattern (left side, right side, condition arguments) as the rules will see it. */
  readonly pattern: (e: Expr) => Expr;
  /** An example's input, before the rule is applied to it (converted like a pattern, nothing evaluated). */
  readonly input: (e: Expr) => Expr;
  /** The rule's output and the expected output, before they are compared. */
  readonly example: (e: Expr) => Expr;
};

// Patterns are only regrouped and their numbers folded: ordering would move a trailing segment `?rest...`.
const PATTERN_TIDY = () => new RuleSet([flattenSum, flattenProduct, addNumbers, multiplyNumbers]);

const firstPower = nativeRule({
  id: 'prepare.first-power',
  title: 'First Power',
  head: 'pow',
  examples: [['x^1', 'x']],
  apply: (e) => (e.kind === 'pow' && e.exp.kind === 'num' && e.exp.value.num === 1n && e.exp.value.den === 1n ? e.base : undefined),
});

const EXAMPLE_TIDY = () => new RuleSet([
  flattenSum, flattenProduct, addNumbers, multiplyNumbers, powerOfNumbers, firstPower,
  collectTerms, collectPowers, distributeNumber, powerOfProduct, orderTerms, orderFactors,
]);

// Built on first use: ruleset.ts imports this module, so a RuleSet cannot be made while modules load.
function tidy(make: () => RuleSet): (e: Expr) => Expr {
  let rules: RuleSet | undefined;
  return (e) => innermost(workingForm(e), { rules: (rules ??= make()), budget: 10_000, record: false }).result;
}

/** Preparation for rule files that the simplifier runs on its working form. */
const patternTidy = tidy(PATTERN_TIDY);
/** Preparation for the simplifier's rule files. Example: workingPreparation.pattern(parse('?a - ?b')) is ?a + (−1)?b. */
export const workingPreparation: RulePreparation = { pattern: patternTidy, input: patternTidy, example: tidy(EXAMPLE_TIDY) };
