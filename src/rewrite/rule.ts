import type { Expr } from '../ast/expr.js';
import type { Condition } from '../trace/derivation.js';
import { matchAll } from './match.js';
import type { Bindings } from './pattern.js';
import { headKey } from './pattern.js';
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
  /** Shapes the operands of the node must include for a match to be possible (a cheap test before matching). */
  private readonly needs: readonly string[];
  constructor(
    readonly id: string,
    readonly title: string,
    readonly lhs: Expr,
    readonly rhs: Expr,
    readonly conditions: readonly ConditionPattern[] = [],
    readonly examples: readonly { readonly input: Expr; readonly output: Expr }[] = [],
  ) {
    this.head = headKey(lhs);
    this.needs = requiredShapes(lhs);
  }

  /** The first match whose conditions hold. Example: power rule on D(x^3, x) gives 3 * x ^ (3 - 1) * D(x, x). */
  apply(e: Expr, options: RuleOptions = {}): Application | undefined {
    if (this.needs.length && !hasShapes(e, this.needs)) return undefined;
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

/** The shape of a node: its head, and for a power also its base's head (`pow/call:sin` for sin(x)^2). */
function shapeOf(e: Expr): string | undefined {
  const h = headKey(e);
  if (h === undefined) return undefined;
  if (e.kind === 'pow') {
    const b = headKey(e.base);
    return b === undefined ? undefined : `pow/${b}`;
  }
  return h;
}

/** For a `+`, `*` or call pattern: the shapes of its literal operands, which any match must also have. */
function requiredShapes(lhs: Expr): string[] {
  if (lhs.kind !== 'add' && lhs.kind !== 'mul' && lhs.kind !== 'call') return [];
  return lhs.args.map(shapeOf).filter((s): s is string => s !== undefined);
}

function hasShapes(e: Expr, needs: readonly string[]): boolean {
  if (e.kind !== 'add' && e.kind !== 'mul' && e.kind !== 'call') return true;
  const count = new Map<string, number>();
  for (const a of e.args) {
    const s = shapeOf(a);
    if (s !== undefined) count.set(s, (count.get(s) ?? 0) + 1);
    // A power's plain head also satisfies a pattern that only asks for `pow` with a hole as base.
  }
  for (const n of needs) {
    const c = count.get(n) ?? 0;
    if (c === 0) return false;
    count.set(n, c - 1);
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
