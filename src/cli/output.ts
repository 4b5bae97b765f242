import type { Expr } from '../ast/expr.js';
import { format } from '../ast/print.js';
import { latex } from '../ast/latex.js';
import { render } from '../explain/render.js';
import type { OutputFormat } from './args.js';
import type { Answer } from './session.js';

/** Tree as JSON: bigints become strings ("3", "1/2"), everything else as in the Expr type. */
export function toJson(e: Expr): unknown {
  return JSON.parse(JSON.stringify(e, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
}

const BOLD = (s: string) => `\x1b[1m${s}\x1b[0m`;

/** The result alone in a format. */
function resultIn(answer: Answer & { kind: 'value' }, fmt: OutputFormat): string {
  if (answer.display !== undefined) return answer.display;
  switch (fmt) {
    case 'latex':
      return latex(answer.result);
    case 'markdown':
      return `$${latex(answer.result)}$`;
    default:
      return format(answer.result);
  }
}

/** Prints one answer in the chosen format, with its derivations when steps were asked for. */
export function show(answer: Answer, fmt: OutputFormat, color: boolean, detail: 'lesson' | 'full' = 'lesson'): string {
  if (answer.kind === 'defined') {
    return fmt === 'json' ? JSON.stringify({ defined: answer.name, input: format(answer.input) }) : `defined ${answer.name}`;
  }
  if (fmt === 'json') {
    return JSON.stringify({
      input: format(answer.input),
      result: answer.display ?? format(answer.result),
      latex: latex(answer.result),
      tree: toJson(answer.result),
      steps: answer.derivations.map((d) =>
        d.steps.map((s) => ({ rule: s.rule, title: s.title, path: s.path, before: format(s.before), after: format(s.after) })),
      ),
    });
  }
  const steps = answer.derivations.map((d, i) => {
    const label = answer.labels?.[i];
    const body = render(d, fmt === 'text' ? 'text' : fmt, { detail });
    if (!label) return body;
    return fmt === 'markdown' ? `### ${label}\n\n${body}` : fmt === 'latex' ? `% ${label}\n${body}` : `${label}\n${body}`;
  });
  const result = resultIn(answer, fmt);
  if (steps.length === 0) return color ? BOLD(result) : result;
  // The rendered derivation already ends with the result of a single derivation; a list needs it said once more.
  const tail = answer.derivations.length > 1 ? [fmt === 'text' ? `Result: ${color ? BOLD(result) : result}` : result] : [];
  return [...steps, ...tail].join('\n\n');
}
