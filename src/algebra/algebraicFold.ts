import type { Expr } from '../ast/expr.js';
import { withChildren } from '../ast/build.js';
import { fold } from '../ast/path.js';
import type { Rational } from '../number/rational.js';

/**
 * One bottom-up pass that reads an expression as arithmetic over some algebra R (Laurent polynomials for expand,
 * rational functions for cancel): numbers, + − × ÷ and integer powers map to R's operations, and everything else
 * (functions, symbolic or fractional powers, division by zero) becomes an opaque atom, rebuilt from its children
 * after they have been processed too, so `expand` reaches inside sin(...) and D(...).
 *
 * Infinity and `undefined` do not obey the field laws (oo − oo is not 0), so meeting them aborts the pass with
 * NotAlgebraic and the callers return their input unchanged. Uses `fold`, so 100,000-deep trees are safe.
 */
export type Algebra<R> = {
  number(r: Rational): R;
  atom(a: Expr): R;
  add(terms: R[]): R;
  neg(a: R): R;
  sub(a: R, b: R): R;
  mul(factors: R[]): R;
  /** a / b, or undefined to keep the quotient as an atom (division by zero). */
  div(a: R, b: R): R | undefined;
  /** a^n for an integer n, or undefined to keep the power as an atom. */
  powInt(a: R, n: number): R | undefined;
  /** The value as a safe integer when R is an integer constant (for exponents). */
  integerValue(a: R): number | undefined;
  toExpr(a: R): Expr;
};

/** Raised for trees that ordinary algebra must not touch (they contain oo or undefined). */
export class NotAlgebraic extends Error {
  constructor() {
    super('the expression contains oo or undefined');
    this.name = 'NotAlgebraic';
  }
}

const POISON = new Set(['oo', 'undefined']);

/** Reads e in the algebra. Example: algebraicFold(parse('(x+1)^2'), laurent) is x^2 + 2x + 1 as a polynomial. */
export function algebraicFold<R>(e: Expr, alg: Algebra<R>): R {
  return fold<R>(e, (node, kids) => {
    const asAtom = (): R => alg.atom(withChildren(node, kids.map((k) => alg.toExpr(k))));
    switch (node.kind) {
      case 'num':
        return alg.number(node.value);
      case 'sym':
        if (POISON.has(node.name)) throw new NotAlgebraic();
        return alg.atom(node);
      case 'neg':
        return alg.neg(kids[0]!);
      case 'add':
        return alg.add(kids);
      case 'sub':
        return alg.sub(kids[0]!, kids[1]!);
      case 'mul':
        return alg.mul(kids);
      case 'div':
        return alg.div(kids[0]!, kids[1]!) ?? asAtom();
      case 'pow': {
        const n = alg.integerValue(kids[1]!);
        return (n === undefined ? undefined : alg.powInt(kids[0]!, n)) ?? asAtom();
      }
      case 'call':
        return asAtom();
    }
  });
}

/** Runs `f`, giving back `fallback` when the tree is not algebraic. Example: orUnchanged(() => expand(e), e). */
export function orUnchanged<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof NotAlgebraic) return fallback;
    throw err;
  }
}
