import * as Q from '../number/rational.js';
import { contentIn, primitiveIn } from './gcd.js';
import { addPoly, atomPoly, constantPoly, constantValue, mulPoly, type Polynomial, powPoly, scalePoly, subPoly } from './polynomial.js';
import { coefficientsIn, content, degreeIn, polyEquals, primitivePart } from './polynomialParts.js';
import { squareFree } from './squareFree.js';

/**
 * Factors a polynomial in several variables that has degree 2 in one of them, a·v^2 + b·v + c with a, b, c in the
 * other variables and p primitive in v: it splits over Q exactly when the discriminant b^2 − 4ac is a perfect square
 * d^2, and then its factors are the primitive parts in v of 2a·v + b − d and 2a·v + b + d.
 * Example: x^2 − y^2 − 2y − 1 → (x − y − 1)(x + y + 1).
 */
export function splitQuadratic(p: Polynomial): Polynomial[] | undefined {
  for (const v of p.vars) {
    if (degreeIn(p, v) !== 2) continue;
    const [c, b, a] = coefficientsIn(p, v) as [Polynomial, Polynomial, Polynomial];
    const d = squareRoot(subPoly(mulPoly(b, b), scalePoly(mulPoly(a, c), Q.ratInt(4))));
    if (!d) continue;
    const twoAv = mulPoly(scalePoly(a, Q.TWO), atomPoly(v));
    // (2a·v + b − d)(2a·v + b + d) = 4a·p, and p is primitive in v, so the primitive parts in v are p's factors.
    return [primitiveIn(addPoly(twoAv, subPoly(b, d)), v), primitiveIn(addPoly(twoAv, addPoly(b, d)), v)];
  }
  return undefined;
}

/**
 * The square root of a polynomial when it is the square of one over Q, else undefined: the rational content must
 * be a square, and in the square-free decomposition (with contents taken recursively) every multiplicity even.
 * The answer is checked by squaring it. Example: squareRoot(4y^2 + 8y + 4) is 2y + 2.
 */
export function squareRoot(p: Polynomial): Polynomial | undefined {
  const c = constantValue(p);
  if (c) {
    const r = Q.isNegative(c) ? undefined : Q.powRational(c, Q.rat(1n, 2n));
    return r && constantPoly(r);
  }
  const k = content(p);
  const rootK = Q.isNegative(k) ? undefined : Q.powRational(k, Q.rat(1n, 2n));
  if (!rootK) return undefined;
  const primitive = primitivePart(p);
  const v = primitive.vars[0]!;
  const cont = contentIn(primitive, v);
  const rootCont = squareRoot(cont);
  if (!rootCont) return undefined;
  let root = mulPoly(constantPoly(rootK), rootCont);
  for (const { base, multiplicity } of squareFree(primitiveIn(primitive, v, cont), v)) {
    if (multiplicity % 2 !== 0) return undefined;
    root = mulPoly(root, powPoly(base, multiplicity / 2));
  }
  return polyEquals(mulPoly(root, root), p) ? root : undefined;
}
