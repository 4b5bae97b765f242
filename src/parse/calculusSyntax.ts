/**
 * Builders for the calculus notations of the input language, read into the reserved heads D, Limit, Integral
 * and Sum: `diff(f, x)`, `d/dx f`, `∂/∂x f`, `lim(x -> a, f)`, `limit(f, x, a, '+')`, `integrate(f, x)`,
 * `∫ f dx`, `∫_a^b f dx`, `sum(f, k, a, b)`.
 */
import type { Expr } from '../ast/expr.js';
import * as B from '../ast/build.js';
import type { LexToken } from '../../grammar/lexer.js';
import { type Data, resolve } from './deferred.js';
import { type Arg, exprArgs, isToken, SYMBOL_SPELLINGS, SyntaxProblem, variableOf } from './syntaxProblem.js';

/** The course's spellings that are always functions and read into reserved heads. */
export const CALCULUS_FUNCTIONS: ReadonlySet<string> = new Set(['diff', 'integrate', 'limit', 'sum']);

/** diff(...), integrate(...), limit(...), sum(...). Example: the tokens of diff(x^2, x) give D(x^2, x). */
export function calculusApplication(fnTok: LexToken, name: string, rawArgs: readonly Arg[]): Expr {
  switch (name) {
    case 'diff': {
      const args = exprArgs(rawArgs);
      if (args.length < 2) throw new SyntaxProblem('arity', 'diff takes an expression and at least one variable: diff(f, x)', fnTok, ['diff(f, x)', 'diff(f, x, 2)']);
      const [f, ...rest] = args;
      // diff(f, x, 2) is the second derivative; diff(f, x, y) the mixed partial ∂²f/∂y∂x.
      if (rest.length === 2 && rest[1]!.kind === 'num') {
        const order = rest[1]!.value;
        if (order.den !== 1n || order.num < 1n) throw new SyntaxProblem('bad-order', 'the order of a derivative is a positive integer', fnTok, ['diff(f, x, 2)']);
        return B.call('D', f!, variableOf(rest[0]!, fnTok, 'the variable of diff'), rest[1]!);
      }
      let acc = f!;
      for (const v of rest) acc = B.call('D', acc, variableOf(v, fnTok, 'each variable of diff'));
      return acc;
    }
    case 'integrate': {
      const args = exprArgs(rawArgs);
      if (args.length !== 2 && args.length !== 4) throw new SyntaxProblem('arity', 'integrate takes (f, x) or (f, x, a, b)', fnTok, ['integrate(f, x)', 'integrate(f, x, a, b)']);
      variableOf(args[1]!, fnTok, 'the variable of integration');
      return B.call('Integral', ...args);
    }
    case 'limit': {
      if (rawArgs.length !== 3 && rawArgs.length !== 4) throw new SyntaxProblem('arity', "limit takes (f, x, a) or (f, x, a, '+')", fnTok, ['limit(f, x, a)', "limit(f, x, a, '+')"]);
      const args = exprArgs(rawArgs.slice(0, 3));
      variableOf(args[1]!, fnTok, 'the variable of a limit');
      if (rawArgs.length === 3) return B.call('Limit', ...args);
      const dir = direction(rawArgs[3]!, fnTok);
      return dir === 0n ? B.call('Limit', ...args) : B.call('Limit', ...args, B.num(dir));
    }
    default: {
      const args = exprArgs(rawArgs);
      if (args.length !== 4) throw new SyntaxProblem('arity', 'sum takes (f, k, a, b)', fnTok, ['sum(f, k, a, b)']);
      variableOf(args[1]!, fnTok, 'the index of a sum');
      return B.call('Sum', ...args);
    }
  }
}

const DIRECTIONS: ReadonlyMap<string, bigint> = new Map([['+', 1n], ['-', -1n], ['both', 0n]]);

/** A limit direction: '+', '-' or 'both' quoted, or the numbers 1, -1, 0. */
function direction(a: Arg, fnTok: LexToken): bigint {
  if (isToken(a)) {
    const dir = DIRECTIONS.get(a.text.slice(1, -1));
    if (dir === undefined) throw new SyntaxProblem('bad-direction', `${a.text} is not a limit direction`, a, ["'+'", "'-'", "'both'"]);
    return dir;
  }
  const e = resolve(a);
  if (e.kind === 'num' && e.value.den === 1n && e.value.num >= -1n && e.value.num <= 1n) return e.value.num;
  throw new SyntaxProblem('bad-direction', "a limit direction is '+', '-' or 'both'", fnTok, ["'+'", "'-'", "'both'"]);
}

const DERIVATIVE_TOKEN = /^[d∂](?:\^(\d+))?\/[d∂]([^^]+)(?:\^(\d+))?$/u;

/** The variable and order of a `d/dx`, `d^2/dx^2` or `∂/∂x` token, checked at once. Example: d^2/dx^2 gives x, 2. */
export function derivativeOf(tok: LexToken): { readonly x: Expr; readonly order?: Expr } {
  const [, top, variable, bottom] = DERIVATIVE_TOKEN.exec(tok.text)!;
  if (top !== bottom) throw new SyntaxProblem('bad-order', `the orders in ${tok.text} do not match`, tok, [`d^${top ?? bottom}/d${variable}^${top ?? bottom}`]);
  const x = variableOf(B.sym(SYMBOL_SPELLINGS.get(variable!) ?? variable!), tok, 'the variable of a derivative');
  if (top === undefined || top === '1') return { x };
  const order = B.num(BigInt(top));
  if (order.value.num < 1n) throw new SyntaxProblem('bad-order', 'the order of a derivative is a positive integer', tok, ['d^2/dx^2']);
  return { x, order };
}

/** `d/dx f`: D(f, x), or D(f, x, n) for `d^n/dx^n f`. */
export const derivativeNode = (f: Expr, d: { readonly x: Expr; readonly order?: Expr }): Expr =>
  d.order ? B.call('D', f, d.x, d.order) : B.call('D', f, d.x);

/** `lim(x -> a, f)`, `lim(x -> a+, f)`, `lim(x -> a-, f)`. */
export function limitNotation(varTok: LexToken, at: Data, sideTok: LexToken | null, body: Data): Expr {
  const x = variableOf(B.sym(SYMBOL_SPELLINGS.get(varTok.text) ?? varTok.text), varTok, 'the variable of a limit');
  const args = [resolve(body), x, resolve(at)];
  return sideTok ? B.call('Limit', ...args, B.num(sideTok.type === 'plus' ? 1 : -1)) : B.call('Limit', ...args);
}

/** `∫ f dx` and `∫_a^b f dx`. */
export function integralNotation(dTok: LexToken, body: Data, lower?: Data, upper?: Data): Expr {
  const name = dTok.text.slice(1);
  const x = variableOf(B.sym(SYMBOL_SPELLINGS.get(name) ?? name), dTok, 'the variable of integration');
  const f = resolve(body);
  return lower === undefined ? B.call('Integral', f, x) : B.call('Integral', f, x, resolve(lower), resolve(upper!));
}
