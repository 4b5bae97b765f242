import type { LocalPartial } from './algebra.js';

/**
 * Local partial derivatives of the arithmetic operators, in the same form as the primitive rows. The n-ary `add`
 * (every partial is 1) and `mul` (the product of the other factors) are handled where they are swept, because
 * their partials depend on the operand count.
 */
export const NEG_PARTIALS: readonly LocalPartial[] = [(A) => A.constant(-1)];

export const SUB_PARTIALS: readonly LocalPartial[] = [(A) => A.constant(1), (A) => A.constant(-1)];

/** y = a / b: ∂a = 1/b, ∂b = −y/b. */
export const DIV_PARTIALS: readonly LocalPartial[] = [
  (A, [_a, b]) => A.div(A.constant(1), b!),
  (A, [_a, b], y) => A.neg(A.div(y, b!)),
];

/** y = a^b: ∂a = b·a^(b−1), ∂b = y·ln a (only taken when the exponent varies). */
export const POW_PARTIALS: readonly LocalPartial[] = [
  (A, [a, b]) => A.mul(b!, A.pow(a!, A.sub(b!, A.constant(1)))),
  (A, [a], y) => A.mul(y, A.call('log', [a!])),
];
