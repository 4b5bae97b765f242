/**
 * Builders for rule files (DESIGN §3). The grammar produces RuleSource records with positions; the rewrite
 * loader validates them (unbound variables, unknown predicates, duplicate ids, failing examples) and reports
 * every problem with file:line:col.
 */
import type { Expr } from '../ast/expr.js';
import type { LexToken } from '../../grammar/lexer.js';
import { type Arg, type Data, resolve, SyntaxProblem } from './syntax.js';
import type { Chain } from './deferred.js';
import { isToken } from './syntaxProblem.js';

export type Position = { readonly line: number; readonly column: number; readonly offset: number };

export type ConditionSource = { readonly predicate: string; readonly args: readonly Expr[]; readonly at: Position };
export type ExampleSource = { readonly input: Expr; readonly output: Expr; readonly at: Position };
export type RuleSource = {
  readonly id: string;
  readonly title: string;
  readonly lhs: Expr;
  readonly rhs: Expr;
  readonly conditions: readonly ConditionSource[];
  readonly examples: readonly ExampleSource[];
  readonly at: Position;
  readonly idAt: Position;
};

const position = (t: LexToken): Position => ({ line: t.line, column: t.col, offset: t.offset });

export function rule(kw: LexToken, id: LexToken, title: LexToken, lhs: Data, rhs: Data, conditions: ConditionSource[], examples: ExampleSource[]): RuleSource {
  return {
    id: id.text,
    title: title.text.slice(1, -1),
    lhs: resolve(lhs),
    rhs: resolve(rhs),
    conditions,
    examples,
    at: position(kw),
    idAt: position(id),
  };
}

export function condition(p: LexToken, args: Chain<Arg>): ConditionSource {
  const exprs = args.toArray().map((a) => {
    if (isToken(a)) throw new SyntaxProblem('bad-direction', 'a predicate takes expressions', a);
    return resolve(a);
  });
  return { predicate: p.text, args: exprs, at: position(p) };
}

export const notEqual = (op: LexToken, l: Data, r: Data): ConditionSource => ({ predicate: '!=', args: [resolve(l), resolve(r)], at: position(op) });

export const example = (kw: LexToken, l: Data, r: Data): ExampleSource => ({ input: resolve(l), output: resolve(r), at: position(kw) });
