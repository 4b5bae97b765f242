import type { Expr } from '../ast/expr.js';
import { equals, key } from '../ast/equal.js';
import { at, fold } from '../ast/path.js';
import { call, withChildren } from '../ast/build.js';
import { functionInfo } from '../ast/operators.js';
import { textbookForm } from '../rewrite/native/textbook.js';
import type { Condition, Derivation, Step } from '../trace/derivation.js';

/**
 * The lesson view of a derivation: what a teacher writes on the board. A Derivation records every rewrite the
 * engine made, including its bookkeeping (the working form `x + -1·y`, regrouping, reordering) and the rounds in
 * which the simplifier tries a form and comes back; replay checks all of them. A lesson shows the same chain of
 * equalities with every line in textbook form and one line per rule a course names:
 *
 * - a step that reads the same in textbook form as the line before (a change of working form) joins that line;
 * - a step that only regroups or reorders (the rules below) joins the line before;
 * - a stretch that comes back to an expression already shown (a circle) is folded into the line it left from.
 *
 * Nothing is lost: each line keeps the raw steps it stands for, in order, so line after line is still a chain of
 * replayable steps and every line is equal to the one before.
 */
export type Note = { readonly rule: string; readonly title: string; readonly before: Expr; readonly after: Expr };

export type LessonLine = {
  readonly rule: string;
  readonly title: string;
  /** The rewritten part of the line's leading step, before and after, in textbook form. */
  readonly part?: { readonly from: Expr; readonly to: Expr };
  /** The leading step's bindings worth reading (no repeats, no `x = x`, no segment lists). */
  readonly bindings: ReadonlyArray<readonly [string, Expr | readonly Expr[]]>;
  /** Names the step introduced by substitution ("let u = x^2" of the Chain Rule). */
  readonly lets: ReadonlySet<string>;
  /** What justified the leading step: the rule's formula in f(x), g(x) (written f'(x)), or an inner derivative. */
  readonly notes: readonly Note[];
  readonly assumed: readonly Condition[];
  /** The whole expression after the line, in textbook form. */
  readonly after: Expr;
  /** The raw steps this line stands for, in order (the first is the leading step unless the line is a prelude). */
  readonly steps: readonly Step[];
};

/** A derivation with its steps grouped into lines (task, input, result and stop as in the Derivation). */
export type Lesson = Omit<Derivation, 'steps'> & { readonly lines: readonly LessonLine[] };

/** Rules that only regroup or reorder what is written: never a line of their own. */
const REGROUPING_RULES: ReadonlySet<string> = new Set([
  'simplify.flatten-sum', 'simplify.flatten-product', 'simplify.order-terms', 'simplify.order-factors',
  'simplify.working-form', 'simplify.textbook-form', 'simplify.subtraction', 'simplify.negation', 'simplify.division',
]);

const holeName = (name: string): string => name.replace(/^\?/, '').replace(/\.\.\.$/, '');

/** D(f(x), x) of a function the course names f, g, h (not a known one) written as f'(x), as formulas are taught. */
const primeNotation = (e: Expr): Expr =>
  fold<Expr>(e, (node, kids) => {
    const rebuilt = kids.length ? withChildren(node, kids) : node;
    if (rebuilt.kind !== 'call' || rebuilt.fn !== 'D' || rebuilt.args.length !== 2) return rebuilt;
    const [f, v] = rebuilt.args as [Expr, Expr];
    const plain = f.kind === 'call' && !functionInfo(f.fn) && f.args.length === 1 && v.kind === 'sym' && equals(f.args[0]!, v);
    return plain ? call(`${f.fn}'`, v) : rebuilt;
  });

const notesOf = (s: Step): Note[] =>
  (s.substeps ?? []).map((t) => ({ rule: t.rule, title: t.title, before: primeNotation(t.before), after: primeNotation(t.after) }));

/** Names bound together with a `name-name` binding are substitution variables: the step says "let u = ...". */
const letsOf = (s: Step): Set<string> =>
  new Set([...s.bindings.keys()].filter((n) => n.endsWith('-name')).map((n) => n.slice(0, -'-name'.length)));

/**
 * Holes that name what the line already shows, per family of rules: a derivative rule's variable (?x, and ?t of a
 * primitive's own row) is the one in diff(·, x) — "with x = m" would only confuse.
 */
const SHOWN_ELSEWHERE: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [['derivative.', new Set(['x', 't'])]];

const shownElsewhere = (rule: string, name: string): boolean =>
  SHOWN_ELSEWHERE.some(([prefix, names]) => rule.startsWith(prefix) && names.has(name));

/** Bindings a reader needs: each name once, no `x = x`, no segment lists (the rest of a sum), no internal names. */
function readableBindings(s: Step): Array<readonly [string, Expr]> {
  const out: Array<readonly [string, Expr]> = [];
  const seen = new Set<string>();
  for (const [raw, value] of s.bindings) {
    const name = holeName(raw);
    if (Array.isArray(value) || seen.has(name) || name.endsWith('-name') || shownElsewhere(s.rule, name)) continue;
    const e = value as Expr;
    if (e.kind === 'sym' && e.name === name) continue;
    seen.add(name);
    out.push([name, e]);
  }
  return out;
}

type OpenLine = {
  rule: string; title: string; part?: { from: Expr; to: Expr }; bindings: Array<readonly [string, Expr]>;
  lets: Set<string>; notes: Note[]; assumed: Condition[]; after: Expr; afterKey: number; steps: Step[];
};

function openLine(s: Step, after: Expr, afterKey: number): OpenLine {
  const from = at(s.before, s.path);
  const to = at(s.after, s.path);
  return {
    rule: s.rule,
    title: s.title,
    ...(s.path.length && from && to ? { part: { from: textbookForm(from), to: textbookForm(to) } } : {}),
    bindings: readableBindings(s),
    lets: letsOf(s),
    notes: notesOf(s),
    assumed: [...(s.assumed ?? [])],
    after,
    afterKey,
    steps: [s],
  };
}

/** Every raw step as its own line, as written by the engine: the full trace (`render(d, fmt, { detail: 'full' })`). */
export function fullTrace(d: Derivation): Lesson {
  const lines = d.steps.map((s): LessonLine => {
    const from = at(s.before, s.path);
    const to = at(s.after, s.path);
    return {
      rule: s.rule,
      title: s.title,
      ...(s.path.length && from && to ? { part: { from, to } } : {}),
      bindings: [...s.bindings].map(([name, value]) => [holeName(name), value as Expr | readonly Expr[]] as const),
      lets: new Set(),
      notes: notesOf(s),
      assumed: s.assumed ?? [],
      after: s.after,
      steps: [s],
    };
  });
  return { task: d.task, input: d.input, lines, result: d.result, stop: d.stop };
}

/** The lesson view of `d` (see the type). Example: present(explainDiff('x^2', 'x')).lines[0].title is 'Power Rule'. */
export function present(d: Derivation): Lesson {
  const lines: OpenLine[] = [];
  let prelude: Step[] = [];
  let shownKey = key(textbookForm(d.input));
  const inputKey = shownKey;
  for (const s of d.steps) {
    const after = textbookForm(s.after);
    const afterKey = key(after);
    const last = lines[lines.length - 1];
    if (afterKey === shownKey || REGROUPING_RULES.has(s.rule)) {
      if (last) {
        last.steps.push(s);
        last.assumed.push(...(s.assumed ?? []));
        last.after = after;
        last.afterKey = afterKey;
      } else prelude.push(s);
      shownKey = afterKey;
      continue;
    }
    const line = openLine(s, after, afterKey);
    line.steps.unshift(...prelude);
    prelude = [];
    lines.push(line);
    shownKey = afterKey;
    foldCircle(lines, inputKey, (steps) => { prelude = steps; });
  }
  return { task: d.task, input: d.input, lines, result: d.result, stop: d.stop };
}

/**
 * When the newest line comes back to an expression shown before, the lines since then went round in a circle:
 * their steps join the line they left from (or wait as a prelude when they left from the input).
 */
function foldCircle(lines: OpenLine[], inputKey: number, setPrelude: (steps: Step[]) => void): void {
  const newest = lines[lines.length - 1]!;
  let back = -1;
  for (let i = lines.length - 2; i >= 0; i--) if (lines[i]!.afterKey === newest.afterKey) { back = i; break; }
  if (back < 0 && newest.afterKey !== inputKey) return;
  const folded = lines.splice(back + 1);
  const circle = folded.flatMap((l) => l.steps);
  const to = lines[back];
  if (!to) return setPrelude(circle);
  to.steps.push(...circle);
  to.assumed.push(...folded.flatMap((l) => l.assumed));
}
