import type { Expr } from '../../ast/expr.js';
import { add, mul } from '../../ast/build.js';
import { nativeRule } from './nativeRule.js';

/** Splices operands of the same n-ary kind into their parent: (a + b) + c → a + b + c. */
function spliced(e: Expr, kind: 'add' | 'mul'): Expr[] | undefined {
  if (e.kind !== kind || !e.args.some((a) => a.kind === kind)) return undefined;
  return e.args.flatMap((a) => (a.kind === kind ? a.args : [a]));
}

/** A sum inside a sum opened up. Example: (x + 1) + (y + 2) → x + 1 + y + 2. */
export const flattenSum = nativeRule({
  id: 'simplify.flatten-sum',
  title: 'Regroup the Sum',
  head: 'add',
  examples: [['(x + 1) + (y + 2)', 'x + 1 + y + 2']],
  apply: (e) => {
    const args = spliced(e, 'add');
    return args && add(...args);
  },
});

/** A product inside a product opened up. Example: (2x)(3y) → 2 · x · 3 · y. */
export const flattenProduct = nativeRule({
  id: 'simplify.flatten-product',
  title: 'Regroup the Product',
  head: 'mul',
  examples: [['(2 * x) * (3 * y)', '2 * x * 3 * y']],
  apply: (e) => {
    const args = spliced(e, 'mul');
    return args && mul(...args);
  },
});
