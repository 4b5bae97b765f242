import type { Expr } from './expr.js';
import { fold } from './path.js';
import { Level, naturalLevel } from './precedence.js';
import { type Rational } from '../number/rational.js';

/**
 * Plain-text printer: fewest brackets, textbook spacing, and `parse(format(e))` gives back `e` for every tree the
 * parser can produce (non-decimal rationals such as 1/3 print as `1/3`, which reads back as a quotient).
 * Works bottom-up without recursion, so 100,000-deep trees print.
 */
type Printed = {
  readonly text: string;
  readonly level: Level;
  /** What the text starts with, for juxtaposition: `2x` needs a number first, `x y` a space. */
  readonly start: 'number' | 'name' | 'bar' | 'sign' | 'paren' | 'other';
  /** Reads back as itself right after `*` or `/` (the grammar's Operand: signs, then a juxtaposed product). */
  readonly operand?: boolean;
  readonly node: Expr;
};

const paren = (p: Printed): Printed => ({ text: `(${p.text})`, level: Level.atom, start: 'paren', node: p.node });
const atLeast = (p: Printed, level: Level): Printed => (p.level >= level ? p : paren(p));

/** Decimal text for rationals whose denominator is 2^a·5^b; undefined otherwise. */
export function decimalText(r: Rational): string | undefined {
  let d = r.den;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) (d /= 2n), twos++;
  while (d % 5n === 0n) (d /= 5n), fives++;
  if (d !== 1n) return undefined;
  const k = Math.max(twos, fives);
  const scaled = (r.num < 0n ? -r.num : r.num) * 10n ** BigInt(k) / r.den;
  const digits = scaled.toString().padStart(k + 1, '0');
  return `${r.num < 0n ? '-' : ''}${digits.slice(0, -k)}.${digits.slice(-k)}`;
}

function printNumber(node: Expr & { kind: 'num' }): Printed {
  const { num, den } = node.value;
  if (den === 1n) return { text: num.toString(), level: naturalLevel(node), start: num < 0n ? 'sign' : 'number', node };
  const dec = decimalText(node.value);
  if (dec) return { text: dec, level: num < 0n ? Level.signed : Level.atom, start: num < 0n ? 'sign' : 'number', node };
  return { text: `${num}/${den}`, level: Level.product, start: num < 0n ? 'sign' : 'number', node };
}

/** Would `(` right after `text` read as a call? `w2(x)` and `f(x)` would; `x(y)`, `e(x)` and `2(x)` would not. */
function readsAsCall(text: string): boolean {
  const name = /[\p{L}][\p{L}\d_]*$/u.exec(text)?.[0];
  return name !== undefined && ([...name].length > 1 || /^[fgh]$/u.test(name)) && !CALLABLE_CONSTANTS.has(name);
}
const CALLABLE_CONSTANTS = new Set(['pi', 'oo', 'undefined']);

/** A negative number printed as `-2` (or `-0.5`): reads back as the number after `*`, `/` and `^`. */
const isNegativeLiteral = (p: Printed): boolean => p.node.kind === 'num' && p.start === 'sign' && p.level === Level.signed;

/** Can `p` follow another factor by juxtaposition (the grammar's Juxt)? */
const juxtaposable = (p: Printed): boolean => p.level >= Level.power && (p.start === 'name' || p.start === 'paren' || p.start === 'other');

function printMul(node: Expr & { kind: 'mul' }, raw: Printed[]): Printed {
  // Juxtaposition (2x, x y, 2 sin(x), 2|x|, (x + 1)(x - 1)) when the grammar reads it back as one flat product.
  const kids = raw.map((k) => (k.level >= Level.power && k.start !== 'sign' ? k : paren(k)));
  const first = kids[0]!;
  const leadingNumber = first.start === 'number' && first.level === Level.atom;
  const restOk = kids.slice(1).every((k, i) => juxtaposable(k) || (i === 0 && leadingNumber && k.start === 'bar'));
  if (restOk) {
    let text = first.text;
    for (let i = 1; i < kids.length; i++) {
      const k = kids[i]!;
      const base = k.node.kind === 'pow' ? k.node.base : k.node;
      const tight = (i === 1 && leadingNumber && base.kind === 'sym' && !/^[eE]/.test(base.name)) || (k.start === 'paren' && !readsAsCall(text)) || k.start === 'bar';
      text += (tight ? '' : ' ') + k.text;
    }
    return { text, level: Level.implicit, start: first.start, node };
  }
  // Explicit products: the first factor may be a quotient (a/b * c), later ones may not.
  const parts = raw.map((k, i) => {
    if (i === 0) return k.node.kind === 'mul' || k.level < Level.product || k.start === 'sign' ? paren(k) : k;
    if ((k.node.kind === 'neg' && k.operand) || isNegativeLiteral(k)) return k;
    return k.level >= Level.implicit ? k : paren(k);
  });
  const text = parts.map((p) => p.text).join(' * ');
  return { text, level: Level.product, start: parts[0]!.start, node };
}

function printCall(node: Expr & { kind: 'call' }, kids: Printed[]): Printed {
  const args = kids.map((k) => k.text);
  const atom = (text: string, start: Printed['start'] = 'name'): Printed => ({ text, level: Level.atom, start, node });
  switch (node.fn) {
    case 'D':
      return atom(`diff(${args.join(', ')})`);
    case 'Integral':
      return atom(`integrate(${args.join(', ')})`);
    case 'Sum':
      return atom(`sum(${args.join(', ')})`);
    case 'Limit': {
      const dir = node.args[3];
      const side = dir?.kind === 'num' ? (dir.value.num > 0n ? `, '+'` : dir.value.num < 0n ? `, '-'` : '') : dir ? `, ${args[3]}` : '';
      return atom(`limit(${args.slice(0, 3).join(', ')}${side})`);
    }
    case 'List':
      return atom(`[${args.join(', ')}]`, 'other');
    case 'abs':
      return atom(`|${args[0]}|`, 'bar');
    case 'Define':
      return { text: `${args[0]} := ${args[1]}`, level: Level.sum, start: 'name', node };
    default:
      return atom(`${node.fn}(${args.join(', ')})`);
  }
}

function printNode(node: Expr, kids: Printed[]): Printed {
  switch (node.kind) {
    case 'num':
      return printNumber(node);
    case 'sym':
      return { text: node.name, level: Level.atom, start: 'name', node };
    case 'neg': {
      const arg = kids[0]!;
      // -(2) keeps the node neg(2): a minus directly before a literal would read back as the number −2.
      const needs = arg.level < Level.signed || arg.start === 'sign' || (arg.node.kind === 'num' && arg.start === 'number');
      const operand = needs || arg.level >= Level.implicit;
      return { text: `-${needs ? `(${arg.text})` : arg.text}`, level: Level.signed, start: 'sign', operand, node };
    }
    case 'add': {
      const [first, ...rest] = kids;
      const head = first!.node.kind === 'add' || first!.level < Level.sum ? paren(first!) : first!;
      const text = head.text + rest.map((k) => ` + ${k.level <= Level.sum ? `(${k.text})` : k.text}`).join('');
      return { text, level: Level.sum, start: head.start, node };
    }
    case 'sub': {
      const [l, r] = kids;
      const right = r!.level <= Level.sum ? paren(r!) : r!;
      return { text: `${l!.text} - ${right.text}`, level: Level.sum, start: l!.start, node };
    }
    case 'mul':
      return printMul(node, kids);
    case 'div': {
      const [l, r] = kids;
      const left = l!.level < Level.product || (l!.node.kind === 'num' && l!.level === Level.product) ? paren(l!) : l!;
      // A juxtaposed denominator reads back the same, but 1/(2x) is kinder to people than 1/2x (and 1/(-2x) than 1/-2x).
      const plainNeg = r!.node.kind === 'neg' && naturalLevel((r!.node as { arg: Expr }).arg) >= Level.power && !r!.text.includes(' ');
      const right = r!.level >= Level.power || plainNeg || isNegativeLiteral(r!) ? r! : paren(r!);
      return { text: `${left.text}/${right.text}`, level: Level.product, start: left.start, node };
    }
    case 'pow': {
      const [b, x] = kids;
      const base = b!.level >= Level.atom && b!.start !== 'sign' ? b! : paren(b!);
      // An exponent may carry its own sign (x^-2, x^-y) but not a quotient: x^-2/3 would read as (x^-2)/3.
      const signedAtom = x!.node.kind === 'neg' && x!.node.arg.kind !== 'mul' && x!.node.arg.kind !== 'div';
      const negativeNumber = x!.node.kind === 'num' && x!.start === 'sign' && x!.level === Level.signed;
      const exp = x!.level >= Level.power || signedAtom || negativeNumber ? x! : paren(x!);
      return { text: `${base.text}^${exp.text}`, level: Level.power, start: base.start, node };
    }
    case 'call':
      return printCall(node, kids);
  }
}

/** Plain text, fewest brackets. Example: format(parse('(x+1)*(x-1)')) is '(x + 1)(x - 1)'. */
export const format = (e: Expr): string => fold<Printed>(e, printNode).text;
