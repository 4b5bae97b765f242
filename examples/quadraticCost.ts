/**
 * The single-point quadratic cost and its partial derivatives, derived symbolically and checked by autodiff.
 *
 * One training point (x, y) and the line ŷ = w·x + b give the cost C(w, b) = (w·x + b − y)². fluxion's `diff`
 * derives ∂C/∂w and ∂C/∂b; the textbook answers are 2(w·x + b − y)·x and 2(w·x + b − y). Both are compared with
 * reverse mode (compileGradient), forward mode and a Richardson-refined finite difference by checkDerivative.
 * Run: npx tsx examples/quadraticCost.ts
 */
import { pathToFileURL } from 'node:url';
import { checkDerivative, compile, compileGradient, diff, format, parse } from '../src/index.js';
import type { Agreement } from '../src/index.js';

export const COST = '(w x + b - y)^2';
export const TEXTBOOK = { w: '2 (w x + b - y) x', b: '2 (w x + b - y)' };
export const POINT = { w: 0.5, b: 0.1, x: 2, y: 3 };

export type QuadraticCostReport = {
  symbolic: { w: string; b: string };
  /** At POINT: the symbolic partials, the textbook partials, reverse mode's gradient. */
  values: { symbolic: [number, number]; textbook: [number, number]; reverse: [number, number]; cost: number };
  agreement: Agreement;
};

export function quadraticCost(): QuadraticCostReport {
  const cost = parse(COST);
  const vars = ['w', 'b', 'x', 'y'];
  const at = vars.map((v) => POINT[v as keyof typeof POINT]);
  const dw = diff(cost, 'w');
  const db = diff(cost, 'b');
  const gradient = compileGradient(cost, vars)(...at);
  return {
    symbolic: { w: format(dw), b: format(db) },
    values: {
      symbolic: [compile(dw, vars)(...at), compile(db, vars)(...at)],
      textbook: [compile(TEXTBOOK.w, vars)(...at), compile(TEXTBOOK.b, vars)(...at)],
      reverse: [gradient.gradient[0]!, gradient.gradient[1]!],
      cost: gradient.value,
    },
    // All four oracles at 12 sampled points, x and y sampled as parameters.
    agreement: checkDerivative(cost, ['w', 'b'], { symbolic: (e, v) => diff(e, v) }),
  };
}

function main(): void {
  const r = quadraticCost();
  console.log(`C(w, b) = ${format(parse(COST))}`);
  console.log(`∂C/∂w = ${r.symbolic.w}        (textbook: ${TEXTBOOK.w})`);
  console.log(`∂C/∂b = ${r.symbolic.b}        (textbook: ${TEXTBOOK.b})\n`);
  console.log(`at w = ${POINT.w}, b = ${POINT.b}, x = ${POINT.x}, y = ${POINT.y}: C = ${r.values.cost}`);
  console.log('            symbolic    textbook    reverse mode');
  console.log(`  ∂C/∂w  ${r.values.symbolic[0].toFixed(10).padStart(12)} ${r.values.textbook[0].toFixed(10).padStart(12)} ${r.values.reverse[0].toFixed(10).padStart(14)}`);
  console.log(`  ∂C/∂b  ${r.values.symbolic[1].toFixed(10).padStart(12)} ${r.values.textbook[1].toFixed(10).padStart(12)} ${r.values.reverse[1].toFixed(10).padStart(14)}`);
  const w = r.agreement.worst!;
  console.log(`\ncheckDerivative over ${r.agreement.checked} (point, variable) pairs: ${r.agreement.ok ? 'all agree' : 'DISAGREE'}`);
  console.log(`  worst: ∂/∂${w.variable} at ${JSON.stringify(w.point)}: symbolic ${w.symbolic}, forward ${w.forward}, reverse ${w.reverse}, difference ${w.difference}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
