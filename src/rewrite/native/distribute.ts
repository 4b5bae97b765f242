import type { Expr } from '../../ast/expr.js';
import { add, mul, num, pow } from '../../ast/build.js';
import { mul as ratMul } from '../../number/rational.js';
import { nativeRule } from './nativeRule.js';
import { buildTerm, isNum, splitTerm } from './terms.js';

/** An integer times one sum, multiplied out. Example: 2(x + 1) → 2x + 2. */
export const distributeNumber = nativeRule({
  id: 'simplify.distribute-number',
  title: 'Distribute the Number',
  head: 'mul',
  examples: [
    ['2 * (x + 1)', '2x + 2'],
    ['(-1) * (x + (-1) y)', '(-1) x + y'],
  ],
  apply: (e) => {
    // Only an integer times one sum: 2(x + 1) → 2x + 2 and −(x − 1) → 1 − x; (x + 1)/2 and x(x + 1) stay as they
    // are (simplify still tries the expanded form and keeps it when it is shorter).
    if (e.kind !== 'mul' || e.args.length !== 2) return undefined;
    const [n, s] = e.args as [Expr, Expr];
    if (!isNum(n) || n.value.den !== 1n || s.kind !== 'add') return undefined;
    const c = n.value;
    return add(...s.args.map((t) => {
      const { coef, rest } = splitTerm(t);
      return buildTerm(ratMul(c, coef), rest);
    }));
  },
});

/** A whole power of a product as the product of the powers. Example: (2x)^2 → 2^2 x^2. */
export const powerOfProduct = nativeRule({
  id: 'simplify.power-of-product',
  title: 'Power of a Product',
  head: 'pow',
  examples: [
    ['(2 * x)^2', '2^2 * x^2'],
    ['(x * y)^(-1)', 'x^(-1) * y^(-1)'],
  ],
  apply: (e) => {
    // (a b)^n = a^n b^n holds for every integer n; for other exponents it needs signs, so it is left alone.
    if (e.kind !== 'pow' || e.base.kind !== 'mul' || !isNum(e.exp) || e.exp.value.den !== 1n) return undefined;
    const n = e.exp;
    return mul(...e.base.args.map((f) => pow(f, num(n.value))));
  },
});

