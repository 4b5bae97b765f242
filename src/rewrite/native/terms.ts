import type { Expr, Num } from '../../ast/expr.js';
import { mul, num, pow } from '../../ast/build.js';
import { nodeMemo } from '../../ast/nodeMemo.js';
import { isOne, isZero, ONE, type Rational } from '../../number/rational.js';

/**
 * Views of working-form trees (DESIGN: sums are n-ary `add`, products n-ary `mul` with the number first, quotients
 * are negative powers): a term as coefficient × rest, a factor as base ^ exponent. Native rules read and build
 * through these so they agree on what "like terms" and "like factors" are.
 */
export const isNum = (e: Expr): e is Num => e.kind === 'num';

/**
 * The rest of each term with a number first, kept on the term node: like terms are looked for and sums ordered
 * after every rewrite inside a sum, and a rest built afresh each time had to be keyed (interned) afresh too.
 */
const rests = nodeMemo<Expr>();

/** A term split as coefficient × rest; `rest` is undefined for a pure number. Example: 3x y → 3 and x y. */
export function splitTerm(t: Expr): { coef: Rational; rest: Expr | undefined } {
  if (isNum(t)) return { coef: t.value, rest: undefined };
  if (t.kind === 'mul' && isNum(t.args[0]!)) {
    let rest = rests.get(t);
    if (rest === undefined) {
      const others = t.args.slice(1);
      rest = others.length === 1 ? others[0]! : mul(...others);
      rests.set(t, rest);
    }
    return { coef: t.args[0].value, rest };
  }
  return { coef: ONE, rest: t };
}

/** The coefficient of a term, as splitTerm gives it, without building the rest. Example: termCoef(3x y) is 3. */
export function termCoef(t: Expr): Rational {
  if (isNum(t)) return t.value;
  if (t.kind === 'mul' && isNum(t.args[0]!)) return t.args[0].value;
  return ONE;
}

/** The inverse of splitTerm. Example: buildTerm(5, x) is 5x; buildTerm(1, x) is x; buildTerm(0, x) is 0. */
export function buildTerm(coef: Rational, rest: Expr | undefined): Expr {
  if (rest === undefined || isZero(coef)) return num(coef);
  if (isOne(coef)) return rest;
  return rest.kind === 'mul' ? mul(num(coef), ...rest.args) : mul(num(coef), rest);
}

/** A factor split as base ^ exponent. Example: x^3 → x and 3; sin(x) → sin(x) and 1. */
export function splitFactor(f: Expr): { base: Expr; exp: Expr } {
  return f.kind === 'pow' ? { base: f.base, exp: f.exp } : { base: f, exp: num(1) };
}

/** base ^ exp, with exponent 1 written as the base alone and exponent 0 as undefined (the factor disappears). */
export function buildFactor(base: Expr, exp: Expr): Expr | undefined {
  if (isNum(exp) && isZero(exp.value)) return undefined;
  if (isNum(exp) && isOne(exp.value)) return base;
  return pow(base, exp);
}

/** Numeric value of a number node, else undefined. */
export const numValue = (e: Expr): Rational | undefined => (isNum(e) ? e.value : undefined);
