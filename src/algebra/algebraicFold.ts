import type { Expr } from '../ast/expr.js';
import { withChildren } from '../ast/build.js';
import { equals } from '../ast/equal.js';
import { children, fold } from '../ast/path.js';
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
  mul(factors: R[]): R;
  /** a / b, or undefined to keep the quotient as an atom (division by zero). */
  div(a: R, b: R): R | undefined;
  /** a^n for an integer n, or undefined to keep the power as an atom. */
  powInt(a: R, n: number): R | undefined;
  /** The value as a safe integer when R is an integer constant (for exponents). */
  integerValue(a: R): number | undefined;
  /** Back to a tree; toExpr(atom(s)) must be s itself for a symbol s. */
  toExpr(a: R): Expr;
};

/** Raised for trees that ordinary algebra must not touch (they contain oo or undefined). Example: algebraicFold(parse('oo - oo'), alg) throws it. */
export class NotAlgebraic extends Error {
  constructor() {
    super('the expression contains oo or undefined');
    this.name = 'NotAlgebraic';
  }
}

const POISON = new Set(['oo', 'undefined']);

/**
 * Sums are gathered lazily: + − and unary minus only append to a list of signed operands (in place: every result of
 * the fold has exactly one parent), and the algebra's add runs once when something else needs the value. So
 * a − b − c − ⋯ (a 100,000-deep chain of `sub`) costs one n-ary sum, not 100,000 growing ones.
 */
class PendingSum<R> {
  constructor(
    readonly parts: R[],
    readonly negative: boolean[],
    public flipped = false,
  ) {}
  push(value: R | PendingSum<R>, negative: boolean): void {
    const sign = negative !== this.flipped;
    if (value instanceof PendingSum) {
      value.parts.forEach((p, i) => {
        this.parts.push(p);
        this.negative.push(sign !== (value.negative[i]! !== value.flipped));
      });
    } else {
      this.parts.push(value);
      this.negative.push(sign);
    }
  }
}

type Value<R> = R | PendingSum<R>;

const size = <R>(v: Value<R>): number => (v instanceof PendingSum ? v.parts.length : 1);

function start<R>(v: Value<R>): PendingSum<R> {
  if (v instanceof PendingSum) return v;
  return new PendingSum<R>([v], [false]);
}

/** Reads e in the algebra. Example: algebraicFold(parse('(x+1)^2'), laurent) is x^2 + 2x + 1 as a polynomial. */
export function algebraicFold<R>(e: Expr, alg: Algebra<R>): R {
  const value = (v: Value<R>): R =>
    v instanceof PendingSum ? alg.add(v.parts.map((p, i) => (v.negative[i] !== v.flipped ? alg.neg(p) : p))) : v;
  /**
   * An opaque atom: the node with its children replaced by their processed forms, or the node itself when those are
   * the same trees (sin(x), x^(1/2) and most atoms), so no new node needs its key and printed text worked out again.
   * A symbol child reads back as itself in both algebras, so it is not converted at all.
   */
  const atomOf = (node: Expr, kids: readonly R[]): R => {
    const old = children(node);
    let fresh: Expr[] | undefined;
    for (let i = 0; i < kids.length; i++) {
      const child = old[i]!;
      const kid = child.kind === 'sym' ? child : alg.toExpr(kids[i]!);
      if (fresh) fresh.push(kid);
      else if (!equals(kid, child)) fresh = [...old.slice(0, i), kid];
    }
    return alg.atom(fresh ? withChildren(node, fresh) : node);
  };
  const visit = (node: Expr, raw: Value<R>[]): Value<R> => {
    switch (node.kind) {
      case 'num':
        return alg.number(node.value);
      case 'sym':
        if (POISON.has(node.name)) throw new NotAlgebraic();
        return alg.atom(node);
      case 'neg': {
        const k = raw[0]!;
        if (k instanceof PendingSum) {
          k.flipped = !k.flipped;
          return k;
        }
        return alg.neg(k);
      }
      case 'add': {
        // Grow the biggest pending sum, so right-nested chains stay linear too (addition commutes).
        let big = 0;
        for (let i = 1; i < raw.length; i++) if (size(raw[i]!) > size(raw[big]!)) big = i;
        const acc = start(raw[big]!);
        for (let i = 0; i < raw.length; i++) if (i !== big) acc.push(raw[i]!, false);
        return acc;
      }
      case 'sub': {
        const [a, b] = raw as [Value<R>, Value<R>];
        if (size(b) > size(a)) {
          const acc = start(b);
          acc.flipped = !acc.flipped;
          acc.push(a, false);
          return acc;
        }
        const acc = start(a);
        acc.push(b, true);
        return acc;
      }
      case 'mul':
        return alg.mul(raw.map(value));
      case 'div': {
        const kids = [value(raw[0]!), value(raw[1]!)];
        return alg.div(kids[0]!, kids[1]!) ?? atomOf(node, kids);
      }
      case 'pow': {
        const kids = [value(raw[0]!), value(raw[1]!)];
        const n = alg.integerValue(kids[1]!);
        return (n === undefined ? undefined : alg.powInt(kids[0]!, n)) ?? atomOf(node, kids);
      }
      case 'call':
        return atomOf(node, raw.map(value));
    }
  };
  return value(fold<Value<R>>(e, visit));
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
