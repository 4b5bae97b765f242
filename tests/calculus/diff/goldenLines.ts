import type { Expr } from '../../../src/ast/expr.js';
import { format } from '../../../src/ast/print.js';
import type { Derivation, Step } from '../../../src/trace/derivation.js';

const show = (v: Expr | readonly Expr[]): string => (Array.isArray(v) ? `[${v.map(format).join(', ')}]` : format(v as Expr));

/** What a teacher would say next to a step: let u = ..., the f, g, f', g' of a product or quotient, assumptions. */
function note(s: Step): string {
  const b = s.bindings;
  const parts: string[] = [];
  if (s.rule === 'derivative.chain') parts.push(`let ${show(b.get('u-name')!)} = ${show(b.get('u')!)}`);
  if (s.rule === 'derivative.product' || s.rule === 'derivative.quotient') {
    const names = [...b.keys()].filter((k) => /^[a-z](_\d+)?$/.test(k));
    for (const n of names) parts.push(`${n} = ${show(b.get(n)!)}`);
    for (const n of names) parts.push(`${n}' = ${show(b.get(`${n}'`)!)}`);
  }
  for (const c of s.assumed ?? []) parts.push(`assuming ${c.predicate}(${c.args.map(format).join(', ')})`);
  return parts.length ? `    # ${parts.join('; ')}` : '';
}

/**
 * A derivation as golden text: one `rule-id: expression` line per step (the whole expression after the step), its
 * substeps indented as `rule-id: before = after`, and what the step binds as a comment.
 */
export function goldenLines(d: Derivation): string[] {
  const lines = [`input: ${format(d.input)}`];
  for (const s of d.steps) {
    lines.push(`${s.rule}: ${format(s.after)}${note(s)}`);
    for (const sub of s.substeps ?? []) lines.push(`    ${sub.rule}: ${format(sub.before)} = ${format(sub.after)}`);
  }
  lines.push(`result: ${format(d.result)}`, `stop: ${d.stop}`);
  return lines;
}
