import { describe, expect, it } from 'vitest';
import { equals, key } from '../../src/ast/equal.js';
import { nodeMemo } from '../../src/ast/nodeMemo.js';
import { parse } from '../../src/parse/parse.js';
import { diff, format } from '../../src/index.js';
import type { Expr } from '../../src/ast/expr.js';

const deepFreeze = (e: Expr): Expr => {
  for (const v of Object.values(e)) if (v && typeof v === 'object') deepFreeze(v as Expr);
  return Object.freeze(e);
};

describe('keys and memos kept on the nodes', () => {
  it('equal trees get equal keys, different trees different keys', () => {
    expect(key(parse('x^2 + sin(y)'))).toBe(key(parse('x^2+sin(y)')));
    expect(key(parse('x + y'))).not.toBe(key(parse('y + x')));
    expect(key(parse('log(x, 2)'))).not.toBe(key(parse('log(x)')));
    expect(key(parse('1/3'))).not.toBe(key(parse('1/4')));
    expect(key(parse('123456789012345678901234567890'))).toBe(key(parse('123456789012345678901234567890')));
    expect(key(parse('123456789012345678901234567890'))).not.toBe(key(parse('123456789012345678901234567891')));
  });

  it('a key never shows: JSON, spreads and deep equality see plain data', () => {
    const e = parse('x^2 + 1');
    const copy = parse('x^2 + 1');
    key(e);
    expect(JSON.stringify(e, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).toBe(JSON.stringify(copy, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
    expect(e).toStrictEqual(copy);
    // A spread copy is a new node: it must not inherit the old key (a stale key would make unequal trees equal).
    const changed = { ...e, args: [parse('y'), parse('1')] } as Expr;
    expect(equals(changed, e)).toBe(false);
  });

  it('frozen trees are keyed, compared and differentiated like any other', () => {
    const frozen = deepFreeze(parse('x^3 sin(x)'));
    expect(key(frozen)).toBe(key(parse('x^3 sin(x)')));
    expect(equals(frozen, parse('x^3 sin(x)'))).toBe(true);
    expect(format(diff(frozen, 'x'))).toBe(format(diff('x^3 sin(x)', 'x')));
  });

  it('a memo remembers undefined as a value, not as "not yet known"', () => {
    const memo = nodeMemo<string | undefined>();
    const e = parse('x');
    expect(memo.has(e)).toBe(false);
    memo.set(e, undefined);
    expect(memo.has(e)).toBe(true);
    expect(memo.get(e)).toBeUndefined();
    memo.set(e, 'known');
    expect(memo.get(e)).toBe('known');
  });
});
