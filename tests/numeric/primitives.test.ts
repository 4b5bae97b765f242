import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ELEMENTARY_FUNCTION_NAMES, functionInfo } from '../../src/ast/operators.js';
import { floatAlgebra } from '../../src/numeric/floatAlgebra.js';
import { PRIMITIVES, primitiveFor } from '../../src/numeric/primitives.js';
import { ridders } from '../../src/numeric/ridders.js';
import { erf } from '../../src/numeric/erf.js';
import { decimalErf } from '../../src/number/decimalErf.js';

/** Points inside each row's domain (at least 0.1 away from where it is not smooth). */
const POINTS: Record<string, number[][]> = {
  default: [[-2.3], [-0.7], [0.4], [1.3], [2.9]],
  positive: [[0.2], [0.9], [2.5], [7]],
  unit: [[-0.8], [-0.3], [0.2], [0.7]],
  outsideUnit: [[-3], [-1.4], [1.2], [4]],
  logBase: [[0.5, 3], [4, 0.5], [10, 2], [2, 10]],
};
const pointsFor = (name: string, arity: number): number[][] => {
  if (arity === 2) return POINTS.logBase!;
  const row = primitiveFor(name, arity)!;
  return POINTS.default!.concat(POINTS.positive!, POINTS.unit!, POINTS.outsideUnit!).filter((p) => row.domain.distance(p) >= 0.1);
};

describe('primitives table', () => {
  it('has a row for every elementary function of the operator table, at every arity', () => {
    for (const name of ELEMENTARY_FUNCTION_NAMES) {
      const info = functionInfo(name)!;
      for (let arity = info.minArgs; arity <= info.maxArgs; arity++) {
        expect(primitiveFor(name, arity), `${name}/${arity}`).toBeDefined();
      }
    }
    expect(PRIMITIVES.size).toBe(ELEMENTARY_FUNCTION_NAMES.length + 1);
  });

  it.each([
    ['sin', [0], 0], ['cos', [0], 1], ['tan', [Math.PI / 4], 0.9999999999999999], ['sec', [0], 1],
    ['csc', [Math.PI / 2], 1], ['cot', [Math.PI / 4], 1.0000000000000002], ['asin', [1], Math.PI / 2],
    ['acos', [-1], Math.PI], ['atan', [1], Math.PI / 4], ['asec', [2], Math.acos(0.5)], ['acsc', [2], Math.asin(0.5)],
    ['acot', [0], Math.PI / 2], ['acot', [-1], -Math.PI / 4], ['sinh', [0], 0], ['cosh', [0], 1], ['tanh', [Infinity], 1],
    ['sech', [0], 1], ['csch', [1], 1 / Math.sinh(1)], ['coth', [1], 1 / Math.tanh(1)], ['asinh', [0], 0], ['acosh', [1], 0],
    ['atanh', [0], 0], ['exp', [0], 1], ['log', [Math.E], 1], ['ln', [1], 0], ['log2', [8], 3], ['log10', [1000], 3],
    ['sqrt', [9], 3], ['cbrt', [-27], -3], ['abs', [-2.5], 2.5], ['sign', [-3], -1], ['sign', [0], 0],
    ['heaviside', [-1], 0], ['heaviside', [0], 0.5], ['heaviside', [2], 1], ['sigmoid', [0], 0.5],
    ['sigmoid', [-800], 0], ['sigmoid', [800], 1], ['softplus', [0], Math.LN2], ['softplus', [800], 800],
    ['softplus', [-800], 0], ['relu', [-1], 0], ['relu', [2], 2], ['erf', [0], 0], ['erf', [7], 1], ['erf', [-6], -1],
  ] as [string, number[], number][])('%s%j = %d', (name, args, expected) => {
    expect(primitiveFor(name, args.length)!.value(...args)).toBe(expected);
  });

  it('log with a base', () => {
    expect(primitiveFor('log', 2)!.value(8, 2)).toBe(3);
    expect(primitiveFor('log', 2)!.value(100, 10)).toBe(2);
  });

  it('float erf of 1 and -2 to 15 digits', () => {
    expect(erf(1)).toBeCloseTo(0.8427007929497148693, 15);
    expect(erf(-2)).toBeCloseTo(-0.9953222650189527342, 15);
  });

  it('float erf is within 5 ulps of the 40-digit decimal erf', () => {
    const D = Decimal.clone({ precision: 40 });
    for (let x = -6.5; x <= 6.5; x += 0.173) {
      const exact = decimalErf(D, new D(x));
      const err = new D(erf(x)).minus(exact).abs().toNumber();
      expect(err, `erf(${x})`).toBeLessThanOrEqual(5 * Number.EPSILON * Math.max(Math.abs(exact.toNumber()), 1e-300));
    }
  });

  it('decimal erf matches the published value of erf(1) to 50 digits', () => {
    const D = Decimal.clone({ precision: 50 });
    expect(decimalErf(D, new D(1)).toString()).toBe('0.8427007929497148693412206350826092592960669979663');
  });

  it('every partial agrees with a Richardson-refined central difference of the row’s own value', () => {
    const F = floatAlgebra();
    for (const row of PRIMITIVES.values()) {
      for (const point of pointsFor(row.name, row.arity)) {
        const y = row.value(...point);
        row.partials.forEach((partial, j) => {
          const analytic = partial(F, point, y);
          const fd = ridders((t) => row.value(...point.map((v, k) => (k === j ? t : v))), point[j]!, 0.05);
          expect(Math.abs(analytic - fd.value), `${row.name}${JSON.stringify(point)} ∂${j}`).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(analytic)));
        });
      }
    }
  });

  it('every decimal value agrees with the float value to 1e-14', () => {
    const D = Decimal.clone({ precision: 40 });
    for (const row of PRIMITIVES.values()) {
      for (const point of pointsFor(row.name, row.arity)) {
        const exact = row.decimal(D, point.map((v) => new D(v))).toNumber();
        const float = row.value(...point);
        expect(Math.abs(exact - float), `${row.name}${JSON.stringify(point)}`).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(exact)));
      }
    }
  });

  it('domains measure the distance to the nearest trouble', () => {
    expect(primitiveFor('log', 1)!.domain.distance([0.5])).toBe(0.5);
    expect(primitiveFor('log', 1)!.domain.distance([-1])).toBe(-1);
    expect(primitiveFor('tan', 1)!.domain.distance([Math.PI / 2 + 0.25])).toBeCloseTo(0.25, 12);
    expect(primitiveFor('asin', 1)!.domain.distance([0.75])).toBe(0.25);
    expect(primitiveFor('abs', 1)!.domain.distance([-0.3])).toBe(0.3);
    expect(primitiveFor('sin', 1)!.domain.distance([5])).toBe(Infinity);
  });
});
