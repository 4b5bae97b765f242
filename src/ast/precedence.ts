import type { Expr } from './expr.js';

/**
 * The precedence table shared by the text and LaTeX printers. Levels follow the grammar's nonterminals, lowest
 * binding first; a child printed at a level below what its position needs gets brackets.
 */
export const Level = { sum: 1, signed: 2, product: 3, implicit: 4, power: 5, atom: 6 } as const;
export type Level = (typeof Level)[keyof typeof Level];

/** The level a node prints at (before its own printer decides between juxtaposition and explicit `*`). */
export function naturalLevel(e: Expr): Level {
  switch (e.kind) {
    case 'num':
      return e.value.num < 0n ? Level.signed : e.value.den === 1n ? Level.atom : Level.product;
    case 'sym':
    case 'call':
      return Level.atom;
    case 'neg':
      return Level.signed;
    case 'add':
    case 'sub':
      return Level.sum;
    case 'mul':
    case 'div':
      return Level.product;
    case 'pow':
      return Level.power;
  }
}

/** Greek letter names that print as LaTeX commands and as Unicode letters. */
export const GREEK: ReadonlyMap<string, string> = new Map([
  ['alpha', 'α'], ['beta', 'β'], ['gamma', 'γ'], ['delta', 'δ'], ['epsilon', 'ε'], ['zeta', 'ζ'], ['eta', 'η'],
  ['theta', 'θ'], ['iota', 'ι'], ['kappa', 'κ'], ['lambda', 'λ'], ['mu', 'μ'], ['nu', 'ν'], ['xi', 'ξ'],
  ['rho', 'ρ'], ['sigma', 'σ'], ['tau', 'τ'], ['upsilon', 'υ'], ['phi', 'φ'], ['chi', 'χ'], ['psi', 'ψ'],
  ['omega', 'ω'], ['Gamma', 'Γ'], ['Delta', 'Δ'], ['Theta', 'Θ'], ['Lambda', 'Λ'], ['Xi', 'Ξ'], ['Pi', 'Π'],
  ['Sigma', 'Σ'], ['Phi', 'Φ'], ['Psi', 'Ψ'], ['Omega', 'Ω'],
]);
