import type { Decimal } from 'decimal.js';

/**
 * The error function at the precision of the given decimal.js constructor (decimal.js has no erf).
 *
 * erf(x) = 2/√π · e^(−x²) · Σ x (2x²)^n / (1·3·…·(2n+1)): all terms positive, so summing at the working precision
 * plus guard digits keeps the relative error below one unit in the last place. When e^(−x²) is below
 * 10^−(precision+5), erfc(x) < e^(−x²) is too small to show and erf(x) is ±1 to the precision asked.
 */
export function decimalErf(D: Decimal.Constructor, x: Decimal): Decimal {
  if (x.isNaN()) return new D(NaN);
  if (x.isZero()) return x;
  const precision = D.precision;
  const sign = x.isNegative() ? -1 : 1;
  const ax = x.abs();
  const x2 = ax.times(ax);
  // e^(−x²) < 10^−(p+5)  ⇔  x² > (p+5)·ln 10
  if (x2.greaterThan((precision + 5) * Math.LN10)) return new D(sign);
  const W = D.clone({ precision: precision + 10 });
  const wx = new W(ax);
  const twoX2 = wx.times(wx).times(2);
  let term = wx;
  let sum = wx;
  const stop = new W(10).pow(-(precision + 12));
  for (let n = 1; n < 1_000_000; n++) {
    term = term.times(twoX2).div(2 * n + 1);
    sum = sum.plus(term);
    if (term.lessThan(sum.times(stop))) break;
  }
  const pi = W.acos(-1);
  const value = sum.times(2).div(pi.sqrt()).times(W.exp(wx.times(wx).neg()));
  return new D(sign < 0 ? value.neg() : value).toSignificantDigits(precision);
}
