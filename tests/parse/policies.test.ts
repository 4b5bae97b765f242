/**
 * The notation policies of README "Policies for the notations people argue about", one row per statement, plus
 * the lexer's and grammar's smaller rules. If a policy changes, change the README and this table together.
 */
import { describe, expect, it } from 'vitest';
import { parse, countParses } from '../../src/parse/parse.js';
import { format } from '../../src/ast/print.js';
import { toSx } from '../support/sexpr.js';
import { sx } from '../support/sexpr.js';
import { POLICIES } from './policyTable.js';

describe('notation policies', () => {
  it.each(POLICIES.map((r) => [r[2], r[0], r[1]] as const))('%s: %s', (_why, input, tree) => {
    expect(toSx(parse(input))).toBe(toSx(sx(tree)));
    expect(countParses(input)).toBe(1);
  });

  it.each([
    ['|a|b|c|', 'ambiguous bars are rejected'],
    ['x|y|', 'a bar does not start a juxtaposed factor after a name'],
    ['2 3', 'a number never starts a juxtaposed factor'],
    ['x 2', 'not even after a name'],
    ['sin^-1 x', 'sin^-1 is not an inverse: write asin'],
    ['√-x', 'a root takes a power, which has no sign: write √(-x)'],
    ['foo(x)', 'an unknown longer name before a bracket is a typo, not a product'],
    ['Sin(x)', 'names are case-sensitive'],
    ['f(x)', 'f, g and h must be defined before they are applied'],
  ])('rejects %s: %s', (input) => {
    expect(() => parse(input)).toThrow();
  });

  it('prints every policy row back the way it reads', () => {
    for (const [input] of POLICIES) expect(toSx(parse(format(parse(input))))).toBe(toSx(parse(input)));
  });
});
