import type { Expr } from '../ast/expr.js';
import { add, div, mulOf, neg, num, pow, sub } from '../ast/build.js';
import type { Rational } from '../number/rational.js';

/**
 * Builders for textbook output, shaped exactly as the parser reads the printed text back (so
 * parse(format(e)) gives the same tree): `x^2 - 2x + 1` is add(sub(x^2, 2x), 1), `-2x` is neg(2x), `-3` is the
 * number −3, `3x/4` is div(3x, 4), `-1/2` is neg(div(1, 2)).
 */
export type SignedTerm = { readonly negative: boolean; readonly magnitude: Expr };

/** Joins terms with + and −, left to right; runs of + stay one flat sum. Example: [x^2, −2x, 1] gives x^2 - 2x + 1. */
export function signedSum(terms: readonly SignedTerm[]): Expr {
  if (terms.length === 0) return num(0);
  const first = terms[0]!;
  let acc: Expr = first.negative ? negate(first.magnitude) : first.magnitude;
  let run: Expr[] | undefined;
  for (const t of terms.slice(1)) {
    if (!t.negative) {
      (run ??= [acc]).push(t.magnitude);
      continue;
    }
    if (run) acc = add(...run);
    run = undefined;
    acc = sub(acc, t.magnitude);
  }
  return run ? add(...run) : acc;
}

/** −e as the parser would read "-" before e's text: a literal integer becomes a negative number. Example: negate(3) is −3. */
export function negate(e: Expr): Expr {
  if (e.kind === 'num' && e.value.den === 1n && e.value.num > 0n) return num(-e.value.num);
  return neg(e);
}

/** base^n, or base itself when n = 1. Example: powerOf(x, 2) is x^2. */
export const powerOf = (base: Expr, n: number): Expr => (n === 1 ? base : pow(base, num(n)));

/**
 * |c| · (product of factors) / (product of denominators): the rational coefficient's numerator leads the product
 * and its denominator joins the divisor, so (3/4)x is `3x/4` and 1/2 is `1/2`. Example: scaledTerm(3/4, [x], []) is 3x/4.
 */
export function scaledTerm(magnitude: Rational, factors: readonly Expr[], denominators: readonly Expr[]): Expr {
  const top = magnitude.num === 1n && factors.length > 0 ? [...factors] : [num(magnitude.num), ...factors];
  const bottom = magnitude.den === 1n ? [...denominators] : [num(magnitude.den), ...denominators];
  const numerator = mulOf(top);
  return bottom.length === 0 ? numerator : div(numerator, mulOf(bottom));
}
