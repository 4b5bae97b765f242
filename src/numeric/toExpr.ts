import type { Expr } from '../ast/expr.js';
import { parse } from '../parse/parse.js';

/** Every public numeric function takes a tree or its text. Example: toExpr('x^2') is the tree x^2. */
export const toExpr = (e: Expr | string): Expr => (typeof e === 'string' ? parse(e) : e);

/** One variable name or a list of them. Example: varList('x') is ['x']. */
export const varList = (vars: string | readonly string[]): readonly string[] => (typeof vars === 'string' ? [vars] : vars);
