import moo from 'moo';
import { BUILTIN_FUNCTION_NAMES, FUNCTION_ALIASES, RESERVED_HEADS } from '../src/ast/operators.js';
import { insertJuxtapositions } from './juxtaposition.js';
import { superscriptTokens } from './superscript.js';

/**
 * The one lexer for expressions and rule files. moo splits the text; `FluxionLexer` then gives tokens their role
 * from context, which keeps the grammar unambiguous and small (fewer Earley states per token):
 *  - a known function followed by `(`, `'` or `^n (` is `fcall` (sin(x)); otherwise `fop` (sin x, sin^2 x);
 *  - the head of a definition `f(x) :=` is `fdef`; `lim` is `lim`; the `dx` closing a `∫` is `dvar`;
 *  - `∞` and pattern variables `?u` read as names; a superscript as `^` and a number (superscript.ts);
 *  - an invisible `jux` token marks juxtaposition (2x, x y, (a)(b)), so the grammar only predicts a juxtaposed
 *    factor where one is written (see juxtaposition.ts).
 */
const NAME = /[\p{L}][\p{L}\d_]*/u;

/** The token table; `dotted` (rule ids such as trig.sin) exists in rule files only, so x.5 is x then .5. */
const TOKENS = {
  ws: { match: /[ \t\r\u00a0\u2009\u202f]+/u },
  nl: { match: /\n/u, lineBreaks: true },
  comment: { match: /#[^\n]*/u },
  number: /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/u,
  sup: /[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u,
  // d/dx, d^2/dx^2, ∂/∂x, ∂^2/∂x^2: one token each, so `d/dx` never reads as the quotient of d and dx.
  deriv: /d(?:\^\d+)?\/d[\p{L}][\p{L}\d_]*(?:\^\d+)?|∂(?:\^\d+)?\/∂[\p{L}][\p{L}\d_]*(?:\^\d+)?/u,
  patvar: /\?[\p{L}][\p{L}\d_]*(?:\.\.\.)?/u,
  // Quoted words are limit directions ('+', '-', 'both'); any other word is rejected with a located problem.
  dirstring: /'[+\-\p{L}]+'|"[+\-]"/u,
  string: /"[^"\n]*"/u,
  dotted: /[\p{L}][\p{L}\d_]*(?:\.[\p{L}\d_-]+)+/u,
  name: NAME,
  ne: /!=|≠/u,
  arrow: /->|→/u,
  define: ':=',
  yields: /=>|⇒/u,
  pow: /\*\*|\^/u,
  times: /[*·×⋅]/u,
  divide: /[/÷]/u,
  plus: '+',
  minus: /[-−]/u,
  lparen: '(',
  rparen: ')',
  lbracket: '[',
  rbracket: ']',
  comma: ',',
  bar: '|',
  sqrt: '√',
  integral: '∫',
  underscore: '_',
  prime: /'+/u,
  infinity: '∞',
  colon: ':',
  error: moo.error,
};
const { dotted: _dotted, ...EXPRESSION_TOKENS } = TOKENS;
export const ruleLexer = moo.compile(TOKENS);
export const expressionLexer = moo.compile(EXPRESSION_TOKENS);

export type Mode = 'expr' | 'rules';

export type LexToken = moo.Token;

/** A problem found while reading tokens; parse.ts turns it into a Problem with line and column. */
export class LexProblem extends Error {
  constructor(
    readonly code: 'bad-character' | 'unknown-function' | 'number-too-long' | 'empty-input',
    message: string,
    readonly offset: number,
    readonly expected: string[],
  ) {
    super(message);
  }
}

const RULE_KEYWORDS = new Set(['rule', 'where', 'example', 'and']);
/** `f(x, y) :=` ahead: the head of a definition, so f need not be known yet (sticky: tested in place, no copy). */
const DEFINITION_AHEAD = /\([^()]*\)[ \t\r\n\u00a0\u2009\u202f]*:=/uy;
/** Names that are always functions of the input language, spelled as the course writes them. */
const CALCULUS_NAMES = ['diff', 'integrate', 'limit', 'sum'];
/** Constants may stand before '(' as factors: `e(x+1)` is e·(x+1). */
const CONSTANT_NAMES = new Set(['pi', 'π', 'e', 'oo', 'undefined']);
/** Single letters usually name functions in a course; followed by '(' they must be defined first. */
const FUNCTION_LETTERS = new Set(['f', 'g', 'h']);

/** Longest numeric literal accepted; BigInt conversion of longer ones would be slow for no purpose. */
export const MAX_NUMBER_LENGTH = 10_000;

/** Hints for characters people type by mistake. */
const CHARACTER_HINTS: ReadonlyMap<string, string> = new Map([
  ['.', 'a lone . is not a number (write 0.5 or .5)'],
  ['=', 'equations are not expressions (use := to define a function)'],
  ['\u200b', 'an invisible zero-width space'],
  ['\u200e', 'an invisible left-to-right mark'],
  ['\u200f', 'an invisible right-to-left mark'],
  ['\u202e', 'an invisible right-to-left override'],
  ['\ufeff', 'an invisible byte-order mark'],
]);

function badCharacter(tok: LexToken): LexProblem {
  const ch = String.fromCodePoint(tok.text.codePointAt(0)!);
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const hint = CHARACTER_HINTS.get(ch);
  // Invisible and combining characters are named by code only, so the message itself stays readable.
  const shown = /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) && !/\p{M}/u.test(ch) ? `'${ch}' (${code})` : code;
  return new LexProblem('bad-character', `unexpected character ${shown}${hint ? `: ${hint}` : ''}`, tok.offset, ['an expression']);
}

/** Names that are functions in every parse (the user's own come on top, per parse). */
const BUILTIN_FUNCTIONS: ReadonlySet<string> = new Set<string>([...BUILTIN_FUNCTION_NAMES, ...FUNCTION_ALIASES.keys(), ...CALCULUS_NAMES]);
const RESERVED: ReadonlySet<string> = new Set(RESERVED_HEADS);

export class FluxionLexer {
  private tokens: LexToken[] = [];
  private index = 0;
  private readonly userFunctions: ReadonlySet<string>;

  constructor(
    readonly mode: Mode = 'expr',
    userFunctions: Iterable<string> = [],
  ) {
    this.userFunctions = new Set(userFunctions);
  }

  private isFunction(name: string): boolean {
    return BUILTIN_FUNCTIONS.has(name) || this.userFunctions.has(name) || (this.mode === 'rules' && RESERVED.has(name));
  }

  /** Tokenises the whole chunk at once (so a name can look at what follows it). */
  reset(chunk: string): void {
    const tokens: LexToken[] = [];
    this.index = 0;
    const baseLexer = this.mode === 'rules' ? ruleLexer : expressionLexer;
    baseLexer.reset(chunk);
    let depth = 0;
    const integrals: number[] = []; // bracket depth of each ∫ still waiting for its dx
    for (let tok = baseLexer.next(); tok; tok = baseLexer.next()) {
      if (tok.type === 'error') throw badCharacter(tok);
      if (tok.type === 'ws' || tok.type === 'comment' || tok.type === 'nl') continue;
      if (tok.type === 'lparen' || tok.type === 'lbracket') depth++;
      if (tok.type === 'rparen' || tok.type === 'rbracket') depth--;
      if (tok.type === 'integral') integrals.push(depth);
      if (tok.type === 'name' && integrals.length && integrals[integrals.length - 1] === depth && /^d\p{L}/u.test(tok.text)) {
        tok.type = 'dvar'; // the differential closing an integral: `∫ x^2 dx`
        integrals.pop();
      } else if (tok.type === 'number' && tok.text.length > MAX_NUMBER_LENGTH) {
        throw new LexProblem('number-too-long', `number literal has ${tok.text.length} characters (at most ${MAX_NUMBER_LENGTH})`, tok.offset, []);
      } else if (tok.type === 'sup') {
        tokens.push(...superscriptTokens(tok));
        continue;
      } else if (tok.type === 'infinity' || tok.type === 'patvar') {
        tok.type = 'name';
      } else if (tok.type === 'name') {
        this.classify(tok, chunk, tokens.length === 0);
      }
      tokens.push(tok);
    }
    if (tokens.length === 0 && this.mode === 'expr') throw new LexProblem('empty-input', 'empty input', 0, ['an expression']);
    for (let i = 0; i < tokens.length; i++) if (tokens[i]!.type === 'fname') tokens[i]!.type = functionRole(tokens, i);
    this.tokens = insertJuxtapositions(tokens);
  }

  private classify(tok: LexToken, chunk: string, first: boolean): void {
    const name = tok.text;
    if (this.mode === 'rules' && RULE_KEYWORDS.has(name)) {
      tok.type = name;
      return;
    }
    if (first && this.mode === 'expr' && !CONSTANT_NAMES.has(name) && definitionAhead(chunk, tok.offset + name.length)) {
      tok.type = 'fdef'; // f(x) := ..., also for a known name, so `sin(x) := x` gets a clear "built in" problem
      return;
    }
    if (name === 'lim') {
      tok.type = 'lim';
      return;
    }
    if (CONSTANT_NAMES.has(name)) return;
    if (this.isFunction(name)) {
      tok.type = 'fname';
      return;
    }
    const next = chunk[tok.offset + name.length];
    const applied = next === '(' || next === "'";
    if (applied && this.mode === 'rules') {
      // In rule files an unknown name applied to arguments is a predicate of a `where` clause.
      tok.type = 'pname';
      return;
    }
    if (applied && ([...name].length > 1 || FUNCTION_LETTERS.has(name))) {
      throw new LexProblem(
        'unknown-function',
        `unknown function '${name}'` + (FUNCTION_LETTERS.has(name) ? ` (define it first: ${name}(x) := ...)` : ''),
        tok.offset,
        ['a known function (sin, cos, exp, log, ...)', `a space or '*' for a product: ${name} * (...)`],
      );
    }
  }

  next(): LexToken | undefined {
    return this.tokens[this.index++];
  }

  save(): Record<string, never> {
    return {};
  }

  formatError(token: LexToken): string {
    return `unexpected ${token.type} at line ${token.line} column ${token.col}`;
  }

  has(_type: string): boolean {
    return true;
  }

  /** The tokens read so far (used to locate the end of input for error messages). */
  get allTokens(): readonly LexToken[] {
    return this.tokens;
  }
}

function definitionAhead(chunk: string, at: number): boolean {
  DEFINITION_AHEAD.lastIndex = at;
  return DEFINITION_AHEAD.test(chunk);
}

/**
 * A known function's role: `fdef` at the head of `f(x) := ...`, `fcall` when brackets hold its arguments
 * (`sin(x)`, `f'(x)`, `sin^2(x)`), `fop` when it applies to the factors after it (`sin x`, `sin^2 x`).
 */
function functionRole(tokens: readonly LexToken[], i: number): string {
  const next = tokens[i + 1]?.type;
  if (next === 'lparen' || next === 'prime') return 'fcall';
  if (next === 'pow' && tokens[i + 2]?.type === 'number' && tokens[i + 3]?.type === 'lparen') return 'fcall';
  return 'fop';
}
