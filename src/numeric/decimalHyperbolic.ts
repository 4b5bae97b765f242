import type { Decimal } from 'decimal.js';

/**
 * sinh, cosh and tanh in decimal.js, through exp for |x| ≥ 1. decimal.js's own sinh/cosh/tanh take time that grows
 * with |x| (tanh(10^4) about a second, tanh(10^5) six, tanh(10^10) never ends), while its exp reduces its argument
 * and answers exp(±10^10) in milliseconds. For |x| ≥ 1 the formulas below lose nothing to cancellation
 * (e^{-2|x|} ≤ e^{-2}); below 1 decimal.js's series is fast and exact to the working precision.
 */
export function decimalSinh(D: Decimal.Constructor, x: Decimal): Decimal {
  if (x.abs().lt(1)) return D.sinh(x);
  const ex = D.exp(x);
  return ex.minus(new D(1).div(ex)).div(2);
}

export function decimalCosh(D: Decimal.Constructor, x: Decimal): Decimal {
  if (x.abs().lt(1)) return D.cosh(x);
  const ex = D.exp(x);
  return ex.plus(new D(1).div(ex)).div(2);
}

export function decimalTanh(D: Decimal.Constructor, x: Decimal): Decimal {
  if (x.abs().lt(1)) return D.tanh(x);
  const t = D.exp(x.abs().times(-2));
  const magnitude = new D(1).minus(t).div(t.plus(1));
  return x.isNegative() ? magnitude.neg() : magnitude;
}
