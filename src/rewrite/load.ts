import type { Expr } from '../ast/expr.js';
import { equals } from '../ast/equal.js';
import { children, walk } from '../ast/path.js';
import { format } from '../ast/print.js';
import { FluxionError, ParseError } from '../errors.js';
import { parseRuleFile } from '../parse/parse.js';
import type { Position, RuleSource } from '../parse/ruleSyntax.js';
import { holesOf, isSegment } from './pattern.js';
import { PREDICATES } from './predicates.js';
import { PatternRule } from './rule.js';
import type { RulePreparation } from './prepare.js';

/** A problem in a rule file, located as file:line:col. */
export type RuleProblem = { readonly file: string; readonly line: number; readonly column: number; readonly message: string };

/** Every problem of the rule files at once. Example: new RuleLoadError(problems).message lists them line by line. */
export class RuleLoadError extends FluxionError {
  constructor(readonly problems: readonly RuleProblem[]) {
    super(problems.map(describeProblem).join('\n'));
    this.name = 'RuleLoadError';
  }
}

/** A rule-file problem as file:line:col text. Example: 'algebra.rules:3:1: ?v is used ...'. */
export const describeProblem = (p: RuleProblem): string => `${p.file}.rules:${p.line}:${p.column}: ${p.message}`;

/**
 * Reads rule files and checks everything, reporting every problem at once: syntax, ids not prefixed by their file,
 * duplicate ids, variables of the right side or of conditions not bound by the left side, misplaced segments,
 * unknown predicates, and examples whose rewrite does not give the stated result.
 * `checkExamples: false` skips running the examples (for bundles whose examples the tests already ran).
 * `prepare` converts the patterns and examples of the named files into the notation their rules run on (see
 * prepare.ts); other files are used as written.
 * Example: loadRuleFiles({ algebra: 'rule algebra.add-zero "Additive Identity": ?u + 0 => ?u' }).rules.length is 1.
 */
export function loadRuleFiles(
  files: Readonly<Record<string, string>>,
  prepare: Readonly<Record<string, RulePreparation>> = {},
  options: { readonly checkExamples?: boolean } = {},
): { rules: PatternRule[]; problems: RuleProblem[] } {
  const checkExamples = options.checkExamples ?? true;
  const rules: PatternRule[] = [];
  const problems: RuleProblem[] = [];
  const seen = new Map<string, string>();
  for (const [file, text] of Object.entries(files)) {
    const at = (pos: Position, message: string) => problems.push({ file, line: pos.line, column: pos.column, message });
    let sources: RuleSource[];
    try {
      sources = parseRuleFile(text);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      for (const p of e.problems) problems.push({ file, line: p.line, column: p.column, message: p.message.split('\n')[0]!.replace(/^line \d+, column \d+: /, '') });
      continue;
    }
    for (const src of sources) {
      const before = problems.length;
      if (!src.id.startsWith(`${file}.`)) at(src.idAt, `rule id '${src.id}' must start with '${file}.'`);
      const previous = seen.get(src.id);
      if (previous) at(src.idAt, `duplicate rule id '${src.id}' (first defined in ${previous})`);
      else seen.set(src.id, `${file}.rules:${src.idAt.line}`);
      const bound = holesOf(src.lhs);
      if (bound.size === 0 && src.lhs.kind === 'sym') at(src.at, 'the left side must not be a single variable');
      for (const name of holesOf(src.rhs)) if (!bound.has(name)) at(src.at, `${name} is used on the right side but not bound by the left side`);
      checkSegments(src.lhs, (m) => at(src.at, m));
      for (const c of src.conditions) {
        const pred = PREDICATES.get(c.predicate);
        if (!pred) at(c.at, `unknown predicate '${c.predicate}' (known: ${[...PREDICATES.keys()].join(', ')})`);
        else if (pred.arity !== c.args.length) at(c.at, `${c.predicate} takes ${pred.arity} argument(s), got ${c.args.length}`);
        for (const a of c.args) for (const name of holesOf(a)) if (!bound.has(name)) at(c.at, `${name} in a condition is not bound by the left side`);
      }
      if (problems.length > before) continue;
      const prep = prepare[file];
      const pat = prep ? prep.pattern : (e: Expr) => e;
      const lhs = pat(src.lhs);
      if (prep) checkSegments(lhs, (m) => at(src.at, `after preparation: ${m}`));
      const conditions = src.conditions.map((c) => ({ predicate: c.predicate, args: c.args.map(pat) }));
      const rule = new PatternRule(src.id, src.title, lhs, pat(src.rhs), conditions, src.examples);
      const view = prep ? prep.example : (e: Expr) => e;
      const input = prep ? prep.input : (e: Expr) => e;
      for (const ex of checkExamples ? src.examples : []) {
        const got = rule.apply(input(ex.input));
        if (!got) at(ex.at, `example does not match: ${format(ex.input)}`);
        else if (!equals(view(got.after), view(ex.output))) at(ex.at, `example gives ${format(view(got.after))}, not ${format(view(ex.output))}`);
      }
      rules.push(rule);
    }
  }
  return { rules, problems };
}

/** A segment may only be the last operand of +, * or a call. */
function checkSegments(lhs: Expr, report: (message: string) => void): void {
  for (const { node } of walk(lhs)) {
    const kids = children(node);
    kids.forEach((k, i) => {
      if (!isSegment(k)) return;
      const nary = node.kind === 'add' || node.kind === 'mul' || node.kind === 'call';
      if (!nary || i !== kids.length - 1) report(`segment ${k.name} must be the last operand of +, * or a function`);
    });
  }
  if (isSegment(lhs)) report('the left side must not be a segment');
}
