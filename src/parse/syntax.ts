/**
 * Node builders called by the grammar's postprocessors. They stay thin: build a node, check an arity, or
 * reject with a located message. Sums and products are gathered as persistent chains (O(1) per operand, shared
 * safely between Earley items) and turned into n-ary nodes only when an enclosing rule consumes them, which
 * keeps a 1 MB sum linear.
 */
import type { Expr } from '../ast/expr.js';
import * as B from '../ast/build.js';
import { arityText } from '../ast/build.js';
import { FUNCTION_ALIASES, functionInfo } from '../ast/operators.js';
import { NumberTooLargeError, parseDecimal, neg as ratNeg } from '../number/rational.js';
import type { LexToken } from '../../grammar/lexer.js';

/** A problem found by a postprocessor, located at a token. */
export class SyntaxProblem extends Error {
  constructor(
    readonly code: 'arity' | 'bad-variable' | 'bad-order' | 'bad-direction' | 'number-too-large' | 'bad-definition' | 'missing-differential',
    message: string,
    readonly token: LexToken,
    readonly expected: string[] = [],
  ) {
    super(message);
  }
}

type Op = '+' | '-' | '*' | '/';
/** A left-to-right run of operands joined by + and − (or by ×, / and juxtaposition). */
export class Chain {
  constructor(
    readonly level: 'sum' | 'product',
    readonly prev: Chain | undefined,
    readonly op: Op | undefined,
    readonly term: Expr,
  ) {}
}

export type Data = Expr | Chain;

/** Number literals as typed (not yet negated or parenthesised); `-2` folds to the number −2 only for these. */
const literals = new WeakSet<Expr>();

export function resolve(d: Data): Expr {
  if (!(d instanceof Chain)) return d;
  const items: { op: Op | undefined; term: Expr }[] = [];
  for (let c: Chain | undefined = d; c; c = c.prev) items.push({ op: c.op, term: c.term });
  items.reverse();
  const joiner: Op = d.level === 'sum' ? '+' : '*';
  let acc = items[0]!.term;
  let open: Expr[] | undefined; // operands of an n-ary node still being extended
  const close = () => {
    if (open) acc = d.level === 'sum' ? B.add(...open) : B.mul(...open);
    open = undefined;
  };
  for (let i = 1; i < items.length; i++) {
    const { op, term } = items[i]!;
    if (op === joiner) {
      if (!open) open = [acc];
      open.push(term);
    } else {
      close();
      acc = d.level === 'sum' ? B.sub(acc, term) : B.div(acc, term);
    }
  }
  close();
  return acc;
}

export const chainOp = (level: 'sum' | 'product', left: Data, op: Op, right: Data): Chain => {
  const base = left instanceof Chain && left.level === level ? left : new Chain(level, undefined, undefined, resolve(left));
  return new Chain(level, base, op, resolve(right));
};

export function number(tok: LexToken): Expr {
  let value;
  try {
    value = parseDecimal(tok.text);
  } catch (e) {
    if (e instanceof NumberTooLargeError) throw new SyntaxProblem('number-too-large', `number ${tok.text.slice(0, 20)} is too large (${e.message})`, tok);
    throw e;
  }
  const n = B.num(value);
  literals.add(n);
  return n;
}

/** Unary minus; a minus written directly before a number literal makes a negative number (`-2` is −2). */
export function negate(d: Data): Expr {
  const e = resolve(d);
  if (e.kind === 'num' && literals.has(e)) return B.num(ratNeg(e.value));
  return B.neg(e);
}

/** A parenthesised group: the same tree, no longer a bare literal. */
export function group(d: Data): Expr {
  const e = resolve(d);
  return e.kind === 'num' && literals.has(e) ? B.num(e.value) : e;
}

const SYMBOL_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['π', 'pi'],
  ['∞', 'oo'],
]);
export const symbol = (tok: LexToken): Expr => B.sym(SYMBOL_SPELLINGS.get(tok.text) ?? tok.text);

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export function superscript(base: Data, tok: LexToken): Expr {
  let text = '';
  for (const ch of tok.text) text += ch === '⁻' ? '-' : ch === '⁺' ? '' : String(SUPERSCRIPTS.indexOf(ch));
  const n = BigInt(text);
  return B.pow(resolve(base), B.num(n));
}

const canonicalName = (name: string): string => FUNCTION_ALIASES.get(name) ?? name;

function checkArity(tok: LexToken, name: string, args: Expr[]): void {
  const info = functionInfo(name);
  if (info && (args.length < info.minArgs || args.length > info.maxArgs)) {
    throw new SyntaxProblem('arity', `${tok.text} takes ${arityText(info.minArgs, info.maxArgs)}, got ${args.length}`, tok, [arityText(info.minArgs, info.maxArgs)]);
  }
}

/** An argument is an expression or, for limit directions only, a direction string such as '+'. */
export type Arg = Data | LexToken;
const isToken = (a: Arg): a is LexToken => !(a instanceof Chain) && 'type' in a && 'offset' in a && 'text' in a;

function exprArgs(fnTok: LexToken, args: Arg[]): Expr[] {
  return args.map((a) => {
    if (isToken(a)) throw new SyntaxProblem('bad-direction', `a direction string such as ${a.text} is only allowed as the 4th argument of limit`, a);
    return resolve(a);
  });
}

function variableOf(e: Expr, tok: LexToken, what: string): Expr {
  if (e.kind !== 'sym') throw new SyntaxProblem('bad-variable', `${what} must be a variable name`, tok, ['a variable name such as x']);
  return e;
}

function direction(a: Arg, tok: LexToken): Expr {
  if (isToken(a)) {
    const t = a.text.slice(1, -1);
    return t === 'both' ? B.num(0) : B.num(t === '+' ? 1 : -1);
  }
  const e = resolve(a);
  if (e.kind === 'num' && (e.value.num === 1n || e.value.num === -1n || e.value.num === 0n) && e.value.den === 1n) return e;
  throw new SyntaxProblem('bad-direction', `a limit direction is '+', '-' or 'both'`, tok, ["'+'", "'-'", "'both'"]);
}

/** f(args): elementary functions, user functions, and the course's calculus spellings (diff, integrate, limit, sum). */
export function application(fnTok: LexToken, rawArgs: Arg[]): Expr {
  const name = canonicalName(fnTok.text);
  switch (name) {
    case 'diff': {
      const args = exprArgs(fnTok, rawArgs);
      if (args.length < 2) throw new SyntaxProblem('arity', 'diff takes an expression and at least one variable: diff(f, x)', fnTok, ['diff(f, x)', 'diff(f, x, 2)']);
      const [f, ...rest] = args;
      // diff(f, x, 2) is the second derivative; diff(f, x, y) the mixed partial ∂²f/∂y∂x.
      if (rest.length === 2 && rest[1]!.kind === 'num') {
        const order = rest[1]!.value;
        if (order.den !== 1n || order.num < 1n) throw new SyntaxProblem('bad-order', 'the order of a derivative is a positive integer', fnTok);
        return B.call('D', f!, variableOf(rest[0]!, fnTok, 'the variable of diff'), rest[1]!);
      }
      let acc = f!;
      for (const v of rest) acc = B.call('D', acc, variableOf(v, fnTok, 'each variable of diff'));
      return acc;
    }
    case 'integrate': {
      const args = exprArgs(fnTok, rawArgs);
      if (args.length !== 2 && args.length !== 4) throw new SyntaxProblem('arity', 'integrate takes (f, x) or (f, x, a, b)', fnTok, ['integrate(f, x)', 'integrate(f, x, a, b)']);
      variableOf(args[1]!, fnTok, 'the variable of integration');
      return B.call('Integral', ...args);
    }
    case 'limit': {
      if (rawArgs.length !== 3 && rawArgs.length !== 4) throw new SyntaxProblem('arity', "limit takes (f, x, a) or (f, x, a, '+')", fnTok, ['limit(f, x, a)', "limit(f, x, a, '+')"]);
      const args = exprArgs(fnTok, rawArgs.slice(0, 3));
      variableOf(args[1]!, fnTok, 'the variable of a limit');
      if (rawArgs.length === 4) {
        const dir = direction(rawArgs[3]!, fnTok);
        return dir.kind === 'num' && dir.value.num === 0n ? B.call('Limit', ...args) : B.call('Limit', ...args, dir);
      }
      return B.call('Limit', ...args);
    }
    case 'sum': {
      const args = exprArgs(fnTok, rawArgs);
      if (args.length !== 4) throw new SyntaxProblem('arity', 'sum takes (f, k, a, b)', fnTok, ['sum(f, k, a, b)']);
      variableOf(args[1]!, fnTok, 'the index of a sum');
      return B.call('Sum', ...args);
    }
    default: {
      const args = exprArgs(fnTok, rawArgs);
      checkArity(fnTok, name, args);
      return B.call(name, ...args);
    }
  }
}

/** `sin^2 x` and `sin^2(x)`: the power of the function's value. */
export function poweredApplication(fnTok: LexToken, expTok: LexToken, args: Arg[]): Expr {
  return B.pow(application(fnTok, args), number(expTok));
}

/** `f'(x)`, `f''(x)`: the derivative of a user function, kept as the head f' until the definition is known. */
export function primed(fnTok: LexToken, primeTok: LexToken, args: Arg[]): Expr {
  return B.call(fnTok.text + primeTok.text, ...exprArgs(fnTok, args));
}

/** `d/dx f`, `d^2/dx^2 f`, `∂/∂x f`. */
export function derivativeOperator(tok: LexToken, operand: Data): Expr {
  const m = /^[d∂](?:\^(\d+))?\/[d∂]([^^]+)(?:\^(\d+))?$/u.exec(tok.text)!;
  const [, top, variable, bottom] = m;
  if (top !== bottom) throw new SyntaxProblem('bad-order', `the orders in ${tok.text} do not match`, tok, [`d^${top ?? bottom ?? 1}/d${variable}^${top ?? bottom ?? 1}`]);
  const f = resolve(operand);
  const x = B.sym(variable!);
  return top === undefined || top === '1' ? B.call('D', f, x) : B.call('D', f, x, B.num(BigInt(top)));
}

/** `lim(x -> a, f)`, `lim(x -> a+, f)`. */
export function limitNotation(varTok: LexToken, at: Data, dirTok: LexToken | null, body: Data): Expr {
  const args = [resolve(body), symbol(varTok), resolve(at)];
  return dirTok ? B.call('Limit', ...args, B.num(dirTok.text === '+' ? 1 : -1)) : B.call('Limit', ...args);
}

/** `∫ f dx` and `∫_a^b f dx`. */
export function integralNotation(dTok: LexToken, body: Data, lower?: Data, upper?: Data): Expr {
  const x = B.sym(dTok.text.slice(1));
  const f = resolve(body);
  return lower === undefined ? B.call('Integral', f, x) : B.call('Integral', f, x, resolve(lower), resolve(upper!));
}

/** `f(x, y) := body`. */
export function definition(fnTok: LexToken, params: Data[], body: Data): Expr {
  const ps = params.map((p) => resolve(p));
  for (const p of ps) if (p.kind !== 'sym') throw new SyntaxProblem('bad-definition', 'the parameters of a definition are variable names', fnTok, ['f(x) := ...']);
  if (functionInfo(canonicalName(fnTok.text))) throw new SyntaxProblem('bad-definition', `${fnTok.text} is built in and cannot be redefined`, fnTok);
  return B.call('Define', B.call(fnTok.text, ...ps), resolve(body));
}

export const list = (items: Arg[] | null, tok: LexToken): Expr => B.call('List', ...(items ? exprArgs(tok, items) : []));
export const abs = (d: Data): Expr => B.call('abs', resolve(d));
export const sqrt = (d: Data): Expr => B.call('sqrt', resolve(d));
export const power = (base: Data, exp: Data): Expr => B.pow(resolve(base), resolve(exp));
