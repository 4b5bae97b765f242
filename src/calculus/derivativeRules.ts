import type { Call, Expr } from '../ast/expr.js';
import { children } from '../ast/path.js';
import { RULE_FILES } from '../generated/rules.js';
import { loadRuleFiles, RuleLoadError } from '../rewrite/load.js';
import { headKey, isHole, isSegment } from '../rewrite/pattern.js';
import { PatternRule, type Rule } from '../rewrite/rule.js';
import { RuleSet } from '../rewrite/ruleset.js';
import { makeChainRule } from './chainRule.js';
import { dependsOn } from '../ast/dependence.js';
import { dOf, findHoles, type Hole } from './derivativeHoles.js';
import { type DerivativeApplication, type DerivativeOptions, DerivativeNative, innerHead } from './derivativeNative.js';
import { constantMultipleRule, productRule, sumRule } from './derivativeNatives.js';
import { compileRow, type RowApply } from './derivativePattern.js';

/** A rule that fired on D(node, x): what it gave, and the derivatives it left to take (the holes). */
export type Planned = DerivativeApplication & {
  readonly rule: Rule;
  readonly holes: readonly Hole[];
  /** The input subtrees the result shares (never searched for holes). */
  readonly stop: ReadonlySet<Expr>;
};

/**
 * Where the native rules sit among the file's rules (rules are tried in order; only rules that can rewrite the same
 * kind of operand compete, so these positions are what decide). The Chain Rule is last: a primitive's own row, the
 * Power Rule on a Function Chain, logarithmic differentiation and the change of base all come first.
 */
const NATIVE_SLOTS: readonly (readonly [afterId: string, native: string])[] = [
  ['derivative.variable', 'derivative.sum'],
  ['derivative.negation', 'derivative.constant-multiple'],
  ['derivative.constant-multiple', 'derivative.product'],
];

type Entry = {
  readonly rule: Rule;
  readonly inner: ((h: string) => boolean) | string | undefined;
  readonly needsFree: boolean;
  /** A cheap look at the operand's children that rules out a match before the matcher is started. */
  readonly mayMatch: (node: Expr, x: string) => boolean;
  /** The rule applied to D(node, x). */
  readonly run: RowApply;
};

/** The options of a plain `apply` (conditions that cannot be decided are assumed), shared rather than spread per call. */
const NO_OPTIONS: DerivativeOptions = {};
const GENERIC: DerivativeOptions = { assumeGeneric: true };

/**
 * The derivative rules in the order they are tried, indexed by the head of the operand of D, with a fast path for
 * the conditions every node asks (free, depends: answered from a memo, not by walking the subtree again).
 */
export class DerivativeRules {
  private readonly entries: Entry[];
  private readonly byKind = new Map<string, Entry[]>();
  private readonly byFunction = new Map<string, Entry[]>();
  readonly chain: DerivativeNative;

  /** The rules of a RuleSet (its `derivative.` rules, in order) with the native rules slotted in. */
  constructor(fileRules: Iterable<Rule>) {
    const natives = new Map<string, Rule>([sumRule, constantMultipleRule, productRule].map((r) => [r.id, r]));
    const ordered: Rule[] = [];
    const place = (r: Rule) => {
      ordered.push(r);
      for (const [after, id] of NATIVE_SLOTS) if (after === r.id && natives.has(id)) place(natives.get(id)!);
    };
    for (const r of fileRules) if (r.id.startsWith('derivative.') && !natives.has(r.id)) place(r);
    for (const id of natives.keys()) if (!ordered.some((r) => r.id === id)) ordered.push(natives.get(id)!);
    this.chain = makeChainRule((d, options) => this.first(d.args[0]!, (d.args[1] as Expr & { kind: 'sym' }).name, options.assumeGeneric === undefined ? GENERIC : options));
    ordered.push(this.chain);
    this.entries = ordered.map(describe);
  }

  /** Every rule, natives included, in the order they are tried (a RuleSet, so replay can find a step's rule by id). */
  ruleSet(): RuleSet {
    return new RuleSet(this.entries.map((e) => e.rule));
  }

  get rules(): readonly Rule[] {
    return this.entries.map((e) => e.rule);
  }

  /** The entries that could rewrite D(node, x), by the operand's head (calls by name: no head string per node). */
  private candidates(node: Expr): readonly Entry[] {
    const table = node.kind === 'call' ? this.byFunction : this.byKind;
    const name = node.kind === 'call' ? node.fn : node.kind;
    let list = table.get(name);
    if (!list) {
      const head = innerHead(node);
      list = this.entries.filter((e) => e.inner === undefined || (typeof e.inner === 'string' ? e.inner === head : e.inner(head)));
      table.set(name, list);
    }
    return list;
  }

  /**
   * The first rule that rewrites D(node, x), with the holes it left. Conditions that cannot be decided are assumed
   * (and recorded) unless `assumeGeneric` is false. Example: apply(parse('sin(x)'), 'x').after is cos(x).
   */
  apply(node: Expr, x: string, options: DerivativeOptions = NO_OPTIONS): Planned | undefined {
    const got = this.first(node, x, options === NO_OPTIONS ? GENERIC : options.assumeGeneric === undefined ? { ...options, assumeGeneric: true } : options);
    if (!got) return undefined;
    const stop = new Set<Expr>(children(node));
    for (const v of got.bindings.values()) {
      if (Array.isArray(v)) for (const e of v) stop.add(e);
      else stop.add(v as Expr);
    }
    // Built field by field: spreading `got` (whose shape varies by rule) was the costliest line of differentiation.
    return { after: got.after, bindings: got.bindings, assumed: got.assumed, substeps: got.substeps, rule: got.rule, holes: findHoles(got.after, stop), stop };
  }

  /** The first rule's application to D(node, x) and the rule, without looking for holes (the Chain Rule's lookup). */
  private first(node: Expr, x: string, options: DerivativeOptions): (DerivativeApplication & { readonly rule: Rule }) | undefined {
    const d = dOf(node, x);
    const varies = dependsOn(node, x);
    for (const entry of this.candidates(node)) {
      if ((entry.needsFree && varies) || !entry.mayMatch(node, x)) continue;
      const got = entry.run(d, options);
      if (got) return { after: got.after, bindings: got.bindings, assumed: got.assumed, substeps: got.substeps, rule: entry.rule };
    }
    return undefined;
  }
}

/** How a rule is indexed: by the head of D's operand; "needs free" when it only fires on operands free of x. */
function describe(rule: Rule): Entry {
  const run: RowApply = rule instanceof PatternRule ? compileRow(rule) : (d, options) => rule.apply(d, options);
  if (rule instanceof DerivativeNative) return { rule, inner: rule.accepts, needsFree: false, mayMatch: always, run };
  if (rule instanceof PatternRule && rule.lhs.kind === 'call' && rule.lhs.fn === 'D' && rule.lhs.args.length === 2) {
    const [operand, variable] = rule.lhs.args as [Expr, Expr];
    const needsFree =
      isHole(operand) &&
      rule.conditions.some((c) => (c.predicate === 'const' && isSame(c.args[0], operand)) || (c.predicate === 'free' && isSame(c.args[0], operand) && isSame(c.args[1], variable)));
    return { rule, inner: headKey(operand), needsFree, mayMatch: shallowFilter(operand, variable), run };
  }
  return { rule, inner: () => false, needsFree: false, mayMatch: always, run };
}

const always = (): boolean => true;

/**
 * A necessary condition for D(operand, variable) to match D(node, x), from the operand's children alone: literal
 * children must be equal (e in e^?t), a child that is the variable's hole must be x itself (sin(?t) with ?t the
 * variable), and the number of operands must agree. Commutative heads are left to the matcher. Never rejects a match.
 */
function shallowFilter(operand: Expr, variable: Expr): (node: Expr, x: string) => boolean {
  if (isHole(operand) || operand.kind === 'add' || operand.kind === 'mul') return always;
  const kids = children(operand);
  if (kids.some(isSegment)) return always;
  const checks = kids.map((p, i) => {
    if (isHole(p)) return isHole(variable) && p.name === variable.name ? (k: Expr, x: string) => k.kind === 'sym' && k.name === x : undefined;
    if (p.kind === 'sym') return (k: Expr) => k.kind === 'sym' && k.name === p.name;
    if (p.kind === 'num') return (k: Expr) => k.kind === 'num' && k.value.num === p.value.num && k.value.den === p.value.den;
    void i;
    return undefined;
  });
  return (node, x) => {
    const got = children(node);
    if (got.length !== kids.length) return false;
    for (let i = 0; i < checks.length; i++) if (checks[i] && !checks[i]!(got[i]!, x)) return false;
    return true;
  };
}

const isSame = (a: Expr | undefined, b: Expr): boolean => a?.kind === 'sym' && b.kind === 'sym' && a.name === b.name;

let bundled: DerivativeRules | undefined;

/** The derivative rules of rules/derivative.rules (bundled) with the natives. Throws RuleLoadError on a bad file. */
export function derivativeRules(): DerivativeRules {
  if (bundled) return bundled;
  const { rules, problems } = loadRuleFiles({ derivative: RULE_FILES['derivative'] ?? '' });
  if (problems.length) throw new RuleLoadError(problems);
  bundled = new DerivativeRules(rules);
  return bundled;
}
