import type { Expr } from '../ast/expr.js';
import type { Condition } from '../trace/derivation.js';
import { matchAll } from './match.js';
import type { Bindings } from './pattern.js';
import { functionMask, functionsNeeded, headKey, isHole, isSegment } from './pattern.js';
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
  /** Function bits (functionMask) every node it rewrites has; 0 or absent: no such condition. */
  readonly needs?: number;
  readonly examples: readonly { readonly input: Expr; readonly output: Expr }[];
  apply(e: Expr, options?: RuleOptions): Application | undefined;
}

export type ConditionPattern = { readonly predicate: string; readonly args: readonly Expr[] };

/** A rule written as data: lhs => rhs where conditions. */
export class PatternRule implements Rule {
  readonly head: string | undefined;
  /** The function bits of the left side: a tree it matches has every one of them. */
  readonly needs: number;
  constructor(
    readonly id: string,
    readonly title: string,
    readonly lhs: Expr,
    readonly rhs: Expr,
    readonly conditions: readonly ConditionPattern[] = [],
    readonly examples: readonly { readonly input: Expr; readonly output: Expr }[] = [],
  ) {
    this.head = headKey(lhs);
    this.needs = functionsNeeded(lhs);
  }

  /** The first match whose conditions hold. Example: power rule on D(x^3, x) gives 3 * x ^ (3 - 1) * D(x, x). */
  apply(e: Expr, options: RuleOptions = {}): Application | undefined {
    if ((functionMask(e) & this.needs) !== this.needs || !mayMatch(this.lhs, e, MAY_MATCH_DEPTH)) return undefined;
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
  // Written out per kind, without closures or children arrays: this runs for every rule at every node.
  switch (p.kind) {
    case 'num':
      return p.value.num === (e as typeof p).value.num && p.value.den === (e as typeof p).value.den;
    case 'sym':
      return p.name === (e as typeof p).name;
    case 'call':
      return p.fn === (e as typeof p).fn && (depth === 0 || mayMatchOrdered(p.args, (e as typeof p).args, depth - 1));
    case 'add':
    case 'mul':
      return depth === 0 || mayMatchCommutative(p.args, (e as typeof p).args, depth - 1);
    case 'neg':
      return depth === 0 || mayMatch(p.arg, (e as typeof p).arg, depth - 1);
    case 'sub':
    case 'div':
      return depth === 0 || (mayMatch(p.left, (e as typeof p).left, depth - 1) && mayMatch(p.right, (e as typeof p).right, depth - 1));
    case 'pow':
      return depth === 0 || (mayMatch(p.base, (e as typeof p).base, depth - 1) && mayMatch(p.exp, (e as typeof p).exp, depth - 1));
  }
}

/** Every literal operand of a `+` or `*` pattern has some operand of `es` it could match. */
function mayMatchCommutative(ps: readonly Expr[], es: readonly Expr[], depth: number): boolean {
  for (const c of ps) {
    if (isHole(c)) continue;
    let found = false;
    for (const x of es) {
      if (mayMatch(c, x, depth)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Operands in order: as many (unless the pattern ends in a segment), each could match its own. */
function mayMatchOrdered(ps: readonly Expr[], es: readonly Expr[], depth: number): boolean {
  if (ps.length !== es.length && !(ps.length > 0 && isSegment(ps[ps.length - 1]!))) return false;
  for (let i = 0; i < ps.length; i++) {
    const c = ps[i]!;
    if (isSegment(c)) continue;
    const x = es[i];
    if (x === undefined || !mayMatch(c, x, depth)) return false;
  }
  return true;
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
