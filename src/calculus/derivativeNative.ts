import type { Expr, Sym } from '../ast/expr.js';
import { parse } from '../parse/parse.js';
import type { Application, Rule, RuleOptions } from '../rewrite/rule.js';
import type { Step } from '../trace/derivation.js';
import { isD } from './derivativeHoles.js';

/** Options of a derivative rule: `explain` asks for the teaching extras (display bindings, substeps). */
export type DerivativeOptions = RuleOptions & { readonly explain?: boolean };

/** A rule application with the nested steps that justify it (the Chain Rule's local derivative, a formula). */
export type DerivativeApplication = Application & { readonly substeps?: readonly Step[] };

type Example = { readonly input: Expr; readonly output: Expr };

/**
 * A derivative rule written in code because the rule language cannot say it (mapping D over the operands of a sum,
 * instantiating another rule at a fresh variable). It rewrites D(node, x) and keeps the discipline of file rules: a
 * stable id, a course title, and examples that a test executes.
 */
export class DerivativeNative implements Rule {
  readonly head = 'call:D';
  private parsedExamples: Example[] | undefined;

  constructor(
    readonly id: string,
    readonly title: string,
    /** Which operand heads (`add`, `mul`, `call:sin`, `pow`, ...) this rule can rewrite D of. */
    readonly accepts: (innerHead: string) => boolean,
    private readonly fn: (node: Expr, x: Sym, options: DerivativeOptions) => DerivativeApplication | undefined,
    private readonly exampleTexts: readonly (readonly [string, string])[],
  ) {}

  /** Examples as trees, parsed on first use. Example: the Sum Rule's first example input is diff(x^2 + sin(x), x). */
  get examples(): readonly Example[] {
    this.parsedExamples ??= this.exampleTexts.map(([i, o]) => ({ input: parse(i), output: parse(o) }));
    return this.parsedExamples;
  }

  /** Rewrites D(node, x). Example: the Sum Rule turns D(x + y, x) into D(x, x) + D(y, x). */
  apply(e: Expr, options: DerivativeOptions = {}): DerivativeApplication | undefined {
    if (!isD(e) || e.args.length !== 2) return undefined;
    const x = e.args[1]!;
    if (x.kind !== 'sym') return undefined;
    return this.fn(e.args[0]!, x, options);
  }
}

/** The index key of an operand, the same one pattern rules use. Example: innerHead(sin(x)) is 'call:sin'. */
export const innerHead = (e: Expr): string => (e.kind === 'call' ? `call:${e.fn}` : e.kind);

