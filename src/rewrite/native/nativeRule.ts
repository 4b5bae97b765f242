import type { Expr } from '../../ast/expr.js';
import { parse } from '../../parse/parse.js';
import { NativeRule, type RuleOptions } from '../rule.js';

/** What a native rule is written as: its id, title, head and examples as text (parsed once, when first asked). */
export type NativeSpec = {
  readonly id: string;
  readonly title: string;
  /** Index key of the nodes it rewrites (`add`, `mul`, `pow`, `call:sqrt`), or undefined for any node. */
  readonly head: string | undefined;
  /** `[input, output]` pairs; a test runs every one. Inputs are written so that the parser builds the intended tree. */
  readonly examples: readonly (readonly [string, string])[];
  /** The rewrite at one node: the new subtree, or undefined when the rule does not apply. */
  readonly apply: (e: Expr, options: RuleOptions) => Expr | undefined;
};

/**
 * A rule written in code, with the same id/title/example discipline as rule files.
 * Example: nativeRule({ id: 'simplify.flatten', title: 'Regroup', head: 'add', examples: [['(x + 1) + 2', 'x + 1 + 2']], apply }).
 */
export function nativeRule(spec: NativeSpec): NativeRule {
  let parsed: { input: Expr; output: Expr }[] | undefined;
  const rule = new NativeRule(spec.id, spec.title, spec.head, spec.apply, []);
  // Examples are parsed lazily: building the rule table must not need the parser.
  Object.defineProperty(rule, 'examples', {
    get: () => (parsed ??= spec.examples.map(([i, o]) => ({ input: parse(i), output: parse(o) }))),
  });
  return rule;
}
