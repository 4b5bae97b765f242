import type { Expr } from '../../ast/expr.js';
import { call, mulOf, num, pow } from '../../ast/build.js';
import { isInteger, mul as ratMul, powInt, rat } from '../../number/rational.js';
import { signOf } from '../predicates.js';
import { nativeRule } from './nativeRule.js';
import { splitPower } from './roots.js';
import { buildFactor, isNum } from './terms.js';

/**
 * (c · u^(q·k) · v)^(p/q) = a^p · |u|^(k·p) · (b · v)^(p/q) where c = a^q · b > 0: what is a perfect q-th power
 * comes out of the root (|u| for even roots, u for odd ones or when u ≥ 0 is evident); the rest stays inside,
 * so sqrt(4x^2) = 2|x| and sqrt(12x^2 y) = 2|x| sqrt(3y), while sqrt(6x) stays whole.
 */
export const rootOfProduct = nativeRule({
  id: 'simplify.root-of-product',
  title: 'Root of a Product',
  head: 'pow',
  examples: [
    ['(4 * x^2)^0.5', '2 * abs(x)'],
    ['(12 * x^2 * y)^0.5', '2 * abs(x) * (3 * y)^0.5'],
    ['(8 * x)^0.5', '2 * (2 * x)^0.5'],
  ],
  apply: (e) => {
    if (e.kind !== 'pow' || e.base.kind !== 'mul' || !isNum(e.exp) || isInteger(e.exp.value)) return undefined;
    const r = e.exp.value;
    const q = r.den;
    const out: Expr[] = [];
    const kept: Expr[] = [];
    for (const f of e.base.args) {
      if (isNum(f) && f.value.num > 0n) {
        const top = splitPower(f.value.num, q);
        const bottom = splitPower(f.value.den, q);
        if (top.outside === 1n && bottom.outside === 1n) kept.push(f);
        else {
          out.push(num(powInt(rat(top.outside, bottom.outside), r.num)));
          if (top.inside !== 1n || bottom.inside !== 1n) kept.push(num(rat(top.inside, bottom.inside)));
        }
        continue;
      }
      if (f.kind === 'pow' && isNum(f.exp) && isInteger(f.exp.value) && f.exp.value.num % q === 0n) {
        const base = q % 2n === 0n && signOf(f.base) !== 'pos' && signOf(f.base) !== 'nonneg' ? call('abs', f.base) : f.base;
        const factor = buildFactor(base, num(ratMul(rat(f.exp.value.num / q), rat(r.num))));
        if (factor) out.push(factor);
        continue;
      }
      kept.push(f);
    }
    if (out.length === 0 && kept.length === e.base.args.length) return undefined;
    if (kept.length) out.push(pow(mulOf(kept), e.exp));
    return mulOf(out);
  },
});
