import { describe, expect, it } from 'vitest';
import { compileGradient, compileSymbolicGradient } from '../../src/index.js';

describe('the symbolic gradient compiled as one program', () => {
  it.each([
    ['(y - (m x + b))^2', ['m', 'b', 'x', 'y']],
    ['sigmoid(w x + b) - y*log(sigmoid(w x + b))', ['w', 'b', 'x', 'y']],
    ['x^2 sin(y) + exp(x y)', ['x', 'y']],
  ])('%s gives the numbers of reverse mode', (f, vars) => {
    const symbolic = compileSymbolicGradient(f, vars);
    const reverse = compileGradient(f, vars);
    for (const p of [[0.3, -0.7, 1.1, 0.4], [1.5, 0.2, -0.6, 2]]) {
      const args = p.slice(0, vars.length);
      const a = symbolic(...args);
      const b = reverse(...args);
      expect(a.value).toBeCloseTo(b.value, 12);
      a.gradient.forEach((g, i) => expect(g).toBeCloseTo(b.gradient[i]!, 10));
    }
  });

  it('computes what the entries share once, and agrees with reverse mode on 200 weights', () => {
    const n = 200;
    const ws = Array.from({ length: n }, (_, i) => `w${i}`);
    // w0 has coefficient 1, like b: their gradient entries are the same expression, so one instruction.
    const loss = `(${ws.map((w, i) => `${i + 1}*${w}`).join(' + ')} + b - y)^2`;
    const symbolic = compileSymbolicGradient(loss, [...ws, 'b', 'y']);
    const outputs = symbolic.program.outputs;
    expect(outputs[1]).toBe(outputs[n + 1]);
    const args = [...ws.map((_, i) => Math.cos(i)), 0.5, 0.25];
    const buffer = new Float64Array(n + 2);
    const reverse = new Float64Array(n + 2);
    symbolic.into(args, buffer);
    compileGradient(loss, [...ws, 'b', 'y']).into(args, reverse);
    buffer.forEach((g, i) => expect(g).toBeCloseTo(reverse[i]!, 8));
  });
});
