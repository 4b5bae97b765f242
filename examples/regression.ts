/**
 * Fitting the course's regression line by gradient descent on the mean squared error.
 *
 * The data are five (x, y) points; the model is ŷ = m·x + b; the cost is the mean squared error
 *     J(m, b) = (1/5) Σ (m·xᵢ + b − yᵢ)².
 * fluxion builds J as an expression, compileGradient turns it into one JavaScript function that returns J and
 * its gradient (reverse mode), and plain gradient descent walks downhill. The answer is compared with the
 * closed-form least-squares line. Run: npx tsx examples/regression.ts
 */
import { pathToFileURL } from 'node:url';
import { compileGradient, format, parse } from '../src/index.js';

export const DATA = { x: [1, 2, 3, 4, 5], y: [2, 4, 5, 4, 5] };

/** The mean squared error of the line m·x + b on the data, as fluxion text. */
export function meanSquaredErrorText(data = DATA): string {
  const terms = data.x.map((x, i) => `(m * ${x} + b - ${data.y[i]})^2`);
  return `(${terms.join(' + ')}) / ${data.x.length}`;
}

/** The least-squares line in closed form: slope Sxy/Sxx, intercept ȳ − slope·x̄. */
export function closedForm(data = DATA): { slope: number; intercept: number } {
  const n = data.x.length;
  const mx = data.x.reduce((s, v) => s + v, 0) / n;
  const my = data.y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  data.x.forEach((x, i) => {
    sxy += (x - mx) * (data.y[i]! - my);
    sxx += (x - mx) ** 2;
  });
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

export type Fit = {
  slope: number;
  intercept: number;
  loss: number;
  steps: number;
  table: { step: number; slope: number; intercept: number; loss: number; gradientNorm: number }[];
};

/** Gradient descent from (0, 0) with a fixed learning rate until the gradient is tiny. */
export function fitLine(options: { learningRate?: number; tolerance?: number; maxSteps?: number } = {}, data = DATA): Fit {
  const rate = options.learningRate ?? 0.05;
  const tolerance = options.tolerance ?? 1e-12;
  const maxSteps = options.maxSteps ?? 20_000;
  const costAndGradient = compileGradient(parse(meanSquaredErrorText(data)), ['m', 'b']);
  const shown = new Set([0, 1, 2, 5, 10, 50, 100, 500, 1000, 2000]);
  const table: Fit['table'] = [];
  let m = 0;
  let b = 0;
  let step = 0;
  for (;; step++) {
    const { value, gradient } = costAndGradient(m, b);
    const [dm, db] = gradient as [number, number];
    const norm = Math.hypot(dm, db);
    const done = norm < tolerance || step === maxSteps;
    if (shown.has(step) || done) table.push({ step, slope: m, intercept: b, loss: value, gradientNorm: norm });
    if (done) return { slope: m, intercept: b, loss: value, steps: step, table };
    m -= rate * dm;
    b -= rate * db;
  }
}

function main(): void {
  console.log(`J(m, b) = ${format(parse(meanSquaredErrorText()))}\n`);
  const fit = fitLine();
  console.log('  step        slope     intercept          loss     |gradient|');
  for (const r of fit.table) {
    console.log(`${String(r.step).padStart(6)} ${r.slope.toFixed(9).padStart(12)} ${r.intercept.toFixed(9).padStart(13)} ${r.loss.toFixed(10).padStart(13)} ${r.gradientNorm.toExponential(2).padStart(14)}`);
  }
  const exact = closedForm();
  console.log(`\ngradient descent: slope ${fit.slope.toFixed(9)}, intercept ${fit.intercept.toFixed(9)} after ${fit.steps} steps`);
  console.log(`closed form:      slope ${exact.slope.toFixed(9)}, intercept ${exact.intercept.toFixed(9)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
