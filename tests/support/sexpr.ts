/**
 * A tiny S-expression notation for expected trees in test tables, so a row reads like the tree it asserts:
 *   `(+ 1 (* 2 x))` add · `(- a b)` sub · `(neg x)` neg · `(* a b)` mul · `(/ a b)` div · `(^ x 2)` pow ·
 *   `(sin x)` any other head is a call (`(List)` has no arguments) · `3`, `-2`, `1/10` numbers (exact) · `x`, `θ` symbols.
 * Example: sx('(+ (* 2 x) 1)') equals parse('2x + 1').
 */
import type { Expr } from '../../src/ast/expr.js';
import * as B from '../../src/ast/build.js';
import { rat } from '../../src/number/rational.js';

const NUMBER = /^-?\d+(?:\/\d+)?$/u;
const HEADS: Record<string, (args: Expr[]) => Expr> = {
  '+': (a) => B.add(...a),
  '-': (a) => B.sub(a[0]!, a[1]!),
  '*': (a) => B.mul(...a),
  '/': (a) => B.div(a[0]!, a[1]!),
  '^': (a) => B.pow(a[0]!, a[1]!),
  neg: (a) => B.neg(a[0]!),
};

function atom(text: string): Expr {
  if (!NUMBER.test(text)) return B.sym(text);
  const [p, q] = text.split('/');
  return B.num(rat(BigInt(p!), BigInt(q ?? '1')));
}

/** Reads one S-expression (iteratively, so long expected trees are fine). Example: sx('(^ x 2)'). */
export function sx(text: string): Expr {
  const tokens = text.match(/[()]|[^\s()]+/gu) ?? [];
  const stack: { head: string; args: Expr[] }[] = [];
  let result: Expr | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let done: Expr | undefined;
    if (t === '(') {
      const head = tokens[++i];
      if (head === undefined || head === '(' || head === ')') throw new SyntaxError(`sx: a head must follow '(' in ${text}`);
      stack.push({ head, args: [] });
      continue;
    }
    if (t === ')') {
      const frame = stack.pop();
      if (!frame) throw new SyntaxError(`sx: unbalanced ')' in ${text}`);
      const make = Object.hasOwn(HEADS, frame.head) ? HEADS[frame.head]! : (a: Expr[]) => ({ kind: 'call' as const, fn: frame.head, args: a });
      done = make(frame.args);
    } else {
      done = atom(t);
    }
    if (stack.length) stack[stack.length - 1]!.args.push(done);
    else if (result === undefined) result = done;
    else throw new SyntaxError(`sx: more than one expression in ${text}`);
  }
  if (stack.length || result === undefined) throw new SyntaxError(`sx: incomplete ${text}`);
  return result;
}

/** The inverse of `sx`, for readable failure messages. Example: toSx(parse('x^2')) is '(^ x 2)'. */
export function toSx(e: Expr): string {
  // An explicit stack: expected and actual trees may be 100,000 deep in the stress tests.
  const out: string[] = [];
  const stack: (Expr | string)[] = [e];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    switch (item.kind) {
      case 'num':
        out.push(item.value.den === 1n ? `${item.value.num}` : `${item.value.num}/${item.value.den}`);
        continue;
      case 'sym':
        out.push(item.name);
        continue;
    }
    const [head, kids] = item.kind === 'call' ? [item.fn, item.args] : sexprHead(item);
    stack.push(')');
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!, ' ');
    stack.push(`(${head}`);
  }
  return out.join('');
}

function sexprHead(e: Exclude<Expr, { kind: 'num' | 'sym' | 'call' }>): [string, readonly Expr[]] {
  switch (e.kind) {
    case 'add':
      return ['+', e.args];
    case 'mul':
      return ['*', e.args];
    case 'sub':
      return ['-', [e.left, e.right]];
    case 'div':
      return ['/', [e.left, e.right]];
    case 'pow':
      return ['^', [e.base, e.exp]];
    case 'neg':
      return ['neg', [e.arg]];
  }
}
