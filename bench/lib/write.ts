/**
 * Writes a Tree in one engine's dialect, so each peer parses the corpus in its own syntax (translation is
 * done once, before timing). Parentheses are generous: the point is an unambiguous input for every parser,
 * not the shortest text. Functions a peer lacks are rewritten to their definitions (sigmoid → 1/(1+exp(-u))).
 */
import { fn, num, type Tree } from './tree.js';

export type Dialect = 'mathjs' | 'nerdamer' | 'algebrite' | 'ce' | 'sympy' | 'maxima' | 'js';

const PREC: Readonly<Record<string, number>> = { '+': 1, '-': 1, '*': 2, '/': 2, neg: 3, '^': 4 };
const prec = (t: Tree): number => (t.k === 'fn' ? PREC[t.f] ?? 5 : 5);

/** Per-dialect function names; a missing entry means "same as the canonical name". */
const NAMES: Readonly<Record<Dialect, Readonly<Record<string, string>>>> = {
  mathjs: { logb: 'log' },
  nerdamer: {},
  algebrite: { asin: 'arcsin', acos: 'arccos', atan: 'arctan', asinh: 'arcsinh', acosh: 'arccosh', atanh: 'arctanh' },
  ce: { log: 'ln', asin: 'arcsin', acos: 'arccos', atan: 'arctan', log10: 'log' },
  sympy: { abs: 'Abs' },
  maxima: {},
  js: {
    sin: 'Math.sin', cos: 'Math.cos', tan: 'Math.tan', asin: 'Math.asin', acos: 'Math.acos', atan: 'Math.atan',
    sinh: 'Math.sinh', cosh: 'Math.cosh', tanh: 'Math.tanh', asinh: 'Math.asinh', acosh: 'Math.acosh',
    atanh: 'Math.atanh', exp: 'Math.exp', log: 'Math.log', log2: 'Math.log2', log10: 'Math.log10',
    sqrt: 'Math.sqrt', cbrt: 'Math.cbrt', abs: 'Math.abs', sign: 'Math.sign',
  },
};

/** Which functions each dialect lacks, by definition in terms of the others. */
const MISSING: Readonly<Record<Dialect, ReadonlySet<string>>> = {
  mathjs: new Set(['sigmoid', 'softplus']),
  nerdamer: new Set(['sigmoid', 'softplus', 'log2', 'log10', 'logb']),
  algebrite: new Set(['sigmoid', 'softplus', 'sec', 'csc', 'cot', 'sech', 'csch', 'coth', 'log2', 'log10', 'logb']),
  ce: new Set(['sigmoid', 'softplus', 'logb']),
  sympy: new Set(['sigmoid', 'softplus', 'log2', 'log10', 'logb']),
  maxima: new Set(['sigmoid', 'softplus', 'log2', 'log10', 'logb', 'cbrt']),
  js: new Set(['sigmoid', 'softplus', 'sec', 'csc', 'cot', 'sech', 'csch', 'coth', 'logb']),
};

const ONE = num('1');
function definition(f: string, a: readonly Tree[]): Tree {
  const u = a[0] as Tree;
  switch (f) {
    case 'sigmoid': return fn('/', ONE, fn('+', ONE, fn('exp', fn('neg', u))));
    case 'softplus': return fn('log', fn('+', ONE, fn('exp', u)));
    case 'sec': return fn('/', ONE, fn('cos', u));
    case 'csc': return fn('/', ONE, fn('sin', u));
    case 'cot': return fn('/', fn('cos', u), fn('sin', u));
    case 'sech': return fn('/', ONE, fn('cosh', u));
    case 'csch': return fn('/', ONE, fn('sinh', u));
    case 'coth': return fn('/', fn('cosh', u), fn('sinh', u));
    case 'log2': return fn('/', fn('log', u), fn('log', num('2')));
    case 'log10': return fn('/', fn('log', u), fn('log', num('10')));
    case 'logb': return fn('/', fn('log', u), fn('log', a[1] as Tree));
    case 'cbrt': return fn('^', u, fn('/', ONE, num('3')));
    default: throw new Error(`no definition for ${f}`);
  }
}

/** A decimal literal as an exact fraction, for Algebrite (it prints floats truncated: `0.797885...`). */
function fraction(src: string): string {
  const m = /^(\d*)\.?(\d*)(?:[eE]([+-]?\d+))?$/.exec(src);
  if (!m) return src;
  const [, int = '', frac = '', exp = '0'] = m;
  let numer = BigInt((int + frac) || '0');
  let denom = 10n ** BigInt(frac.length);
  const e = Number(exp);
  if (e > 0) numer *= 10n ** BigInt(e); else denom *= 10n ** BigInt(-e);
  return denom === 1n ? numer.toString() : `(${numer}/${denom})`;
}

const SYMBOLS: Readonly<Record<Dialect, Readonly<Record<string, string>>>> = {
  mathjs: {}, nerdamer: {}, algebrite: { e: 'exp(1)' }, ce: {}, maxima: { e: '%e', pi: '%pi' }, sympy: { e: 'E' },
  js: { e: 'Math.E', pi: 'Math.PI' },
};

/** Writes `t` in `dialect`. Recursion depth is the tree's depth: the deep corpus items are built as text. */
export function writeMath(t: Tree, dialect: Dialect): string {
  const w = (c: Tree): string => writeMath(c, dialect);
  const wrap = (c: Tree, parens: boolean): string => (parens ? `(${w(c)})` : w(c));
  switch (t.k) {
    case 'num': return dialect === 'algebrite' ? fraction(t.src) : t.src;
    case 'sym': return SYMBOLS[dialect][t.name] ?? t.name;
    case 'fn': break;
  }
  const [a, b] = t.a as [Tree, Tree];
  if (MISSING[dialect].has(t.f)) return w(definition(t.f, t.a));
  switch (t.f) {
    case 'neg': return `-${wrap(a, prec(a) <= 3 || (dialect === 'js' && prec(a) === 4))}`; // JS rejects -x**2
    case '+': case '-': return `${w(a)}${t.f}${wrap(b, b.k === 'fn' && (b.f === 'neg' || (t.f === '-' && prec(b) <= 1)))}`;
    // A negated right operand is bracketed: Algebrite rejects `x*-y`.
    case '*': case '/': return `${wrap(a, prec(a) < 2)}${t.f}${wrap(b, prec(b) <= 3)}`;
    case '^': {
      const base = wrap(a, prec(a) < 5 || (a.k === 'num' && dialect === 'js'));
      // Only a name or a whole number goes bare: Compute Engine reads x^sin(x) as x^s·i·n(x).
      const exp = wrap(b, b.k === 'fn' || (b.k === 'num' && !/^\d+$/.test(b.src)));
      return dialect === 'sympy' || dialect === 'js' ? `${base}**${exp}` : `${base}^${exp}`;
    }
  }
  const name = NAMES[dialect][t.f] ?? t.f;
  return `${name}(${t.a.map(w).join(', ')})`;
}
