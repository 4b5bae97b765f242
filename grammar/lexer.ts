import moo from 'moo';
import { BUILTIN_FUNCTION_NAMES, FUNCTION_ALIASES, RESERVED_HEADS } from '../src/ast/operators.js';
import { juxtaposed, juxtapositionMarker } from './juxtaposition.js';
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

/**
 * The token table; `dotted` (rule ids such as trig.sin) exists in rule files only, so x.5 is x then .5.
 * moo reads single characters listed before every pattern from a table, without running its combined RegExp, so
 * the brackets, the commas, `+` and a single space come first. None of them starts any other token (`:` and `-`
 * do: `:=` and `->`, so they stay below), so the order does not change what is read.
 */
const TOKENS = {
  lparen: '(',
  rparen: ')',
  lbracket: '[',
  rbracket: ']',
  comma: ',',
  plus: '+',
  bar: '|',
  sqrt: '√',
  integral: '∫',
  underscore: '_',
  infinity: '∞',
  ws: [{ match: ' ' }, { match: /[ \t\r\u00a0\u2009\u202f]+/u }],
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
  minus: /[-−]/u,
  prime: /'+/u,
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

/** A token read ahead, or a problem found at that place, thrown when the parser reaches it (reading order). */
type Pending = LexToken | LexProblem;

/** How far the roles and markers look ahead: `sin ^ 2 (` decides that sin is a call. */
const LOOKAHEAD = 4;

/**
 * The lexer nearley drives. It reads on demand, a few tokens ahead, so tokens the parse no longer needs can be
 * collected at once (on a 1 MB input, holding every token would double the memory the collector has to walk).
 */
export class FluxionLexer {
  private chunk = '';
  private base: moo.Lexer = expressionLexer;
  private readonly ahead: Pending[] = [];
  private depth = 0;
  private integrals: number[] = []; // bracket depth of each ∫ still waiting for its dx
  private started = false;
  /** The last three tokens given to the parser (markers aside): juxtaposition looks back at them. */
  private recent: [LexToken | undefined, LexToken | undefined, LexToken | undefined] = [undefined, undefined, undefined];
  /** A token held back while its juxtaposition marker goes first. */
  private held: LexToken | undefined;
  /** A problem found while reading; nearley wraps what `next` throws, so parse.ts looks here first. */
  problem: LexProblem | undefined;
  /** The last real token read (where "unexpected end of input" points). */
  lastToken: LexToken | undefined;
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

  reset(chunk: string): void {
    this.chunk = chunk;
    this.base = this.mode === 'rules' ? ruleLexer : expressionLexer;
    this.base.reset(chunk);
    this.ahead.length = 0;
    this.depth = 0;
    this.integrals = [];
    this.started = false;
    this.recent = [undefined, undefined, undefined];
    this.held = undefined;
    this.problem = undefined;
    this.lastToken = undefined;
    this.fill(1);
    if (this.ahead.length === 0 && this.mode === 'expr') throw new LexProblem('empty-input', 'empty input', 0, ['an expression']);
  }

  /** Reads until `n` tokens (or problems) wait, or the text ends. */
  private fill(n: number): void {
    while (this.ahead.length < n) {
      const tok = this.base.next();
      if (!tok) return;
      if (tok.type === 'ws' || tok.type === 'comment' || tok.type === 'nl') continue;
      try {
        this.read(tok);
      } catch (e) {
        if (!(e instanceof LexProblem)) throw e;
        this.ahead.push(e);
        return; // nothing after a problem is read
      }
    }
  }

  /** Gives one raw token its role and queues it (a superscript queues several). */
  private read(tok: LexToken): void {
    if (tok.type === 'error') throw badCharacter(tok);
    if (tok.type === 'lparen' || tok.type === 'lbracket') this.depth++;
    if (tok.type === 'rparen' || tok.type === 'rbracket') this.depth--;
    if (tok.type === 'integral') this.integrals.push(this.depth);
    if (tok.type === 'name' && this.integrals.length && this.integrals[this.integrals.length - 1] === this.depth && /^d\p{L}/u.test(tok.text)) {
      tok.type = 'dvar'; // the differential closing an integral: `∫ x^2 dx`
      this.integrals.pop();
    } else if (tok.type === 'number' && tok.text.length > MAX_NUMBER_LENGTH) {
      throw new LexProblem('number-too-long', `number literal has ${tok.text.length} characters (at most ${MAX_NUMBER_LENGTH})`, tok.offset, []);
    } else if (tok.type === 'sup') {
      this.ahead.push(...superscriptTokens(tok));
      this.started = true;
      return;
    } else if (tok.type === 'infinity' || tok.type === 'patvar') {
      tok.type = 'name';
    } else if (tok.type === 'name') {
      this.classify(tok, !this.started);
    }
    this.started = true;
    this.ahead.push(tok);
  }

  private classify(tok: LexToken, first: boolean): void {
    const name = tok.text;
    if (this.mode === 'rules' && RULE_KEYWORDS.has(name)) {
      tok.type = name;
      return;
    }
    if (first && this.mode === 'expr' && !CONSTANT_NAMES.has(name) && definitionAhead(this.chunk, tok.offset + name.length)) {
      tok.type = 'fdef'; // f(x) := ..., also for a known name, so `sin(x) := x` gets a clear "built in" problem
      return;
    }
    if (name === 'lim') {
      tok.type = 'lim';
      return;
    }
    if (CONSTANT_NAMES.has(name)) return;
    if (this.isFunction(name)) {
      tok.type = 'fname'; // fcall or fop, decided when the tokens after it are known
      return;
    }
    const next = this.chunk[tok.offset + name.length];
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
    if (this.held) {
      const tok = this.held;
      this.held = undefined;
      return this.give(tok);
    }
    if (this.ahead.length < LOOKAHEAD) this.fill(LOOKAHEAD);
    const item = this.ahead.shift();
    if (item === undefined) return undefined;
    if (item instanceof LexProblem) {
      this.problem = item;
      throw item;
    }
    if (item.type === 'fname') item.type = functionRole(this.ahead);
    if (juxtaposed(this.recent, item)) {
      this.held = item;
      return juxtapositionMarker(item);
    }
    return this.give(item);
  }

  private give(tok: LexToken): LexToken {
    const r = this.recent;
    r[0] = r[1];
    r[1] = r[2];
    r[2] = tok;
    this.lastToken = tok;
    return tok;
  }

  /** The token a juxtaposition marker stands before (the one the parser has not been given yet). */
  get heldToken(): LexToken | undefined {
    return this.held;
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
}

function definitionAhead(chunk: string, at: number): boolean {
  DEFINITION_AHEAD.lastIndex = at;
  return DEFINITION_AHEAD.test(chunk);
}

/**
 * A known function's role: `fcall` when brackets hold its arguments (`sin(x)`, `f'(x)`, `sin^2(x)`), `fop` when it
 * applies to the factors after it (`sin x`, `sin^2 x`).
 */
function functionRole(ahead: readonly Pending[]): string {
  const type = (i: number): string | undefined => {
    const t = ahead[i];
    return t instanceof LexProblem ? undefined : t?.type;
  };
  if (type(0) === 'lparen' || type(0) === 'prime') return 'fcall';
  if (type(0) === 'pow' && type(1) === 'number' && type(2) === 'lparen') return 'fcall';
  return 'fop';
}
