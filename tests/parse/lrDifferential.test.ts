/**
 * The LR fast path (src/parse/lr.ts) against nearley, the definition: on every input both give structurally
 * equal trees, or both reject; where the LR path hands an input over (a conflict cell, an error, a throw),
 * `parse` answers exactly as nearley does, problems included.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countParses, parse, parseWithLr, parseWithNearley } from '../../src/parse/parse.js';
import { ParseError } from '../../src/errors.js';
import { equals } from '../../src/ast/equal.js';
import { format } from '../../src/ast/print.js';
import type { Expr } from '../../src/ast/expr.js';
import { toSx } from '../support/sexpr.js';
import { parsableTree } from '../support/arbitraries.js';
import { ALL_ACCEPTED } from './acceptedTable.js';
import { ERRORS } from './errorTable.js';
import { POLICIES } from './policyTable.js';
import { generateParseShort } from '../../bench/corpus/gen-parse-short.js';

type Answer = { tree: Expr } | { problems: string };

function answer(f: () => Expr): Answer {
  try {
    return { tree: f() };
  } catch (e) {
    if (e instanceof ParseError) return { problems: JSON.stringify(e.problems) };
    throw e;
  }
}

const show = (a: Answer): string => ('tree' in a ? toSx(a.tree) : a.problems);
const same = (a: Answer, b: Answer): boolean => ('tree' in a && 'tree' in b ? equals(a.tree, b.tree) : show(a) === show(b));

/**
 * How the LR path fared on `text` ('tree', 'defer' or 'rejected'); fails the test when it disagrees with nearley
 * or when `parse` differs from nearley in any way.
 */
function agree(text: string, functions: readonly string[] = []): string {
  const slow = answer(() => parseWithNearley(text, { functions }));
  const whole = answer(() => parse(text, { functions }));
  expect(same(whole, slow), `parse and nearley differ on ${JSON.stringify(text)}: ${show(whole)} vs ${show(slow)}`).toBe(true);
  let fast: ReturnType<typeof parseWithLr>;
  try {
    fast = parseWithLr(text, { functions });
  } catch (e) {
    // A problem found while building the kept tree: nearley must find the very same one.
    if (!(e instanceof ParseError)) throw e;
    expect(show({ problems: JSON.stringify(e.problems) })).toBe(show(slow));
    return 'rejected';
  }
  if (fast.ok) {
    expect('tree' in slow && equals(fast.value, slow.tree), `LR ${toSx(fast.value)} vs nearley ${show(slow)} on ${JSON.stringify(text)}`).toBe(true);
    return 'tree';
  }
  if (fast.reason === 'defer') return 'defer';
  expect('problems' in slow, `LR rejects (${fast.reason}) what nearley accepts: ${JSON.stringify(text)}`).toBe(true);
  return 'rejected';
}

type Input = readonly [text: string, functions?: readonly string[]];

const tally = (texts: readonly Input[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const [text, functions] of texts) {
    const k = agree(text, functions ?? []);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
};

const root = new URL('../../', import.meta.url).pathname;
const corpusLines = (file: string): string[] =>
  readFileSync(`${root}bench/corpus/${file}`, 'utf8')
    .split('\n')
    .map((l) => l.split(' ;; ')[0]!.trim())
    .filter((l) => l && !l.startsWith('#'));

describe('the LR path and nearley give the same trees', () => {
  it('on every row of the accepted table, and the LR path reads all but the bar rows itself', () => {
    const counts = tally(ALL_ACCEPTED.map((r) => [r[0], r[2]]));
    expect(counts.rejected ?? 0).toBe(0);
    expect(counts.tree).toBeGreaterThan(ALL_ACCEPTED.length - 10);
  });

  it('on every policy row, and the inputs the policies reject', () => {
    expect(tally(POLICIES.map((r) => [r[0]])).rejected ?? 0).toBe(0);
    const rejected = ['|a|b|c|', 'x|y|', '2 3', 'x 2', 'sin^-1 x', '√-x', 'foo(x)', 'Sin(x)', 'f(x)', '|2|x||', '2|x|y|'];
    expect(tally(rejected.map((r) => [r])).tree ?? 0).toBe(0);
  });

  it('on every row of the error table (both reject, with the same problem)', () => {
    expect(tally(ERRORS.map((r) => [r[0], r[4]])).tree ?? 0).toBe(0);
  });

  it('on all 10,000 short expressions of the benchmark, every one read by the LR path', () => {
    const lines = generateParseShort(); // bench/corpus/parse-short.txt is written from this generator
    expect(lines.length).toBe(10_000);
    expect(tally(lines.map((l) => [l]))).toEqual({ tree: 10_000 });
  });

  it.each(['derivatives.txt', 'simplify.txt', 'compile.txt'])('on every line of bench/corpus/%s', (file) => {
    const counts = tally(corpusLines(file).map((l) => [l]));
    expect(counts.defer ?? 0).toBeLessThan(5);
  });
});

/** Pieces of expressions, chosen to reach every rule of the grammar (bars, towers, calls, calculus notation). */
const SOUP = [
  'x', 'y', '2', '0.5', '(', ')', '[', ']', '+', '-', '*', '/', '^', '|', ',', ' ', 'sin', 'sin(', 'log(', 'sqrt',
  'diff(', 'limit(', 'lim(', '->', '0+', "'+'", '√', '²', '⁻¹', 'e', 'pi', 'd/dx', '∂/∂x', '∫', '∫_0^1', 'dx', '_',
  "'", 'f(x) :=', 'f', '2|x|', 'sin^2', '.',
];

describe('the LR path and nearley agree on random input', () => {
  it('on printed random trees', () => {
    fc.assert(fc.property(parsableTree({ maxDepth: 5 }), (t) => agree(format(t)) !== 'rejected'), { numRuns: 1500 });
  });

  it('on token soup: both accept with the same tree, or both reject', () => {
    const soup = fc.array(fc.constantFrom(...SOUP), { maxLength: 16 }).map((a) => a.join(''));
    fc.assert(fc.property(soup, (text) => void agree(text)), { numRuns: 6000 });
  });

  it('on printed random trees with a piece inserted or replaced (near misses, mostly accepted)', () => {
    const mutated = fc.tuple(parsableTree({ maxDepth: 4 }), fc.nat(), fc.constantFrom(...SOUP), fc.boolean()).map(([t, at, piece, replace]) => {
      const text = format(t);
      const i = at % (text.length + 1);
      return text.slice(0, i) + piece + text.slice(replace ? i + 1 : i);
    });
    fc.assert(fc.property(mutated, (text) => void agree(text)), { numRuns: 3000 });
  });

  it('on soup with a user function defined', () => {
    const soup = fc.array(fc.constantFrom(...SOUP, 'g(', 'g'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(soup, (text) => void agree(text, ['g'])), { numRuns: 2000 });
  });
});

describe('one parse is still counted by nearley', () => {
  it('every accepted row read by the LR path has exactly one nearley parse', () => {
    for (const [input, , functions] of ALL_ACCEPTED) {
      if (parseWithLr(input, { functions: functions ?? [] }).ok) expect(countParses(input, { functions: functions ?? [] })).toBe(1);
    }
  });
});
