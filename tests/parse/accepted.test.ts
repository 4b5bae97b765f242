import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { countParses, requireOneParse } from '../../src/parse/parse.js';
import { equals } from '../../src/ast/equal.js';
import { sx, toSx } from '../support/sexpr.js';
import { ALL_ACCEPTED, CALCULUS, FUNCTIONS, IMPLICIT, NAMES, NUMBERS, OPERATORS, PRECEDENCE, SPACING } from './acceptedTable.js';

const groups = { NUMBERS, NAMES, FUNCTIONS, OPERATORS, PRECEDENCE, IMPLICIT, CALCULUS, SPACING };

describe('accepted inputs give exactly the expected tree', () => {
  it('covers at least 150 inputs', () => {
    expect(ALL_ACCEPTED.length).toBeGreaterThanOrEqual(150);
  });
  for (const [group, rows] of Object.entries(groups)) {
    describe(group, () => {
      it.each(rows.map((r) => [JSON.stringify(r[0]), ...r] as const))('%s', (_label, input, tree, functions) => {
        const got = parse(input, { functions: functions ?? [] });
        expect(toSx(got)).toBe(toSx(sx(tree)));
        expect(equals(got, sx(tree))).toBe(true);
      });
    });
  }
});

describe('every accepted input has exactly one parse', () => {
  it.each(ALL_ACCEPTED.map((r) => [JSON.stringify(r[0]), r[0], r[2]] as const))('%s', (_label, input, functions) => {
    expect(countParses(input, { functions: functions ?? [] })).toBe(1);
  });
});

describe('the one-parse check can fail', () => {
  it('an ambiguous grammar gives nearley two parses, and requireOneParse rejects them', async () => {
    const nearley = (await import('nearley')).default;
    // E -> E "-" E | "x": x-x-x has two parses, (x-x)-x and x-(x-x).
    const grammar = nearley.Grammar.fromCompiled({
      ParserStart: 'E',
      Lexer: undefined,
      ParserRules: [
        { name: 'E', symbols: ['E', { literal: '-' }, 'E'], postprocess: ([l, , r]) => `(${l}-${r})` },
        { name: 'E', symbols: [{ literal: 'x' }], postprocess: () => 'x' },
      ],
    });
    const parser = new nearley.Parser(grammar);
    parser.feed('x-x-x');
    expect((parser.results as string[]).sort()).toEqual(['((x-x)-x)', '(x-(x-x))']);
    expect(() => requireOneParse(parser.results as string[], 'x-x-x')).toThrow(/ambiguous input \(2 parses\)/);
    expect(requireOneParse(['only'], 'x')).toBe('only');
  });
});
