import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { latex, latexName } from '../../src/ast/latex.js';
import { sx } from '../support/sexpr.js';

/** Input (parsed, with f and loss defined) and the exact LaTeX. */
const ROWS: readonly (readonly [string, string])[] = [
  // names and constants
  ['x', 'x'],
  ['theta', '\\theta'],
  ['θ', '\\theta'],
  ['Omega', '\\Omega'],
  ['x_1', 'x_{1}'],
  ['x1', 'x_{1}'],
  ['alpha_max', '\\alpha_{\\mathrm{max}}'],
  ['xy', '\\mathrm{xy}'],
  ['Δx', '\\Delta{}x'],
  ['pi', '\\pi'],
  ['oo', '\\infty'],
  ['-oo', '-\\infty'],
  ['e', 'e'],
  ['undefined', '\\mathrm{undefined}'],
  // numbers
  ['3', '3'],
  ['-3', '-3'],
  ['0.25', '0.25'],
  ['1/3', '\\frac{1}{3}'],
  // operators
  ['a + b - c', 'a + b - c'],
  ['a - (b - c)', 'a - (b - c)'],
  ['a + (-b)', 'a + (-b)'],
  ['(a + b) + c', '(a + b) + c'],
  ['-x^2', '-x^{2}'],
  ['-(x + 1)', '-(x + 1)'],
  ['x/y', '\\frac{x}{y}'],
  ['(x/y)^2', '\\left(\\frac{x}{y}\\right)^{2}'],
  ['x^2', 'x^{2}'],
  ['x^(2y)', 'x^{2y}'],
  ['2^3^2', '2^{3^{2}}'],
  ['(x^y)^z', '(x^{y})^{z}'],
  ['(x + 1)^2', '(x + 1)^{2}'],
  ['(-x)^2', '(-x)^{2}'],
  ['e^(-x^2/2)', 'e^{-\\frac{x^{2}}{2}}'],
  // products: juxtaposition, \cdot between numbers
  ['2x', '2x'],
  ['x y z', 'x y z'],
  ['pi r^2', '\\pi r^{2}'],
  ['2 * 3', '2 \\cdot 3'],
  ['x * 2', 'x \\cdot 2'],
  ['x * (-2)', 'x \\cdot (-2)'],
  ['2 * (1/2)', '2 \\cdot \\frac{1}{2}'],
  ['(a + b)(a - b)', '(a + b)(a - b)'],
  ['2 sin(x)', '2 \\sin(x)'],
  // functions
  ['sqrt(x)', '\\sqrt{x}'],
  ['sqrt(x/2)', '\\sqrt{\\frac{x}{2}}'],
  ['cbrt(x)', '\\sqrt[3]{x}'],
  ['sin(x)', '\\sin(x)'],
  ['sin(x/2)', '\\sin\\left(\\frac{x}{2}\\right)'],
  ['sin(x)^2', '\\sin^{2}(x)'],
  ['sin(x)^-1', '\\sin(x)^{-1}'],
  ['asin(x)', '\\arcsin(x)'],
  ['log(x)', '\\log(x)'],
  ['ln(x)', '\\ln(x)'],
  ['log(x, 2)', '\\log_{2}(x)'],
  ['log2(x)', '\\log_2(x)'],
  ['log10(x)', '\\log_{10}(x)'],
  ['exp(x)', '\\exp(x)'],
  ['|x - 1|', '\\left|x - 1\\right|'],
  ['sigmoid(x)', '\\sigma(x)'],
  ['relu(x)', '\\operatorname{ReLU}(x)'],
  ['softplus(x)', '\\operatorname{softplus}(x)'],
  ['f(x, y)', 'f(x, y)'],
  ['loss(w)', '\\operatorname{loss}(w)'],
  ["f'(x)", "f'(x)"],
  // calculus
  ['d/dx x^2', '\\frac{d}{dx} x^{2}'],
  ['d/dx (x + 1)', '\\frac{d}{dx} (x + 1)'],
  ['d^2/dx^2 sin(x)', '\\frac{d^{2}}{dx^{2}} \\sin(x)'],
  ['diff(x y, x)', '\\frac{\\partial}{\\partial x} (x y)'],
  ['∂/∂θ θ^2', '\\frac{d}{d\\theta} \\theta^{2}'],
  ['(d/dx x^2) y', '\\left(\\frac{d}{dx} x^{2}\\right) y'],
  ['lim(x -> 0, sin(x)/x)', '\\lim_{x \\to 0} \\frac{\\sin(x)}{x}'],
  ['lim(x -> 0+, 1/x)', '\\lim_{x \\to 0^{+}} \\frac{1}{x}'],
  ['lim(x -> 0-, 1/x)', '\\lim_{x \\to 0^{-}} \\frac{1}{x}'],
  ['lim(x -> oo, 1/x)', '\\lim_{x \\to \\infty} \\frac{1}{x}'],
  ['integrate(x^2, x)', '\\int x^{2} \\, dx'],
  ['integrate(x + 1, x)', '\\int (x + 1) \\, dx'],
  ['∫_0^1 x^2 dx', '\\int_{0}^{1} x^{2} \\, dx'],
  ['sum(k^2, k, 1, n)', '\\sum_{k=1}^{n} k^{2}'],
  ['[x, y]', '\\left[x, y\\right]'],
  ['f(x) := x^2', 'f(x) := x^{2}'],
  ['gradient(x y, [x, y])', '\\operatorname{gradient}(x y, \\left[x, y\\right])'],
];

describe('latex', () => {
  it.each(ROWS)('%s', (input, tex) => {
    expect(latex(parse(input, { functions: ['f', 'loss'] }))).toBe(tex);
  });

  it('puts \\left( \\right) only around tall content', () => {
    expect(latex(parse('(x + 1)^2'))).not.toContain('\\left');
    expect(latex(parse('(x/2 + 1)^2'))).toBe('\\left(\\frac{x}{2} + 1\\right)^{2}');
  });

  it('typesets trees the parser never makes', () => {
    expect(latex(sx('(+ x -1)'))).toBe('x + (-1)');
    expect(latex(sx('(* -2 x)'))).toBe('-2x');
    expect(latex(sx('(* (neg x) y)'))).toBe('(-x) y');
    expect(latex(sx('(^ (neg x) 2)'))).toBe('(-x)^{2}');
    // Rationals with a terminating decimal print as decimals (as `format` does), the others as fractions.
    expect(latex({ kind: 'num', value: { num: -1n, den: 2n } })).toBe('-0.5');
    expect(latex({ kind: 'num', value: { num: -1n, den: 3n } })).toBe('-\\frac{1}{3}');
    expect(latex(sx('(* 1/3 x)'))).toBe('\\frac{1}{3} x');
    expect(latex(sx('(^ 1/3 2)'))).toBe('\\left(\\frac{1}{3}\\right)^{2}');
    expect(latex(sx('(D (^ x 2) (+ x 1))'))).toBe('D(x^{2}, x + 1)'); // malformed: shown by name
  });

  it('names', () => {
    expect(latexName('x_12')).toBe('x_{12}');
    expect(latexName('theta_k')).toBe('\\theta_{k}');
    expect(latexName('Gamma')).toBe('\\Gamma');
    expect(latexName('?u')).toBe('?u');
  });
});
