import type { Expr } from '../ast/expr.js';
import { RULE_FILES } from '../generated/rules.js';
import { loadRuleFiles, RuleLoadError } from './load.js';
import { functionMask } from './pattern.js';
import type { Rule } from './rule.js';
import { workingPreparation } from './prepare.js';

/**
 * The rules of one head: all of them, the function bits any of them needs, and the ones left for a node with a
 * given set of those bits (a rule that needs a function the node does not call cannot apply; built on first use).
 */
type HeadRules = { readonly rules: readonly Rule[]; readonly needs: number; readonly byMask: Map<number, readonly Rule[]> };

/**
 * Rules indexed by the head of the node they rewrite, so a set of hundreds of rules costs a map lookup per node.
 * Order is preserved: rules are tried in the order they were added (file order), head-specific and wildcard together.
 */
export class RuleSet {
  private readonly byHead = new Map<string, Rule[]>();
  private readonly anyHead: Rule[] = [];
  private readonly all: Rule[] = [];
  private readonly byId = new Map<string, Rule>();
  /** Per head: its rules and the any-head rules merged in insertion order (built on first use). */
  private readonly merged = new Map<string, readonly Rule[]>();
  /** candidates' tables: by node kind, and by function name for calls (built on first use). */
  private readonly byKind = new Map<string, HeadRules>();
  private readonly byFunction = new Map<string, HeadRules>();

  constructor(rules: Iterable<Rule> = []) {
    for (const r of rules) this.add(r);
  }

  add(rule: Rule): this {
    if (this.byId.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
    this.byId.set(rule.id, rule);
    this.all.push(rule);
    this.merged.clear();
    this.byKind.clear();
    this.byFunction.clear();
    if (rule.head === undefined) this.anyHead.push(rule);
    else {
      const list = this.byHead.get(rule.head) ?? [];
      list.push(rule);
      this.byHead.set(rule.head, list);
    }
    return this;
  }

  /**
   * The rules that could rewrite `e`, in insertion order: those of its head, without the ones that need a function
   * e does not call (Rule.needs), which would not apply.
   */
  candidates(e: Expr): readonly Rule[] {
    const table = e.kind === 'call' ? this.byFunction : this.byKind;
    const name = e.kind === 'call' ? e.fn : e.kind;
    let head = table.get(name);
    if (!head) {
      const rules = this.ofHead(e.kind === 'call' ? `call:${e.fn}` : e.kind);
      head = { rules, needs: rules.reduce((m, r) => m | (r.needs ?? 0), 0), byMask: new Map() };
      table.set(name, head);
    }
    if (head.needs === 0) return head.rules;
    const mask = functionMask(e) & head.needs;
    let list = head.byMask.get(mask);
    if (!list) {
      list = head.rules.filter((r) => ((r.needs ?? 0) & mask) === (r.needs ?? 0));
      head.byMask.set(mask, list);
    }
    return list;
  }

  /** The rules of one head (`add`, `call:sin`, ...) and the any-head rules, in insertion order. */
  private ofHead(head: string): readonly Rule[] {
    const specific = this.byHead.get(head) ?? [];
    if (this.anyHead.length === 0) return specific;
    if (specific.length === 0) return this.anyHead;
    let list = this.merged.get(head);
    if (!list) {
      const wanted = new Set([...specific, ...this.anyHead]);
      list = this.all.filter((r) => wanted.has(r));
      this.merged.set(head, list);
    }
    return list;
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
  // The simplifier's identities run on its working form (prepare.ts); other files are used as written.
  const { rules, problems } = loadRuleFiles(RULE_FILES, { algebra: workingPreparation, trig: workingPreparation });
  if (problems.length) throw new RuleLoadError(problems);
  bundled = new RuleSet(rules);
  return bundled;
}
