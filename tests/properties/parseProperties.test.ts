import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from '../../src/parse/parse.js';
import { format } from '../../src/ast/print.js';
import { latex } from '../../src/ast/latex.js';
import { equals } from '../../src/ast/equal.js';
import { ParseError } from '../../src/errors.js';
import type { Expr } from '../../src/ast/expr.js';
import { anyTree, parsableTree } from '../support/arbitraries.js';
import { GREEK } from '../../src/ast/precedence.js';
import { toSx } from '../support/sexpr.js';

const roundTrips = (print: (e: Expr) => string) => (t: Expr) => {
  const back = parse(print(t));
  if (!equals(back, t)) throw new Error(`${print(t)} read back as ${toSx(back)}, not ${toSx(t)}`);
};

describe('format round-trips through parse', () => {
  it('parse(format(t)) equals t for random parser-producible trees', () => {
    fc.assert(fc.property(parsableTree(), roundTrips(format)), { numRuns: 1500 });
  });

  it('the check can fail: a printer that drops brackets is caught', () => {
    const careless = (e: Expr) => format(e).replace(/[()]/g, ' ');
    const result = fc.check(fc.property(parsableTree(), roundTrips(careless)), { numRuns: 500 });
    expect(result.failed).toBe(true);
  });
});

/** Braces balance (ignoring \{ and \}), and every \left has its \right, properly nested. */
function balanced(tex: string): boolean {
  const stack: string[] = [];
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i]!;
    if (c === '\\') {
      const word = /^\\(left|right|[{}])/u.exec(tex.slice(i))?.[1];
      if (word === 'left') stack.push('left');
      if (word === 'right' && stack.pop() !== 'left') return false;
      i += word && word.length === 1 ? 1 : 0;
      continue;
    }
    if (c === '{') stack.push('{');
    if (c === '}' && stack.pop() !== '{') return false;
  }
  return stack.length === 0;
}

/** Control words fluxion emits; a word outside the list means a command glued to a name (\\partialx). */
const COMMANDS = new Set([
  'frac', 'sqrt', 'left', 'right', 'cdot', 'pi', 'infty', 'mathrm', 'operatorname', 'lim', 'to', 'int', 'sum', 'partial',
  'sin', 'cos', 'tan', 'sec', 'csc', 'cot', 'arcsin', 'arccos', 'arctan', 'sinh', 'cosh', 'tanh', 'coth', 'exp', 'log', 'ln',
  ...GREEK.keys(),
]);
const unknownCommands = (tex: string): string[] => [...tex.matchAll(/\\([A-Za-z]+)/gu)].map((m) => m[1]!).filter((w) => !COMMANDS.has(w));

describe('latex', () => {
  it('balances braces and \\left/\\right pairs, and emits only known commands, for random trees', () => {
    fc.assert(fc.property(anyTree(), (t) => balanced(latex(t)) && unknownCommands(latex(t)).length === 0), { numRuns: 1500 });
  });

  it('the command check can fail', () => {
    expect(unknownCommands('\\frac{\\partial}{\\partialx}')).toEqual(['partialx']);
  });

  it('the balance check can fail', () => {
    expect(balanced('\\frac{a}{b')).toBe(false);
    expect(balanced('\\left( x')).toBe(false);
    expect(balanced('\\left( x } \\right)')).toBe(false);
    expect(balanced('\\{ x \\}')).toBe(true);
  });

  it('typesets names with TeX characters escaped', () => {
    const odd = { kind: 'sym', name: 'a{b}#%' } as const;
    expect(latex(odd)).toBe('a\\{b\\}\\#\\%');
    expect(balanced(latex(odd))).toBe(true);
  });
});

/** parse either returns a tree or throws ParseError; anything else is a bug. */
function parsesOrRejects(text: string): boolean {
  try {
    const e = parse(text);
    return typeof e === 'object' && e !== null && 'kind' in e;
  } catch (e) {
    if (e instanceof ParseError) return e.problems.length > 0 && e.problems.every((p) => p.line >= 1 && p.column >= 1);
    throw e;
  }
}

const TOKENS = [
  'x', 'y', '2', '0.5', '1e3', '(', ')', '[', ']', '+', '-', '−', '*', '·', '×', '/', '÷', '^', '**', '|', ',', ' ', '\n',
  'sin', 'cos', 'log', 'ln', 'exp', 'sqrt', 'sin(', 'log(', 'diff(', 'limit(', 'integrate(', 'sum(', 'lim(', '->', '→',
  '√', '²', '⁻¹', 'e', 'pi', 'π', 'oo', '∞', 'θ', 'd/dx', '∂/∂x', 'd^2/dx^2', '∫', '∫_0^1', 'dx', '_', "'", "'+'", ':=',
  'f', 'f(x) :=', "f'", '.', '@', '\u200b', '😀', '\u0301', '\u202e', 'constructor', '__proto__', 'toString', '#',
];

describe('parse never throws anything but ParseError', () => {
  it('on ASCII strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), parsesOrRejects), { numRuns: 3000 });
  });
  it('on full Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), parsesOrRejects), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), parsesOrRejects), { numRuns: 1000 });
  });
  it('on near-miss expressions built from tokens', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).map((a) => a.join('')), parsesOrRejects), { numRuns: 5000 });
  });
  it('on printed random trees with one character changed', () => {
    const mutated = fc.tuple(parsableTree({ maxDepth: 4 }), fc.nat(), fc.constantFrom(...TOKENS)).map(([t, at, tok]) => {
      const text = format(t);
      const i = at % (text.length + 1);
      return text.slice(0, i) + tok + text.slice(i + 1);
    });
    fc.assert(fc.property(mutated, parsesOrRejects), { numRuns: 2000 });
  });
});
