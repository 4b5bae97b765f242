import type { Rational } from '../number/rational.js';

/**
 * The expression tree: plain, readonly, JSON-able data (bigints aside). Every node rebuilds from its kind and
 * children; constructors in build.ts check arity and never simplify, so every change shows up as a Step.
 *
 * `sub` and `div` are kept as written (students write a − b and the quotient rule needs a / b); `neg` is unary minus.
 * Pattern variables of rule files are symbols whose names start with `?` (`?u`, `?rest...`).
 */
export type Expr = Num | Sym | Neg | Add | Sub | Mul | Div | Pow | Call;

export type Num = { readonly kind: 'num'; readonly value: Rational };
export type Sym = { readonly kind: 'sym'; readonly name: string };
export type Neg = { readonly kind: 'neg'; readonly arg: Expr };
export type Add = { readonly kind: 'add'; readonly args: readonly Expr[] };
export type Sub = { readonly kind: 'sub'; readonly left: Expr; readonly right: Expr };
export type Mul = { readonly kind: 'mul'; readonly args: readonly Expr[] };
export type Div = { readonly kind: 'div'; readonly left: Expr; readonly right: Expr };
export type Pow = { readonly kind: 'pow'; readonly base: Expr; readonly exp: Expr };
/** Function application: elementary functions, user functions, and the reserved heads D, Limit, Integral, Sum, List, Define. */
export type Call = { readonly kind: 'call'; readonly fn: string; readonly args: readonly Expr[] };

export type Kind = Expr['kind'];

/** Reserved constant names. `oo` is +infinity; `undefined` is the value of a limit that does not exist. */
export const CONSTANTS = ['pi', 'e', 'oo', 'undefined'] as const;
