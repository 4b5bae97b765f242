import type { Expr } from './expr.js';
import { fold, walk } from './path.js';
import { Level, GREEK } from './precedence.js';
import { functionInfo } from './operators.js';
import { decimalText } from './print.js';

/**
 * LaTeX printer, driven by the same precedence table as `format`: a child printed below the level its place
 * needs gets brackets, `\left(\right)` only around tall content (fractions, sums, integrals, limits), plain
 * `( )` otherwise. Works bottom-up without recursion, so 100,000-deep trees typeset.
 */
type Tex = {
  readonly tex: string;
  readonly level: Level;
  /** Contains a fraction or a big operator: brackets around it are \left( \right). */
  readonly tall: boolean;
  /** Starts with a digit or a sign: a factor after another one needs \cdot. */
  readonly start: 'digit' | 'sign' | 'other';
  /** A \frac: reads as an atom, but a power of it needs brackets (and after a number, \cdot). */
  readonly frac: boolean;
  /** An operator such as \frac{d}{dx} or \lim that extends to the right: bracketed inside products and powers. */
  readonly prefix: boolean;
  readonly node: Expr;
};

const make = (node: Expr, tex: string, level: Level, more: Partial<Omit<Tex, 'tex' | 'level' | 'node'>> = {}): Tex => ({
  tex, level, node, tall: more.tall ?? false, start: more.start ?? 'other', frac: more.frac ?? false, prefix: more.prefix ?? false,
});

const brackets = (p: Tex): string => (p.tall ? `\\left(${p.tex}\\right)` : `(${p.tex})`);
const paren = (p: Tex): Tex => make(p.node, brackets(p), Level.atom, { tall: p.tall });
const args = (ps: readonly Tex[]): string => {
  const inner = ps.map((p) => p.tex).join(', ');
  return ps.some((p) => p.tall) ? `\\left(${inner}\\right)` : `(${inner})`;
};

const UNICODE_GREEK: ReadonlyMap<string, string> = new Map([...GREEK].map(([name, letter]) => [letter, name]));
const SPECIAL_SYMBOLS: ReadonlyMap<string, string> = new Map([['pi', '\\pi'], ['oo', '\\infty'], ['undefined', '\\mathrm{undefined}']]);

/** Characters that mean something to TeX, escaped so any name typesets and braces stay balanced. */
const escapeText = (t: string): string =>
  t.replace(/[\\{}#$%&~^]/gu, (c) => (c === '\\' ? '\\backslash{}' : c === '~' ? '\\sim{}' : c === '^' ? '\\hat{}' : `\\${c}`));

/** One part of a name: a Greek letter or its name → command, one letter as is, several upright. */
function namePart(part: string): string {
  const greek = GREEK.has(part) ? part : UNICODE_GREEK.get(part);
  if (greek) return `\\${greek}`;
  if ([...part].length === 1 || /^\d+$/u.test(part)) return escapeText(part);
  // Greek letters inside a longer name (Δx) become commands; the rest is upright text.
  const pieces = [...part].map((c) => (UNICODE_GREEK.has(c) ? `\\${UNICODE_GREEK.get(c)}{}` : escapeText(c)));
  const text = pieces.join('');
  return /^[\p{L}\d]+$/u.test(part) && ![...part].some((c) => UNICODE_GREEK.has(c)) ? `\\mathrm{${text}}` : text;
}

/** x → x, theta → \theta, x_1 → x_{1}, x1 → x_{1}, alpha_max → \alpha_{\mathrm{max}}, loss → \mathrm{loss}. */
export function latexName(name: string): string {
  const special = SPECIAL_SYMBOLS.get(name);
  if (special) return special;
  const sub = name.indexOf('_');
  if (sub > 0 && sub < name.length - 1) return `${namePart(name.slice(0, sub))}_{${namePart(name.slice(sub + 1))}}`;
  const digits = /^(\p{L}+)(\d+)$/u.exec(name);
  if (digits) return `${namePart(digits[1]!)}_{${digits[2]}}`;
  return namePart(name);
}

function number(node: Expr & { kind: 'num' }): Tex {
  const { num, den } = node.value;
  const start = num < 0n ? 'sign' : 'digit';
  const level = num < 0n ? Level.signed : Level.atom;
  if (den === 1n) return make(node, num.toString(), level, { start });
  const dec = decimalText(node.value);
  if (dec) return make(node, dec, level, { start });
  const abs = num < 0n ? -num : num;
  return make(node, `${num < 0n ? '-' : ''}\\frac{${abs}}{${den}}`, level, { start: num < 0n ? 'sign' : 'other', tall: true, frac: num >= 0n });
}

/** Does `e` hold a variable other than `x` (so d/dx is a partial derivative)? */
function hasOtherVariable(e: Expr, x: string): boolean {
  for (const { node } of walk(e)) if (node.kind === 'sym' && node.name !== x && !SPECIAL_SYMBOLS.has(node.name) && node.name !== 'e') return true;
  return false;
}

/** The operand of a prefix operator (d/dx, lim, ∑, ∫): bracketed when it is a sum or a product. */
const operand = (p: Tex): string => (p.level < Level.power && !p.frac ? brackets(p) : p.tex);

function calculus(node: Expr & { kind: 'call' }, kids: Tex[]): Tex | undefined {
  const [f, v, a, b] = kids;
  const variable = node.args[1];
  if (!f || !v || variable?.kind !== 'sym') return undefined;
  const prefix = (tex: string) => make(node, tex, Level.signed, { tall: true, prefix: true });
  switch (node.fn) {
    case 'D': {
      const d = hasOtherVariable(node.args[0]!, variable.name) ? '\\partial' : 'd';
      const order = a ? `^{${a.tex}}` : '';
      return prefix(`\\frac{${d}${order}}{${d}${d === 'd' ? '' : ' '}${v.tex}${order}} ${operand(f)}`);
    }
    case 'Limit': {
      if (!a) return undefined;
      const dir = node.args[3];
      const side = dir?.kind === 'num' && dir.value.num !== 0n ? `^{${dir.value.num > 0n ? '+' : '-'}}` : '';
      return prefix(`\\lim_{${v.tex} \\to ${a.tex}${side}} ${operand(f)}`);
    }
    case 'Integral': {
      const bounds = a && b ? `_{${a.tex}}^{${b.tex}}` : '';
      const body = f.level <= Level.sum ? brackets(f) : f.tex;
      return prefix(`\\int${bounds} ${body} \\, d${v.tex}`);
    }
    case 'Sum':
      return a && b ? prefix(`\\sum_{${v.tex}=${a.tex}}^{${b.tex}} ${operand(f)}`) : undefined;
    default:
      return undefined;
  }
}

function call(node: Expr & { kind: 'call' }, kids: Tex[]): Tex {
  const atom = (tex: string, tall = kids.some((k) => k.tall)) => make(node, tex, Level.atom, { tall });
  const special = calculus(node, kids);
  if (special) return special;
  const [x, base] = kids;
  switch (node.fn) {
    case 'sqrt':
      if (x) return atom(`\\sqrt{${x.tex}}`);
      break;
    case 'cbrt':
      if (x) return atom(`\\sqrt[3]{${x.tex}}`);
      break;
    case 'abs':
      if (x) return atom(`\\left|${x.tex}\\right|`);
      break;
    case 'log':
      if (x && base) return atom(`\\log_{${base.tex}}${args([x])}`);
      break;
    case 'List':
      return atom(`\\left[${kids.map((k) => k.tex).join(', ')}\\right]`);
    case 'Define':
      if (x && base) return make(node, `${x.tex} := ${base.tex}`, Level.sum, { tall: x.tall || base.tall });
      break;
  }
  const info = functionInfo(node.fn);
  // A reserved head reaching here is malformed (D of a non-variable): shown by name, not as d/dx.
  const head = info && info.role !== 'reserved' && info.latex.startsWith('\\') && !info.latex.startsWith('\\left') ? info.latex : headName(node.fn);
  return atom(`${head}${args(kids)}`);
}

/** A user function's head: f → f, f' → f', loss → \operatorname{loss}. */
function headName(fn: string): string {
  const primes = /'+$/u.exec(fn)?.[0] ?? '';
  const bare = fn.slice(0, fn.length - primes.length);
  const name = [...bare].length === 1 || GREEK.has(bare) || UNICODE_GREEK.has(bare) ? latexName(bare) : `\\operatorname{${escapeText(bare)}}`;
  return name + primes;
}

function product(node: Expr & { kind: 'mul' }, kids: Tex[]): Tex {
  let tex = '';
  kids.forEach((k, i) => {
    const negativeNumber = node.args[i]!.kind === 'num' && k.start === 'sign';
    const keep = i === 0 ? k.level >= Level.power || negativeNumber : k.level >= Level.power && k.start !== 'sign';
    const f = keep && !k.prefix ? k : paren(k);
    if (i > 0) {
      const prev = kids[i - 1]!;
      // Numbers side by side would read as one number (2 3 as 23), a number before a fraction as a mixed number.
      const dot = k.start !== 'other' || (f.frac && (prev.start === 'digit' || prev.frac));
      const tight = (/\d$/u.test(tex) && /^\p{L}/u.test(f.tex)) || /^(?:\(|\\left\()/u.test(f.tex);
      tex += dot ? ' \\cdot ' : tight ? '' : ' ';
    }
    tex += f.tex;
  });
  const first = kids[0]!;
  return make(node, tex, Level.product, { tall: kids.some((k) => k.tall), start: first.start === 'digit' || first.start === 'sign' ? first.start : 'other' });
}

function power(node: Expr & { kind: 'pow' }, kids: Tex[]): Tex {
  const [b, x] = kids as [Tex, Tex];
  const base = node.base;
  const exponent = node.exp;
  // sin^{2}(x): a positive whole power of a named function goes on the function's name, as textbooks write it.
  if (base.kind === 'call' && base.args.length === 1 && exponent.kind === 'num' && exponent.value.den === 1n && exponent.value.num > 0n) {
    const info = functionInfo(base.fn);
    if (info?.role === 'function' && /^\\[a-z]+$/u.test(info.latex) && /^[(\\]/u.test(b.tex.slice(info.latex.length, info.latex.length + 1))) {
      return make(node, `${info.latex}^{${x.tex}}${b.tex.slice(info.latex.length)}`, Level.atom, { tall: b.tall });
    }
  }
  const plainBase = b.level >= Level.atom && b.start !== 'sign' && !b.frac && !b.prefix && base.kind !== 'pow';
  return make(node, `${plainBase ? b.tex : brackets(b)}^{${x.tex}}`, Level.power, { tall: b.tall, start: plainBase ? b.start : 'other' });
}

function texNode(node: Expr, kids: Tex[]): Tex {
  switch (node.kind) {
    case 'num':
      return number(node);
    case 'sym':
      return make(node, latexName(node.name), Level.atom);
    case 'neg': {
      const a = kids[0]!;
      const bare = a.level >= Level.signed && a.start !== 'sign' && !a.prefix;
      return make(node, `-${bare ? a.tex : brackets(a)}`, Level.signed, { tall: a.tall, start: 'sign' });
    }
    case 'add': {
      const [first, ...rest] = kids;
      // (a + b) + c keeps its brackets so the tree shows; a - b + c needs none (as `format`).
      const head = first!.node.kind === 'add' || first!.level < Level.sum ? brackets(first!) : first!.tex;
      const tail = rest.map((k) => ` + ${k.level <= Level.sum || k.start === 'sign' ? brackets(k) : k.tex}`).join('');
      return make(node, head + tail, Level.sum, { tall: kids.some((k) => k.tall), start: first!.start });
    }
    case 'sub': {
      const [l, r] = kids as [Tex, Tex];
      const right = r.level <= Level.sum || r.start === 'sign' ? brackets(r) : r.tex;
      return make(node, `${l.level < Level.sum ? brackets(l) : l.tex} - ${right}`, Level.sum, { tall: l.tall || r.tall, start: l.start });
    }
    case 'mul':
      return product(node, kids);
    case 'div':
      return make(node, `\\frac{${kids[0]!.tex}}{${kids[1]!.tex}}`, Level.atom, { tall: true, frac: true });
    case 'pow':
      return power(node, kids);
    case 'call':
      return call(node, kids);
  }
}

/**
 * LaTeX for a tree. Example: latex(parse('sqrt(x)/2 + sin(theta)^2')) is '\frac{\sqrt{x}}{2} + \sin^{2}(\theta)'.
 */
export const latex = (e: Expr): string => fold<Tex>(e, texNode).tex;
