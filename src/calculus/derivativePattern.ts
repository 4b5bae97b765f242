import type { Call, Expr } from '../ast/expr.js';
import { matchAll } from '../rewrite/match.js';
import type { Bindings } from '../rewrite/pattern.js';
import { testPredicate } from '../rewrite/predicates.js';
import type { PatternRule } from '../rewrite/rule.js';
import { substitute } from '../rewrite/substitute.js';
import type { Condition } from '../trace/derivation.js';
import { dependsOn } from '../ast/dependence.js';
import type { DerivativeApplication, DerivativeOptions } from './derivativeNative.js';

/**
 * PatternRule.apply for the derivative rows, with `free` and `depends` answered from the dependence memo. Same
 * first-match semantics and the same trees, so replaying a step with rule.apply gives the same result. (Plain rows,
 * without `+`, `*` or segments, take matchAll's and substitute's direct paths.)
 */
export type RowApply = (d: Call, options: DerivativeOptions) => DerivativeApplication | undefined;

export const compileRow =
  (rule: PatternRule): RowApply =>
  (d, options) => {
    for (const bindings of matchAll(rule.lhs, d)) {
      const got = finish(rule, bindings, options);
      if (got) return got;
    }
    return undefined;
  };

/** The conditions checked (unknown ones assumed when `assumeGeneric`) and the right-hand side built. */
function finish(rule: PatternRule, bindings: Bindings, options: DerivativeOptions): DerivativeApplication | undefined {
  let assumed: Condition[] | undefined;
  for (const c of rule.conditions) {
    const args = c.args.map((a) => substitute(a, bindings));
    const answer = fastPredicate(c.predicate, args);
    if (answer === 'yes') continue;
    if (answer === 'unknown' && options.assumeGeneric) {
      (assumed ??= []).push({ predicate: c.predicate, args });
      continue;
    }
    return undefined;
  }
  const after = substitute(rule.rhs, bindings);
  return assumed ? { after, bindings, assumed } : { after, bindings };
}

function fastPredicate(name: string, args: readonly Expr[]): 'yes' | 'no' | 'unknown' {
  const [u, x] = args;
  if ((name === 'free' || name === 'depends') && u && x?.kind === 'sym') {
    const varies = dependsOn(u, x.name);
    return (name === 'free') !== varies ? 'yes' : 'no';
  }
  return testPredicate(name, args);
}
