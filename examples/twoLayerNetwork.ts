/**
 * Backpropagation in a two-layer network, checked four ways.
 *
 * The network: inputs (x1, x2) → three sigmoid units h_j = σ(W_j1·x1 + W_j2·x2 + c_j) → output ŷ = Σ v_j·h_j + d,
 * with the squared error L = (ŷ − t)² on one training example. fluxion builds L as one expression in its 13
 * parameters; compileGradient differentiates it by reverse mode (backpropagation, generated as code). The result
 * is compared with the textbook backpropagation equations written by hand, forward mode (one dual-number sweep
 * per parameter), Richardson-refined finite differences, and the symbolic gradient from `diff`.
 * Run: npx tsx examples/twoLayerNetwork.ts
 */
import { pathToFileURL } from 'node:url';
import { add, call, mul, num, pow, sub, sym } from '../src/ast/build.js';
import type { Expr } from '../src/ast/expr.js';
import { checkDerivative, compile, compileGradient, diff } from '../src/index.js';
import type { Agreement } from '../src/index.js';
import { forwardGradient } from '../src/numeric/forward.js';
import { ridders } from '../src/numeric/ridders.js';

export const HIDDEN = 3;
export const EXAMPLE = { x1: 0.5, x2: -1.2, t: 0.8 };
/** Parameter names in a fixed order: W11, W12, W21, ..., c1..c3, v1..v3, d. */
export const PARAMETERS = [
  ...Array.from({ length: HIDDEN }, (_v, j) => [`W${j + 1}1`, `W${j + 1}2`]).flat(),
  ...Array.from({ length: HIDDEN }, (_v, j) => `c${j + 1}`),
  ...Array.from({ length: HIDDEN }, (_v, j) => `v${j + 1}`),
  'd',
];
/** Starting weights (fixed, so the example prints the same numbers every run). */
export const WEIGHTS = [0.3, -0.1, 0.8, 0.25, -0.6, 0.4, 0.05, -0.2, 0.1, 0.7, -0.5, 0.9, 0.15];

/** L = (Σ v_j σ(W_j1 x1 + W_j2 x2 + c_j) + d − t)² as a tree. */
export function networkLoss(): Expr {
  const [x1, x2, t] = [sym('x1'), sym('x2'), sym('t')];
  const hidden = Array.from({ length: HIDDEN }, (_v, j) =>
    mul(sym(`v${j + 1}`), call('sigmoid', add(mul(sym(`W${j + 1}1`), x1), mul(sym(`W${j + 1}2`), x2), sym(`c${j + 1}`)))),
  );
  return pow(sub(add(...hidden, sym('d')), t), num(2));
}

/** The textbook backward pass: δ = 2(ŷ − t); ∂v_j = δ h_j; ∂d = δ; δ_j = δ v_j h_j (1 − h_j); ∂W_jk = δ_j x_k; ∂c_j = δ_j. */
export function handWrittenBackprop(w: readonly number[], example = EXAMPLE): number[] {
  const W = (j: number, k: number) => w[2 * j + k]!;
  const c = (j: number) => w[2 * HIDDEN + j]!;
  const v = (j: number) => w[3 * HIDDEN + j]!;
  const d = w[4 * HIDDEN]!;
  const h = Array.from({ length: HIDDEN }, (_v, j) => 1 / (1 + Math.exp(-(W(j, 0) * example.x1 + W(j, 1) * example.x2 + c(j)))));
  const yHat = h.reduce((s, hj, j) => s + v(j) * hj, 0) + d;
  const delta = 2 * (yHat - example.t);
  const hiddenDelta = h.map((hj, j) => delta * v(j) * hj * (1 - hj));
  return [
    ...hiddenDelta.map((dj) => [dj * example.x1, dj * example.x2]).flat(),
    ...hiddenDelta,
    ...h.map((hj) => delta * hj),
    delta,
  ];
}

export type NetworkReport = {
  loss: number;
  rows: { parameter: string; reverse: number; handWritten: number; forward: number; difference: number; symbolic: number }[];
  /** Largest |reverse − other| over all parameters and all other methods. */
  largestDisagreement: number;
  agreement: Agreement;
};

export function twoLayerNetwork(): NetworkReport {
  const loss = networkLoss();
  const vars = [...PARAMETERS, 'x1', 'x2', 't'];
  const at = [...WEIGHTS, EXAMPLE.x1, EXAMPLE.x2, EXAMPLE.t];
  const backprop = compileGradient(loss, vars)(...at);
  const value = compile(loss, vars);
  const program = value.program;
  const forward = forwardGradient(program, at);
  const hand = handWrittenBackprop(WEIGHTS);
  const rows = PARAMETERS.map((parameter, i) => {
    const moved = at.slice();
    const difference = ridders((s) => {
      moved[i] = s;
      return value(...moved);
    }, at[i]!, 0.1).value;
    const symbolic = compile(diff(loss, parameter), vars)(...at);
    return { parameter, reverse: backprop.gradient[i]!, handWritten: hand[i]!, forward: forward[i]!, difference, symbolic };
  });
  const largestDisagreement = Math.max(
    ...rows.flatMap((r) => [r.handWritten, r.forward, r.difference, r.symbolic].map((o) => Math.abs(o - r.reverse))),
  );
  return {
    loss: backprop.value,
    rows,
    largestDisagreement,
    agreement: checkDerivative(loss, PARAMETERS, { symbolic: (e, x) => diff(e, x), points: 4 }),
  };
}

function main(): void {
  const r = twoLayerNetwork();
  console.log(`loss at the starting weights: ${r.loss}\n`);
  console.log('parameter   reverse (backprop)   hand-written        forward mode        finite difference   symbolic (diff)');
  for (const row of r.rows) {
    const cells = [row.reverse, row.handWritten, row.forward, row.difference, row.symbolic].map((v) => v.toExponential(12).padStart(20));
    console.log(`${row.parameter.padEnd(9)} ${cells.join('')}`);
  }
  console.log(`\nlargest disagreement with reverse mode: ${r.largestDisagreement.toExponential(2)}`);
  console.log(`checkDerivative over ${r.agreement.checked} (point, parameter) pairs: ${r.agreement.ok ? 'all agree' : 'DISAGREE'}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
