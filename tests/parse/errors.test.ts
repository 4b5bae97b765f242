import { describe, expect, it } from 'vitest';
import { parse, tryParse } from '../../src/parse/parse.js';
import { ParseError } from '../../src/errors.js';
import { ERRORS } from './errorTable.js';

function problemOf(input: string, functions: readonly string[] = []) {
  try {
    parse(input, { functions });
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    const problems = (e as ParseError).problems;
    expect(problems).toHaveLength(1);
    return problems[0]!;
  }
  throw new Error(`accepted: ${input}`);
}

const label = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

describe('rejected inputs name the place', () => {
  it('has at least 40 rows', () => {
    expect(ERRORS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ERRORS.map((r) => [label(r[0]), ...r] as const))('%s', (_label, input, code, line, column, functions) => {
    const p = problemOf(input, functions);
    expect({ code: p.code, line: p.line, column: p.column }).toEqual({ code, line, column });
    // The message starts with the place and ends with the source line and a caret under the column.
    expect(p.message.startsWith(`line ${line}, column ${column}: `)).toBe(true);
    const [source, marker] = p.message.split('\n').slice(-2);
    const shownLine = input.split('\n')[line - 1]!.replace(/\t/g, ' ').replace(/\r$/u, '');
    if ([...shownLine].length < 60) {
      expect(source).toBe(`    ${shownLine.replace(/\r/g, '')}`);
      expect(marker).toBe(`    ${' '.repeat(column - 1)}^`);
    }
    // The offset is the same place in UTF-16 units.
    const lines = input.split('\n');
    const lineStart = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    expect([...input.slice(lineStart, p.offset)].length).toBe(column - 1);
  });

  it('tryParse returns the same problems as a value', () => {
    const r = tryParse('sin(x, y)');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'arity', line: 1, column: 1, expected: ['1 argument'] });
  });

  it('lists what would have been accepted', () => {
    expect(problemOf('x +').expected).toEqual(expect.arrayContaining(['a number', 'a name', "'('"]));
    expect(problemOf('(x').expected).toContain("')'");
    expect(problemOf('lim(x, 0)').expected).toEqual(["'->'"]);
  });

  it('says what to write instead where it can', () => {
    expect(problemOf('2 3').message).toContain('write * between them');
    expect(problemOf('.').message).toContain('a lone . is not a number');
    expect(problemOf('f(x)').message).toContain('define it first: f(x) := ...');
    expect(problemOf('x \u200b y').message).toContain('zero-width space');
  });

  it('windows long lines so the caret stays visible', () => {
    const input = `${'x + '.repeat(100)}@`;
    const p = problemOf(input);
    expect(p.column).toBe(401);
    const [source, marker] = p.message.split('\n').slice(-2);
    expect(source!.length).toBeLessThan(120);
    expect(source![marker!.indexOf('^')]).toBe('@');
  });
});
