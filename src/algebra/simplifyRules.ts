import type { Expr } from '../ast/expr.js';
import { equals } from '../ast/equal.js';
import { walk } from '../ast/path.js';
import { FluxionError } from '../errors.js';
import { addNumbers, multiplyNumbers, powerOfNumbers } from '../rewrite/native/arithmetic.js';
import { collectPowers, collectTerms } from '../rewrite/native/collect.js';
import { distributeNumber, powerOfProduct } from '../rewrite/native/distribute.js';
import { flattenProduct, flattenSum } from '../rewrite/native/flatten.js';
import { nativeRule } from '../rewrite/native/nativeRule.js';
import { orderFactors, orderTerms } from '../rewrite/native/order.js';
import { rootOfProduct } from '../rewrite/native/rootOfProduct.js';
import { absOfProduct } from '../rewrite/native/absOfProduct.js';
import { signIntoSum, signOfSum } from '../rewrite/native/signOfSum.js';
import { toTextbookForm } from '../rewrite/native/textbook.js';
import { cubeRootAsPower, division, expAsPower, negation, rootAsPower, subtraction, toWorkingForm } from '../rewrite/native/working.js';
import type { Rule } from '../rewrite/rule.js';
import { RuleSet } from '../rewrite/ruleset.js';
import { loadRuleFiles, RuleLoadError } from '../rewrite/load.js';
import { workingPreparation } from '../rewrite/prepare.js';
import { RULE_FILES } from '../generated/rules.js';
import { type AlgebraBudget, withGcdWork } from './budget.js';
import { cancel } from './cancel.js';
import { expand } from './expand.js';
import { factor, factorFraction } from './factor.js';
import { NotAlgebraic } from './algebraicFold.js';
import { fromRationalFunction, toRationalFunction } from './rationalFunction.js';

/**
 * The simplifier's rules. At each node the natives come first in this order: notation (in case a rule built a − b
 * or a/b), regrouping, arithmetic, collecting like terms and powers, distributing numbers; then the identities of
 * rules/algebra.rules and rules/trig.rules; ordering last, so a node is put in order once nothing else applies.
 */
export const NORMALIZING_NATIVES: readonly Rule[] = [
  subtraction, negation, division, rootAsPower, cubeRootAsPower, expAsPower,
  flattenSum, flattenProduct,
  addNumbers, multiplyNumbers, powerOfNumbers,
  collectTerms, collectPowers, distributeNumber, signOfSum, signIntoSum, powerOfProduct, rootOfProduct, absOfProduct,
];
/** Ordering, tried last at each node. Example: ORDERING_NATIVES[0].id is 'simplify.order-terms'. */
export const ORDERING_NATIVES: readonly Rule[] = [orderTerms, orderFactors];

/** The polynomial algorithms' work limit inside simplify (they are tried as candidates and must stay quick). */
const CANDIDATE_BUDGET: AlgebraBudget = { maxTerms: 400, maxWork: 200_000, maxDegree: 100 };

/**
 * Most gcd work one candidate may do (src/algebra/budget.ts). Candidates of the derivatives and simplify corpora
 * spend a few thousand units; remainder sequences whose coefficients explode (second derivatives of
 * atanh(sin(x)/x^3) or csch(x/acosh(x))) spend millions and ran for minutes: past this, there is no candidate.
 */
const CANDIDATE_GCD_WORK = 2_000_000;

/** Runs f, treating "cannot" (over budget, or oo/undefined inside) as no answer, as the candidate rules do. */
function attempt<T>(f: () => T): T | undefined {
  try {
    return withGcdWork(CANDIDATE_GCD_WORK, f);
  } catch (err) {
    if (err instanceof FluxionError || err instanceof NotAlgebraic) return undefined;
    throw err;
  }
}

/** A whole-expression rewrite by one of the polynomial algorithms; "cannot" (over budget) means "does not apply". */
function candidate(id: string, title: string, run: (e: Expr, b: AlgebraBudget) => Expr, examples: [string, string][]): Rule {
  return nativeRule({
    id,
    title,
    head: undefined,
    examples,
    apply: (e) => {
      const out = attempt(() => run(e, CANDIDATE_BUDGET));
      return out === undefined || equals(out, e) ? undefined : out;
    },
  });
}

/**
 * cancelCandidate and factorCandidate read the tree as the same fraction in lowest terms; this reads it once.
 * `cancelled` is what cancelCandidate gives t (undefined: no change); `factored(c)` is what factorCandidate gives c,
 * the cancelled form (undefined: no change). Example: sharedFraction(parse('x^2 - 1')).factored(e) is (x - 1)(x + 1).
 */
export function sharedFraction(t: Expr): { cancelled: Expr | undefined; factored: (c: Expr) => Expr | undefined } {
  const r = attempt(() => toRationalFunction(t, CANDIDATE_BUDGET));
  if (!r) return { cancelled: undefined, factored: () => undefined };
  const out = fromRationalFunction(r);
  return {
    cancelled: equals(out, t) ? undefined : out,
    factored: (c) => {
      const f = attempt(() => factorFraction(r, c));
      return f === undefined || equals(f, c) ? undefined : f;
    },
  };
}

const isSum = (e: Expr): boolean => e.kind === 'add' || e.kind === 'sub' || (e.kind === 'neg' && isSum(e.arg));

/**
 * False when expand has nothing to do in a tree in lowest terms as cancel writes it (a sum of monomials over atoms, also
 * inside the atoms' arguments): no sum in a product or under a power, no denominator other than a number. Then
 * expandCandidate would give the tree back, and the candidate search skips it. Example: x^2 sin(x + 1) - x/2 has
 * nothing to expand; x/(x + 1) does.
 */
export function mayExpand(e: Expr): boolean {
  for (const { node } of walk(e)) {
    if (node.kind === 'mul' && node.args.some(isSum)) return true;
    if (node.kind === 'div' && (node.right.kind !== 'num' || isSum(node.left))) return true;
    if (node.kind === 'pow' && (isSum(node.base) || node.base.kind === 'mul' || node.base.kind === 'div' || node.exp.kind !== 'num')) return true;
  }
  return false;
}

/** cancel as a whole-expression step. Example: (x^2 − 1)/(x − 1) → x + 1. */
export const cancelCandidate = candidate('simplify.cancel', 'Cancel Common Factors', cancel, [['(x^2 - 1)/(x - 1)', 'x + 1']]);
/** expand as a whole-expression step. Example: (x + 1)^2 − x^2 → 2x + 1. */
export const expandCandidate = candidate('simplify.expand', 'Expand', expand, [['(x + 1)^2 - x^2', '2x + 1']]);
/** factor as a whole-expression step. Example: x^2 + 2x + 1 → (x + 1)^2. */
export const factorCandidate = candidate('simplify.factor', 'Factor', factor, [['x^2 + 2x + 1', '(x + 1)^2']]);
/** Tried in this order; the first strictly shorter result wins. */
export const CANDIDATES: readonly Rule[] = [cancelCandidate, expandCandidate, factorCandidate];

let normalizing: RuleSet | undefined;
let infinite: RuleSet | undefined;

/** The rules safe where oo or undefined occurs: notation, regrouping, adding finite numbers, ordering. */
export function infinityRuleSet(): RuleSet {
  return (infinite ??= new RuleSet([subtraction, negation, division, rootAsPower, cubeRootAsPower, expAsPower, flattenSum, flattenProduct, addNumbers, ...ORDERING_NATIVES]));
}
let registry: RuleSet | undefined;

/** Rules the innermost normaliser runs. Example: simplifyRuleSet().get('trig.pythagorean') is the Pythagorean identity. */
export function simplifyRuleSet(): RuleSet {
  if (normalizing) return normalizing;
  // Only the simplifier's files, without re-running their examples (tests/rewrite/ruleExamples.test.ts runs them).
  const { rules: files, problems } = loadRuleFiles(
    { algebra: RULE_FILES.algebra ?? '', trig: RULE_FILES.trig ?? '' },
    { algebra: workingPreparation, trig: workingPreparation },
    { checkExamples: false },
  );
  if (problems.length) throw new RuleLoadError(problems);
  normalizing = new RuleSet([...NORMALIZING_NATIVES, ...files, ...ORDERING_NATIVES]);
  return normalizing;
}

/** Every rule a simplify derivation can cite, for replay. Example: simplifyRegistry().get('simplify.textbook-form'). */
export function simplifyRegistry(): RuleSet {
  if (registry) return registry;
  registry = new RuleSet([...simplifyRuleSet().rules, toWorkingForm, toTextbookForm, ...CANDIDATES]);
  return registry;
}
