import type { Expr } from '../ast/expr.js';
import { RULE_FILES } from '../generated/rules.js';
import { loadRuleFiles, RuleLoadError } from './load.js';
import type { Rule } from './rule.js';

/**
 * Rules indexed by the head of the node they rewrite, so a set of hundreds of rules costs a map lookup per node.
 * Order is preserved: rules are tried in the order they were added (file order), head-specific and wildcard together.
 */
export class RuleSet {
  private readonly byHead = new Map<string, Rule[]>();
  private readonly anyHead: Rule[] = [];
  private readonly all: Rule[] = [];
  private readonly byId = new Map<string, Rule>();

  constructor(rules: Iterable<Rule> = []) {
    for (const r of rules) this.add(r);
  }

  add(rule: Rule): this {
    if (this.byId.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
    this.byId.set(rule.id, rule);
    const order = this.all.push(rule);
    void order;
    if (rule.head === undefined) this.anyHead.push(rule);
    else {
      const list = this.byHead.get(rule.head) ?? [];
      list.push(rule);
      this.byHead.set(rule.head, list);
    }
    return this;
  }

  /** The rules that could rewrite `e`, in insertion order. */
  candidates(e: Expr): readonly Rule[] {
    const specific = this.byHead.get(e.kind === 'call' ? `call:${e.fn}` : e.kind) ?? [];
    if (this.anyHead.length === 0) return specific;
    if (specific.length === 0) return this.anyHead;
    const rank = new Map(this.all.map((r, i) => [r, i]));
    return [...specific, ...this.anyHead].sort((a, b) => rank.get(a)! - rank.get(b)!);
  }

  get(id: string): Rule | undefined {
    return this.byId.get(id);
  }

  get rules(): readonly Rule[] {
    return this.all;
  }

  /** A new set with the rules whose ids start with one of the prefixes (e.g. 'algebra.', 'trig.'). */
  select(...prefixes: string[]): RuleSet {
    return new RuleSet(this.all.filter((r) => prefixes.some((p) => r.id.startsWith(p))));
  }
}

let bundled: RuleSet | undefined;

/** Every rule of rules/*.rules (bundled at build time; no file system). Throws RuleLoadError listing every problem. */
export function bundledRules(): RuleSet {
  if (bundled) return bundled;
  const { rules, problems } = loadRuleFiles(RULE_FILES);
  if (problems.length) throw new RuleLoadError(problems);
  bundled = new RuleSet(rules);
  return bundled;
}
