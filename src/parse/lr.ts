/**
 * The table-driven LR parser of expressions: the fast path in front of nearley.
 *
 * The table (src/generated/lrTable.ts) is the LALR(1) automaton of the nearley grammar itself, and every reduce
 * calls the rule's own nearley postprocessor with nearley's arguments (data, reference, reject), so an accepted
 * input gives the tree nearley would give. Anything else is not this parser's business: a syntax error, a
 * conflict cell ("defer"), a rejected reduce, or a throw from the lexer or a postprocessor makes the caller rerun
 * nearley, whose answer (tree, problem, line, column, expected) is the definition. No recursion: explicit
 * stacks, so 100,000-deep nesting costs only memory.
 */
import nearley from 'nearley';
import { LR_ACTIONS, LR_GOTOS, LR_NONTERMINALS, LR_RULES, LR_TERMINALS } from '../generated/lrTable.js';
import { LR_ACCEPT, LR_DEFER, LR_ERROR } from './lrCodes.js';

/** What the parser needs of a token: its type (the lexer's role). */
export type LrToken = { readonly type?: string };

/** A compiled nearley rule: name, symbols and postprocessor. */
export type LrGrammarRule = {
  readonly name: string;
  readonly symbols: readonly unknown[];
  readonly postprocess?: (data: unknown[], reference: number, reject: object) => unknown;
};

/** The value of the start symbol, or why the LR path gives the input back to nearley. */
export type LrOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: 'error' | 'defer' | 'reject' };

const REJECT: object = nearley.Parser.fail;
const ERROR: LrOutcome = { ok: false, reason: 'error' };
const DEFER: LrOutcome = { ok: false, reason: 'defer' };
const REJECTED: LrOutcome = { ok: false, reason: 'reject' };

/**
 * An LR parser over the rules of a compiled nearley grammar. Example:
 * new LrParser(grammar.ParserRules).parse(() => lexer.next()) is { ok: true, value } for `2x`.
 */
export class LrParser {
  private readonly terminals = new Map<string, number>(LR_TERMINALS.map((t, i) => [t, i]));
  private readonly actions: Int32Array;
  private readonly gotos: Int32Array;
  private readonly lengths: Int32Array;
  private readonly lhs: Int32Array;
  private readonly posts: (LrGrammarRule['postprocess'] | undefined)[];

  constructor(rules: readonly LrGrammarRule[]) {
    const nt = LR_NONTERMINALS.length;
    this.actions = dense(LR_ACTIONS, LR_TERMINALS.length, LR_ERROR);
    this.gotos = dense(LR_GOTOS, nt, -1);
    this.lengths = new Int32Array(rules.length);
    this.lhs = new Int32Array(rules.length);
    this.posts = rules.map((r) => r.postprocess);
    const column = new Map(LR_NONTERMINALS.map((n, i) => [n, i]));
    for (const [r, name, length] of LR_RULES) {
      const rule = rules[r];
      // A table from another version of the grammar would call the wrong postprocessors: fail loudly.
      if (!rule || rule.name !== name || rule.symbols.length !== length) throw new Error('src/generated/lrTable.ts is stale: run npm run gen');
      this.lengths[r] = length;
      this.lhs[r] = column.get(name)!;
    }
  }

  /** Parses the tokens `next` gives (undefined at the end). Lexer and postprocessor throws pass through. */
  parse(next: () => LrToken | undefined): LrOutcome {
    const { terminals, actions, gotos, lengths, lhs, posts } = this;
    const width = LR_TERMINALS.length;
    const gotoWidth = LR_NONTERMINALS.length;
    // Explicit stacks with a top index `sp` (setting an array's length is slow): states[sp] is the current state,
    // values[i] and refs[i] (the token index where entry i starts, nearley's `reference`) for i < sp.
    const states: number[] = [0];
    const values: unknown[] = [];
    const refs: number[] = [];
    let sp = 0;
    let token = next();
    let at = 0;
    for (;;) {
      const column = token === undefined ? 0 : terminals.get(token.type!);
      if (column === undefined) return ERROR;
      const action = actions[states[sp]! * width + column]!;
      if (action > 0) {
        values[sp] = token;
        refs[sp] = at;
        states[++sp] = action - 1;
        token = next();
        at++;
        continue;
      }
      if (action === LR_ERROR) return ERROR;
      if (action === LR_ACCEPT) return { ok: true, value: values[sp - 1] };
      if (action === LR_DEFER) return DEFER;
      const rule = -action - 1;
      const base = sp - lengths[rule]!;
      const data = dataOf(values, base, sp - base);
      const ref = base < sp ? refs[base]! : at;
      const post = posts[rule];
      const value = post ? post(data, ref, REJECT) : data;
      if (value === REJECT) return REJECTED;
      values[base] = value;
      refs[base] = ref;
      states[base + 1] = gotos[states[base]! * gotoWidth + lhs[rule]!]!;
      sp = base + 1;
    }
  }
}

/** The symbols' values of a reduce as a fresh array (literals for short rules: cheaper than slice). */
function dataOf(values: unknown[], base: number, length: number): unknown[] {
  switch (length) {
    case 1:
      return [values[base]];
    case 2:
      return [values[base], values[base + 1]];
    case 3:
      return [values[base], values[base + 1], values[base + 2]];
    default:
      return values.slice(base, base + length);
  }
}

/** Sparse rows of (column, value) pairs as one dense typed array. */
function dense(rows: readonly (readonly number[])[], width: number, empty: number): Int32Array {
  const out = new Int32Array(rows.length * width).fill(empty);
  rows.forEach((row, s) => {
    for (let i = 0; i < row.length; i += 2) out[s * width + row[i]!] = row[i + 1]!;
  });
  return out;
}
