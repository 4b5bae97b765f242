import nearley from 'nearley';
import compiled from '../generated/grammar.js';
import { FluxionLexer, LexProblem, type LexToken, type Mode } from '../../grammar/lexer.js';
import { withTokenClasses } from '../../grammar/tokenClasses.js';
import type { Expr } from '../ast/expr.js';
import { ParseError, problemAt, type Problem, type ProblemCode, type Result } from '../errors.js';
import { resolve, type Data } from './deferred.js';
import { SyntaxProblem } from './syntaxProblem.js';
import { LrParser, type LrGrammarRule, type LrOutcome } from './lr.js';
import type { RuleSource } from './ruleSyntax.js';

export type ParseOptions = {
  /** Names of user-defined functions (from `f(x) := ...`), accepted as function heads. */
  readonly functions?: Iterable<string>;
};

const rules = compiled as unknown as nearley.CompiledRules;
const withClasses = { ...rules, ParserRules: withTokenClasses(rules.ParserRules) };
const expressionGrammar = nearley.Grammar.fromCompiled(withClasses);
const ruleGrammar = nearley.Grammar.fromCompiled(withClasses);
ruleGrammar.start = 'RuleFile';
/** The fast path for expressions: the grammar's LALR(1) table with the same postprocessors (see lr.ts). */
const lrParser = new LrParser(withClasses.ParserRules as unknown as LrGrammarRule[]);

/** How each token type (and token class) reads in "expected ..." lists, in the order they are listed. */
const TOKEN_WORDS: ReadonlyMap<string, string> = new Map([
  ['number', 'a number'], ['name', 'a name'], ['fcall', 'a function'], ['fop', 'a function'], ['lparen', "'('"],
  ['rparen', "')'"], ['lbracket', "'['"], ['rbracket', "']'"], ['comma', "','"], ['sign', "'+' or '-'"], ['prefix', "'+', '-' or 'd/dx'"],
  ['plus', "'+'"], ['minus', "'-'"], ['mulop', "'*' or '/'"], ['times', "'*'"], ['divide', "'/'"], ['pow', "'^'"],
  ['bar', "'|'"], ['sqrt', "'√'"], ['deriv', "'d/dx'"],
  ['lim', "'lim'"], ['integral', "'∫'"], ['dvar', "a differential such as 'dx'"], ['arrow', "'->'"],
  ['define', "':='"], ['fdef', 'a function'], ['prime', "a prime (')"], ['dirstring', "a direction ('+' or '-')"],
  ['underscore', "'_'"], ['string', 'a quoted title'], ['colon', "':'"], ['yields', "'=>'"], ['rule', "'rule'"],
  ['where', "'where'"], ['example', "'example'"], ['and', "'and'"], ['dotted', 'a rule id'], ['pname', 'a predicate'],
  ['ne', "'!='"], ['jux', 'another factor'],
]);
const JUXTAPOSED = TOKEN_WORDS.get('jux')!;
const ORDER: ReadonlyMap<string, number> = new Map([...new Set(TOKEN_WORDS.values())].map((w, i) => [w, i]));

/** The offending token in words: names, numbers and operators by their text, the rest by their role. */
function describe(tok: LexToken): string {
  switch (tok.type) {
    case 'dirstring':
      return `direction ${tok.text}`;
    case 'prime':
      return `prime (${tok.text})`;
    case 'dotted':
      return `rule id ${tok.text}`;
    case 'string':
      return `quoted title ${tok.text}`;
    default:
      return `'${tok.text.length > 40 ? `${tok.text.slice(0, 40)}…` : tok.text}'`;
  }
}

/** The terminals the parser could have accepted at its current column, in words. */
function expectedTokens(parser: nearley.Parser): string[] {
  const internals = parser as unknown as { table: { scannable?: { rule: nearley.Rule; dot: number }[] }[]; current: number };
  const column = internals.table[internals.current];
  const seen = new Set<string>();
  for (const state of column?.scannable ?? []) {
    const sym = state.rule.symbols[state.dot] as { type?: string } | undefined;
    if (sym?.type) seen.add(TOKEN_WORDS.get(sym.type) ?? sym.type);
  }
  return [...seen].sort((a, b) => (ORDER.get(a) ?? 99) - (ORDER.get(b) ?? 99));
}

/** A nearley parser that skips nearley's own error text (it walks every state and may be slow on huge inputs). */
function newParser(mode: Mode, functions: Iterable<string>): { parser: nearley.Parser; lexer: FluxionLexer } {
  const lexer = new FluxionLexer(mode, functions);
  const parser = new nearley.Parser(mode === 'expr' ? expressionGrammar : ruleGrammar, { lexer });
  const quiet = parser as unknown as { reportError: () => string; reportLexerError: () => string };
  quiet.reportError = () => 'syntax error';
  quiet.reportLexerError = () => 'lexer error';
  return { parser, lexer };
}

/** Every parse of `text`; the grammar is built so that there is exactly one for every accepted input. */
function run(text: string, mode: Mode, functions: Iterable<string>): unknown[] {
  const { parser, lexer } = newParser(mode, functions);
  try {
    parser.feed(text);
  } catch (e) {
    throw new ParseError([toProblem(e, text, parser, lexer)]);
  }
  const results = parser.results as unknown[];
  if (results.length === 0) {
    const last = lexer.lastToken;
    const end = last ? last.offset + last.text.length : text.length;
    throw new ParseError([problemAt(text, end, 'unexpected-end', 'unexpected end of input', expectedTokens(parser))]);
  }
  return results;
}

function toProblem(e: unknown, text: string, parser: nearley.Parser, lexer: FluxionLexer): Problem {
  // nearley wraps what the lexer throws, so the lexer keeps its problem for us.
  const lexProblem = e instanceof LexProblem ? e : lexer.problem;
  if (lexProblem) return problemAt(text, lexProblem.offset, lexProblem.code, lexProblem.message, lexProblem.expected);
  if (e instanceof SyntaxProblem) return problemAt(text, e.token.offset, e.code as ProblemCode, e.message, e.expected);
  if (e instanceof RangeError && /call stack/i.test(e.message)) return problemAt(text, 0, 'too-deep', 'expression nested too deeply');
  let token = (e as { token?: LexToken }).token;
  if (!token) throw e;
  // A rejected juxtaposition marker stands for the factor after it; report that factor.
  if (token.type === 'jux') token = lexer.heldToken ?? token;
  const expected = expectedTokens(parser);
  // `2 3`, `x 2`: juxtaposition never starts with a number, so say what to write instead.
  const hint = token.type === 'number' && expected.includes(JUXTAPOSED) ? ` (a number after a factor is not a product: write * between them)` : '';
  return problemAt(text, token.offset, 'unexpected-token', `unexpected ${describe(token)}${hint}`, expected);
}

/**
 * The one parse, or a located 'ambiguous' problem. The grammar is built to be unambiguous; more than one parse
 * is a grammar bug, reported rather than guessed around. Example: requireOneParse([a], text) is a.
 */
export function requireOneParse<T>(results: readonly T[], text: string): T {
  if (results.length !== 1) throw new ParseError([problemAt(text, 0, 'ambiguous', `ambiguous input (${results.length} parses)`)]);
  return results[0]!;
}

const single = (text: string, mode: Mode, functions: Iterable<string>): unknown => requireOneParse(run(text, mode, functions), text);

/** The parse data from the LR table, or why nearley must answer instead ('threw': the lexer or a postprocessor threw). */
function lrData(text: string, functions: Iterable<string>): LrOutcome | { readonly ok: false; readonly reason: 'threw' } {
  const lexer = new FluxionLexer('expr', functions);
  try {
    lexer.reset(text);
    return lrParser.parse(() => lexer.next());
  } catch {
    return { ok: false, reason: 'threw' }; // nearley reruns and reports the problem in its own words
  }
}

/** The Expr of the one parse's data; a problem found while building it becomes a located ParseError. */
function build(text: string, data: Data): Expr {
  try {
    return resolve(data);
  } catch (e) {
    if (e instanceof SyntaxProblem) throw new ParseError([problemAt(text, e.token.offset, e.code as ProblemCode, e.message, e.expected)]);
    throw e;
  }
}

/**
 * Reads an expression. Throws ParseError (and nothing else) with located problems. The LR table reads what it
 * can; anything it does not accept goes to nearley, so trees and problems are nearley's.
 * Example: parse('2x^2 + sin(x)') is add(mul(2, pow(x, 2)), sin(x)).
 */
export function parse(text: string, options: ParseOptions = {}): Expr {
  const functions = options.functions ?? [];
  const fast = lrData(text, functions);
  return build(text, (fast.ok ? fast.value : single(text, 'expr', functions)) as Data);
}

/** `parse` by nearley alone, the definition the LR path is tested against. Example: parseWithNearley('2x') equals parse('2x'). */
export function parseWithNearley(text: string, options: ParseOptions = {}): Expr {
  return build(text, single(text, 'expr', options.functions ?? []) as Data);
}

/**
 * `parse` by the LR table alone: the tree, or why it leaves the input to nearley. For differential tests.
 * Example: parseWithLr('2x').ok is true; parseWithLr('2 +').reason is 'error'.
 */
export function parseWithLr(text: string, options: ParseOptions = {}): { readonly ok: true; readonly value: Expr } | { readonly ok: false; readonly reason: string } {
  const fast = lrData(text, options.functions ?? []);
  return fast.ok ? { ok: true, value: build(text, fast.value as Data) } : fast;
}

/** `parse` as a value: { ok: true, value } or { ok: false, problems }. Example: tryParse('sin(').ok is false. */
export function tryParse(text: string, options: ParseOptions = {}): Result<Expr> {
  try {
    return { ok: true, value: parse(text, options) };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, problems: e.problems };
    throw e;
  }
}

/** How many parses the grammar finds for an accepted input (1 for every input; tests check it). Example: countParses('2x') is 1. */
export function countParses(text: string, options: ParseOptions = {}): number {
  return run(text, 'expr', options.functions ?? []).length;
}

/** Reads a rule file (DESIGN §3) into located rule records; validation is the loader's job. */
export function parseRuleFile(text: string): RuleSource[] {
  return single(text, 'rules', []) as RuleSource[];
}
