import type { Expr } from '../ast/expr.js';
import { at } from '../ast/path.js';
import { format } from '../ast/print.js';
import type { Derivation, Step, Task } from '../trace/derivation.js';
import { latex } from '../ast/latex.js';

/**
 * Turns a Derivation into text, Markdown or LaTeX, from the step titles, ids, bindings and expressions alone: it
 * prints, it never decides anything mathematical. LaTeX is one `aligned` environment, a line per step with the
 * title as a note.
 */
export type RenderFormat = 'text' | 'markdown' | 'latex';

export type RenderOptions = {
  /** How expressions are typeset in LaTeX (defaults to `latex` from src/ast/latex.ts). */
  readonly latex?: (e: Expr) => string;
  /** Show each step's rewritten part (before → after) besides the whole expression. Default true. */
  readonly parts?: boolean;
};

const TASKS: Readonly<Record<Task, string>> = {
  simplify: 'Simplify', differentiate: 'Differentiate', limit: 'Limit', integrate: 'Integrate',
  exhaustion: 'Method of Exhaustion', expand: 'Expand', factor: 'Factor', cancel: 'Cancel',
};

const STOPS: Readonly<Record<Derivation['stop'], string>> = {
  done: '', 'step-limit': 'stopped: the step budget ran out', 'no-rule': 'stopped: no rule applies',
  cycle: 'stopped: rules went round in a circle', budget: 'stopped: a size budget ran out',
};

/** The bindings of a step as "x = ..., n = ..." (segments as lists), or '' when there are none. */
function bindingText(s: Step, show: (e: Expr) => string): string {
  const parts: string[] = [];
  for (const [name, value] of s.bindings) {
    const shown = Array.isArray(value) ? `[${(value as readonly Expr[]).map(show).join(', ')}]` : show(value as Expr);
    parts.push(`${name.replace(/^\?/, '').replace(/\.\.\.$/, '')} = ${shown}`);
  }
  return parts.join(', ');
}

const assumedText = (s: Step, show: (e: Expr) => string): string =>
  (s.assumed ?? []).map((c) => `${c.predicate}(${c.args.map(show).join(', ')})`).join(', ');

function renderText(d: Derivation, parts: boolean): string {
  const lines = [`${TASKS[d.task]}: ${format(d.input)}`];
  d.steps.forEach((s, i) => {
    const b = bindingText(s, format);
    const a = assumedText(s, format);
    lines.push(`${String(i + 1).padStart(3)}. ${s.title} [${s.rule}]${b ? ` with ${b}` : ''}${a ? `, assuming ${a}` : ''}`);
    if (parts && s.path.length) lines.push(`       ${format(at(s.before, s.path)!)}  →  ${format(at(s.after, s.path)!)}`);
    lines.push(`       = ${format(s.after)}`);
  });
  lines.push(`Result: ${format(d.result)}`);
  if (STOPS[d.stop]) lines.push(`(${STOPS[d.stop]})`);
  return lines.join('\n');
}

const code = (e: Expr) => `\`${format(e)}\``;

function renderMarkdown(d: Derivation, parts: boolean): string {
  const lines = [`**${TASKS[d.task]}** ${code(d.input)}`, ''];
  d.steps.forEach((s, i) => {
    const b = bindingText(s, code);
    const a = assumedText(s, code);
    const part = parts && s.path.length ? `: ${code(at(s.before, s.path)!)} → ${code(at(s.after, s.path)!)}` : '';
    lines.push(`${i + 1}. **${s.title}** (\`${s.rule}\`)${part}${b ? `, with ${b}` : ''}${a ? `, assuming ${a}` : ''}  `);
    lines.push(`   = ${code(s.after)}`);
  });
  lines.push('', `**Result:** ${code(d.result)}`);
  if (STOPS[d.stop]) lines.push('', `_${STOPS[d.stop]}_`);
  return lines.join('\n');
}

const latexEscape = (t: string) => t.replace(/([#$%&_{}])/g, '\\$1');

function renderLatex(d: Derivation, show: (e: Expr) => string): string {
  const lines = ['\\begin{aligned}', `&${show(d.input)} \\\\`];
  for (const s of d.steps) {
    const a = assumedText(s, show);
    lines.push(`&= ${show(s.after)} && \\text{${latexEscape(s.title)}}${a ? ` \\; (${a})` : ''} \\\\`);
  }
  lines.push('\\end{aligned}');
  return lines.join('\n');
}

/**
 * A derivation for people. Example: render(explainSimplify('x + 0'), 'text') ends with 'Result: x'.
 */
export function render(d: Derivation, fmt: RenderFormat, options: RenderOptions = {}): string {
  const parts = options.parts ?? true;
  switch (fmt) {
    case 'text':
      return renderText(d, parts);
    case 'markdown':
      return renderMarkdown(d, parts);
    case 'latex':
      return renderLatex(d, options.latex ?? latex);
  }
}
