import type { Expr } from '../ast/expr.js';
import { format } from '../ast/print.js';
import type { Derivation, Task } from '../trace/derivation.js';
import { latex } from '../ast/latex.js';
import { fullTrace, present, type Lesson, type LessonLine, type Note } from './present.js';

/**
 * Turns a Derivation into text, Markdown or LaTeX, from the step titles, ids, bindings and expressions alone: it
 * prints, it never decides anything mathematical. LaTeX is one `aligned` environment, a line per step with the
 * title as a note. By default it shows the lesson view (src/explain/present.ts: textbook forms, one line per rule a
 * course names); `detail: 'full'` shows every raw step as the engine wrote it.
 */
export type RenderFormat = 'text' | 'markdown' | 'latex';

export type RenderOptions = {
  /** How expressions are typeset in LaTeX (defaults to `latex` from src/ast/latex.ts). */
  readonly latex?: (e: Expr) => string;
  /** Show each step's rewritten part (before → after) besides the whole expression. Default true. */
  readonly parts?: boolean;
  /** 'lesson' (default): the teaching view; 'full': every raw step, bookkeeping included. */
  readonly detail?: 'lesson' | 'full';
};

const TASKS: Readonly<Record<Task, string>> = {
  simplify: 'Simplify', differentiate: 'Differentiate', limit: 'Limit', integrate: 'Integrate',
  exhaustion: 'Method of Exhaustion', expand: 'Expand', factor: 'Factor', cancel: 'Cancel',
};

const STOPS: Readonly<Record<Derivation['stop'], string>> = {
  done: '', 'step-limit': 'stopped: the step budget ran out', 'no-rule': 'stopped: no rule applies',
  cycle: 'stopped: rules went round in a circle', budget: 'stopped: a size budget ran out',
};

/** The bindings of a line as "x = ..., n = ..." (segments as lists), or '' when there are none. */
function bindingText(l: LessonLine, show: (e: Expr) => string): string {
  return l.bindings
    .map(([name, value]) => `${l.lets.has(name) ? 'let ' : ''}${name} = ${Array.isArray(value) ? `[${(value as readonly Expr[]).map(show).join(', ')}]` : show(value as Expr)}`)
    .join(', ');
}

/** A note repeating the line's own rule is its formula; any other is the rule that gave an inner derivative. */
const noteTitle = (l: LessonLine, n: Note): string => (n.rule === l.rule ? 'formula' : n.title);

/** "with f = ..." after a title, or ": let u = ..." when the step introduces a name. */
const lead = (b: string): string => (!b ? '' : b.startsWith('let ') ? `: ${b}` : ` with ${b}`);

const assumedText = (l: LessonLine, show: (e: Expr) => string): string =>
  l.assumed.map((c) => `${c.predicate}(${c.args.map(show).join(', ')})`).join(', ');

function renderText(d: Lesson, parts: boolean): string {
  const lines = [`${TASKS[d.task]}: ${format(d.input)}`];
  d.lines.forEach((l, i) => {
    const b = bindingText(l, format);
    const a = assumedText(l, format);
    lines.push(`${String(i + 1).padStart(3)}. ${l.title} [${l.rule}]${lead(b)}${a ? `, assuming ${a}` : ''}`);
    for (const n of l.notes) lines.push(`       ${noteTitle(l, n)}: ${format(n.before)} = ${format(n.after)}`);
    if (parts && l.part) lines.push(`       ${format(l.part.from)}  →  ${format(l.part.to)}`);
    lines.push(`       = ${format(l.after)}`);
  });
  lines.push(`Result: ${format(d.result)}`);
  if (STOPS[d.stop]) lines.push(`(${STOPS[d.stop]})`);
  return lines.join('\n');
}

const code = (e: Expr) => `\`${format(e)}\``;

function renderMarkdown(d: Lesson, parts: boolean): string {
  const lines = [`**${TASKS[d.task]}** ${code(d.input)}`, ''];
  d.lines.forEach((l, i) => {
    const b = bindingText(l, code);
    const a = assumedText(l, code);
    const part = parts && l.part ? `: ${code(l.part.from)} → ${code(l.part.to)}` : '';
    lines.push(`${i + 1}. **${l.title}** (\`${l.rule}\`)${part}${b ? `, ${b.startsWith('let ') ? '' : 'with '}${b}` : ''}${a ? `, assuming ${a}` : ''}  `);
    for (const n of l.notes) lines.push(`   - ${noteTitle(l, n)}: \`${format(n.before)} = ${format(n.after)}\``);
    lines.push(`   = ${code(l.after)}`);
  });
  lines.push('', `**Result:** ${code(d.result)}`);
  if (STOPS[d.stop]) lines.push('', `_${STOPS[d.stop]}_`);
  return lines.join('\n');
}

const latexEscape = (t: string) => t.replace(/([#$%&_{}])/g, '\\$1');

function renderLatex(d: Lesson, show: (e: Expr) => string): string {
  const lines = ['\\begin{aligned}', `&${show(d.input)} \\\\`];
  for (const l of d.lines) {
    const a = assumedText(l, show);
    for (const n of l.notes) lines.push(`&\\qquad ${show(n.before)} = ${show(n.after)} && \\text{${latexEscape(noteTitle(l, n))}} \\\\`);
    lines.push(`&= ${show(l.after)} && \\text{${latexEscape(l.title)}}${a ? ` \\; (${a})` : ''} \\\\`);
  }
  lines.push('\\end{aligned}');
  return lines.join('\n');
}

/**
 * A derivation for people. Example: render(explainSimplify('x + 0'), 'text') ends with 'Result: x'.
 */
export function render(d: Derivation, fmt: RenderFormat, options: RenderOptions = {}): string {
  const parts = options.parts ?? true;
  const lesson = options.detail === 'full' ? fullTrace(d) : present(d);
  switch (fmt) {
    case 'text':
      return renderText(lesson, parts);
    case 'markdown':
      return renderMarkdown(lesson, parts);
    case 'latex':
      return renderLatex(lesson, options.latex ?? latex);
  }
}
