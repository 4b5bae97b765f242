/**
 * SyntaxProblem (a problem found by a postprocessor, located at a token) and the argument helpers the
 * builders share.
 */
import { CONSTANTS, type Expr } from '../ast/expr.js';
import type { LexToken } from '../../grammar/lexer.js';
import { type Data, resolve } from './deferred.js';

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

/** An argument is an expression or, for limit directions only, a quoted direction such as '+'. */
export type Arg = Data | LexToken;

export const isToken = (a: Arg): a is LexToken => 'offset' in a && 'text' in a && 'type' in a;

/** The arguments as expressions; a quoted direction anywhere is a located problem. */
export function exprArgs(args: readonly Arg[]): Expr[] {
  return args.map((a) => {
    if (isToken(a)) throw new SyntaxProblem('bad-direction', `a quoted direction such as ${a.text} is only allowed as the 4th argument of limit`, a);
    return resolve(a);
  });
}

const CONSTANT_NAMES: ReadonlySet<string> = new Set(CONSTANTS);

/** `e` if it is a variable name (not a constant such as pi), else a located problem. */
export function variableOf(e: Expr, tok: LexToken, what: string): Expr {
  if (e.kind !== 'sym' || CONSTANT_NAMES.has(e.name)) throw new SyntaxProblem('bad-variable', `${what} must be a variable name`, tok, ['a variable name such as x']);
  return e;
}

/** Other spellings of reserved symbols: π is pi, ∞ is oo. */
export const SYMBOL_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['π', 'pi'],
  ['∞', 'oo'],
]);
