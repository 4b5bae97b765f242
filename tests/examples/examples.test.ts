import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closedForm, fitLine, meanSquaredErrorText } from '../../examples/regression.js';
import { quadraticCost } from '../../examples/quadraticCost.js';
import { handWrittenBackprop, PARAMETERS, twoLayerNetwork, WEIGHTS } from '../../examples/twoLayerNetwork.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (file: string): string =>
  execFileSync(process.execPath, ['--import', 'tsx', `examples/${file}`], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('the machine-learning tour', () => {
  it('fits the regression line by gradient descent to the closed form', () => {
    expect(closedForm().slope).toBeCloseTo(0.6, 15);
    expect(closedForm().intercept).toBeCloseTo(2.2, 15);
    const fit = fitLine();
    expect(Math.abs(fit.slope - 0.6)).toBeLessThan(1e-6);
    expect(Math.abs(fit.intercept - 2.2)).toBeLessThan(1e-6);
    expect(fit.loss).toBeCloseTo(0.48, 12);
    expect(fit.table[0]!.loss).toBeCloseTo(17.2, 13);
    expect(fit.table[0]!.gradientNorm).toBeCloseTo(Math.hypot(-26.4, -8), 13);
    // The first step by hand: ∂J/∂m = (2/5) Σ x(mx + b − y) = −26.4 and ∂J/∂b = (2/5) Σ (mx + b − y) = −8 at
    // (0, 0); with rate 0.05 the line moves to (1.32, 0.4).
    expect(fit.table[1]!.slope).toBeCloseTo(1.32, 12);
    expect(fit.table[1]!.intercept).toBeCloseTo(0.4, 12);
    // The loss never goes up.
    fit.table.slice(1).forEach((row, i) => expect(row.loss).toBeLessThanOrEqual(fit.table[i]!.loss));
    expect(meanSquaredErrorText()).toBe('((m * 1 + b - 2)^2 + (m * 2 + b - 4)^2 + (m * 3 + b - 5)^2 + (m * 4 + b - 4)^2 + (m * 5 + b - 5)^2) / 5');
  });

  it('derives the single-point quadratic cost’s partials symbolically and checks them against autodiff', () => {
    const r = quadraticCost();
    // At w = 0.5, b = 0.1, x = 2, y = 3: residual wx + b − y = −1.9, so ∂C/∂w = 2(−1.9)(2) = −7.6, ∂C/∂b = −3.8.
    expect(r.values.cost).toBeCloseTo(3.61, 14);
    for (const source of [r.values.symbolic, r.values.textbook, r.values.reverse]) {
      expect(source[0]).toBeCloseTo(-7.6, 13);
      expect(source[1]).toBeCloseTo(-3.8, 13);
    }
    expect(r.agreement.ok).toBe(true);
    expect(r.agreement.checked).toBe(24);
  });

  it('computes a two-layer network’s backpropagation gradient equal to four other methods', () => {
    const r = twoLayerNetwork();
    expect(r.rows.map((row) => row.parameter)).toEqual(PARAMETERS);
    expect(r.largestDisagreement).toBeLessThan(1e-10);
    const hand = handWrittenBackprop(WEIGHTS);
    r.rows.forEach((row, i) => {
      expect(Math.abs(row.reverse - hand[i]!)).toBeLessThan(1e-15);
      expect(Math.abs(row.reverse - row.forward)).toBeLessThan(1e-15);
      expect(Math.abs(row.reverse - row.symbolic)).toBeLessThan(1e-14);
      expect(Math.abs(row.reverse - row.difference)).toBeLessThan(1e-10);
    });
    expect(r.rows.find((row) => row.parameter === 'd')!.reverse).toBeCloseTo(-0.3586965148406, 12);
    expect(r.loss).toBeCloseTo(0.032165797439706365, 15);
    expect(r.agreement.ok).toBe(true);
  });

  it('runs every example from the command line', () => {
    const regression = run('regression.ts');
    expect(regression).toMatch(/gradient descent: slope 0\.600000000, intercept 2\.200000000 after \d+ steps/);
    expect(regression).toMatch(/closed form: +slope 0\.600000000, intercept 2\.200000000/);
    expect(run('quadraticCost.ts')).toMatch(/checkDerivative over 24 \(point, variable\) pairs: all agree/);
    expect(run('twoLayerNetwork.ts')).toMatch(/checkDerivative over 52 \(point, parameter\) pairs: all agree/);
  });
});
