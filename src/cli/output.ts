import type { Expr } from '../ast/expr.js';
import { format } from '../ast/print.js';
import type { OutputFormat } from './args.js';
import type { Answer } from './session.js';

/** Tree as JSON: bigints become strings ("3", "1/2"), everything else as in the Expr type. */
export function toJson(e: Expr): unknown {
  return JSON.parse(JSON.stringify(e, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
}

const BOLD = (s: string) => `\x1b[1m${s}\x1b[0m`;

/** Prints one answer in the chosen format. Example: show(answer, 'text', false) is 'x^2 + 1'. */
export function show(answer: Answer, fmt: OutputFormat, color: boolean): string {
  if (answer.kind === 'defined') {
    return fmt === 'json' ? JSON.stringify({ defined: answer.name, input: format(answer.input) }) : `defined ${answer.name}`;
  }
  const text = answer.display ?? format(answer.result);
  switch (fmt) {
    case 'json':
      return JSON.stringify({
        input: format(answer.input),
        result: text,
        tree: toJson(answer.result),
        steps: answer.derivations.map((d) => d.steps.map((s) => ({ rule: s.rule, title: s.title, path: s.path, after: format(s.after) }))),
      });
    default: {
      const steps = answer.derivations.map((d, i) => {
        const label = answer.labels?.[i];
        const lines = d.steps.map((s) => `  ${s.title}: ${format(s.after)}`);
        return [label ? `${label}:` : undefined, `  ${format(d.input)}`, ...lines].filter(Boolean).join('\n');
      });
      return [...steps, color ? BOLD(text) : text].join('\n');
    }
  }
}
