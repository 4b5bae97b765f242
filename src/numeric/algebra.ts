/**
 * A tiny algebra interface over which every local derivative is written once. The same partial-derivative
 * definition then runs on plain floats (forward and reverse interpreters) and on a program builder (reverse-mode
 * code generation), so there is exactly one place per primitive where its derivative is stated.
 */
export interface Algebra<T> {
  constant(value: number): T;
  neg(a: T): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  pow(a: T, b: T): T;
  /** Another primitive by name, e.g. `A.call('cos', [x])` inside the derivative of sin. */
  call(fn: string, args: readonly T[]): T;
}

/**
 * A local partial derivative: given the algebra, the operands and the operation's own result `y` (so that
 * d exp = exp and d sqrt = 1/(2 sqrt) reuse it), returns ∂y/∂(operand j).
 * Example: the partial of sin is `(A, [x]) => A.call('cos', [x])`.
 */
export type LocalPartial = <T>(A: Algebra<T>, args: readonly T[], y: T) => T;

/**
 * Float power with the two cheapest exponents spelled as products. The compiled code, the interpreter and the
 * program builder's constant folding all use exactly this, so every evaluation path gives identical bits.
 * Example: powFloat(3, 2) === 9.
 */
export function powFloat(a: number, b: number): number {
  if (b === 2) return a * a;
  if (b === 3) return a * a * a;
  return Math.pow(a, b);
}
