import type { Expr } from '../ast/expr.js';
import { key } from '../ast/equal.js';
import * as Q from '../number/rational.js';
import { divideIn } from './divide.js';
import { extendedGcd } from './extendedGcd.js';
import { factorPolynomial } from './factorPolynomial.js';
import { constantValue, isZeroPoly, mulPoly, type Polynomial, powPoly, scalePoly } from './polynomial.js';
import { reduceFraction } from './rationalFunction.js';

/**
 * Partial fractions over Q of num/den in the variable v: den must be a polynomial in v alone (rational
 * coefficients); num may have other atoms as coefficients (a/(x^2 − 1) works). The result is
 *   num/den = polynomial + Σ numerator / factor^power
 * with every factor irreducible over Q as far as factorPolynomial finds (linear, irreducible quadratic, or a higher
 * factor it could not split: then the decomposition is still correct, with a numerator of degree < deg factor), and
 * deg_v(numerator) < deg_v(factor). Terms come factor by factor (textbook order), powers ascending.
 *
 * Method: factor den; divide for the polynomial part; split the remainder over the coprime prime powers with the
 * extended Euclidean algorithm (s·A + t·B = 1 gives r/(AB) = (r t mod A)/A + (r s mod B)/B); expand each
 * r_i/f^k in powers of f by repeated division.
 */
export type FractionTerm = { readonly numerator: Polynomial; readonly factor: Polynomial; readonly power: number };
export type PartialFractions = { readonly polynomial: Polynomial; readonly terms: readonly FractionTerm[] };

/** Example: partialFractions(1, x^2 − 1, x) is { polynomial: 0, terms: [1/2 over (x − 1), −1/2 over (x + 1)] }. */
export function partialFractions(num: Polynomial, den: Polynomial, v: Expr): PartialFractions | undefined {
  if (isZeroPoly(den) || !den.vars.every((a) => key(a) === key(v))) return undefined;
  const reduced = reduceFraction({ num, den });
  const d = constantValue(reduced.den);
  if (d) return { polynomial: scalePoly(reduced.num, Q.inv(d)), terms: [] };
  const { constant, factors } = factorPolynomial(reduced.den);
  const top = scalePoly(reduced.num, Q.inv(constant));
  const powers = factors.map((f) => powPoly(f.base, f.multiplicity));
  const whole = powers.reduce((acc, p) => mulPoly(acc, p));
  const { quotient, remainder } = divideIn(top, whole, v);
  const terms: FractionTerm[] = [];
  let rest = remainder;
  let restDen = whole;
  factors.forEach((f, i) => {
    let part: Polynomial;
    if (i === factors.length - 1) part = rest;
    else {
      const a = powers[i]!;
      const b = divideIn(restDen, a, v).quotient;
      const { s, t } = extendedGcd(a, b, v);
      part = divideIn(mulPoly(rest, t), a, v).remainder;
      rest = divideIn(mulPoly(rest, s), b, v).remainder;
      restDen = b;
    }
    // part / f^k = Σ_j c_j / f^(k−j), c_j the digits of part in base f.
    for (let j = 0; j < f.multiplicity; j++) {
      const { quotient: q, remainder: c } = divideIn(part, f.base, v);
      if (!isZeroPoly(c)) terms.push({ numerator: c, factor: f.base, power: f.multiplicity - j });
      part = q;
    }
  });
  terms.sort((a, b) => factors.findIndex((f) => f.base === a.factor) - factors.findIndex((f) => f.base === b.factor) || a.power - b.power);
  return { polynomial: quotient, terms };
}
