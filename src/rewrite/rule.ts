import type { Expr } from '../ast/expr.js';
import type { Condition } from '../trace/derivation.js';
import { matchAll } from './match.js';
import type { Bindings } from './pattern.js';
import { headKey, isHole, isSegment } from './pattern.js';
import { children } from '../ast/path.js';
import { testPredicate } from './predicates.js';
import { substitute } from './substitute.js';

export type RuleOptions = {
  /** Apply a rule whose conditions are unknown (not false), recording them as assumptions. */
  readonly assumeGeneric?: boolean;
};

export type Application = { readonly after: Expr; readonly bindings: Bindings; readonly assumed?: readonly Condition[] };

/**
 * A rewrite rule, from a rule file or native code: an id that never changes once shipped, the title a course uses,
 * the head it can rewrite (for indexing), and examples that a test executes.
 */
export interface Rule {
  readonly id: string;
  readonly title: string;
  /** Index key of the nodes this rule can rewrite (`add`, `call:sin`, ...); undefined means any node. */
  readonly head: string | undefined;
  readonly examples: readonly { readonly input: Expr; readonly output: Expr }[];
  apply(e: Expr, options?: RuleOptions): Application | undefined;
}

export type ConditionPattern = { readonly predicate: string; readonly args: readonly Expr[] };

/** A rule written as data: lhs => rhs where conditions. */
export class PatternRule implements Rule {
  readonly head: string | undefined;
  constructor(
    readonly id: string,
    readonly title: string,
    readonly lhs: Expr,
    readonly rhs: Expr,
    readonly conditions: readonly ConditionPattern[] = [],
    readonly examples: readonly { readonly input: Expr; readonly output: Expr }[] = [],
  ) {
    this.head = headKey(lhs);
  }

  /** The first match whose conditions hold. Example: power rule on D(x^3, x) gives 3 * x ^ (3 - 1) * D(x, x). */
  apply(e: Expr, options: RuleOptions = {}): Application | undefined {
    if (!mayMatch(this.lhs, e, MAY_MATCH_DEPTH)) return undefined;
    for (const bindings of matchAll(this.lhs, e)) {
      const assumed: Condition[] = [];
      let ok = true;
      for (const c of this.conditions) {
        const args = c.args.map((a) => substitute(a, bindings));
        const answer = testPredicate(c.predicate, args);
        if (answer === 'yes') continue;
        if (answer === 'unknown' && options.assumeGeneric) {
          assumed.push({ predicate: c.predicate, args });
          continue;
        }
        ok = false;
        break;
      }
      if (!ok) continue;
      const after = substitute(this.rhs, bindings);
      return assumed.length ? { after, bindings, assumed } : { after, bindings };
    }
    return undefined;
  }
}

/**
 * How deep the pre-check looks. Four levels reach the function inside a power inside a product inside a sum
 * (?a * sin(?x)^2 + ...), so the Pythagorean and double-angle rules are ruled out at once on sums without sin^2
 * instead of by the commutative matcher, which tried every pairing of factors (a tenth of simplify's time).
 */
const MAY_MATCH_DEPTH = 4;

/**
 * A cheap necessary condition for `pattern` to match `e`, looking MAY_MATCH_DEPTH levels deep and ignoring bindings: same heads,
 * and every literal operand of a `+` or `*` pattern has some operand of `e` it could match. Rules are tried at every
 * node, and most tries fail here instead of in the (generator-based, commutative) matcher.
 */
function mayMatch(p: Expr, e: Expr, depth: number): boolean {
  if (isHole(p)) return true;
  if (p.kind !== e.kind) return false;
  switch (p.kind) {
    case 'num':
      return p.value.num === (e as typeof p).value.num && p.value.den === (e as typeof p).value.den;
    case 'sym':
      return p.name === (e as typeof p).name;
    case 'call':
      if (p.fn !== (e as typeof p).fn) return false;
      break;
    default:
      break;
  }
  if (depth === 0) return true;
  const pk = children(p);
  const ek = children(e);
  if (p.kind === 'add' || p.kind === 'mul') return pk.every((c) => isHole(c) || ek.some((x) => mayMatch(c, x, depth - 1)));
  if (pk.length !== ek.length && !(pk.length > 0 && isSegment(pk[pk.length - 1]!))) return false;
  return pk.every((c, i) => isSegment(c) || (ek[i] !== undefined && mayMatch(c, ek[i]!, depth - 1)));
}

/** A rule implemented in code (number folding, collecting like terms, ...), with the same id/title/example discipline. */
export class NativeRule implements Rule {
  constructor(
    readonly id: string,
    readonly title: string,
    readonly head: string | undefined,
    private readonly fn: (e: Expr, options: RuleOptions) => Expr | undefined,
    readonly examples: readonly { readonly input: Expr; readonly output: Expr }[] = [],
  ) {}

  apply(e: Expr, options: RuleOptions = {}): Application | undefined {
    const after = this.fn(e, options);
    return after === undefined ? undefined : { after, bindings: new Map() };
  }
}
