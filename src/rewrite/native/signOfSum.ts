import type { Expr } from '../../ast/expr.js';
import { add, mulOf, num } from '../../ast/build.js';
import { isNegative, neg as ratNeg, ONE } from '../../number/rational.js';
import { nativeRule } from './nativeRule.js';
import { buildTerm, isNum, splitTerm } from './terms.js';

const allNegative = (e: Expr): boolean => e.kind === 'add' && e.args.every((t) => isNegative(splitTerm(t).coef));

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
    const sum = e.args[i] as Expr & { kind: 'add' };
    const flipped = add(...sum.args.map((t) => {
      const { coef, rest } = splitTerm(t);
      return buildTerm(ratNeg(coef), rest);
    }));
    const first = e.args[0]!;
    const coef = isNum(first) ? ratNeg(first.value) : ratNeg(ONE);
    const others = e.args.filter((f, k) => k !== i && !(k === 0 && isNum(f)));
    return mulOf([...(coef.num === 1n && coef.den === 1n ? [] : [num(coef)]), flipped, ...others]);
  },
});
