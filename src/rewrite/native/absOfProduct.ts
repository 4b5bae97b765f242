import type { Expr } from '../../ast/expr.js';
import { call, mulOf, num } from '../../ast/build.js';
import { abs as ratAbs, isOne } from '../../number/rational.js';
import { nativeRule } from './nativeRule.js';
import { isNum } from './terms.js';

/**
 * |c · |a| · b| = |c| · |a b|: the number comes out of the bars and bars inside bars go, so an absolute value holds
 * one product without numbers or bars (|−4 |y + 1| sin(y)| → 4|(y + 1) sin(y)|).
 */
export const absOfProduct = nativeRule({
  id: 'simplify.abs-of-product',
  title: 'Absolute Value of a Product',
  head: 'call:abs',
  examples: [
    ['abs(3 * x)', '3 * abs(x)'],
    ['abs((-4) * abs(y + 1) * sin(y))', '4 * abs((y + 1) * sin(y))'],
  ],
  apply: (e) => {
    if (e.kind !== 'call' || e.fn !== 'abs' || e.args.length !== 1) return undefined;
    const arg = e.args[0]!;
    if (arg.kind !== 'mul') return undefined;
    const first = arg.args[0]!;
    const coef = isNum(first) ? ratAbs(first.value) : undefined;
    const inner = arg.args.filter((f, i) => !(i === 0 && isNum(f))).map((f) => (f.kind === 'call' && f.fn === 'abs' && f.args.length === 1 ? f.args[0]! : f));
    const unwrapped = inner.some((f, i) => f !== arg.args[isNum(first) ? i + 1 : i]);
    if (coef === undefined && !unwrapped) return undefined;
    const bars = call('abs', mulOf(inner));
    return coef === undefined || isOne(coef) ? bars : mulOf([num(coef), bars]);
  },
});
