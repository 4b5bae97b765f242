import type { Expr } from '../ast/expr.js';
import { sym } from '../ast/build.js';
import { key } from '../ast/equal.js';
import { walk } from '../ast/path.js';
import * as Q from '../number/rational.js';
import { type Algebra, algebraicFold, orUnchanged } from './algebraicFold.js';
import { atomIndex } from './atoms.js';
import { type AlgebraBudget, DEFAULT_BUDGET, overBudget } from './budget.js';
import { combineDenominators, reciprocal } from './denominators.js';
import { fromPolynomial } from './fromPolynomial.js';
import {
  atomPoly, constantPoly, constantValue, isZeroPoly, negPoly, type Polynomial, powPoly, productPolys, sumPolys,
} from './polynomial.js';
import { mulPoly } from './polynomial.js';
import { isPolynomial } from './polynomialParts.js';

/**
 * Expressions as (Laurent) polynomials over atoms. Sums, products and integer powers are multiplied out; a quotient
 * by a single term becomes negative exponents (x/y^2 is x·y^-2); a quotient by a sum becomes that (expanded,
 * primitive) sum as an atom to the power −1, as SymPy's expand does (see denominators.ts); anything else is an opaque atom whose arguments were converted
 * and printed back, so sin((x+1)^2) becomes the atom sin(x^2 + 2x + 1).
 * Example: algebraicFold(parse('x/y^2'), laurentAlgebra()) is x·y^-2.
 */
export function laurentAlgebra(budget: AlgebraBudget = DEFAULT_BUDGET): Algebra<Polynomial> {
  const invert = (p: Polynomial): Polynomial | undefined => (isZeroPoly(p) ? undefined : reciprocal(p, budget));
  return {
    number: constantPoly,
    atom: (a) => atomPoly(a),
    add: (ts) => sumPolys(ts, budget),
    neg: negPoly,
    mul: (fs) => productPolys(fs, budget),
    div: (a, b) => {
      const inv = invert(b);
      return inv && mulPoly(a, inv, budget);
    },
    powInt: (a, n) => {
      // A single term to a huge power stays an atom (x^(10^30)); a sum to a huge power cannot be expanded.
      if (Math.abs(n) > budget.maxDegree) return a.terms.length > 1 ? overBudget(`a power ${n} of a sum`, budget.maxDegree) : undefined;
      if (n >= 0) return powPoly(a, n, budget);
      return invert(powPoly(a, -n, budget));
    },
    integerValue: (a) => {
      const c = constantValue(a);
      return c && Q.isInteger(c) && Q.abs(c).num <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(c.num) : undefined;
    },
    toExpr: (p) => fromPolynomial(combineDenominators(p, budget)),
  };
}

/**
 * The Laurent polynomial of an expression over all its atoms (throws NotAlgebraic for oo/undefined, UnsupportedError
 * over budget). Example: toLaurent(parse('(x + 1)/x')) is 1 + x^-1.
 */
export const toLaurent = (e: Expr, budget: AlgebraBudget = DEFAULT_BUDGET): Polynomial => algebraicFold(e, laurentAlgebra(budget));

function mentions(e: Expr, vars: ReadonlySet<number>): boolean {
  for (const { node } of walk(e)) if (vars.has(key(node))) return true;
  return false;
}

/**
 * The polynomial of e in the given variables (names or atoms such as sin(x)), or undefined when e is not one:
 * a negative, fractional or symbolic power of a variable, a variable inside a function, division by an expression
 * in the variables. Other atoms become extra variables of the result (we do not use coefficient rings); they must
 * not be divided by either (x/sqrt(2) is refused, x/2 is fine). Without `vars`, the variables are all the symbols
 * of e. Expressions with oo or undefined are refused. Over the size budget this throws UnsupportedError.
 * Example: toPolynomial(parse('(x + a)^2'), ['x']) is x^2 + 2a x + a^2; toPolynomial(parse('sin(x) + 1'), ['x']) is undefined.
 */
export function toPolynomial(e: Expr, vars?: readonly (string | Expr)[], budget: AlgebraBudget = DEFAULT_BUDGET): Polynomial | undefined {
  const p = orUnchanged<Polynomial | undefined>(() => toLaurent(e, budget), undefined);
  if (!p) return undefined;
  const chosen = vars ? vars.map((v) => (typeof v === 'string' ? sym(v) : v)) : symbolsOf(e);
  const wanted = new Set(chosen.map(key));
  if (!isPolynomial(p)) return undefined;
  for (const atom of p.vars) if (!wanted.has(key(atom)) && mentions(atom, wanted)) return undefined;
  return p;
}

/** The distinct symbols of e. Example: symbolsOf(parse('x y + x')) is [x, y]. */
export function symbolsOf(e: Expr): Expr[] {
  const seen = new Map<string, Expr>();
  for (const { node } of walk(e)) if (node.kind === 'sym' && !seen.has(node.name)) seen.set(node.name, node);
  return [...seen.values()];
}

/** True when the atom list contains v. Example: hasAtom([x, y], y) is true. */
export const hasAtom = (vars: readonly Expr[], v: Expr): boolean => atomIndex(vars, v) >= 0;
