import type { Expr } from '../../ast/expr.js';
import { add, mulOf, num } from '../../ast/build.js';
import { isNegative, neg as ratNeg, ONE } from '../../number/rational.js';
import { nativeRule } from './nativeRule.js';
import { buildTerm, isNum, splitTerm, termCoef } from './terms.js';

const allNegative = (e: Expr): boolean => e.kind === 'add' && e.args.every((t) => isNegative(termCoef(t)));

/**
 * A factor that is a sum of negative terms gives its sign to the product: (−1)(−e − 7/3)x^(−1) → (e + 7/3)x^(−1),
 * 2(−x − 1)y → (−2)(x + 1)y. One sign in front, never two.
 */
export const signOfSum = nativeRule({
  id: 'simplify.sign-of-sum',
  title: 'Take the Sign out of the Sum',
  head: 'mul',
  examples: [
    ['(-1) * ((-1) * e + -2) * x^(-1)', '(e + 2) * x^(-1)'],
    ['2 * ((-1) * x + -1) * y', '(-2) * (x + 1) * y'],
  ],
  apply: (e) => {
    if (e.kind !== 'mul') return undefined;
    const i = e.args.findIndex(allNegative);
    if (i < 0) return undefined;
    return flipAt(e.args, i);
  },
});

const hasNegative = (e: Expr): boolean => e.kind === 'add' && e.args.some((t) => isNegative(termCoef(t)));

/**
 * A negative product with a sum that has a negative term takes the minus sign into that sum, which a textbook
 * then starts with a positive term: −x^2(log(x) − 1) → x^2(1 − log(x)). One sign fewer to read.
 */
export const signIntoSum = nativeRule({
  id: 'simplify.sign-into-sum',
  title: 'Move the Minus Sign into a Sum',
  head: 'mul',
  examples: [['(-1) * x^2 * (log(x) + -1)', 'x^2 * ((-1) * log(x) + 1)']],
  apply: (e) => {
    if (e.kind !== 'mul' || !isNum(e.args[0]!) || !isNegative(e.args[0].value)) return undefined;
    const i = e.args.findIndex(hasNegative);
    if (i < 0) return undefined;
    return flipAt(e.args, i);
  },
});

/** The product with the sum at `i` negated and the number negated. */
function flipAt(args: readonly Expr[], i: number): Expr {
  const sum = args[i] as Expr & { kind: 'add' };
  const flipped = add(...sum.args.map((t) => {
    const { coef, rest } = splitTerm(t);
    return buildTerm(ratNeg(coef), rest);
  }));
  const first = args[0]!;
  const coef = isNum(first) ? ratNeg(first.value) : ratNeg(ONE);
  const out = args.map((f, k) => (k === i ? flipped : f)).filter((f, k) => !(k === 0 && isNum(f)));
  return mulOf([...(coef.num === 1n && coef.den === 1n ? [] : [num(coef)]), ...out]);
}
