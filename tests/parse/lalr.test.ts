/**
 * The LALR(1) table builder (scripts/lalr.ts) and the LR parser's guard rails: conflicts are found and reported
 * precisely, the grammar's one known conflict is left to nearley, and a table from another grammar is refused.
 */
import { describe, expect, it } from 'vitest';
import compiled from '../../src/generated/grammar.js';
import { withTokenClasses } from '../../grammar/tokenClasses.js';
import { buildLalr, END, lrRules, type CompiledRule, type LrRule } from '../../scripts/lalr.js';
import { LrParser, type LrGrammarRule } from '../../src/parse/lr.js';
import { parse, parseWithLr } from '../../src/parse/parse.js';
import { toSx } from '../support/sexpr.js';

const t = (...tokens: string[]) => ({ tokens, label: `%${tokens.join('|')}` });
const n = (nonterminal: string) => ({ nonterminal });
const parserRules = withTokenClasses((compiled as unknown as { ParserRules: CompiledRule[] }).ParserRules);

describe('the LALR(1) builder', () => {
  it('builds a conflict-free table for an unambiguous left-recursive grammar', () => {
    // E -> E + T | T; T -> x | ( E )
    const rules: LrRule[] = [
      { name: 'E', symbols: [n('E'), t('plus'), n('T')] },
      { name: 'E', symbols: [n('T')] },
      { name: 'T', symbols: [t('x')] },
      { name: 'T', symbols: [t('lp'), n('E'), t('rp')] },
    ];
    const table = buildLalr(rules, 'E');
    expect(table.conflicts).toEqual([]);
    expect(table.rules).toEqual([0, 1, 2, 3]);
    // From the start, x shifts; after E, the end accepts.
    const afterX = table.actions[0]!.get('x');
    expect(afterX?.kind).toBe('shift');
    expect(table.actions[table.gotos[0]!.get('E')!]!.get(END)).toEqual({ kind: 'accept' });
  });

  it('reports a conflict with its state, lookahead and items, and leaves the cell empty', () => {
    // E -> E - E | x is ambiguous: x - x - x.
    const rules: LrRule[] = [
      { name: 'E', symbols: [n('E'), t('minus'), n('E')] },
      { name: 'E', symbols: [t('x')] },
    ];
    const table = buildLalr(rules, 'E');
    expect(table.conflicts).toHaveLength(1);
    const [c] = table.conflicts;
    expect(c!.lookahead).toBe('minus');
    expect(c!.actions).toEqual(['shift: E → E • %minus E', 'reduce: E → E %minus E •']);
    expect(table.actions[c!.state]!.has('minus')).toBe(false);
  });

  it('moves on every member of a token class, so overlapping classes stay exact', () => {
    // S -> A | B; A -> %sign x; B -> %prefix y: after `plus` both are possible, after `deriv` only B.
    const rules: LrRule[] = [
      { name: 'S', symbols: [n('A')] },
      { name: 'S', symbols: [n('B')] },
      { name: 'A', symbols: [t('plus', 'minus'), t('x')] },
      { name: 'B', symbols: [t('plus', 'minus', 'deriv'), t('y')] },
    ];
    const table = buildLalr(rules, 'S');
    expect(table.conflicts).toEqual([]);
    const plus = table.actions[0]!.get('plus');
    const deriv = table.actions[0]!.get('deriv');
    expect(plus?.kind === 'shift' && deriv?.kind === 'shift' && plus.state !== deriv.state).toBe(true);
  });

  it('handles empty rules (nullable nonterminals) in lookaheads', () => {
    // L -> ε | L x: reduce the empty rule on x and at the end.
    const table = buildLalr([{ name: 'L', symbols: [] }, { name: 'L', symbols: [n('L'), t('x')] }], 'L');
    expect(table.conflicts).toEqual([]);
    expect(table.actions[0]!.get('x')).toEqual({ kind: 'reduce', rule: 0 });
    expect(table.actions[0]!.get(END)).toEqual({ kind: 'reduce', rule: 0 });
  });

  it('finds exactly one conflict in the expression grammar: a number before a bar (2|x| or |2|)', () => {
    const { conflicts } = buildLalr(lrRules(parserRules), 'Main');
    expect(conflicts.map((c) => ({ lookahead: c.lookahead, actions: c.actions }))).toEqual([
      { lookahead: 'bar', actions: ['shift: Juxt → %number • %bar AbsTower', 'reduce: Base → %number •'] },
    ]);
  });

  it('rejects literal terminals, which the table does not support', () => {
    expect(() => lrRules([{ name: 'E', symbols: [{ literal: 'x' }] }])).toThrow(/only token-type terminals/);
  });
});

describe('the LR parser', () => {
  it('leaves inputs that reach the conflict cell to nearley, which reads them as before', () => {
    for (const [input, tree] of [
      ['2|x|', '(* 2 (abs x))'],
      ['|x + 2|', '(abs (+ x 2))'],
    ] as const) {
      expect(parseWithLr(input)).toEqual({ ok: false, reason: 'defer' });
      expect(toSx(parse(input))).toBe(tree);
    }
  });

  it('refuses a table made for other rules (a stale src/generated/lrTable.ts)', () => {
    const renamed = parserRules.map((r, i) => (i === 5 ? { ...r, name: 'Other' } : r)) as unknown as LrGrammarRule[];
    expect(() => new LrParser(renamed)).toThrow(/stale/);
  });
});
