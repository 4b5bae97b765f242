import moo from 'moo';
import { BUILTIN_FUNCTION_NAMES, FUNCTION_ALIASES, RESERVED_HEADS } from '../src/ast/operators.js';

/**
 * The one lexer for expressions and rule files. moo splits the text; `FluxionLexer` then gives names their role
 * from context (a known function, a keyword of rule files, a plain symbol), which keeps the grammar unambiguous:
 * the grammar never has to guess whether `f(x)` is a call or a product.
 */
const NAME = /[\p{L}][\p{L}\d_]*/u;

export const baseLexer = moo.compile({
  ws: { match: /[ \t\r\u00a0\u2009\u202f]+/u },
  nl: { match: /\n/u, lineBreaks: true },
  comment: { match: /#[^\n]*/u },
  number: /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/u,
  sup: /[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u,
  // d/dx, d^2/dx^2, ∂/∂x, ∂^2/∂x^2: one token each, so `d/dx` never reads as the quotient of d and dx.
  deriv: /d(?:\^\d+)?\/d[\p{L}][\p{L}\d_]*(?:\^\d+)?/u,
  pderiv: /∂(?:\^\d+)?\/∂[\p{L}][\p{L}\d_]*(?:\^\d+)?/u,
  patvar: /\?[\p{L}][\p{L}\d_]*(?:\.\.\.)?/u,
  dirstring: /'(?:\+|-|both)'|"(?:\+|-|both)"/u,
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
});

export type Mode = 'expr' | 'rules';

export type LexToken = moo.Token;

/** A problem found while reading tokens; parse.ts turns it into a Problem with line and column. */
export class LexProblem extends Error {
  constructor(
    readonly code: 'bad-character' | 'unknown-function' | 'number-too-long',
    message: string,
    readonly offset: number,
    readonly line: number,
    readonly col: number,
    readonly expected: string[],
  ) {
    super(message);
  }
}

const RULE_KEYWORDS = new Set(['rule', 'where', 'example', 'and']);
/** `f(x, y) :=` ahead: the head of a definition, so f need not be known yet. */
const DEFINITION_AHEAD = /^\([^()]*\)\s*:=/u;
/** Names that are always functions of the input language, spelled as the course writes them. */
const CALCULUS_NAMES = ['diff', 'integrate', 'limit', 'sum'];
/** Constants may stand before '(' as factors: `e(x+1)` is e·(x+1). */
const CONSTANT_NAMES = new Set(['pi', 'π', 'e', 'oo', 'undefined']);
/** Single letters usually name functions in a course; followed by '(' they must be defined first. */
const FUNCTION_LETTERS = new Set(['f', 'g', 'h']);

/** Longest numeric literal accepted; BigInt conversion of longer ones would be slow for no purpose. */
export const MAX_NUMBER_LENGTH = 10_000;

export class FluxionLexer {
  private tokens: LexToken[] = [];
  private index = 0;
  private readonly functions: Set<string>;

  constructor(
    readonly mode: Mode = 'expr',
    userFunctions: Iterable<string> = [],
  ) {
    this.functions = new Set<string>([...BUILTIN_FUNCTION_NAMES, ...FUNCTION_ALIASES.keys(), ...CALCULUS_NAMES, ...userFunctions]);
    if (mode === 'rules') for (const head of RESERVED_HEADS) this.functions.add(head);
  }

  /** Tokenises the whole chunk at once (so a name can look at what follows it). */
  reset(chunk: string): void {
    this.tokens = [];
    this.index = 0;
    baseLexer.reset(chunk);
    let depth = 0;
    const integrals: number[] = []; // bracket depth of each ∫ still waiting for its dx
    for (let tok = baseLexer.next(); tok; tok = baseLexer.next()) {
      if (tok.type === 'error') {
        const ch = String.fromCodePoint(tok.text.codePointAt(0)!);
        throw new LexProblem('bad-character', `unexpected character '${ch}' (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`, tok.offset, tok.line, tok.col, ['an expression']);
      }
      if (tok.type === 'ws' || tok.type === 'comment' || tok.type === 'nl') continue;
      if (tok.type === 'lparen' || tok.type === 'lbracket') depth++;
      if (tok.type === 'rparen' || tok.type === 'rbracket') depth--;
      if (tok.type === 'integral') integrals.push(depth);
      if (tok.type === 'name' && integrals.length && integrals[integrals.length - 1] === depth && /^d\p{L}/u.test(tok.text)) {
        // The differential closing an integral: `∫ x^2 dx`.
        tok.type = 'dvar';
        integrals.pop();
        this.tokens.push(tok);
        continue;
      }
      if (tok.type === 'number' && tok.text.length > MAX_NUMBER_LENGTH) {
        throw new LexProblem('number-too-long', `number literal has ${tok.text.length} characters (at most ${MAX_NUMBER_LENGTH})`, tok.offset, tok.line, tok.col, []);
      }
      if (tok.type === 'name') this.classify(tok, chunk);
      this.tokens.push(tok);
    }
  }

  private classify(tok: LexToken, chunk: string): void {
    const name = tok.text;
    if (this.mode === 'rules' && RULE_KEYWORDS.has(name)) {
      tok.type = name;
      return;
    }
    if (name === 'lim') {
      tok.type = 'lim';
      return;
    }
    if (CONSTANT_NAMES.has(name)) return;
    const next = chunk[tok.offset + name.length];
    if (this.functions.has(name)) {
      tok.type = 'fname';
      return;
    }
    const applied = next === '(' || next === "'";
    if (applied && this.mode === 'rules') {
      // In rule files an unknown name applied to arguments is a predicate of a `where` clause.
      tok.type = 'pname';
      return;
    }
    if (applied && DEFINITION_AHEAD.test(chunk.slice(tok.offset + name.length))) {
      tok.type = 'fname';
      return;
    }
    if (applied && ([...name].length > 1 || FUNCTION_LETTERS.has(name))) {
      throw new LexProblem(
        'unknown-function',
        `unknown function '${name}'` + (FUNCTION_LETTERS.has(name) ? ` (define it first: ${name}(x) := ...)` : ''),
        tok.offset,
        tok.line,
        tok.col,
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
