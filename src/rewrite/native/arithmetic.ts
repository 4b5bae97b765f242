import type { Expr } from '../../ast/expr.js';
import { addOf, mul, mulOf, num, pow } from '../../ast/build.js';
import { add as ratAdd, bitLength, isOne, isZero, mul as ratMul, NumberTooLargeError, ONE, powInt, rat, ZERO } from '../../number/rational.js';
import { nativeRule } from './nativeRule.js';
import { rationalPower } from './roots.js';
import { isNum } from './terms.js';

/**
 * Exact arithmetic on the numbers of a node. Every operation runs under the rational size budget: a result that
 * would be too large (2^(10^9)) leaves the node as it is, never hangs.
 */
function guarded<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof NumberTooLargeError || e instanceof RangeError) return undefined;
    throw e;
  }
}

/** The numbers of a sum added into one (zero dropped). Example: x + 2 + 3 → x + 5. */
/** Largest fraction (bits of numerator and denominator) a power of a fraction is worked out to. */
const MAX_FRACTION_BITS = 16_384;

export const addNumbers = nativeRule({
  id: 'simplify.add-numbers',
  title: 'Add the Numbers',
  head: 'add',
  examples: [
    ['x + 2 + 3', 'x + 5'],
    ['x + 0', 'x'],
    ['1 + 0.5', '1.5'],
  ],
  apply: (e) => {
    if (e.kind !== 'add') return undefined;
    const nums = e.args.filter(isNum);
    if (nums.length === 0 || (nums.length === 1 && !isZero(nums[0]!.value))) return undefined;
    const total = nums.reduce((s, n) => ratAdd(s, n.value), ZERO);
    // The total takes the place of the first number, so a trailing segment of a pattern stays last.
    const out: Expr[] = [];
    let placed = false;
    for (const a of e.args) {
      if (!isNum(a)) out.push(a);
      else if (!placed) {
        placed = true;
        if (!isZero(total)) out.push(num(total));
      }
    }
    return addOf(out);
  },
});

/** The numbers of a product multiplied into one (1 dropped, 0 wins). Example: 2 · 3 · 1 · x → 6x. */
export const multiplyNumbers = nativeRule({
  id: 'simplify.multiply-numbers',
  title: 'Multiply the Numbers',
  head: 'mul',
  examples: [
    ['2 * 3 * 1 * x', '6x'],
    ['x * 1', 'x'],
    ['0 * sin(x)', '0'],
  ],
  apply: (e) => {
    if (e.kind !== 'mul') return undefined;
    const nums = e.args.filter(isNum);
    if (nums.length === 0 || (nums.length === 1 && !isOne(nums[0]!.value) && !isZero(nums[0]!.value))) return undefined;
    const total = guarded(() => nums.reduce((p, n) => ratMul(p, n.value), ONE));
    if (total === undefined) return undefined;
    if (isZero(total)) return num(0);
    const out: Expr[] = [];
    let placed = false;
    for (const a of e.args) {
      if (!isNum(a)) out.push(a);
      else if (!placed) {
        placed = true;
        if (!isOne(total)) out.push(num(total));
      }
    }
    return mulOf(out);
  },
});

/** A number to a number, exactly, within the size budget. Example: 2^10 → 1024, 8^(1/2) → 2·2^(1/2). */
export const powerOfNumbers = nativeRule({
  id: 'simplify.power-of-numbers',
  title: 'Evaluate the Power',
  head: 'pow',
  examples: [
    ['2^10', '1024'],
    ['0.5^(-2)', '4'],
    ['8^0.5', '2 * 2^0.5'],
    ['4^0.5', '2'],
  ],
  apply: (e) => {
    if (e.kind !== 'pow' || !isNum(e.base) || !isNum(e.exp)) return undefined;
    const b = e.base.value;
    const x = e.exp.value;
    if (x.den === 1n) {
      if (isZero(b) && x.num < 0n) return undefined; // 0^-n is undefined: left as written
      // A fraction with a huge numerator and denominator costs a huge gcd at every later step: left as a power.
      if (b.den !== 1n && (bitLength(b.num) + bitLength(b.den)) * Math.abs(Number(x.num)) > MAX_FRACTION_BITS) return undefined;
      const v = guarded(() => powInt(b, x.num));
      return v === undefined ? undefined : num(v);
    }
    const r = guarded(() => rationalPower(b, x));
    if (!r) return undefined;
    if (r.radicand === 1n) return num(r.coef);
    const root = pow(num(r.radicand), num(rat(1n, r.index)));
    return isOne(r.coef) ? root : mul(num(r.coef), root);
  },
});
