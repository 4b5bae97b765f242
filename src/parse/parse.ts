import nearley from 'nearley';
import compiled from '../generated/grammar.js';
import { FluxionLexer, LexProblem, type LexToken, type Mode } from '../../grammar/lexer.js';
import type { Expr } from '../ast/expr.js';
import { ParseError, problemAt, type Problem, type ProblemCode, type Result } from '../errors.js';
import { resolve, SyntaxProblem, type Data } from './syntax.js';
import type { RuleSource } from './ruleSyntax.js';

export type ParseOptions = {
  /** Names of user-defined functions (from `f(x) := ...`), accepted as function heads. */
  readonly functions?: Iterable<string>;
};

const expressionGrammar = nearley.Grammar.fromCompiled(compiled as unknown as nearley.CompiledRules);
const ruleGrammar = nearley.Grammar.fromCompiled(compiled as unknown as nearley.CompiledRules);
ruleGrammar.start = 'RuleFile';

/** How each token type reads in "expected ..." lists. */
const TOKEN_WORDS: Readonly<Record<string, string>> = {
  number: 'a number', name: 'a name', fname: 'a function', lparen: "'('", rparen: "')'", lbracket: "'['",
  rbracket: "']'", comma: "','", plus: "'+'", minus: "'-'", times: "'*'", divide: "'/'", pow: "'^'", bar: "'|'",
  sqrt: "'√'", integral: "'∫'", deriv: "'d/dx'", pderiv: "'∂/∂x'", sup: 'a superscript', arrow: "'->'",
  define: "':='", dvar: "a differential such as 'dx'", patvar: 'a pattern variable', lim: "'lim'",
  infinity: "'∞'", prime: "'", dirstring: "'+' or '-'", string: 'a quoted title', colon: "':'", yields: "'=>'",
  rule: "'rule'", where: "'where'", example: "'example'", and: "'and'", dotted: 'a rule id', pname: 'a predicate',
  ne: "'!='", underscore: "'_'",
};

function describe(tok: LexToken): string {
  if (tok.type === 'fname' || tok.type === 'name' || tok.type === 'number') return `'${tok.text}'`;
  return TOKEN_WORDS[tok.type ?? ''] ?? `'${tok.text}'`;
}

/** The terminals the parser could have accepted at its current column. */
function expectedTokens(parser: nearley.Parser): string[] {
  const table = (parser as unknown as { table: { scannable?: { rule: nearley.Rule; dot: number }[] }[]; current: number }).table;
  const column = table[(parser as unknown as { current: number }).current];
  const seen = new Set<string>();
  for (const state of column?.scannable ?? []) {
    const sym = state.rule.symbols[state.dot] as { type?: string } | undefined;
    if (sym?.type) seen.add(TOKEN_WORDS[sym.type] ?? sym.type);
  }
  return [...seen].sort();
}

function run(text: string, mode: Mode, functions: Iterable<string>): unknown {
  if (text.trim() === '' && mode === 'expr') {
    throw new ParseError([problemAt(text, 0, 'empty-input', 'empty input', ['an expression'])]);
  }
  const lexer = new FluxionLexer(mode, functions);
  const parser = new nearley.Parser(mode === 'expr' ? expressionGrammar : ruleGrammar, { lexer });
  try {
    parser.feed(text);
  } catch (e) {
    throw new ParseError([toProblem(e, text, parser, lexer)]);
  }
  const results = parser.results as unknown[];
  if (results.length === 0) {
    const last = lexer.allTokens[lexer.allTokens.length - 1];
    const end = last ? last.offset + last.text.length : text.length;
    throw new ParseError([problemAt(text, end, 'unexpected-end', 'unexpected end of input', expectedTokens(parser))]);
  }
  if (results.length > 1) {
    // The grammar is built to be unambiguous; reaching this is a grammar bug, reported rather than guessed around.
    throw new ParseError([problemAt(text, 0, 'ambiguous', `ambiguous input (${results.length} parses)`)]);
  }
  return results[0];
}

function toProblem(e: unknown, text: string, parser: nearley.Parser, lexer: FluxionLexer): Problem {
  if (e instanceof LexProblem) return problemAt(text, e.offset, e.code, e.message, e.expected);
  if (e instanceof SyntaxProblem) return problemAt(text, e.token.offset, e.code as ProblemCode, e.message, e.expected);
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return problemAt(text, 0, 'too-deep', 'expression nested too deeply');
  }
  const token = (e as { token?: LexToken }).token;
  if (token) return problemAt(text, token.offset, 'unexpected-token', `unexpected ${describe(token)}`, expectedTokens(parser));
  void lexer;
  throw e;
}

/**
 * Reads an expression. Throws ParseError (and nothing else) with located problems.
 * Example: parse('2x^2 + sin(x)') is add(mul(2, pow(x, 2)), sin(x)).
 */
export function parse(text: string, options: ParseOptions = {}): Expr {
  return resolve(run(text, 'expr', options.functions ?? []) as Data);
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

/** Reads a rule file (DESIGN §3) into located rule records; validation is the loader's job. */
export function parseRuleFile(text: string): RuleSource[] {
  return run(text, 'rules', []) as RuleSource[];
}
